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

// Set by tests on their own thread: every call goes to the library's own functions (zip_entries.c).
extern _Thread_local int broadsheet_shims_bypassed;
// Whether the running libxlsxwriter is the version compiled against (cell_writers.c): the shims
// that read the library's structs go the library's own way otherwise.
int broadsheet_same_library_version(void);
// Drops a sheet splice this thread left pending (sheet_splice.c): called around every workbook close.
void broadsheet_splice_forget(void);

#endif
