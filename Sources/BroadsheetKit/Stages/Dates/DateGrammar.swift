/// A date or time expression found in one sentence, before resolution bookkeeping.
struct DateMatch {
    var first: Int          // token index
    var last: Int           // token index, inclusive
    var type: TimexType
    var value: String
    var date: CivilDate?
    var granularity: Granularity
    /// True when the value depended on the anchor date.
    var relative: Bool
}

/// How relative expressions are anchored in one document.
struct DateAnchor {
    var date: CivilDate?
    /// `relative` (publication or reference date) or `inferred` (from the text's own dates).
    var kind: Resolution
    /// Why relative expressions are inferred or left unresolved (the `resolution_detail` column).
    var reason: String? = nil
}

/// The date grammar: tries every pattern at a token and keeps the longest match. Patterns are plain
/// Swift over tokens (no regular expressions); each sentence is tokenized once.
struct DateGrammar {
    let t: [DateToken]
    let anchor: DateAnchor
    var partOfDay: [String: String] { DateGrammar.partOfDayCodes }
    /// The document reports quarterly results: "a year earlier" then means that quarter a year before.
    let quarterly: Bool

    init(tokens: [DateToken], anchor: DateAnchor, quarterly: Bool = false) {
        t = tokens
        self.anchor = anchor
        self.quarterly = quarterly
    }

    /// Local tense around token `i`: the nearest tense cue before it in the same clause (then just
    /// after it) decides; news text defaults to the past.
    enum Tense { case future, past, unknown }
    static let clauseStops: Set<String> = ["\"", "“", "”", ";", "`", "'"]

    func lookingAhead(_ i: Int) -> Bool { tense(i) == .future }

    func tense(_ i: Int) -> Tense {
        let stops = DateGrammar.clauseStops
        var k = i - 1
        while k >= 0, k >= i - 8 {
            let w = t[k]
            if w.kind == .punct && stops.contains(w.text) { break }
            if DateLexicon.futureCues.contains(w.lower) { return .future }
            if DateLexicon.pastCues.contains(w.lower) || (w.kind == .word && w.lower.count > 4 && w.lower.hasSuffix("ed")) { return .past }
            k -= 1
        }
        k = i + 1
        while k < t.count, k <= i + 5 {
            let w = t[k]
            if w.kind == .punct && (stops.contains(w.text) || w.text == "." || w.text == ",") { break }
            if DateLexicon.futureCues.contains(w.lower) { return .future }
            if DateLexicon.pastCues.contains(w.lower) { return .past }
            k += 1
        }
        return .unknown
    }

    /// The lower-cased words a pattern can start at: the lexicons the patterns test a first token
    /// against and the words written in the patterns (`grammarWords`, kept complete by a test that
    /// re-reads the grammar's source), less `contextOnlyWords`. Word tokens outside it (most of a
    /// text) are skipped without trying the seventeen patterns; numbers and punctuation are always
    /// tried. The tense cue lists and date prepositions are only looked at around a match.
    static let vocabulary: Set<String> = {
        var v = Set(grammarWords)
        for keys in [Array(DateLexicon.months.keys), Array(DateLexicon.weekdays.keys), Array(DateLexicon.units.keys),
                     Array(DateLexicon.numberWords.keys), Array(DateLexicon.ordinals.keys), Array(DateLexicon.seasons.keys),
                     Array(DateLexicon.tens.keys), Array(DateLexicon.unitWords.keys), Array(DateLexicon.teens.keys),
                     Array(DateLexicon.centuryWords.keys), Array(DateLexicon.setAdverbs.keys), Array(partOfDayCodes.keys)] {
            v.formUnion(keys)
        }
        v.formUnion(DateLexicon.ambiguousMonths)
        v.formUnion(DateLexicon.fullWeekdays)
        v.formUnion(DateLexicon.vagueAmounts)
        return v.subtracting(contextOnlyWords)
    }()

    /// Frequent words the patterns test only before or after a match's first token ("Friday *of*
    /// next week", "*for* years", "1990 *was*"), never as the first token: read off every use in
    /// the patterns, and held to it by a test that compares matching with and without the skip.
    static let contextOnlyWords: Set<String> = [
        "of", "and", "or", "in", "at", "by", "for", "to", "from", "since", "until", "is", "was", "has", "as", "his", "its",
    ]

    static let grammarWords: [String] = [
        "a", "af", "after", "afternoon", "ago", "am", "an", "and", "as", "at", "basis", "before", "billion", "bst",
        "by", "century", "cet", "coming", "couple", "cst", "current", "currently", "days", "distant", "each",
        "earlier", "early", "ed", "edt", "end", "est", "et", "ev", "evening", "every", "few", "first", "fiscal",
        "flight", "following", "for", "foreseeable", "from", "full", "future", "gmt", "half", "has", "hence", "his",
        "hundred", "in", "is", "its", "july", "june", "last", "late", "lately", "later", "latest", "long", "m", "many",
        "may", "mid", "midnight", "million", "mo", "model", "morning", "most", "nd", "near", "next", "ni", "night",
        "no", "noon", "now", "nowadays", "number", "o'clock", "of", "old", "on", "once", "or", "over", "o’clock", "p",
        "past", "per", "percent", "period", "plus", "pm", "preceding", "previous", "previously", "pst", "pxde", "q",
        "quarter", "rd", "recent", "recently", "route", "run", "s", "same", "several", "short", "since", "some", "st",
        "t", "term", "th", "that", "the", "these", "this", "thousand", "thus", "times", "tni", "to", "today",
        "tomorrow", "tonight", "twice", "two", "until", "utc", "versus", "was", "weekend", "wi", "within", "x", "xxxx",
        "xxxx-qx", "xxxx-wxx", "xxxx-wxx-we", "xxxx-xx", "xxxx-xx-xx", "xxxx-xx-xxtni", "year", "yesterday"
    ]

    /// Skip tokens no pattern can start at (see `vocabulary`); off only to test that skipping changes nothing.
    var skipsOutsideVocabulary = true

    func matches() -> [DateMatch] {
        var out: [DateMatch] = []
        var i = 0
        while i < t.count {
            if skipsOutsideVocabulary, t[i].kind == .word, !DateGrammar.vocabulary.contains(t[i].lower) {
                i += 1
                continue
            }
            if let m = longest(at: i) {
                out.append(m)
                i = m.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    func longest(at i: Int) -> DateMatch? {
        // Longest match; among equally long ones the earliest start, then the first form listed.
        var best: DateMatch?
        func consider(_ m: DateMatch?) {
            guard let m else { return }
            if let b = best, (m.last - m.first, b.first) <= (b.last - b.first, m.first) { return }
            best = m
        }
        consider(numericDate(i)); consider(monthFirst(i)); consider(dayFirst(i)); consider(weekdayDate(i))
        consider(yearForms(i)); consider(decadeOrCentury(i)); consider(deictic(i)); consider(modified(i))
        consider(agoForm(i)); consider(duration(i)); consider(setForm(i)); consider(timeOfDay(i))
        consider(quarterOrHalf(i)); consider(financialPeriod(i)); consider(spelledYear(i)); consider(weekend(i))
        consider(yearAgoAdjective(i))
        return best
    }

    // MARK: Token helpers

    func tok(_ i: Int) -> DateToken? { i >= 0 && i < t.count ? t[i] : nil }
    func adjacent(_ i: Int) -> Bool { i > 0 && i < t.count && t[i - 1].end == t[i].start }
    func isPunct(_ i: Int, _ s: String) -> Bool { tok(i).map { $0.kind == .punct && $0.text == s } ?? false }
    func word(_ i: Int, _ options: [String]) -> Bool { tok(i).map { $0.kind == .word && options.contains($0.lower) } ?? false }

    func month(_ i: Int) -> (month: Int, end: Int)? {
        guard let tk = tok(i), tk.kind == .word, tk.isCapitalized, let m = DateLexicon.months[tk.lower] else { return nil }
        if tk.lower.count <= 4, tk.lower != "may", tk.lower != "june", tk.lower != "july", isPunct(i + 1, "."), adjacent(i + 1) { return (m, i + 1) }
        return (m, i)
    }

    func day(_ i: Int) -> (day: Int, end: Int)? {
        guard let tk = tok(i), let d = tk.number, tk.text.count <= 2, (1...31).contains(d) else { return nil }
        if adjacent(i + 1), word(i + 1, ["st", "nd", "rd", "th"]) { return (d, i + 1) }
        if let next = tok(i + 1), adjacent(i + 1), next.kind != .punct { return nil }
        if isPunct(i + 1, "-") || isPunct(i + 1, "/") { return adjacent(i + 1) ? nil : (d, i) }
        return (d, i)
    }

    func year(_ i: Int) -> Int? {
        guard let tk = tok(i), tk.text.count == 4, let y = tk.number, (1000...2199).contains(y) else { return nil }
        if let next = tok(i + 1), adjacent(i + 1), next.kind != .punct || next.text == "-" || next.text == "%" { return nil }
        if let prev = tok(i - 1), adjacent(i), prev.kind != .punct || prev.text == "$" || prev.text == "-" || prev.text == "#" { return nil }
        return y
    }

    /// A cardinal: digits, number words (`twenty four`, `twenty-four`), `a`/`an`, or a vague amount (-1).
    func amount(_ i: Int) -> (value: Int, end: Int)? {
        guard let tk = tok(i) else { return nil }
        if let n = tk.number, !adjacent(i) || tok(i - 1)?.kind == .punct {
            if isPunct(i + 1, ","), adjacent(i + 1) { return nil }
            if isPunct(i + 1, "."), adjacent(i + 1), tok(i + 2)?.kind == .number { return nil }
            return (n, i)
        }
        guard tk.kind == .word else { return nil }
        if DateLexicon.vagueAmounts.contains(tk.lower) { return (-1, i) }
        guard var n = DateLexicon.numberWords[tk.lower], n > 0 else { return nil }
        var end = i
        if n >= 20, n < 100 {
            var k = i + 1
            if isPunct(k, "-") { k += 1 }
            if let next = tok(k), let m = DateLexicon.numberWords[next.lower], m > 0, m < 10 { n += m; end = k }
        }
        return (n, end)
    }

    func unit(_ i: Int) -> DateLexicon.Unit? {
        guard let tk = tok(i), tk.kind == .word else { return nil }
        return DateLexicon.units[tk.lower]
    }

    func isPlural(_ i: Int) -> Bool { tok(i).map { $0.lower.hasSuffix("s") } ?? false }

    // MARK: Values

    func dayMatch(_ a: Int, _ b: Int, _ d: CivilDate, relative: Bool) -> DateMatch {
        DateMatch(first: a, last: b, type: .date, value: d.iso, date: d, granularity: .day, relative: relative)
    }

    func monthMatch(_ a: Int, _ b: Int, year: Int, month: Int, relative: Bool) -> DateMatch {
        DateMatch(first: a, last: b, type: .date, value: "\(pad(year, 4))-\(pad(month, 2))",
                  date: CivilDate(year: year, month: month, day: 1), granularity: .month, relative: relative)
    }

    func yearMatch(_ a: Int, _ b: Int, year: Int, relative: Bool) -> DateMatch {
        DateMatch(first: a, last: b, type: .date, value: pad(year, 4), date: CivilDate(year: year, month: 1, day: 1),
                  granularity: .year, relative: relative)
    }

    func weekMatch(_ a: Int, _ b: Int, monday: CivilDate) -> DateMatch {
        let w = monday.isoWeek
        return DateMatch(first: a, last: b, type: .date, value: "\(pad(w.year, 4))-W\(pad(w.week, 2))", date: monday,
                         granularity: .week, relative: true)
    }

    func unresolved(_ a: Int, _ b: Int, _ value: String, _ g: Granularity, type: TimexType = .date) -> DateMatch {
        DateMatch(first: a, last: b, type: type, value: value, date: nil, granularity: g, relative: true)
    }

    /// The year that puts month/day nearest the anchor, in the tense's direction.
    func resolveYear(month: Int, day: Int?, at i: Int) -> Int? {
        let tense = self.tense(i)
        guard let ref = anchor.date else { return nil }
        if anchor.kind == .inferred { return ref.year }   // only the year is known
        let candidates = [ref.year - 1, ref.year, ref.year + 1].compactMap { y in
            CivilDate(year: y, month: month, day: day ?? 1).map { (y, $0.dayNumber - ref.dayNumber) }
        }
        let sameMonth = day == nil && month == ref.month
        if sameMonth { return ref.year }
        // Forward when the clause looks ahead, else the latest one not after the publication date
        // (news reports what happened), unless that is most of a year back and a near date ahead fits.
        let ahead = candidates.filter { $0.1 >= -3 }.min { $0.1 < $1.1 }
        let behind = candidates.filter { $0.1 <= 3 }.max { $0.1 < $1.1 }
        // A date within two months either way is almost always the one meant; tense decides beyond.
        if let nearest = candidates.min(by: { abs($0.1) < abs($1.1) }), abs(nearest.1) <= 60 { return nearest.0 }
        switch tense {
        case .future: return ahead?.0 ?? ref.year
        case .past: return behind?.0 ?? ref.year
        case .unknown: return candidates.min { abs($0.1) < abs($1.1) }?.0 ?? ref.year
        }
    }

    // MARK: Shared by the patterns (in DateGrammar+Absolute, +Relative, +Durations)

    static let partOfDayCodes: [String: String] = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"]
}
