/// What a capitalised run names, from the evidence it carries: a first name or a title for a
/// person, a head word for a body, a law or an event, the gazetteer and the place lists for
/// places, and the document's other capitals for the rest.
extension MentionFinder {
    func classify(_ run: [WordToken], sentence: Int, sentenceInitial: Bool, known: Set<String>, sports: Bool = false) -> [Candidate] {
        let text = surface(run)
        if run.count == 1, MentionFinder.calendarWords.contains(run[0].lower) || MentionCalendar.tableWords.contains(run[0].lower)
            || language.map(MentionFinder.capitalizedCalendarLanguages.contains) == true && MentionFinder.calendarWordsAbroad.contains(run[0].lower)
            || MentionFinder.isContraction(run[0].text) || MentionFinder.notNames.contains(run[0].lower) || MentionFinder.functionWords.contains(run[0].lower) && (!run[0].isAllCaps || run[0].text.count != 2)   // (`US`, `IT`, `IS` are names; `THEY` is shouting)
            || run[0].isAllCaps && (MentionFinder.commonAcronyms.contains(run[0].lower) || isShouted(run[0]))
            || run[0].isAllCaps && MentionFinder.shoutedWords.contains(run[0].lower)
            || run.count == 1 && MentionFinder.legalSuffixes.contains(run[0].lower) && !run[0].isAllCaps { return [] }   // (`, Inc.` alone; `AG`, `SA` may be names)
        if let g = Gazetteer.entry(text) {
            return [Candidate(tokens: run, sentence: sentence, type: g.type, canonical: g.name, role: false)]
        }
        // (`dedicate to God`, `the messenger of Allah`: a person, as annotated news has it, not the
        // towns somewhere that bear the word)
        if run.count == 1, MentionFinder.deities.contains(run[0].lower), !run[0].isAllCaps {
            return [Candidate(tokens: run, sentence: sentence, type: .person, canonical: text, role: false)]
        }
        if run.count == 1, let _ = Gazetteer.demonyms[text.folded] {
            // (`African-American` and `African American` are one people)
            let spaced = text.utf8.contains(UInt8(ascii: "-")) ? text.replacingOccurrences(of: "-", with: " ") : text
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
        // (Not when it opens a body's name before a title: `European Central Bank President …`.)
        if run.count >= 3, Gazetteer.demonyms[run[0].text.folded] != nil, NameEvidence.person(Array(run.dropFirst())) != nil,
           roleBody(run, sentence: sentence) == nil {
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
        // `Defense Ministry`, `Interior Department`, `Foreign Office`: a role's word before a
        // body's head names the body, not a role and a body called `Ministry`.
        if name.count == 1, !role.isEmpty, MentionFinder.orgHeads.contains(name[0].lower), !role.contains(where: { $0.isAllCaps }) {
            name = role.drop { Gazetteer.demonyms[$0.text.folded] != nil } + name
            role = Array(role.prefix { Gazetteer.demonyms[$0.text.folded] != nil })
        }
        // "Quarterback Peyton Manning", "Coroner Gary Hargrove": words before a first name that
        // are not names themselves describe the person.
        if name.count >= 3, !FirstNames.isFirstName(name[0].text), !startsWithPlace(name),   // not "San Diego Chargers"
           let k = name.indices.dropFirst().first(where: { FirstNames.isFirstName(name[$0].text) && $0 + 1 < name.count }),
           NameEvidence.person(Array(name[k...])) != nil {
            role += name[..<k]
            name = Array(name[k...])
        }
        var out: [Candidate] = []
        // `Federal Reserve Chair Jerome Powell`, `European Central Bank President Christine
        // Lagarde`: the body a title opens with is a mention of its own (it was one of a people,
        // `European`, or none).
        if let body = roleBody(role, sentence: sentence), let at = role.firstIndex(where: { $0.start == body.tokens[0].start }) {
            out.append(body)
            role.removeSubrange(at..<at + body.tokens.count)
        }
        for t in role where t.kind == .word {
            if let g = Gazetteer.entry(t.text) {
                out.append(Candidate(tokens: [t], sentence: sentence, type: g.type, canonical: g.name, role: true))
            } else if let _ = Gazetteer.demonyms[t.text.folded] {
                out.append(Candidate(tokens: [t], sentence: sentence, type: .norp, canonical: t.text, role: true))
            } else if t.isAllCaps, t.text.count >= 2, !MentionFinder.commonAcronyms.contains(t.lower) {
                out.append(Candidate(tokens: [t], sentence: sentence, type: .org, canonical: t.text, role: true))
            }
        }
        guard !name.isEmpty else { return out }
        // (`9 PM GMT`: a title's abbreviation, then a zone's)
        if name.count == 1, name[0].isAllCaps, MentionFinder.commonAcronyms.contains(name[0].lower) { return out }
        let nameText = surface(name)
        if let g = Gazetteer.entry(nameText) {
            out.append(Candidate(tokens: name, sentence: sentence, type: g.type, canonical: g.name, role: false))
            return out
        }
        // `the Government said`, `the University`, `the Committee`: a body's common noun that a
        // house style capitalises names the one body of that kind the text names in full, or
        // none, and across documents it would make one entity of every government. It is left
        // for `bodiesByTheirNoun` to resolve. (Legislatures and newspapers are left: `Congress`, `the Post`.)
        if name.count == 1, role.isEmpty, !name[0].isAllCaps, MentionFinder.genericBodies.contains(name[0].lower) {
            out.append(Candidate(tokens: name, sentence: sentence, type: .org, canonical: MentionFinder.unresolvedBody, role: false))
            return out
        }
        // (`Santa Rosa`, `San Jose`, `Fort Hood`: a saint's or a fort's place, though `Santa` and
        // `Jose` are first names too)
        let firstName = FirstNames.isFirstName(name[0].text) && name.count >= 2 && !MentionFinder.placePrefixes.contains(name[0].lower)
        // (`Add fresh ginger`, `Split the dough`: a common word opening a sentence, written with a
        // capital nowhere else, is the word, though a town somewhere bears it.)
        let commonWord = name.count == 1 && sentenceInitial && !known.contains(name[0].text.folded) && MentionFinder.commonWordTowns.contains(name[0].lower)
        if !firstName, role.isEmpty, !commonWord, let place = place(nameText) {
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
        // `Election Day`, `Labor Day`, `New Year's Eve`, `St Patrick's Day`: a day of the calendar,
        // which the dates table holds (not `Doris Day`, whose first name says a person).
        if name.count >= 2, head == "day" || head == "eve",
           role.isEmpty && !FirstNames.isFirstName(name[0].text) || name.contains(where: \.isPossessiveS) { return out }
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
        // `Hurricane Katrina`, `Storm Isha`, `Tropical Storm Alberto`, `Typhoon Haiyan`: a storm's
        // name, no person's.
        else if name.count >= 2, MentionFinder.stormWords.contains(name[0].lower)
                    || name.count >= 3 && (name[0].lower == "tropical" || name[0].lower == "super") && MentionFinder.stormWords.contains(name[1].lower) { type = .event }
        // `Procter & Gamble`, `Marks & Spencer`: names joined by an ampersand are a firm's.
        else if name.count >= 3, name.contains(where: { $0.text == "&" }) { type = .org }
        // `Westbridge United`, `Ellis Park Rovers` in a sports report: a club (`Aston Villa`'s
        // last word is also a surname, `David Villa`; `X City` may be the town).
        else if name.count >= 2, MentionFinder.clubSuffixes.contains(head) || sports && MentionFinder.clubWords.contains(head) { type = .org }
        // `James Webb Space Telescope`: an instrument named after a person is no person.
        else if name.count >= 2, MentionFinder.instrumentHeads.contains(head) { type = .other }
        else if name.contains(where: { MentionFinder.orgHeads.contains($0.lower) }) { type = .org }
        // `Northwind Therapeutics, Inc.`, `Acme Holdings, LLC`: a company's legal form after a comma.
        else if role.isEmpty, legalFormFollows(name.last!.end) { type = .org }
        // `Kansai Electric Power`, `Dow Chemical`, `Lehman Brothers`: a line of business last (not
        // `Samantha Power`, whose first name says a person).
        else if name.count >= 2, MentionFinder.businessHeads.contains(head), !FirstNames.isFirstName(name[0].text), !name.allSatisfy(\.isAllCaps) { type = .org }
        // (`Mondelez International`, `Philip Morris International`: no person's last name)
        else if name.count >= 2, head == "international", role.isEmpty { type = .org }
        else if MentionFinder.placeHeads.contains(head) || MentionFinder.placeHeads.contains(name.first!.lower) { type = .loc }
        else if Gazetteer.demonyms[name.last!.text.folded] != nil, !FirstNames.isFirstName(name[0].text) { type = .norp }   // "Zealand-born Australian"
        else if name.allSatisfy(\.isAllCaps), isDateline(name) { type = .gpe }
        // `CHERYL: Let's begin …`: an interview's speaker, named by a first name in capitals before a colon.
        else if name.count == 1 && name[0].isAllCaps && name[0].end < s.count && s[name[0].end] == ":" && FirstNames.isFirstName(name[0].text.capitalized) { type = .person }
        else if name.count == 1 && name[0].isAllCaps && name[0].text.count <= 8 { type = .org }
        else if carriesPlace && role.isEmpty { type = .org }
        // `Google Play`, `Microsoft Windows`, `Apple Watch`: a company's name before a word is its
        // product, no person's name. (An acronym's, `U.N. Interim Force`, is one of its bodies.)
        else if name.count >= 2, role.isEmpty, !firstName, !name[0].isAllCaps, !name[0].text.contains("."),
                Gazetteer.entry(name[0].text)?.type == .org { type = .other }
        // (Two to four capitalised words are a person's name when one is a first name or the last
        // is no word the text uses in lower case: `Social Security`, `Weight Lifting Equipment
        // Guide`, `Customer Loyalty` are a program, a page's heading, a topic. After `the` they
        // stay candidates, which the article makes a body below: `the Air Force`.)
        else if !role.isEmpty || (2...4).contains(name.count) && name.allSatisfy({ !$0.isAllCaps || $0.text.hasSuffix(".") })
                    && (name.contains { FirstNames.isFirstName($0.text) } || !lowercaseWords.contains(MentionFinder.wordHash(name.last!.lower))
                        || followsDefiniteArticle(name[0].start)) { type = .person }
        else if name.count == 1 {
            // A lone capitalised word at the start of a sentence is only a name if it is also
            // capitalised elsewhere mid-sentence, or heads a row of results (`Sussex 253 and 107-3`).
            // (Not in the title or a headline, which drop their articles: `Paper says …`.)
            // (a Russian or Ukrainian name in another case, `Пескову задали вопрос`, by its nominatives)
            let seen = known.contains(name[0].text.folded)
                || language.map { MentionFinder.casedCyrillic.contains($0) } ?? false && CyrillicNames.surnameStems(name[0].text).contains { known.contains($0.folded) }
            if sentenceInitial && !seen && !scoreFollows(name[0])
                && (!actsAsName(name[0]) || sentence == 0 || isHeadline(sentence)) { return out }
            // A letter alone (`C`, `D.`, plan `B`) names nothing a table can hold. (A word the text
            // also writes in lower case still may: `Felt` beside `felt`, `Mozilla` beside mozilla.org.)
            // (`F-35`, `V8`, `U2` are more than a letter)
            if case let letter = name[0].text.unicodeScalars.filter({ $0 != "." }), letter.count == 1, letter[letter.startIndex].properties.isAlphabetic { return out }
            type = .other
        } else { type = .other }
        out.append(Candidate(tokens: name, sentence: sentence, type: type, canonical: nameText, role: false))
        return out
    }

    /// The body's name a role opens with, before its first title word: the longest opening the
    /// gazetteer knows (`White House` in `White House Press Secretary`), or two or more capitalised
    /// words ending in a body's head (`Halden Capital Chief Executive`, `Palestinian Authority
    /// President`; not `Iraqi Oil Minister`, whose last word is the minister's brief). A people's
    /// name before a body of two words is its own mention, as before `Defense Ministry`
    /// (`Chinese Foreign Ministry spokesman`): the caller keeps it in the role.
    func roleBody(_ role: [WordToken], sentence: Int) -> Candidate? {
        guard let title = role.firstIndex(where: { NameLexicon.titleWords.contains($0.lower) || NameLexicon.titlesWithoutDot.contains($0.lower) }),
              title >= 2 else { return nil }
        var words = Array(role[..<title])
        if words.count >= 3, Gazetteer.demonyms[words[0].text.folded] != nil, Gazetteer.entry(surface(words)) == nil { words.removeFirst() }
        guard words.allSatisfy({ $0.kind == .word && $0.isCapitalized }) else { return nil }
        for n in stride(from: words.count, through: 2, by: -1) {
            if let g = Gazetteer.entry(surface(Array(words[..<n]))) {
                return Candidate(tokens: Array(words[..<n]), sentence: sentence, type: g.type, canonical: g.name, role: true)
            }
        }
        guard words.count >= 2, MentionFinder.orgHeads.contains(words.last!.lower) else { return nil }
        return Candidate(tokens: words, sentence: sentence, type: .org, canonical: surface(words), role: true)
    }
}
