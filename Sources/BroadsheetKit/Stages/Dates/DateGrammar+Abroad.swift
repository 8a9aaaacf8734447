/// Relative dates in the archives' other languages beyond yesterday, today and tomorrow (see
/// `DateLexicon+Abroad`).
extension DateGrammar {
    /// в прошлом году · im vergangenen Jahr · la semaine dernière · el mes que viene: the year,
    /// month or week the phrase counts from the publication's.
    func periodAbroad(_ i: Int) -> DateMatch? {
        guard let language, let phrases = DateLexicon.periodsAbroad[language], let first = tok(i), first.kind == .word,
              DateLexicon.periodStartersAbroad.contains(first.lower) else { return nil }
        guard let phrase = phrases.first(where: { p in
            p.words.indices.allSatisfy { j in tok(i + j).map { $0.kind == .word && $0.lower == p.words[j] } ?? false }
        }) else { return nil }
        let last = i + phrase.words.count - 1
        guard let ref = anchor.date else {
            switch phrase.unit {
            case .year: return unresolved(i, last, "XXXX", .year)
            case .month: return unresolved(i, last, "XXXX-XX", .month)
            default: return unresolved(i, last, "XXXX-WXX", .week)
            }
        }
        switch phrase.unit {
        case .year:
            return yearMatch(i, last, year: ref.year + phrase.offset, relative: true)
        case .month:
            let d = ref.adding(months: phrase.offset)
            return monthMatch(i, last, year: d.year, month: d.month, relative: true)
        default:
            return weekMatch(i, last, monday: ref.adding(days: -ref.weekday + 7 * phrase.offset))
        }
    }

    /// в среду · am Mittwoch · el miércoles · mercredi: a weekday with nothing to say which, after
    /// the language's word for "on" (or alone and in lower case where the language writes it so).
    /// The clause's future (`будет принято в пятницу`) puts it ahead; else it is the one just past,
    /// or the publication's own day.
    func bareWeekdayAbroad(_ k: Int, weekday wd: Int, language: String) -> DateMatch? {
        guard let prepositions = DateLexicon.weekdayPrepositionsAbroad[language] else { return nil }
        if prepositions.isEmpty {
            guard !t[k].isCapitalized || k == 0 else { return nil }   // `Mardi gras`
            // `le mardi`, `il venerdì dopo il Giorno del Ringraziamento`, `chaque lundi`: any such
            // day, not one; `“venerdì nero”`: a name in quotes.
            if let before = tok(k - 1), before.kind == .word && DateLexicon.weekdayDeterminersAbroad.contains(before.lower)
                || before.kind == .punct && DateGrammar.openingQuotes.contains(before.text) { return nil }
        } else {
            guard let before = tok(k - 1), before.kind == .word, prepositions.contains(before.lower) else { return nil }
        }
        guard let ref = anchor.date else { return unresolved(k, k, "XXXX-WXX-\(wd + 1)", .day) }
        var delta = wd - ref.weekday
        if clauseLooksAhead(around: k, language: language) { if delta < 0 { delta += 7 } } else if delta > 0 { delta -= 7 }
        var m = dayMatch(k, k, ref.adding(days: delta), relative: true)
        m.weekdayByTense = true
        return m
    }

    /// Whether the clause around token `k` holds one of the language's words of the future. The
    /// clause runs between commas, semicolons, colons and dashes; a weekday fronted at the
    /// sentence's start (`Mercredi, le ministre va …`) takes the clause after its comma.
    func clauseLooksAhead(around k: Int, language: String) -> Bool {
        guard let cues = DateLexicon.futureCuesAbroad[language] else { return false }
        func boundary(_ j: Int) -> Bool { t[j].kind == .punct && DateGrammar.clauseBoundariesAbroad.contains(t[j].text) }
        var a = k
        while a > 0, !boundary(a - 1) { a -= 1 }
        var b = k
        while b + 1 < t.count, !boundary(b + 1) { b += 1 }
        if a == 0, k <= DateGrammar.frontedWeekdayReach, b + 1 < t.count, b - k <= 1, t[b + 1].text == "," {
            b += 2
            while b < t.count, !boundary(b) { b += 1 }
            b -= 1
        }
        guard a <= b else { return false }
        return (a...b).contains { t[$0].kind == .word && cues.contains(t[$0].lower) }
    }

    static let openingQuotes: Set<String> = ["“", "«", "\"", "'", "‘", "„"]
    /// Tokens before a weekday fronted at the sentence's start: at most its preposition.
    static let frontedWeekdayReach = 1
    static let clauseBoundariesAbroad: Set<String> = [",", ";", ":", "—", "–", "(", ")", "«", "»", "„", "“", "”", "\""]
}
