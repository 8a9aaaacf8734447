/// Durations, sets and clock times.
extension DateGrammar {
    func durationCode(_ n: Int, _ unit: DateLexicon.Unit) -> String {
        let q = n < 0 ? "X" : String(n)
        switch unit {
        case .second: return "PT\(q)S"
        case .minute: return "PT\(q)M"
        case .hour: return "PT\(q)H"
        case .day: return "P\(q)D"
        case .week: return "P\(q)W"
        case .weekend: return "P\(q)WE"
        // Two weeks each; ISO 8601 has no such unit.
        case .fortnight: return n < 0 ? durationCode(-1, .week) : "P\(2 * n)W"
        case .month: return "P\(q)M"
        // ISO 8601 has no quarter unit: three months each (P9M for three quarters).
        case .quarter: return n < 0 ? durationCode(-1, .month) : "P\(3 * n)M"
        case .year: return "P\(q)Y"
        case .decade: return n < 0 ? "PXDE" : "P\(n * 10)Y"
        case .century: return "P\(q)CE"
        }
    }

    /// six months · the last twenty four hours · a five-year plan · for years · more than a year.
    func duration(_ i: Int) -> DateMatch? {
        var k = i
        var start = i
        // "Islam will one day be …", "it could one day replace …": some day to come, not a
        // day's span (after a modal the words stand between it and its verb).
        if word(i, "one"), word(i + 1, "day"), let before = tok(i - 1), DateLexicon.modals.contains(before.lower),
           let next = tok(i + 2), next.kind == .word {
            return DateMatch(first: i, last: i + 1, type: .date, value: "FUTURE_REF", date: nil, granularity: .none, relative: true)
        }
        if let span = lengthAdjective(i) { return span }
        if word(k, "the"), word(k + 1, ["last", "past", "next", "first", "coming", "previous", "following"]) {
            // "the past hour": an hour up to now ("the last minute" is also an idiom, "the past
            // week" a calendar week, elsewhere)
            if word(k + 1, "past"), let u = unit(k + 2), u == .hour || u == .minute, !isPlural(k + 2) {
                return DateMatch(first: i, last: k + 2, type: .duration, value: durationCode(1, u), date: nil, granularity: .none, relative: false)
            }
            k += 2   // "the last twenty four hours": the duration follows
        }
        if word(k, "a"), word(k + 1, ["few", "couple"]) {
            var u = k + 2
            if word(u, "of") { u += 1 }
            if let unit = unit(u), isPlural(u) {
                // "a few years ago": a point before the publication, not a span ("a few days later"
                // stays the span: it is told from the story's own moment)
                if k == i, word(u + 1, "ago") {
                    return shifted(i, u + 1, amount: t[k + 1].lower == "couple" ? 2 : -1, unit: unit, sign: -1)
                }
                if k == i, word(u + 1, "from"), word(u + 2, ["now", "today"]) {
                    return shifted(i, u + 2, amount: t[k + 1].lower == "couple" ? 2 : -1, unit: unit, sign: 1)
                }
                return DateMatch(first: i, last: u, type: .duration, value: durationCode(t[k + 1].lower == "couple" ? 2 : -1, unit), date: nil, granularity: .none, relative: false)
            }
        }
        if word(k, ["recent", "past"]), k == i, !word(i - 1, "the"), unit(k + 1) != nil, isPlural(k + 1) {
            // "in recent years": a vague reference to the past
            return DateMatch(first: i, last: k + 1, type: .date, value: "PAST_REF", date: nil, granularity: .none, relative: true)
        }
        if word(k, "coming"), let _ = unit(k + 1), isPlural(k + 1) {
            return DateMatch(first: i, last: k + 1, type: .date, value: "FUTURE_REF", date: nil, granularity: .none, relative: true)
        }
        else if word(k, "half"), word(k + 1, ["a", "an"]), let u = unit(k + 2) {
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
        if let (n, nEnd) = amount(k), n > 0, n < 1000, let half = halfMore(n, nEnd) {
            return DateMatch(first: i, last: half.end, type: .duration, value: half.value, date: nil, granularity: .none, relative: false)
        }
        // (a four-digit figure before a unit is a year more often than a count: "1998 years" is rare;
        // "two thousand years" is written in words)
        if let (n, nEnd) = amount(k), n < 1000 || tok(k)?.kind == .word {
            var u = nEnd + 1
            let hyphenated = isPunct(u, "-") && adjacent(u) && adjacent(u + 1)
            if hyphenated { u += 1 }
            // "eight trading days", "20 more years", "an additional year"
            if let w = tok(u), DateLexicon.unitQualifiers.contains(w.lower), unit(u + 1) != nil, n != 0,
               !(w.lower == DateLexicon.calendar && t[nEnd].kind == .word) { u += 1 }   // ("a calendar year" is a kind of year)
            guard let unit = unit(u) else { return nil }
            // "a 45-year-old senator", "Howes, 37 years old", "a three-week-old girl", "an
            // 18-month-old": ages, which annotated news leaves out. (A thing's age stays: "the
            // 8-month-old truce" is how long the truce has held, and so does "it is 14 months
            // old", where what is that old was named before.)
            if unit == .year, word(u + 1, "old") || (isPunct(u + 1, "-") && word(u + 2, "old")) { return nil }
            if isPunct(u + 1, "-"), word(u + 2, "old"),
               tok(u + 3).map({ $0.kind != .word || DateLexicon.beings.contains($0.lower) || DateLexicon.afterAgeAsNoun.contains($0.lower) }) ?? true
                || tok(u + 4).map({ DateLexicon.beings.contains($0.lower) }) == true { return nil }
            // "three-quarters of its food", "a quarter of the market": fractions.
            if unit == .quarter {
                // "a quarter-century": twenty-five years
                if n == 1, isPunct(u + 1, "-"), adjacent(u + 1), self.unit(u + 2) == .century, !isPlural(u + 2) {
                    return DateMatch(first: start, last: u + 2, type: .duration, value: "P25Y", date: nil, granularity: .none, relative: false)
                }
                if hyphenated, isPlural(u) { return nil }   // (not "five consecutive quarters")
                if n == 1, word(u + 1, "of") { return nil }   // "a quarter of college costs", of a million
                // "fell by roughly a quarter", "down a quarter from a year earlier": a fraction,
                // unless a span's word comes before ("for a quarter", "within a quarter")
                if n == 1, t[nEnd].lower == "a", !word(nEnd - 1, ["for", "within", "over", "during", "after"]) { return nil }
            }
            // "a second group", "a second-quarter loss": the ordinal.
            if unit == .second, n == 1, t[nEnd].kind == .word, let next = tok(u + 1), next.kind == .word, !next.isCapitalized,
               !DateLexicon.durationFollowers.contains(next.lower) { return nil }
            if unit == .second, n == 1, t[nEnd].kind == .word, isPunct(u + 1, "-"), adjacent(u + 1) { return nil }
            // "a year ago" is a date (agoForm); "a day" after a count is a set.
            if word(u + 1, ["ago", "earlier", "later"]) { return nil }
            // "two days a week", "24 hours a day": a rate of a calendar unit is a set, its value the
            // unit it recurs in ("eight hours per shift" is none: a shift is no calendar unit).
            if word(u + 1, ["a", "per"]), let every = self.unit(u + 2), !isPlural(u + 2), every != unit, n > 0, t[nEnd].kind == .number || t[nEnd].lower != "a" {
                return DateMatch(first: start, last: u + 2, type: .set, value: durationCode(1, every), date: nil, granularity: .none, relative: false)
            }
            if isPunct(u + 1, "-"), word(u + 2, ["ago", "earlier"]) { return nil }   // "a year-earlier quarter"
            if t[nEnd].lower == "a" || t[nEnd].lower == "an" {
                if let p = tok(k - 1), p.kind == .number || ["times", "twice", "once", "million", "billion", "percent", "thousand"].contains(p.lower) { return nil }
                if countedThings(before: k) { return nil }   // "three shifts a day": a set (setForm)
                if k > i { start = i }
            }
            if n == 1, isPlural(u), t[nEnd].kind == .word { return nil }
            if t[nEnd].lower == "some" || t[nEnd].lower == "past" || t[nEnd].lower == "coming" || t[nEnd].lower == "recent" {
                guard isPlural(u) else { return nil }
            }
            return DateMatch(first: start, last: u, type: .duration, value: durationCode(n, unit), date: nil, granularity: .none, relative: false)
        }
        // "for years", "in recent months", "decades", "the worst storm in years", "it took months"
        if k == i, let unit = unit(i), isPlural(i),
           word(i - 1, ["for", "recent", "over", "many", "several", "within", "few", "in"]) || (word(i - 1, "the") && word(i - 2, ["in", "for", "over"]))
            // "the vote came hours after the apology", "days before the election": a span before
            // or after an event (not "the hours before dawn", "two days after")
            || (word(i + 1, ["after", "before"]) && !(tok(i - 1).map { $0.kind == .number || DateLexicon.determiners.contains($0.lower) || DateLexicon.numberWords[$0.lower] != nil
                || DateLexicon.spanPhraseAdjectives.contains($0.lower) } ?? false))
            || (tok(i - 1).map { DateLexicon.spanVerbs.contains($0.lower) } ?? false) {
            // ("hours of talks" is no span of time, "within hours of the attack" is)
            if word(i + 1, ["ago", "old"]) || word(i + 1, "of") && !word(i - 1, "within") { return nil }
            // "in years to come", "in days gone by": a time, not a span; "lap times in seconds" a
            // measure; "in Weeks 14-16" a league's numbered weeks.
            if word(i - 1, "in") {
                if let next = tok(i + 1), next.kind == .word && DateLexicon.agesAfterIn.contains(next.lower) || next.kind == .number { return nil }
                if unit == .second || unit == .minute || unit == .hour || t[i].isCapitalized { return nil }
            }
            return DateMatch(first: i, last: i, type: .duration, value: durationCode(-1, unit), date: nil, granularity: .none, relative: false)
        }
        return nil
    }

    /// a weeklong strike · the year-long drought · hours-long talks: how long the thing lasts. (A
    /// count before the unit is read with it: "a two-year-long study" is P2Y.)
    func lengthAdjective(_ i: Int) -> DateMatch? {
        // (the last letter first: this is tried at every word of the grammar's vocabulary)
        guard i < t.count, t[i].kind == .word else { return nil }
        if t[i].lower.utf8.last == DateLexicon.lengthWordsLastByte, let u = DateLexicon.lengthWords[t[i].lower] {
            return DateMatch(first: i, last: i, type: .duration, value: durationCode(1, u), date: nil, granularity: .none, relative: false)
        }
        guard isPunct(i + 1, "-"), word(i + 2, DateLexicon.long), adjacent(i + 1), adjacent(i + 2), let u = unit(i),
              !(isPunct(i - 1, "-") && adjacent(i)) else { return nil }
        return DateMatch(first: i, last: i + 2, type: .duration, value: durationCode(isPlural(i) ? -1 : 1, u), date: nil, granularity: .none, relative: false)
    }

    /// "a minute and a half", "two and a half years", "2 1/2 years": the value with the half in the
    /// next smaller unit (PT1M30S, P2Y6M).
    func halfMore(_ n: Int, _ nEnd: Int) -> (value: String, end: Int)? {
        guard let (unit, end) = halfMoreSpan(nEnd) else { return nil }
        switch unit {
        case .year: return ("P\(n)Y6M", end)
        case .month: return ("P\(n)M15D", end)
        case .week: return ("P\(n * 7 + 3)DT12H", end)
        case .day: return ("P\(n)DT12H", end)
        case .hour: return ("PT\(n)H30M", end)
        case .minute: return ("PT\(n)M30S", end)
        case .decade: return ("P\(n * 10 + 5)Y", end)
        case .quarter: return ("P\(n * 3 + 1)M15D", end)
        default: return nil
        }
    }

    /// The unit and last token of a count with a half more, the count ending at `nEnd`: "two and
    /// a half years", "2 1/2 years", "a year and a half".
    func halfMoreSpan(_ nEnd: Int) -> (unit: DateLexicon.Unit, end: Int)? {
        if word(nEnd + 1, "and"), word(nEnd + 2, "a"), word(nEnd + 3, "half"), let u = unit(nEnd + 4) { return (u, nEnd + 4) }
        if tok(nEnd)?.kind == .number, tok(nEnd + 1)?.text == "1", isPunct(nEnd + 2, "/"), tok(nEnd + 3)?.text == "2", let u = unit(nEnd + 4) {
            return (u, nEnd + 4)
        }
        if let u = unit(nEnd + 1), word(nEnd + 2, "and"), word(nEnd + 3, "a"), word(nEnd + 4, "half") { return (u, nEnd + 4) }
        return nil
    }

    /// "a year and a half ago", "two and a half years ago", "half a century ago", "18 months from
    /// now" told with a half: a point that far from the publication, counted in the next smaller
    /// unit (18 months, 25 years, 50 years). Halves of shorter units stay spans: "a week and a
    /// half ago" falls on no whole day.
    func halfAgo(_ i: Int) -> DateMatch? {
        // (string tests first: this is tried at every token the "ago" forms are)
        guard word(i, "half") || word(i + 1, "and") || word(i + 2, "and") || word(i + 3, "and") || isPunct(i + 2, "/") else { return nil }
        let halves: Int, u: DateLexicon.Unit, end: Int
        if word(i, "half"), word(i + 1, ["a", "an"]), let unit = unit(i + 2), !isPlural(i + 2) {
            (halves, u, end) = (1, unit, i + 2)
        } else if let (n, nEnd) = amount(i), n > 0, n < 1000, let more = halfMoreSpan(nEnd) {
            (halves, u, end) = (2 * n + 1, more.unit, more.end)
        } else { return nil }
        let sign: Int, last: Int
        if word(end + 1, "ago") { (sign, last) = (-1, end + 1) }
        else if word(end + 1, "from"), word(end + 2, ["now", "today"]) { (sign, last) = (1, end + 2) }
        else { return nil }
        switch u {
        case .year: return shifted(i, last, amount: 6 * halves, unit: .month, sign: sign)
        case .decade: return shifted(i, last, amount: 5 * halves, unit: .year, sign: sign)
        case .century: return shifted(i, last, amount: 50 * halves, unit: .year, sign: sign)
        default: return nil
        }
    }

    /// every week · each year · annually · twice a year · daily (as an adverb).
    func setForm(_ i: Int) -> DateMatch? {
        guard let tk = tok(i), tk.kind == .word else { return nil }
        if let v = DateLexicon.setAdverbs[tk.lower] {
            // "a daily newspaper", "quarterly earnings": adjectives, not sets ("annually" is never
            // one: "12 percent annually over five years").
            if let next = tok(i + 1), next.kind == .word, !tk.lower.hasSuffix(DateLexicon.adverbOnlyEnding),
               !["and", "or", "in", "on", "at", "by", "for", "to", "from", "since", "until", "basis", "over", "through", "during"].contains(next.lower) { return nil }
            return DateMatch(first: i, last: i, type: .set, value: v, date: nil, granularity: .none, relative: false)
        }
        if word(i, ["every", "each", "per"]) {
            var k = i + 1
            var n = 1
            // "every other day" (P2D), "every other Tuesday": one in two
            let other = word(i, "every") && word(k, "other")
            if other { n = 2; k += 1 }
            if !other, let (a, aEnd) = amount(k), a > 1 { n = a; k = aEnd + 1 }
            if let u = unit(k) {
                return DateMatch(first: i, last: k, type: .set, value: durationCode(n, u), date: nil, granularity: .none, relative: false)
            }
            if k == i + 1, let w = tok(k), !w.isCapitalized, let season = DateLexicon.seasons[w.lower] {
                // "each spring": that season every year
                return DateMatch(first: i, last: k, type: .set, value: "XXXX-\(season)", date: nil, granularity: .none, relative: false)
            }
            if k == i + 1, let w = tok(k), w.isCapitalized, let month = DateLexicon.months[w.lower], w.lower.count > 3 || isPunct(k + 1, ".") {
                // "each July": that month every year
                return DateMatch(first: i, last: k, type: .set, value: "XXXX-\(pad(month, 2))", date: nil, granularity: .none, relative: false)
            }
            if let w = tok(k), let wd = DateLexicon.weekdays[w.lower], w.isCapitalized {
                return DateMatch(first: i, last: k, type: .set, value: "XXXX-WXX-\(wd + 1)", date: nil, granularity: .none, relative: false)
            }
        }
        if word(i, ["a", "an"]), let u = unit(i + 1), !isPlural(i + 1), let p = tok(i - 1),
           p.kind == .number || countedThings(before: i) || ["times", "twice", "once", "million", "billion", "percent", "thousand"].contains(p.lower) {
            return DateMatch(first: i, last: i + 1, type: .set, value: durationCode(1, u), date: nil, granularity: .none, relative: false)
        }
        return nil
    }

    /// "three shifts a day", "two meals a day": a count of things (not of a calendar unit) just
    /// before token `i`, which a unit after it makes a rate.
    func countedThings(before i: Int) -> Bool {
        guard let things = tok(i - 1), things.kind == .word, things.lower.hasSuffix("s"), unit(i - 1) == nil, let count = tok(i - 2) else { return false }
        return count.kind == .number || (DateLexicon.numberWords[count.lower] ?? 0) > 1
    }

    /// 5 p.m. · 10:30 a.m. · noon · midday · midnight.
    func timeOfDay(_ i: Int) -> DateMatch? {
        guard let tk = tok(i) else { return nil }
        if tk.kind == .word, tk.lower == "noon" || tk.lower == "midday" || tk.lower == "midnight" {
            return clockOn(i, i, tk.lower == "midnight" ? "T24:00" : "T12:00")
        }
        guard let h = tk.number else { return nil }
        if tk.text.count == 4 { return fourFigureClock(i, h) }
        guard tk.text.count <= 2, (0...24).contains(h) else { return nil }
        if let p = tok(i - 1), p.kind == .punct, p.text == "$" || p.text == "." { return nil }
        // Glued to a word before it, the figure is part of a code or an address ("P2qpm3h3Pm").
        if adjacent(i), tok(i - 1)?.kind != .punct { return nil }
        var k = i + 1
        var minute = 0
        // "9:30", and the British "5.45am" (a dot there is a decimal's unless a.m. or p.m. follows)
        var separator: String?
        // ("8: 44AM", spaced as some corpora are, for the colon only)
        if let m = clockMinutes(at: k, spacedColon: true) { minute = m; separator = t[k].text; k += 2 }
        var hour = h
        // Without its dots ("a.m." → "am"), over bytes: this runs on every number followed by a word.
        let meridiem = tok(k).flatMap { mer in
            mer.kind != .word ? nil : mer.lower.utf8.contains(UInt8(ascii: ".")) ? String(decoding: mer.lower.utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self) : mer.lower
        }
        var end = k
        switch meridiem {
        case "am": if hour == 12 { hour = 0 }
        case "pm": if hour < 12 { hour += 12 }
        case "o'clock", "o’clock": if separator == "." { return nil }
        default:
            // A 24-hour clock: with a zone after it ("20:15 GMT", "9:00 local time"), or written as
            // one ("at 14:30", "from 09:00") after a preposition of time; not a verse ("John
            // 3:16"), a ratio, "at 4:30" (morning or afternoon?) or a game's clock ("at 14:30 of
            // the first period", "with 3:59 left").
            guard separator == ":", h <= 23 else { return nil }
            let writtenAs24 = (h >= 13 || tk.text.count == 2 && tk.text.hasPrefix("0")) && word(i - 1, DateLexicon.clockPrepositions)
            guard zoneFollows(k) || clockPartOfDay(k) != nil || writtenAs24 && !(tok(k).map { DateLexicon.gameClockFollowers.contains($0.lower) } ?? false)
            else { return nil }
            end = k - 1
        }
        if end == k, isPunct(k + 1, "."), let mer = tok(k), mer.lower.hasSuffix("m"), !mer.lower.hasSuffix(".") { end = k }
        // "4:30 in the afternoon", "10 o'clock at night": the part of the day says which half.
        if end < k || meridiem == "o'clock" || meridiem == "o’clock", let (code, last) = clockPartOfDay(end + 1) {
            if code == "MO", hour == 12 { hour = 0 }
            if code == "AF" || code == "EV" || code == "NI" && hour >= 6, hour < 12 { hour += 12 }
            end = last
        }
        if zoneInCapitals(end + 1) { end += 1 }
        let clock = "T\(pad(hour, 2)):\(pad(minute, 2))"
        return clockOn(i, end, clock)
    }

    /// The minutes of a clock whose separator is token `k`: ":" or "." and two figures under 60,
    /// the separator glued to the hour and the figures to it (`spacedColon`: "8: 44AM", as some
    /// corpora space a colon).
    func clockMinutes(at k: Int, spacedColon: Bool) -> Int? {
        guard isPunct(k, ":") || isPunct(k, "."), adjacent(k), adjacent(k + 1) || spacedColon && isPunct(k, ":"),
              let m = tok(k + 1), m.kind == .number, m.text.count == 2, let mm = m.number, mm < 60 else { return nil }
        return mm
    }

    /// "in the afternoon", "in the morning", "at night" after a clock time: its part of the day.
    func clockPartOfDay(_ k: Int) -> (code: String, last: Int)? {
        if word(k, "in"), word(k + 1, "the"), let p = tok(k + 2), let code = partOfDay[p.lower], code != "NI" { return (code, k + 2) }
        if word(k, "at"), word(k + 1, "night") { return ("NI", k + 1) }
        return nil
    }

    /// A time zone written in capitals ("GMT") or "local time" at token `k`.
    func zoneFollows(_ k: Int) -> Bool { zoneInCapitals(k) || word(k, "local") && word(k + 1, "time") }

    /// A time zone written in capitals at token `k` ("EST", not the word "est").
    func zoneInCapitals(_ k: Int) -> Bool {
        guard let z = tok(k), DateGrammar.clockZones.contains(z.lower) else { return false }
        return z.text == z.text.uppercased()
    }

    /// "0800 GMT", "1430 local time", "at 2200 hrs": a 24-hour clock in four figures, read only
    /// with its zone or "hrs" after it ("1500 hours of community service" is a span).
    func fourFigureClock(_ i: Int, _ hhmm: Int) -> DateMatch? {
        guard hhmm / 100 <= 23, hhmm % 100 < 60, !adjacent(i) || tok(i - 1)?.kind == .punct else { return nil }
        var end = i
        if word(i + 1, "hrs") || word(i - 1, "at") && word(i + 1, "hours") { end = i + 1 }
        else if !zoneFollows(i + 1) { return nil }
        if zoneInCapitals(end + 1) { end += 1 }
        return clockOn(i, end, "T\(pad(hhmm / 100, 2)):\(pad(hhmm % 100, 2))")
    }

    /// A clock time on the anchor day, or on the weekday that follows it ("10 p.m. Wednesday").
    /// The day may follow the clock's zone, "local time" or a bracketed time elsewhere: "4:35 a.m.
    /// local time (2035 GMT) on Sunday".
    func clockOn(_ i: Int, _ end: Int, _ clock: String) -> DateMatch {
        var z = end + 1
        if word(z, "local"), word(z + 1, "time") { z += 2 }
        if let zone = tok(z), DateGrammar.clockZones.contains(zone.lower) { z += 1 }
        if isPunct(z, "("), let close = (z + 1..<min(z + DateGrammar.clockAsideReach, t.count)).first(where: { isPunct($0, ")") }) { z = close + 1 }
        // "at 9 a.m. tomorrow", "10 p.m. yesterday"
        if let w = tok(z), w.kind == .word, let offset = DateGrammar.clockDayWords[w.lower] {
            guard let ref = anchor.date else { return unresolved(i, z, "XXXX-XX-XX" + clock, .none, type: .time) }
            let d = ref.adding(days: offset)
            return DateMatch(first: i, last: z, type: .time, value: d.iso + clock, date: d, granularity: .none, relative: true)
        }
        if isPunct(z, ",") { z += 1 }
        if word(z, "on") { z += 1 }
        if let m = monthFirst(z) ?? dayFirst(z), m.first == z, m.granularity == .day, let d = m.date {
            // ("4:31 pm January 5, 2011": as absolute as its date)
            return DateMatch(first: i, last: m.last, type: .time, value: d.iso + clock, date: d, granularity: .none, relative: m.relative)
        }
        if let w = tok(z), w.isCapitalized, DateLexicon.fullWeekdays.contains(w.lower), let day = weekdayDate(z) {
            if let d = day.date { return DateMatch(first: i, last: day.last, type: .time, value: d.iso + clock, date: d, granularity: .none, relative: true) }
            // "12:45 p.m. on Thursday" with no day to count from: the weekday and the clock it says.
            if day.type == .date { return unresolved(i, day.last, day.value + clock, .none, type: .time) }
        }
        guard let ref = anchor.date else {
            var m = unresolved(i, end, "XXXX-XX-XX" + clock, .none, type: .time)
            m.fromText = .clock
            return m
        }
        var m = DateMatch(first: i, last: end, type: .time, value: ref.iso + clock, date: ref, granularity: .none, relative: true)
        m.fromText = .clock
        return m
    }
}
