/// A word or punctuation token with scalar offsets into the text it came from.
public struct WordToken: Sendable, Hashable {
    public enum Kind: Sendable { case word, number, punct }
    public var kind: Kind
    public var text: String
    public var start: Int
    public var end: Int
    /// The word in lower case, made once: the stages look words up in their lexicons many times.
    public let lower: String

    public init(kind: Kind, text: String, start: Int, end: Int) {
        self.kind = kind; self.text = text; self.start = start; self.end = end
        lower = text.lowercasedFast
    }
    public var isCapitalized: Bool { text.unicodeScalars.first?.isUpperCase ?? false }
    /// The possessive `'s` (or `’s`), which the tokenizer makes a token of its own.
    public var isPossessiveS: Bool { text == "'s" || text == "’s" }
    public var isAllCaps: Bool {
        var letters = 0
        for c in text.unicodeScalars where c.isLetter {
            guard c.isUpperCase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The tokens as the text writes them: a space only where the text had one between two
    /// (`Msgr. Farmer`, `Service Corp. International`, not `Msgr . Farmer`).
    public static func written<C: Collection>(_ toks: C) -> String where C.Element == WordToken {
        var out = ""
        var end: Int?
        for t in toks {
            if let end, t.start > end { out += " " }
            out += t.text
            end = t.end
        }
        return out
    }
}

/// Splits text into words (letters and digits with inner hyphens, apostrophes and the dots of
/// `U.S.` or an initial `W.`) and single punctuation marks. Possessive `'s` is its own token.
public enum WordTokenizer {
    /// Abbreviated titles written before a name, whose dot is part of the word.
    static let nameTitles: WordSet = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
        "cpl", "adm", "cmdr", "rev", "hon", "pres", "supt", "det", "insp", "fr", "sr", "jr", "st", "amb", "atty", "del",
    ]

    public static func tokenize(_ s: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> [WordToken] {
        let end = to ?? s.count
        var out: [WordToken] = []
        out.reserveCapacity((end - from) / 5 + 1)   // about one token in five scalars of English prose
        var i = from
        func isWordChar(_ c: Unicode.Scalar) -> Bool { c.isLetter || (c.value >= 48 && c.value <= 57) }
        while i < end {
            let c = s[i]
            if c.isSpaceLike { i += 1; continue }
            if isWordChar(c) {
                var j = i
                var digitsOnly = true
                while j < end {
                    let d = s[j]
                    if isWordChar(d) { if !(d.value >= 48 && d.value <= 57) { digitsOnly = false }; j += 1; continue }
                    if (d == "-" || d == "&") && j + 1 < end && isWordChar(s[j + 1]) { j += 1; continue }
                    if (d == "'" || d == "’") && j + 1 < end && isWordChar(s[j + 1]) {
                        // possessive 's ends the word
                        if (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= end || !isWordChar(s[j + 2])) { break }
                        j += 1; continue
                    }
                    if d == "." && j + 1 < end && s[j + 1].isUpperCase && j + 2 <= end && (j + 2 == end || s[j + 2] == ".") && s[j - 1].isUpperCase {
                        j += 1; continue   // U.S.A.
                    }
                    if (d == "." || d == ",") && digitsOnly && j + 1 < end && s[j + 1].value >= 48 && s[j + 1].value <= 57 { j += 1; continue }
                    break
                }
                // keep the final dot of an initialism or a single initial (U.S., W.), and of a title
                // before a name (Mr., Dr., Sen.): `"…," Mr. Shields said` names Shields
                if j < end, s[j] == ".", j - i == 1 || s[i..<j].contains("."), s[i].isUpperCase,
                   s[i..<j].allSatisfy({ $0.isUpperCase || $0 == "." }) {
                    j += 1
                } else if j < end, s[j] == ".", j - i <= 5, s[i].isUpperCase, j + 2 < end, s[j + 1] == " ", s[j + 2].isUpperCase,
                          WordTokenizer.nameTitles.contains(String(scalars: s[i..<j]).lowercasedFast) {
                    j += 1
                }
                out.append(WordToken(kind: digitsOnly ? .number : .word, text: String(scalars: s[i..<j]), start: i, end: j))
                i = j
                if i + 1 < end, s[i] == "'" || s[i] == "’", s[i + 1] == "s" || s[i + 1] == "S" {
                    out.append(WordToken(kind: .punct, text: "'s", start: i, end: i + 2))
                    i += 2
                }
            } else {
                out.append(WordToken(kind: .punct, text: String(c), start: i, end: i + 1))
                i += 1
            }
        }
        return out
    }
}

extension WordToken {
    /// How many tokens open a sentence as a numbered item's marker (`1.`, `12)`, `• 3.`, `IV.`):
    /// the word after them is the sentence's first. A single letter (`I.`, `V.`) is left alone,
    /// as it is as often an initial (`V. S. Naipaul`).
    static func listMarkerLength(_ toks: [WordToken]) -> Int {
        var k = 0
        if let t = toks.first, t.kind == .punct, t.text.unicodeScalars.count == 1, listBullets.contains(t.text.unicodeScalars.first!) { k = 1 }
        guard k + 2 <= toks.count else { return 0 }
        let numeral = toks[k]
        let isNumber = numeral.kind == .number && numeral.text.utf8.count <= maxListNumberDigits
        let isRoman = numeral.kind == .word && numeral.text.utf8.count >= 2 && romanNumerals.contains(numeral.text)
        guard isNumber || isRoman, toks[k + 1].kind == .punct, toks[k + 1].text == "." || toks[k + 1].text == ")",
              toks[k + 1].start == numeral.end else { return 0 }
        return k + 2
    }

    /// How many tokens open a sentence as a wire dateline (`WASHINGTON, March 12 (Reuters) - U.S.
    /// consumer prices rose …`, `CARDIFF — The bridge …`): its place, date and agency's bracket and
    /// the dash; 0 when it has none. The word after them is the sentence's first: what was said
    /// begins there, and its capital is the sentence's.
    /// (The agency's bracket may be gone already, read as a tag after the place: `KYIV,
    /// Ukraine (AP) — …` is `KYIV , Ukraine — …` here; a place in capitals opens it then.)
    static func datelineLength(_ body: [WordToken]) -> Int {
        let dashes = ["-", "—", "–", "_"]
        if let close = body.prefix(datelineReach).firstIndex(where: { $0.text == ")" }), close + 2 < body.count, dashes.contains(body[close + 1].text) {
            return close + 2
        }
        if let first = body.first, first.isAllCaps, let dash = body.prefix(datelineReach).firstIndex(where: { dashes.contains($0.text) }),
           dash > 0, dash + 1 < body.count, body[dash].start > body[dash - 1].end {
            // (`OTTAWA -- …`: a dash of two hyphens)
            var k = dash + 1
            while k + 1 < body.count, dashes.contains(body[k].text) { k += 1 }
            return k
        }
        return 0
    }
    /// Tokens a wire dateline takes at most (`NEW YORK , March 12 ( Reuters )`).
    static let datelineReach = 14

    private static let maxListNumberDigits = 3
    /// Marks a list's items may open with before their number (`• 3.`, `- 2.`).
    static let listBullets: Set<Unicode.Scalar> = ["•", "⁃", "-", "*"]
    /// The numerals sections and items are numbered with, `I` to `XXXIX`.
    static let romanNumerals: Set<String> = {
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"], tens = ["", "X", "XX", "XXX"]
        return Set(tens.flatMap { t in units.map { t + $0 } }.filter { !$0.isEmpty })
    }()

    /// Words of at least `minLength` scalars, and how many of them have `property` (scalars, not
    /// graphemes: counting those showed in profiles).
    static func share(_ toks: [WordToken], minLength: Int, _ property: (WordToken) -> Bool) -> (words: Int, matching: Int) {
        var words = 0, matching = 0
        for t in toks where t.kind == .word && t.end - t.start >= minLength {
            words += 1
            if property(t) { matching += 1 }
        }
        return (words, matching)
    }

    /// Words in title case: at least `minWords` words of `minLength` letters or more, and at
    /// least eight in ten of them capitalised.
    static func isTitleCase(_ toks: [WordToken], minLength: Int, minWords: Int) -> Bool {
        let (words, caps) = share(toks, minLength: minLength, \.isCapitalized)
        return words >= minWords && caps * 10 >= words * 8
    }
}
