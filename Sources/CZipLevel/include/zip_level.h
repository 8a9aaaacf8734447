#ifndef BROADSHEET_ZIP_LEVEL_H
#define BROADSHEET_ZIP_LEVEL_H
// The deflate level of the zip entries libxlsxwriter writes (see zip_level.c).

/// Sets the level (0-9) for zip entries this thread opens from now on; -1 leaves the caller's own.
void broadsheet_zip_set_level(int level);
/// Zip entries opened through this shim so far (0 when the shim is not the one the library calls).
long broadsheet_zip_entries_opened(void);

#endif
