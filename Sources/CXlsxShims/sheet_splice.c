// How a constant-memory sheet reaches the zip. libxlsxwriter 1.1.x streams a sheet's rows into a
// temporary file as they are written; when the workbook closes it writes the sheet's XML into a
// second temporary file (the head of the sheet, then every byte of the rows' file copied in, then
// the tail) and reads that second file back into the zip. The copy is the sheets' whole XML written
// to disk once more and read once more, on the one thread that closes the workbook, after every row
// is in: most of the time a large workbook takes to close, and nothing else can run meanwhile.
//
// Two of the library's functions are defined here, inside the program (it calls them through the
// PLT, as in zip_entries.c):
//   - _worksheet_write_optimized_sheet_data, which the library calls to copy the rows in, writes
//     the same <sheetData> start and end tags around nothing and notes where the rows belong;
//   - _add_file_to_zip, given that sheet's file, hands the library a read-only stream of the head,
//     the rows' file and the tail in turn, so the zip gets the very bytes the copy would have held.
// Any other part, another library version, or a sheet without rows goes the library's own way.
#define _GNU_SOURCE
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include "next_definition.h"
#include "xlsx_shims.h"


// The stream's buffer: the zip reads it in its own chunks; each refill is one read of this size.
#define SPLICE_BUFFER (256 * 1024)

static _Atomic long sheets_spliced = 0;
long broadsheet_sheets_spliced(void) { return atomic_load(&sheets_spliced); }

// A sheet whose rows are still in their own file: the sheet's file holds the head up to `at`, the
// tail after it. One at a time per thread: the library assembles a sheet and zips it before the next.
typedef struct {
    FILE *sheet;
    off_t at;
    FILE *rows;
} splice;
static _Thread_local splice pending = {NULL, 0, NULL};

void broadsheet_splice_forget(void) {
    if (pending.rows != NULL) fclose(pending.rows);
    pending = (splice){NULL, 0, NULL};
}

typedef void (*sheet_data_fn)(lxw_worksheet *);
void _worksheet_write_optimized_sheet_data(lxw_worksheet *self);
NEXT_DEFINITION(sheet_data_fn, library_write_optimized_sheet_data, "_worksheet_write_optimized_sheet_data")

void _worksheet_write_optimized_sheet_data(lxw_worksheet *self) {
    // (A sheet without rows is an empty tag; the library writes it.)
    if (!broadsheet_same_library_version() || broadsheet_shims_bypassed || pending.sheet != NULL || self->dim_rowmin == LXW_ROW_MAX
        || self->optimize_tmpfile == NULL) {
        sheet_data_fn next = library_write_optimized_sheet_data();
        if (next != NULL) next(self);
        return;
    }
    lxw_xml_start_tag(self->file, "sheetData", NULL);
    fflush(self->file);
    fflush(self->optimize_tmpfile);
    pending.sheet = self->file;
    pending.at = ftello(self->file);
    pending.rows = self->optimize_tmpfile;
    self->optimize_tmpfile = NULL;   // (the library closed it after the copy; the splice closes it now)
    lxw_xml_end_tag(self->file, "sheetData");
}

// ---- the stream: [sheet 0, at) then [rows 0, end) then [sheet at, end)
typedef struct {
    int sheet, rows;       // file descriptors, read with pread (the FILEs' own positions are left alone)
    off_t at, rows_size, sheet_size;
    off_t position;        // in the spliced stream
    FILE *rows_file;
} spliced;

static ssize_t spliced_read(void *cookie, char *into, size_t size) {
    spliced *s = cookie;
    off_t total = s->sheet_size + s->rows_size;
    if (s->position >= total || size == 0) return 0;
    int fd;
    off_t offset, left;
    if (s->position < s->at) {
        fd = s->sheet; offset = s->position; left = s->at - s->position;
    } else if (s->position < s->at + s->rows_size) {
        fd = s->rows; offset = s->position - s->at; left = s->at + s->rows_size - s->position;
    } else {
        fd = s->sheet; offset = s->position - s->rows_size; left = total - s->position;
    }
    size_t n = size < (size_t)left ? size : (size_t)left;
    ssize_t got = pread(fd, into, n, offset);
    if (got <= 0) return -1;   // (the files were complete when the stream was made: a short file is an error)
    s->position += got;
    return got;
}

static int spliced_seek(void *cookie, off64_t *offset, int whence) {
    spliced *s = cookie;
    off_t total = s->sheet_size + s->rows_size;
    off_t to = whence == SEEK_SET ? *offset : whence == SEEK_CUR ? s->position + *offset : total + *offset;
    if (to < 0) return -1;
    s->position = to;
    *offset = to;
    return 0;
}

static int spliced_close(void *cookie) {
    spliced *s = cookie;
    int result = fclose(s->rows_file);
    free(s);
    return result == 0 ? 0 : -1;
}

typedef lxw_error (*add_file_fn)(void *, FILE *, const char *);
lxw_error _add_file_to_zip(void *packager, FILE *file, const char *filename);
NEXT_DEFINITION(add_file_fn, library_add_file_to_zip, "_add_file_to_zip")

lxw_error _add_file_to_zip(void *packager, FILE *file, const char *filename) {
    add_file_fn next = library_add_file_to_zip();
    if (next == NULL) return LXW_ERROR_ZIP_FILE_ADD;
    if (pending.sheet == NULL || pending.sheet != file) return next(packager, file, filename);
    splice taken = pending;
    pending = (splice){NULL, 0, NULL};
    fflush(file);
    spliced *s = calloc(1, sizeof *s);
    char *buffer = malloc(SPLICE_BUFFER);
    struct stat sheet_stat, rows_stat;
    FILE *stream = NULL;
    if (s != NULL && buffer != NULL && fstat(fileno(file), &sheet_stat) == 0 && fstat(fileno(taken.rows), &rows_stat) == 0
        && sheet_stat.st_size >= taken.at) {
        *s = (spliced){fileno(file), fileno(taken.rows), taken.at, rows_stat.st_size, sheet_stat.st_size, 0, taken.rows};
        stream = fopencookie(s, "r", (cookie_io_functions_t){spliced_read, NULL, spliced_seek, spliced_close});
    }
    if (stream == NULL) {
        free(s);
        free(buffer);
        fclose(taken.rows);
        return LXW_ERROR_MEMORY_MALLOC_FAILED;   // (the workbook is reported unwritten)
    }
    setvbuf(stream, buffer, _IOFBF, SPLICE_BUFFER);
    atomic_fetch_add(&sheets_spliced, 1);
    lxw_error result = next(packager, stream, filename);
    fclose(stream);   // (closes the rows' file; the library closes the sheet's)
    free(buffer);
    return result;
}
