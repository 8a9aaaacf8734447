/// The cue beside a quote and the speaker it names: `," Rogozin said`, `Rogozin said: "…"`,
/// appositives, descriptions and participles.
extension QuoteFinder {
    /// `," Rogozin said` · `," said one alliance source, who …` · `," according to Kozyrev.` · `," he said`.
    func cueAfter(_ after: [WordToken]) -> (SpeakerInfo, String)? {
        // `"…" ― Carlos Raúl`: a name after a dash, alone at the end of the quote's line.
        if let dash = after.first, QuoteFinder.signatureDashes.contains(dash.text), after.count >= 2, after.count <= 6,
           after.dropFirst().allSatisfy({ $0.kind == .word && ($0.isCapitalized || NameLexicon.nameConnectors.contains($0.lower)) || $0.text == "." }),
           let info = parser.parse(Array(after.dropFirst()), text: s, antecedent: antecedent(at: after[1].start)), info.name != nil {
            return (info, "—")
        }
        var toks = QuoteFinder.withoutTags(after)[...]
        while let f = toks.first, f.kind == .punct, [",", ".", "?", "!", "-", "—", "–", ":"].contains(f.text) { toks = toks.dropFirst() }
        if toks.first?.kind == .punct { return nil }
        // (a name, its appositive and the verb: `," Malkia Cyril, the executive director at the
        // Center of Media Justice, who also appears in the film, said.`)
        let words = Array(toks.prefix(QuoteFinder.appositiveReach + 8))
        guard !words.isEmpty else { return nil }
        // "according to X"
        if words.count >= 3, words[0].lower == "according", words[1].lower == "to" {
            let phrase = takePhrase(Array(words[2...]))
            if let info = parser.parse(phrase, text: s, antecedent: antecedent(at: phrase.first?.start ?? 0)) { return (info, "according to") }
            return nil
        }
        // `," as a Homeland Security memo put it.` · `," per the party's bylaws.`
        if words.count >= 3, words[0].lower == "as", let k = words.firstIndex(where: { $0.lower == "put" || $0.lower == "puts" }),
           k >= 2, k + 1 < words.count, words[k + 1].lower == "it" {
            let who = Array(words[1..<k])
            if let info = parser.parse(who, text: s, antecedent: antecedent(at: who[0].start)) ?? description(who) { return (info, "put it") }
        }
        if words.count >= 2, words[0].lower == "per" {
            let phrase = takePhrase(Array(words.dropFirst()))
            if !phrase.isEmpty, let info = parser.parse(phrase, text: s, antecedent: antecedent(at: phrase[0].start)) ?? description(phrase) { return (info, "per") }
        }
        // "said X"
        if NameLexicon.speechVerbs.contains(words[0].lower) {
            let phrase = takePhrase(Array(words.dropFirst()))
            guard var info = parser.parse(phrase, text: s, antecedent: antecedent(at: phrase.first?.start ?? 0)) ?? description(phrase) else { return nil }
            let after = words.dropFirst(1 + phrase.count)
            // `said the port's director, Ana Ruiz.`: a role, then the person it is after the comma.
            if !info.person, let named = appositiveName(after), let a = phrase.first, let b = phrase.last {
                var person = named
                let role = text(a.start, b.end)
                person.role = QuoteFinder.withoutArticle(role)
                return (person, words[0].lower)
            }
            // `said Maria Lopez, the UN mediator.`: the appositive is the role.
            if info.role == nil, !info.anonymous, info.name != nil, after.first?.text == "," {
                let appositive = after.dropFirst().prefix { !($0.kind == .punct && [",", ".", ";", "?", "!"].contains($0.text)) }
                if let a = appositive.first, let b = appositive.last, appositive.count <= 12,
                   ["the", "a", "an"].contains(a.lower) || NameLexicon.titleWords.contains(a.lower) || a.text.hasSuffix("'s") {
                    let role = text(a.start, b.end)
                    info.role = QuoteFinder.withoutThe(role)
                }
            }
            return (info, words[0].lower)
        }
        // `», a déclaré M. Bézier`, `“, sagte Müller`, `», — заявил Песков`: the other languages'
        // verb, then the speaker.
        let verbAt = words.count >= 3 && NameLexicon.auxiliariesAbroad.contains(words[0].lower) ? 1 : 0
        if NameLexicon.speechVerbsAbroad.contains(words[verbAt].lower) {
            guard let info = speakerAbroad(Array(words.dropFirst(verbAt + 1))) else { return nil }
            return (info, words[verbAt].lower)
        }
        if abroad, let inverted = invertedCue(words) { return inverted }
        // `„…“, so Nagel.`: German's `so` before the speaker.
        if abroad, words.count >= 2, words[0].lower == "so", words[1].isCapitalized, let info = speakerAbroad(Array(words.dropFirst())) {
            return (info, "so")
        }
        // "X said", "X, the ambassador, said", "he also said"
        // (Capitalised inside the sentence, `States` is part of a name, `the United States`.)
        for (k, w) in words.enumerated() where k > 0 && w.kind == .word && (!w.isCapitalized || w.isAllCaps) && NameLexicon.speechVerbs.contains(w.lower) {
            // A verb in the next sentence reports the next sentence (`"…": the United States,
            // the EU and Russia. He said …`).
            if sentenceIndex(at: w.start) != sentenceIndex(at: words[0].start) { return nil }
            // Nor does one after a conjunction that opens a clause with its own report: in `Warren
            // called the bill "a long overdue step," while Scott said it would …` Scott's verb is
            // not Warren's quote's (but in `"…" while they were in power, Azzouz said.` it is).
            if QuoteFinder.clauseOpeningConjunctions.contains(words[0].lower),
               toks.drop(while: { $0.start <= w.start }).prefix(while: { sentenceIndex(at: $0.start) == sentenceIndex(at: w.start) }).contains(where: { $0.kind == .word }) {
                return nil
            }
            var subject = Array(words[..<k])
            while let l = subject.last, ["also", "later", "again", "then", "has", "had", "have", "once", "told"].contains(l.lower) { subject.removeLast() }
            // A full stop before the verb ends the quote's sentence, unless it stands in an appositive
            // (`Mitch McConnell, R-Ky., said`).
            let beforeAppositive = subject.firstIndex { $0.text == "," }.map { subject[..<$0] } ?? subject[...]
            if beforeAppositive.contains(where: { $0.text == "." }) || subject.contains(where: { $0.text == "\"" || $0.text == "“" }) { return nil }
            var role: String?
            var appositiveWords: [WordToken] = []
            if let comma = subject.firstIndex(where: { $0.text == "," }) {
                let appositive = subject[(comma + 1)...].filter { $0.text != "," }
                appositiveWords = appositive
                if let a = appositive.first, let b = appositive.last { role = text(a.start, b.end) }
                subject = Array(subject[..<comma])
            }
            // `"…" for criminal behavior, she said.`: the words after the quote finish its clause
            // and the speaker follows the comma.
            if role != nil, parser.parse(subject, text: s, antecedent: antecedent(at: subject[0].start)) == nil, description(subject) == nil,
               let comma = words[..<k].lastIndex(where: { $0.text == "," }), comma + 1 < k {
                let tail = Array(words[(comma + 1)..<k])
                if tail.count <= 4, let info = parser.parse(tail, text: s, antecedent: antecedent(at: tail[0].start)) { return (info, w.lower) }
            }
            guard !subject.isEmpty, var info = parser.parse(subject, text: s, antecedent: antecedent(at: subject[0].start)) ?? description(subject) else { return nil }
            if let person = personNamed(in: appositiveWords, describedBy: subject, speaker: info) { return (person, w.lower) }
            if info.role == nil, let role, !info.anonymous { info.role = QuoteFinder.withoutThe(role) }
            return (info, w.lower)
        }
        return nil
    }

    /// Conjunctions after a quote that open another clause, with a subject and verb of its own.
    static let clauseOpeningConjunctions: WordSet = ["while", "whereas", "but", "although", "though"]

    /// Words before a name that then speaks in a participle: `footage of`, `video of`, `heard`.
    static let showingWords: WordSet = ["of", "shows", "showed", "showing", "heard", "hear", "quoted", "quotes"]

    /// The name standing right before a participle (`footage of Trump saying`), when a word that
    /// shows or quotes someone comes before it.
    func nameBefore(participleAt k: Int, in words: [WordToken]) -> SpeakerInfo? {
        var a = k - 1
        while a > 0, words[a - 1].kind == .word, words[a - 1].isCapitalized || words[a - 1].text == "." { a -= 1 }
        guard a > 0, k - a <= QuoteFinder.longestNameRun, QuoteFinder.showingWords.contains(words[a - 1].lower) else { return nil }
        guard let info = parser.parse(Array(words[a..<k]), text: s, antecedent: antecedent(at: words[a].start)), info.name != nil, info.person else { return nil }
        return info
    }

    /// `Rogozin said: "…"` · `Another said, "…"` · `Kozyrev says … "will make …"` ·
    /// `The businessman says of Clinton, "…"` · `Fallon, the campaign's press secretary, said "…"` ·
    /// `Clinton mocked the complaint, saying "…"`. The nearest reporting verb before the quote in
    /// its sentence, and the subject of that verb.
    /// `fragment`: the quote is a fragment of the reporting sentence (a partial quote), not a
    /// direct quote read with a partial quote's reach.
    func cueBefore(_ before: [WordToken], partial: Bool, fragment: Bool = false) -> (SpeakerInfo, String)? {
        let words = QuoteFinder.withoutTags(before).filter { !($0.kind == .punct && ["\"", "“", "”", "‘", "’", "«", "»", "„", "‹", "›"].contains($0.text)) }
        guard !words.isEmpty else { return nil }
        // `According to Limbaugh, "…"`; `According to the man, the steroids "had a transformative
        // effect"` (a partial quote later in the clause the phrase opens).
        // (Not when a verb of speech after the phrase gives the quote a nearer speaker: `According
        // to documents, a week later, Swords wrote in an email … "…"`.)
        if words.count >= 4, words[0].lower == "according", words[1].lower == "to",
           let comma = words.last?.text == "," ? words.count - 1
               : partial && fragment ? words.firstIndex(where: { $0.text == "," }).flatMap({ c in
                   words[(c + 1)...].contains(where: { $0.kind == .word && NameLexicon.speechVerbs.contains($0.lower) }) ? nil : c }) : nil,
           comma >= 3 {
            let phrase = takePhrase(Array(words[2..<comma]))
            if !phrase.isEmpty, let info = parser.parse(phrase, text: s, antecedent: antecedent(at: phrase[0].start)) ?? description(phrase) {
                return (info, "according to")
            }
        }
        // `Selon Jérôme Bézier, « … »`, `Laut Müller, „…“`
        if words.count >= 3, NameLexicon.accordingToAbroad.contains(words[0].lower), words.last?.text == "," {
            let phrase = takePhrase(Array(words[1..<(words.count - 1)]))
            if !phrase.isEmpty, let info = parser.parse(phrase, text: s, antecedent: antecedent(at: phrase[0].start)), info.name != nil {
                return (info, words[0].lower)
            }
        }
        // A direct quote's verb stands close to it (`says of Clinton, "…"`); a partial quote may
        // sit anywhere in the reporting sentence, and may follow a verb that characterises
        // (`Cruz called Trump a "pathological liar"`).
        let reach = partial ? words.count : QuoteFinder.cueReach
        for k in words.indices.reversed().prefix(reach) where words[k].kind == .word {
            let verb = words[k].lower
            let participle = QuoteFinder.speechParticiples.contains(verb)
            guard participle || NameLexicon.speechVerbs.contains(verb) || partial && QuoteFinder.characterizingVerbs.contains(verb) else { continue }
            if QuoteFinder.isNoVerb(words, at: k) { continue }
            // Nothing between the verb and the quote may end a clause of its own.
            if words[(k + 1)...].contains(where: { $0.kind == .punct && [".", "?", "!", ";"].contains($0.text) }) { break }
            if participle {
                // `footage of Trump saying "…"`: the name right before the participle speaks.
                if k >= 2, words[k - 1].kind == .word, words[k - 1].isCapitalized, let info = nameBefore(participleAt: k, in: words) { return (info, verb) }
                // `X did something, saying "…"`: the speaker is the sentence's subject (not an
                // opening participle's phrase: `Following a meeting, the Council issued …`).
                let clause = Array(words[..<k])
                for end in clause.indices where end > 0 && clause[end].kind == .word
                    && (QuoteFinder.clauseVerbs.contains(clause[end].lower) || NameLexicon.speechVerbs.contains(clause[end].lower)) {
                    guard let info = subject(Array(clause[..<end])) else { break }
                    let opener = clause[0]
                    if info.span?.start == opener.start, opener.isCapitalized, opener.lower.hasSuffix("ing"), !FirstNames.isFirstName(opener.text),
                       parser.fullNames[opener.text.folded] == nil { continue }
                    return (info, verb)
                }
                // `Dean, a former party chairman, poked at the debate, tweeting, "…"`: the name
                // opening the sentence, before its appositive.
                if let comma = clause.firstIndex(where: { $0.text == "," }), (1...4).contains(comma),
                   clause[..<comma].allSatisfy({ $0.kind == .word && $0.isCapitalized }), !NameLexicon.sentenceOpeners.contains(clause[0].lower),
                   let info = parser.parse(Array(clause[..<comma]), text: s, antecedent: antecedent(at: clause[0].start)), info.name != nil, !info.anonymous {
                    return (info, verb)
                }
                continue
            }
            // `Said Ellis: "…"`: the verb first, the speaker after it.
            if k + 1 < words.count, let info = parser.parse(takePhrase(Array(words[(k + 1)...])), text: s, antecedent: antecedent(at: words[k + 1].start)),
               info.name != nil, k == 0 || words[k - 1].kind == .punct && words[k - 1].text != "," {   // not `X, the minister, said …`
                return (info, verb)
            }
            if fragment, let info = coordinatedSubject(words, verbAt: k) { return (info, verb) }
            guard k > 0, let info = subject(Array(words[..<k])) else {
                if !partial { return nil }
                continue
            }
            return (info, verb)
        }
        return nil
    }

    /// `The union condemned the plan and urged councils to make sure …`: a verb at `k` joined by
    /// `and` shares the subject of the clause's first verb (`words` from the sentence's start).
    /// So is a report in a participle after a comma (`Trump is defending his tweets, saying it
    /// shows …`), with `joiner` ",".
    func coordinatedSubject(_ words: [WordToken], verbAt k: Int, joiner: String = "and") -> SpeakerInfo? {
        guard k >= 3, words[k - 1].lower == joiner, !QuoteFinder.subordinators.contains(words[0].lower),
              !QuoteFinder.frontedPrepositions.contains(words[0].lower), subject(Array(words[..<k])) == nil,
              let first = words[1..<(k - 1)].firstIndex(where: { w in w.kind == .word && !w.isCapitalized
                  && (w.lower.hasSuffix("ed") || QuoteFinder.clauseVerbs.contains(w.lower) || NameLexicon.speechVerbs.contains(w.lower)) }),
              first <= QuoteFinder.coordinatedSubjectMaxWords,
              !words[..<first].contains(where: { $0.kind == .punct && $0.text != "'s" && $0.text != "’s" && $0.text != "." }) else { return nil }
        // A passive first verb (`was interrogated and told he had two choices`, `have been given
        // lotion and warned not to …`): its subject is told, not telling.
        let group = words[first..<min(k - 1, first + 3)].map(\.lower)
        if group.contains("been") || group.contains("being")
            || QuoteFinder.beForms.contains(words[first].lower) && group.count > 1 && (group[1].hasSuffix("ed") || group[1].hasSuffix("en")) { return nil }
        // (an adverb between the subject and its verb: `The doctor subsequently prescribed`)
        var subjectWords = QuoteFinder.withoutTrailingTime(Array(words[..<first]))
        while subjectWords.count > 1, let last = subjectWords.last, last.kind == .word, !last.isCapitalized,
              last.lower.count > QuoteFinder.adverbMinLength, last.lower.hasSuffix("ly") { subjectWords.removeLast() }
        return subject(subjectWords)
    }
    static let beForms: WordSet = ["is", "was", "are", "were", "be"]
    /// Adverbs between a subject and its verb (`Clinton now says`, `Afrihost still said`).
    static let stillWords: WordSet = ["now", "still", "already", "currently", "initially", "originally"]
    /// Auxiliaries between a subject and its verb (`some politicians have already said`).
    static let auxiliaryWords: WordSet = ["has", "have", "had"]
    /// Days a subject may be followed by (`The White House yesterday disclosed`).
    static let dayWords: WordSet = ["today", "yesterday", "tonight"]
    /// Periods after `this` or `last` (`Trump this week said`).
    static let periodWords: WordSet = ["week", "month", "year", "weekend"]

    /// The first verb of a sentence whose later verb `and` joins stands this near its start, after
    /// a plain subject (no fronted phrase: `At that hearing, he chatted … and said` is left alone).
    static let coordinatedSubjectMaxWords = 8

    /// A subject without the time set after it (`The union on Monday`, `Human Rights Watch this
    /// month`).
    static func withoutTrailingTime(_ words: [WordToken]) -> [WordToken] {
        var w = words
        // (not a name's last word: `Christianity Today`)
        while w.count > 1, let last = w.last, trailingTimeWords.contains(last.lower) && !last.isCapitalized || NameLexicon.weekdays.contains(last.lower) { w.removeLast() }
        while w.count > 1, let last = w.last, ["on", "this", "last", "earlier", "late", "early"].contains(last.lower) { w.removeLast() }
        return w
    }
    static let trailingTimeWords: WordSet = ["today", "yesterday", "month", "week", "year", "morning", "afternoon", "evening", "night", "weekend"]

    /// Longer lower-case words in -ly before a verb are its adverbs (`sharply`, not `rely`).
    static let adverbMinLength = 4
    /// A headline's words of at least this many letters are capitalised (`Obama Says Museum Will
    /// Tell`; not its `of`).
    static let titleCaseWordLength = 4

    /// A paragraph that ends by introducing the next one's quote: `The New York Times reports:`,
    /// `He said:`; nil otherwise (also when the colon closes a quote of its own paragraph).
    func introduction(_ para: ScalarSpan, afterQuotes: Int?) -> (SpeakerInfo, String)? {
        var end = para.end
        while end > para.start, s[end - 1].isSpaceLike { end -= 1 }
        guard end > para.start, s[end - 1] == ":" else { return nil }
        let from = max(sentences[sentenceIndex(at: end - 1)].span.start, afterQuotes ?? para.start)
        let toks = WordTokenizer.tokenize(s, from: from, to: end - 1)
        guard let k = toks.lastIndex(where: { $0.kind == .word && NameLexicon.speechVerbs.contains($0.lower) }), k > 0,
              toks.count - k <= QuoteFinder.cueReach, let info = subject(Array(toks[..<k])) else { return nil }
        return (info, toks[k].lower)
    }

    /// The longest parenthesis after a name that is a tag, not a clause: `(R-Fla.)`, `(D)`,
    /// `(Vt.)`, `(D-Newport News)`.
    static let maxTagTokens = 6

    /// Tokens with the short parentheses after capitalised words left out: `Rep. John Mica
    /// (R-Fla.) said` reads as `Rep. John Mica said`.
    static func withoutTags(_ toks: [WordToken]) -> [WordToken] {
        guard toks.contains(where: { $0.text == "(" }) else { return toks }
        var out: [WordToken] = []
        var k = 0
        while k < toks.count {
            if toks[k].text == "(", let prev = out.last, prev.kind == .word, prev.isCapitalized || prev.isAllCaps,
               let close = toks[(k + 1)...].prefix(maxTagTokens + 1).firstIndex(where: { $0.text == ")" }), close > k + 1,
               toks[(k + 1)..<close].allSatisfy({ $0.kind != .punct || [".", "-", ","].contains($0.text) }) {
                k = close + 1
                continue
            }
            out.append(toks[k])
            k += 1
        }
        return out
    }

    /// The longest appositive between a name and its verb (`Derek Mitchell, who served as U.S.
    /// ambassador to Burma from 2012 until earlier this year, said`).
    static let appositiveReach = 24

    /// How far back (in tokens) the reporting verb of a direct quote may stand.
    static let cueReach = 8
    /// A quote's words start this close to its paragraph's start when it opens the paragraph
    /// (after its mark: `"`, `“`, or TeX's two backquotes).
    static let openingMarkReach = 2

    /// Participles that report speech in a clause of their own (`…, saying "…"`).
    static let speechParticiples: WordSet = [
        "saying", "adding", "telling", "asking", "writing", "noting", "arguing", "warning", "insisting", "explaining",
        "declaring", "claiming", "stating", "urging", "promising", "vowing", "tweeting", "quipping", "replying", "responding",
        "chanting", "singing", "shouting", "yelling",
    ]

    /// Verbs that put words on something (`called it a "disgrace"`, `described her as "…"`): the
    /// subject is the source of a partial quote after them.
    static let characterizingVerbs: WordSet = ["called", "calls", "described", "describes", "dubbed", "dubs", "labeled", "labelled", "branded"]

    /// Verbs that end a sentence's subject (`Clinton mocked …, saying`).
    static let clauseVerbs: WordSet = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "did", "does", "do", "mocked", "attacked",
        "criticized", "defended", "responded", "reacted", "dismissed", "rejected", "praised", "blasted", "slammed", "called",
        "took", "went", "made", "spoke", "appeared", "returned", "launched", "unleashed", "doubled", "pushed", "fired", "hit",
        "tweeted", "posted", "released", "issued", "offered", "repeated", "weighed", "joined", "echoed", "struck", "sought",
    ]

    /// The subject at the end of `clause` (the words before a reporting verb): `Rogozin`, `he`,
    /// `Fallon, the campaign's press secretary,` (the appositive is the role), `The Indiana
    /// governor`, `a narrator in the Clinton ad`.
    func subject(_ clause: [WordToken]) -> SpeakerInfo? {
        var toks = clause
        // (an adverb before the verb: `Costa, the chair, sharply told …`)
        if let l = toks.last, toks.count > 1, l.kind == .word, !l.isCapitalized, l.lower.count > QuoteFinder.adverbMinLength, l.lower.hasSuffix("ly"),
           toks[toks.count - 2].text == "," || toks[toks.count - 2].isCapitalized {
            toks.removeLast()
        }
        while let l = toks.last, ["also", "later", "again", "then", "has", "had", "have", "once", "does", "did", "not", "also", "even", "simply", "then",
                                   "repeatedly", "previously", "recently", "reportedly", "publicly", "privately", "would", "will", "could", "may", "might"].contains(l.lower) {
            toks.removeLast()
        }
        // (`Compaq … still plans`, `some politicians have already said`, `The U.S. Treasury
        // Department on Wednesday denied …`, `Trump this week said`: when, not who)
        while toks.count > 1, let l = toks.last, QuoteFinder.stillWords.contains(l.lower) || QuoteFinder.auxiliaryWords.contains(l.lower) { toks.removeLast() }
        if toks.count > 1, let l = toks.last, NameLexicon.weekdays.contains(l.lower) || QuoteFinder.dayWords.contains(l.lower) && !l.isCapitalized {
            toks.removeLast()
            if toks.last?.lower == "on" { toks.removeLast() }
        } else if toks.count > 3, QuoteFinder.periodWords.contains(toks[toks.count - 1].lower), ["this", "last"].contains(toks[toks.count - 2].lower) {
            toks.removeLast(2)
        }
        var role: String?
        var appositiveWords: [WordToken] = []
        if toks.last?.text == "," {
            // `NAME, APPOSITIVE,` before the verb
            toks.removeLast()
            guard let open = toks.lastIndex(where: { $0.text == "," }), open > 0, toks.count - open <= QuoteFinder.appositiveReach else { return nil }
            let appositive = toks[(open + 1)...]
            appositiveWords = Array(appositive)
            if let a = appositive.first, let b = appositive.last, !["who", "which", "whose"].contains(a.lower) {
                role = QuoteFinder.withoutThe(text(a.start, b.end))
            }
            toks = Array(toks[..<open])
            // `NAME, the foreign minister of France, a permanent member of the Council,`: an
            // appositive before the appositive; the role is the one next to the name.
            while let comma = toks.lastIndex(where: { $0.text == "," }), comma > 0, let a = toks[(comma + 1)...].first,
                  ["the", "a", "an"].contains(a.lower) || !a.isCapitalized && a.kind == .word && !["who", "which", "whose", "and", "but"].contains(a.lower),
                  toks[comma - 1].kind == .word && toks[comma - 1].isCapitalized || toks[comma - 1].text == ".",
                  toks.count - comma <= QuoteFinder.appositiveReach {
                let b = toks.last!
                role = QuoteFinder.withoutThe(text(a.start, b.end))
                toks = Array(toks[..<comma])
            }
        }
        // The subject starts after the last clause boundary (or a wire dateline's spaced hyphen:
        // `GENEVA (Reuters) - The World Health Organization warned …`).
        if let boundary = toks.indices.last(where: { i in
            let t = toks[i]
            return t.kind == .punct && ([",", ":", ";", "(", ")"].contains(t.text) || QuoteFinder.dashes.contains(t.text))
                || t.kind == .punct && t.text == "-" && i > 0 && toks[i - 1].end < t.start
                || QuoteFinder.subjectBoundaries.contains(t.lower) && !(t.lower == "and" && NameLexicon.andInsideBodyName(toks, at: i)) }) {
            toks = Array(toks[(boundary + 1)...])
        }
        // A time fronted without a comma (`On Monday the ministry said`) is not the speaker.
        if toks.count > 2, QuoteFinder.frontedPrepositions.contains(toks[0].lower), NameLexicon.weekdays.contains(toks[1].lower) || DateLexicon.months[toks[1].lower] != nil {
            var k = 2
            while k < toks.count, QuoteFinder.partsOfDay.contains(toks[k].lower) || toks[k].kind == .number { k += 1 }
            toks = Array(toks[k...])
        }
        // Any other phrase fronted without a comma (`In the late Sixties he`, `In a statement
        // issued today Sprint Nextel`): the subject is the pronoun or the name that ends it; a
        // phrase with neither is no subject (`For the man`, `to make people`).
        if toks.count > 2, QuoteFinder.frontedPrepositions.contains(toks[0].lower) {
            if let p = toks.lastIndex(where: { QuoteFinder.subjectPronouns.contains($0.lower) && !QuoteFinder.genericSubjects.contains($0.lower) }), p > 1 {
                toks = Array(toks[p...])
                if toks.count == 2, toks[1].lower.hasSuffix("ly") { toks.removeLast() }   // `it proudly`
            } else if let last = toks.last, last.kind == .word, last.isCapitalized {
                var j = toks.count - 1
                while j > 0, toks[j - 1].kind == .word && toks[j - 1].isCapitalized || toks[j - 1].text == "." { j -= 1 }
                guard j > 1, toks[j - 1].kind == .word, !SpeakerParser.prepositions.contains(toks[j - 1].lower),
                      !NameLexicon.nameConnectors.contains(toks[j - 1].lower) else { return nil }
                toks = Array(toks[j...])
            } else {
                return nil
            }
        }
        guard !toks.isEmpty, toks.count <= 8 else { return nil }
        // (`as is clearly shown in the documents now posted`: a clause's verb opens no subject)
        if !toks[0].isCapitalized, QuoteFinder.finiteVerbs.contains(toks[0].lower) { return nil }
        // `unless you believe that …`, `In the US you would know that …`: the reader, no source.
        if toks.count == 1, QuoteFinder.genericSubjects.contains(toks[0].lower) { return nil }
        // "His proposed treaty", "her plans": a possessive or an object is not who speaks.
        if toks.count == 1, ["his", "her", "him", "them", "their", "its", "my", "our", "your"].contains(toks[0].lower) { return nil }
        if toks.count == 1, ["another", "one"].contains(toks[0].lower), let prev = lastSpeaker, prev.anonymous {
            // `Another said: "…"` after an unnamed diplomat: another unnamed diplomat.
            var info = prev
            info.text = toks[0].text
            info.name = toks[0].lower == "another" ? "another " + (prev.name ?? "source").replacingOccurrences(of: "another ", with: "") : prev.name
            info.span = ScalarSpan(toks[0].start, toks[0].end)
            return info
        }
        // `Energy company says …`, `Water firm says …` (a headline's or a live blog entry's, its
        // article dropped): a capitalised word before a common noun qualifies the noun, the
        // speaker is what the noun describes (it was `Energy`, `Water`). Not a name the gazetteer
        // or the text knows before its noun (`Kremlin spokesman`), nor a source noun's phrase.
        if toks.count == 2, toks[0].kind == .word, toks[0].isCapitalized, !toks[0].isAllCaps, toks[1].kind == .word,
           QuoteFinder.describedBodies.contains(toks[1].text), !FirstNames.isFirstName(toks[0].text), Gazetteer.entry(toks[0].text) == nil,
           !NameLexicon.sentenceOpeners.contains(toks[0].lower), parser.fullName(of: toks[0].text) == nil {
            let described = text(toks[0].start, toks[1].end)
            return SpeakerInfo(name: described, text: described, role: nil, anonymous: false, attribution: .cue, span: ScalarSpan(toks[0].start, toks[1].end))
        }
        guard var info = parser.parse(toks, text: s, antecedent: antecedent(at: toks.first!.start)) ?? description(toks) ?? trailingName(toks) else { return nil }
        if let person = personNamed(in: appositiveWords, describedBy: toks, speaker: info) { return person }
        if info.role == nil, let role, !info.anonymous { info.role = role }
        return info
    }

    /// Nouns of a body or an outlet a capitalised word may qualify in a subject (`Water firm`,
    /// `Opposition group`, `Algerian radio`), in small letters.
    static let describedBodies: WordSet = [
        "company", "firm", "operator", "group", "giant", "maker", "provider", "agency", "authority", "council", "board", "union",
        "body", "regulator", "watchdog", "newspaper", "daily", "radio", "television", "media", "channel", "network", "campaign",
        "team", "club", "bank", "charity", "service", "department", "ministry", "office", "court", "committee", "party", "lender",
        "insurer", "airline", "carrier", "retailer", "supplier", "utility", "broadcaster", "publisher", "startup", "producer",
    ]
    /// Subjects that are nobody in particular.
    static let genericSubjects: WordSet = ["you", "there"]
    /// Words after which a subject starts: clause joins and subordinators (`which is why many
    /// people say`, `although few experts believe`).
    static let subjectBoundaries: WordSet = ["and", "but", "that", "because", "while", "as", "when", "so", "where", "if", "than",
                                             "though", "although", "since", "why", "whether", "unless", "once", "until", "whereas"]
    /// Words after a fronted day that are still the time (`On Monday night`, `In March 2024`).
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night"]
    /// Words opening a phrase fronted before a name that is no description of it (`In March,`).
    static let frontedPrepositions: WordSet = ["in", "on", "at", "for", "from", "with", "after", "before", "during", "since", "by", "to", "of", "under", "over", "across", "near"]
    static let copulas: WordSet = ["is", "are", "was", "were", "be", "been"]
    /// Words that open a sentence before its subject (`Then California's governor, …`).
    static let discourseOpeners: WordSet = ["then", "now", "meanwhile", "also", "still", "however", "yet", "but", "and", "so", "later", "earlier"]

    static let phraseStops: WordSet = ["who", "which", "in", "on", "at", "after", "before", "when", "during", "while", "as", "to", "from", "that", "with", "about", "yesterday", "today"]

    /// The speaker phrase after a cue verb: up to a comma, a full stop or a clause word.
    func takePhrase(_ words: [WordToken]) -> [WordToken] {
        var out: [WordToken] = []
        let stops = QuoteFinder.phraseStops
        for w in words {
            if w.kind == .punct && w.text != "'s" && w.text != "&" { break }
            if w.kind == .word && stops.contains(w.lower) && !out.isEmpty { break }
            if w.kind == .word, NameLexicon.weekdays.contains(w.lower) { break }
            out.append(w)
        }
        return out
    }
}
