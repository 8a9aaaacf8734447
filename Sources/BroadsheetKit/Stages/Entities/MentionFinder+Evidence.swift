/// The evidence a word's surroundings give about a capitalised run: what follows a word
/// opening a sentence, an article before it, a word shouted in capitals, a body's noun alone.
extension MentionFinder {
    /// Whether `the` stands right before the scalar at `start`.
    func followsDefiniteArticle(_ start: Int) -> Bool {
        var k = start
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k < start, k >= 3, k == 3 || !s[k - 4].isLetter else { return false }
        return s[k - 3].properties.lowercaseMapping == "t" && s[k - 2] == "h" && s[k - 1] == "e"
    }

    /// A word in capitals that the text also writes in lower case, between spaces, is shouted,
    /// not an acronym (`SOLD`, `PRICE`, `STORM` over a listing); short ones may be both (`US`,
    /// `IT`, `WHO`), and an address or code (`nasa.gov`, `__wasi_fd_write`) is no such writing.
    func isShouted(_ t: WordToken) -> Bool {
        guard t.text.count >= MentionFinder.shoutedMinLength, lowercaseWords.contains(MentionFinder.wordHash(t.lower)) else { return false }
        let word = Array(t.lower.unicodeScalars)
        var i = 0
        while i + word.count <= s.count {
            if s[i] == word[0], i == 0 || s[i - 1] == " " || s[i - 1] == "\n",
               s[i..<(i + word.count)].elementsEqual(word) {
                let after = i + word.count
                if after == s.count || s[after] == " " || s[after] == "\n" || (s[after] == "," || s[after] == ".")
                    && (after + 1 == s.count || s[after + 1] == " " || s[after + 1] == "\n") { return true }
            }
            i += 1
        }
        return false
    }
    static let shoutedMinLength = 4

    /// Whether a score follows this word in its sentence (`Sussex 253`, `Rotor 2`).
    /// `Interfax quoted …`, `Glamorgan beat Durham`, `Ford plans to …`: a word opening a sentence
    /// is a name when a verb names like follows it and the text never writes it in lower case
    /// (not `Analysts said`, `Shares rose`: plurals of common nouns).
    func actsAsName(_ t: WordToken) -> Bool {
        guard t.text.count >= MentionFinder.nameMinLength, !t.lower.hasSuffix("s") || t.lower.hasSuffix("ss"),
              !t.text.contains(where: { $0 == "-" || $0 == "'" || $0 == "’" }),   // `Twenty-seven`, `I'll`
              !NameLexicon.sentenceOpeners.contains(t.lower), !lowercaseWords.contains(MentionFinder.wordHash(t.lower)) else { return false }
        var k = t.end
        if k + 1 < s.count, s[k] == "'" || s[k] == "’", s[k + 1] == "s" { return false }   // `Monday's`, handled as dates
        while k < s.count, s[k] == " " { k += 1 }
        let from = k
        while k < s.count, s[k].isLetter { k += 1 }
        guard k > from else { return false }
        let next = String(scalars: s[from..<k])
        return next == next.lowercased() && (NameLexicon.speechVerbs.contains(next) || MentionFinder.nameVerbs.contains(next))
    }
    static let nameMinLength = 3
    /// Verbs whose subject, opening a sentence, is most often a name in news (not `rose`, `fell`:
    /// `Nickel rose`).
    static let nameVerbs: WordSet = [
        "beat", "beats", "quoted", "quotes", "reported", "reports", "plans", "planned", "won", "wins", "lost", "loses", "drew",
        "draws", "announced", "announces", "posted", "posts", "bought", "buys", "sold", "sells", "signed", "signs", "agreed",
        "agrees", "expects", "expected", "owns", "acquired", "confirmed", "denied", "launched", "scored",
    ]

    /// Whether a company's legal form follows the name after a comma (`, Inc.`, `, LLC`).
    func legalFormFollows(_ end: Int) -> Bool {
        guard end + 2 < s.count, s[end] == ",", s[end + 1] == " " else { return false }
        var e = end + 2
        while e < s.count, s[e].isLetter || s[e] == "." { e += 1 }
        // (`Daniel Rothman, co-director of …`: a word goes on after `co`)
        guard e == s.count || s[e].isSpaceLike || [",", ";", ":", ")"].contains(s[e]) else { return false }
        let form = String(scalars: s[(end + 2)..<e]).lowercasedFast
        return MentionFinder.legalSuffixes.contains(form) || MentionFinder.legalSuffixes.contains(String(form.dropLast(form.hasSuffix(".") ? 1 : 0)))
    }

    func scoreFollows(_ t: WordToken) -> Bool {
        var k = t.end
        while k < s.count, s[k] == " " { k += 1 }
        guard k < s.count, s[k].isDigit else { return false }
        var e = k
        while e < s.count, s[e].isDigit || s[e] == "-" { e += 1 }
        // (`Begins 1/22/2007`, `Sales 9.06 9.31`: a date or a table's figure, not a score; a race's
        // time, `4:23:11`, still follows a name)
        if e + 1 < s.count, s[e] == "/" || s[e] == ".", s[e + 1].isDigit { return false }
        return SportsContext.isScore(WordToken(kind: .number, text: String(scalars: s[k..<e]), start: k, end: e))
    }

    /// A body's noun alone (`the Committee`) is the one body of that kind the text names in full,
    /// with the noun last or first (`the Nobel Committee`, `the University of Oregon`); with none
    /// or several it is no mention.
    func bodiesByTheirNoun(_ candidates: inout [Candidate]) {
        guard candidates.contains(where: { $0.canonical == MentionFinder.unresolvedBody }) else { return }
        var named: [String: Set<String>] = [:]   // noun → canonical full names
        for c in candidates where c.tokens.count >= 2 && c.type == .org && c.canonical != MentionFinder.unresolvedBody {
            for t in [c.tokens.first!, c.tokens.last!] where MentionFinder.genericBodies.contains(t.lower) { named[t.lower, default: []].insert(c.canonical) }
        }
        candidates = candidates.compactMap { c in
            guard c.canonical == MentionFinder.unresolvedBody else { return c }
            guard let full = named[c.tokens[0].lower], full.count == 1 else { return nil }
            var linked = c
            linked.canonical = full.first!
            return linked
        }
    }
    static let unresolvedBody = ""
}
