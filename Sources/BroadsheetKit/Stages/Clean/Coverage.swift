/// Whether the cleaner kept what a reader of the page would call its article: a result that is
/// empty, or far shorter than the prose the page shows, is flagged (`empty`, `partial`) with the
/// figures, never passed off as `ok`.
struct Coverage {
    /// A block or line shorter than this is a label, a caption or a menu entry, not prose.
    static let proseMinChars = 50
    /// What a kana or an ideograph counts for against `proseMinChars`, in Latin letters.
    static let wideCharWeight = 3
    /// Pages showing less prose than this are too small to call a result partial.
    static let minProseToJudge = 1000
    /// Keeping less than this share of the prose outside navigation, asides, footers and readers'
    /// comments is partial: an article body is nearly always most of that prose. On the 1,018
    /// pages of the web dev sets, the 10 pages below it averaged F1 0.48 against the truth, the
    /// 977 above it 0.92; between 0.3 and 0.5 they still averaged 0.80.
    static let partialShare = 0.3

    /// Characters of prose the page shows where an article may stand.
    var prose = 0

    /// The length of `text` in scalars if it reads like running text (long enough, few links, a
    /// sentence end in it), else 0. One pass over the UTF-8 bytes.
    static func proseChars(_ text: String, linkChars: Int = 0) -> Int { measure(text, linkChars: linkChars).prose }

    /// The length of `text` in scalars, the same as prose length when it reads like running text
    /// (else 0), and that prose length with kana and ideographs weighed as `wideCharWeight` letters
    /// (`reading`: what the prose says, comparable across scripts).
    static func measure(_ text: String, linkChars: Int = 0) -> (length: Int, prose: Int, reading: Int) {
        var length = 0
        // Kana and CJK ideographs (U+3000–U+9FFF, lead bytes E3–E9), which say in one character
        // what a Latin script says in two or three: a Chinese reply of 26 characters is a
        // sentence, not a label.
        var wide = 0
        var sentenceEnd = false
        var previous: (UInt8, UInt8) = (0, 0)
        for b in text.utf8 {
            if b & 0xC0 != 0x80 { length += 1; if b >= 0xE3 && b <= 0xE9 { wide += 1 } }
            if b == 0x2E || b == 0x21 || b == 0x3F { sentenceEnd = true }   // . ! ?
            // 。 (E3 80 82), ！ (EF BC 81), ？ (EF BC 9F)
            else if (previous == (0xE3, 0x80) && b == 0x82) || (previous == (0xEF, 0xBC) && (b == 0x81 || b == 0x9F)) { sentenceEnd = true }
            // The other scripts' stops (`Unicode.Scalar.isOtherScriptStop`): ؟ (D8 9F), ۔ (DB 94),
            // ։ (D6 89); । and ॥ (E0 A5 A4/A5), ። (E1 8D A2), ။ (E1 81 8B).
            else if (previous.1 == 0xD8 && b == 0x9F) || (previous.1 == 0xDB && b == 0x94) || (previous.1 == 0xD6 && b == 0x89)
                        || (previous == (0xE0, 0xA5) && (b == 0xA4 || b == 0xA5)) || (previous == (0xE1, 0x8D) && b == 0xA2) || (previous == (0xE1, 0x81) && b == 0x8B) { sentenceEnd = true }
            previous = (previous.1, b)
        }
        let reading = length + wide * (wideCharWeight - 1)
        let isProse = sentenceEnd && reading >= proseMinChars && linkChars * 4 < length
        return (length, isProse ? length : 0, isProse ? reading : 0)
    }

    /// Sets the document's status from what was kept.
    func judge(_ doc: inout Document) {
        let kept = doc.paragraphs.reduce(0) { $0 + $1.length }
        if kept == 0 {
            doc.status = .empty
            doc.statusDetail = prose > 0 ? "no article text found; the page shows \(prose) characters of prose"
                : "no article text found; the page shows no prose (an index, gallery or video page?)"
        } else if prose >= Coverage.minProseToJudge, Double(kept) < Double(prose) * Coverage.partialShare {
            doc.status = .partial
            doc.statusDetail = "kept \(kept) of the \(prose) characters of prose the page shows outside navigation, sidebars and comments"
        }
    }
}
