// libxlsxwriter 1.1.x (Debian's) opens every part of a workbook with zlib's default level (6) and
// has no option for it; on the sheets' XML level 1 deflates 3.3 times as fast for files about a
// fifth larger, and the deflate is most of the time a workbook takes to close. This file defines
// minizip's entry-opening function inside the program: libxlsxwriter is linked against minizip
// and references the function, so the linker exports this definition and the dynamic loader binds
// libxlsxwriter's call here first (ELF symbol interposition, the way malloc interposers work).
// It forwards to minizip's own function with the level Broadsheet asks for. If the loader ever
// bound the call elsewhere, workbooks would only be written at the library's level:
// broadsheet_zip_entries_opened() lets a test see that the shim is the one in use.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>
#include "xlsx_shims.h"

// Per thread: a workbook is closed on one thread, and two workbooks closing at once (tests) each
// keep their own level.
static _Thread_local int chosen_level = -1;
static _Atomic long entries_opened = 0;

void broadsheet_zip_set_level(int level) {
    chosen_level = level >= -1 && level <= 9 ? level : -1;
}

long broadsheet_zip_entries_opened(void) { return atomic_load(&entries_opened); }

// minizip's function (zip.h, libminizip 1.1), spelled with plain C types so that building needs
// no minizip headers: zipFile is void *, uInt unsigned int, uLong unsigned long.
int zipOpenNewFileInZip4_64(void *file, const char *filename, const void *zipfi,
                            const void *extrafield_local, unsigned int size_extrafield_local,
                            const void *extrafield_global, unsigned int size_extrafield_global,
                            const char *comment, int method, int level, int raw, int windowBits,
                            int memLevel, int strategy, const char *password,
                            unsigned long crcForCrypting, unsigned long versionMadeBy,
                            unsigned long flagBase, int zip64) {
    typedef __typeof__(&zipOpenNewFileInZip4_64) open_entry_fn;
    static _Atomic(open_entry_fn) next_definition = NULL;   // minizip's own, found once
    open_entry_fn next = atomic_load(&next_definition);
    if (next == NULL) {
        next = (open_entry_fn)dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
        if (next == NULL) return -104;   // ZIP_INTERNALERROR: minizip is not loaded
        atomic_store(&next_definition, next);
    }
    atomic_fetch_add(&entries_opened, 1);
    int chosen = chosen_level;
    // Only deflated entries take a level (a stored entry stays stored).
    if (chosen >= 0 && method != 0 && !raw) level = chosen;
    return next(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                size_extrafield_global, comment, method, level, raw, windowBits, memLevel, strategy,
                password, crcForCrypting, versionMadeBy, flagBase, zip64);
}
