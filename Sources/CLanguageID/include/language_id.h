#ifndef BROADSHEET_LANGUAGE_ID_H
#define BROADSHEET_LANGUAGE_ID_H

#ifdef __cplusplus
extern "C" {
#endif

/* What CLD2 (Compact Language Detector 2, Debian's libcld2-dev) reads from a stretch of text. */
typedef struct {
    /* The language's code as CLD2 writes it ("en", "zh-Hant", "iw", "un" when unknown), NUL-terminated. */
    char code[16];
    /* Share of the text's letters in that language, 0-100 (0 when CLD2's answer is not the language
     * holding the most letters: it settles close pairs such as Serbian and Croatian its own way). */
    int percent;
    /* Non-zero when CLD2 finds that language clearly ahead of the next. */
    int reliable;
    /* Letters CLD2 looked at (tags, digits and punctuation left out). */
    int text_bytes;
} bs_language_guess;

/* The most likely language of `length` bytes of plain UTF-8 text. Returns 0 on success, -1 when
 * the bytes are not valid UTF-8 (then `out->code` is "un"). Safe to call from any thread. */
int bs_detect_language(const char *utf8, int length, bs_language_guess *out);

#ifdef __cplusplus
}
#endif

#endif
