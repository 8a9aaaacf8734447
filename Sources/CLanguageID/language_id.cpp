// CLD2's C++ interface behind one C function, so Swift needs no C++ interop.
#include "language_id.h"

#include <cstdio>   // compact_lang_det.h uses FILE without including it
#include <cstring>
#include <vector>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

extern "C" int bs_detect_language(const char *utf8, int length, bs_language_guess *out) {
    CLD2::Language top3[3];
    int percent3[3];
    double normalized3[3];
    int textBytes = 0;
    bool reliable = false;
    int validPrefix = 0;
    CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language found = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        utf8, length, /*is_plain_text=*/true, &hints, /*flags=*/0, top3, percent3, normalized3,
        /*resultchunkvector=*/nullptr, &textBytes, &reliable, &validPrefix);
    std::strncpy(out->code, CLD2::LanguageCode(found), sizeof out->code - 1);
    out->code[sizeof out->code - 1] = '\0';
    out->percent = top3[0] == found ? percent3[0] : 0;
    out->reliable = reliable ? 1 : 0;
    out->text_bytes = textBytes;
    return validPrefix < length ? -1 : 0;
}
