// libxlsxwriter 1.1.x writes every number cell of a constant-memory sheet with
// fprintf("<c r=\"%s\"><v>%.16G</v></c>"), and glibc's %G formatting (multi-precision division)
// was the largest single cost of writing the workbook's rows: nearly every number in Broadsheet's
// tables is a whole number (offsets, counts, ids). libxlsxwriter calls its cell writer through
// the PLT, so this definition inside the program is the one it binds (as in zip_level.c). Whole
// numbers below 10^15 are printed here as %.16G prints them (the same digits, no exponent, no
// point); every other number, and any libxlsxwriter whose version is not the one these headers
// describe, goes to the library's own writer.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>
#include "xlsx_shims.h"

// Up to here, every whole double is exact and %.16G prints it without an exponent.
#define WHOLE_LIMIT 1e15

static _Atomic long number_cells = 0;

long broadsheet_number_cells_written(void) { return atomic_load(&number_cells); }

typedef void (*number_cell_fn)(lxw_worksheet *, char *, int32_t, lxw_cell *);

void _write_number_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell);

// The library's definition, or NULL when the running library is not the version compiled against
// (its structs could differ): then every cell goes to the library's own writer.
static number_cell_fn library_writer(int *same_version) {
    static _Atomic(number_cell_fn) next_definition = NULL;
    static _Atomic int checked = -1;
    number_cell_fn next = atomic_load(&next_definition);
    if (next == NULL) {
        next = (number_cell_fn)dlsym(RTLD_NEXT, "_write_number_cell");
        atomic_store(&next_definition, next);
    }
    int c = atomic_load(&checked);
    if (c < 0) {
        c = strcmp(lxw_version(), LXW_VERSION) == 0;
        atomic_store(&checked, c);
    }
    *same_version = c;
    return next;
}

void _write_number_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell) {
    int same_version = 0;
    number_cell_fn next = library_writer(&same_version);
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
    fputs("<c r=\"", file);
    fputs(range, file);
    if (style_index) fprintf(file, "\" s=\"%d\"><v>", style_index);
    else fputs("\"><v>", file);
    fwrite(digits + at, 1, sizeof(digits) - (size_t)at, file);
    fputs("</v></c>", file);
}
