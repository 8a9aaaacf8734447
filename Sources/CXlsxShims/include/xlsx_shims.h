#ifndef BROADSHEET_XLSX_SHIMS_H
#define BROADSHEET_XLSX_SHIMS_H
// libxlsxwriter internals defined inside the program (see zip_entries.c and cell_writers.c).

/// Sets the level (0-9) for zip entries this thread opens from now on (-1 leaves the caller's own)
/// and how many threads may deflate one entry's pieces (1 to 8).
void broadsheet_zip_set_level(int level, int threads);
/// Zip entries opened through this shim so far (0 when the shim is not the one the library calls).
long broadsheet_zip_entries_opened(void);
/// Of those, entries deflated in pieces on several threads (a level of 1 or more was set).
long broadsheet_zip_entries_deflated_in_pieces(void);
/// Number cells written through the number shim so far (0 when the library does not call it).
long broadsheet_number_cells_written(void);
/// Text cells written through the text shim so far (0 when the library does not call it).
long broadsheet_text_cells_written(void);
/// Sheets whose rows went into the zip straight from their own temporary file (sheet_splice.c).
long broadsheet_sheets_spliced(void);
/// For tests: while set, workbooks written and closed on this thread go through libxlsxwriter's
/// and minizip's own cell writers and deflate (the level still applies), to compare bytes with.
void broadsheet_xlsx_shims_bypass(int bypass);

#endif
