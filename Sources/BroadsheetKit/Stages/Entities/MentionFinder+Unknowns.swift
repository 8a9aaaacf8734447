/// What the mention finder reads of words it does not know: a prefix joined to a name, a name of
/// no known kind that reads as a place, and words that are no names however they are written
/// (contractions, labels, shouts, a body's common noun, a number's `No.`).
extension MentionFinder {
    /// The name inside a word a lower-case prefix joins to it (`post-Cold` → `Cold`, so that
    /// `post-Cold War` names the Cold War and `pro-Russian` is a mention of Russians).
    /// Whether a word may be a prefix and a name (`post-Cold`): a lower-case start and a hyphen
    /// in it; one look at the first byte rules most words out.
    static func hasPrefix(_ t: WordToken) -> Bool {
        guard t.kind == .word, let b = t.text.utf8.first, b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z") else { return false }
        return t.text.utf8.contains(UInt8(ascii: "-"))
    }

    static func withoutPrefix(_ t: WordToken) -> WordToken {
        guard t.kind == .word, let dash = t.text.utf8.firstIndex(of: UInt8(ascii: "-")),
              let first = t.text.unicodeScalars.first, first.isLowerCase,
              hyphenPrefixes.contains(String(t.text[..<dash])) else { return t }
        let rest = String(t.text[t.text.index(after: dash)...])
        guard let capital = rest.unicodeScalars.first, capital.isUpperCase else { return t }
        let skipped = t.text[...dash].unicodeScalars.count
        return WordToken(kind: .word, text: rest, start: t.start + skipped, end: t.end)
    }

    /// A name of no known kind that reads as a place: one in a list of three or more names of
    /// which the others are places or unknown, and one at least a listed country, city or region
    /// (`every crossing to Mull, Islay and the Outer Hebrides`; not `Israel and Hizbollah`, nor a
    /// team sheet with a surname that is also a town's); one after a dateline's town and a comma
    /// (`IRVINE, Calif`); or one a place's preposition governs (`a guest house in Tobermory`, `the
    /// airport in Surcin`, `in Michoacan state`). A word after it that is neither punctuation nor a
    /// place's noun makes it an adjective (`in Arab-Israeli talks`).
    func placeUnknownNames(_ candidates: inout [Candidate], _ tokenized: [[WordToken]]) {
        func isUnknown(_ c: Candidate) -> Bool { c.type == .other && c.tokens.count == 1 && !c.tokens[0].isAllCaps }
        guard candidates.contains(where: isUnknown) else { return }
        let original = candidates
        var at: [Int: Int] = [:]   // first token's start → candidate
        var byEnd: [Int: Int] = [:]
        for (k, c) in original.enumerated() { at[c.tokens[0].start] = k; byEnd[c.tokens.last!.end] = k }
        func isListedPlace(_ c: Candidate) -> Bool {
            c.type == .loc || c.type == .gpe && (c.tokens.count > 1 || Gazetteer.byForm[c.tokens[0].text.folded] != nil)
        }
        // the list a candidate stands in: neighbours across `,`, `and`, `or` (and `the`)
        func neighbour(_ k: Int, _ step: Int) -> Int? {
            let c = original[k]
            let toks = tokenized[c.sentence]
            guard let first = toks.firstIndex(where: { $0.start == c.tokens[0].start }) else { return nil }
            var j = step < 0 ? first - 1 : first + c.tokens.count
            guard j >= 0, j < toks.count, toks[j].text == "," || toks[j].lower == "and" || toks[j].lower == "or" else { return nil }
            j += step
            if j >= 0, j < toks.count, toks[j].lower == "and" || toks[j].lower == "or" { j += step }   // `, and`
            if j >= 0, j < toks.count, toks[j].lower == "the" { j += step }
            guard j >= 0, j < toks.count else { return nil }
            return step < 0 ? byEnd[toks[j].end] : at[toks[j].start]
        }
        var decided = Set<Int>()
        for k in original.indices where isUnknown(original[k]) && !decided.contains(k) {
            var list = [k]
            var l = k
            while let n = neighbour(l, -1), !list.contains(n) { list.insert(n, at: 0); l = n }
            l = k
            while let n = neighbour(l, 1), !list.contains(n) { list.append(n); l = n }
            decided.formUnion(list)
            guard list.count >= MentionFinder.placeListMinNames, list.allSatisfy({ isUnknown(original[$0]) || original[$0].type == .gpe || original[$0].type == .loc }),
                  let place = list.first(where: { isListedPlace(original[$0]) }) else { continue }
            for m in list where isUnknown(original[m]) && !MentionFinder.languageNames.contains(original[m].tokens[0].lower) { candidates[m].type = original[place].type }
        }
        for k in original.indices where isUnknown(original[k]) && candidates[k].type == .other {
            let c = original[k]
            let toks = tokenized[c.sentence]
            guard let i = toks.firstIndex(where: { $0.start == c.tokens[0].start }), !MentionFinder.languageNames.contains(c.tokens[0].lower) else { continue }
            if let language, MentionFinder.casedCyrillic.contains(language) {
                // (A town the text also names after a preposition is that town wherever it
                // stands: `Городской совет Твери` beside `в Тверь`; see the pass below.)
                // (not a surname the text gives a person: `у Киреева`, `к Королёву`)
                let stems = Set(([c.tokens[0].text] + CyrillicNames.surnameStems(c.tokens[0].text)).map(\.folded))
                if i >= 1, MentionFinder.cyrillicPlaceWords.contains(toks[i - 1].lower),
                   !original.contains(where: { $0.type == .person && $0.tokens.count >= 2 && stems.contains($0.tokens[$0.tokens.count - 1].text.folded) }),
                   let place = MentionFinder.cyrillicPlace(c.tokens[0].text, ukrainian: language == MentionFinder.ukrainian) {
                    candidates[k].type = place.type
                    candidates[k].canonical = place.name
                }
                continue
            }
            if i >= 2, toks[i - 1].text == ",", let d = byEnd[toks[i - 2].end], original[d].type == .gpe, original[d].tokens.allSatisfy(\.isAllCaps),
               isDateline(original[d].tokens) {
                candidates[k].type = .gpe   // `PARAMARIBO, Surinam`
                continue
            }
            // (not a word the text also writes in lower case, `Women in Power`, nor an abbreviation)
            guard i >= 1, MentionFinder.placePrepositions.contains(toks[i - 1].lower), c.tokens[0].text.count >= MentionFinder.nameMinLength,
                  !writesInProse(c.tokens[0].lower) else { continue }
            let next = i + 1 < toks.count ? toks[i + 1] : nil
            if let next, next.kind != .punct, !MentionFinder.placeNouns.contains(next.lower) { continue }
            if let next, next.text == "'s" || next.text == "’s" || next.text == "'" || next.text == "’" { continue }
            candidates[k].type = .gpe
        }
        if let language, MentionFinder.casedCyrillic.contains(language) {
            let towns = Set(candidates.indices.filter { isUnknown(original[$0]) && candidates[$0].type != .other }.map { candidates[$0].canonical })
            guard !towns.isEmpty else { return }
            for k in original.indices where isUnknown(original[k]) && candidates[k].type == .other {
                if let place = MentionFinder.cyrillicPlace(original[k].tokens[0].text, ukrainian: language == MentionFinder.ukrainian), towns.contains(place.name) {
                    candidates[k].type = place.type
                    candidates[k].canonical = place.name
                }
            }
        }
    }
    /// Whether the text writes this lower-case word as a word of its prose: after a space, and
    /// not inside a web address's slug (`/provisional-trial-date-set-for-millom-double-murder`).
    private func writesInProse(_ word: String) -> Bool {
        guard lowercaseWords.contains(MentionFinder.wordHash(word)) else { return false }
        let w = Array(word.unicodeScalars)
        guard let first = w.first, !w.isEmpty else { return false }
        var i = 1
        while i + w.count <= s.count {
            if s[i] == first, s[i - 1] == " ", s[i..<(i + w.count)].elementsEqual(w) {
                let after = i + w.count < s.count ? s[i + w.count] : " "
                if !after.isLetter, after != "-", after != "/", after != "_" { return true }
            }
            i += 1
        }
        return false
    }
    /// Words before a town's name in Russian and Ukrainian: prepositions of place and direction
    /// and the nouns for a town and a region (`в Твери`, `из Новосибирска`, `города Сочи`).
    static let cyrillicPlaceWords: WordSet = [
        "в", "во", "из", "под", "к", "ко", "до", "от", "около", "возле", "близ", "через", "у", "з", "із", "біля", "поблизу",
        "город", "города", "городе", "городу", "городом", "столица", "столице", "столицы", "область", "области", "місто", "міста",
        "місті", "столиці", "області", "село", "селе", "поселок", "посёлке", "поселке",
    ]
    /// The endings a town's name takes in Russian and Ukrainian cases, each with what its
    /// nominative may end in (`Твери` → `Тверь`, `Новосибирске` → `Новосибирск`, `Москвы` → `Москва`).
    static let cyrillicPlaceEndings: [(ending: String, nominative: [String])] = [
        ("ом", [""]), ("ем", ["", "ь"]), ("ой", ["а"]), ("ей", ["я", "ь"]), ("е", ["", "а", "ь", "я"]), ("і", ["", "а", "ь"]),
        ("и", ["ь", "а", "я"]), ("у", ["", "а"]), ("ью", ["ь"]), ("ю", ["ь", "я"]), ("а", [""]), ("я", ["ь"]), ("ы", ["а"]),
    ]
    static let cyrillicPlaceMinStem = 3

    /// A Russian or Ukrainian town the gazetteer knows by its Latin name only (`Твери`, `Сочи`,
    /// `Новосибирске`): the word as written or its nominatives by `cyrillicPlaceEndings`, spelt in
    /// Latin letters (ICAO), is a listed place or a GeoNames one; the name is the gazetteer's
    /// English one, else the nominative as written in Cyrillic.
    static func cyrillicPlace(_ word: String, ukrainian: Bool = false) -> (type: EntityType, name: String)? {
        // The nominatives first (GeoNames lists some oblique forms too: `Novosibirska`), the word
        // as written last (`Сочи` does not decline).
        var forms: [String] = []
        for (ending, nominatives) in cyrillicPlaceEndings where word.hasSuffix(ending) && word.count - ending.count >= cyrillicPlaceMinStem {
            let stem = String(word.dropLast(ending.count))
            for n in nominatives where !(n == "ь" && stem.hasSuffix("ь")) && !forms.contains(stem + n) {
                // (Ukrainian's nominative has і where the other cases have о: `Харкова` → `Харків`)
                if ukrainian, n.isEmpty, let o = stem.lastIndex(of: "о"), stem.distance(from: o, to: stem.endIndex) <= 2 {
                    var closed = stem
                    closed.replaceSubrange(o...o, with: "і")
                    forms.append(closed)
                }
                forms.append(stem + n)
            }
        }
        forms.append(word)
        for form in forms {
            // (Ukrainian names are spelt by Ukraine's own table in GeoNames and the gazetteer:
            // `Харків` Kharkiv, `Житомир` Zhytomyr)
            for latin in ukrainian ? [ukrainianLatin(form), Transliteration.ascii(form)] : [Transliteration.ascii(form)] {
                if let g = Gazetteer.byForm[latin.folded], g.type == .gpe || g.type == .loc { return (g.type, g.name) }
                if let type = Places.type(of: latin), type == .gpe || type == .loc { return (type, form) }
            }
        }
        return nil
    }

    /// Ukraine's national transliteration where it differs from the ICAO table's Russian letters
    /// (`и` y, `г` h, `і` i): `Житомир` zhytomyr, `Харків` kharkiv.
    static func ukrainianLatin(_ word: String) -> String {
        var out = ""
        for c in word.lowercased().unicodeScalars {
            switch c {
            case "и": out += "y"
            case "г": out += "h"
            case "ґ": out += "g"
            default: out += Transliteration.cyrillic[c] ?? String(c)
            }
        }
        return out
    }
    /// Fewer names joined by `and` are as often a country and a body (`Israel and Hizbollah`).
    static let placeListMinNames = 3
    static let placePrepositions: WordSet = ["in", "near"]
    /// Nouns a place's name stands before (`Michoacan state`, `Huize county`).
    static let placeNouns: WordSet = ["state", "county", "province", "district", "region", "village", "town", "city", "area", "valley", "island", "islands", "camp"]
    /// Languages, which `in` governs too (`yelled in Hebrew`).
    static let languageNames: WordSet = [
        "hebrew", "arabic", "latin", "yiddish", "mandarin", "cantonese", "swahili", "esperanto", "sanskrit", "hindi", "urdu", "farsi",
        "pashto", "tagalog", "gaelic", "english", "french", "spanish", "german", "russian", "italian", "portuguese", "chinese", "japanese",
    ]

    /// Heads that close a body's name, after which `and` begins another name (not `securities`,
    /// `media`, `trust`, words that stand inside names: `Securities and Exchange Commission`).
    static let closingHeads: WordSet = [
        "party", "institute", "institution", "university", "college", "school", "bank", "company", "corporation", "foundation",
        "association", "council", "committee", "commission", "administration", "agency", "department", "ministry", "office",
        "bureau", "board", "court", "league", "union", "club", "church", "hospital", "center", "centre", "fund", "alliance",
        "coalition", "network", "times", "post", "journal", "magazine", "caucus", "senate", "congress", "parliament",
    ]

    /// `I’m`, `We're`, `Don’t`, `I'd`: a pronoun or a verb with its contraction, never a name
    /// (`O'Neill`, `D'Alessandro` go on past the apostrophe).
    static func isContraction(_ word: String) -> Bool {
        // (most words hold neither apostrophe: `'` is 0x27, `’` starts with 0xE2)
        guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }) else { return false }
        guard let apostrophe = word.lastIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
        return contractionEndings.contains(String(word[word.index(after: apostrophe)...]).lowercased())
    }
    static let contractionEndings: Set<String> = ["m", "ve", "d", "ll", "re", "t"]
    /// Capitalised words that name nothing: `the No. 2 figure`, `No, he said`, a news page's
    /// labels (`The Latest:`, `UPDATED`, `BREAKING`).
    static let notNames: WordSet = ["no", "yes", "ok", "okay", "latest", "updated", "breaking", "exclusive", "developing", "live", "abstract", "tv"]
    /// Pronouns, articles, conjunctions, prepositions and auxiliaries: never a name alone, though
    /// a capital opens them after a bullet or an ellipsis the segmenter does not end a sentence
    /// at (`• A third meeting`, `… It's poll day`), and though a town somewhere bears some of them
    /// (`She`, `Most`).
    static let functionWords: WordSet = [
        "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "if", "as", "than", "that", "this", "these", "those", "there", "here",
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "its", "their", "our", "my", "your",
        "what", "who", "whom", "whose", "which", "why", "where", "when", "how", "some", "many", "most", "all", "any", "each", "every",
        "both", "such", "much", "few", "several", "no", "not", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "could", "would", "should", "must",
        "although", "though", "because", "while", "since", "until", "unless", "whether", "also", "then", "just", "only", "even",
    ]
    /// Abbreviations that name no body: titles, times and zones, units, formats and devices,
    /// diseases and molecules, measures of the economy (`CEO`, `PM`, `GMT`, `DVD`, `HTML`, `HIV`,
    /// `GDP`): as ORG they filled the entities table of every page about a company or a gadget.
    static let commonAcronyms: WordSet = [
        "ceo", "cfo", "coo", "cto", "cio", "vp", "mp", "pr", "hr", "phd", "mba", "vip", "mvp",
        "am", "pm", "est", "edt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "gmt", "utc", "bst", "cet", "et", "pt",
        "pc", "cd", "dvd", "tv", "hd", "hdr", "lcd", "led", "usb", "usb-c", "gps", "cpu", "gpu", "ram", "ssd", "os", "ip", "vr", "ai",
        "html", "css", "js", "json", "xml", "pdf", "rss", "seo", "api", "url", "sms", "mp3", "faq", "diy", "nfc", "wifi",
        "gb", "mb", "kb", "tb", "ghz", "mhz", "mph", "kph", "km", "kg", "qty", "tm",
        "dna", "rna", "hiv", "aids", "adhd", "ptsd", "gdp", "cpi", "ipo", "atm", "vat", "otc", "suv", "id", "iq", "ok",
    ]
    /// Nouns for a kind of body, which alone name none in particular (see `classify`).
    static let genericBodies: WordSet = [
        "government", "university", "committee", "office", "department", "commission", "court", "league", "ministry", "school",
        "agency", "centre", "center", "conference", "airlines", "party", "forum", "hospital", "service", "services", "council",
        "assembly", "fund", "network", "coalition", "partnership", "trust", "foundation", "institute", "caucus", "company",
        "initiative", "union", "group", "club", "media", "communications", "inc", "co", "corp", "plc", "ltd", "llc", "program",
        "programme", "board", "bureau", "authority", "administration", "college", "exchange", "organization", "organisation",
        "association", "federation", "movement", "corporation", "systems", "industries", "holdings", "partners", "police",
    ]
    /// Common English words that GeoNames also lists as towns: found by matching the 6,000
    /// commonest lower-case words of a mixed news and web text against the place table. Alone and
    /// opening a sentence they are the word (`Add fresh ginger`, `Reading the report`), unless the
    /// text writes them with a capital elsewhere.
    static let commonWordTowns: WordSet = [
        "time", "say", "same", "best", "come", "got", "man", "per", "deal", "federal", "hit", "led", "along", "buy", "young", "mobile",
        "rest", "add", "reading", "opportunity", "mission", "normal", "goes", "date", "save", "central", "sale", "rich", "officer",
        "pace", "green", "nice", "mid", "split", "sides", "gold", "fat", "holiday", "male", "spring", "mine", "bar", "enterprise",
        "sub", "surprise", "airport", "sat", "sea", "log", "manage", "yoga", "boy", "gap", "par", "marks", "begun", "summit",
        "independence", "semi", "bug", "gay", "pop", "liberal", "bear", "van", "hire", "wedding", "pool", "mile", "tip", "orange",
        "soul", "rugby", "liberty", "golden", "boom", "drama", "superior", "dual", "mad", "fate", "hang", "fleet", "mentor",
        "midway", "sake", "pen", "salt", "cat", "forest", "pet", "unity", "bell", "dig", "lone", "saga", "god", "find",
    ]
    /// Common words written in capitals for emphasis (`a man with NO credentials`, `ALL versions`),
    /// which are no acronyms.
    static let shoutedWords: WordSet = [
        "no", "not", "all", "never", "very", "only", "and", "the", "must", "now", "any", "every", "more", "most", "much", "this",
        "that", "what", "why", "how", "yes", "ever", "real", "huge", "big", "so", "too", "stop", "wow", "omg", "lol", "just", "even",
        "really", "nothing", "everything", "everyone", "nobody", "none", "before", "after", "again", "still", "first", "last",
    ]

    /// Marks after which a word opens a sentence: quotes (also TeX's ``, and a closing mark
    /// typed for an opening one), a bracket, a dash, a colon.
    static let openingMarks: WordSet = ["\"", "“", "”", "‘", "'", "`", "``", "(", "—", "-", ":", "«", "„", "‹"]

    /// Houses whose members a party's name follows (`House Republicans`, `Senate Democrats`).
    static let legislatures: WordSet = ["house", "senate", "congress", "parliament", "assembly", "legislature"]

    /// `IX`, `V`, `XIV`: a number in Roman figures, as laws number their parts.
    static func isRomanNumeral(_ text: String) -> Bool {
        (1...6).contains(text.utf8.count) && text.utf8.allSatisfy { "IVXLC".utf8.contains($0) }
    }
}
