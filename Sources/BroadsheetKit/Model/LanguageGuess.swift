import CLanguageID

/// The language of a document that does not declare one: Google's Compact Language Detector 2
/// (CLD2, through `CLanguageID`) when it is sure, else a count of function words in eight languages.
public enum LanguageGuess {
    /// Bytes of text CLD2 reads, from the start: a few paragraphs are enough for a sure answer,
    /// and a runaway page costs no more than a normal one.
    static let sampleBytes = 2_048
    /// Bytes read to check a language the page declares: a clear majority of another language
    /// shows in the first paragraph, and CLD2 costs about 22 µs a call plus 30 µs a KB.
    static let checkSampleBytes = 1_024
    /// Share of the letters (percent) CLD2's language must hold. Below it the text is a mixture
    /// (a results table of Serbian club names with English words between them) and the answer
    /// would be one part's language, not the document's.
    static let minSharePercent: Int32 = 40

    public static func guess(_ text: String) -> String? {
        detect(text) ?? byFunctionWords(text)
    }

    /// CLD2's answer as an ISO 639-1 code, nil when it is unsure, the language holds less than
    /// `minShare` percent of the letters, or it names no such language.
    static func detect(_ text: String, minShare: Int32 = minSharePercent, sample: Int = sampleBytes) -> String? {
        var text = text
        let found: bs_language_guess? = text.withUTF8 { buf -> bs_language_guess? in
            var n = min(buf.count, sample)
            while n < buf.count, n > 0, buf[n] & 0xC0 == 0x80 { n -= 1 }   // (whole scalars only)
            var out = bs_language_guess()
            guard n > 0, let base = buf.baseAddress,
                  base.withMemoryRebound(to: CChar.self, capacity: n, { bs_detect_language($0, Int32(n), &out) }) == 0 else { return nil }
            return out
        }
        guard var g = found, g.reliable != 0, g.percent >= minShare else { return nil }
        let code = withUnsafeBytes(of: &g.code) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return iso639_1(code)
    }

    /// English function words (` the `, ` of `, ` and `, ` to `) per KB of text above which the
    /// text is English without asking CLD2: prose has twenty or so, German or Spanish under two.
    static let plainEnglishPerKB = 10
    /// Bytes of text under which the count says nothing.
    static let plainEnglishMinBytes = 200

    /// Whether the first kilobyte is plainly English prose, by a byte search (CLD2's fixed cost,
    /// about 20 µs a call, is most of what checking a page's declared `en` costs).
    static func plainlyEnglish(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buf in
            let n = min(buf.count, checkSampleBytes)
            guard n >= plainEnglishMinBytes else { return false }
            var hits = 0, i = 0
            while i + 4 < n {
                // ` the `, ` of `, ` and `, ` to `: a space, the word, a space
                if buf[i] == 32 {
                    let a = buf[i + 1], b = buf[i + 2], c = buf[i + 3]
                    if a == 116, b == 104, c == 101, buf[i + 4] == 32 { hits += 1 }   // the
                    else if a == 111, b == 102, c == 32 { hits += 1 }                // of
                    else if a == 97, b == 110, c == 100, buf[i + 4] == 32 { hits += 1 }   // and
                    else if a == 116, b == 111, c == 32 { hits += 1 }                // to
                }
                i += 1
            }
            return hits * 1024 >= plainEnglishPerKB * n
        }
    }

    /// CLD2 writes some codes its own way: Hebrew `iw`, Javanese `jw`, Chinese in traditional
    /// characters `zh-Hant`, and `un`/`xx-…` for no language. Three-letter codes have no ISO 639-1 form.
    static func iso639_1(_ cld: String) -> String? {
        let base = cld.prefix { $0 != "-" }
        switch base {
        case "un", "xx": return nil
        case "iw": return "he"
        case "jw": return "jv"
        case "in": return "id"
        default: return base.count == 2 ? String(base) : nil
        }
    }

    /// The fallback's function words, for text CLD2 is unsure of (a few lines, a mixture).
    static let profiles: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "said", "on"]),
        ("de", ["der", "die", "und", "das", "nicht", "ist", "mit", "den", "ein", "auf", "sich"]),
        ("fr", ["le", "la", "les", "des", "et", "est", "une", "dans", "pour", "que", "qui", "du"]),
        ("es", ["el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para"]),
        ("it", ["il", "di", "che", "e", "la", "per", "non", "una", "del", "della", "sono"]),
        ("nl", ["de", "het", "een", "en", "van", "niet", "dat", "ik", "zijn", "op"]),
        ("pt", ["o", "a", "os", "que", "de", "não", "uma", "para", "com", "do", "da", "em"]),
        ("ru", ["и", "в", "не", "на", "что", "с", "по", "как", "это", "для", "за", "из", "о", "от"]),
    ]

    /// Function word → the profiles listing it.
    static let profileIndex: WordMap<[Int]> = {
        var index: [String: [Int]] = [:]
        for (i, p) in profiles.enumerated() { for w in p.1 { index[w, default: []].append(i) } }
        for k in index.keys { index[k]!.sort() }
        return WordMap(index)
    }()

    /// Different function words of a language a text must use to be guessed as written in it.
    static let minDistinctWords = 2

    static func byFunctionWords(_ text: String) -> String? {
        var counts = [Int](repeating: 0, count: profiles.count)
        var distinct = [Set<String>](repeating: [], count: profiles.count)
        var seen = 0
        let scalars = String(text.prefix(5000)).lowercasedFast.unicodeScalars
        for word in scalars.split(whereSeparator: { !$0.isLetter && !$0.properties.isDiacriticOrCombining }) {
            seen += 1
            let w = String(scalars: word)
            for i in profileIndex[w] ?? [] { counts[i] += 1; distinct[i].insert(w) }
        }
        // (One short word said many times is no language: an English sentence has `a` four
        // times, which Portuguese also writes.)
        guard seen >= 5, let best = counts.indices.filter({ distinct[$0].count >= minDistinctWords }).max(by: { counts[$0] < counts[$1] }),
              counts[best] * 10 >= seen else { return nil }
        return profiles[best].0
    }
}
