/// Reported speech in sentences without quote marks, and the source it gives a quote that follows.
extension QuoteFinder {
    /// Reported speech in a sentence without quote marks: each attribution of the sentence (a
    /// sentence may report two sources: "Video shows him …, but Shelby said he refused …").
    mutating func indirect(_ sIdx: Int) -> [Quote] {
        let toks = QuoteFinder.withoutTags(sentenceTokens[sIdx])
        guard toks.count >= 5, toks.last?.text != "?" else { return [] }
        var body = toks
        if let l = body.last, l.kind == .punct, [".", "!"].contains(l.text) { body.removeLast() }
        // "According to X, clause." / "Clause, according to X."
        if let a = body.firstIndex(where: { $0.lower == "according" }), a + 1 < body.count, body[a + 1].lower == "to" {
            if a == 0, let comma = body.firstIndex(where: { $0.text == "," }), comma > 2, comma + 4 < body.count {
                // (`According to the agency, which runs the telescope, clause`: what the source
                // said follows the relative clause about it.)
                var from = comma + 1
                if SpeakerParser.relativeWords.contains(body[from].lower) {
                    guard let close = body[from...].firstIndex(where: { $0.text == "," }), close + 4 < body.count else { return [] }
                    from = close + 1
                }
                if let info = parser.parse(Array(body[2..<comma]), text: s, antecedent: antecedent(at: body[2].start)) ?? description(Array(body[2..<comma])) {
                    return makeIndirect(sIdx, body[from].start, body.last!.end, info, cue: "according to").map { [$0] } ?? []
                }
            } else if a > 3, body[a - 1].text == "," {
                let phrase = takePhrase(Array(body[(a + 2)...]))
                if !phrase.isEmpty, let info = parser.parse(phrase, text: s, antecedent: antecedent(at: body[a].start)) ?? description(phrase) {
                    return makeIndirect(sIdx, body[WordToken.datelineLength(body)].start, body[a - 2].end, info, cue: "according to").map { [$0] } ?? []
                }
            }
        }
        if abroad, let q = indirectAbroad(sIdx, body) { return [q] }
        // "Clause, he writes, clause." / "The museum, Mr. Obama said, would …"
        for k in 1..<max(1, body.count - 3) where body[k].text == "," {
            guard let close = body[(k + 1)...].prefix(7).firstIndex(where: { $0.text == "," }), close > k + 2,
                  body[close - 1].kind == .word, QuoteFinder.reportingVerbs.contains(body[close - 1].lower), !QuoteFinder.isNoVerb(body, at: close - 1),
                  close + 3 < body.count else { continue }
            let who = Array(body[(k + 1)..<(close - 1)])
            guard let info = parser.parse(who, text: s, antecedent: antecedent(at: who[0].start)) ?? description(who) else { continue }
            guard let q = makeIndirect(sIdx, body[WordToken.datelineLength(body)].start, body.last!.end, info, cue: body[close - 1].lower) else { continue }
            return [q]
        }
        // "Clause, Rogozin said." / "Clause, said Brian Baker, a political adviser …" — the content first.
        for comma in body.indices where body[comma].text == "," && comma >= 4 {
            let tail = Array(body[(comma + 1)...])
            guard let k = tail.prefix(QuoteFinder.contentFirstSpeakerReach).firstIndex(where: {
                $0.kind == .word && QuoteFinder.reportingVerbs.contains($0.lower) && !QuoteFinder.progressiveReports.contains($0.lower)
            }), !QuoteFinder.isNoVerb(body, at: comma + 1 + k) else { continue }
            // (A long speaker is an unnamed source's description, `a person familiar with the
            // matter`, not a clause: `and the strike closed down late-night comedy shows`.)
            // (Nor is a relative clause, `…, who is expected to testify`: its subject stands before it.)
            if k > 0, ["who", "which", "that", "whose", "whom"].contains(tail[0].lower) { continue }
            // (Nor is a phrase that `with` opens: `…, with results expected by 2028`, `…, with a
            // decision expected next week` tell of the clause, no one reports it.)
            if k > 0, tail[0].lower == "with" || tail[0].lower == "without" { continue }
            if k > QuoteFinder.contentFirstNameReach, !["a", "an", "one", "two", "three", "several"].contains(tail[0].lower)
                || tail[..<k].contains(where: { QuoteFinder.finiteVerbs.contains($0.lower) || $0.lower.hasSuffix("ed") }) { continue }
            // Only verbs of speech stand before their speaker ("…, said Brian Baker"): in "The
            // report, released Tuesday, found that …" the clause follows the verb.
            if k == 0, !QuoteFinder.invertingVerbs.contains(tail[0].lower) || tail.dropFirst().first.map({ QuoteFinder.clauseOpeners.contains($0.lower) }) ?? true { continue }
            let who = k == 0 ? takePhrase(Array(tail.dropFirst())) : Array(tail[..<k])
            let rest = tail[(k + 1)...]
            // After "said X" only an appositive may run on ("said Brian Baker, a longtime adviser …"),
            // after "X said" only a few words (a time, a place): else the clause goes on after the verb.
            let afterWho = k == 0 ? tail.count - 1 - who.count : rest.count
            let next = k == 0 ? tail.dropFirst(1 + who.count).first : rest.first
            // (`…, it said in a statement late Tuesday.`: what runs on after `X said` may be an
            // adjunct, a phrase with no verb of its own.)
            let adjunct = k > 0 && rest.first.map { QuoteFinder.adjunctOpeners.contains($0.lower) } == true
                && !rest.contains { QuoteFinder.finiteVerbs.contains($0.lower) || $0.lower == "that" || $0.kind == .word && QuoteFinder.reportingVerbs.contains($0.lower) }
            // (`…, Ukrainian officials said Thursday, as talks stalled.`: a day, then a clause of its own)
            let dayThenClause = k > 0 && rest.count >= 2 && rest.first.map { NameLexicon.weekdays.contains($0.lower) || QuoteFinder.dayWords.contains($0.lower) } == true
                && rest.dropFirst().first?.text == ","
            guard !who.isEmpty, afterWho <= 4 || next?.text == "," || adjunct || dayThenClause else { continue }
            // A finite verb in what would be the speaker makes it the clause (`said the country
            // would open 200 centres`): the content follows the verb.
            if k == 0, who.contains(where: { QuoteFinder.finiteVerbs.contains($0.lower) }) { continue }
            // `Romania's health minister, Alexandru Rafila, said …`: a role and the person between
            // commas before the verb are its subject, and what follows the content.
            if k == 0, let open = body[..<comma].lastIndex(where: { $0.text == "," }), open > 0, comma - open - 1 <= QuoteFinder.longestNameRun,
               body[(open + 1)..<comma].allSatisfy({ $0.kind == .word && $0.isCapitalized || $0.text == "." }),
               body[(open + 1)..<comma].filter({ $0.kind == .word }).count >= 2,   // a first name and a surname, not `Springfield, Mo.,`
               NameEvidence.person(Array(body[(open + 1)..<comma])) != nil { continue }
            // `Megan Hester, senior associate at the institute, said parents …`: a name and its
            // appositive before the verb make it the subject, and what follows the content.
            if k == 0, let open = body[..<comma].lastIndex(where: { $0.text == "," }), open > 0,
               let a = body[(open + 1)..<comma].first, !a.isCapitalized || ["the", "a", "an"].contains(a.lower),
               !body[(open + 1)..<comma].contains(where: { QuoteFinder.notInDescription.contains($0.lower) }),
               let subj = subject(Array(body[...comma])), subj.person { continue }
            guard let info = k == 0 ? parser.parse(who, text: s, antecedent: antecedent(at: who[0].start)) ?? description(who) : subject(who) else { continue }
            return makeIndirect(sIdx, body[WordToken.datelineLength(body)].start, body[comma - 1].end, info, cue: tail[k].lower).map { [$0] } ?? []
        }
        // "Subject [aux] cue [object] [that] clause.", the cue anywhere a subject can stand before
        // it; the clause runs to the sentence's end or to ", but" / ";" where another may begin.
        var found: [Quote] = []
        var lastSource: SpeakerInfo?
        var k = 1
        while k < body.count - 3 {
            defer { k += 1 }
            // `…, saying it shows he would be awake`: a report in a participle after the main clause.
            // (A clause follows: `saying it was`, `adding that`, `saying the source was`; not
            // `adding support and value to …`.)
            // (After a report, the participle is that report's source's second: `X said …, adding that …`.)
            if found.isEmpty || lastSource != nil, body[k].kind == .word, QuoteFinder.continuedReports.contains(body[k].lower), body[k - 1].text == ",", k + 4 < body.count,
               body[k + 1].isCapitalized || QuoteFinder.participleClauseOpeners.contains(body[k + 1].lower),
               let info = found.isEmpty ? coordinatedSubject(body, verbAt: k, joiner: ",") : lastSource {
                let c = body[k + 1].lower == "that" ? k + 2 : k + 1
                guard let q = makeIndirect(sIdx, body[c].start, body[body.count - 1].end, info, cue: body[k].lower) else { continue }
                found.append(q)
                break
            }
            guard body[k].kind == .word, QuoteFinder.reportingVerbs.contains(body[k].lower), !QuoteFinder.isNoVerb(body, at: k) else { continue }
            let cue = body[k].lower
            // `Police have charged two men`: a charge brought, unless what was charged follows (`charged that …`).
            // (`Authorities charged it was a brazen act`: a clause with its subject and verb reports too.)
            if QuoteFinder.thatOnlyCues.contains(cue), k + 2 < body.count, body[k + 1].lower != "that",
               !(QuoteFinder.subjectPronouns.contains(body[k + 1].lower) && QuoteFinder.finiteVerbs.contains(body[k + 2].lower)) { continue }
            // `Needless to say`, `declined to say whether`, `people tend to think`: an infinitive's
            // subject said nothing yet (but `went on to say` did).
            if body[k - 1].lower == "to", !(k >= 2 && body[k - 2].lower == "on") { continue }
            // `let us know which style you like`, `Let Congress know`: a request, nothing reported.
            if body[max(0, k - QuoteFinder.letReach)..<k].contains(where: { $0.lower == "let" }) { continue }
            // "NATO's expansion plans, the integrity of Georgia …": a plural noun in a list, not a
            // verb (but "As the WSJ notes, Gupta is …" reports).
            if QuoteFinder.nounLikeReports.contains(cue), body[k + 1].text == ",", body[0].lower != "as" { continue }
            // "is said to", "was reported": passives name no source here ("is demanding" is no passive).
            // (An adverb may stand inside the passive: "is now maintained by", "was widely reported".)
            let auxiliary = k >= 2 && QuoteFinder.passiveAdverbs.contains(body[k - 1].lower) || k >= 2 && body[k - 1].lower.hasSuffix("ly") ? k - 2 : k - 1
            if QuoteFinder.passiveAuxiliaries.contains(body[auxiliary].lower), !QuoteFinder.progressiveReports.contains(cue) { continue }
            // "called for", "called on" report a demand; "called it a disgrace" names something.
            let calls = QuoteFinder.callVerbs.contains(cue)
            if calls, !["for", "on"].contains(body[k + 1].lower) { continue }
            let from = found.last.map { q in body.firstIndex { $0.start >= q.span.end } ?? body.count } ?? 0
            // `fewer deliveries than Wall Street expected`: a comparison's baseline, not a report.
            if let than = body[from..<k].lastIndex(where: { $0.lower == "than" }), k - than <= QuoteFinder.comparisonReach { continue }
            // "… promised to keep supporting the bill and said she would …": the second report is
            // the first one's source's.
            let coordinated = k == from + 1 && body[from].lower == "and" ? lastSource : nil
            // (The subject of "is demanding" stands before "is"; without it, ", calling for …" goes on
            // a report whose source is the main clause's.)
            let progressive = QuoteFinder.progressiveReports.contains(cue)
            if progressive, !QuoteFinder.copulas.contains(body[k - 1].lower) || k >= 2 && ["who", "which", "that"].contains(body[k - 2].lower) { continue }
            let verbGroup = progressive ? k - 1 : k
            // A verb of its own after the cue makes the cue a noun (`The biggest worry is that …`,
            // `this claim is`, `battleground states has become`), unless `what` opens the subject:
            // `What the study shows is that …` reports the study. (After a preposition, `for what I
            // think is the truth`, the clause is a noun's and where what was said ends is unknown.)
            var subjectFrom = from
            if k + 1 < body.count, QuoteFinder.finiteVerbs.contains(body[k + 1].text) {
                guard let what = body[from..<k].lastIndex(where: { $0.lower == "what" }), what + 1 < k,
                      what == from || body[what - 1].text == "," || QuoteFinder.clauseJoins.contains(body[what - 1].lower),
                      QuoteFinder.copulas.contains(body[k + 1].lower) else { continue }
                subjectFrom = what + 1
            }
            // (A report joined by `and` to a first verb that reports nothing, `X supported Democrats
            // for years and said he did not support Trump`, is the first verb's subject's; a call
            // so joined, `aired concerns and called on him to clarify …`, is no report of speech.)
            guard verbGroup > subjectFrom, let info = coordinated ?? subject(Array(body[subjectFrom..<verbGroup]))
                    ?? (from == 0 && QuoteFinder.coordinatedSpeech.contains(cue) && QuoteFinder.opensAClause(body, after: k) ? coordinatedSubject(body, verbAt: k) : nil) else { continue }
            // (`What he said was the truth`: the copula is no part of what was said.)
            var c = subjectFrom > from ? k + 2 : k + 1
            // Skip what stands between the verb and its clause: an object ("told reporters"), a
            // time or place ("on Monday", "in a statement"), up to "that" when it follows soon.
            // (Not across a second report: "insisted the budget was balanced, adding that …".)
            // (What a call is for is its object, not a relative clause: "called for contestants to
            // wear dresses that showed more skin".)
            // (Nor when the clause has begun before it, with a subject or a verb of its own: in
            // "said officials are in possession of video that shows …" the `that` is a relative
            // pronoun inside what was said. A verb right after the cue is a pseudo-cleft's, `What
            // the study shows is that …`, and `said in May that` names a month.)
            if !calls, let that = body[c...].prefix(QuoteFinder.thatReach).firstIndex(where: { $0.lower == "that" }),
               !body[c..<that].indices.contains(where: { i in
                   let t = body[i]
                   return (t.kind == .punct && t.text != ",") || QuoteFinder.continuedReports.contains(t.lower)
                       || QuoteFinder.subjectPronouns.contains(t.lower)
                       || QuoteFinder.finiteVerbs.contains(t.text) && i > c && body[i - 1].kind == .word
               }) {
                c = that + 1
            } else if ["told", "tells", "warned", "assured", "informed", "urged", "urges", "asked", "accused", "urging"].contains(cue) || calls {
                // "told reporters he …", "urged Congress to …", "called for …": one word of object.
                c += 1
                if c < body.count, ["for", "on"].contains(body[c].lower) { c += 1 }
            }
            while c < body.count, body[c].kind == .punct, body[c].text == "," || body[c].text == ":" { c += 1 }
            // (`said Tuesday it would cut …`, `said on Monday the talks …`: when, not what)
            if c + 1 < body.count, body[c].lower == "on", NameLexicon.weekdays.contains(body[c + 1].lower) { c += 1 }
            // (not `said Friday's profit-taking was …`, whose day is the clause's subject)
            if c + 1 < body.count, NameLexicon.weekdays.contains(body[c].lower) || QuoteFinder.dayWords.contains(body[c].lower),
               body[c + 1].text != "'s", body[c + 1].text != "’s" {
                c += 1
                if c < body.count, QuoteFinder.partsOfDay.contains(body[c].lower) { c += 1 }
                while c < body.count, body[c].text == "," { c += 1 }
            }
            guard c + 3 < body.count else { continue }
            if ["nothing", "yes", "no", "goodbye", "so", "it", "this"].contains(body[c].lower) && c + 4 >= body.count { continue }
            // "said in a statement on Thursday", "said of the policies": no clause of its own follows;
            // nor after "proposed reviewing …" (a gerund is an action, not what was said).
            if QuoteFinder.notAClause.contains(body[c].lower) || (body[c].lower.hasSuffix("ing") && c == k + 1) { continue }
            // "responded politely, but have ignored …", "replied angrily and left": how it was
            // said, then the sentence moves on; no clause of what was said follows.
            if c == k + 1, body[c].lower.hasSuffix("ly"), c + 1 < body.count,
               body[c + 1].text == "," || QuoteFinder.clauseJoins.contains(body[c + 1].lower) { continue }
            var e = body.count - 1
            if let cut = body[c...].indices.first(where: { i in body[i].text == ";"
                || (body[i].text == "," && i + 1 < body.count && (QuoteFinder.clauseCuts.contains(body[i + 1].lower) || QuoteFinder.continuedReports.contains(body[i + 1].lower)))
                || ((body[i].lower == "and" || body[i].text == ",") && i + 1 < body.count && QuoteFinder.coordinatedReports.contains(body[i + 1].lower))
                // (`… would be more intense — and he noted that …`: a new report with a subject of its own.)
                || (QuoteFinder.clauseJoins.contains(body[i].lower) && i + 2 < body.count && QuoteFinder.subjectPronouns.contains(body[i + 1].lower)
                    && QuoteFinder.coordinatedReports.contains(body[i + 2].lower)) }), cut > c + 3 {
                e = cut - 1
                if body[e].text == "," || QuoteFinder.dashes.contains(body[e].text) { e -= 1 }
            }
            // "When Clinton noted that Trump had paid nothing, he interrupted her": a report in a
            // clause that opens the sentence ends where the main clause begins. (In "As Irwin
            // says, it is better", the clause after the comma is what was said.)
            if from == 0, QuoteFinder.subordinators.contains(body[0].lower), body[k + 1].text != ",",
               !body[1..<k].contains(where: { $0.text == "," }), let comma = QuoteFinder.mainClauseComma(body, c + 3, e) {
                e = comma - 1
            }
            guard let q = makeIndirect(sIdx, body[c].start, body[e].end, info, cue: cue) else { continue }
            found.append(q)
            lastSource = info
            k = e
        }
        return found
    }

    /// The comma in `body[a...b]` where the main clause after an opening subordinate clause begins:
    /// the first one followed by a subject (a pronoun, a possessive, "the", a capitalised word)
    /// that is not an appositive closed by another comma soon after ("Trump, the billionaire,
    /// had paid nothing, he …"); else the last comma.
    static func mainClauseComma(_ body: [WordToken], _ a: Int, _ b: Int) -> Int? {
        guard a <= b else { return nil }
        let commas = body[a...b].indices.filter { body[$0].text == "," && $0 < b }
        for (n, comma) in commas.enumerated() {
            let next = body[comma + 1]
            guard next.kind == .word, next.isCapitalized || QuoteFinder.clauseSubjects.contains(next.lower) else { continue }
            if n + 1 < commas.count, commas[n + 1] - comma <= QuoteFinder.appositiveMaxWords + 1 { continue }
            return comma
        }
        return commas.last
    }
    /// Words that open a clause's subject ("…, he interrupted her", "…, his death was …").
    static let clauseSubjects: WordSet = ["he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my", "the", "this", "that"]
    /// Words of an appositive between commas that the main clause's subject is not.
    static let appositiveMaxWords = 3


    /// Reporting verbs that report only with `that` after them (`charged that`, not `charged
    /// two men with robbery`).
    static let thatOnlyCues: WordSet = ["charged", "charges"]
    /// "called for", "is calling on": a demand, reported when "for" or "on" follows.
    static let callVerbs: WordSet = ["called", "calls", "calling"]
    /// Reporting verbs in -ing, active after a form of "be" ("Trump is demanding that …").
    static let progressiveReports: WordSet = ["demanding", "calling", "urging", "insisting", "arguing", "warning", "claiming", "predicting", "promising", "vowing", "pledging"]

    /// Words that do not occur in a description of a speaker (verbs and clause words).
    static let notInDescription: WordSet = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "by", "to", "from", "with", "that", "which", "who", "would",
        "will", "can", "could", "should", "not", "also", "and", "but",
    ]

    /// Reporting verbs that may stand before their speaker ("…, said Brian Baker", "added the minister").
    static let invertingVerbs: WordSet = [
        "said", "says", "added", "adds", "wrote", "writes", "explained", "explains", "noted", "notes", "asked", "asks",
        "continued", "recalled", "recalls", "insisted", "insists", "replied", "warned", "warns", "argued", "argues",
        "stated", "declared", "countered", "cautioned", "concluded", "observed", "tweeted", "posted", "reported",
    ]
    /// Words that open a clause, never a speaker's name ("…, found that the agency …").
    static let clauseOpeners: WordSet = ["that", "it", "there", "this", "these", "those", "if", "whether", "to"]
    /// Words opening a phrase after `X said` that adds when or how, not what (`in a statement`,
    /// `late Tuesday`, `on Monday`).
    static let adjunctOpeners: WordSet = ["in", "on", "at", "during", "late", "early", "earlier", "later", "after", "before", "last", "this", "via", "through", "by", "from", "to", "when", "while", "as"]
    /// Words a speaker may take between the content's comma and the verb (`…, a person familiar
    /// with the matter said`).
    static let contentFirstSpeakerReach = 8
    /// ... and a name or a short description (`Rogozin`, `the ministry's spokesman`).
    static let contentFirstNameReach = 5
    /// Words between `than` and the verb of a comparison (`than analysts polled by FactSet had expected`).
    static let comparisonReach = 6
    /// Auxiliaries and modals: a phrase holding one is a clause, not a speaker.
    static let finiteVerbs: WordSet = ["is", "are", "was", "were", "has", "have", "had", "would", "will", "could", "should", "can", "may", "might", "must", "did", "does"]

    /// Verbs of a second report joined by "and" to the first, with the same source ("promised to
    /// keep supporting the bill and said she would stand up to the attacks").
    static let coordinatedReports: WordSet = ["said", "says", "added", "adds", "insisted", "argued", "noted", "wrote", "claimed", "predicted", "stressed", "suggested", "acknowledged", "explained"]
    /// Words opening a clause before the main one ("When Clinton noted that …, he …").
    static let subordinators: WordSet = ["when", "as", "after", "because", "although", "though", "while", "if", "since", "before", "once", "until", "whenever"]

    /// Words joining a second clause with a subject of its own (`and he noted that …`).
    static let clauseJoins: WordSet = ["and", "but"]
    static let dashes: WordSet = ["—", "–", "―"]
    /// Where a reported clause ends and another may begin (", but …").
    static let clauseCuts: WordSet = ["but", "while", "whereas"]
    /// A second report by the same source (", adding that …", ", saying …").
    static let continuedReports: WordSet = ["adding", "saying", "arguing", "noting", "insisting", "explaining", "claiming", "stressing"]
    /// How the clause a participle reports opens (`saying it was`, `adding that`, `saying the
    /// talks would`).
    static let participleClauseOpeners: WordSet = subjectPronouns.union(["that", "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my"])
    /// Pronouns that open a clause as its subject.
    static let subjectPronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you", "there"]
    /// Verbs of speech a sports report also writes a score with (`added 17 points`).
    static let scoreVerbs: WordSet = ["added", "adds"]
    /// Verbs of speech proper, which a sentence may join by `and` to a first verb of any kind
    /// (`supported Democrats for years and said he …`); not beliefs, hopes or calls.
    static let coordinatedSpeech: WordSet = coordinatedReports.union([
        "told", "tells", "warned", "stressed", "explained", "acknowledged", "admitted", "announced", "suggested", "declared", "stated",
        "emphasized", "emphasised", "conceded", "denied", "confirmed",
    ])
    /// Whether a clause (or the person told) follows the verb at `k`: `said the talks would`,
    /// `told his men to go`, `added that`; not `added 17 points`, `added cloud synchronization`.
    static func opensAClause(_ body: [WordToken], after k: Int) -> Bool {
        guard k + 1 < body.count else { return false }
        let next = body[k + 1]
        if QuoteFinder.scoreVerbs.contains(body[k].lower) {
            return next.lower == "that" || next.isCapitalized && next.kind == .word || QuoteFinder.subjectPronouns.contains(next.lower)
        }
        return next.kind == .word && (next.isCapitalized || !QuoteFinder.countWords.contains(next.lower))
    }
    static let countWords: WordSet = ["a", "an", "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                      "eleven", "twelve", "twenty", "thirty", "several", "more"]

    /// Reporting verbs that are also plural nouns ("expansion plans", "his demands").
    static let nounLikeReports: WordSet = ["plans", "calls", "demands", "promises", "pledges", "vows", "reports", "notes", "shows", "finds", "warns"]

    /// Words that cannot open the clause a reporting verb reports.
    static let notAClause: WordSet = ["of", "more", "less", "much", "up", "out", "off", "back", "down", "away"]

    /// How far after a reporting verb its "that" may stand ("said on Monday in a statement that").
    static let thatReach = 8
    /// Words at most between `let` and the verb it makes a request of (`let the board know`).
    static let letReach = 3

    /// Verbs whose subject is the source of what follows: speech, writing, findings, beliefs,
    /// wishes and calls (the attributions annotated news counts as reported content).
    static let reportingVerbs: WordSet = NameLexicon.indirectVerbs.union(progressiveReports).union([
        "wants", "wanted", "plans", "planned", "found", "finds", "shows", "showed", "show", "called", "calls", "urged", "urges",
        "asked", "asks", "demanded", "demands", "proposed", "proposes", "promised", "promises", "pledged", "pledges", "vowed",
        "vows", "expects", "expected", "questioned", "alleged", "alleges", "charged",
        "asserted", "asserts", "signaled", "signalled", "mentioned", "responded", "replied", "tweeted", "posted", "recalled",
        "recalls", "announces", "predicted", "forecast", "projected", "estimate", "suggest", "concluded", "acknowledges",
        "admits", "denies", "insist", "claim", "argue", "believed", "knew", "know", "knows", "learned", "reported", "reports",
        "writes", "wrote", "noted", "notes", "observed", "emphasizes", "stresses", "cautions", "warns", "pointed", "explained",
    ])

    /// The named source of the last reported statement in the paragraph before `offset`, when
    /// its sentence holds no quote of its own.
    func reportedSpeaker(before offset: Int, in p: Int, para: ScalarSpan) -> SpeakerInfo? {
        guard options.indirect else { return nil }
        let quoted = paragraphQuotes[p]
        var k = sentenceIndex(at: offset)
        while k >= 0, sentences[k].paragraph == p {
            defer { k -= 1 }
            let span = sentences[k].span
            guard span.end <= offset + 1, !quoted.contains(where: { $0.openMark < span.end && $0.closeMark > span.start }) else { continue }
            var probe = self
            guard let q = probe.indirect(k).last(where: { !$0.anonymous && $0.speaker != nil }) else { continue }
            return SpeakerInfo(name: q.speaker, text: q.speakerText ?? q.speaker ?? "", role: q.speakerRole, anonymous: false,
                               attribution: .continuation, span: q.speakerSpan)
        }
        return nil
    }

    /// Reported speech in the archives' other languages: `По словам Дмитрия Пескова, clause`,
    /// `Selon le ministre, clause` (the according-to phrase first), and `Министр Сергей Лавров
    /// заявил, что clause`, `Le ministre a déclaré que clause`, `Müller sagte, dass clause` (the
    /// speaker, a reporting verb and the language's "that").
    mutating func indirectAbroad(_ sIdx: Int, _ body: [WordToken]) -> Quote? {
        guard body.count >= 6 else { return nil }
        // (the according-to phrase: one word, or Russian and Ukrainian `по словам`, `за словами`)
        let opener = NameLexicon.accordingToAbroad.contains(body[0].lower) ? 1
            : NameLexicon.accordingToPairsAbroad.contains(body[0].lower + " " + body[1].lower) ? 2 : 0
        // (`Según explicó en un comunicado X …`: `as X explained`, whose words run on past any comma)
        if opener > 0, !NameLexicon.speechVerbsAbroad.contains(body[opener].lower),
           let comma = body.firstIndex(where: { $0.text == "," }), comma > opener, comma + 4 < body.count {
            let phrase = takePhrase(Array(body[opener..<comma]))
            if !phrase.isEmpty, let info = speakerAbroad(phrase) ?? description(phrase) ?? sourceAbroad(Array(body[opener..<comma])) {
                return makeIndirect(sIdx, body[comma + 1].start, body.last!.end, info, cue: text(body[0].start, body[opener - 1].end).lowercased())
            }
        }
        guard let that = body.indices.first(where: { $0 >= 2 && body[$0].kind == .word && NameLexicon.thatAbroad.contains(body[$0].lower) }),
              that + 3 < body.count else { return nil }
        var verb = that - 1
        if body[verb].text == "," { verb -= 1 }
        guard verb >= 1, body[verb].kind == .word, NameLexicon.speechVerbsAbroad.contains(body[verb].lower) else { return nil }
        var subjectEnd = verb
        if NameLexicon.auxiliariesAbroad.contains(body[verb - 1].lower) { subjectEnd -= 1 }
        // (the subject runs back to the clause's start: the sentence's, or a comma's)
        var subjectStart = (body[..<subjectEnd].lastIndex { $0.text == "," }).map { $0 + 1 } ?? 0
        // (not a word that opens the clause: `Ранее Дмитрий Песков сообщил, что …`)
        while subjectStart < subjectEnd - 1, NameLexicon.openersAbroad.contains(body[subjectStart].lower) { subjectStart += 1 }
        guard subjectStart < subjectEnd, let info = speakerAbroad(Array(body[subjectStart..<subjectEnd])) else { return nil }
        return makeIndirect(sIdx, body[that + 1].start, body.last!.end, info, cue: body[verb].lower)
    }

    /// The source an according-to phrase abroad names when it is no person: a body or an office
    /// (`Selon la préfecture de police`, `По данным МВД`, `Según el Ministerio del Interior`),
    /// its words without the article as the speaker's name.
    func sourceAbroad(_ toks: [WordToken]) -> SpeakerInfo? {
        var words = toks
        if let first = words.first, words.count > 1, NameLexicon.openersAbroad.contains(first.lower) { words.removeFirst() }
        guard let first = words.first, let last = words.last, (1...QuoteFinder.sourceAbroadMaxWords).contains(words.count),
              words.allSatisfy({ $0.kind == .word || $0.text == "'" || $0.text == "’" || $0.text == "-" }),
              // (`Selon lui`, `Según ella`: a pronoun's person is told elsewhere; `Selon toute vraisemblance` is no source)
              !words.contains(where: { QuoteFinder.notSourcesAbroad.contains($0.lower) }) else { return nil }
        // (French's elided article is no part of the name: `Selon l'Insee`)
        let written = text(first.start, last.end)
        let name = MentionFinder.withoutElidedArticle(written)
        let from = first.start + written.unicodeScalars.count - name.unicodeScalars.count
        return SpeakerInfo(name: name, text: text(toks[0].start, last.end), role: nil, anonymous: false,
                           attribution: .cue, span: ScalarSpan(from, last.end))
    }
    /// Pronouns and the idioms' words that an according-to phrase abroad holds when it names no source.
    static let notSourcesAbroad: WordSet = [
        "lui", "elle", "eux", "elles", "moi", "nous", "vous", "toute", "tout", "él", "ella", "ellos", "ellas", "parece", "ihm", "ihr",
        "ihnen", "mir", "uns", "lei", "loro", "ele", "ela", "eles", "elas", "нему", "ней", "ним", "мне", "нам", "нього", "неї", "них",
    ]
    /// A body named in more words than this is a clause, not a source.
    static let sourceAbroadMaxWords = 8

    mutating func makeIndirect(_ sIdx: Int, _ a: Int, _ b: Int, _ info: SpeakerInfo, cue: String) -> Quote? {
        guard b > a, text(a, b).wordCount >= 4 else { return nil }
        remember(info)
        noteSpeaker(info, sentence: sIdx)
        return Quote(sentence: sIdx, span: ScalarSpan(a, b), text: text(a, b), kind: .indirect, speaker: info.name, speakerEntity: nil,
                     speakerText: info.text, speakerRole: info.role, anonymous: info.anonymous, cue: cue, attribution: info.attribution,
                     speakerSpan: info.span)
    }
}
