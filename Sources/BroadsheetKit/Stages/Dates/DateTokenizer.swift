/// A token of a sentence for the date grammar, with scalar offsets inside the sentence.
struct DateToken {
    enum Kind { case word, number, punct }
    var kind: Kind
    var text: String
    var lower: String
    var start: Int
    var end: Int
    /// Value of a number token, read once: the patterns ask for it at most tokens.
    let number: Int?

    init(kind: Kind, text: String, lower: String, start: Int, end: Int) {
        self.kind = kind; self.text = text; self.lower = lower; self.start = start; self.end = end
        number = kind == .number ? Int(text) : nil
    }
    var isCapitalized: Bool { text.unicodeScalars.first?.isUpperCase ?? false }
}

enum DateTokenizer {
    /// Words (letters, with inner dots for `a.m.`/`U.S.` and inner apostrophes), digit runs, and
    /// single other characters. One pass over the scalars.
    static func tokenize(_ s: [Unicode.Scalar]) -> [DateToken] {
        var out: [DateToken] = []
        var i = 0
        let n = s.count
        out.reserveCapacity(n / 5 + 1)   // about one token in five scalars of English prose
        var arabicWords = false
        while i < n {
            let c = s[i]
            if c.isSpaceLike { i += 1; continue }
            if isDigit(c) {
                var j = i
                while j < n, isDigit(s[j]) { j += 1 }
                out.append(makeNumber(s, i, j))
                i = j
            } else if c.value >= 0x2E80, c.isCJKCharacter {
                // Chinese and Japanese write without spaces: each ideograph or kana is a token
                // (`3月15日主持` is 3, 月, 15, 日, 主, 持).
                out.append(make(.word, s, i, i + 1))
                i += 1
            } else if i > 0, isDigit(s[i - 1]), c == "년" || c == "월" || c == "일" {
                // Korean's signs after figures, split from the particle after them (`1일부터`).
                out.append(make(.word, s, i, i + 1))
                i += 1
            } else if c.isLetter {
                var j = i
                while j < n {
                    if s[j].isLetter, !(s[j].value >= 0x2E80 && s[j].isCJKCharacter) { j += 1; continue }
                    // A mark on the letter before it is part of the word (Devanagari's virama and
                    // nukta: `सितम्बर`, `फ़रवरी`).
                    if s[j].isCombiningMark { j += 1; continue }
                    // Persian joins a word's parts with a zero-width non-joiner (`پس‌فردا`, `می‌شود`).
                    if s[j] == "\u{200C}", j + 1 < n, s[j + 1].isLetter { j += 1; continue }
                    // a.m., p.m., U.S.: a dot between single letters
                    if s[j] == ".", j + 1 < n, s[j + 1].isLetter, j + 2 <= n, (j + 2 == n || !s[j + 2].isLetter) { j += 2; if j < n, s[j] == "." { j += 1 }; break }
                    if (s[j] == "'" || s[j] == "’"), j + 1 < n, s[j + 1].isLetter {
                        if s[j + 1] == "s", j + 2 >= n || !s[j + 2].isLetter { break }   // Friday's
                        j += 1; continue
                    }
                    break
                }
                // A Korean word of time with a particle glued on (`작년에`, `화요일까지`): the word
                // and the particle are two tokens, so the date's span is the word's.
                if c.value >= 0xAC00, c.value <= 0xD7A3, let cut = koreanTimeWordEnd(s, i, j) {
                    out.append(make(.word, s, i, cut))
                    out.append(make(.word, s, cut, j))
                } else {
                    out.append(make(.word, s, i, j))
                }
                if c.value >= 0x600, c.value <= 0x6FF { arabicWords = true }
                i = j
            } else {
                out.append(make(.punct, s, i, i + 1))
                i += 1
            }
        }
        // (only Arabic-script words open a two-word month)
        if arabicWords { joinTwoWordMonths(&out, s) }
        return out
    }

    /// Where the Korean word of time that `s[a..<b]` opens ends, when a particle follows it
    /// (`DateLexicon.koreanTimeWords`, `DateLexicon.koreanParticleSet`).
    static func koreanTimeWordEnd(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int? {
        // (`내년도`, the coming year, is a word of its own, not `내년` and a particle)
        if DateLexicon.koreanTimeWords.contains(where: { $0.count == b - a && s[a..<b].elementsEqual($0) }) { return nil }
        for word in DateLexicon.koreanTimeWords where word.count < b - a && s[a..<a + word.count].elementsEqual(word) {
            if DateLexicon.koreanParticleSet.contains(String(scalars: s[(a + word.count)..<b])) { return a + word.count }
        }
        return nil
    }

    /// Month names of two words: the Levant's and Iraq's for four Gregorian months (`كانون الثاني`
    /// January, `تشرين الأول` October) and half the Hijri ones (`جمادى الآخرة`, `ذو الحجة`): the
    /// pair is one token, its text with one space, as the month lists write it.
    static let twoWordMonths: WordSet = WordSet(CalendarWords.monthsAbroad.keys.filter { $0.contains(" ") } + HijriCalendar.twoWordMonths)
    static let twoWordMonthHeads = WordSet(twoWordMonths.map { String($0.split(separator: " ")[0]) })

    private static func joinTwoWordMonths(_ out: inout [DateToken], _ s: [Unicode.Scalar]) {
        var k = 0
        while k + 1 < out.count {
            let a = out[k], b = out[k + 1]
            if a.kind == .word, b.kind == .word, twoWordMonthHeads.contains(a.lower), case let text = a.text + " " + b.text,
               twoWordMonths.contains(text.lowercasedFast), s[a.end..<b.start].allSatisfy(\.isSpaceLike) {
                out[k] = DateToken(kind: .word, text: text, lower: text.lowercasedFast, start: a.start, end: b.end)
                out.remove(at: k + 1)
            }
            k += 1
        }
    }

    private static func make(_ kind: DateToken.Kind, _ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> DateToken {
        let text = String(scalars: s[a..<b])
        return DateToken(kind: kind, text: text, lower: text.lowercasedFast, start: a, end: b)
    }

    /// A number token's text is its value in ASCII digits, whatever digits the text writes it in
    /// (`٢٠٢٥`, `２０２５`); its offsets are the text's own.
    private static func makeNumber(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> DateToken {
        guard s[a..<b].contains(where: { $0.value >= 128 }) else { return make(.number, s, a, b) }
        let text = String(decoding: s[a..<b].map { UInt8(48 + (digitValue($0) ?? 0)) }, as: UTF8.self)
        return DateToken(kind: .number, text: text, lower: text, start: a, end: b)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.decimalDigitValue != nil }

    @inline(__always) static func digitValue(_ c: Unicode.Scalar) -> Int? { c.decimalDigitValue }
}
