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
    /// The Romance `of` and the articles that may follow it inside a body's name (`Banco de la Nación`).
    static let romanceOf: WordSet = ["de", "di", "da"]
    static let romanceArticles: WordSet = ["la", "las", "los", "le", "les", "lo"]
    /// The elided `of (the)` of French and Italian glued to a name with a capital (`d'Italia`, `dell'Economia`, `de l'Intérieur` is two words).
    static let elidedOfs = ["d'", "d’", "dell'", "dell’", "degl'", "degl’"]
    static func elidedOf(_ word: String) -> Bool {
        guard let prefix = elidedOfs.first(where: { word.hasPrefix($0) }) else { return false }
        return word.dropFirst(prefix.count).first?.isUppercase == true
    }

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

    /// Words a Roman numeral follows as part of a name (`Part I`, `Title I`, `Phase I`).
    static let numberedHeads: WordSet = ["part", "phase", "chapter", "title", "act", "class", "type", "stage", "article", "section", "volume",
                                         "book", "division", "tier", "level", "grade", "schedule", "appendix", "annex", "king", "queen", "pope"]

    /// Words after `I` that make it the pronoun (`In London I was`, `Maybe I think`): first
    /// person's verbs and adverbs, which rarely follow a king's numeral (`King Baudouin I died`).
    static let afterPronounI: WordSet = [
        "am", "was", "have", "had", "think", "thought", "know", "knew", "will", "would", "can", "could", "should", "do", "did", "don't",
        "didn't", "can't", "won't", "feel", "felt", "want", "wanted", "need", "love", "hope", "just", "also", "never", "really", "guess",
        "believe", "mean", "see", "saw", "went", "got", "get", "go", "like", "must", "may", "might", "still", "always", "say", "said",
        "tell", "told", "wish", "found", "find", "remember", "realized", "realised", "decided", "tried", "agree", "suppose",
    ]

    /// Words that greet or call out to someone before their name.
    static let familyWords: WordSet = ["dad", "daddy", "mum", "mummy", "mom", "mommy", "mama", "mamma", "papa", "grandma", "grandpa",
                                       "granny", "grandad", "granddad", "nana", "auntie", "aunty", "sis", "bro"]
    static let greetings: WordSet = ["oh", "hi", "hey", "hello", "dear", "thanks", "goodbye", "bye", "congratulations", "congrats", "welcome"]

    /// Words that join a body's name within it (`Department of Health`, `Health and Human Services`).
    static let insideNameLinks: WordSet = ["of", "and", "for", "&"]

    func find() throws -> [Mention] {
        var candidates: [Candidate] = []
        var capitalizedMidSentence = Set<String>()
        var aloneMidSentence = Set<String>()
        var tokenized: [[WordToken]] = []
        for sentence in sentences {
            var toks = WordTokenizer.tokenize(s, from: sentence.span.start, to: sentence.span.end)
            for k in toks.indices where MentionFinder.hasPrefix(toks[k]) { toks[k] = MentionFinder.withoutPrefix(toks[k]) }
            tokenized.append(toks)
            for (k, t) in toks.enumerated() where k > 0 && t.kind == .word && t.isCapitalized && toks[k - 1].kind == .word {
                capitalizedMidSentence.insert(t.text.folded)
                // (alone, or last after other capitals: `Obama` of `Barack Obama`; not `Health` of
                // `Department of Health` nor of `Rural Health Clinic`)
                if toks[k - 1].isCapitalized || !MentionFinder.insideNameLinks.contains(toks[k - 1].lower),
                   k + 1 == toks.count || !(toks[k + 1].kind == .word && toks[k + 1].isCapitalized) { aloneMidSentence.insert(t.text.folded) }
                // (and a Russian or Ukrainian name in another case under its nominatives: `Пескова` makes
                // `Песков` opening a sentence a name)
                if let language, MentionFinder.casedCyrillic.contains(language) { for stem in CyrillicNames.surnameStems(t.text) { capitalizedMidSentence.insert(stem.folded) } }
            }
        }
        // A word the text writes in small letters is a name opening a sentence only when the text
        // also writes it alone with its capital (`Health care reform is …` beside `Department of
        // Health` and `family's health` is no name; `Bush said` beside `Bush` mid-sentence is).
        capitalizedMidSentence = capitalizedMidSentence.filter { aloneMidSentence.contains($0) || !lowercaseWords.contains(MentionFinder.wordHash($0)) }
        let sports = SportsContext.isSports(tokenized)
        let abroad = Metadata.isOtherThanEnglish(language)
        var headlines: [Int] = []
        for (si, toks) in tokenized.enumerated() {
            try TimeBudget.check(EntitiesStage.name)
            if SportsContext.isShouting(toks) || (SportsContext.isTitleCase(toks) || isShortTitleLine(toks) || capitalizesItsSmallWords(toks)) && isHeadline(si) {
                // A headline in capitals or in title case: case says nothing, only names the
                // gazetteers know or the rest of the text writes with capitals count.
                headlines.append(si)
                continue
            }
            // (`1. Log into your account`: the item's first word opens the sentence, as does the
            // word after a wire dateline: `LONDON (Reuters) - World stocks fell …`)
            let opening = max(WordToken.listMarkerLength(toks), WordToken.datelineLength(toks))
            var i = 0
            while i < toks.count {
                guard toks[i].kind == .word, toks[i].isCapitalized || toks[i].isAllCaps else { i += 1; continue }
                var j = i + 1
                // (`Bill O'Reilly of Fox News`: a first name is no law's head)
                var hasHead = MentionFinder.runHeads.contains(toks[i].lower)
                    && !(FirstNames.isFirstName(toks[i].text) && i + 1 < toks.count && toks[i + 1].kind == .word && toks[i + 1].isCapitalized)
                while j < toks.count {
                    let t = toks[j]
                    // (`In London I was too close`: the pronoun; `Elizabeth I`, `World War I`, `Part I` a numeral)
                    if t.text == "I", !FirstNames.isFirstName(toks[j - 1].text), !MentionFinder.eventHeads.contains(toks[j - 1].lower),
                       !MentionFinder.numberedHeads.contains(toks[j - 1].lower),
                       j + 1 < toks.count, MentionFinder.afterPronounI.contains(toks[j + 1].lower) || toks[j + 1].text == "'" || toks[j + 1].text == "’" { break }
                    if t.kind == .word, t.isCapitalized, !MentionFinder.calendarWords.contains(t.lower) {   // "Microsoft Wednesday" is two things
                        hasHead = hasHead || MentionFinder.runHeads.contains(t.lower); j += 1; continue
                    }
                    // (`St Bartholomew's Hospital`, `St Paul's Cathedral`, `People's Party`, `Children's
                    // Hospital`, `King's College`: a saint, a royal title or the people a body serves,
                    // with its possessive, opens the name of the body or the building)
                    if MentionFinder.isPossessiveMark(t, after: toks[j - 1]), MentionFinder.namesWithPossessive(toks[i..<j]),
                       MentionFinder.possessedNameHasHead(toks, from: j + 1) {
                        j += 1; continue
                    }
                    if t.kind == .word, t.lower == "to", j + 1 < toks.count, toks[j + 1].isCapitalized, NameLexicon.titleWords.contains(toks[j - 1].lower) {
                        j += 1; continue   // "Ambassador to NATO Dmitry Rogozin": the role runs on
                    }
                    // "Johnson Controls Inc and Lear Corp", "Daniels Pharmaceuticals Inc of St. Petersburg":
                    // a company's legal suffix ends its name.
                    // (but `Service Corp. International` goes on)
                    if MentionFinder.legalSuffixes.contains(toks[j - 1].lower), t.lower != "international" { break }
                    // (`the Republican Party and Clinton`, `the Urban Institute and Brookings Institution`:
                    // a body's name that has reached its first head ends before `and`; `Department of
                    // Health and Human Services`, `Center for Media and Public Affairs`, `Securities and
                    // Exchange Commission` run on: `Securities` is a head that goes inside names)
                    if t.lower == "and", j - 1 > i, MentionFinder.closingHeads.contains(toks[j - 1].lower),
                       !toks[i..<(j - 1)].contains(where: { MentionFinder.orgHeads.contains($0.lower) }) { break }
                    // (`Banca d'Italia`, `Ministero dell'Interno`: the elided `of the` glued to the name)
                    if hasHead, t.kind == .word, MentionFinder.elidedOf(t.text) {
                        j += 1; continue
                    }
                    // (`Banco de la Nación`, `Tribunal de las Aguas`: the Romance `de` and an article)
                    if hasHead, t.kind == .word, MentionFinder.romanceOf.contains(t.lower), j + 2 < toks.count, toks[j + 1].kind == .word,
                       MentionFinder.romanceArticles.contains(toks[j + 1].lower), toks[j + 2].kind == .word, toks[j + 2].isCapitalized {
                        j += 2; continue
                    }
                    // (`Procter & Gamble`, `Marks & Spencer`: an ampersand between names makes one firm's;
                    // `United Food and Commercial Workers union`: a name the noun after it says is a body's)
                    if t.text == "&" && NameLexicon.ampersandInsideFirmName(toks, from: i, at: j)
                        || t.kind == .word && t.lower == "and" && (NameLexicon.andInsideBodyName(toks, at: j) || NameLexicon.andBeforeBodyHead(toks, from: i, at: j)),
                       j + 1 < toks.count, toks[j + 1].kind == .word, toks[j + 1].isCapitalized {
                        j += 1; continue
                    }
                    // (a person's name ends before a body's: "Chris Ivory on Injured Reserve",
                    // "Professor Lars Eriksson of Stockholm University")
                    let person = !toks[i..<j].contains(where: { MentionFinder.orgHeads.contains($0.lower) })
                        && toks[i..<j].firstIndex(where: { !NameLexicon.titleWords.contains($0.lower) }).map { p in
                            (2...3).contains(j - p) && FirstNames.isFirstName(toks[p].text)
                        } ?? false
                    // (a body's name ends before the town it is in: "Halden Capital in New York",
                    // "a strategist at Bank of America in London")
                    // (but not a name the gazetteer knows with its place, `Organization for Security and
                    // Cooperation in Europe`, nor a body of some purpose in a country or a continent:
                    // `Board of Control for Cricket in India`)
                    if t.kind == .word, t.lower == "in", let placeEnd = placeFollows(toks, from: j + 1),
                       Gazetteer.entry(surface(Array(toks[i..<placeEnd]))) == nil,
                       !(toks[i..<j].contains { $0.lower == "for" || $0.lower == "of" }
                         && Gazetteer.entry(surface(Array(toks[(j + 1)..<placeEnd]))).map { $0.type == .gpe || $0.type == .loc } == true) { break }
                    if t.kind == .word, NameLexicon.nameConnectors.contains(t.lower), j + 1 < toks.count, toks[j + 1].kind == .word, toks[j + 1].isCapitalized,
                       hasHead && !(person && t.lower == "of") || (t.lower != "and" && t.lower != "&" && t.lower != "in" && t.lower != "the" && runHasHeadAhead(toks, from: j + 1)
                                   && !person) {
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
                // `Центрального банка`, `Министерство финансов`: a Russian or Ukrainian body's name
                // in small letters after its first word (MentionFinder+BodiesAbroad).
                var cyrillicBody = false
                if let language, MentionFinder.casedCyrillic.contains(language), let end = MentionFinder.cyrillicBody(toks, from: i, runEnd: j) {
                    j = end; cyrillicBody = true
                }
                // `Assemblée nationale`, `Chambre régionale des comptes`, `Corte costituzionale`: a
                // Romance body's name goes on with its adjectives in small letters (MentionFinder+BodiesAbroad).
                if !cyrillicBody, let language, MentionFinder.romanceLanguages.contains(language),
                   let end = MentionFinder.romanceBody(toks, runEnd: j) {
                    j = end
                }
                // `l'Union européenne`, `la Commission européenne`: a body the gazetteer knows by a
                // name whose last word these languages write in small letters.
                if abroad, j < toks.count, toks[j].kind == .word, !toks[j].isCapitalized, toks[j].start == toks[j - 1].end + 1,
                   Gazetteer.entry(surface(Array(toks[i...j]))) != nil {
                    j += 1
                }
                var run = Array(toks[i..<j])
                // (`L'Assemblée nationale`: the elided article is no part of the name)
                if let language, MentionFinder.romanceLanguages.contains(language), let f = run.first,
                   case let bare = MentionFinder.withoutElidedArticle(f.text, sentenceInitial: i == 0 || i == opening), bare != f.text,
                   bare.first?.isUppercase == true {
                    run[0] = WordToken(kind: .word, text: bare, start: f.end - bare.unicodeScalars.count, end: f.end)
                }
                // `Cold War-era arrangements`, `Soviet-style`, `U.S.-led`: the name before the
                // adjective's ending is the mention.
                if let l = run.last, l.text.utf8.contains(UInt8(ascii: "-")), let dash = l.text.lastIndex(of: "-"), dash != l.text.startIndex,
                   MentionFinder.adjectiveEndings.contains(String(l.text[l.text.index(after: dash)...])) {
                    let stem = String(l.text[..<dash])
                    run[run.count - 1] = WordToken(kind: .word, text: stem, start: l.start, end: l.start + stem.unicodeScalars.count)
                }
                let sentenceInitial = i == 0 || i == opening || toks[i - 1].kind == .punct && MentionFinder.openingMarks.contains(toks[i - 1].text)
                while let f = run.first, NameLexicon.sentenceOpeners.contains(f.lower) && (sentenceInitial || f.lower == "the" || f.lower == "mr" )
                        || sentenceInitial && abroad && NameLexicon.openersAbroad.contains(f.lower),
                      run.count < 2 || !startsWithPlace(run) {   // not "New York", "The Hague", "New Orleans Saints" (but `Most`, `She`: towns somewhere)
                    run.removeFirst()
                }
                // "July FOMC", "September Treasury": a month opening a run is the date before the name.
                if run.count >= 2, MentionFinder.calendarWords.contains(run[0].lower) { run.removeFirst() }
                // `14th Street`, `Fifth Avenue` is written with a capital; `42nd Street` is not: the
                // ordinal before a numbered street's kind is the street's name.
                if let f = run.first, MentionFinder.numberedStreetKinds.contains(f.lower), let at = toks.firstIndex(where: { $0.start == f.start }), at > 0,
                   toks[at - 1].text.utf8.count <= MentionFinder.longestStreetOrdinal, LooseDate.figureOrdinal(toks[at - 1].text) != nil,
                   toks[at - 1].end + 1 == f.start {
                    run.insert(toks[at - 1], at: 0)
                }
                // `Jun 03, 05`, `Tracked on Apr 2, 2007`, `15 Jun 2005`: a month's short form that is also
                // a name or a town (`Jun`, `Mar`) is the month beside a day or a year.
                if run.count == 1, MentionFinder.shortMonthsAlsoNames.contains(run[0].lower), let at = toks.firstIndex(where: { $0.start == run[0].start }),
                   MentionFinder.isShortMonthBesideADay(toks, at) {
                    i = max(j, i + 1); continue
                }
                // "Typically Microsoft …", "Following Obama's …": an adverb or a participle opening the
                // sentence, never written with a capital elsewhere, is not part of the name after it.
                if sentenceInitial, run.count >= 2, let f = run.first, f.lower.count > 4, f.lower.hasSuffix("ly") || f.lower.hasSuffix("ing"),
                   !capitalizedMidSentence.contains(f.text.folded), !FirstNames.isFirstName(f.text) {
                    run.removeFirst()
                }
                // "Oh Sandy", "Hi Girish", "Dear Ms. Smith": a greeting is no part of the name.
                if run.count >= 2, MentionFinder.greetings.contains(run[0].lower) { run.removeFirst() }
                // "You can't stay here alone, Dad", "Mum said": a family word alone is how someone
                // is addressed or spoken of, no name (`Dad` was a town).
                if run.count == 1, MentionFinder.familyWords.contains(run[0].lower) { i = max(j, i + 1); continue }
                // "Shares of Tesla Inc.", "Residents of Gaza": a plain noun opening the sentence,
                // never written with a capital elsewhere and heading no body, before `of` or `for`
                // and a name, is not part of it.
                if sentenceInitial, run.count >= 3, MentionFinder.nounLinks.contains(run[1].lower), let f = run.first,
                   !capitalizedMidSentence.contains(f.text.folded), !MentionFinder.runHeads.contains(f.lower), !FirstNames.isFirstName(f.text),
                   Gazetteer.byForm[f.text.folded] == nil, !NameLexicon.titleWords.contains(f.lower) {
                    run.removeFirst(2)
                }
                // `госсекретарём США Энтони Блинкеном`, `председателем КНР Си Цзиньпином`: Russian
                // and Ukrainian capitalise only a body's first word, so a place before two more
                // capitalised words is no part of them; the person after it is read on its own.
                if run.count >= 3, let language, MentionFinder.casedCyrillic.contains(language),
                   Gazetteer.entry(run[0].text) != nil, Gazetteer.entry(surface(Array(run.prefix(2)))) == nil,
                   let next = toks[i..<j].firstIndex(where: { $0.start == run[1].start }) {
                    run = [run[0]]
                    j = next
                }
                while let l = run.last, NameLexicon.nameConnectors.contains(l.lower) { run.removeLast() }
                if cyrillicBody {
                    // (a word before the body's first word, capitalised for opening the sentence or
                    // as a role, is no part of it: `Председатель Государственной думы`, `Эксперты Высшей школы`)
                    while run.count >= 2, !MentionFinder.isCyrillicAdjective(run[0].lower), !MentionFinder.isCyrillicBodyHead(run[0].lower) { run.removeFirst() }
                    if !run.isEmpty {
                        let nominative = MentionFinder.bodyNominative(run.map(\.text), ukrainian: language == MentionFinder.ukrainian)
                        candidates.append(Candidate(tokens: run, sentence: si, type: .org, canonical: nominative ?? surface(run), role: false))
                    }
                    i = max(j, i + 1)
                    continue
                }
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
                    if let last = run.last, let at = toks[i..<j].firstIndex(where: { $0.start == last.start }), at + 1 < toks.count,
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
                    // (A surname of a person the text named in full before is that person: `sagte Scholz`.)
                    if language == "de", run.count == 1, !run[0].isAllCaps {
                        let surname = run[0].text.folded
                        if candidates.contains(where: { $0.type == .person && $0.tokens.count >= 2 && $0.tokens[$0.tokens.count - 1].text.folded == surname }) {
                            for k in found.indices where found[k].type == .other && found[k].tokens.count == 1 { found[k].type = .person }
                        } else {
                            found.removeAll { $0.type == .other && $0.tokens.count == 1 }
                        }
                    }
                    // `die Lage in der Ukraine`: a noun that is also a town's name. German sets no
                    // article before a town (it does before some countries: `die Ukraine`, `der Iran`).
                    if language == "de", run.count == 1, let at = runAt, at > 0, MentionFinder.germanArticles.contains(toks[at - 1].lower),
                       !Gazetteer.countries.contains(run[0].text.folded), Gazetteer.byForm[run[0].text.folded] == nil {
                        found.removeAll { ($0.type == .gpe || $0.type == .loc) && $0.tokens.count == 1 }
                    }
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
        bodiesByTheirNoun(&candidates)
        placeUnknownNames(&candidates, tokenized)
        var known: [String: EntityType] = [:]
        for c in candidates {
            known[surface(c.tokens).folded] = known[surface(c.tokens).folded] ?? c.type
            if c.tokens.count >= 2, c.type == .person { known[c.tokens.last!.text.folded] = known[c.tokens.last!.text.folded] ?? .person }
        }
        for si in headlines { candidates.append(contentsOf: headlineNames(tokenized[si], sentence: si, sports: sports, known: known)) }
        return normalize(candidates.sorted { ($0.tokens[0].start, $0.tokens.count) < ($1.tokens[0].start, $1.tokens.count) })
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
        // (`R-S.C` before its sentence's full stop: the abbreviation's last dot is that stop)
        return Places.stateAbbreviations[bare] != nil || Places.stateAbbreviations[state] != nil || Places.stateAbbreviations[state + "."] != nil
            || Places.postalCodes[state] != nil
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

    /// Where the place's name ends when the capitalised words from `from` on are one (up to
    /// `longestOpenedName` words, the run ending with it); nil otherwise.
    private func placeFollows(_ toks: [WordToken], from: Int) -> Int? {
        var n = 0
        while from + n < toks.count, n < MentionFinder.longestOpenedName, toks[from + n].kind == .word, toks[from + n].isCapitalized { n += 1 }
        guard n > 0 else { return nil }
        for k in stride(from: n, through: 1, by: -1) where place(surface(Array(toks[from..<from + k]))) != nil {
            // (the place ends the run: "in New York City Ballet" names another body)
            return k == n ? from + n : nil
        }
        return nil
    }

    /// Words that, with a possessive, open a body's or a building's name: royal titles and the
    /// people or the cause a body serves (`Queen's University`, `Women's Institute`, `Veterans'
    /// Affairs`, `Alzheimer's Society`). A saint's name does too (`namesWithPossessive`).
    static let possessiveNameOpeners: WordSet = [
        "king", "queen", "prince", "princess", "people", "peoples", "children", "women", "men", "veterans", "workers", "farmers",
        "citizens", "soldiers", "sailors", "seamen", "teachers", "nurses", "writers", "artists", "consumers", "taxpayers", "pensioners",
        "mothers", "boys", "girls", "alzheimer", "parkinson",
    ]

    /// `'s`, or an apostrophe right after a plural (`Veterans'`).
    static func isPossessiveMark(_ t: WordToken, after word: WordToken) -> Bool {
        t.isPossessiveS || (t.text == "'" || t.text == "’") && word.end == t.start && word.lower.hasSuffix("s")
    }

    /// The run before a possessive is a saint's name (`St Mary`, `St. Martin`, `Saint Peter`) or
    /// one of `possessiveNameOpeners`.
    static func namesWithPossessive(_ run: ArraySlice<WordToken>) -> Bool {
        let run = run.first?.lower == "the" ? run.dropFirst() : run
        guard let first = run.first else { return false }
        if run.count == 1 { return possessiveNameOpeners.contains(first.lower) }
        return run.count == 2 && ["st", "st.", "saint", "ste", "ste."].contains(first.lower) && run.last!.kind == .word && run.last!.isCapitalized
    }

    /// The capitalised words after a possessive reach a body's or a place's head (`Hospital`,
    /// `Party`, `Cathedral`, `Republic of China`), or make a day of the calendar (`St Patrick's
    /// Day`, which the classifier then drops whole); not `Women's Health`.
    static func possessedNameHasHead(_ toks: [WordToken], from: Int) -> Bool {
        guard from < toks.count, toks[from].kind == .word, toks[from].isCapitalized else { return false }
        var k = from
        while k < toks.count, toks[k].kind == .word, toks[k].isCapitalized || k > from && NameLexicon.nameConnectors.contains(toks[k].lower) {
            if runHeads.contains(toks[k].lower) || NameHeads.place.contains(toks[k].lower) || toks[k].lower == "day" { return true }
            k += 1
        }
        return false
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
    func startsWithPlace(_ run: [WordToken]) -> Bool {
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
    /// Languages that write weekdays and months with a capital (`την Τρίτη`, `τον Μάρτιο`,
    /// `am Dienstag`): there one alone is a date, not a name.
    static let capitalizedCalendarLanguages: Set<String> = ["de", "el"]
    /// The kinds of street that cities number (`14th Street`, `5th Avenue`), written in full: a
    /// place's head, which types the mention.
    static let numberedStreetKinds = WordSet(NameHeads.street.filter { NameHeads.place.contains($0) })

    /// The longest ordinal a street is numbered with (`125th`).
    static let longestStreetOrdinal = 6

    /// Short forms of months that are also first names or towns, taken for the month only beside
    /// a day or a year (the others are `calendarWords`).
    static let shortMonthsAlsoNames: WordSet = ["mar", "apr", "jun", "jul"]
    /// The most digits a day of the month or a year takes.
    static let longestDayOrYear = 4

    /// Whether `toks[k]` is a short month that is also a name (`Jun`, `Mar`) beside a day or a year.
    static func isShortMonthBesideADay(_ toks: [WordToken], _ k: Int) -> Bool {
        shortMonthsAlsoNames.contains(toks[k].lower)
            && (isDayOrYear(toks, k + 1) || k + 2 < toks.count && toks[k + 1].text == "." && isDayOrYear(toks, k + 2) || isDayOrYear(toks, k - 1))
    }

    /// Whether `toks[k]` is a day of the month or a year (`03`, `2`, `2005`, `05`).
    static func isDayOrYear(_ toks: [WordToken], _ k: Int) -> Bool {
        guard k >= 0, k < toks.count, toks[k].kind == .number, toks[k].text.utf8.count <= longestDayOrYear, let n = Int(toks[k].text) else { return false }
        return (1...31).contains(n) || toks[k].text.utf8.count == 2 || (1000...2999).contains(n)
    }

    /// First words of place names that are no one's first name there.
    static let placePrefixes: WordSet = ["santa", "santo", "san", "são", "sao", "fort"]

    /// Names of God that gazetteers also list as towns (`God` in Hungary).
    static let deities: WordSet = ["god", "allah", "jesus", "yahweh", "jehovah"]
    static let calendarWordsAbroad: WordSet = CalendarWords.weekdaysAbroad.union(CalendarWords.monthsAbroad.keys)
    /// German's articles and the forms they take (`die Lage`, `der Lage`, `im`, `zur`).
    static let germanArticles: WordSet = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "im", "am", "zum", "zur", "vom", "beim"]
}

extension MentionFinder {
    /// Languages whose capitals do not make a person of words without a first name: German
    /// capitalises every noun, Russian and Ukrainian an organisation's first word.
    static let noPersonWithoutFirstName: Set<String> = ["de", "ru", "uk"]
    static let russian = "ru"
    static let ukrainian = "uk"
    /// Languages whose names take case endings this stage reads back (`CyrillicNames`).
    static let casedCyrillic: Set<String> = [russian, ukrainian]
}
