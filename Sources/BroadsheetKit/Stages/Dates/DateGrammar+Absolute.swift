/// Absolute forms: numeric dates, month-day, day-month, years, decades, centuries, quarters, spelled years.
extension DateGrammar {
    /// 2009-12-04, 12/04/2009, 4/12/09, 18.03.2013.
    func numericDate(_ i: Int) -> DateMatch? {
        guard let a = tok(i), a.kind == .number, i + 4 < t.count else { return nil }
        guard (1...4).contains(i + 4 - i), adjacent(i + 1), adjacent(i + 2), adjacent(i + 3), adjacent(i + 4),
              let b = tok(i + 2)?.number, let c = tok(i + 4)?.number, let x = a.number else { return nil }
        if let after = tok(i + 5), adjacent(i + 5), after.kind != .punct || after.text == "-" || after.text == "/" { return nil }
        // (not a fourth part: "10.10.2010.1", "1.2.2013-rc")
        if let after = tok(i + 5), adjacent(i + 5), after.text == "." || after.text == "-", tok(i + 6)?.kind == .number, adjacent(i + 6) { return nil }
        if isPunct(i + 1, "-"), isPunct(i + 3, "-"), a.text.count == 4, let d = CivilDate(year: x, month: b, day: c) {
            return dayMatch(i, i + 4, d, relative: false)
        }
        if isPunct(i + 1, "/"), isPunct(i + 3, "/"), tok(i + 4)!.text.count == 4 || tok(i + 4)!.text.count == 2 {
            let y = tok(i + 4)!.text.count == 2 ? (c > 40 ? 1900 + c : 2000 + c) : c
            // The month comes first in American English; every other language writes the day
            // first ("04/03/2025" is 4 March in a French or British-style Spanish paper).
            let dayFirst = abroad || x > 12
            let (m, d) = dayFirst ? (b, x) : (x, b)
            if let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, i + 4, date, relative: false) }
        }
        // "18.03.2013", "4.3.2025": the day first, in every language that writes dates with dots
        // (German, Russian, Polish, Czech, Turkish, the Nordic ones), its year in full.
        if isPunct(i + 1, "."), isPunct(i + 3, "."), a.text.count <= 2, tok(i + 2)!.text.count <= 2, tok(i + 4)!.text.count == 4,
           let date = CivilDate(year: c, month: b, day: x) {
            return dayMatch(i, i + 4, date, relative: false)
        }
        return nil
    }

    /// December 4, 2009 · Dec. 4 · June 2008 · May (with a date-like preposition) · mid-December.
    func monthFirst(_ i: Int) -> DateMatch? {
        guard let (m, mEnd) = month(i) else { return nil }
        var k = mEnd + 1
        // "March 4-8": the first day here, the last its own date (dayRangeEnd); a year is after both
        let rangeLast = dayRangeLast(from: k)
        if let (d, dEnd) = rangeLast != nil ? (tok(k)!.number!, k) : day(k) {
            k = dEnd + 1
            var yk = rangeLast.map { $0 + 1 } ?? k
            if isPunct(yk, ",") { yk += 1 }
            if rangeLast != nil, let y = year(yk), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, dEnd, date, relative: false) }
            if let y = year(yk), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, yk, date, relative: false) }
            if rangeLast == nil, let (y, end) = yearTold(k), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, end, date, relative: true) }
            // "the Sept. 11 attacks", "Sept. 11 conspiracy theories": the day of 2001, whenever written.
            if m == 9, d == 11, rangeLast == nil, word(k, DateLexicon.septemberElevenNouns), let date = CivilDate(year: 2001, month: 9, day: 11) {
                var event = dayMatch(i, dEnd, date, relative: false)
                event.knownEvent = true
                return event
            }
            if let y = resolveYear(month: m, day: d, at: i), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, dEnd, date, relative: true) }
            return unresolved(i, dEnd, "XXXX-\(pad(m, 2))-\(pad(d, 2))", .day)
        }
        var yk = k
        if isPunct(yk, ",") || word(yk, "of") { yk += 1 }
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
        if let (y, end) = yearTold(mEnd + 1) { return monthMatch(i, end, year: y, month: m, relative: true) }
        if let next = tok(mEnd + 1), next.isCapitalized, next.kind == .word, !word(mEnd + 1, "the") { return nil }  // June Carter
        let modified = prev == "last" || prev == "next" || prev == "this"
        guard let ref = anchor.date else { return unresolved(modified ? i - 1 : i, mEnd, "XXXX-\(pad(m, 2))", .month) }
        // A bare month is in the publication year unless the tense or a modifier moves it.
        var y = ref.year
        let forward = (m - ref.month + 12) % 12, backward = (ref.month - m + 12) % 12
        if prev == "this" {
            // this September: the publication year
        } else if min(forward, backward) <= 2 {
            if forward <= backward { if m < ref.month { y += 1 } } else if m > ref.month { y -= 1 }
        } else {
            switch tense(i) {
            case .future: if m < ref.month { y += 1 }
            case .past: if m > ref.month { y -= 1 }
            case .unknown:
                // (A date the text states is no publication date: with no tense to go by, its year stands.)
                if anchor.kind == .inferred { break }
                if forward < backward { if m < ref.month { y += 1 } } else if m > ref.month { y -= 1 }
            }
        }
        // "December bonds were off 27/32", "the September future": a futures contract's month,
        // the next one to come (or this one), whatever the tense of the market report.
        if !modified, let next = tok(mEnd + 1), DateLexicon.contractNouns.contains(next.lower) { y = m >= ref.month ? ref.year : ref.year + 1 }
        if prev == "last" { y = m >= ref.month - 1 ? ref.year - 1 : ref.year }
        if prev == "next" { y = m <= ref.month ? ref.year + 1 : ref.year }
        let start = modified ? i - 1 : i
        return monthMatch(start, mEnd, year: y, month: m, relative: true)
    }

    /// The token of the last day of a range of days written from `k` ("4-8" in "March 4-8", "10
    /// to 12" in "March 10 to 12"): a later day of the month joined by a dash, not the start of a
    /// numeric date ("4-8-98"), or by a word, when what follows leaves the figure a day ("March
    /// 3 to 5 percent" is a share).
    func dayRangeLast(from k: Int) -> Int? {
        guard let a = tok(k), a.kind == .number, a.text.count <= 2, let d1 = a.number, (1...31).contains(d1),
              let b = tok(k + 2), b.kind == .number, b.text.count <= 2, let d2 = b.number, d2 > d1, d2 <= 31 else { return nil }
        if isPunct(k + 1, "-"), adjacent(k + 1), adjacent(k + 2) {
            if let after = tok(k + 3), adjacent(k + 3), after.kind != .punct || after.text == "-" || after.text == "/" { return nil }
            return k + 2
        }
        guard let link = tok(k + 1), DateLexicon.dayRangeLinks.contains(link.lower), !adjacent(k + 2) || link.kind == .punct else { return nil }
        guard let after = tok(k + 3) else { return k + 2 }
        if adjacent(k + 3), after.kind != .punct || !DateGrammar.dayRangeEnders.contains(after.text) { return nil }
        if after.kind == .word, !DateLexicon.closingWords.contains(after.lower) { return nil }
        // ("March 10 to 12.5", "March 3 and 4,500")
        if after.kind == .punct, tok(k + 4)?.kind == .number, adjacent(k + 4) { return nil }
        if after.kind == .number, year(k + 3) == nil { return nil }
        return k + 2
    }
    /// Marks that may close a range of days written with a word, right after its last figure.
    static let dayRangeEnders: WordSet = [",", ".", ";", ")", "!", "?", "\"", "”", "'", "’"]

    /// The 8 of "March 4-8" (and of "March 4-8, 1998"): a date of its own, in the month and year
    /// the range's first day has.
    func dayRangeEnd(_ i: Int) -> DateMatch? {
        guard let tk = tok(i), tk.kind == .number, let d = tk.number, i >= 3, let link = tok(i - 1), DateLexicon.dayRangeLinks.contains(link.lower) else { return nil }
        // The month is just before the first day: "March" or "Sept" ".".
        let first = i - 2
        guard let monthAt = [first - 1, first - 2].first(where: { $0 >= 0 && month($0)?.end == first - 1 }),
              dayRangeLast(from: first) == i, let start = monthFirst(monthAt), let (m, _) = month(monthAt) else { return nil }
        var end = i
        if isPunct(i + 1, ","), year(i + 2) != nil { end = i + 2 } else if year(i + 1) != nil { end = i + 1 }
        var match = unresolved(i, end, "XXXX-\(pad(m, 2))-\(pad(d, 2))", .day)
        if let y = start.date?.year, let date = CivilDate(year: y, month: m, day: d) { match = dayMatch(i, end, date, relative: start.relative) }
        match.monthWrittenBeside = true
        return match
    }

    /// The 10 of "10-12 March", "10 to 12 March", "between 10 and 12 March": a date of its own,
    /// in the month and year of the range's last day.
    func dayRangeStart(_ i: Int) -> DateMatch? {
        guard let a = tok(i), a.kind == .number, a.text.count <= 2, let d = a.number, (1...31).contains(d) else { return nil }
        // (one word between the days in English; abroad an ordinal's full stop, and up to two:
        // `vom 10. bis zum 12. März`, `entre el 3 y el 7 de mayo`)
        var k = i + 1
        if abroad, isPunct(k, "."), adjacent(k) { k += 1 }
        var links = 0
        while links < (abroad ? 2 : 1), let link = tok(k), DateLexicon.dayRangeLinks.contains(link.lower) || abroad && DateLexicon.dayRangeLinksAbroad.contains(link.lower) {
            k += 1; links += 1
        }
        guard links > 0, let b = tok(k), b.kind == .number, b.text.count <= 2, let d2 = b.number, d2 > d else { return nil }
        // "$10-15", "#3-4": a price or a count, glued to its mark.
        if let prev = tok(i - 1), adjacent(i), prev.kind != .punct || !DateGrammar.dayRangeOpeners.contains(prev.text) { return nil }
        guard let last = (abroad ? dayMonthAbroad(k) : nil) ?? dayFirst(k), last.first == k, last.granularity == .day, last.type == .date else { return nil }
        var match: DateMatch
        if let end = last.date, let date = CivilDate(year: end.year, month: end.month, day: d) {
            match = dayMatch(i, i, date, relative: last.relative)
        } else if last.value.hasSuffix(pad(d2, 2)) {
            match = unresolved(i, i, String(last.value.dropLast(2)) + pad(d, 2), .day)
        } else {
            return nil
        }
        match.monthWrittenBeside = true
        return match
    }
    /// Marks that may stand glued before a range's first day ("(10-12 March)").
    static let dayRangeOpeners: WordSet = ["(", "\"", "“", "[", "'", "‘"]

    /// 4 December 2009 · 4th of December · the 4th of December · the 15th of this month.
    func dayFirst(_ i: Int) -> DateMatch? {
        guard let (d, dEnd) = day(i) else { return nil }
        // "a 30-7 Oct. 19 loss": the second figure of a score, not a day (a range of days runs up).
        if isPunct(i - 1, "-"), adjacent(i), adjacent(i - 1), let before = tok(i - 2)?.number, before > d { return nil }
        var k = dEnd + 1
        if word(k, "of") { k += 1 }
        // "the 15th of this month", "the 2nd of last month": an ordinal day of a month told from the anchor.
        if k == dEnd + 2, dEnd == i + 1, word(k, ["this", "last", "next"]), word(k + 1, "month") {
            guard let ref = anchor.date else { return unresolved(i, k + 1, "XXXX-XX-\(pad(d, 2))", .day) }
            let month = ref.adding(months: word(k, "last") ? -1 : word(k, "next") ? 1 : 0)
            guard let date = CivilDate(year: month.year, month: month.month, day: d) else { return nil }
            return dayMatch(i, k + 1, date, relative: true)
        }
        guard let (m, mEnd) = month(k) else { return dayOfTheMonthAlone(i, d, dEnd) }
        var yk = mEnd + 1
        if isPunct(yk, ",") { yk += 1 }
        if let y = year(yk), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, yk, date, relative: false) }
        if let (y, end) = yearTold(mEnd + 1), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, end, date, relative: true) }
        if let y = resolveYear(month: m, day: d, at: i), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, mEnd, date, relative: true) }
        return unresolved(i, mEnd, "XXXX-\(pad(m, 2))-\(pad(d, 2))", .day)
    }

    /// "issued the notice on the 5th", "by the 20th": a day of the month with no month named, in
    /// the publication's month, or the one before (after) when the clause tells the past (the
    /// future) and the day is not yet (is already) reached. Only after a preposition and "the",
    /// and before the clause goes on: "the 5th floor", "on the 25th anniversary" are no days.
    func dayOfTheMonthAlone(_ i: Int, _ d: Int, _ dEnd: Int) -> DateMatch? {
        guard dEnd == i + 1, word(i - 1, "the"), let before = tok(i - 2), before.kind == .word,
              DateLexicon.dayAlonePrepositions.contains(before.lower) else { return nil }
        if let next = tok(dEnd + 1) {
            if next.kind == .punct { if DateGrammar.dashes.contains(next.text) || next.text == "/" { return nil } }
            else if next.kind != .word || !DateLexicon.clauseGoesOn.contains(next.lower) { return nil }
            // ("on the 15th and 17th holes": ordinals of one noun)
            if word(dEnd + 1, ["and", "or"]), tok(dEnd + 2)?.kind == .number { return nil }
        }
        guard let ref = anchor.date else { return unresolved(i, dEnd, "XXXX-XX-\(pad(d, 2))", .day) }
        let candidates = [-1, 0, 1].compactMap { shift -> CivilDate? in
            let month = ref.adding(months: shift)
            return CivilDate(year: month.year, month: month.month, day: d)
        }
        let date: CivilDate?
        switch tense(i) {
        case .past: date = candidates.last { $0.dayNumber <= ref.dayNumber }
        case .future: date = candidates.first { $0.dayNumber >= ref.dayNumber }
        case .unknown: date = candidates.min { abs($0.dayNumber - ref.dayNumber) < abs($1.dayNumber - ref.dayNumber) }
        }
        guard let date else { return nil }
        return dayMatch(i, dEnd, date, relative: true)
    }

    /// The year said after a month or a day ("June last year", "June 16th of last year", "March 3
    /// this year"), told from the anchor: one expression in annotated news, and the month's year
    /// is the one said, whatever the tense.
    func yearTold(_ at: Int) -> (year: Int, end: Int)? {
        var k = at
        if word(k, "of") { k += 1 }
        guard let ref = anchor.date, word(k, ["last", "this", "next"]), word(k + 1, "year") else { return nil }
        return (ref.year + (word(k, "last") ? -1 : word(k, "next") ? 1 : 0), k + 1)
    }

    /// 12 décembre 2024 · 1er janvier · 12. Dezember 2024 · 12 de diciembre de 2024 · 12 декабря 2024
    /// (documents in other languages).
    func dayMonthAbroad(_ i: Int) -> DateMatch? {
        guard let a = tok(i), a.kind == .number, a.text.count <= 2, let d = a.number, (1...31).contains(d) else { return nil }
        var k = i + 1
        if let s = tok(k), adjacent(k), s.kind == .word, DateLexicon.firstDaySuffixes.contains(s.lower) { k += 1 }
        else if isPunct(k, "."), adjacent(k) { k += 1 }
        else if let next = tok(k), adjacent(k), next.kind != .punct { return nil }
        if linkAbroad(k) { k += 1 }
        guard let mt = tok(k), mt.kind == .word, let m = DateLexicon.monthsAbroad[mt.lower] else { return nil }
        var yk = k + 1
        if linkAbroad(yk) { yk += 1 }
        if let y = year(yk), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, yk, date, relative: false) }
        // `15 марта прошлого года`, `le 4 mars dernier`: the year said in words.
        if let told = yearToldAbroad(at: k + 1), let ref = anchor.date,
           let date = CivilDate(year: year(told, month: m, day: d, from: ref), month: m, day: d) {
            return dayMatch(i, k + told.words.count, date, relative: true)
        }
        if let y = resolveYear(month: m, day: d, at: i), let date = CivilDate(year: y, month: m, day: d) { return dayMatch(i, k, date, relative: true) }
        return unresolved(i, k, "XXXX-\(pad(m, 2))-\(pad(d, 2))", .day)
    }

    /// décembre 2024 · Dezember 2024 · diciembre de 2024 (documents in other languages; a month
    /// alone is left: `mai`, `mars` are words too).
    func monthYearAbroad(_ i: Int) -> DateMatch? {
        guard let mt = tok(i), mt.kind == .word, let m = DateLexicon.monthsAbroad[mt.lower] else { return nil }
        var yk = i + 1
        if linkAbroad(yk) { yk += 1 }
        guard let y = year(yk) else { return nil }
        return monthMatch(i, yk, year: y, month: m, relative: false)
    }

    func linkAbroad(_ k: Int) -> Bool { tok(k).map { $0.kind == .word && DateLexicon.dateLinksAbroad.contains($0.lower) } ?? false }

    /// 1994 · fiscal 1998 · summer 2009 · Q3 2008.
    func yearForms(_ i: Int) -> DateMatch? {
        if word(i, "fiscal"), let y = year(i + 1) {
            return DateMatch(first: i, last: i + 1, type: .date, value: pad(y, 4), date: CivilDate(year: y, month: 1, day: 1), granularity: .year, relative: false)
        }
        if let tk = tok(i), let code = DateLexicon.seasons[tk.lower] {
            var k = i + 1
            if word(k, "of") { k += 1 }
            if let spelled = spelledYear(k), spelled.first == k, let y = spelled.date?.year {
                let start = word(i - 1, "the") ? i - 1 : i
                return DateMatch(first: start, last: spelled.last, type: .date, value: "\(pad(y, 4))-\(code)",
                                 date: CivilDate(year: y, month: DateLexicon.seasonStartMonth[code]!, day: 1), granularity: .season, relative: false)
            }
            if let y = year(k) {
                return DateMatch(first: i, last: k, type: .date, value: "\(pad(y, 4))-\(code)",
                                 date: CivilDate(year: y, month: DateLexicon.seasonStartMonth[code]!, day: 1), granularity: .season, relative: false)
            }
            // "the spring of last year", "summer next year"
            if let (y, end) = yearTold(k) {
                let start = word(i - 1, "the") ? i - 1 : i
                return DateMatch(first: start, last: end, type: .date, value: "\(pad(y, 4))-\(code)",
                                 date: CivilDate(year: y, month: DateLexicon.seasonStartMonth[code]!, day: 1), granularity: .season, relative: true)
            }
        }
        if let tk = tok(i), tk.text == "Q", adjacent(i + 1), let q = tok(i + 1)?.number, (1...4).contains(q), tok(i + 1)!.text.count == 1 {
            var k = i + 2
            if isPunct(k, ",") { k += 1 }
            if let y = year(k) { return quarterMatch(i, k, year: y, quarter: q, relative: false) }
        }
        if let y = year(i), let q = quarterAfter(i + 1) {
            let start = word(i - 1, "the") ? i - 1 : i
            return quarterMatch(start, q.end, year: y, quarter: q.quarter ?? lastQuarter().quarter, relative: q.quarter == nil)
        }
        if word(i, ["this", "last", "next"]), word(i + 1, "year"), isPunct(i + 2, "'s") || (isPunct(i + 2, "'") && word(i + 3, "s")),
           let ref = anchor.date {
            let k = isPunct(i + 2, "'s") ? i + 3 : i + 4
            if let q = quarterAfter(k) {
                let y = ref.year + (t[i].lower == "last" ? -1 : t[i].lower == "next" ? 1 : 0)
                return quarterMatch(i, q.end, year: y, quarter: q.quarter ?? lastQuarter().quarter, relative: true)
            }
        }
        // "2009-10": the range's second year, written short.
        // (Not a page range, `116(11), 1364-67`: the first year must read as a year on its own.)
        if let tk = tok(i), tk.kind == .number, tk.text.count == 2, isPunct(i - 1, "-") || isPunct(i - 1, "–"), let first = rangeStart(i),
           (DateGrammar.modernYears.contains(first) || DateLexicon.datePrepositions.contains(tok(i - 3)?.lower ?? "")),
           let y = rangeEnd(i - 2), y != first {
            return yearMatch(i, i, year: y, relative: false)
        }
        // mid-1996
        if word(i, "mid"), isPunct(i + 1, "-"), let y = year(i + 2) {
            // "mid-1980's", "mid-1980s": the decade
            if y % 10 == 0, let d = decadeOrCentury(i + 2), d.granularity == .decade { return DateMatch(first: i, last: d.last, type: .date, value: d.value, date: d.date, granularity: .decade, relative: false) }
            return yearMatch(i, i + 2, year: y, relative: false)
        }
        guard let y = year(i) else { return nil }
        let prev = tok(i - 1)?.lower ?? ""
        if !DateGrammar.modernYears.contains(y), !DateLexicon.datePrepositions.contains(prev) { return nil }
        // "after 1100 of them": a count of things; "2088 Philip Street", "1119 Eighth St.": an address.
        if word(i + 1, "of"), word(i + 2, DateGrammar.countedThings) { return nil }
        if isStreetAddress(from: i + 1) { return nil }
        if let next = tok(i + 1), next.kind == .word {
            let l = next.lower
            if l == "percent" || l == "per" || l == "times" || DateLexicon.units[l] != nil { return nil }
            // "2000 jobs" is a count; "a 2009 analysis", "the 2008 census" are years.
            if l.hasSuffix("s"), !next.isCapitalized, !["was", "is", "has", "as", "his", "its", "this", "thus", "plus", "versus", "was"].contains(l),
               !DateLexicon.singularEndingsInS.contains(where: { l.hasSuffix($0) }) {
                // "its 1999 sales", "the 2000 elections": a period's figures after a determiner or
                // a possessive are the year's ("the 2000 workers" stays a count).
                let owned = DateLexicon.determiners.contains(prev) || isPunct(i - 1, "'s") || (isPunct(i - 2, "'") || isPunct(i - 2, "’")) && word(i - 1, "s")
                if !(owned && DateLexicon.yearlyFigures.contains(l)) { return nil }
            }
        }
        if prev == "$" || prev == "no" || prev == "number" || prev == "flight" || prev == "route" || prev == "model" { return nil }
        // "+45 2365 1941", "0171 555 2000": a group of a phone number, not a year (unlike "1996
        // 1995" over a results table, "E3 2012", "15:58:00 2007").
        if let p = tok(i - 1), p.kind == .number, p.text.count >= 3, year(i - 1) == nil,
           !(adjacent(i - 1) && tok(i - 2).map { $0.kind == .word || $0.text == ":" } ?? false) { return nil }
        return yearMatch(i, i, year: y, relative: false)
    }

    /// the 1990s · the '90s · the 21st century · the nineteenth century.
    func decadeOrCentury(_ i: Int) -> DateMatch? {
        // (`the Elite 5340's`: a model's number, not a decade to come)
        if let y = tok(i)?.number, y > DateGrammar.modernYears.upperBound { return nil }
        if let tk = tok(i), tk.kind == .number, tk.text.count == 4, let y = tk.number, y % 10 == 0, adjacent(i + 1), word(i + 1, "s") {
            let start = word(i - 1, "the") ? i - 1 : i
            return decadeMatch(start, i + 1, firstYear: y, relative: false)
        }
        // "the 1960's" (as the New York Times writes it)
        if let tk = tok(i), tk.kind == .number, tk.text.count == 4, let y = tk.number, y % 10 == 0,
           isPunct(i + 1, "'") || isPunct(i + 1, "’"), adjacent(i + 1), word(i + 2, "s"), adjacent(i + 2) {
            let start = word(i - 1, "the") ? i - 1 : i
            return decadeMatch(start, i + 2, firstYear: y, relative: false)
        }
        // "the 80's", "the late 60's", "the mid-90's", "the 90s" (after "the": "in the 70's" alone
        // may be degrees, "in his 80s" an age; written without the apostrophe, "in the mid-30s"
        // is as often a share or a reading as a decade, and is left alone)
        if let tk = tok(i), tk.kind == .number, tk.text.count == 2, let y = tk.number, y % 10 == 0 {
            let apostrophe = (isPunct(i + 1, "'") || isPunct(i + 1, "’")) && adjacent(i + 1) && word(i + 2, "s") && adjacent(i + 2)
            let plain = word(i + 1, "s") && adjacent(i + 1) && word(i - 1, "the") && !t.contains(where: { DateLexicon.shareWords.contains($0.lower) })
            let modifier = isPunct(i - 1, "-") && adjacent(i) ? i - 2 : i - 1
            if plain || apostrophe && (word(i - 1, "the") || (word(modifier, ["early", "mid", "late"]) && word(modifier - 1, "the"))),
               !t.contains(where: { DateLexicon.temperatureWords.contains($0.lower) }) {
                let full = y >= 30 ? 1900 + y : 2000 + y
                return decadeMatch(i, apostrophe ? i + 2 : i + 1, firstYear: full, relative: false)
            }
        }
        if isPunct(i, "'") || isPunct(i, "’"), let tk = tok(i + 1), tk.kind == .number, tk.text.count == 2, let y = tk.number, y % 10 == 0, word(i + 2, "s") {
            let full = y >= 30 ? 1900 + y : 2000 + y
            return decadeMatch(i, i + 2, firstYear: full, relative: false)
        }
        var k = i
        if word(k, "the") { k += 1 }
        var ordinal: Int?
        var end = k
        if let tk = tok(k), let n = tk.number, word(k + 1, ["st", "nd", "rd", "th"]) { ordinal = n; end = k + 1 }
        // "the twenty-first century", written in two words or with a hyphen (not "first century")
        else if word(k, "twenty"), case let at = isPunct(k + 1, "-") ? k + 2 : k + 1, let tk = tok(at), let n = DateLexicon.ordinals[tk.lower], (1...9).contains(n) {
            ordinal = 20 + n; end = at
        }
        else if let tk = tok(k), let n = DateLexicon.ordinals[tk.lower], n > 0 { ordinal = n; end = k }
        if let c = ordinal, word(end + 1, "century"), c >= 1, c <= 22 {
            return centuryMatch(i, end + 1, hundreds: c - 1, relative: false)
        }
        return nil
    }

    func quarterMatch(_ a: Int, _ b: Int, year: Int, quarter: Int, relative: Bool) -> DateMatch {
        DateMatch(first: a, last: b, type: .date, value: "\(pad(year, 4))-Q\(quarter)",
                  date: CivilDate(year: year, month: (quarter - 1) * 3 + 1, day: 1), granularity: .quarter, relative: relative)
    }

    /// the third quarter (of 1998) · the first half · the fourth-quarter.
    func quarterOrHalf(_ i: Int) -> DateMatch? {
        var k = i
        if word(k, "the") { k += 1 }
        guard let tk = tok(k), var n = DateLexicon.ordinals[tk.lower] else { return nil }
        var u = k + 1
        if isPunct(u, "-") { u += 1 }
        guard word(u, ["quarter", "half"]) else { return nil }
        let isQuarter = t[u].lower == "quarter"
        if n < 1 {
            // "the last half of 1989", "the last quarter of 2009": the year's last
            guard word(u + 1, "of"), year(u + 2) != nil || (word(u + 2, ["last", "this", "next"]) && word(u + 3, "year")) else { return nil }
            n = isQuarter ? 4 : 2
        }
        guard n <= (isQuarter ? 4 : 2) else { return nil }
        var end = u
        var y: Int?
        if word(u + 1, "of"), let yy = year(u + 2) { y = yy; end = u + 2 }
        // "the second quarter of next year", "the first half of last year"
        if word(u + 1, "of"), let (told, at) = yearTold(u + 1) { y = told; end = at }
        // "the second half of the year": the year in question, as when none is named
        if y == nil, word(u + 1, "of"), word(u + 2, "the"), word(u + 3, "year"), !word(u + 4, ["before", "after"]) { end = u + 3 }
        let start = i
        if y == nil {
            if gamePeriods { return nil }
            guard let ref = anchor.date else { return unresolved(start, end, isQuarter ? "XXXX-Q\(n)" : "XXXX-H\(n)", isQuarter ? .quarter : .none) }
            let current = isQuarter ? (ref.month - 1) / 3 + 1 : (ref.month - 1) / 6 + 1
            // (`will report fourth-quarter results on Feb. 24`: results are of a quarter ended)
            let results = tok(end + 1).map { DateLexicon.resultsWords.contains($0.lower) } ?? false
            y = n <= current || !results && lookingAhead(i) ? ref.year : ref.year - 1
        }
        let relative = end == u || end == u + 3
        if isQuarter { return quarterMatch(start, end, year: y!, quarter: n, relative: relative) }
        return DateMatch(first: start, last: end, type: .date, value: "\(pad(y!, 4))-H\(n)", date: CivilDate(year: y!, month: n == 1 ? 1 : 7, day: 1),
                         granularity: .none, relative: relative)
    }

    /// Q3 · Q3 2012 · Q3 of 2012 · H1 2013 · FY2013 · FY13: business writing's quarters, halves and
    /// fiscal years. Without a year a quarter needs a preposition before it ("in Q3"; "Audi Q3" is
    /// a car), and is read as "the third quarter" is.
    func businessPeriod(_ i: Int) -> DateMatch? {
        // (tried at every token: the length first)
        guard let w = tok(i), w.kind == .word, w.text.utf8.count <= 2, w.text == "Q" || w.text == "H" || w.text == "FY",
              let n = tok(i + 1), n.kind == .number, let v = n.number else { return nil }
        if w.text == "FY" {
            guard n.text.count == 4 || n.text.count == 2, adjacent(i + 1) || n.text.count == 4 else { return nil }
            return yearMatch(i, i + 1, year: n.text.count == 4 ? v : v < 50 ? 2000 + v : 1900 + v, relative: false)
        }
        let isQuarter = w.text == "Q"
        guard adjacent(i + 1), n.text.count == 1, (1...(isQuarter ? 4 : 2)).contains(v) else { return nil }
        if let after = tok(i + 2), adjacent(i + 2), after.kind != .punct { return nil }   // "Q3x", "H2O"? (a code)
        var y: Int?, end = i + 1
        if let yy = year(i + 2) { y = yy; end = i + 2 } else if word(i + 2, "of"), let yy = year(i + 3) { y = yy; end = i + 3 }
        var relative = false
        if y == nil {
            guard word(i - 1, DateLexicon.businessPeriodPrepositions), !gamePeriods else { return nil }
            guard let ref = anchor.date else { return unresolved(i, end, isQuarter ? "XXXX-Q\(v)" : "XXXX-H\(v)", isQuarter ? .quarter : .none) }
            let current = isQuarter ? (ref.month - 1) / 3 + 1 : (ref.month - 1) / 6 + 1
            y = v <= current || lookingAhead(i) ? ref.year : ref.year - 1
            relative = true
        }
        if isQuarter { return quarterMatch(i, end, year: y!, quarter: v, relative: relative) }
        return DateMatch(first: i, last: end, type: .date, value: "\(pad(y!, 4))-H\(v)", date: CivilDate(year: y!, month: v == 1 ? 1 : 7, day: 1),
                         granularity: .none, relative: relative)
    }

    /// nineteen ninety-six · nineteen eighty · the year two thousand.
    func spelledYear(_ i: Int) -> DateMatch? {
        var start = i
        var k = i
        if word(k, "the"), word(k + 1, "year") { k += 2 }
        if word(k, "two"), word(k + 1, "thousand") {
            var end = k + 1, y = 2000
            if word(end + 1, "and"), let u = tok(end + 2).flatMap({ DateLexicon.unitWords[$0.lower] }) { y += u; end += 2 }
            // "for more than two thousand years": a count of years, not the year 2000.
            if k == i, unit(end + 1) != nil { return nil }
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
        } else if word(end, "hundred") {
            rest = 0
        }
        guard let r = rest, k > i || unit(end + 1) == nil else { return nil }   // "nineteen hundred years"
        if k == i { start = i }
        return yearMatch(start, end, year: c * 100 + r, relative: false)
    }

    /// `[third] quarter` / `period` after a year: the quarter's number when stated.
    func quarterAfter(_ k: Int) -> (quarter: Int?, end: Int)? {
        var j = k
        var n: Int?
        if let tk = tok(j), let o = DateLexicon.ordinals[tk.lower], (1...4).contains(o) {
            n = o; j += 1
            if isPunct(j, "-") { j += 1 }
        }
        guard word(j, ["quarter", "period"]) else { return nil }
        if n == nil && t[j].lower == "period" && word(k - 2, "the") == false { return nil }
        return (n, j)
    }

    /// Whether a street's name and its kind follow (`Eighth St.`, `Philip Street`, `Caldwell
    /// Place`): the figure before them is a house number. The name's words are written in title
    /// case (not `1990 U.S. Census Ave. Travel Time`, an average).
    func isStreetAddress(from k: Int) -> Bool {
        var j = k
        while j < k + DateGrammar.longestStreetName, let w = tok(j), w.kind == .word, w.text.unicodeScalars.first?.properties.isUppercase == true {
            if j > k, NameHeads.street.contains(w.lower) { return true }
            guard w.text.unicodeScalars.dropFirst().allSatisfy({ $0.properties.isLowercase }) else { return false }
            j += 1
        }
        return false
    }
}
