#ifndef BROADSHEET_XLSX_SHIMS_H
#define BROADSHEET_XLSX_SHIMS_H
// libxlsxwriter internals defined inside the program (see zip_level.c and number_cells.c).

/// Sets the level (0-9) for zip entries this thread opens from now on; -1 leaves the caller's own.
void broadsheet_zip_set_level(int level);
/// Zip entries opened through this shim so far (0 when the shim is not the one the library calls).
long broadsheet_zip_entries_opened(void);
/// Number cells written through the number shim so far (0 when the library does not call it).
long broadsheet_number_cells_written(void);

#endif
