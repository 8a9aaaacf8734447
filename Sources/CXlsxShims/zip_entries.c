// How the workbook's zip entries are deflated. libxlsxwriter 1.1.x (Debian's) zips every part of a
// workbook inside workbook_close, on one thread, with zlib's default level (6), and has no option
// for either. Deflating the sheets' XML is most of the time a workbook takes to close, and the
// sheets are most of the workbook (hundreds of MB of XML for a few thousand articles).
//
// This file defines three of minizip's functions inside the program: libxlsxwriter is linked
// against minizip and calls them through the PLT, so the dynamic loader binds its calls to these
// definitions first (ELF symbol interposition, the way malloc interposers work). They forward to
// minizip's own functions (found with dlsym(RTLD_NEXT)):
//   - the level: level 1 deflates 3.3 times as fast as 6 for files about a fifth larger, and at
//     level 1 the pieces below go through ISA-L's igzip, five times as fast again as zlib's 1;
//   - the cores: an entry is opened raw, its data cut into fixed-size pieces that are deflated on
//     several threads, each with the 32 KiB before it as dictionary and ending on a byte boundary
//     (a sync flush), the last one finishing the stream, the way pigz writes gzip files. The
//     pieces are written in order, one deflate stream, and the entry closed with the CRC combined
//     from the pieces'. The piece size is fixed, so the bytes do not depend on the thread count.
// If the loader ever bound the calls elsewhere, workbooks would only be written the library's way:
// broadsheet_zip_entries_opened() lets a test see that the shim is the one in use.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include "next_definition.h"
#include "xlsx_shims.h"

// minizip's codes (zip.h, libminizip 1.1).
#define ZIP_OK 0
#define ZIP_INTERNALERROR (-104)

// Input deflated as one piece: large enough that a piece's sync flush (5 bytes) and its fresh
// Huffman tables cost nothing measurable, small enough that a sheet of a few MB still spreads
// over the cores.
#define PIECE_SIZE (1 << 20)
// The window deflate can look back over: each piece is primed with that much of the input before it.
#define WINDOW_SIZE 32768
// Pieces deflated at once, at most (the run's workers, whatever the machine has).
#define MAX_LANES 8

// Per thread: a workbook is closed on one thread, and two workbooks closing at once (tests) each
// keep their own level.
static _Thread_local int chosen_level = -1;
static _Thread_local int chosen_threads = 1;
_Thread_local int broadsheet_shims_bypassed = 0;

void broadsheet_xlsx_shims_bypass(int bypass) { broadsheet_shims_bypassed = bypass != 0; }
static _Atomic long entries_opened = 0;
static _Atomic long entries_split = 0;

void broadsheet_zip_set_level(int level, int threads) {
    broadsheet_splice_forget();
    chosen_level = level >= -1 && level <= 9 ? level : -1;
    chosen_threads = threads < 1 ? 1 : threads > MAX_LANES ? MAX_LANES : threads;
}

long broadsheet_zip_entries_opened(void) { return atomic_load(&entries_opened); }
long broadsheet_zip_entries_deflated_in_pieces(void) { return atomic_load(&entries_split); }

// ---- minizip's functions, spelled with plain C types so that building needs no minizip headers:
// zipFile is void *, uInt unsigned int, uLong unsigned long, ZPOS64_T unsigned long long.
int zipWriteInFileInZip(void *file, const void *buf, unsigned int len);
int zipCloseFileInZip(void *file);
typedef __typeof__(&zipWriteInFileInZip) write_fn;
typedef __typeof__(&zipCloseFileInZip) close_fn;
typedef int (*close_raw_fn)(void *file, unsigned long long uncompressed_size, unsigned long crc32);

// minizip's own definitions.
NEXT_DEFINITION(write_fn, minizip_zipWriteInFileInZip, "zipWriteInFileInZip")
NEXT_DEFINITION(close_fn, minizip_zipCloseFileInZip, "zipCloseFileInZip")
NEXT_DEFINITION(close_raw_fn, minizip_zipCloseFileInZipRaw64, "zipCloseFileInZipRaw64")

// ---- one piece of an entry
typedef struct {
    unsigned char *input;       // the window before the piece, then the piece
    size_t window, length;      // bytes of window, bytes of piece
    int last, level;
    unsigned char *output;
    size_t output_length;
    unsigned long crc;
    int failed;
    pthread_t thread;
    int running;
} piece;

// zlib for the levels that trade time for size (2 to 9).
static void deflate_piece_zlib(piece *p) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, p->level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return;
    if (p->window > 0 && deflateSetDictionary(&z, p->input, (uInt)p->window) != Z_OK) { deflateEnd(&z); return; }
    // A finished stream fits deflateBound; a sync flush adds an empty stored block (5 bytes).
    size_t capacity = deflateBound(&z, (uLong)p->length) + 64;
    p->output = malloc(capacity);
    if (p->output == NULL) { deflateEnd(&z); return; }
    z.next_in = p->input + p->window;
    z.avail_in = (uInt)p->length;
    z.next_out = p->output;
    z.avail_out = (uInt)capacity;
    int result = deflate(&z, p->last ? Z_FINISH : Z_SYNC_FLUSH);
    int complete = p->last ? result == Z_STREAM_END : (result == Z_OK && z.avail_in == 0 && z.avail_out > 0);
    p->output_length = capacity - z.avail_out;
    deflateEnd(&z);
    p->failed = !complete;
}

// Level 1, the default: ISA-L's igzip at its level 1 deflates the sheets' XML about five times as
// fast as zlib's level 1 into a slightly smaller stream (measured on a 5,000-article workbook's
// sheets: 950 against 190 MB/s, 14.7 % against 15.4 % of the XML). Same pieces, same dictionary,
// same sync flush between them; the bytes depend on the input alone.
static void deflate_piece_isal(piece *p) {
    struct isal_zstream s;
    isal_deflate_init(&s);
    s.level = 1;
    s.level_buf_size = ISAL_DEF_LVL1_DEFAULT;
    s.level_buf = malloc(s.level_buf_size);
    s.gzip_flag = IGZIP_DEFLATE;
    size_t capacity = p->length + p->length / 8 + 1024;
    p->output = malloc(capacity);
    if (s.level_buf == NULL || p->output == NULL || (p->window > 0 && isal_deflate_set_dict(&s, p->input, (uint32_t)p->window) != COMP_OK)) {
        free(s.level_buf);
        return;
    }
    s.next_in = p->input + p->window;
    s.avail_in = (uint32_t)p->length;
    s.end_of_stream = (uint16_t)(p->last != 0);
    s.flush = p->last ? NO_FLUSH : SYNC_FLUSH;
    int complete = 0;
    for (;;) {
        s.next_out = p->output + s.total_out;
        s.avail_out = (uint32_t)(capacity - s.total_out);
        if (isal_deflate(&s) != COMP_OK) break;
        if (s.avail_in == 0 && (p->last ? s.internal_state.state == ZSTATE_END : s.avail_out > 0)) { complete = 1; break; }
        // Out of room (input that does not compress): a larger buffer, and on.
        unsigned char *larger = realloc(p->output, capacity * 2);
        if (larger == NULL) break;
        p->output = larger;
        capacity *= 2;
    }
    p->output_length = s.total_out;
    free(s.level_buf);
    p->failed = !complete;
}

static void deflate_piece(piece *p) {
    p->failed = 1;
    if (p->level == 1) deflate_piece_isal(p); else deflate_piece_zlib(p);
    if (!p->failed) p->crc = crc32_gzip_refl(0, p->input + p->window, p->length);
}

static void *piece_thread(void *arg) {
    deflate_piece(arg);
    return NULL;
}

// ---- the entry this thread is writing in pieces
typedef struct {
    void *file;
    int level, lanes;
    // The piece being filled: the window (the end of the input before it), then its bytes.
    unsigned char *filling;
    size_t window, filled;
    piece pieces[MAX_LANES];   // started, not yet written
    int started;
    unsigned long long total;
    unsigned long crc;
    int failed;
} split_entry;

static _Thread_local split_entry *current = NULL;

// Waits for the started pieces, writes them in order and folds in their CRCs.
static void drain(split_entry *e) {
    write_fn write = minizip_zipWriteInFileInZip();
    for (int k = 0; k < e->started; k++) {
        piece *p = &e->pieces[k];
        if (p->running) pthread_join(p->thread, NULL);
        if (p->failed || write == NULL) e->failed = 1;
        if (!e->failed) {
            if (write(e->file, p->output, (unsigned int)p->output_length) != ZIP_OK) e->failed = 1;
            e->crc = crc32_combine(e->crc, p->crc, (z_off_t)p->length);
            e->total += p->length;
        }
        free(p->output);
        free(p->input);
    }
    e->started = 0;
}

// Hands the filled piece to a thread (the last one of a batch is deflated on this thread once
// every lane is busy) and starts a new one primed with the end of this one.
static void start_piece(split_entry *e, int last) {
    if (e->started == e->lanes) drain(e);
    piece *p = &e->pieces[e->started++];
    memset(p, 0, sizeof *p);
    p->input = e->filling;
    p->window = e->window;
    p->length = e->filled;
    p->last = last;
    p->level = e->level;
    e->filling = NULL;
    if (!last) {
        size_t keep = p->window + p->length < WINDOW_SIZE ? p->window + p->length : WINDOW_SIZE;
        e->filling = malloc(WINDOW_SIZE + PIECE_SIZE);
        if (e->filling == NULL) { e->failed = 1; p->failed = 1; return; }
        memcpy(e->filling, p->input + p->window + p->length - keep, keep);
        e->window = keep;
        e->filled = 0;
    }
    if (last || e->lanes == 1 || pthread_create(&p->thread, NULL, piece_thread, p) != 0) {
        deflate_piece(p);
    } else {
        p->running = 1;
    }
}

// An entry left open (the library gives up on a file after a failed write without closing the
// entry): its pieces are waited for and dropped, so that no later entry's bytes land in it.
static void abandon_current(void) {
    split_entry *e = current;
    if (e == NULL) return;
    current = NULL;
    e->failed = 1;
    drain(e);
    free(e->filling);
    free(e);
}

int zipOpenNewFileInZip4_64(void *file, const char *filename, const void *zipfi,
                            const void *extrafield_local, unsigned int size_extrafield_local,
                            const void *extrafield_global, unsigned int size_extrafield_global,
                            const char *comment, int method, int level, int raw, int windowBits,
                            int memLevel, int strategy, const char *password,
                            unsigned long crcForCrypting, unsigned long versionMadeBy,
                            unsigned long flagBase, int zip64) {
    abandon_current();
    typedef __typeof__(&zipOpenNewFileInZip4_64) open_entry_fn;
    static _Atomic(open_entry_fn) found = NULL;   // minizip's own definition, looked up once
    open_entry_fn next = atomic_load(&found);
    if (next == NULL) {
        next = (open_entry_fn)dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
        if (next == NULL) return ZIP_INTERNALERROR;   // minizip is not loaded
        atomic_store(&found, next);
    }
    atomic_fetch_add(&entries_opened, 1);
    int chosen = chosen_level;
    // Only deflated entries take a level (a stored entry stays stored); only a level that
    // compresses is worth the pieces, and a password would need minizip's own stream.
    int deflated = method == Z_DEFLATED && !raw;
    if (chosen >= 0 && deflated) level = chosen;
    int split = deflated && chosen >= 1 && !broadsheet_shims_bypassed && password == NULL &&
                minizip_zipWriteInFileInZip() != NULL && minizip_zipCloseFileInZipRaw64() != NULL;
    int result = next(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                      size_extrafield_global, comment, method, level, split ? 1 : raw, windowBits, memLevel,
                      strategy, password, crcForCrypting, versionMadeBy, flagBase, zip64);
    if (result != ZIP_OK || !split) return result;
    split_entry *e = calloc(1, sizeof *e);
    if (e != NULL) e->filling = malloc(WINDOW_SIZE + PIECE_SIZE);
    if (e == NULL || e->filling == NULL) { free(e); return ZIP_INTERNALERROR; }
    e->file = file;
    e->level = level;
    e->lanes = chosen_threads;
    current = e;
    atomic_fetch_add(&entries_split, 1);
    return ZIP_OK;
}

int zipWriteInFileInZip(void *file, const void *buf, unsigned int len) {
    split_entry *e = current;
    if (e == NULL || e->file != file) {
        write_fn next = minizip_zipWriteInFileInZip();
        return next == NULL ? ZIP_INTERNALERROR : next(file, buf, len);
    }
    const unsigned char *bytes = buf;
    while (len > 0 && !e->failed) {
        size_t room = PIECE_SIZE - e->filled;
        size_t n = len < room ? len : room;
        memcpy(e->filling + e->window + e->filled, bytes, n);
        e->filled += n;
        bytes += n;
        len -= (unsigned int)n;
        if (e->filled == PIECE_SIZE) start_piece(e, 0);
    }
    return e->failed ? ZIP_INTERNALERROR : ZIP_OK;
}

int zipCloseFileInZip(void *file) {
    split_entry *e = current;
    if (e == NULL || e->file != file) {
        close_fn next = minizip_zipCloseFileInZip();
        return next == NULL ? ZIP_INTERNALERROR : next(file);
    }
    current = NULL;
    if (!e->failed) start_piece(e, 1);
    drain(e);
    free(e->filling);
    int failed = e->failed;
    unsigned long long total = e->total;
    unsigned long crc = e->crc;
    free(e);
    // The entry is closed even after a failure, so that minizip's state stays consistent; the
    // failure is still reported (and the workbook reported unwritten).
    int result = minizip_zipCloseFileInZipRaw64()(file, total, crc);
    return failed ? ZIP_INTERNALERROR : result;
}
