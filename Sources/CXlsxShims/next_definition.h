#ifndef BROADSHEET_NEXT_DEFINITION_H
#define BROADSHEET_NEXT_DEFINITION_H
// Shared by the shims (not part of the module's interface).
#include <dlfcn.h>
#include <stdatomic.h>

// Defines `static type function(void)`: the library's own definition of `symbol` (the next one
// after the program's, in the loader's order), looked up once; NULL if no library defines it.
#define NEXT_DEFINITION(type, function, symbol)                              \
    static type function(void) {                                             \
        static _Atomic(type) found = NULL;                                   \
        type f = atomic_load(&found);                                        \
        if (f == NULL) {                                                     \
            f = (type)dlsym(RTLD_NEXT, symbol);                              \
            if (f != NULL) atomic_store(&found, f);                          \
        }                                                                    \
        return f;                                                            \
    }

#endif
