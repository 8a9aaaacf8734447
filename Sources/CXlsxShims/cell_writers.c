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

extern _Thread_local int broadsheet_shims_bypassed;   // (zip_entries.c)

// Whether the running library is the version compiled against (its structs could differ otherwise).
static int same_library_version(void) {
    static _Atomic int checked = -1;
    int c = atomic_load(&checked);
    if (c < 0) {
        c = strcmp(lxw_version(), LXW_VERSION) == 0;
        atomic_store(&checked, c);
    }
    return c;
}

// The library's own writers.
NEXT_DEFINITION(cell_fn, library__write_number_cell, "_write_number_cell")
NEXT_DEFINITION(cell_fn, library__write_inline_string_cell, "_write_inline_string_cell")

void _write_number_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell) {
    int same_version = same_library_version() && !broadsheet_shims_bypassed;
    cell_fn next = library__write_number_cell();
    double number = same_version ? cell->u.number : 0;
    if (!same_version || !(fabs(number) < WHOLE_LIMIT) || number != trunc(number) || (number == 0 && signbit(number))) {
        if (next != NULL) next(self, range, style_index, cell);
        return;
    }
    atomic_fetch_add_explicit(&number_cells, 1, memory_order_relaxed);
    // The digits, right to left.
    char digits[24];
    int at = (int)sizeof(digits);
    long long whole = (long long)number;
    unsigned long long magnitude = whole < 0 ? (unsigned long long)(-whole) : (unsigned long long)whole;
    do {
        digits[--at] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (whole < 0) digits[--at] = '-';
    FILE *file = self->file;
    flockfile(file);
    fputs_unlocked("<c r=\"", file);
    fputs_unlocked(range, file);
    if (style_index) fprintf(file, "\" s=\"%d\"><v>", style_index);
    else fputs_unlocked("\"><v>", file);
    fwrite_unlocked(digits + at, 1, sizeof(digits) - (size_t)at, file);
    fputs_unlocked("</v></c>", file);
    funlockfile(file);
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
    const char *text = same_library_version() && !broadsheet_shims_bypassed ? cell->u.string : NULL;
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
    FILE *file = self->file;
    flockfile(file);
    fputs_unlocked("<c r=\"", file);
    fputs_unlocked(range, file);
    if (style_index) fprintf(file, "\" s=\"%d", style_index);
    fputs_unlocked(preserve ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>", file);
    write_escaped(file, text);
    fputs_unlocked("</t></is></c>", file);
    funlockfile(file);
}
