/// The tense a date is told in: whether a weekday, a month or a part of a day without a year or
/// a "next"/"last" lies ahead of the publication or behind it.
extension DateGrammar {
    /// Local tense around token `i`: the nearest tense cue before it in the same clause (then just
    /// after it) decides; a cue is read with the verb group around it ("would still be *held*" looks
    /// ahead, "had been *scheduled* to" looks back). "until"/"by" right before the date lean ahead
    /// only when nothing else speaks. News text defaults to the past.
    enum Tense { case future, past, unknown }
    static let clauseStops: WordSet = ["\"", "“", "”", ";", "`", "'"]
    /// Tokens looked at before the date: a clause rarely puts its verb further back.
    static let tenseWindowBefore = 14
    /// Tokens looked at after the date, up to a comma or full stop ("Friday, he said").
    static let tenseWindowAfter = 5
    /// A date within this many tokens of the sentence's start is fronted ("In March, …").
    static let frontedDateReach = 3
    /// A date this near the sentence's start with no comma before it ends a fronted phrase when a
    /// comma follows ("After a test in January, the council imposed …"): the verb is after it.
    static let frontedPhraseReach = 8
    /// Tokens more the verb after a fronted date may stand off: the subject between them can be a
    /// title and a name ("In January, Gov. Earl Ray Tomblin of West Virginia lauded …").
    static let frontedSubjectReach = 7
    /// Words between an auxiliary and its verb ("would *still be* held").
    static let verbGroupReach = 3

    func lookingAhead(_ i: Int) -> Bool { tense(i) == .future }

    func tense(_ i: Int) -> Tense {
        // "until midnight Friday", "by 5 p.m. Thursday": the deadline word stands before the clock time.
        let nearest = beforeClockTime(i)
        // "The vote is on Friday", "the deadline is Monday", "the deadline is midnight Friday": a
        // present copula right before a date (or its clock time) gives the day ahead (or today).
        let before = word(nearest, "on") ? nearest - 1 : nearest
        if word(before, ["is", "are"]) { return .future }
        var leansAhead = false
        var k = i - 1
        var clauseEnded = false
        // The word that makes the date an end ("until 10am on Monday", "through September").
        let end = spanEnd(before: i)
        while k >= 0, k >= i - DateGrammar.tenseWindowBefore {
            let w = t[k]
            if isClauseStop(k) { clauseEnded = true; break }
            if let cue = cue(at: k) {
                if let told = endCue(cue, at: k, date: i, end: end) { return told }
                k -= 1
                continue
            }
            if k == i - 1 || k == nearest, DateLexicon.deadlineWords.contains(w.lower) { leansAhead = true }
            k -= 1
        }
        // A date fronted at the start of the sentence ("In March, the company received …") has its
        // verb after the comma.
        let fronted = i <= DateGrammar.frontedDateReach || i <= DateGrammar.frontedPhraseReach && !(0..<i).contains { isPunct($0, ",") }
        var commas = fronted ? 1 : 0
        // "Monday's debate in New York will ...": the possessive's two tokens do not count.
        let possessive = (isPunct(i + 1, "'") || isPunct(i + 1, "’")) && word(i + 2, "s") ? 2 : 0
        k = i + 1 + possessive
        let reach = i + possessive + DateGrammar.tenseWindowAfter + commas * DateGrammar.frontedSubjectReach
        while k < t.count, k <= reach {
            let w = t[k]
            if w.kind == .punct && w.text == "," && commas > 0 { commas -= 1; k += 1; continue }
            // Within a sentence a dot glued to a word is an abbreviation's ("Gov. Earl Ray Tomblin").
            if isClauseStop(k) || w.kind == .punct && (w.text == "." && !(adjacent(k) && t[k - 1].kind == .word) || w.text == ",") { break }
            if let cue = cue(at: k) { return cue }
            k += 1
        }
        if leansAhead || clauseEnded { return leansAhead ? .future : .unknown }
        // Nothing near: the clause's verb further back, past the near window's edge ("Nashua's
        // stock has fluctuated sharply on takeover speculation, rising to a high … in June from
        // $29.75 in March"), never across the quote mark that ended the clause.
        k = i - DateGrammar.tenseWindowBefore - 1
        while k >= 0, !isClauseStop(k) {
            if let cue = cue(at: k), let told = endCue(cue, at: k, date: i, end: end) { return told }
            k -= 1
        }
        return .unknown
    }

    /// The tense the cue at `k` gives the date at `i` when the date ends a span (`end`); nil when
    /// the cue is no verb of the date's clause.
    func endCue(_ cue: Tense, at k: Int, date i: Int, end: (lasting: Bool, putOff: Bool)?) -> Tense? {
        guard cue == .past else { return cue }
        let w = t[k].lower
        let weekday = DateLexicon.weekdays[t[i].lower] != nil
        if let end {
            // "adjourned until Wednesday", "postponed to Friday": a day something was put off
            // to lies after the putting off, ahead of the report.
            if DateLexicon.postponements.contains(w), end.putOff || end.lasting && !weekday { return .future }
            // "schools have closed until Wednesday", "has issued a warning … until 15:00 on
            // Tuesday": a state that holds now ends ahead. (Not a weekday after "through": "shares
            // have gained 12% this year through Friday" is a market's record up to a day gone.)
            if end.lasting, end.putOff || !weekday, auxiliary(before: k, in: DateLexicon.presentPerfect) { return .future }
            // "ordered him to surrender his passport by Friday", "voted to keep the government
            // funded through September": the act of the infinitive a verb of bidding or deciding
            // governs, and its deadline, lie after the bidding.
            if DateLexicon.biddingVerbs.contains(w), infinitive(after: k, before: i) { return .future }
        }
        // "to keep the government *funded*", "will leave the road *closed*": a participle
        // completing an infinitive's object is no verb of the clause's own.
        return completesAnObject(k) ? nil : cue
    }

    /// The word before token `i` (its clock time and an "on" aside: "until 10am on Monday") that
    /// makes the date the end of something: a state's last day (`lasting`: until, till, through)
    /// or the day something was put off to (`putOff`: until, till, to, for), or a deadline (by).
    func spanEnd(before i: Int) -> (lasting: Bool, putOff: Bool)? {
        let k = beforeClockTime(i, orDayLink: true)
        guard let w = tok(k), w.kind == .word else { return nil }
        switch w.lower {
        case "until", "till": return (true, true)
        case "through": return (true, false)
        case "to", "for": return k == i - 1 ? (false, true) : nil
        case "by": return (false, false)
        default: return nil
        }
    }

    /// The token before the clock time written before the date at `i` (`midnight`, `5 p.m.`,
    /// `15:00`), and with `orDayLink` before an `on` or `at` too (`until 10am on Monday`).
    func beforeClockTime(_ i: Int, orDayLink: Bool = false) -> Int {
        var k = i - 1
        while k >= 0, t[k].kind == .number || isPunct(k, ":")
                || t[k].kind == .word && (DateLexicon.clockWords.contains(t[k].lower) || orDayLink && (t[k].lower == "on" || t[k].lower == "at")) {
            k -= 1
        }
        return k
    }

    /// True when "to" and a verb stand between token `k` and the date at `i` ("ordered Okafor
    /// *to surrender* his passport by Friday"): a lower-case word after "to" that is no date's,
    /// no number and no past form.
    func infinitive(after k: Int, before i: Int) -> Bool {
        guard k + 2 < i else { return false }
        for j in k + 1..<i - 1 where word(j, "to") {
            guard let verb = tok(j + 1), verb.kind == .word, !verb.isCapitalized, j + 1 < i, !DateLexicon.notVerbsAfterTo.contains(verb.lower),
                  DateLexicon.months[verb.lower] == nil, DateLexicon.weekdays[verb.lower] == nil, !isPastForm(j + 1) else { continue }
            return true
        }
        return false
    }

    /// True when the past form at `k` completes the object of a verb that takes one ("keep the
    /// government *funded*", "leave rates *unchanged*"): such a verb after "to" or a modal, at
    /// most `objectReach` words before it, none of them punctuation.
    func completesAnObject(_ k: Int) -> Bool {
        guard isPastForm(k) else { return false }
        var j = k - 1, words = 0
        while j >= 1, words <= DateGrammar.objectReach {
            // (a possessive's apostrophe is inside the object: "keep the state's parks funded")
            if isPunct(j, "'") || isPunct(j, "’"), word(j + 1, "s") { j -= 1; continue }
            guard t[j].kind == .word else { return false }
            if DateLexicon.objectComplementVerbs.contains(t[j].lower) {
                return word(j - 1, "to") || DateLexicon.modals.contains(t[j - 1].lower)
            }
            words += 1
            j -= 1
        }
        return false
    }
    /// Words of an object between a verb and the participle completing it ("keep *the federal
    /// government's parks* funded").
    static let objectReach = 5

    /// A quote mark or semicolon between clauses; not the apostrophe of a possessive
    /// ("Thursday's fight", "Magistrate's Court"), which stands between a word and its "s".
    func isClauseStop(_ k: Int) -> Bool {
        let w = t[k]
        guard w.kind == .punct, DateGrammar.clauseStops.contains(w.text) else { return false }
        if w.text == "'" || w.text == "’", k > 0, t[k - 1].kind != .punct, t[k - 1].end == w.start, word(k + 1, "s"), t[k + 1].start == w.end { return false }
        // (a plural's: `Leeds Magistrates' Court`, `the workers' union`, where no single quote
        // opened before it)
        if w.text == "'" || w.text == "’", k > 0, t[k - 1].kind == .word, t[k - 1].end == w.start, t[k - 1].lower.hasSuffix("s"),
           let next = tok(k + 1), next.kind == .word, next.start > w.end,
           !(0..<k).contains(where: { j in (t[j].text == "'" || t[j].text == "‘" || t[j].text == "’") && j + 1 < t.count && t[j + 1].start == t[j].end
               && (j == 0 || t[j - 1].end < t[j].start) }) {
            return false
        }
        return true
    }

    /// The tense token `k` signals, read with the words just before it.
    func cue(at k: Int) -> Tense? {
        let w = t[k]
        guard w.kind == .word else { return nil }
        let l = w.lower
        // "expected to last until the summer", "will last": the verb, not "last week"
        if l == DateLexicon.lastWord, word(k - 1, "to") || (tok(k - 1).map { DateLexicon.modals.contains($0.lower) } ?? false) { return nil }
        // "set to resume", "is to meet", "expected to vote": a plan.
        if l == "to", let head = tok(k - 1), DateLexicon.planHeads.contains(head.lower) {
            return auxiliary(before: k - 1, in: DateLexicon.pastPerfect) ? .past : .future
        }
        if l == "to", word(k - 1, ["was", "were"]), let act = tok(k + 1), DateLexicon.scheduledActs.contains(act.lower) { return .future }
        // "the vote is set for Tuesday": a plan, as "set to vote" ("had been set for" one of the past)
        if l == DateLexicon.setWord, word(k + 1, "for") { return auxiliary(before: k, in: DateLexicon.pastPerfect) ? .past : .future }
        // "more snow is forecast for Tuesday", "a vote is planned for Friday": a prediction or a
        // plan of now, its day ahead ("was forecast for Tuesday" may be past).
        if DateLexicon.forecastWords.contains(l), word(k + 1, "for"), auxiliary(before: k, in: DateLexicon.presentCopulas) { return .future }
        // "as soon as trading opens", "as early as Friday"
        if DateLexicon.asSoonAs.contains(l), word(k - 1, "as"), word(k + 1, "as") { return .future }
        // "up from 2.7% forecast in March", "down from a peak in July": a comparison's baseline
        // is a figure already known.
        if l == "from", word(k - 1, ["up", "down"]) { return .past }
        // "ahead of Friday's jobs report" (but "went ahead on Friday"); "heading into Saturday's semifinals"
        if l == "ahead", word(k + 1, "of") { return .future }
        if l == "into", let verb = tok(k - 1), DateLexicon.approaching.contains(verb.lower) { return .future }
        if DateLexicon.forceWords.contains(l), let into = tok(k - 1), into.lower == DateLexicon.intoWord, let verb = tok(k - 2),
           DateLexicon.intoForceVerbs.contains(verb.lower) { return .future }
        // "bids must be in by Thursday", "talks could resume Monday" (not "could have met")
        if DateLexicon.modalsAhead.contains(l), !word(k + 1, ["have", "'ve"]) { return .future }
        // "a new office of the chairman, effective Feb. 1": an announcement's change takes effect
        // ahead of it (but "was effective Jan. 1").
        if l == DateLexicon.effectiveWord, let next = tok(k + 1),
           next.kind == .number || DateLexicon.months[next.lower] != nil || DateLexicon.weekdays[next.lower] != nil {
            return (tok(k - 1).map { DateLexicon.pastCopulas.contains($0.lower) } ?? false) ? .past : .future
        }
        if DateLexicon.futureCues.contains(l) {
            // "had been scheduled to expire at midnight Friday" was a plan of the past.
            return auxiliary(before: k, in: DateLexicon.pastPerfect) ? .past : .future
        }
        if DateLexicon.scheduleVerbs.contains(l), !w.isCapitalized, !(tok(k - 1).map { DateLexicon.scheduleVerbBlockers.contains($0.lower) } ?? false) {
            return auxiliary(before: k, in: DateLexicon.pastAuxiliaries) ? .past : .future
        }
        if DateLexicon.pastCues.contains(l) || DateLexicon.irregularPasts.contains(l) || isPastForm(k) {
            // "could have met Monday", "must have left on Friday": a past seen from now
            if word(k - 1, ["have", "'ve"]), let modal = tok(k - 2), DateLexicon.modalsBeforeAPast.contains(modal.lower) { return .past }
            // "would still be held on April 24", "will have left by Friday"
            if auxiliary(before: k, in: DateLexicon.modals) { return .future }
            // "whoever is elected in November": a present passive says nothing of the past
            if auxiliary(before: k, in: DateLexicon.presentCopulas) { return nil }
            // "likely to buy as soon as trading opened Monday": reported future
            if k >= 2 { for j in max(1, k - 4)..<k where DateLexicon.asSoonAs.contains(t[j].lower) && t[j - 1].lower == "as" { return .future } }
            return .past
        }
        return nil
    }

    /// True when one of `words` stands in the verb group before token `k` (only auxiliaries and
    /// adverbs between: "would *still be* held", "to *be* decided").
    func auxiliary(before k: Int, in words: WordSet) -> Bool {
        var j = k - 1
        while j >= 0, j >= k - DateGrammar.verbGroupReach {
            guard t[j].kind == .word else { return false }
            let l = t[j].lower
            // "which in May said": the month, not the modal
            if words.contains(l), !(t[j].isCapitalized && j > 0 && DateLexicon.months[l] != nil) { return true }
            if l == "to", j + 1 < k, DateLexicon.infinitiveAuxiliaries.contains(t[j + 1].lower) { return words == DateLexicon.modals }
            guard DateLexicon.verbGroupFillers.contains(l) else { return false }
            j -= 1
        }
        return false
    }

    /// A lower-case word in -ed that reads as a verb: not a name ("the United States"), not an
    /// adjective after a determiner ("the proposed merger"), not "-eed" ("proceed") or "hundred".
    func isPastForm(_ k: Int) -> Bool {
        let w = t[k]
        guard !w.isCapitalized, w.lower.count > 4, w.lower.hasSuffix("ed"), !w.lower.hasSuffix(DateLexicon.eedEnding),
              !DateLexicon.edNonVerbs.contains(w.lower) else { return false }
        // "a still unspecified date", "the newly elected mayor": an adverb between them.
        let beforeAdverb = tok(k - 1).map {
            DateLexicon.participleAdverbs.contains($0.lower) || $0.lower.hasSuffix(DateLexicon.adverbEnding) && !DateLexicon.nounsInLy.contains($0.lower)
        } ?? false ? k - 2 : k - 1
        return !(tok(beforeAdverb).map { DateLexicon.determiners.contains($0.lower) } ?? false)
    }
}
