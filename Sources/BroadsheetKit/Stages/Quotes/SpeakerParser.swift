/// Who a quote is attributed to, as the text names them.
struct SpeakerInfo {
    var name: String?
    var text: String
    var role: String?
    var anonymous: Bool
    var attribution: Attribution
    /// Where the naming words stand (for linking to an entity mention).
    var span: ScalarSpan?
    var plural = false
    /// A person (not an organisation, a place or a description), and the gender their name or
    /// title tells (nil: unknown): which pronouns may later stand for them.
    var person = false
    var gender: FirstNames.Gender? = nil

    /// Whether `pronoun` (he, she) can stand for this speaker.
    func fits(_ pronoun: String) -> Bool { person && NameEvidence.fits(pronoun, gender) }
}

/// Reads speaker phrases: names with their titles or appositive roles, pronouns, unnamed sources.
struct SpeakerParser {
    /// Full person names seen in the document, by folded surname.
    let fullNames: [String: String]
    /// Genders the text tells for names no list knows (`Clinton leaned in. She started …`).
    var learned: [String: FirstNames.Gender] = [:]

    /// The full name of the person a surname names, in any case a Russian or Ukrainian text
    /// writes it (`по словам Сазанова`: Алексей Сазанов).
    func fullName(of surname: String) -> String? {
        fullNames[surname.folded] ?? CyrillicNames.surnameStems(surname).lazy.compactMap { fullNames[$0.folded] }.first
    }

    /// Full names of people in a document by folded surname (the longest form wins), from the
    /// person names its capitalised runs read as (`NameEvidence`), titles stripped.
    static func personNames(_ names: [[WordToken]]) -> [String: String] {
        var out: [String: String] = [:]
        for name in names where (2...4).contains(name.count) && !name.contains(where: { OrgWords.contains($0.lower) }) {
            let full = WordToken.written(name)
            let key = name.last!.text.folded
            if out[key] == nil || out[key]!.count < full.count { out[key] = full }
        }
        return out
    }

    /// Words that make a phrase a clause: auxiliaries and subject pronouns.
    static let clauseWords: WordSet = ["they", "he", "she", "we", "i", "you", "him", "them", "us", "me"]
    /// Pronouns no speaker phrase ends with (`CONGRESS HAS INVESTIGATED HIM`).
    static let objectPronouns: WordSet = ["him", "them", "us", "me"]
    /// Relative pronouns, which open a clause after a noun.
    static let relativeWords: WordSet = ["who", "which", "that", "whom", "whose"]

    static let determiners: WordSet = ["a", "an", "one", "another", "some", "two", "three", "several", "many", "other", "the", "most", "few"]
    /// Words that put a name after them out of the speaker's place (`officials close to X`).
    static let prepositions = NameLexicon.prepositions

    static let OrgWords: WordSet = [
        "organization", "organisation", "council", "union", "conference", "commission", "committee", "ministry", "party",
        "agency", "bank", "fund", "group", "association", "institute", "university", "review", "times", "news", "press",
        "alliance", "assembly", "parliament", "congress", "court", "forces", "army", "office", "department", "federation",
        "commonwealth", "league", "movement", "treaty", "war", "states", "nations", "republic", "kingdom", "house", "street",
    ]

    /// `Melanie said`: a speaker named by a first name alone that only one sex bears and that is
    /// no surname of someone in the text is a person (a `she` later may stand for her).
    static func isFirstNameAlone(_ name: [WordToken], role: [WordToken], fullNames: [String: String]) -> Bool {
        guard name.count == 1, role.isEmpty, fullNames[name[0].text.folded] == nil, let g = FirstNames.gender(name[0].text), g != .either else { return false }
        return Places.type(of: name[0].text) == nil && Gazetteer.byForm[name[0].text.folded] == nil
    }

    static func splitRole(_ run: [WordToken]) -> (role: [WordToken], name: [WordToken]) { NameLexicon.splitRole(run) }

    /// `a report released Monday by the Congressional Budget Office`, `a study by Jane Doe`: a
    /// document whose author the phrase names last speaks for that author.
    func author(of toks: [WordToken], text: [Unicode.Scalar], antecedent: (String) -> SpeakerInfo?) -> SpeakerInfo? {
        guard let first = toks.first, SpeakerParser.documentDeterminers.contains(first.lower),
              toks.dropFirst().prefix(SpeakerParser.documentNounReach).contains(where: { SpeakerParser.documentNouns.contains($0.lower) }),
              let by = toks.lastIndex(where: { $0.lower == "by" }), by + 1 < toks.count else { return nil }
        var name = Array(toks[(by + 1)...])
        if name.first?.lower == "the" { name.removeFirst() }
        guard !name.isEmpty, name.count < toks.count - 2,
              name.allSatisfy({ $0.kind == .word && ($0.isCapitalized || NameLexicon.nameConnectors.contains($0.lower)) || $0.text == "." }),
              var info = parse(name, text: text, antecedent: antecedent), info.name != nil, !info.anonymous else { return nil }
        info.text = String(scalars: text[first.start..<toks.last!.end])
        return info
    }
    static let documentDeterminers: WordSet = ["the", "a", "an", "its", "their", "his", "her", "this", "that"]
    /// Nouns of documents that speak for their authors.
    static let documentNouns: WordSet = ["report", "study", "statement", "survey", "analysis", "poll", "memo", "letter", "review", "audit", "filing", "estimate"]
    /// Words at most before a document's noun (`a new 40-page report`).
    static let documentNounReach = 4

    /// Parses a speaker phrase from tokens (already cut to the phrase).
    /// `antecedent`: who a pronoun (`he`, `she`, `they`) stands for at this point of the text.
    func parse(_ phrase: [WordToken], text: [Unicode.Scalar], antecedent: (String) -> SpeakerInfo?) -> SpeakerInfo? {
        var toks = phrase
        while let f = toks.first, f.kind == .punct { toks.removeFirst() }
        while let l = toks.last, l.kind == .punct { toks.removeLast() }
        guard let first = toks.first, let lastTok = toks.last, toks.count <= 12 else { return nil }
        let surface = String(scalars: text[first.start..<lastTok.end])
        let span = ScalarSpan(first.start, lastTok.end)
        // Pronouns carry the last named speaker on.
        if toks.count == 1, NameLexicon.malePronouns.contains(first.lower) || NameLexicon.femalePronouns.contains(first.lower) {
            guard let prev = antecedent(first.lower), !prev.anonymous || prev.plural == false else {
                return SpeakerInfo(name: nil, text: surface, role: nil, anonymous: false, attribution: .none, span: span)
            }
            return SpeakerInfo(name: prev.name, text: surface, role: prev.role, anonymous: prev.anonymous, attribution: .pronoun, span: prev.span,
                               person: prev.person, gender: prev.gender)
        }
        if toks.count == 1, ["it", "we", "i", "you"].contains(first.lower) {
            // A source the text has named (`The average benefit, it says, …`): who it is stays open.
            return SpeakerInfo(name: nil, text: surface, role: nil, anonymous: false, attribution: .none, span: span)
        }
        if toks.count == 1, NameLexicon.pluralPronouns.contains(first.lower) {
            if let prev = antecedent(first.lower), prev.plural { return SpeakerInfo(name: prev.name, text: surface, role: nil, anonymous: prev.anonymous, attribution: .pronoun, span: prev.span, plural: true) }
            return SpeakerInfo(name: nil, text: surface, role: nil, anonymous: false, attribution: .none, span: span)
        }
        // A clause is no speaker's name or description: a personal pronoun inside it, or a
        // relative pronoun closing it (`CONGRESS HAS INVESTIGATED HIM`, `they turned to the
        // police department which`, `told a young woman who`).
        if toks.count > 1, SpeakerParser.relativeWords.contains(lastTok.lower) {
            // (`Rasmussen was among those who said`: the name opening it.)
            let name = toks.prefix { $0.kind == .word && $0.isCapitalized || $0.text == "." }
            guard !name.isEmpty, name.count < toks.count - 1, !NameLexicon.sentenceOpeners.contains(name[0].lower) else { return nil }
            return parse(Array(name), text: text, antecedent: antecedent)
        }
        if toks.count >= 3, toks.dropFirst().dropLast().contains(where: { SpeakerParser.clauseWords.contains($0.lower) })
            || SpeakerParser.objectPronouns.contains(lastTok.lower) { return nil }
        // An unnamed source: a determiner or a source noun at the end.
        let determiners = SpeakerParser.determiners
        let lastLower = lastTok.lower
        // "Analysts at Goldman Sachs", "Island businesses", "NATO officials": a description, not a name.
        let describes = NameLexicon.sourceNouns.contains(first.lower) && first.lower.hasSuffix("s")
            || (toks.count >= 2 && lastTok.kind == .word && !lastTok.isCapitalized && lastLower.hasSuffix("s") && !NameLexicon.nameConnectors.contains(lastLower))
        let unnamed = describes || determiners.contains(first.lower) || !first.isCapitalized || NameLexicon.sourceNouns.contains(lastLower) && toks.count >= 2 && !lastTok.isCapitalized
        // (a source noun inside a name is none: `the United Food and Commercial Workers union`)
        let sourceWord = describes || NameLexicon.sourceNouns.contains(lastLower)
            || toks.contains(where: { NameLexicon.sourceNouns.contains($0.lower) && !$0.isCapitalized })
        // `panel Chairman Rep. Jason Chaffetz`: a lower-case role before a name is read below.
        let roleFirst = !first.isCapitalized && !determiners.contains(first.lower) && lastTok.isCapitalized && toks.count >= 3
        // `a report released Monday by the Congressional Budget Office`: the author speaks.
        if unnamed, let author = author(of: toks, text: text, antecedent: antecedent) { return author }
        if unnamed, !sourceWord, !roleFirst { return nil }
        // `council member Rosa Delgado`: a source noun in the role before a person's name is the
        // role (not `officials close to Rosa Delgado`, whose name follows a preposition).
        var personAfterRole = false
        if roleFirst {
            var k = toks.count - 1
            while k > 0, toks[k - 1].kind == .word, toks[k - 1].isCapitalized { k -= 1 }
            personAfterRole = k > 0 && toks[k - 1].kind == .word && !toks[k - 1].isCapitalized && !SpeakerParser.prepositions.contains(toks[k - 1].lower)
                && !NameLexicon.nameConnectors.contains(toks[k - 1].lower) && NameEvidence.person(Array(toks[k...])) != nil
        }
        if unnamed, sourceWord, !personAfterRole {
            var description = surface
            if first.lower == "the" || first.lower == "a" || first.lower == "an" || first.lower == "one" {
                let from = toks.count > 1 ? toks[1].start : first.start
                description = String(scalars: text[from..<lastTok.end])
            }
            // (`Analysts at Bernstein`: the people the first word names are several)
            let plural = lastLower.hasSuffix("s") && !lastLower.hasSuffix("ss") || describes && NameLexicon.sourceNouns.contains(first.lower)
            return SpeakerInfo(name: (plural ? "" : "unnamed ") + description, text: surface, role: nil, anonymous: true, attribution: .cue, span: span, plural: plural)
        }
        // A name after a role written in lower case: `Kremlin leader Dmitry Medvedev`, `vice
        // presidential candidate Mike Pence`, `longtime Democratic pollster Pat Caddell`.
        if let last = toks.last, last.isCapitalized, toks.count >= 3 {
            var k = toks.count - 1
            while k > 0, toks[k - 1].kind == .word, toks[k - 1].isCapitalized { k -= 1 }
            let tail = Array(toks[k...])
            if k > 0, toks[k - 1].kind == .word, !toks[k - 1].isCapitalized, !NameLexicon.nameConnectors.contains(toks[k - 1].lower) {
                // The role before `at`, from after a sentence's opener ("Then vice presidential candidate …").
                func role(before at: Int) -> String? {
                    let roleStart = toks[..<k].first { !NameLexicon.sentenceOpeners.contains($0.lower) }?.start ?? first.start
                    let role = String(scalars: text[min(roleStart, at)..<at]).trimmingWhitespace()
                    return role.isEmpty ? nil : role
                }
                // (`Ambassador to NATO Dmitry Rogozin`: the person's name ends the run, after the
                // body the role names.)
                let personal = NameEvidence.person(tail)
                    ?? (1..<max(1, tail.count - 1)).lazy.compactMap { NameEvidence.person(Array(tail[$0...])) }.first
                if let (name, gender) = personal {
                    var full = WordToken.written(name)
                    if name.count == 1, let known = fullName(of: name[0].text) { full = known }
                    return SpeakerInfo(name: full, text: surface, role: role(before: name.first!.start), anonymous: false, attribution: .cue,
                                       span: ScalarSpan(name.first!.start, name.last!.end), person: true, gender: gender)
                }
                // `Tyre maker Pirelli`, `carmaker Toyota`: a description before a name that is not
                // a person's; the name is the source.
                if tail.count <= 3, !NameLexicon.sentenceOpeners.contains(tail[0].lower) {
                    return SpeakerInfo(name: WordToken.written(tail), text: surface, role: role(before: tail[0].start), anonymous: false,
                                       attribution: .cue, span: ScalarSpan(tail[0].start, tail.last!.end))
                }
            }
        }
        // A name, perhaps after its title.
        let capitalized = toks.prefix { $0.kind == .word && ($0.isCapitalized || NameLexicon.nameConnectors.contains($0.lower)) || $0.text == "." }
        guard !capitalized.isEmpty else { return nil }
        // A capitalised sentence opener ("Yet", "Meanwhile") is not a name.
        if capitalized.count == 1, NameLexicon.sentenceOpeners.contains(first.lower) { return nil }
        // Nor is a participle opening a phrase (`Following a swiftly called meeting`).
        if capitalized.count == 1, toks.count > 1, first.lower.hasSuffix("ing"), !FirstNames.isFirstName(first.text), fullNames[first.text.folded] == nil { return nil }
        let (role, name) = SpeakerParser.splitRole(Array(capitalized))
        guard !name.isEmpty else {
            // Only a title ("the President"): treat as a description.
            return SpeakerInfo(name: surface, text: surface, role: nil, anonymous: false, attribution: .cue, span: span)
        }
        var full = WordToken.written(name)
        if name.count == 1, let known = fullName(of: name[0].text) { full = known }
        let roleText = role.isEmpty ? nil : String(scalars: text[role.first!.start..<role.last!.end])
        let evidence = NameEvidence.person(Array(capitalized))
        return SpeakerInfo(name: full, text: surface, role: roleText, anonymous: false, attribution: .cue,
                           span: ScalarSpan(name.first!.start, name.last!.end), plural: false,
                           person: evidence != nil || (name.count == 1 && fullName(of: name[0].text) != nil) || learned[full] != nil
                               || SpeakerParser.isFirstNameAlone(name, role: role, fullNames: fullNames),
                           gender: evidence?.gender ?? learned[full] ?? full.split(separator: " ").first.flatMap { FirstNames.gender(String($0)) })
    }
}
