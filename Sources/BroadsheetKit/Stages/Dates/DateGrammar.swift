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
    /// `relative` (publication or reference date) or `inferred` (a year from the text).
    var kind: Resolution
}

/// The date grammar: tries every pattern at a token and keeps the longest match. Patterns are plain
/// Swift over tokens (no regular expressions); each sentence is tokenized once.
struct DateGrammar {
    let t: [DateToken]
    let anchor: DateAnchor
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

    func matches() -> [DateMatch] {
        var out: [DateMatch] = []
        var i = 0
        while i < t.count {
            if let m = longest(at: i) {
                out.append(m)
                i = m.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    private func longest(at i: Int) -> DateMatch? {
        let candidates: [DateMatch?] = [
            numericDate(i), monthFirst(i), dayFirst(i), weekdayDate(i), yearForms(i), decadeOrCentury(i),
            deictic(i), modified(i), agoForm(i), duration(i), setForm(i), timeOfDay(i), quarterOrHalf(i),
            financialPeriod(i), spelledYear(i), weekend(i), yearAgoAdjective(i),
        ]
        return candidates.compactMap { $0 }.max { a, b in
            (a.last - a.first, b.first) < (b.last - b.first, a.first)
        }
    }

    // MARK: Token helpers

    private func tok(_ i: Int) -> DateToken? { i >= 0 && i < t.count ? t[i] : nil }
    private func adjacent(_ i: Int) -> Bool { i > 0 && i < t.count && t[i - 1].end == t[i].start }
    private func isPunct(_ i: Int, _ s: String) -> Bool { tok(i).map { $0.kind == .punct && $0.text == s } ?? false }
    private func word(_ i: Int, _ options: [String]) -> Bool { tok(i).map { $0.kind == .word && options.contains($0.lower) } ?? false }

    private func month(_ i: Int) -> (month: Int, end: Int)? {
        guard let tk = tok(i), tk.kind == .word, tk.isCapitalized, let m = DateLexicon.months[tk.lower] else { return nil }
        if tk.lower.count <= 4, tk.lower != "may", tk.lower != "june", tk.lower != "july", isPunct(i + 1, "."), adjacent(i + 1) { return (m, i + 1) }
        return (m, i)
    }

    private func day(_ i: Int) -> (day: Int, end: Int)? {
        guard let tk = tok(i), let d = tk.number, tk.text.count <= 2, (1...31).contains(d) else { return nil }
        if adjacent(i + 1), word(i + 1, ["st", "nd", "rd", "th"]) { return (d, i + 1) }
        if let next = tok(i + 1), adjacent(i + 1), next.kind != .punct { return nil }
        if isPunct(i + 1, "-") || isPunct(i + 1, "/") { return adjacent(i + 1) ? nil : (d, i) }
        return (d, i)
    }

    private func year(_ i: Int) -> Int? {
        guard let tk = tok(i), tk.text.count == 4, let y = tk.number, (1000...2199).contains(y) else { return nil }
        if let next = tok(i + 1), adjacent(i + 1), next.kind != .punct || next.text == "-" || next.text == "%" { return nil }
        if let prev = tok(i - 1), adjacent(i), prev.kind != .punct || prev.text == "$" || prev.text == "-" || prev.text == "#" { return nil }
        return y
    }

    /// A cardinal: digits, number words (`twenty four`, `twenty-four`), `a`/`an`, or a vague amount (-1).
    private func amount(_ i: Int) -> (value: Int, end: Int)? {
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

    private func unit(_ i: Int) -> DateLexicon.Unit? {
        guard let tk = tok(i), tk.kind == .word else { return nil }
        return DateLexicon.units[tk.lower]
    }

    private func isPlural(_ i: Int) -> Bool { tok(i).map { $0.lower.hasSuffix("s") } ?? false }

    // MARK: Values

    private func dayMatch(_ a: Int, _ b: Int, _ d: CivilDate, relative: Bool) -> DateMatch {
        DateMatch(first: a, last: b, type: .date, value: d.iso, date: d, granularity: .day, relative: relative)
    }

    private func monthMatch(_ a: Int, _ b: Int, year: Int, month: Int, relative: Bool) -> DateMatch {
        DateMatch(first: a, last: b, type: .date, value: "\(pad(year, 4))-\(pad(month, 2))",
                  date: CivilDate(year: year, month: month, day: 1), granularity: .month, relative: relative)
    }

    private func yearMatch(_ a: Int, _ b: Int, year: Int, relative: Bool) -> DateMatch {
        DateMatch(first: a, last: b, type: .date, value: pad(year, 4), date: CivilDate(year: year, month: 1, day: 1),
                  granularity: .year, relative: relative)
    }

    private func weekMatch(_ a: Int, _ b: Int, monday: CivilDate) -> DateMatch {
        let w = monday.isoWeek
        return DateMatch(first: a, last: b, type: .date, value: "\(pad(w.year, 4))-W\(pad(w.week, 2))", date: monday,
                         granularity: .week, relative: true)
    }

    private func unresolved(_ a: Int, _ b: Int, _ value: String, _ g: Granularity, type: TimexType = .date) -> DateMatch {
        DateMatch(first: a, last: b, type: type, value: value, date: nil, granularity: g, relative: true)
    }

    /// The year that puts month/day nearest the anchor, in the tense's direction.
    private func resolveYear(month: Int, day: Int?, at i: Int) -> Int? {
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

    // MARK: Patterns

    /// 2009-12-04, 12/04/2009, 4/12/09.
    private func numericDate(_ i: Int) -> DateMatch? {
        guard let a = tok(i), a.kind == .number, i + 4 < t.count else { return nil }
        guard (1...4).contains(i + 4 - i), adjacent(i + 1), adjacent(i + 2), adjacent(i + 3), adjacent(i + 4),
              let b = tok(i + 2)?.number, let c = tok(i + 4)?.number, let x = a.number else { return nil }
        if let after = tok(i + 5), adjacent(i + 5), after.kind != .punct || after.text == "-" || after.text == "/" { return nil }
        if isPunct(i + 1, "-"), isPunct(i + 3, "-"), a.text.count == 4, let d = CivilDate(year: x, month: b, day: c) {
            return dayMatch(i, i + 4, d, relative: false)
        }
        if isPunct(i + 1, "/"), isPunct(i + 3, "/"), tok(i + 4)!.text.count == 4 || tok(i + 4)!.text.count == 2 {
            let y = tok(i + 4)!.text.count == 2 ? (c > 40 ? 1900 + c : 2000 + c) : c
            let (m, d) = x > 12 ? (b, x) : (x, b)
            if let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, i + 4, date, relative: false) }
        }
        return nil
    }

    /// December 4, 2009 · Dec. 4 · June 2008 · May (with a date-like preposition) · mid-December.
    private func monthFirst(_ i: Int) -> DateMatch? {
        guard let (m, mEnd) = month(i) else { return nil }
        var k = mEnd + 1
        if let (d, dEnd) = day(k) {
            k = dEnd + 1
            var yk = k
            if isPunct(yk, ",") { yk += 1 }
            if let y = year(yk), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, yk, date, relative: false) }
            if let y = resolveYear(month: m, day: d, at: i), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, dEnd, date, relative: true) }
            return unresolved(i, dEnd, "XXXX-\(pad(m, 2))-\(pad(d, 2))", .day)
        }
        var yk = k
        if isPunct(yk, ",") || word(yk, ["of"]) { yk += 1 }
        if let y = year(yk) { return monthMatch(i, yk, year: y, month: m, relative: false) }
        if let spelled = spelledYear(yk), spelled.first == yk, let y = spelled.date?.year {
            return monthMatch(i, spelled.last, year: y, month: m, relative: false)
        }
        // A bare month word.
        let lower = t[i].lower
        let prev = tok(i - 1)?.lower ?? ""
        if DateLexicon.ambiguousMonths.contains(lower) || lower.count <= 4 {
            guard DateLexicon.datePrepositions.contains(prev) || prev == "-" && tok(i - 2)?.lower == "mid" else { return nil }
            if lower == "may", prev == "to" || prev == "and" || prev == "that" { return nil }
        }
        if let next = tok(mEnd + 1), next.isCapitalized, next.kind == .word, !word(mEnd + 1, ["the"]) { return nil }  // June Carter
        let modified = prev == "last" || prev == "next" || prev == "this"
        guard let ref = anchor.date else { return unresolved(modified ? i - 1 : i, mEnd, "XXXX-\(pad(m, 2))", .month) }
        // A bare month is in the publication year unless the tense or a modifier moves it.
        var y = ref.year
        let forward = (m - ref.month + 12) % 12, backward = (ref.month - m + 12) % 12
        if prev == "this" || anchor.kind == .inferred {
            // this September: the publication year
        } else if min(forward, backward) <= 2 {
            if forward <= backward { if m < ref.month { y += 1 } } else if m > ref.month { y -= 1 }
        } else {
            switch tense(i) {
            case .future: if m < ref.month { y += 1 }
            case .past: if m > ref.month { y -= 1 }
            case .unknown: if forward < backward { if m < ref.month { y += 1 } } else if m > ref.month { y -= 1 }
            }
        }
        if prev == "last" { y = m >= ref.month - 1 ? ref.year - 1 : ref.year }
        if prev == "next" { y = m <= ref.month ? ref.year + 1 : ref.year }
        let start = modified ? i - 1 : i
        return monthMatch(start, mEnd, year: y, month: m, relative: true)
    }

    /// 4 December 2009 · 4th of December · the 4th of December.
    private func dayFirst(_ i: Int) -> DateMatch? {
        guard let (d, dEnd) = day(i) else { return nil }
        var k = dEnd + 1
        if word(k, ["of"]) { k += 1 }
        guard let (m, mEnd) = month(k) else { return nil }
        var yk = mEnd + 1
        if isPunct(yk, ",") { yk += 1 }
        if let y = year(yk), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, yk, date, relative: false) }
        if let y = resolveYear(month: m, day: d, at: i), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, mEnd, date, relative: true) }
        return unresolved(i, mEnd, "XXXX-\(pad(m, 2))-\(pad(d, 2))", .day)
    }

    /// Friday · Friday, Dec. 4 · last Friday · next Monday.
    private func weekdayDate(_ i: Int) -> DateMatch? {
        var k = i
        var modifier = ""
        if word(i, ["last", "next", "this", "on", "coming", "past"]), let w = tok(i + 1), DateLexicon.weekdays[w.lower] != nil, w.isCapitalized {
            modifier = t[i].lower; k = i + 1
        }
        guard let w = tok(k), w.kind == .word, w.isCapitalized, let wd = DateLexicon.weekdays[w.lower] else { return nil }
        if !DateLexicon.fullWeekdays.contains(w.lower) && !(isPunct(k + 1, ".") && adjacent(k + 1)) { return nil }
        var after = k + 1
        if isPunct(after, ".") { after += 1 }
        if isPunct(after, ",") { after += 1 }
        if let m = monthFirst(after) ?? dayFirst(after), m.first == after, m.granularity == .day {
            var full = m; full.first = modifier.isEmpty || modifier == "on" ? k : i; return full
        }
        let start = (modifier.isEmpty || modifier == "on") ? k : i
        // "Friday morning" and the like are TIME.
        var end = k
        var part: String?
        if let p = tok(k + 1), let code = partOfDay[p.lower] { part = code; end = k + 1 }
        guard let ref = anchor.date else {
            return unresolved(start, end, "XXXX-WXX-\(wd + 1)", .day, type: part == nil ? .date : .time)
        }
        var delta = wd - ref.weekday
        switch modifier {
        case "last", "past": if delta >= 0 { delta -= 7 }
        case "next", "coming": if delta <= 0 { delta += 7 }
        case "this": break
        default:
            if lookingAhead(k) { if delta < 0 { delta += 7 } } else if delta > 0 { delta -= 7 }
        }
        let date = ref.adding(days: delta)
        if let part {
            return DateMatch(first: start, last: end, type: .time, value: date.iso + "T" + part, date: date, granularity: .none, relative: true)
        }
        return dayMatch(start, end, date, relative: true)
    }

    private let partOfDay: [String: String] = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"]

    /// 1994 · fiscal 1998 · summer 2009 · Q3 2008.
    private func yearForms(_ i: Int) -> DateMatch? {
        if word(i, ["fiscal"]), let y = year(i + 1) {
            return DateMatch(first: i, last: i + 1, type: .date, value: pad(y, 4), date: CivilDate(year: y, month: 1, day: 1), granularity: .year, relative: false)
        }
        if let tk = tok(i), let code = DateLexicon.seasons[tk.lower] {
            var k = i + 1
            if word(k, ["of"]) { k += 1 }
            if let spelled = spelledYear(k), spelled.first == k, let y = spelled.date?.year {
                let start = word(i - 1, ["the"]) ? i - 1 : i
                return DateMatch(first: start, last: spelled.last, type: .date, value: "\(pad(y, 4))-\(code)",
                                 date: CivilDate(year: y, month: DateLexicon.seasonStartMonth[code]!, day: 1), granularity: .season, relative: false)
            }
            if let y = year(k) {
                return DateMatch(first: i, last: k, type: .date, value: "\(pad(y, 4))-\(code)",
                                 date: CivilDate(year: y, month: DateLexicon.seasonStartMonth[code]!, day: 1), granularity: .season, relative: false)
            }
        }
        if let tk = tok(i), tk.text == "Q", adjacent(i + 1), let q = tok(i + 1)?.number, (1...4).contains(q), tok(i + 1)!.text.count == 1 {
            var k = i + 2
            if isPunct(k, ",") { k += 1 }
            if let y = year(k) { return quarterMatch(i, k, year: y, quarter: q, relative: false) }
        }
        if let y = year(i), let q = quarterAfter(i + 1) {
            let start = word(i - 1, ["the"]) ? i - 1 : i
            return quarterMatch(start, q.end, year: y, quarter: q.quarter ?? lastQuarter().quarter, relative: q.quarter == nil)
        }
        if word(i, ["this", "last", "next"]), word(i + 1, ["year"]), isPunct(i + 2, "'s") || (isPunct(i + 2, "'") && word(i + 3, ["s"])),
           let ref = anchor.date {
            let k = isPunct(i + 2, "'s") ? i + 3 : i + 4
            if let q = quarterAfter(k) {
                let y = ref.year + (t[i].lower == "last" ? -1 : t[i].lower == "next" ? 1 : 0)
                return quarterMatch(i, q.end, year: y, quarter: q.quarter ?? lastQuarter().quarter, relative: true)
            }
        }
        guard let y = year(i) else { return nil }
        let prev = tok(i - 1)?.lower ?? ""
        if y < 1900 || y > 2100, !DateLexicon.datePrepositions.contains(prev) { return nil }
        if let next = tok(i + 1), next.kind == .word {
            let l = next.lower
            if l == "percent" || l == "per" || l == "times" || DateLexicon.units[l] != nil { return nil }
            if l.hasSuffix("s"), !next.isCapitalized, !["was", "is", "has", "as", "his", "its", "this", "thus", "plus", "versus", "was"].contains(l) { return nil }
        }
        if prev == "$" || prev == "no" || prev == "number" || prev == "flight" || prev == "route" || prev == "model" { return nil }
        return yearMatch(i, i, year: y, relative: false)
    }

    /// the 1990s · the '90s · the 21st century · the nineteenth century.
    private func decadeOrCentury(_ i: Int) -> DateMatch? {
        if let tk = tok(i), tk.kind == .number, tk.text.count == 4, let y = tk.number, y % 10 == 0, adjacent(i + 1), word(i + 1, ["s"]) {
            let start = word(i - 1, ["the"]) ? i - 1 : i
            return DateMatch(first: start, last: i + 1, type: .date, value: String(y / 10), date: CivilDate(year: y, month: 1, day: 1), granularity: .decade, relative: false)
        }
        if isPunct(i, "'") || isPunct(i, "’"), let tk = tok(i + 1), tk.kind == .number, tk.text.count == 2, let y = tk.number, y % 10 == 0, word(i + 2, ["s"]) {
            let full = y >= 30 ? 1900 + y : 2000 + y
            return DateMatch(first: i, last: i + 2, type: .date, value: String(full / 10), date: CivilDate(year: full, month: 1, day: 1), granularity: .decade, relative: false)
        }
        var k = i
        if word(k, ["the"]) { k += 1 }
        var ordinal: Int?
        var end = k
        if let tk = tok(k), let n = tk.number, word(k + 1, ["st", "nd", "rd", "th"]) { ordinal = n; end = k + 1 }
        else if let tk = tok(k), let n = DateLexicon.ordinals[tk.lower], n > 0 { ordinal = n; end = k }
        if let c = ordinal, word(end + 1, ["century"]), c >= 1, c <= 22 {
            return DateMatch(first: i, last: end + 1, type: .date, value: pad(c - 1, 2), date: CivilDate(year: (c - 1) * 100, month: 1, day: 1),
                             granularity: .century, relative: false)
        }
        return nil
    }

    private func quarterMatch(_ a: Int, _ b: Int, year: Int, quarter: Int, relative: Bool) -> DateMatch {
        DateMatch(first: a, last: b, type: .date, value: "\(pad(year, 4))-Q\(quarter)",
                  date: CivilDate(year: year, month: (quarter - 1) * 3 + 1, day: 1), granularity: .quarter, relative: relative)
    }

    /// the third quarter (of 1998) · the first half · the fourth-quarter.
    private func quarterOrHalf(_ i: Int) -> DateMatch? {
        var k = i
        if word(k, ["the"]) { k += 1 }
        guard let tk = tok(k), let n = DateLexicon.ordinals[tk.lower], n >= 1 else { return nil }
        var u = k + 1
        if isPunct(u, "-") { u += 1 }
        guard word(u, ["quarter", "half"]) else { return nil }
        let isQuarter = t[u].lower == "quarter"
        guard n <= (isQuarter ? 4 : 2) else { return nil }
        var end = u
        var y: Int?
        if word(u + 1, ["of"]), let yy = year(u + 2) { y = yy; end = u + 2 }
        let start = i
        if y == nil {
            guard let ref = anchor.date else { return unresolved(start, end, isQuarter ? "XXXX-Q\(n)" : "XXXX-H\(n)", isQuarter ? .quarter : .none) }
            let current = isQuarter ? (ref.month - 1) / 3 + 1 : (ref.month - 1) / 6 + 1
            y = n <= current || lookingAhead(i) ? ref.year : ref.year - 1
        }
        if isQuarter { return quarterMatch(start, end, year: y!, quarter: n, relative: end == u) }
        return DateMatch(first: start, last: end, type: .date, value: "\(pad(y!, 4))-H\(n)", date: CivilDate(year: y!, month: n == 1 ? 1 : 7, day: 1),
                         granularity: .none, relative: end == u)
    }

    /// today · yesterday · tomorrow · tonight · now · recently · this morning · last night.
    private func deictic(_ i: Int) -> DateMatch? {
        guard let tk = tok(i), tk.kind == .word else { return nil }
        let ref = anchor.date
        func day(_ offset: Int, _ end: Int) -> DateMatch {
            guard let ref else { return unresolved(i, end, offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF", .day) }
            if let p = tok(end + 1), let code = partOfDay[p.lower] {
                let d = ref.adding(days: offset)
                return DateMatch(first: i, last: end + 1, type: .time, value: d.iso + "T" + code, date: d, granularity: .none, relative: true)
            }
            return dayMatch(i, end, ref.adding(days: offset), relative: true)
        }
        switch tk.lower {
        case "today": return day(0, i)
        case "yesterday": return day(-1, i)
        case "tomorrow": return day(1, i)
        case "tonight":
            guard let ref else { return unresolved(i, i, "XXXX-XX-XXTNI", .none, type: .time) }
            return DateMatch(first: i, last: i, type: .time, value: ref.iso + "TNI", date: ref, granularity: .none, relative: true)
        case "now", "currently", "nowadays":
            if tk.lower == "now", tok(i + 1)?.lower == "that" { return nil }
            return DateMatch(first: i, last: i, type: .date, value: "PRESENT_REF", date: ref, granularity: .none, relative: true)
        case "recently", "lately":
            return DateMatch(first: i, last: i, type: .date, value: "PAST_REF", date: nil, granularity: .none, relative: true)
        case "future", "past":
            let value = tk.lower == "future" ? "FUTURE_REF" : "PAST_REF"
            // "future quarters", "in the (near) future", "the past"
            if tk.lower == "future", let u = tok(i + 1), DateLexicon.units[u.lower] != nil, isPlural(i + 1) {
                return DateMatch(first: i, last: i + 1, type: .date, value: value, date: nil, granularity: .none, relative: true)
            }
            let start = word(i - 1, ["the"]) ? i - 1 : (word(i - 1, ["near", "distant", "foreseeable"]) && word(i - 2, ["the"]) ? i - 2 : -1)
            guard start >= 0, !(tok(i + 1).map { DateLexicon.units[$0.lower] != nil || $0.kind == .number || DateLexicon.numberWords[$0.lower] != nil } ?? false) else { return nil }
            return DateMatch(first: start, last: i, type: .date, value: value, date: nil, granularity: .none, relative: true)
        case "these":
            guard word(i + 1, ["days"]) else { return nil }
            return DateMatch(first: i, last: i + 1, type: .date, value: "PRESENT_REF", date: ref, granularity: .none, relative: true)
        case "near", "short", "long":
            // "in the near term", "over the short term"
            guard word(i - 1, ["the"]), word(i + 1, ["term", "run"]) else { return nil }
            return DateMatch(first: i - 1, last: i + 1, type: .date, value: "FUTURE_REF", date: nil, granularity: .none, relative: true)
        case "full":
            // "for the full year": the publication year
            guard word(i - 1, ["the"]), word(i + 1, ["year"]), let ref else { return nil }
            return yearMatch(i - 1, i + 1, year: ref.year, relative: true)
        case "this", "last":
            guard let p = tok(i + 1), let code = partOfDay[p.lower] else { return nil }
            if tk.lower == "last" && code != "NI" { return nil }
            guard let ref else { return unresolved(i, i + 1, "XXXX-XX-XXT\(code)", .none, type: .time) }
            let d = tk.lower == "last" ? ref.adding(days: -1) : ref
            return DateMatch(first: i, last: i + 1, type: .time, value: d.iso + "T" + code, date: d, granularity: .none, relative: true)
        default:
            return nil
        }
    }

    /// last year · this month · next week · earlier this week · late last year · the coming months.
    private func modified(_ i: Int) -> DateMatch? {
        var k = i
        var lead = false
        if word(k, ["earlier", "later", "early", "late", "mid", "end"]) {
            k += 1; lead = true
            if isPunct(k, "-") { k += 1 }
        }
        guard word(k, ["last", "this", "next", "past", "coming", "previous", "current", "same", "that"]) else { return nil }
        var mod = t[k].lower
        var u = k + 1
        if mod == "this", word(u, ["past"]), let next = tok(u + 1), DateLexicon.seasons[next.lower] != nil {
            // "this past spring": the latest one before the anchor
            if let ref = anchor.date, let code = DateLexicon.seasons[next.lower] {
                let start = DateLexicon.seasonStartMonth[code]!
                let y = start < ref.month ? ref.year : ref.year - 1
                return DateMatch(first: i, last: u + 1, type: .date, value: "\(pad(y, 4))-\(code)",
                                 date: CivilDate(year: y, month: start, day: 1), granularity: .season, relative: true)
            }
            mod = "last"; u += 1
        }
        guard let tk = tok(u), tk.kind == .word else { return nil }
        if lead && (mod == "past" || mod == "coming") { return nil }
        if word(i - 1, ["the"]) && (mod == "past" || mod == "last" || mod == "coming" || mod == "next") {
            // "the past year" is the year before; "the last three years" is a duration (elsewhere)
            guard mod == "past", !lead, word(k + 1, ["year"]), let ref = anchor.date else { return nil }
            return yearMatch(i - 1, k + 1, year: ref.year - 1, relative: true)
        }
        let offset: Int
        switch mod {
        case "last", "past", "previous": offset = -1
        case "next", "coming": offset = 1
        default: offset = 0
        }
        if mod == "same" || mod == "that" {
            // "that year": anaphoric; the dates stage resolves it against the last year mentioned.
            guard let unit = DateLexicon.units[tk.lower], !isPlural(u) else { return nil }
            let start = mod == "same" && word(i - 1, ["the"]) ? i - 1 : i
            return unresolved(start, u, unit == .year ? "THAT_YEAR" : "XXXX", unit == .year ? .year : .none)
        }
        if let season = DateLexicon.seasons[tk.lower] {
            guard let ref = anchor.date else { return unresolved(i, u, "XXXX-\(season)", .season) }
            var y = ref.year + offset
            if offset == 0, season == "WI", ref.month <= 2 { y -= 1 }
            return DateMatch(first: i, last: u, type: .date, value: "\(pad(y, 4))-\(season)",
                             date: CivilDate(year: y, month: DateLexicon.seasonStartMonth[season]!, day: 1), granularity: .season, relative: true)
        }
        guard let unit = DateLexicon.units[tk.lower], !isPlural(u) else { return nil }
        guard let ref = anchor.date else {
            let g: Granularity = unit == .week ? .week : unit == .month ? .month : unit == .year ? .year : .none
            return unresolved(i, u, unit == .year ? "XXXX" : unit == .month ? "XXXX-XX" : unit == .week ? "XXXX-WXX" : "XXXX-XX-XX", g)
        }
        switch unit {
        case .year:
            return yearMatch(i, u, year: ref.year + offset, relative: true)
        case .month:
            let d = ref.adding(months: offset)
            return monthMatch(i, u, year: d.year, month: d.month, relative: true)
        case .week:
            let monday = ref.adding(days: -ref.weekday + 7 * offset)
            return weekMatch(i, u, monday: monday)
        case .weekend:
            let saturday = ref.adding(days: 5 - ref.weekday + 7 * offset)
            let w = saturday.isoWeek
            return DateMatch(first: i, last: u, type: .date, value: "\(pad(w.year, 4))-W\(pad(w.week, 2))-WE", date: saturday, granularity: .week, relative: true)
        case .quarter:
            let q0 = (ref.month - 1) / 3 + offset
            let y = ref.year + (q0 < 0 ? -1 : q0 > 3 ? 1 : 0)
            let q = ((q0 % 4) + 4) % 4 + 1
            return quarterMatch(i, u, year: y, quarter: q, relative: true)
        case .decade:
            let decade = ref.year / 10 + offset
            return DateMatch(first: i, last: u, type: .date, value: String(decade), date: CivilDate(year: decade * 10, month: 1, day: 1), granularity: .decade, relative: true)
        case .century:
            let c = ref.year / 100 + offset
            return DateMatch(first: i, last: u, type: .date, value: pad(c, 2), date: CivilDate(year: c * 100, month: 1, day: 1), granularity: .century, relative: true)
        case .day:
            return nil
        default:
            return nil
        }
    }

    /// two years ago · a year earlier · three days later · the following day · the day before.
    private func agoForm(_ i: Int) -> DateMatch? {
        if word(i, ["the"]), word(i + 1, ["following", "next", "previous", "preceding"]), let unit = unit(i + 2), !isPlural(i + 2) {
            let sign = word(i + 1, ["following", "next"]) ? 1 : -1
            return shifted(i, i + 2, amount: 1, unit: unit, sign: sign)
        }
        guard let (n, nEnd) = amount(i), n != 0, let unit = unit(nEnd + 1) else { return nil }
        guard word(nEnd + 2, ["ago", "earlier", "later", "before", "after", "previously", "since", "hence"]) else { return nil }
        let w = t[nEnd + 2].lower
        if (w == "before" || w == "after" || w == "since") && tok(nEnd + 3) != nil && !isPunct(nEnd + 3, ".") && !isPunct(nEnd + 3, ",") { return nil }
        let sign = (w == "later" || w == "after" || w == "hence") ? 1 : -1
        return shifted(i, nEnd + 2, amount: n, unit: unit, sign: sign)
    }

    private func shifted(_ a: Int, _ b: Int, amount n: Int, unit: DateLexicon.Unit, sign: Int) -> DateMatch {
        if n < 0 {
            // "several years ago": a vague reference.
            return DateMatch(first: a, last: b, type: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF", date: nil, granularity: .none, relative: true)
        }
        guard let ref = anchor.date, n > 0 else {
            let v: String
            switch unit {
            case .year: v = "XXXX"
            case .month: v = "XXXX-XX"
            case .week: v = "XXXX-WXX"
            default: v = sign < 0 ? "PAST_REF" : "FUTURE_REF"
            }
            return unresolved(a, b, v, .none)
        }
        let k = sign * n
        switch unit {
        case .year:
            // Results compare quarters: "up from $2 million a year earlier" means that quarter a year before.
            if n == 1, sign < 0, quarterly || t.contains(where: { $0.lower == "quarter" }) {
                let q = lastQuarter()
                return quarterMatch(a, b, year: q.year - 1, quarter: q.quarter, relative: true)
            }
            return yearMatch(a, b, year: ref.year + k, relative: true)
        case .decade: return yearMatch(a, b, year: ref.year + 10 * k, relative: true)
        case .month:
            let d = ref.adding(months: k)
            return monthMatch(a, b, year: d.year, month: d.month, relative: true)
        case .week, .weekend:
            let d = ref.adding(days: 7 * k)
            return weekMatch(a, b, monday: d.adding(days: -d.weekday))
        case .day: return dayMatch(a, b, ref.adding(days: k), relative: true)
        case .quarter:
            let d = ref.adding(months: 3 * k)
            return quarterMatch(a, b, year: d.year, quarter: (d.month - 1) / 3 + 1, relative: true)
        default:
            return DateMatch(first: a, last: b, type: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF", date: nil, granularity: .none, relative: true)
        }
    }

    private func durationCode(_ n: Int, _ unit: DateLexicon.Unit) -> String {
        let q = n < 0 ? "X" : String(n)
        switch unit {
        case .second: return "PT\(q)S"
        case .minute: return "PT\(q)M"
        case .hour: return "PT\(q)H"
        case .day: return "P\(q)D"
        case .week: return "P\(q)W"
        case .weekend: return "P\(q)WE"
        case .month: return "P\(q)M"
        case .quarter: return "P\(q)Q"
        case .year: return "P\(q)Y"
        case .decade: return n < 0 ? "PXDE" : "P\(n * 10)Y"
        case .century: return "P\(q)CE"
        }
    }

    /// six months · the last twenty four hours · a five-year plan · for years · more than a year.
    private func duration(_ i: Int) -> DateMatch? {
        var k = i
        var start = i
        if word(k, ["the"]), word(k + 1, ["last", "past", "next", "first", "coming", "previous", "following"]) {
            // "the last few months": a vague reference, not a measurable duration.
            k += 2
        }
        if word(k, ["a"]), word(k + 1, ["few", "couple"]) {
            var u = k + 2
            if word(u, ["of"]) { u += 1 }
            if let unit = unit(u), isPlural(u) {
                return DateMatch(first: i, last: u, type: .duration, value: durationCode(t[k + 1].lower == "couple" ? 2 : -1, unit), date: nil, granularity: .none, relative: false)
            }
        }
        if word(k, ["recent", "past"]), k == i, !word(i - 1, ["the"]), let _ = unit(k + 1), isPlural(k + 1) {
            // "in recent years": a vague reference to the past
            return DateMatch(first: i, last: k + 1, type: .date, value: "PAST_REF", date: nil, granularity: .none, relative: true)
        }
        if word(k, ["coming"]), let _ = unit(k + 1), isPlural(k + 1) {
            return DateMatch(first: i, last: k + 1, type: .date, value: "FUTURE_REF", date: nil, granularity: .none, relative: true)
        }
        else if word(k, ["half"]), word(k + 1, ["a", "an"]), let u = unit(k + 2) {
            let code: String
            switch u {
            case .year: code = "P6M"
            case .hour: code = "PT30M"
            case .day: code = "PT12H"
            case .century: code = "P50Y"
            case .decade: code = "P5Y"
            default: code = durationCode(-1, u)
            }
            return DateMatch(first: i, last: k + 2, type: .duration, value: code, date: nil, granularity: .none, relative: false)
        }
        if let (n, nEnd) = amount(k), n < 1000 {
            var u = nEnd + 1
            if isPunct(u, "-"), adjacent(u), adjacent(u + 1) { u += 1 }
            guard let unit = unit(u) else { return nil }
            // "a year ago" is a date (agoForm); "a day" after a count is a set.
            if word(u + 1, ["ago", "earlier", "later"]) { return nil }
            if isPunct(u + 1, "-"), word(u + 2, ["ago", "earlier"]) { return nil }   // "a year-earlier quarter"
            if t[nEnd].lower == "a" || t[nEnd].lower == "an" {
                if let p = tok(k - 1), p.kind == .number || ["times", "twice", "once", "million", "billion", "percent", "thousand"].contains(p.lower) { return nil }
                if k > i { start = i }
            }
            if n > 1 || n < 0, !isPlural(u), !isPunct(u - 1, "-") && t[u].lower != "century" { /* "two year" without hyphen */ }
            if n == 1, isPlural(u), t[nEnd].kind == .word { return nil }
            if t[nEnd].lower == "some" || t[nEnd].lower == "past" || t[nEnd].lower == "coming" || t[nEnd].lower == "recent" {
                guard isPlural(u) else { return nil }
            }
            return DateMatch(first: start, last: u, type: .duration, value: durationCode(n, unit), date: nil, granularity: .none, relative: false)
        }
        // "for years", "in recent months", "decades"
        if k == i, let unit = unit(i), isPlural(i), word(i - 1, ["for", "recent", "over", "many", "several", "within", "few"]) || (word(i - 1, ["the"]) && word(i - 2, ["in", "for", "over"])) {
            if word(i + 1, ["ago", "of", "old"]) { return nil }
            return DateMatch(first: i, last: i, type: .duration, value: durationCode(-1, unit), date: nil, granularity: .none, relative: false)
        }
        return nil
    }

    /// every week · each year · annually · twice a year · daily (as an adverb).
    private func setForm(_ i: Int) -> DateMatch? {
        guard let tk = tok(i), tk.kind == .word else { return nil }
        if let v = DateLexicon.setAdverbs[tk.lower] {
            // "a daily newspaper", "quarterly earnings": adjectives, not sets.
            if let next = tok(i + 1), next.kind == .word, !["and", "or", "in", "on", "at", "by", "for", "to", "from", "since", "until", "basis"].contains(next.lower) { return nil }
            return DateMatch(first: i, last: i, type: .set, value: v, date: nil, granularity: .none, relative: false)
        }
        if word(i, ["every", "each", "per"]) {
            var k = i + 1
            var n = 1
            if let (a, aEnd) = amount(k), a > 1 { n = a; k = aEnd + 1 }
            if let u = unit(k) {
                return DateMatch(first: i, last: k, type: .set, value: durationCode(n, u), date: nil, granularity: .none, relative: false)
            }
            if let w = tok(k), let wd = DateLexicon.weekdays[w.lower], w.isCapitalized {
                return DateMatch(first: i, last: k, type: .set, value: "XXXX-WXX-\(wd + 1)", date: nil, granularity: .none, relative: false)
            }
        }
        if word(i, ["a", "an"]), let u = unit(i + 1), !isPlural(i + 1), let p = tok(i - 1),
           p.kind == .number || ["times", "twice", "once", "million", "billion", "percent", "thousand"].contains(p.lower) {
            return DateMatch(first: i, last: i + 1, type: .set, value: durationCode(1, u), date: nil, granularity: .none, relative: false)
        }
        return nil
    }

    /// 5 p.m. · 10:30 a.m. · noon · midnight.
    private func timeOfDay(_ i: Int) -> DateMatch? {
        guard let tk = tok(i) else { return nil }
        if tk.kind == .word, tk.lower == "noon" || tk.lower == "midnight" {
            return clockOn(i, i, tk.lower == "noon" ? "T12:00" : "T24:00")
        }
        guard let h = tk.number, tk.text.count <= 2, (0...24).contains(h) else { return nil }
        if let p = tok(i - 1), p.kind == .punct, p.text == "$" || p.text == "." { return nil }
        var k = i + 1
        var minute = 0
        if isPunct(k, ":"), adjacent(k), let m = tok(k + 1)?.number, tok(k + 1)!.text.count == 2, m < 60 { minute = m; k += 2 }
        guard let mer = tok(k), mer.kind == .word else { return nil }
        var hour = h
        switch mer.lower.replacingOccurrences(of: ".", with: "") {
        case "am": if hour == 12 { hour = 0 }
        case "pm": if hour < 12 { hour += 12 }
        case "o'clock", "o’clock": break
        default:
            if ["a", "p"].contains(mer.lower), isPunct(k + 1, "."), word(k + 2, ["m"]) { return nil }
            return nil
        }
        var end = k
        if isPunct(k + 1, "."), mer.lower.hasSuffix("m"), !mer.lower.hasSuffix(".") { end = k }
        var zone = ""
        if let z = tok(end + 1), ["est", "edt", "gmt", "utc", "cst", "pst", "et"].contains(z.lower), z.text == z.text.uppercased() { end += 1; zone = "" }
        _ = zone
        let clock = "T\(pad(hour, 2)):\(pad(minute, 2))"
        return clockOn(i, end, clock)
    }

    /// A clock time on the anchor day, or on the weekday that follows it ("10 p.m. Wednesday").
    private func clockOn(_ i: Int, _ end: Int, _ clock: String) -> DateMatch {
        var k = end + 1
        if word(k, ["on"]) { k += 1 }
        var z = end + 1
        if let zone = tok(z), ["est", "edt", "gmt", "utc", "cst", "pst", "et", "cet", "bst"].contains(zone.lower) { z += 1 }
        if isPunct(z, ",") { z += 1 }
        if let m = monthFirst(z) ?? dayFirst(z), m.first == z, m.granularity == .day, let d = m.date {
            return DateMatch(first: i, last: m.last, type: .time, value: d.iso + clock, date: d, granularity: .none, relative: true)
        }
        if let w = tok(k), w.isCapitalized, DateLexicon.fullWeekdays.contains(w.lower), let day = weekdayDate(k), let d = day.date {
            return DateMatch(first: i, last: day.last, type: .time, value: d.iso + clock, date: d, granularity: .none, relative: true)
        }
        guard let ref = anchor.date else { return unresolved(i, end, "XXXX-XX-XX" + clock, .none, type: .time) }
        return DateMatch(first: i, last: end, type: .time, value: ref.iso + clock, date: ref, granularity: .none, relative: true)
    }

    /// Financial reporting periods: the quarter, the latest quarter, the year-ago quarter, the year-earlier period.
    private func financialPeriod(_ i: Int) -> DateMatch? {
        guard word(i, ["the"]) else { return nil }
        var k = i + 1
        var yearAgo = false, current = false
        if word(k, ["latest", "recent", "previous", "past"]) { k += 1 }
        else if word(k, ["most"]), word(k + 1, ["recent"]) { k += 2 }
        else if word(k, ["current"]) { current = true; k += 1 }
        else if word(k, ["year"]), isPunct(k + 1, "-"), word(k + 2, ["ago", "earlier"]) { yearAgo = true; k += 3 }
        guard word(k, ["quarter", "period"]) else { return nil }
        if word(k + 1, ["of"]) || isPunct(k - 1, "-") && !yearAgo { return nil }
        if t[k].lower == "period" && !yearAgo && k == i + 1 { return nil }
        guard let ref = anchor.date else { return unresolved(i, k, "XXXX-QX", .quarter) }
        var q = (ref.month - 1) / 3 + (current ? 1 : 0)   // last completed quarter, 1-based; 0 means Q4 last year
        var y = ref.year
        if q == 0 { q = 4; y -= 1 }
        if yearAgo { y -= 1 }
        return quarterMatch(i, k, year: y, quarter: q, relative: true)
    }

    /// nineteen ninety-six · nineteen eighty · the year two thousand.
    private func spelledYear(_ i: Int) -> DateMatch? {
        var start = i
        var k = i
        if word(k, ["the"]), word(k + 1, ["year"]) { k += 2 }
        if word(k, ["two"]), word(k + 1, ["thousand"]) {
            var end = k + 1, y = 2000
            if word(end + 1, ["and"]), let u = tok(end + 2).flatMap({ DateLexicon.unitWords[$0.lower] }) { y += u; end += 2 }
            if k == i + 2 || k == i { return yearMatch(start, end, year: y, relative: false) }
            return nil
        }
        guard let c = tok(k).flatMap({ DateLexicon.centuryWords[$0.lower] }) else { return nil }
        var end = k + 1
        var rest: Int?
        if let t1 = tok(end).flatMap({ DateLexicon.tens[$0.lower] }) {
            rest = t1
            var u = end + 1
            if isPunct(u, "-") { u += 1 }
            if let v = tok(u).flatMap({ DateLexicon.unitWords[$0.lower] }) { rest = t1 + v; end = u }
        } else if let t = tok(end).flatMap({ DateLexicon.teens[$0.lower] }) {
            rest = t
        } else if word(end, ["hundred"]) {
            rest = 0
        }
        guard let r = rest else { return nil }
        if k == i { start = i }
        return yearMatch(start, end, year: c * 100 + r, relative: false)
    }

    /// the weekend (the last one, or the next when the sentence looks ahead).
    private func weekend(_ i: Int) -> DateMatch? {
        guard word(i, ["the"]), word(i + 1, ["weekend"]) else { return nil }
        guard let ref = anchor.date else { return unresolved(i, i + 1, "XXXX-WXX-WE", .week) }
        var saturday = ref.adding(days: 5 - ref.weekday)
        if !lookingAhead(i) && saturday > ref { saturday = saturday.adding(days: -7) }
        let w = saturday.isoWeek
        return DateMatch(first: i, last: i + 1, type: .date, value: "\(pad(w.year, 4))-W\(pad(w.week, 2))-WE", date: saturday, granularity: .week, relative: true)
    }

    /// `[third] quarter` / `period` after a year: the quarter's number when stated.
    private func quarterAfter(_ k: Int) -> (quarter: Int?, end: Int)? {
        var j = k
        var n: Int?
        if let tk = tok(j), let o = DateLexicon.ordinals[tk.lower], (1...4).contains(o) {
            n = o; j += 1
            if isPunct(j, "-") { j += 1 }
        }
        guard word(j, ["quarter", "period"]) else { return nil }
        if n == nil && t[j].lower == "period" && word(k - 2, ["the"]) == false { return nil }
        return (n, j)
    }

    /// The last completed quarter before the anchor (for "the quarter", "a year earlier" in results).
    private func lastQuarter() -> (year: Int, quarter: Int) {
        guard let ref = anchor.date else { return (0, 1) }
        let q = (ref.month - 1) / 3
        return q == 0 ? (ref.year - 1, 4) : (ref.year, q)
    }

    /// "year-earlier" / "year-ago" used alone ("year-earlier results"): the comparison period.
    private func yearAgoAdjective(_ i: Int) -> DateMatch? {
        guard word(i, ["year"]), isPunct(i + 1, "-"), adjacent(i + 1), adjacent(i + 2), word(i + 2, ["earlier", "ago"]) else { return nil }
        if word(i - 1, ["the"]) && (word(i + 3, ["quarter", "period"])) { return nil }   // financialPeriod's
        guard let ref = anchor.date else { return unresolved(i, i + 2, "XXXX", .year) }
        if quarterly {
            let q = lastQuarter()
            return quarterMatch(i, i + 2, year: q.year - 1, quarter: q.quarter, relative: true)
        }
        return yearMatch(i, i + 2, year: ref.year - 1, relative: true)
    }
}
