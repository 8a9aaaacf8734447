import Foundation

/// Finds mentions of named things in one document from capitalisation and structure, the built-in
/// gazetteer, title cues and acronyms, and gives each a within-document canonical name: surnames
/// join the full name, acronyms join their expansion, titles and possessives are stripped.
struct MentionFinder {
    static var orgHeads: WordSet { NameHeads.org }
    static var lawHeads: WordSet { NameHeads.law }
    /// Words after a law's head word that still belong to its name.
    static let lawLinks: WordSet = ["of", "on", "for", "against", "between"]
    /// Words between a sentence's opening noun and a name after it (`Shares of Tesla`).
    static let nounLinks: WordSet = ["of", "for"]
    /// Paragraphs back within which a bare surname is the person of that name named last (news
    /// paragraphs are a sentence or two; a live blog's item, three or four).
    static let surnameReachParagraphs = 2
    static var eventHeads: WordSet { NameHeads.event }
    static var placeHeads: WordSet { NameHeads.place }
    static var runHeads: WordSet { NameHeads.run }

    /// Weekdays and months are dates, not entities.
    static var calendarWords: WordSet { MentionCalendar.words }

    struct Candidate {
        var tokens: [WordToken]
        var sentence: Int
        var type: EntityType
        var canonical: String
        var role: Bool
    }

    let s: [Unicode.Scalar]
    let sentences: [Sentence]
    /// Words the document writes in lower case (hashed): a town called Police or Man is not what
    /// "Police said" names in a text that also speaks of the police.
    let lowercaseWords: Set<UInt64>

    /// The document's language (ISO 639-1), when known: capitals and sentence openers differ
    /// between languages.
    let language: String?

    init(s: [Unicode.Scalar], sentences: [Sentence], language: String? = nil) {
        self.s = s
        self.sentences = sentences
        self.language = language
        var words = Set<UInt64>()
        var i = 0
        while i < s.count {
            guard s[i].isLowerCase, i == 0 || !s[i - 1].isLetter else { i += 1; continue }
            var h = FNV1a()
            var j = i
            while j < s.count, s[j].isLetter { h.add(UInt64(s[j].value)); j += 1 }
            words.insert(h.value)
            i = j
        }
        lowercaseWords = words
    }

    static func wordHash(_ word: String) -> UInt64 {
        var h = FNV1a()
        for c in word.unicodeScalars { h.add(UInt64(c.value)) }
        return h.value
    }

    /// A place from the gazetteer, unless the document uses the word as a common word.
    func place(_ text: String) -> EntityType? {
        // (`Police`, a town in Poland, is the police wherever a story names it alone)
        guard let type = Places.type(of: text), !MentionFinder.orgHeads.contains(text.lowercasedFast) else { return nil }
        if !text.contains(" "), lowercaseWords.contains(MentionFinder.wordHash(text.lowercasedFast)) { return nil }
        return type
    }

    func find() throws -> [Mention] {
        var candidates: [Candidate] = []
        var capitalizedMidSentence = Set<String>()
        var tokenized: [[WordToken]] = []
        for sentence in sentences {
            let toks = WordTokenizer.tokenize(s, from: sentence.span.start, to: sentence.span.end).map(MentionFinder.withoutPrefix)
            tokenized.append(toks)
            for (k, t) in toks.enumerated() where k > 0 && t.kind == .word && t.isCapitalized && toks[k - 1].kind == .word {
                capitalizedMidSentence.insert(t.text.folded)
            }
        }
        let sports = SportsContext.isSports(tokenized)
        let abroad = Metadata.isOtherThanEnglish(language)
        var headlines: [Int] = []
        for (si, toks) in tokenized.enumerated() {
            try TimeBudget.check(EntitiesStage.name)
            if SportsContext.isShouting(toks) || (SportsContext.isTitleCase(toks) || isShortTitleLine(toks)) && isHeadline(si) {
                // A headline in capitals or in title case: case says nothing, only names the
                // gazetteers know or the rest of the text writes with capitals count.
                headlines.append(si)
                continue
            }
            var i = 0
            while i < toks.count {
                guard toks[i].kind == .word, toks[i].isCapitalized || toks[i].isAllCaps else { i += 1; continue }
                var j = i + 1
                // (`Bill O'Reilly of Fox News`: a first name is no law's head)
                var hasHead = MentionFinder.runHeads.contains(toks[i].lower)
                    && !(FirstNames.isFirstName(toks[i].text) && i + 1 < toks.count && toks[i + 1].kind == .word && toks[i + 1].isCapitalized)
                while j < toks.count {
                    let t = toks[j]
                    if t.kind == .word, t.isCapitalized, !MentionFinder.calendarWords.contains(t.lower) {   // "Microsoft Wednesday" is two things
                        hasHead = hasHead || MentionFinder.runHeads.contains(t.lower); j += 1; continue
                    }
                    if t.kind == .word, t.lower == "to", j + 1 < toks.count, toks[j + 1].isCapitalized, NameLexicon.titleWords.contains(toks[j - 1].lower) {
                        j += 1; continue   // "Ambassador to NATO Dmitry Rogozin": the role runs on
                    }
                    // "Johnson Controls Inc and Lear Corp", "Daniels Pharmaceuticals Inc of St. Petersburg":
                    // a company's legal suffix ends its name.
                    if MentionFinder.legalSuffixes.contains(toks[j - 1].lower) { break }
                    // (`the Republican Party and Clinton`, `the Urban Institute and Brookings Institution`:
                    // a body's name that has reached its first head ends before `and`; `Department of
                    // Health and Human Services`, `Center for Media and Public Affairs`, `Securities and
                    // Exchange Commission` run on: `Securities` is a head that goes inside names)
                    if t.lower == "and", j - 1 > i, MentionFinder.closingHeads.contains(toks[j - 1].lower),
                       !toks[i..<(j - 1)].contains(where: { MentionFinder.orgHeads.contains($0.lower) }) { break }
                    if t.kind == .word, NameLexicon.nameConnectors.contains(t.lower), j + 1 < toks.count, toks[j + 1].kind == .word, toks[j + 1].isCapitalized,
                       hasHead || (t.lower != "and" && t.lower != "&" && t.lower != "in" && t.lower != "the" && runHasHeadAhead(toks, from: j + 1)
                                   && !((2...3).contains(j - i) && FirstNames.isFirstName(toks[i].text))) {   // a person's name ends: "Chris Ivory on Injured Reserve"
                        j += 1; continue
                    }
                    break
                }
                // `pro-Socialist CFDT union`, `pro-Clinton Priorities USA Action`: a name a prefix made
                // an adjective of stands alone, unless what follows makes it an event's (`post-Cold War`).
                if j > i + 1, i < toks.count, toks[i].start > 0, s[toks[i].start - 1] == "-", toks[i].start >= 2, s[toks[i].start - 2].isLowerCase,
                   !toks[(i + 1)..<j].contains(where: { MentionFinder.eventHeads.contains($0.lower) }) {
                    j = i + 1
                }
                var run = Array(toks[i..<j])
                // `Cold War-era arrangements`, `Soviet-style`, `U.S.-led`: the name before the
                // adjective's ending is the mention.
                if let l = run.last, l.text.utf8.contains(UInt8(ascii: "-")), let dash = l.text.lastIndex(of: "-"), dash != l.text.startIndex,
                   MentionFinder.adjectiveEndings.contains(String(l.text[l.text.index(after: dash)...])) {
                    let stem = String(l.text[..<dash])
                    run[run.count - 1] = WordToken(kind: .word, text: stem, start: l.start, end: l.start + stem.unicodeScalars.count)
                }
                let sentenceInitial = i == 0 || toks[i - 1].kind == .punct && MentionFinder.openingMarks.contains(toks[i - 1].text)
                while let f = run.first, NameLexicon.sentenceOpeners.contains(f.lower) && (sentenceInitial || f.lower == "the" || f.lower == "mr" )
                        || sentenceInitial && abroad && NameLexicon.openersAbroad.contains(f.lower),
                      !startsWithPlace(run) {   // not "New York", "The Hague", "New Orleans Saints"
                    run.removeFirst()
                }
                // "July FOMC", "September Treasury": a month opening a run is the date before the name.
                if run.count >= 2, MentionFinder.calendarWords.contains(run[0].lower) { run.removeFirst() }
                // "Typically Microsoft …", "Following Obama's …": an adverb or a participle opening the
                // sentence, never written with a capital elsewhere, is not part of the name after it.
                if sentenceInitial, run.count >= 2, let f = run.first, f.lower.count > 4, f.lower.hasSuffix("ly") || f.lower.hasSuffix("ing"),
                   !capitalizedMidSentence.contains(f.text.folded), !FirstNames.isFirstName(f.text) {
                    run.removeFirst()
                }
                // "Shares of Tesla Inc.", "Residents of Gaza": a plain noun opening the sentence,
                // never written with a capital elsewhere and heading no body, before `of` or `for`
                // and a name, is not part of it.
                if sentenceInitial, run.count >= 3, MentionFinder.nounLinks.contains(run[1].lower), let f = run.first,
                   !capitalizedMidSentence.contains(f.text.folded), !MentionFinder.runHeads.contains(f.lower), !FirstNames.isFirstName(f.text),
                   Gazetteer.byForm[f.text.folded] == nil, !NameLexicon.titleWords.contains(f.lower) {
                    run.removeFirst(2)
                }
                while let l = run.last, NameLexicon.nameConnectors.contains(l.lower) { run.removeLast() }
                if !run.isEmpty {
                    // "Sen. Maria Cantwell, D-Wash.", "(R-Texas)": a party and a state, not a name
                    if run.count == 1, MentionFinder.isPartyAndState(run[0].text) { i = max(j, i + 1); continue }
                    let initialSingle = sentenceInitial && run.count == 1 && run[0].start == toks[i].start
                    var found: [Candidate]
                    if run.count == 1, let k = toks[i..<j].firstIndex(where: { $0.start == run[0].start }), let state = stateAbbreviation(toks, at: k) {
                        found = [Candidate(tokens: run, sentence: si, type: .gpe, canonical: state, role: false)]
                    } else {
                        found = classify(run, sentence: si, sentenceInitial: initialSingle, known: capitalizedMidSentence, sports: sports)
                    }
                    if let last = run.last, let at = toks.firstIndex(where: { $0.start == last.start }), at + 1 < toks.count,
                       toks[at + 1].kind == .number, toks[at + 1].start == last.end + 1 {
                        if MentionFinder.lawParts.contains(last.lower) {
                            let tokens = run + [toks[at + 1]]
                            found = [Candidate(tokens: tokens, sentence: si, type: .law, canonical: surface(tokens), role: false)]
                        } else if run.count == 1, MentionFinder.numberedParts.contains(last.lower) {
                            found = []
                        }
                    } else if run.count >= 2, MentionFinder.lawParts.contains(run[run.count - 2].lower), MentionFinder.isRomanNumeral(run[run.count - 1].text) {
                        found = [Candidate(tokens: run, sentence: si, type: .law, canonical: surface(run), role: false)]   // `Title IX`
                    }
                    let runAt = toks.firstIndex(where: { $0.start == run[0].start })
                    if let at = runAt, worksAt(toks, at) {
                        for k in found.indices where found[k].type == .person && !found[k].role && found[k].tokens.count == run.count { found[k].type = .org }
                    }
                    // "the China Daily said", "the Hong Kong Standard", "the Human Rights National
                    // Observatory": an article before a name that opens with no first name makes it
                    // a body (people take none: "the Marc Dutroux case" keeps its person), or a
                    // region when it ends in a point of the compass ("the Middle West").
                    // (`China` is on the lists of first names too.)
                    if let at = runAt, at > 0, toks[at - 1].lower == MentionFinder.definiteArticle,
                       found.contains(where: { $0.type == .person }),
                       !FirstNames.isFirstName(run[0].text) || Gazetteer.byForm[run[0].text.folded] != nil {
                        let region = MentionFinder.compassWords.contains(run[run.count - 1].lower) || MentionFinder.regionQualifiers.contains(run[0].lower)
                        for k in found.indices where found[k].type == .person && !found[k].role && found[k].tokens.count == run.count { found[k].type = region ? .loc : .org }
                    }
                    if sports { for k in found.indices { found[k].type = SportsContext.team(found[k].type, run: found[k].tokens, in: toks) } }
                    // German writes every noun with a capital: one such word is a name only on
                    // the evidence of a list or a title, not for its capital.
                    // Nor are two capitalised nouns a person without a first name (`Deutsche Bahn`).
                    if language == "de", run.count == 1, !run[0].isAllCaps { found.removeAll { $0.type == .other && $0.tokens.count == 1 } }
                    // Russian and Ukrainian capitalise only an organisation's first word (`Верховна
                    // Рада`, `Счётная палата`): there too, capitalised words without a first name
                    // among them are no person.
                    if let language, MentionFinder.noPersonWithoutFirstName.contains(language) {
                        for k in found.indices where found[k].type == .person && !found[k].role && NameEvidence.person(found[k].tokens)?.gender == nil { found[k].type = .org }
                    }
                    candidates.append(contentsOf: found)
                }
                i = max(j, i + 1)
            }
        }
        placeUnknownNames(&candidates, tokenized)
        var known: [String: EntityType] = [:]
        for c in candidates {
            known[surface(c.tokens).folded] = known[surface(c.tokens).folded] ?? c.type
            if c.tokens.count >= 2, c.type == .person { known[c.tokens.last!.text.folded] = known[c.tokens.last!.text.folded] ?? .person }
        }
        for si in headlines { candidates.append(contentsOf: headlineNames(tokenized[si], sentence: si, sports: sports, known: known)) }
        return normalize(candidates.sorted { ($0.tokens[0].start, $0.tokens.count) < ($1.tokens[0].start, $1.tokens.count) })
    }

    /// The name inside a word a lower-case prefix joins to it (`post-Cold` → `Cold`, so that
    /// `post-Cold War` names the Cold War and `pro-Russian` is a mention of Russians).
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
    private func placeUnknownNames(_ candidates: inout [Candidate], _ tokenized: [[WordToken]]) {
        let original = candidates
        var at: [Int: Int] = [:]   // first token's start → candidate
        var byEnd: [Int: Int] = [:]
        for (k, c) in original.enumerated() { at[c.tokens[0].start] = k; byEnd[c.tokens.last!.end] = k }
        func isUnknown(_ c: Candidate) -> Bool { c.type == .other && c.tokens.count == 1 && !c.tokens[0].isAllCaps }
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
        guard let apostrophe = word.lastIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
        return contractionEndings.contains(String(word[word.index(after: apostrophe)...]).lowercased())
    }
    static let contractionEndings: Set<String> = ["m", "ve", "d", "ll", "re", "t"]
    /// Capitalised words that name nothing: `the No. 2 figure`, `No, he said`, a news page's
    /// labels (`The Latest:`, `UPDATED`, `BREAKING`).
    static let notNames: WordSet = ["no", "yes", "ok", "okay", "latest", "updated", "breaking", "exclusive", "developing", "live"]
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

    /// The US state an abbreviation names: a dotted one anywhere ("N.Y."), an undotted one only
    /// after a town and a comma, before its full stop ("SAN JOSE, Calif. -", "Boston, Mass.").
    private func stateAbbreviation(_ toks: [WordToken], at k: Int) -> String? {
        let t = toks[k]
        let afterTown = k >= 2 && toks[k - 1].text == "," && toks[k - 2].kind == .word && (toks[k - 2].isCapitalized || toks[k - 2].isAllCaps)
        // The Postal Service's two capitals ("Austin, TX", "ALBANY, NY 12207") after a town.
        if let state = Places.postalCodes[t.text] { return afterTown ? state : nil }
        guard let state = Places.stateAbbreviations[t.text] else { return nil }
        if t.text.contains(".") { return state }
        guard afterTown, k + 1 < toks.count, toks[k + 1].text == ".", toks[k + 1].start == t.end else { return nil }
        return state
    }

    /// A lawmaker's party and state as US papers print them after the name: `D-Wash`, `R-Texas`,
    /// `I-Vt`, `D-N.Y.`, `R-TX`.
    static func isPartyAndState(_ text: String) -> Bool {
        guard text.count >= 4, let party = text.first, "DRI".contains(party), text.dropFirst().first == "-" else { return false }
        let state = String(text.dropFirst(2))
        let bare = state.hasSuffix(".") && !state.dropLast().contains(".") ? String(state.dropLast()) : state
        return Places.stateAbbreviations[bare] != nil || Places.stateAbbreviations[state] != nil || Places.postalCodes[state] != nil
            || Places.usStates.contains(state.folded)
    }

    /// "analysts at Goldman Sachs", "economists at Capital Economics": people of a kind (the
    /// source nouns) work at a body, not at a person; a name after them read as a person's two
    /// names is a firm's. Not before a possessive ("an aide at John Smith's office").
    private func worksAt(_ toks: [WordToken], _ at: Int) -> Bool {
        guard at >= 2, toks[at - 1].lower == "at", NameLexicon.sourceNouns.contains(toks[at - 2].lower) else { return false }
        var end = at
        while end + 1 < toks.count, toks[end + 1].kind == .word, toks[end + 1].isCapitalized { end += 1 }
        return !(end + 1 < toks.count && (toks[end + 1].text == "'" || toks[end + 1].text == "’" || toks[end + 1].lower == "'s"))
    }

    private func runHasHeadAhead(_ toks: [WordToken], from: Int) -> Bool {
        var k = from
        while k < toks.count, toks[k].kind == .word, toks[k].isCapitalized || NameLexicon.nameConnectors.contains(toks[k].lower) {
            if MentionFinder.runHeads.contains(toks[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// Words that qualify a demonym or a faith without naming anything (`Roman Catholic`).
    static let demonymQualifiers: WordSet = ["roman", "greek", "ultra-orthodox", "sunni", "shia", "shi'ite"]

    /// Longest place or listed name an opener can begin (`Salt Lake City`, `The Hague`,
    /// `Bosnia and Herzegovina`); longer names are not written with an opener first.
    static let longestOpenedName = 4

    /// Whether the run begins with a place or a listed name, so its first word is not an opener.
    private func startsWithPlace(_ run: [WordToken]) -> Bool {
        func listed(_ text: String) -> Bool { Gazetteer.entry(text) != nil || place(text) != nil }
        if listed(surface(run)) { return true }
        guard run.count >= 3 else { return false }
        for n in 2...min(run.count - 1, MentionFinder.longestOpenedName) {
            if listed(surface(Array(run[0..<n]))) { return true }
        }
        return false
    }

    func surface(_ toks: [WordToken]) -> String { String(scalars: s[toks.first!.start..<toks.last!.end]) }

    /// Types a capitalised run, splitting off a leading role (whose own names become mentions).
    static let definiteArticle = "the"

    private func classify(_ run: [WordToken], sentence: Int, sentenceInitial: Bool, known: Set<String>, sports: Bool = false) -> [Candidate] {
        let text = surface(run)
        if run.count == 1, MentionFinder.calendarWords.contains(run[0].lower) || MentionCalendar.tableWords.contains(run[0].lower)
            || MentionFinder.isContraction(run[0].text) || MentionFinder.notNames.contains(run[0].lower)
            || run[0].isAllCaps && MentionFinder.shoutedWords.contains(run[0].lower) { return [] }
        if let g = Gazetteer.entry(text) {
            return [Candidate(tokens: run, sentence: sentence, type: g.type, canonical: g.name, role: false)]
        }
        if run.count == 1, let _ = Gazetteer.demonyms[text.folded] {
            // (`African-American` and `African American` are one people)
            let spaced = text.replacingOccurrences(of: "-", with: " ")
            let canonical = spaced != text && Gazetteer.demonyms[spaced.folded] != nil ? spaced : text
            return [Candidate(tokens: run, sentence: sentence, type: .norp, canonical: canonical, role: false)]
        }
        // "West Indian", "Bosnian Serbs", "Iraqi Kurdish", "Roman Catholic": a demonym after
        // compass points, other demonyms or the faith's qualifier.
        if (2...3).contains(run.count), Gazetteer.demonyms[text.folded] != nil || Gazetteer.demonyms[run.last!.text.folded] != nil
           && run.dropLast().allSatisfy({ MentionFinder.compassWords.contains($0.lower) || MentionFinder.demonymQualifiers.contains($0.lower) || Gazetteer.demonyms[$0.text.folded] != nil }) {
            return [Candidate(tokens: run, sentence: sentence, type: .norp, canonical: text, role: false)]
        }
        // "Australian Tom Moody": a nationality before a name is a mention of its own.
        if run.count >= 3, Gazetteer.demonyms[run[0].text.folded] != nil, NameEvidence.person(Array(run.dropFirst())) != nil {
            return [Candidate(tokens: [run[0]], sentence: sentence, type: .norp, canonical: run[0].text, role: false)]
                + classify(Array(run.dropFirst()), sentence: sentence, sentenceInitial: false, known: known, sports: sports)
        }
        // `Virginia Democrats`, `House Republicans`, `Fellow Tories`: a people or a party's members
        // after a place or a body are a mention of their own (not a person's two names).
        // (Not `Radical Islamic`, `Rohingya Muslim`: one mention of a people, as below.)
        // (A place that is also a first name, `Virginia Democrats`, is the place.)
        if run.count >= 2, Gazetteer.demonyms[run.last!.text.folded] != nil,
           case let rest = Array(run.dropLast()), !rest.contains(where: { MentionFinder.orgHeads.contains($0.lower) }) || rest.count == 1,
           case let isPlace = place(surface(rest)) != nil || Gazetteer.entry(surface(rest)).map({ $0.type == .gpe || $0.type == .loc }) == true
               || rest.count >= 2 && MentionFinder.placeHeads.contains(rest.last!.lower),
           MentionFinder.legislatures.contains(rest.last!.lower) && !FirstNames.isFirstName(run[0].text) || isPlace {
            return classify(rest, sentence: sentence, sentenceInitial: sentenceInitial && rest.count == 1, known: known, sports: sports)
                + [Candidate(tokens: [run.last!], sentence: sentence, type: .norp, canonical: run.last!.text, role: false)]
        }
        var (role, name) = NameLexicon.splitRole(run)
        // "Quarterback Peyton Manning", "Coroner Gary Hargrove": words before a first name that
        // are not names themselves describe the person.
        if name.count >= 3, !FirstNames.isFirstName(name[0].text), !startsWithPlace(name),   // not "San Diego Chargers"
           let k = name.indices.dropFirst().first(where: { FirstNames.isFirstName(name[$0].text) && $0 + 1 < name.count }),
           NameEvidence.person(Array(name[k...])) != nil {
            role += name[..<k]
            name = Array(name[k...])
        }
        var out: [Candidate] = []
        for t in role where t.kind == .word {
            if let g = Gazetteer.entry(t.text) {
                out.append(Candidate(tokens: [t], sentence: sentence, type: g.type, canonical: g.name, role: true))
            } else if let _ = Gazetteer.demonyms[t.text.folded] {
                out.append(Candidate(tokens: [t], sentence: sentence, type: .norp, canonical: t.text, role: true))
            } else if t.isAllCaps, t.text.count >= 2 {
                out.append(Candidate(tokens: [t], sentence: sentence, type: .org, canonical: t.text, role: true))
            }
        }
        guard !name.isEmpty else { return out }
        let nameText = surface(name)
        if let g = Gazetteer.entry(nameText) {
            out.append(Candidate(tokens: name, sentence: sentence, type: g.type, canonical: g.name, role: false))
            return out
        }
        let firstName = FirstNames.isFirstName(name[0].text) && name.count >= 2
        if !firstName, role.isEmpty, let place = place(nameText) {
            out.append(Candidate(tokens: name, sentence: sentence, type: place, canonical: nameText, role: false))
            return out
        }
        // "Southern California", "West Texas", "East Africa": a part of a place is a place (were people).
        if !firstName, role.isEmpty, name.count >= 2, MentionFinder.compassWords.contains(name[0].lower) {
            let rest = surface(Array(name.dropFirst()))
            if place(rest) != nil || Gazetteer.entry(rest).map({ $0.type == .gpe || $0.type == .loc }) == true {
                out.append(Candidate(tokens: name, sentence: sentence, type: .gpe, canonical: nameText, role: false))
                return out
            }
        }
        // "Dynamo Moscow", "Red Star Belgrade": a name carrying a place, not a person's.
        // A town first (`Indianapolis Colts`), or a country or big city anywhere; not any town of
        // 15,000 anywhere: that would make bodies of Barack Obama (Obama, Japan) and Joique Bell.
        // (A small town's name first makes a body only where the rest reads as a team or a
        // company, `Indianapolis Colts`: `Mairi MacLeod` is a woman, whatever Brazil calls a town.)
        let townFirst = place(name[0].text) != nil
            && (sports || name.count > 2 || name.last!.lower.hasSuffix("s") || Gazetteer.byForm[name[0].text.folded] != nil
                || MentionFinder.clubAndCompanyWords.contains(name.last!.lower) || MentionFinder.isInnerCapitalized(name.last!.text)
                || lowercaseWords.contains(MentionFinder.wordHash(name.last!.lower)))   // `Peabody Energy` (the text speaks of energy)
        let carriesPlace = !firstName && name.count >= 2
            && (townFirst || name.contains { Gazetteer.byForm[$0.text.folded]?.type == .gpe })
        // `Hampton East`, `Greenwich Village`: a town's part is a place.
        if !firstName, role.isEmpty, name.count == 2, place(name[0].text) != nil,
           MentionFinder.compassWords.contains(name[1].lower) || MentionFinder.townParts.contains(name[1].lower) {
            out.append(Candidate(tokens: name, sentence: sentence, type: .gpe, canonical: nameText, role: false))
            return out
        }
        let head = name.last!.lower
        // `Island businesses said`: a name's head word alone, opening a sentence, is the noun.
        // So is a body's (`Police said`, `Government sources`), but not a house that is a name (`Congress passed`).
        if name.count == 1, role.isEmpty, sentenceInitial, !known.contains(name[0].text.folded),
           MentionFinder.placeHeads.contains(head) || MentionFinder.orgHeads.contains(head) && !MentionFinder.legislatures.contains(head) { return out }
        let type: EntityType
        // A law is named by its head word, last (`Patriot Act`) or before what it is of or on
        // (`Treaty of Rome`, `Convention on the Rights of the Child`); not `Bill Gates`.
        // (a party's `National Convention` is a gathering, not a law)
        if head == "convention", name.contains(where: { $0.lower == "national" }) { type = .event }
        else if MentionFinder.lawHeads.contains(head) || name.indices.contains(where: { k in
            MentionFinder.lawHeads.contains(name[k].lower) && k + 1 < name.count && MentionFinder.lawLinks.contains(name[k + 1].lower) }) { type = .law }
        else if MentionFinder.eventHeads.contains(head) { type = .event }
        else if name.contains(where: { MentionFinder.orgHeads.contains($0.lower) }) { type = .org }
        // `Kansai Electric Power`, `Dow Chemical`, `Lehman Brothers`: a line of business last (not
        // `Samantha Power`, whose first name says a person).
        else if name.count >= 2, MentionFinder.businessHeads.contains(head), !FirstNames.isFirstName(name[0].text), !name.allSatisfy(\.isAllCaps) { type = .org }
        else if MentionFinder.placeHeads.contains(head) || MentionFinder.placeHeads.contains(name.first!.lower) { type = .loc }
        else if Gazetteer.demonyms[name.last!.text.folded] != nil, !FirstNames.isFirstName(name[0].text) { type = .norp }   // "Zealand-born Australian"
        else if name.allSatisfy(\.isAllCaps), isDateline(name) { type = .gpe }
        else if name.count == 1 && name[0].isAllCaps && name[0].text.count <= 8 { type = .org }
        else if carriesPlace && role.isEmpty { type = .org }
        else if !role.isEmpty || (2...4).contains(name.count) && name.allSatisfy({ !$0.isAllCaps || $0.text.hasSuffix(".") }) { type = .person }
        else if name.count == 1 {
            // A lone capitalised word at the start of a sentence is only a name if it is also
            // capitalised elsewhere mid-sentence, or heads a row of results (`Sussex 253 and 107-3`).
            // (Not in the title or a headline, which drop their articles: `Paper says …`.)
            if sentenceInitial && !known.contains(name[0].text.folded) && !scoreFollows(name[0])
                && (!actsAsName(name[0]) || sentence == 0 || isHeadline(sentence)) { return out }
            type = .other
        } else { type = .other }
        out.append(Candidate(tokens: name, sentence: sentence, type: type, canonical: nameText, role: false))
        return out
    }

    /// Whether a score follows this word in its sentence (`Sussex 253`, `Rotor 2`).
    /// `Interfax quoted …`, `Glamorgan beat Durham`, `Ford plans to …`: a word opening a sentence
    /// is a name when a verb names like follows it and the text never writes it in lower case
    /// (not `Analysts said`, `Shares rose`: plurals of common nouns).
    private func actsAsName(_ t: WordToken) -> Bool {
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

    private func scoreFollows(_ t: WordToken) -> Bool {
        var k = t.end
        while k < s.count, s[k] == " " { k += 1 }
        guard k < s.count, s[k].isDigit else { return false }
        var e = k
        while e < s.count, s[e].isDigit || s[e] == "-" { e += 1 }
        return SportsContext.isScore(WordToken(kind: .number, text: String(scalars: s[k..<e]), start: k, end: e))
    }

    /// Within-document canonical names: acronyms to expansions, surnames to full names.
    private func normalize(_ candidates: [Candidate]) -> [Mention] {
        var cands = candidates
        // "Long Name (ACR)" definitions, and acronyms matching the initials of a long name here.
        var longNames: [String: (name: String, type: EntityType)] = [:]      // initials → canonical long name
        for c in cands where c.tokens.count >= 2 && (c.type == .org || c.type == .law || c.type == .other || c.type == .gpe) {
            longNames[Acronym.initials(c.tokens.map(\.text))] = (c.canonical, c.type)
            // `European Centre for Disease Prevention and Control (ECDC)`: an acronym the text
            // defines in brackets right after the name may skip words of it; its letters are the
            // initials of some of them, in order, from the first.
            let end = c.tokens.last!.end
            guard end + 3 < s.count, s[end] == " ", s[end + 1] == "(", let close = s[(end + 2)...].prefix(Acronym.definedMaxLetters + 1).firstIndex(of: ")") else { continue }
            let defined = String(scalars: s[(end + 2)..<close])
            guard defined.count >= 2, defined.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "." }) else { continue }
            let letters = Acronym.letters(defined)
            if longNames[letters] == nil, Acronym.spells(letters, c.tokens.map(\.text)) { longNames[letters] = (c.canonical, c.type) }
        }
        // Surnames of people with full names here, where each is named: a bare surname is the
        // person of that name named last before it, a few paragraphs back (Laci and Scott Peterson are
        // two people); further on, the one the story has named in full most often, its subject,
        // of equals the first (`Hillary Clinton`, whose story mentions `former President Bill
        // Clinton` once in passing).
        var namedAt: [String: [(start: Int, full: String)]] = [:]
        for c in cands where c.type == .person && c.tokens.count >= 2 {
            namedAt[PersonName.fold(c.tokens.last!.text), default: []].append((c.tokens[0].start, c.canonical))
        }
        func paragraph(at offset: Int) -> Int { sentences[sentences.index(holding: offset)].paragraph }
        func fullName(_ surname: String, at offset: Int) -> String? {
            guard let list = namedAt[PersonName.fold(surname)] ?? MentionFinder.cyrillicCaseStems(surname).lazy.compactMap({ namedAt[PersonName.fold($0)] }).first
            else { return nil }
            guard let last = list.last(where: { $0.start < offset }) else { return list.first?.full }
            if sentences.isEmpty || Set(list.map(\.full)).count == 1 || paragraph(at: offset) - paragraph(at: last.start) <= MentionFinder.surnameReachParagraphs { return last.full }
            // (the one named in full most often so far; of equals, the first)
            var times: [String: Int] = [:]
            var order: [String] = []
            for named in list where named.start < offset {
                if times[named.full] == nil { order.append(named.full) }
                times[named.full, default: 0] += 1
            }
            return order.max { times[$0]! < times[$1]! || times[$0]! == times[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)! }
        }
        let fullNames = namedAt.mapValues { $0[0].full }
        // First names of people named in full (`Kathina` after `Kathina Thomas`), and the last word
        // of a team's or company's name (`Colts` after `Indianapolis Colts`), when only one fits.
        var byFirst: [String: Set<String>] = [:]
        var byTail: [String: Set<String>] = [:]
        // A company's name without its legal suffix (`Tesla` after `Tesla Inc.`).
        var withoutSuffix: [String: Set<String>] = [:]
        for c in cands where c.type == .org && c.tokens.count >= 2 && MentionFinder.legalSuffixes.contains(c.tokens.last!.lower.trimmingCharacters(in: ["."])) {
            withoutSuffix[surface(Array(c.tokens.dropLast())).folded, default: []].insert(c.canonical)
        }
        for c in cands where c.tokens.count >= 2 {
            if c.type == .person, FirstNames.isFirstName(c.tokens[0].text) { byFirst[c.tokens[0].text.folded, default: []].insert(c.canonical) }
            if c.type == .org, let tail = c.tokens.last, !MentionFinder.runHeads.contains(tail.lower), tail.text.count >= 4 {
                byTail[tail.text.folded, default: []].insert(c.canonical)
            }
        }
        // A body named with its country first and without (`U.S. Centers for Disease Control`,
        // `Centers for Disease Control`) is one body, named as the text names it unqualified.
        var orgNames = Set<String>()
        for c in cands where c.type == .org && c.tokens.count >= 2 { orgNames.insert(c.canonical.folded) }
        for k in cands.indices where cands[k].type == .org && cands[k].tokens.count >= 3 {
            let c = cands[k]
            guard Gazetteer.entry(c.tokens[0].text)?.type == .gpe else { continue }
            let rest = surface(Array(c.tokens.dropFirst()))
            if orgNames.contains(rest.folded) { cands[k].canonical = rest }
        }
        for k in cands.indices {
            let c = cands[k]
            if c.type != .person, c.type != .gpe, let full = withoutSuffix[surface(c.tokens).folded], full.count == 1 {
                cands[k].canonical = full.first!; cands[k].type = .org
                continue
            }
            if c.tokens.count == 1, Gazetteer.byForm[c.tokens[0].text.folded] == nil {
                let word = c.tokens[0].text.folded
                // (a state that is also a first name, `Virginia` beside `Virginia Woolf`, is the state)
                if fullNames[PersonName.fold(c.tokens[0].text)] == nil, !Places.usStates.contains(word), let full = byFirst[word], full.count == 1 {
                    cands[k].canonical = full.first!; cands[k].type = .person
                } else if let full = byTail[word], full.count == 1, c.type != .person, c.type != .gpe {   // (not "Florida" after "University of South Florida")
                    cands[k].canonical = full.first!; cands[k].type = .org
                }
            }
            // `M. Bézier` after `Jérôme Bézier`: an initial or title before a surname is the same person.
            if c.type == .person, c.tokens.count >= 2, c.tokens.dropLast().allSatisfy({ $0.text.hasSuffix(".") || $0.text.count == 1 }),
               !PersonName.identity(c.canonical).contains(" "),
               let last = c.tokens.last, let full = fullName(last.text, at: last.start), PersonName.identity(full).contains(" ") {
                cands[k].canonical = full
            }
            if c.tokens.count == 1 {
                let t = c.tokens[0]
                if t.isAllCaps || t.text.contains("."), !t.text.contains(where: \.isNumber) {   // ("8GB", "MP3": figures, not initials)
                    let letters = Acronym.letters(t.text)
                    // (`D.C.` is the District, whatever else its letters begin: `Daily Caller`)
                    if Gazetteer.byForm[t.text.folded] == nil, Places.stateAbbreviations[t.text] == nil, let long = longNames[letters] {
                        cands[k].canonical = long.name
                        cands[k].type = long.type == .gpe ? .gpe : .org   // "NSW" after "New South Wales"
                    }
                }
                // A surname that is also a town's name (Bush, Wayne, Manning) is the person the
                // document names in full; a country or capital is not.
                if let full = fullName(t.text, at: t.start), Gazetteer.byForm[t.text.folded] == nil, c.type != .org || !t.isAllCaps {
                    cands[k].canonical = full
                    cands[k].type = .person
                }
            }
            // An all-caps dateline (BRUSSELS) reads as its title-case form.
            // (A short one too, `OBAN`, `ROME`, when the dateline made it a place: acronyms are bodies.)
            if c.type != .org, cands[k].canonical == cands[k].canonical.uppercased(), cands[k].canonical.count > 4 || c.type == .gpe && isDateline(c.tokens) {
                cands[k].canonical = cands[k].canonical.capitalized
            }
        }
        return cands.map { c in
            Mention(sentence: c.sentence, span: ScalarSpan(c.tokens.first!.start, c.tokens.last!.end), text: surface(c.tokens),
                    type: c.type, key: c.canonical, entityID: nil)
        }
    }
}

extension MentionFinder {
    /// Languages whose capitals do not make a person of words without a first name: German
    /// capitalises every noun, Russian and Ukrainian an organisation's first word.
    static let noPersonWithoutFirstName: Set<String> = ["de", "ru", "uk"]

    /// Case endings of Russian and Ukrainian surnames, longest first (`Сазанова`, `Кудриным`,
    /// `Набиуллиной`, `Пищанської`).
    static let cyrillicCaseEndings = ["ими", "ыми", "ому", "ого", "ої", "ою", "ой", "ом", "ым", "им", "ую", "а", "у", "е", "ы", "и", "ю", "і"]

    /// The nominatives a Cyrillic surname in another case may stand for: the stem, and the stem
    /// with a feminine `-а` (`Набиуллиной` → `Набиуллина`); none for a surname in Latin letters.
    static func cyrillicCaseStems(_ word: String) -> [String] {
        guard let first = word.unicodeScalars.first, (0x0400...0x04FF).contains(first.value) else { return [] }
        var out: [String] = []
        for ending in cyrillicCaseEndings where word.count > ending.count + 2 && word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            out += [stem, stem + "а"]
        }
        return out
    }
}

/// Acronym letters and the initials of long names.
enum Acronym {
    /// `U.S.` → `us`; `OSCE` → `osce`.
    static func letters(_ s: String) -> String {
        String(s.lowercasedFast.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }

    /// The longest acronym read as defined in brackets after a name.
    static let definedMaxLetters = 10

    /// Whether `letters` are the initials of some of `words`, in order, starting with the first
    /// word's (`ecdc` in `European Centre for Disease Prevention and Control`).
    static func spells(_ letters: String, _ words: [String]) -> Bool {
        let initials = words.compactMap { $0.first.map { String($0).lowercased() } }
        guard let first = letters.first, initials.first == String(first) else { return false }
        var i = 0
        for ch in letters {
            while i < initials.count, initials[i] != String(ch) { i += 1 }
            guard i < initials.count else { return false }
            i += 1
        }
        return true
    }

    /// Initials of the significant words: `Organization for Security and Cooperation in Europe` → `osce`.
    static func initials(_ words: [String]) -> String {
        var out = ""
        for w in words where !NameLexicon.nameConnectors.contains(w.lowercasedFast) {
            // An initialism keeps all its letters (`U.S. Geological Survey` → usgs).
            if w.contains("."), w.count <= 6 { out += letters(w); continue }
            for part in w.split(separator: "-") { if let f = part.first { out.append(contentsOf: f.lowercased()) } }
        }
        return out
    }
}

/// Person-name folding for matching: case, diacritics and common transliteration variants
/// (`Dmitri`/`Dmitry`, `Sergey`/`Sergei`, `Andrey`/`Andrei`, `Aleksandr`/`Alexandr`).
enum PersonName {
    static let suffixes: WordSet = ["jr", "sr", "ii", "iii", "iv", "md", "phd", "esq"]

    /// The name as written without initials and suffixes (`W. Mark Felt Sr.` → `Mark Felt`).
    static func core(_ name: String) -> String {
        let words = name.split(separator: " ").filter { w in
            let bare = trimPunctuation(w)
            return bare.count > 1 && !suffixes.contains(bare.lowercasedFast)
        }
        return words.isEmpty ? name : trimPunctuation(Substring(words.joined(separator: " ")))
    }

    /// The word without the ASCII punctuation around it (`Sr.` → `Sr`, `(IE8` → `IE8`).
    static func trimPunctuation(_ w: Substring) -> String {
        let isPunct: (Character) -> Bool = { $0.isASCII && ($0.isPunctuation || $0.isSymbol) }
        var t = w
        while let f = t.first, isPunct(f) { t = t.dropFirst() }
        while let l = t.last, isPunct(l) { t = t.dropLast() }
        return String(t)
    }

    /// Who a full name names, for telling mentions of one person apart from another's: the folded
    /// first and last names, without initials, middle names and suffixes (`W. Mark Felt Sr.`,
    /// `Mark Felt`; `Richard M. Nixon`, `Richard Nixon`; `Frederick Cheney LaRue`, `Frederick C. LaRue`).
    static func identity(_ name: String) -> String {
        let words = fold(name).split(separator: " ").map { trimPunctuation($0) }
            .filter { $0.count > 1 && !suffixes.contains($0) }
        guard let first = words.first, let last = words.last else { return fold(name) }
        return words.count >= 3 ? first + " " + last : words.joined(separator: " ")
    }

    static func fold(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "y") && $0 != UInt8(ascii: "Y") && $0 != UInt8(ascii: "k") && $0 != UInt8(ascii: "K") }) {
            return name.lowercasedFast   // nothing to fold but case
        }
        return name.split(separator: " ").map { word -> String in
            var w = String(word).folded
            if w.containsBytes("ks") { w = w.replacingOccurrences(of: "ks", with: "x") }
            if w.hasSuffix("iy") { w = String(w.dropLast(2)) + "i" }
            else if w.hasSuffix("ey") { w = String(w.dropLast(2)) + "ei" }
            else if w.hasSuffix("y") && w.count > 3 { w = String(w.dropLast()) + "i" }
            return w
        }.joined(separator: " ")
    }
}
