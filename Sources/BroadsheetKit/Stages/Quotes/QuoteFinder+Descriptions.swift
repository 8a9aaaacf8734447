/// Speakers described rather than named, and the names that stand beside a description: a
/// role's person between commas (`the port director, Ana Ruiz,`), a body's name (`The state grid
/// operator, Ukrenergo,`), the person a role named earlier (`her daughter said`), a name ending
/// the phrase (`a game Whitfield described as …`).
extension QuoteFinder {
    /// A role's head noun, lower-cased: `daughter` of `Her daughter`, `spokeswoman` of `HUD spokeswoman`.
    /// (`spokesman` of `spokesman for the company`: the words before what it is of.)
    static func roleHead(_ role: String) -> String {
        let words = role.split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0).lowercasedFast }
        // (a role cut off before its object, `Senator from`, names no head)
        guard let last = words.last, !NameLexicon.prepositions.contains(last) else { return "" }
        return words.prefix { !NameLexicon.prepositions.contains($0) }.last ?? ""
    }

    /// A person's name set off by commas after a role (`, Ana Ruiz.`, `, Ana Ruiz, who …`): the
    /// run of capitalised words after the comma, ending the clause, read as a person's name.
    func appositiveName(_ after: ArraySlice<WordToken>) -> SpeakerInfo? {
        guard after.first?.text == "," else { return nil }
        let name = after.dropFirst().prefix { $0.kind == .word && ($0.isCapitalized || NameLexicon.nameConnectors.contains($0.lower)) || $0.text == "." }
        var trimmed = Array(name)
        while let l = trimmed.last, l.text == "." || NameLexicon.nameConnectors.contains(l.lower) { trimmed.removeLast() }
        guard !trimmed.isEmpty, trimmed.count <= QuoteFinder.longestNameRun else { return nil }
        // The name ends the clause: a full stop, a comma or the end, not more words (`, Ana Ruiz said`).
        let next = after.dropFirst(1 + trimmed.count).first
        guard next == nil || next!.kind == .punct && [".", ",", ";", "?", "!"].contains(next!.text) else { return nil }
        // (A person by the name's evidence, or by a first name after a title: `Dr. Helen Park`.)
        guard let info = parser.parse(trimmed, text: s, antecedent: antecedent(at: trimmed[0].start)), info.name != nil,
              info.person || info.gender != nil, !info.anonymous else { return nil }
        return info
    }

    /// `the port director, Ana Ruiz, said`: a description, then the person it is between commas.
    /// The person speaks, and the description is the role. Nil when the speaker read is a
    /// person already (`Ana Ruiz, the port director, said`) or the appositive names no person.
    func personNamed(in appositive: [WordToken], describedBy description: [WordToken], speaker: SpeakerInfo) -> SpeakerInfo? {
        personNamedOnly(in: appositive, describedBy: description, speaker: speaker) ?? bodyNamed(in: appositive, describedBy: description, speaker: speaker)
    }

    /// `The state grid operator, Ukrenergo, warned`: a body's description, then its name
    /// between commas; the body speaks and the description is its role.
    func bodyNamed(in appositive: [WordToken], describedBy description: [WordToken], speaker: SpeakerInfo) -> SpeakerInfo? {
        guard !(speaker.person || speaker.gender != nil), let first = description.first, let last = description.last,
              SpeakerParser.documentDeterminers.contains(first.lower) || first.text == "'s", last.kind == .word, !last.isCapitalized,
              !NameLexicon.sourceNouns.contains(last.lower),
              (1...QuoteFinder.longestNameRun).contains(appositive.count), appositive[0].isCapitalized,
              appositive.allSatisfy({ $0.kind == .word && ($0.isCapitalized || NameLexicon.nameConnectors.contains($0.lower)) || $0.text == "." }),
              var named = parser.parse(appositive, text: s, antecedent: antecedent(at: appositive[0].start)), named.name != nil, !named.anonymous else { return nil }
        named.role = QuoteFinder.withoutArticle(text(first.start, last.end))
        return named
    }

    func personNamedOnly(in appositive: [WordToken], describedBy description: [WordToken], speaker: SpeakerInfo) -> SpeakerInfo? {
        guard !(speaker.person || speaker.gender != nil), !description.isEmpty, !appositive.isEmpty,
              appositive.allSatisfy({ $0.kind == .word && ($0.isCapitalized || NameLexicon.nameConnectors.contains($0.lower)) || $0.text == "." }),
              var named = appositiveName([WordToken(kind: .punct, text: ",", start: appositive[0].start, end: appositive[0].start)] + appositive) else { return nil }
        // (What stands before the commas may be no description of the person: a place or a time
        // fronted in the sentence, `In March, Romney wrote`; a clause, `These are folks`. The
        // person still speaks, without a role.)
        let words = description.drop { $0.kind == .word && QuoteFinder.discourseOpeners.contains($0.lower) }
        if let first = words.first, let last = words.last, !QuoteFinder.frontedPrepositions.contains(first.lower),
           !words.contains(where: { QuoteFinder.copulas.contains($0.lower) }) {
            named.role = QuoteFinder.withoutArticle(text(first.start, last.end))
        }
        return named
    }

    /// An appositive's role without a leading lower-case `the` (`the UN mediator` → `UN mediator`).
    static func withoutThe(_ role: String) -> String { role.hasPrefix("the ") ? String(role.dropFirst(4)) : role }

    /// A role without the article before it (`the port director` → `port director`).
    static func withoutArticle(_ role: String) -> String {
        ["the ", "The ", "a ", "A ", "an ", "An "].first { role.hasPrefix($0) }.map { String(role.dropFirst($0.count)) } ?? role
    }

    /// `In a Bloomberg interview Trump declared`: the capitalised name right before the verb,
    /// when the words before it are a phrase of their own.
    func trailingName(_ toks: [WordToken]) -> SpeakerInfo? {
        var k = toks.count
        while k > 0, toks[k - 1].kind == .word, toks[k - 1].isCapitalized { k -= 1 }
        guard k > 0, k < toks.count, toks.count - k <= 4, !toks[k - 1].isCapitalized else { return nil }
        let name = Array(toks[k...])
        guard !NameLexicon.sentenceOpeners.contains(name[0].lower),
              NameEvidence.person(name) != nil || parser.fullNames[name.last!.text.folded] != nil else { return nil }
        return parser.parse(name, text: s, antecedent: antecedent(at: name[0].start))
    }

    /// Past participles not in -ed that follow the noun they qualify (`a report written by`).
    static let irregularParticiples: WordSet = ["written", "done", "made", "given", "taken", "shown", "seen", "held", "led", "run", "paid",
                                                "sent", "built", "drawn", "known", "begun", "brought", "bought", "sought", "won"]

    /// A speaker described rather than named: `The commission`, `the ad's narrator`, `a
    /// narrator in the Clinton ad`. Definite descriptions stand for someone the article knows;
    /// indefinite ones are unnamed sources.
    func description(_ toks: [WordToken]) -> SpeakerInfo? {
        guard let first = toks.first, ["the", "a", "an", "one", "another", "its", "his", "her", "their", "some", "many", "most"].contains(first.lower),
              toks.count >= 2, toks.allSatisfy({ $0.kind != .punct || $0.text == "'s" || $0.text == "-" || $0.text == "%" }),
              // a noun phrase, not a clause: "the Russian military is concerned by …" describes no speaker
              // (but `and` inside a body's name is: `the United Food and Commercial Workers union`)
              !toks.indices.contains(where: { i in
                  QuoteFinder.notInDescription.contains(toks[i].lower) && !(toks[i].lower == "and" && NameLexicon.andInsideBodyName(toks, at: i)) }),
              // (a verb of speech is no description's last word, but capitalised it ends a name: `the United States`)
              let last = toks.last, last.kind == .word, !NameLexicon.speechVerbs.contains(last.lower) || last.isCapitalized && !last.isAllCaps else { return nil }
        // (`the Arab League condemned the move`, `the US policy change paved the way for …`: a
        // verb with its object makes a clause, no description)
        if toks.indices.dropLast().contains(where: { i in i > 1 && toks[i].lower.hasSuffix("ed") && !toks[i].isCapitalized
            && QuoteFinder.nounDeterminers.contains(toks[i + 1].lower) }) { return nil }
        // `a game Whitfield described as …`, `the plan Obama announced`: a noun, then the
        // person whose words follow (a relative clause without `that`), not a description (but
        // `the wife of John Smith` is the wife).
        if let named = trailingName(toks), named.person, let at = toks.firstIndex(where: { $0.start == named.span?.start }), at > 1,
           !SpeakerParser.prepositions.contains(toks[at - 1].lower), toks[at - 1].text != "'s" {
            return named
        }
        // (`according to a large study published on Monday`: the participle after the noun, whose
        // phrase the reader stopped at, is no part of who speaks)
        if toks.count >= 3, !last.isCapitalized, last.lower.hasSuffix("ed") || QuoteFinder.irregularParticiples.contains(last.lower),
           toks[toks.count - 2].kind == .word, !NameLexicon.speechVerbs.contains(last.lower) {
            return description(Array(toks.dropLast()))
        }
        let surface = text(first.start, last.end)
        let indefinite = ["a", "an", "one", "another"].contains(first.lower)
        // `her daughter said` after `Her daughter, Ruth Holloway-Grant, said …`, `the spokeswoman`
        // after `A HUD spokeswoman, Karen Liu`: the person the text gave that role.
        if !indefinite, toks.count == 2, !last.isCapitalized,
           var known = spoke.last(where: { $0.info.person && $0.info.name.map { Gazetteer.byForm[$0.folded] == nil } == true
               && $0.info.role.map(QuoteFinder.roleHead) == last.lower })?.info {
            known.text = surface
            known.attribution = .cue
            return known
        }
        let from = toks.count > 1 ? toks[1].start : first.start
        let named = text(from, last.end)
        return SpeakerInfo(name: indefinite ? "unnamed " + named : named, text: surface, role: nil, anonymous: indefinite,
                           attribution: .cue, span: ScalarSpan(first.start, last.end))
    }
}
