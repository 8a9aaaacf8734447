/// Splits one paragraph into sentences by scanning its Unicode scalars once. Knows abbreviations
/// (titles never end a sentence; `U.S.`, `Co.`, `a.m.` end one only before a sentence-opening
/// word), initials, decimals, URLs and e-mail addresses (no space after the dot), ellipses,
/// closing quotes and brackets after the full stop, and list markers (`1.)`, `a.`, `• 9.`).
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sentence ranges (scalar offsets within the paragraph), trimmed of white space.
    public func split(_ paragraph: [Unicode.Scalar]) -> [Range<Int>] {
        let s = paragraph
        let n = s.count
        var cuts: [Int] = []          // positions where a new sentence starts
        let markers = listMarkers(s)
        var markerCut = Set(markers.dropFirst().map(\.lowerBound))
        var sentenceStart = 0
        var i = 0
        while i < n {
            if markerCut.contains(i) {
                cuts.append(i); sentenceStart = i; markerCut.remove(i)
            }
            let c = s[i]
            if c.value >= 0x3002, c.isIdeographicStop {
                // 。！？ end a sentence with no space after them; closing brackets stay with it.
                var j = i
                while j < n, s[j].isIdeographicStop || s[j] == "!" || s[j] == "?" { j += 1 }
                j = skipClosers(s, j)
                var next = j
                while next < n, isSpace(s[next]) { next += 1 }
                if next < n { cuts.append(next); sentenceStart = next; i = next; continue }
                i = j; continue
            }
            if c == "!" || c == "?" || c == "‼" || c == "⁇" || c.isOtherScriptStop {
                var j = i
                while j < n, "!?‼⁇".unicodeScalars.contains(s[j]) || s[j].isOtherScriptStop { j += 1 }
                j = skipClosers(s, j)
                if let next = nextStart(s, j, markers: markers), !isLower(s[next]) {
                    cuts.append(next); sentenceStart = next; i = next; continue
                }
                i = j; continue
            }
            if c == "." || c == "…" {
                if markers.contains(where: { $0.contains(i) }) { i += 1; continue }
                if c == "…" { i += 1; continue }            // an ellipsis inside a sentence
                let run = dotRun(s, i)
                if run.dots == 3 {
                    i = run.end; continue
                }
                if run.dots >= 4 && run.attached && run.spaced {
                    // "compounds. . . . The": the full stop ends the sentence, the ellipsis opens the next.
                    let afterEllipsis = skipClosers(s, run.end)
                    if let next = nextStart(s, afterEllipsis, markers: markers), isUpper(s[next]) || s[next] == "." {
                        let start = skipSpaces(s, i + 1)
                        cuts.append(start); sentenceStart = start; i = run.end; continue
                    }
                    i = run.end; continue
                }
                if run.dots >= 2 {
                    let j = skipClosers(s, run.end)
                    if let next = nextStart(s, j, markers: markers), !isLower(s[next]) {
                        cuts.append(next); sentenceStart = next; i = next; continue
                    }
                    i = run.end; continue
                }
                // A single full stop.
                let j = skipClosers(s, i + 1)
                guard j < n, isSpace(s[j]) || markers.contains(where: { $0.lowerBound == j }) else {
                    i = j; continue     // "3.5", "example.com", "Jr.'s": no space, no boundary
                }
                guard let next = nextStart(s, j, markers: markers) else { i = j; continue }
                if isLower(s[next]) { i = j; continue }
                let word = wordBefore(s, i)
                if shouldBreak(after: word, next: wordAt(s, next), nextScalar: s[next], sentence: Array(s[sentenceStart..<i]),
                               closedByQuote: j > i + 1) {
                    cuts.append(next); sentenceStart = next; i = next; continue
                }
                i = j; continue
            }
            i += 1
        }
        var ranges: [Range<Int>] = []
        var start = 0
        for cut in cuts + [n] {
            var a = start, b = cut
            while a < b, isSpace(s[a]) { a += 1 }
            while b > a, isSpace(s[b - 1]) { b -= 1 }
            if a < b { ranges.append(a..<b) }
            start = cut
        }
        return ranges
    }

    // MARK: Decisions

    private func shouldBreak(after word: [Unicode.Scalar], next: String, nextScalar: Unicode.Scalar, sentence: [Unicode.Scalar], closedByQuote: Bool) -> Bool {
        if closedByQuote { return true }
        let lower = String(scalars: word).lowercasedFast
        if lower.isEmpty { return true }
        let innerDots = word.dropLast().contains(".") && word.allSatisfy { $0.isLetter || $0 == "." }
        // `am 3. März 2024`: a day written as an ordinal.
        if (1...2).contains(word.count), word.allSatisfy(\.isDigit), OrdinalDates.monthNames.contains(next.lowercasedFast) { return false }
        // `im 20. Jahrhundert`, `zum 3. Mal`: an ordinal after a German article.
        if (1...3).contains(word.count), word.allSatisfy(\.isDigit),
           Abbreviations.ordinalArticles.contains(String(scalars: previousWord(sentence, before: sentence.count)).lowercasedFast) { return false }
        if Abbreviations.titles.contains(lower) { return false }
        // A single capital letter: an initial ("Jonas E. Smith"), except the pronoun after a
        // lower-case word ("you and I. Did").
        if word.count == 1, isUpper(word[0]) {
            let previous = previousWord(sentence, before: sentence.count - 1)
            if lower == "i", let p = previous.first, !isUpper(p) { return true }
            if previous.first.map(isUpper) ?? false { return false }
            return lower == "i"
        }
        if innerDots || Abbreviations.general.contains(lower) {
            // "U.S. Government" carries on; "the U.S. How about you?" ends.
            guard Abbreviations.sentenceOpeners.contains(next.lowercasedFast) else { return false }
            return sentenceWords(sentence) >= 4
        }
        return true
    }

    private func sentenceWords(_ s: [Unicode.Scalar]) -> Int {
        var n = 0, inWord = false
        for c in s {
            if isSpace(c) { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    // MARK: Scanning helpers

    struct DotRun { var end: Int; var dots: Int; var attached: Bool; var spaced: Bool }

    /// Dots from `i`, allowing single spaces between them (". . .").
    private func dotRun(_ s: [Unicode.Scalar], _ i: Int) -> DotRun {
        var j = i, dots = 0, spaced = false
        while j < s.count {
            if s[j] == "." { dots += 1; j += 1; continue }
            if s[j] == " ", j + 1 < s.count, s[j + 1] == ".", dots >= 1 { spaced = true; j += 1; continue }
            break
        }
        let attached = i > 0 && !isSpace(s[i - 1])
        return DotRun(end: j, dots: dots, attached: attached, spaced: spaced)
    }

    private func skipClosers(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count {
            if "\"'”’»)]}」』）】》〉".unicodeScalars.contains(s[j]) { j += 1; continue }
            // A reference mark after the stop belongs to the sentence it ends: `free.[3] One`.
            if s[j] == "[", let close = citationEnd(s, j) { j = close; continue }
            break
        }
        return j
    }

    /// The end of `[3]`, `[12]`, `[a]` at `i`: a wiki's or a paper's reference mark.
    private func citationEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i + 1
        while j < s.count, j - i <= Self.longestCitationMark, s[j].isDigit || (s[j].value >= 97 && s[j].value <= 122) { j += 1 }
        guard j > i + 1, j < s.count, s[j] == "]" else { return nil }
        return j + 1
    }

    private static let longestCitationMark = 3

    private func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, isSpace(s[j]) { j += 1 }
        return j
    }

    /// The start of what follows a terminator at `j`: requires white space (or a list marker) first.
    private func nextStart(_ s: [Unicode.Scalar], _ j: Int, markers: [Range<Int>]) -> Int? {
        guard j < s.count else { return nil }
        if markers.contains(where: { $0.lowerBound == j }) { return j }
        guard isSpace(s[j]) else { return nil }
        let k = skipSpaces(s, j)
        return k < s.count ? k : nil
    }

    private func wordBefore(_ s: [Unicode.Scalar], _ i: Int) -> [Unicode.Scalar] {
        var a = i
        while a > 0, !isSpace(s[a - 1]), !"(\"'“‘[".unicodeScalars.contains(s[a - 1]) { a -= 1 }
        return Array(s[a..<i])
    }

    private func previousWord(_ sentence: [Unicode.Scalar], before end: Int) -> [Unicode.Scalar] {
        var b = end
        while b > 0, !isSpace(sentence[b - 1]) { b -= 1 }   // skip the current word
        while b > 0, isSpace(sentence[b - 1]) { b -= 1 }
        var a = b
        while a > 0, !isSpace(sentence[a - 1]) { a -= 1 }
        return Array(sentence[a..<b])
    }

    private func wordAt(_ s: [Unicode.Scalar], _ i: Int) -> String {
        var j = i
        while j < s.count, s[j].isLetter { j += 1 }
        return String(scalars: s[i..<j])
    }

    /// List markers that start items: at the paragraph start and then each next number or letter
    /// (`1.)`, `2)`, `a.`, `• 9.`, `⁃10.`). Returns each marker's range. A page's numbered list
    /// puts each item in its own paragraph (`1. Log into your account`, `II. My interest`): a
    /// number or a Roman numeral opening a paragraph is its marker, not a sentence of its own.
    private func listMarkers(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        guard let first = marker(s, at: 0) else { return romanMarker(s).map { [$0] } ?? [] }
        var found = [first.range]
        var expected = first.value + 1
        let style = first.style
        var i = first.range.upperBound
        while i < s.count {
            let at: Int? = isSpace(s[i]) ? i + 1 : ("•⁃".unicodeScalars.contains(s[i]) && (i == 0 || isSpace(s[i - 1])) ? i : nil)
            if let at {
                if let m = marker(s, at: at), m.value == expected, m.style == style {
                    found.append(m.range); expected += 1; i = m.range.upperBound; continue
                }
            }
            i += 1
        }
        if found.count >= 2 { return found }
        // A lone letter (`a. `) opens a sentence as often as a list; a lone number does not.
        return first.style.hasSuffix("n.") ? [first.range] : []
    }

    /// `I.` to `XXXIX.` opening a paragraph, before its text (a heading's or an item's numeral).
    /// Only at the paragraph's start: `World War II. The` ends a sentence.
    private func romanMarker(_ s: [Unicode.Scalar]) -> Range<Int>? {
        var i = 0
        while i < s.count, i < Self.longestRomanMarker, "IVX".unicodeScalars.contains(s[i]) { i += 1 }
        guard i > 0, i + 2 < s.count, s[i] == ".", isSpace(s[i + 1]), !isSpace(s[i + 2]),
              WordToken.romanNumerals.contains(String(scalars: s[0..<i])) else { return nil }
        return 0..<(i + 1)
    }

    private static let longestRomanMarker = 6

    private struct Marker { var range: Range<Int>; var value: Int; var style: String }

    private func marker(_ s: [Unicode.Scalar], at start: Int) -> Marker? {
        var i = start
        guard i < s.count else { return nil }
        var bullet = ""
        if WordToken.listBullets.contains(s[i]) { bullet = String(s[i]); i += 1; if i < s.count, s[i] == " " { i += 1 } }
        var value = 0, digits = 0
        while i < s.count, let d = s[i].isDigit ? Int(s[i].value - 48) : nil, digits < 3 { value = value * 10 + d; digits += 1; i += 1 }
        var kind = "n"
        if digits == 0 {
            guard i < s.count, s[i].value >= 97, s[i].value <= 122, bullet.isEmpty else { return nil }
            value = Int(s[i].value) - 96; kind = "a"; i += 1
        }
        var closer = ""
        while i < s.count, s[i] == "." || s[i] == ")" { closer.append(Character(s[i])); i += 1 }
        guard !closer.isEmpty, closer.count <= 2, i < s.count, isSpace(s[i]) else { return nil }
        if kind == "a" && closer != "." && closer != ")" { return nil }
        return Marker(range: start..<i, value: value, style: bullet + kind + closer)
    }

    @inline(__always) private func isSpace(_ c: Unicode.Scalar) -> Bool { c.isSpaceLike }
    @inline(__always) private func isLower(_ c: Unicode.Scalar) -> Bool { c.isLowerCase }
    @inline(__always) private func isUpper(_ c: Unicode.Scalar) -> Bool { c.isUpperCase }
}

enum Abbreviations {
    /// German articles (and their contractions) that put the figure after them as an ordinal.
    static let ordinalArticles: WordSet = ["im", "zum", "zur", "vom", "beim", "ins", "dem", "den", "der", "des", "das"]
    /// Titles and name parts that a capitalised word follows: never the end of a sentence.
    static let titles: WordSet = [
        "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "gen", "sen", "sens", "rep", "reps", "gov", "lt", "col", "maj",
        "capt", "cmdr", "sgt", "adm", "rev", "hon", "pres", "supt", "st", "mt", "ft", "fr", "brig", "cpl", "pvt",
        "gens", "atty", "insp", "amb", "ald", "sec", "lieut", "mme", "mlle", "msgr", "sra", "sr.", "no", "nos", "vol",
        "p", "pp", "fig", "figs", "ch", "art", "para", "sect", "vs", "v", "n°", "nr", "op", "ed", "eds",
    ]
    /// Abbreviations that may also end a sentence.
    static let general: WordSet = [
        "co", "corp", "inc", "ltd", "llc", "plc", "jr", "sr", "bros", "dept", "univ", "assn", "est", "approx", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ave", "blvd", "rd", "hwy", "mass", "calif", "fla",
        "ill", "pa", "va", "wash", "mich", "minn", "ariz", "colo", "conn", "tenn", "okla", "ore", "wis", "nev",
        "ga", "ky", "la", "md", "mo", "miss", "ala", "ark", "kan", "neb", "del", "yr", "yrs", "min", "max", "govt",
    ]
    /// Words that typically open a sentence; after an abbreviation they signal a boundary.
    static let sentenceOpeners: WordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "here", "his", "her", "its", "their", "our", "my", "your", "but", "and", "so", "yet", "or", "if", "when",
        "while", "after", "before", "as", "in", "on", "at", "for", "with", "how", "what", "who", "why", "where",
        "which", "mr", "mrs", "ms", "dr", "some", "many", "most", "all", "no", "not", "one", "then", "however",
        "meanwhile", "still", "also", "now", "today", "yesterday", "although", "though", "since", "because",
        "during", "under", "from", "by", "to", "both", "each", "every", "another", "other", "such", "only",
    ]
}
