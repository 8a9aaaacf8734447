/// Speakers as the archives' other languages name them after a quote: French's inverted pronoun,
/// a role before a name, a role then the name after a comma, a speaker described without a name.
extension QuoteFinder {
    /// French's verb and subject pronoun joined by hyphens after a quote: `», a-t-il déclaré`,
    /// `», dit-elle`, `», explique-t-il`: the pronoun is the speaker.
    func invertedCue(_ words: [WordToken]) -> (SpeakerInfo, String)? {
        guard let (verb, pronoun) = QuoteFinder.invertedVerb(words) else { return nil }
        guard let info = parser.parse([pronoun], text: s, antecedent: antecedent(at: pronoun.start)) else { return nil }
        return (info, verb)
    }

    /// The verb of `a-t-il déclaré`, `dit-elle`, and its pronoun as the English one (spanning the
    /// hyphenated word).
    static func invertedVerb(_ words: [WordToken]) -> (verb: String, pronoun: WordToken)? {
        guard let first = words.first, first.kind == .word else { return nil }
        let parts = first.lower.split(separator: "-").map(String.init)
        guard parts.count >= 2, let pronoun = parts.last, let english = NameLexicon.invertedPronouns[pronoun] else { return nil }
        let verb: String
        if NameLexicon.auxiliariesAbroad.contains(parts[0]), words.count >= 2, words[1].kind == .word,
           NameLexicon.speechVerbsAbroad.contains(words[1].lower) {
            verb = words[1].lower
        } else if NameLexicon.speechVerbsAbroad.contains(parts[0]) || parts[0] == "dit" || parts[0] == "ajoute" || parts[0] == "lance" {
            verb = parts[0]
        } else {
            return nil
        }
        return (verb, WordToken(kind: .word, text: english, start: first.start, end: first.end))
    }

    /// The speaker after a reporting verb of another language: the name, with the role before it
    /// (`M. Bézier devant les élus`, `Bürgermeisterin Anna Keller am Dienstag`, `министр финансов
    /// Антон Силуанов`), or the name after the comma when the words after the verb are its role
    /// (`dijo el ministro de Hacienda, Carlos Ruiz`).
    func speakerAbroad(_ words: [WordToken]) -> SpeakerInfo? {
        // `— сказал он журналистам в Москве`: the pronoun is the speaker, the place after it is not.
        // (not Italian's article `il` before its noun: `ha detto il ministro …`; French's `il`
        // comes after its verb only joined to it, `dit-il`)
        if let p = words.first, p.kind == .word, let english = NameLexicon.pronounsAbroad[p.lower],
           !(p.lower == "il" && words.count > 1 && words[1].kind == .word && !words[1].isCapitalized) {
            return parser.parse([WordToken(kind: .word, text: english, start: p.start, end: p.end)], text: s, antecedent: antecedent(at: p.start))
        }
        // A role of several words, small letters among them, before a person's first name and
        // surname (`Глава Центрального банка Эльвира Набиуллина`, `аналитик ВШЭ Сергей Иванов`,
        // `le ministre de l'Économie Bruno Le Maire`): the person speaks, the rest is the role.
        let clause = words.prefix { !($0.kind == .punct && $0.text != "." && $0.text != "-") }.prefix(QuoteFinder.roleBeforeNameMaxWords)
        if let j = clause.indices.first(where: { $0 >= 1 && $0 + 1 < clause.count && clause[$0].isCapitalized && FirstNames.isFirstName(clause[$0].text)
               && clause[$0 + 1].kind == .word && clause[$0 + 1].isCapitalized && !NameLexicon.articlesAbroad.contains(clause[$0 - 1].lower) }) {
            var name = Array(clause[j...].prefix { $0.kind == .word && ($0.isCapitalized || NameLexicon.nameConnectors.contains($0.lower)) }
                .prefix(QuoteFinder.longestNameRun))
            while let l = name.last, NameLexicon.nameConnectors.contains(l.lower) { name.removeLast() }
            if var info = parser.parse(name, text: s, antecedent: antecedent(at: name[0].start)), info.name != nil, info.person || info.gender != nil {
                let role = text(clause[0].start, clause[j - 1].end)
                if info.role == nil, !NameLexicon.courtesyTitlesAbroad.contains(role.lowercased()) { info.role = role }
                return info
            }
        }
        var phrase: [WordToken] = []
        var named = false
        for w in words {
            if w.kind == .punct && w.text != "." && w.text != "-" { break }
            if w.kind == .word, !w.isCapitalized, named, !NameLexicon.nameConnectors.contains(w.lower) { break }
            if w.kind == .word, w.isCapitalized { named = true }
            phrase.append(w)
        }
        while let l = phrase.last, l.kind == .punct || NameLexicon.nameConnectors.contains(l.lower) { phrase.removeLast() }
        // A title or role word of that language before a person's name (`M. Claude Moreau`,
        // `Baudezernentin Petra Lang`): the name is the speaker, the rest the role.
        // (at the first name when there is one: `пресс-секретарь Кремля Дмитрий Песков` is the
        // Kremlin's press secretary, not a person named `Кремля Дмитрий Песков`)
        // (not a name after an article or a preposition: `la présidente de la Banque de France`)
        let apposed: (Int) -> Bool = { phrase[$0].isCapitalized && !NameLexicon.articlesAbroad.contains(phrase[$0 - 1].lower)
            && !NameLexicon.nameConnectors.contains(phrase[$0 - 1].lower) }
        if named, phrase.count > 2, let j = (1..<(phrase.count - 1)).first(where: { FirstNames.isFirstName(phrase[$0].text) && phrase[$0].isCapitalized && apposed($0) })
            ?? (1..<(phrase.count - 1)).first(where: { apposed($0) && NameEvidence.person(Array(phrase[$0...])) != nil }),
           var info = parser.parse(Array(phrase[j...]), text: s, antecedent: antecedent(at: phrase[j].start)), info.name != nil {
            let role = text(phrase[0].start, phrase[j - 1].end)
            if info.role == nil, !NameLexicon.courtesyTitlesAbroad.contains(role.lowercased()) { info.role = role }
            return info
        }
        // (an article opens a role or a description, not a name: `la ministra de Hacienda`)
        let described = phrase.first.map { $0.kind == .word && NameLexicon.articlesAbroad.contains($0.lower) } ?? false
        if named, !described, let info = parser.parse(phrase, text: s, antecedent: antecedent(at: phrase.first?.start ?? 0)), info.name != nil { return info }
        // (the role, then the name after the comma)
        let rest = words.dropFirst(phrase.count)
        if !phrase.isEmpty, rest.first?.text == ",", let first = phrase.first, let last = phrase.last {
            let name = Array(rest.dropFirst().prefix { $0.kind == .word && ($0.isCapitalized || NameLexicon.nameConnectors.contains($0.lower)) || $0.text == "." })
            if !name.isEmpty, var info = parser.parse(name, text: s, antecedent: antecedent(at: name[0].start)), info.name != nil {
                if info.role == nil { info.role = text(first.start, last.end) }
                return info
            }
        }
        return described ? descriptionAbroad(words) : nil
    }

    /// Words of a role before a person's name in another language, at most (`Глава Центрального банка`).
    static let roleBeforeNameMaxWords = 10

    /// Words in a description of a speaker in another language (`un porte-parole de la Commission
    /// européenne`), at most.
    static let descriptionAbroadMaxWords = 8

    /// A speaker described, not named, in another language: `la présidente de la Banque de France`,
    /// `un porte-parole de la Commission européenne` (unnamed), `der FDP-Chef`. The words up to a
    /// comma, a full stop or where the sentence goes on with where or when.
    func descriptionAbroad(_ words: [WordToken]) -> SpeakerInfo? {
        var toks: [WordToken] = []
        for w in words {
            if w.kind == .punct && w.text != "-" && w.text != "'" && w.text != "’" { break }
            if w.kind == .word, toks.count >= 1, NameLexicon.descriptionStopsAbroad.contains(w.lower) { break }
            toks.append(w)
        }
        guard toks.count >= 2, toks.count <= QuoteFinder.descriptionAbroadMaxWords, let first = toks.first, let last = toks.last,
              last.kind == .word else { return nil }
        let indefinite = ["un", "une", "ein", "eine", "einer", "uno", "una", "um", "uma", "een"].contains(first.lower)
        let named = text(toks[1].start, last.end)
        return SpeakerInfo(name: indefinite ? "unnamed " + named : named, text: text(first.start, last.end), role: nil, anonymous: indefinite,
                           attribution: .cue, span: ScalarSpan(first.start, last.end))
    }
}
