/// A document's mentions under their canonical names: an acronym under its expansion, a surname
/// under the full name named last, a first name or a team's last word under the one full name
/// that has it, a company without its legal suffix under the name with it.
extension MentionFinder {
    /// Whether the word before `start` is `Sir` or `Dame`.
    func knightly(before start: Int) -> Bool {
        guard let word = EntitiesStage.wordsBefore(s, at: start, count: 1).first else { return false }
        return word == "sir" || word == "dame"
    }

    /// Within-document canonical names: acronyms to expansions, surnames to full names.
    func normalize(_ candidates: [Candidate]) -> [Mention] {
        var cands = candidates
        // A Russian name written in another case is the person under the nominative (`по словам
        // Дмитрия Пескова`: `Дмитрий Песков`), as a bare surname in another case already is.
        if let language, MentionFinder.casedCyrillic.contains(language) {
            for k in cands.indices where cands[k].type == .person && (2...3).contains(cands[k].tokens.count) {
                if let nominative = CyrillicNames.nominative(cands[k].tokens.map(\.text), ukrainian: language == MentionFinder.ukrainian) {
                    cands[k].canonical = nominative.joined(separator: " ")
                }
            }
        }
        // `Internet Explorer (IE)`: capitalised words a text abbreviates by their initials in
        // brackets are no person's name, unless a first name opens them (`Richard M. Stallman (RMS)`).
        for k in cands.indices where cands[k].type == .person && !cands[k].role && cands[k].tokens.count >= 2 && !FirstNames.isFirstName(cands[k].tokens[0].text) {
            let end = cands[k].tokens.last!.end
            guard end + 3 < s.count, s[end] == " ", s[end + 1] == "(", let close = s[(end + 2)...].prefix(Acronym.definedMaxLetters + 1).firstIndex(of: ")") else { continue }
            let defined = String(scalars: s[(end + 2)..<close])
            if defined.count >= 2, defined.unicodeScalars.allSatisfy({ $0.properties.isUppercase }),
               Acronym.letters(defined) == Acronym.initials(cands[k].tokens.map(\.text)) { cands[k].type = .org }
        }
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
            // (or of the words after its head: `Department of Housing and Urban Development (HUD)`)
            let afterHead = c.tokens.map(\.text).drop { MentionFinder.orgHeads.contains($0.lowercasedFast) || NameLexicon.nameConnectors.contains($0.lowercasedFast) }
            if longNames[letters] == nil, Acronym.spells(letters, c.tokens.map(\.text)) || afterHead.count >= 2 && Acronym.spells(letters, Array(afterHead)) {
                longNames[letters] = (c.canonical, c.type)
            }
        }
        // Surnames of people with full names here, where each is named: a bare surname is the
        // person of that name named last before it, a few paragraphs back (Laci and Scott Peterson are
        // two people); further on, the one the story has named in full most often, its subject,
        // of equals the first (`Hillary Clinton`, whose story mentions `former President Bill
        // Clinton` once in passing).
        var namedAt: [String: [(start: Int, full: String)]] = [:]
        for c in cands where c.type == .person && c.tokens.count >= 2 {
            namedAt[PersonName.fold(c.tokens.last!.text), default: []].append((c.tokens[0].start, c.canonical))
            // (and under the surname's nominative: `Песков` after `Дмитрия Пескова`)
            if let surname = c.canonical.split(separator: " ").last, surname != c.tokens.last!.text[...] {
                namedAt[PersonName.fold(String(surname)), default: []].append((c.tokens[0].start, c.canonical))
            }
        }
        func paragraph(at offset: Int) -> Int { sentences[sentences.index(holding: offset)].paragraph }
        func fullName(_ surname: String, at offset: Int) -> String? {
            guard let list = namedAt[PersonName.fold(surname)] ?? CyrillicNames.surnameStems(surname).lazy.compactMap({ namedAt[PersonName.fold($0)] }).first
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
        for c in cands where c.type == .org && c.tokens.count >= 2 {
            var name = c.tokens
            if MentionFinder.legalSuffixes.contains(name.last!.lower.trimmingCharacters(in: ["."])) {
                name.removeLast()
                withoutSuffix[surface(name).folded, default: []].insert(c.canonical)
            }
            // (and without its line of business: `Halvorsen` after `Halvorsen Foods Inc.`, `Ford`
            // after `Ford Motor Co.`; not `American` after `American Airlines`, a people's name)
            if name.count >= 2, MentionFinder.businessHeads.contains(name.last!.lower) {
                let bare = surface(Array(name.dropLast()))
                if Gazetteer.byForm[bare.folded] == nil, Gazetteer.demonyms[bare.folded] == nil, place(bare) == nil, !FirstNames.isFirstName(name[0].text),
                   !MentionFinder.compassWords.contains(name[0].lower), !MentionFinder.regionWords.contains(name[0].lower),
                   !lowercaseWords.contains(MentionFinder.wordHash(bare.lowercasedFast)) {
                    withoutSuffix[bare.folded, default: []].insert(c.canonical)
                }
            }
        }
        for c in cands where c.tokens.count >= 2 {
            // (`Sir Magdi Yacoub`, `Dame Sarah Gilbert`: a knight or a dame is named again by the
            // title and the first name, `Sir Magdi`, whatever the lists of first names hold)
            if c.type == .person, FirstNames.isFirstName(c.tokens[0].text) || knightly(before: c.tokens[0].start) {
                byFirst[c.tokens[0].text.folded, default: []].insert(c.canonical)
            }
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
                // (nor a state: `Virginia` is not the surname of an `Old Virginia` a heading made a person)
                if let full = fullName(t.text, at: t.start), Gazetteer.byForm[t.text.folded] == nil, !Places.usStates.contains(t.text.folded),
                   c.type != .org || !t.isAllCaps {
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
