// Two of libxlsxwriter 1.1.x's cell writers, defined inside the program: the library calls them
// through the PLT, so these definitions are the ones it binds (as in zip_entries.c). Each writes
// the very bytes the library's own writes; any libxlsxwriter whose version is not the one these
// headers describe goes to the library's own writers.
//   - Numbers: the library writes every number cell with fprintf("<c r=\"%s\"><v>%.16G</v></c>"),
//     and glibc's %G formatting (multi-precision division) was the largest single cost of writing
//     the workbook's rows: nearly every number in Broadsheet's tables is a whole number (offsets,
//     counts, ids). Whole numbers below 10^15 are printed here as %.16G prints them (the same
//     digits, no exponent, no point); every other number goes to the library's writer.
//   - Text (constant-memory sheets write text inline): the library escapes each string into a
//     zeroed buffer five times its length and formats it with fprintf; here the escaped runs are
//     written straight to the sheet's file. Sentences make text most of the workbook.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <ctype.h>
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>
#include "next_definition.h"
#include "xlsx_shims.h"

// Up to here, every whole double is exact and %.16G prints it without an exponent.
#define WHOLE_LIMIT 1e15

static _Atomic long number_cells = 0;
static _Atomic long text_cells = 0;

long broadsheet_number_cells_written(void) { return atomic_load(&number_cells); }
long broadsheet_text_cells_written(void) { return atomic_load(&text_cells); }

typedef void (*cell_fn)(lxw_worksheet *, char *, int32_t, lxw_cell *);

void _write_number_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell);
void _write_inline_string_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell);

// Whether the running library is the version compiled against (its structs could differ otherwise).
int broadsheet_same_library_version(void) {
    static _Atomic int checked = -1;
    int c = atomic_load(&checked);
    if (c < 0) {
        c = strcmp(lxw_version(), LXW_VERSION) == 0;
        atomic_store(&checked, c);
    }
    return c;
}

// `value` in decimal, as %d / %lld print it, at the end of `digits`; returns where it starts.
#define DECIMAL_MAX 24
static int decimal(char digits[DECIMAL_MAX], long long value) {
    int at = DECIMAL_MAX;
    unsigned long long magnitude = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;
    do {
        digits[--at] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (value < 0) digits[--at] = '-';
    return at;
}

// A cell's opening tag up to its content, built in one buffer so that a cell is one or two writes
// to the sheet's file rather than a call per attribute: `<c r="B12"`, ` s="N"` when styled, then
// the rest of the tag as given (`><v>`, or ` t="inlineStr"><is><t>`).
#define CELL_HEAD_MAX 128
static size_t append(char *buffer, size_t at, const char *bytes, size_t length) {
    memcpy(buffer + at, bytes, length);
    return at + length;
}
static size_t cell_head(char buffer[CELL_HEAD_MAX], const char *range, int32_t style_index, const char *rest) {
    size_t n = append(buffer, 0, "<c r=\"", 6);
    n = append(buffer, n, range, strnlen(range, LXW_MAX_CELL_NAME_LENGTH));
    n = append(buffer, n, "\"", 1);
    if (style_index) {
        char digits[DECIMAL_MAX];
        int at = decimal(digits, style_index);
        n = append(buffer, n, " s=\"", 4);
        n = append(buffer, n, digits + at, (size_t)(DECIMAL_MAX - at));
        n = append(buffer, n, "\"", 1);
    }
    return append(buffer, n, rest, strlen(rest));
}

// The library's own writers.
NEXT_DEFINITION(cell_fn, library__write_number_cell, "_write_number_cell")
NEXT_DEFINITION(cell_fn, library__write_inline_string_cell, "_write_inline_string_cell")

void _write_number_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell) {
    int same_version = broadsheet_same_library_version() && !broadsheet_shims_bypassed;
    cell_fn next = library__write_number_cell();
    double number = same_version ? cell->u.number : 0;
    if (!same_version || !(fabs(number) < WHOLE_LIMIT) || number != trunc(number) || (number == 0 && signbit(number))) {
        if (next != NULL) next(self, range, style_index, cell);
        return;
    }
    atomic_fetch_add_explicit(&number_cells, 1, memory_order_relaxed);
    char digits[DECIMAL_MAX];
    int at = decimal(digits, (long long)number);
    char cell_xml[CELL_HEAD_MAX + DECIMAL_MAX];
    size_t n = cell_head(cell_xml, range, style_index, "><v>");
    n = append(cell_xml, n, digits + at, (size_t)(DECIMAL_MAX - at));
    n = append(cell_xml, n, "</v></c>", sizeof "</v></c>" - 1);
    fwrite(cell_xml, 1, n, self->file);
}

// Writes `text` with the library's escaping (lxw_escape_data: &, < and > only; quotes stay as they
// are inside an element).
static void write_escaped(FILE *file, const char *text) {
    for (;;) {
        size_t run = strcspn(text, "&<>");
        fwrite_unlocked(text, 1, run, file);
        text += run;
        switch (*text) {
        case '&': fputs_unlocked("&amp;", file); break;
        case '<': fputs_unlocked("&lt;", file); break;
        case '>': fputs_unlocked("&gt;", file); break;
        default: return;   // the end of the text
        }
        text++;
    }
}

void _write_inline_string_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell) {
    const char *text = broadsheet_same_library_version() && !broadsheet_shims_bypassed ? cell->u.string : NULL;
    // (The library writes no empty text cell; one would go to its writer, as would another version.)
    if (text == NULL || text[0] == '\0') {
        cell_fn next = library__write_inline_string_cell();
        if (next != NULL) next(self, range, style_index, cell);
        return;
    }
    atomic_fetch_add_explicit(&text_cells, 1, memory_order_relaxed);
    // Leading or trailing white space is kept by xml:space (the escaped text starts and ends with
    // the same bytes as the text: an entity starts with '&' and ends with ';').
    size_t length = strlen(text);
    int preserve = isspace((unsigned char)text[0]) || isspace((unsigned char)text[length - 1]);
    char head[CELL_HEAD_MAX];
    size_t n = cell_head(head, range, style_index, preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
    FILE *file = self->file;
    flockfile(file);
    fwrite_unlocked(head, 1, n, file);
    write_escaped(file, text);
    fwrite_unlocked("</t></is></c>", 1, sizeof "</t></is></c>" - 1, file);
    funlockfile(file);
}

typedef void (*cell_name_fn)(char *, lxw_row_t, lxw_col_t);
NEXT_DEFINITION(cell_name_fn, library_lxw_rowcol_to_cell, "lxw_rowcol_to_cell")

// A cell's A1 name ("B12"), computed for every cell the library writes: the library's own
// formats the row with snprintf. Same letters and digits.
void lxw_rowcol_to_cell(char *cell_name, lxw_row_t row, lxw_col_t col) {
    if (!broadsheet_same_library_version() || broadsheet_shims_bypassed) {
        cell_name_fn next = library_lxw_rowcol_to_cell();
        if (next != NULL) next(cell_name, row, col); else cell_name[0] = '\0';
        return;
    }
    // Column letters, bijective base 26 (A..Z, AA..), right to left; then the row from 1.
    char letters[8];
    int n = 0;
    unsigned long c = (unsigned long)col + 1;
    while (c > 0 && n < (int)sizeof(letters)) {
        letters[n++] = (char)('A' + (c - 1) % 26);
        c = (c - 1) / 26;
    }
    int pos = 0;
    while (n > 0) cell_name[pos++] = letters[--n];
    char digits[DECIMAL_MAX];
    int at = decimal(digits, (int)(row + 1));   // (the library prints ++row with %d)
    memcpy(cell_name + pos, digits + at, (size_t)(DECIMAL_MAX - at));
    cell_name[pos + DECIMAL_MAX - at] = '\0';
}

typedef char *(*escape_fn)(const char *);
NEXT_DEFINITION(escape_fn, library_lxw_escape_control_characters, "lxw_escape_control_characters")

// Every text cell's string goes through here before it is kept (constant-memory sheets), to write
// control characters as Excel's _xHHHH_ escapes; the library's own zeroes a buffer seven times the
// string's length for it. Same bytes, in a buffer of the length they need (the library frees it).
char *lxw_escape_control_characters(const char *string) {
    if (!broadsheet_same_library_version() || broadsheet_shims_bypassed) {
        escape_fn next = library_lxw_escape_control_characters();
        return next != NULL ? next(string) : NULL;
    }
    // The characters escaped: U+0001 to U+001F but tab and line feed.
    #define ESCAPED(c) ((unsigned char)(c) >= 0x01 && (unsigned char)(c) <= 0x1F && (c) != '\t' && (c) != '\n')
    size_t length = 0, escaped = 0;
    for (const char *p = string; *p; p++, length++) if (ESCAPED(*p)) escaped++;
    char *out = malloc(length + escaped * (sizeof("_xHHHH_") - 2) + 1);
    if (out == NULL) return NULL;
    if (escaped == 0) {
        memcpy(out, string, length + 1);
        return out;
    }
    static const char hex[] = "0123456789ABCDEF";
    char *o = out;
    for (const char *p = string; *p; p++) {
        if (ESCAPED(*p)) {
            unsigned char c = (unsigned char)*p;
            memcpy(o, "_x00", 4);
            o[4] = hex[c >> 4];
            o[5] = hex[c & 15];
            o[6] = '_';
            o += 7;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    #undef ESCAPED
    return out;
}

// The <row> tag that opens every row of cells: the library builds a list of attributes (a malloc
// each) and prints it. A plain row (no format, height, outline or spans) is written here as
// `<row r="N">`; any other goes to the library's writer.
typedef void (*row_fn)(lxw_worksheet *, lxw_row *, char *);
void _write_row(lxw_worksheet *self, lxw_row *row, char *spans);
NEXT_DEFINITION(row_fn, library__write_row, "_write_row")

void _write_row(lxw_worksheet *self, lxw_row *row, char *spans) {
    double height = broadsheet_same_library_version() ? (row->height_changed ? row->height : self->default_row_height) : 0;
    if (!broadsheet_same_library_version() || broadsheet_shims_bypassed || spans != NULL || row->format != NULL || height != LXW_DEF_ROW_HEIGHT
        || row->hidden || row->level || row->collapsed || !row->data_changed) {
        row_fn next = library__write_row();
        if (next != NULL) next(self, row, spans);
        return;
    }
    char digits[DECIMAL_MAX];
    int at = decimal(digits, (long long)row->row_num + 1);
    FILE *file = self->file;
    flockfile(file);
    fputs_unlocked("<row r=\"", file);
    fwrite_unlocked(digits + at, 1, (size_t)(DECIMAL_MAX - at), file);
    fputs_unlocked("\">", file);
    funlockfile(file);
}
