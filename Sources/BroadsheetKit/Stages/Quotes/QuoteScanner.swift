/// A span between quote marks inside one paragraph.
struct QuoteSpan {
    /// Offsets of the quoted words (without the marks), in the document text.
    var start: Int
    var end: Int
    /// Offsets of the marks themselves (`openMark..<closeMark` covers everything).
    var openMark: Int
    var closeMark: Int
    var single: Bool
    /// The paragraph ended before a closing mark (news convention for quotes running on).
    var unclosed: Bool
}

/// Finds quoted spans in a paragraph: straight and curly, double and single marks, TeX-style
/// ``…'' pairs, guillemets, corner brackets. Apostrophes (`it's`, `officials'`) are not taken for marks.
enum QuoteScanner {
    static func scan(_ s: [Unicode.Scalar], paragraph: ScalarSpan) -> [QuoteSpan] {
        var out: [QuoteSpan] = []
        let a = paragraph.start, b = paragraph.end
        var openAt: Int? = nil
        var openWidth = 1
        /// German quotes open low and close high (`„…“`): that `“` closes even before a comma.
        var openLow = false
        var i = a
        func isSpace(_ k: Int) -> Bool { k < a || k >= b || s[k].isSpaceLike }
        func isWordChar(_ k: Int) -> Bool { k >= a && k < b && s[k].isLetterOrDigit }
        while i < b {
            let c = s[i]
            let twoOpen = c == "`" && i + 1 < b && s[i + 1] == "`"
            let twoClose = c == "'" && i + 1 < b && s[i + 1] == "'"
            if openAt == nil {
                // (Chinese and Japanese corner brackets `「…」` are quote marks; the double ones,
                // `『…』`, name a book or a film in Japanese.)
                if twoOpen || c == "“" || c == "„" || c == "«" || c == "「" || (c == "\"" && !isSpace(i + 1)) {
                    openAt = i; openWidth = twoOpen ? 2 : 1; openLow = c == "„"
                    i += openWidth; continue
                }
            } else if let o = openAt {
                if twoClose || c == "”" || c == "»" || c == "」" || c == "\"" || (c == "“" && !isSpace(i - 1) && (isSpace(i + 1) || openLow)) {
                    let w = twoClose ? 2 : 1
                    out.append(span(o + openWidth, i, open: o, close: i + w, single: false, unclosed: false, s))
                    openAt = nil
                    i += w; continue
                }
            }
            i += 1
        }
        if let o = openAt { out.append(span(o + openWidth, b, open: o, close: b, single: false, unclosed: true, s)) }
        // Single marks, outside double-quoted spans.
        var singleOpen: Int? = nil
        i = a
        while i < b {
            if let inside = out.first(where: { !$0.single && $0.openMark <= i && i < $0.closeMark }) { i = inside.closeMark; singleOpen = nil; continue }
            let c = s[i]
            if c == "‘" || c == "'" || c == "’" {
                let prevWord = isWordChar(i - 1), nextWord = isWordChar(i + 1)
                if singleOpen == nil, !prevWord, nextWord, c != "’" || isSpace(i - 1) {
                    if !(i + 1 < b && s[i + 1] == "'") { singleOpen = i }
                } else if let o = singleOpen, prevWord || s[i - 1] == "." || s[i - 1] == "," || s[i - 1] == "?" || s[i - 1] == "!", !nextWord {
                    out.append(span(o + 1, i, open: o, close: i + 1, single: true, unclosed: false, s))
                    singleOpen = nil
                }
            }
            i += 1
        }
        return out.filter { $0.end > $0.start }.sorted { $0.openMark < $1.openMark }
    }

    private static func span(_ start: Int, _ end: Int, open: Int, close: Int, single: Bool, unclosed: Bool, _ s: [Unicode.Scalar]) -> QuoteSpan {
        var a = start, b = end
        while a < b, s[a].isSpaceLike { a += 1 }
        while b > a, s[b - 1].isSpaceLike { b -= 1 }
        return QuoteSpan(start: a, end: b, openMark: open, closeMark: close, single: single, unclosed: unclosed)
    }
}
