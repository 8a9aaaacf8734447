/// Periods named by a word rather than a number: the (fiscal) year, year-end, seasons, parts of a
/// day before the day, decades in words, weekdays as sets.
extension DateGrammar {
    /// the year · the fiscal year · the current fiscal year · the latest fiscal year (the publication's
    /// year, or the one before for "latest"/"previous"); "the (fiscal) year ended Sept. 30" is a
    /// year-long DURATION, as results tables mean it.
    func accountingYear(_ i: Int) -> DateMatch? {
        guard word(i, "the") else { return nil }
        var k = i + 1
        var offset = 0
        if word(k, "current") { k += 1 }
        else if word(k, ["latest", "previous", "prior"]) { offset = -1; k += 1 }
        if word(k, "fiscal") { k += 1 }
        guard let y = tok(k), y.kind == .word, y.lower == "year", !y.isCapitalized else { return nil }
        if let next = tok(k + 1), DateLexicon.periodEndVerbs.contains(next.lower) {
            return DateMatch(first: i, last: k, type: .duration, value: "P1Y", date: nil, granularity: .none, relative: false)
        }
        if let next = tok(k + 1), next.kind == .number || DateLexicon.yearFollowersNotOurs.contains(next.lower) || (next.kind == .punct && (next.text == "-" || next.text == "'" || next.text == "’")) {
            return nil
        }
        guard let ref = anchor.date else { return unresolved(i, k, "XXXX", .year) }
        return yearMatch(i, k, year: ref.year + offset, relative: true)
    }

    /// year-end · year end · year's end · the end (start, beginning) of the year (of the
    /// publication's year; the end is the one before after "since").
    func yearEnd(_ i: Int) -> DateMatch? {
        var end: Int?
        var start = i
        // "by midyear", "at mid-year": the publication's year
        if word(i, "midyear") || (word(i, "mid") && isPunct(i + 1, "-") && adjacent(i + 1) && word(i + 2, "year") && !isPlural(i + 2)) {
            let last = word(i, "midyear") ? i : i + 2
            guard let ref = anchor.date else { return unresolved(i, last, "XXXX", .year) }
            return yearMatch(i, last, year: ref.year, relative: true)
        }
        // "in the new year", "in the New Year": the year after the publication's in its second
        // half, its own in the first ("the New Year's Eve party" is the holiday's).
        if word(i, "the"), word(i + 1, "new"), word(i + 2, "year"), !isPunct(i + 3, "-"), !isPunct(i + 3, "'"), !isPunct(i + 3, "’"),
           !word(i + 3, ["day", "eve"]) {
            guard let ref = anchor.date else { return unresolved(i, i + 2, "XXXX", .year) }
            return yearMatch(i, i + 2, year: ref.month >= DateGrammar.newYearAheadFromMonth ? ref.year + 1 : ref.year, relative: true)
        }
        if word(i, "year"), !t[i].isCapitalized {
            if isPunct(i + 1, "-"), adjacent(i + 1), word(i + 2, "end") { end = i + 2 }
            else if word(i + 1, "end") { end = i + 1 }
            else if isPunct(i + 1, "'") || isPunct(i + 1, "’"), word(i + 2, "s"), word(i + 3, "end") { end = i + 3 }
        } else if word(i, "the"), word(i + 1, ["end", "beginning", "start"]), word(i + 2, "of"), word(i + 3, "the"), word(i + 4, "year") {
            end = i + 4
        } else if word(i, "the"), word(i + 1, ["end", "beginning", "start"]), word(i + 2, "of"), word(i + 3, "the"), let unit = tok(i + 4), !unit.isCapitalized,
                  unit.lower == "month" || unit.lower == "week", !word(i + 5, ["before", "after", "of", "in"]) {
            // "by the end of the month", "at the beginning of the week": the publication's month
            // (week), as the year above.
            guard let ref = anchor.date else { return unresolved(i, i + 4, unit.lower == "month" ? "XXXX-XX" : "XXXX-WXX", unit.lower == "month" ? .month : .week) }
            return unit.lower == "month" ? monthMatch(i, i + 4, year: ref.year, month: ref.month, relative: true)
                : weekMatch(i, i + 4, monday: ref.adding(days: -ref.weekday))
        }
        guard let last = end else { return nil }
        if word(i, "year"), word(i - 1, "the") { start = i - 1 }
        guard let ref = anchor.date else { return unresolved(start, last, "XXXX", .year) }
        // (since the start of the year is this one's)
        let y = word(i - 1, "since") && !word(i + 1, ["beginning", "start"]) ? ref.year - 1 : ref.year
        return yearMatch(start, last, year: y, relative: true)
    }

    /// the end of the decade · the start of the century · the turn of the century: the decade or
    /// century of the publication. The turn is the nearest change of century (of millennium),
    /// the one before when the clause tells the past and the change is still ahead ("at the turn
    /// of the century, immigrants filled the tenements", written in 1998, is 1900).
    func edgeOfDecadeOrCentury(_ i: Int) -> DateMatch? {
        // (the two small words first: this is tried at every "the")
        guard word(i + 2, "of"), word(i + 3, "the"), word(i, "the"), let edge = tok(i + 1), edge.kind == .word,
              DateLexicon.periodEdges.contains(edge.lower), let span = tok(i + 4), span.kind == .word, !span.isCapitalized,
              !(isPunct(i + 5, "-") && adjacent(i + 5)) else { return nil }   // ("the end of the decade-long war")
        let last = i + 4
        if edge.lower == DateLexicon.turn {
            let size: Int
            if span.lower == DateLexicon.millennium { size = 1000 } else if unit(i + 4) == .century, !isPlural(i + 4) { size = 100 } else { return nil }
            guard let ref = anchor.date else { return unresolved(i, last, "XXXX", .year) }
            var change = (ref.year + size / 2) / size * size
            let tense = self.tense(i)
            if ref.year < change, tense == .past || (change - ref.year > DateGrammar.turnAheadReach && tense != .future) { change -= size }
            return yearMatch(i, last, year: change, relative: true)
        }
        guard let u = unit(i + 4), u == .decade || u == .century, !isPlural(i + 4) else { return nil }
        guard let ref = anchor.date else { return unresolved(i, last, u == .decade ? "XXX" : "XX", u == .decade ? .decade : .century) }
        return u == .decade ? decadeMatch(i, last, firstYear: ref.year / 10 * 10, relative: true) : centuryMatch(i, last, hundreds: ref.year / 100, relative: true)
    }

    /// the summer · in the early spring · during winter: the season nearest the publication in the
    /// clause's direction. "fall" and "spring" count only after a preposition ("the fall of the
    /// wall", "spring water" are not seasons).
    func bareSeason(_ i: Int) -> DateMatch? {
        var k = i
        let hasThe = word(k, "the")
        if hasThe { k += 1 }
        if word(k, ["early", "late", "mid"]) { k += 1; if isPunct(k, "-") { k += 1 } }
        guard let s = tok(k), s.kind == .word, !s.isCapitalized, let code = DateLexicon.seasons[s.lower] else { return nil }
        let before = tok(i - 1)?.lower ?? ""
        if k == i && !DateLexicon.periodPrepositions.contains(before) { return nil }
        if DateLexicon.seasonsThatAreWords.contains(code) && !DateLexicon.periodPrepositions.contains(before) { return nil }
        if word(k + 1, "of") || tok(k + 1)?.kind == .number || isPunct(k + 1, "-") { return nil }
        if let next = tok(k + 1), DateLexicon.seasonsThatAreWords.contains(code), DateLexicon.periodPrepositions.contains(next.lower) || word(k + 1, "to") { return nil }   // "the fall in prices"
        guard let ref = anchor.date else { return unresolved(i, k, "XXXX-\(code)", .season) }
        let startMonth = DateLexicon.seasonStartMonth[code]!
        func middle(_ y: Int) -> Int { (CivilDate(year: y, month: startMonth, day: 15)?.adding(months: 1).dayNumber ?? 0) - ref.dayNumber }
        let candidates = [ref.year - 1, ref.year, ref.year + 1]
        let y: Int
        switch tense(i) {
        case .future: y = candidates.first { middle($0) > -45 } ?? ref.year
        case .past: y = candidates.last { middle($0) < 45 } ?? ref.year
        case .unknown: y = candidates.min { abs(middle($0)) < abs(middle($1)) } ?? ref.year
        }
        return DateMatch(first: i, last: k, type: .date, value: "\(pad(y, 4))-\(code)",
                         date: CivilDate(year: y, month: startMonth, day: 1), granularity: .season, relative: true)
    }

    /// mid-afternoon yesterday · late Friday night's · early morning today: the part of a day named
    /// before the day.
    func partOfDayFirst(_ i: Int) -> DateMatch? {
        var k = i
        if word(k, ["early", "late", "mid"]) { k += 1; if isPunct(k, "-") { k += 1 } }
        guard let p = tok(k), let code = partOfDay[p.lower] else { return nil }
        let d = k + 1
        guard let dayWord = tok(d), dayWord.kind == .word else { return nil }
        var date: CivilDate?
        var last = d
        switch dayWord.lower {
        case "yesterday": date = anchor.date?.adding(days: -1)
        case "today": date = anchor.date
        case "tomorrow": date = anchor.date?.adding(days: 1)
        default:
            guard dayWord.isCapitalized, DateLexicon.fullWeekdays.contains(dayWord.lower), let m = weekdayDate(d), m.type == .date else { return nil }
            date = m.date; last = m.last
        }
        guard let date else { return unresolved(i, last, "XXXX-XX-XXT\(code)", .none, type: .time) }
        return DateMatch(first: i, last: last, type: .time, value: date.iso + "T" + code, date: date, granularity: .none, relative: true)
    }

    /// the morning of March 1 · the night of Sept. 11, 2001 · the late evening of Friday: a part of
    /// the day of a date written after it.
    func partOfDayOf(_ i: Int) -> DateMatch? {
        guard word(i, "the") else { return nil }
        var k = i + 1
        // "the early hours of Sunday": before dawn, read as the morning (TIMEX3 has no code of its own)
        let earlyHours = word(k, "early") && word(k + 1, "hours")
        if word(k, ["early", "late"]) { k += 1 }
        guard let p = tok(k), p.kind == .word, !p.isCapitalized, let code = earlyHours ? DateGrammar.morningCode : partOfDay[p.lower],
              word(k + 1, "of") || earlyHours && word(k + 1, "on") else { return nil }
        guard let day = dayDate(at: k + 2) else {
            // "in the early hours of the morning": of the day the story is at
            guard earlyHours, word(k + 1, "of"), word(k + 2, "the"), word(k + 3, "morning") else { return nil }
            var m = unresolved(i, k + 3, "XXXX-XX-XXT\(code)", .none, type: .time)
            m.fromText = .partOfDay(.MO, offset: 0)
            return m
        }
        // (undated, it keeps what the date says: "XXXX-05-29TNI")
        guard let date = day.date else { return unresolved(i, day.last, day.value + "T" + code, .none, type: .time) }
        return DateMatch(first: i, last: day.last, type: .time, value: date.iso + "T" + code, date: date, granularity: .none, relative: day.relative)
    }

    /// the week of March 2 · the week of Monday, Dec. 7: the week that day falls in.
    func weekOf(_ i: Int) -> DateMatch? {
        guard word(i, "the"), word(i + 1, "week"), word(i + 2, "of") else { return nil }
        guard let day = dayDate(at: i + 3) else { return nil }
        guard let date = day.date else { return unresolved(i, day.last, "XXXX-WXX", .week) }
        var m = weekMatch(i, day.last, monday: date.adding(days: -date.weekday))
        m.relative = day.relative
        return m
    }

    /// the first week of April · the last week of December 2012: the week that holds the middle
    /// of those seven days of the month (the 4th for the first, the 28th of a 31-day month for the last).
    func nthWeekOfMonth(_ i: Int) -> DateMatch? {
        guard word(i + 2, "week"), word(i, "the"), let ord = tok(i + 1), let n = DateLexicon.ordinals[ord.lower], n == -1 || (1...4).contains(n),
              word(i + 3, ["of", "in"]), let month = monthFirst(i + 4), month.first == i + 4,
              month.granularity == .month else { return nil }
        // (undated, the month says more than an unknown week would)
        guard let first = month.date else { return unresolved(i, month.last, month.value, .month) }
        let length = CivilDate.daysIn(month: first.month, year: first.year)
        guard let middle = CivilDate(year: first.year, month: first.month, day: n > 0 ? 7 * (n - 1) + 4 : length - 3) else { return nil }
        var m = weekMatch(i, month.last, monday: middle.adding(days: -middle.weekday))
        m.relative = month.relative
        return m
    }

    /// the first Monday in April · the last Thursday of November 2010: that weekday of the month.
    func nthWeekdayOfMonth(_ i: Int) -> DateMatch? {
        guard word(i, "the"), let ord = tok(i + 1), let n = DateLexicon.ordinals[ord.lower], n == -1 || (1...5).contains(n),
              let w = tok(i + 2), w.isCapitalized, DateLexicon.fullWeekdays.contains(w.lower), let wd = DateLexicon.weekdays[w.lower],
              word(i + 3, ["in", "of"]), let month = monthFirst(i + 4), month.first == i + 4, month.granularity == .month else { return nil }
        guard let first = month.date else { return unresolved(i, month.last, month.value, .day) }
        let length = CivilDate.daysIn(month: first.month, year: first.year)
        var day: Int
        if n > 0 {
            day = 1 + (wd - first.weekday + 7) % 7 + 7 * (n - 1)
            guard day <= length else { return nil }   // "the fifth Monday" of a month with four
        } else {
            guard let last = CivilDate(year: first.year, month: first.month, day: length) else { return nil }
            day = length - (last.weekday - wd + 7) % 7
        }
        guard let date = CivilDate(year: first.year, month: first.month, day: day) else { return nil }
        return dayMatch(i, month.last, date, relative: month.relative)
    }

    /// the nineties · the early eighties: a decade of the twentieth century in words.
    func decadeWord(_ i: Int) -> DateMatch? {
        guard word(i, "the") else { return nil }
        var k = i + 1
        if word(k, ["early", "late", "mid"]) { k += 1; if isPunct(k, "-") { k += 1 } }
        guard let w = tok(k), w.kind == .word, !w.isCapitalized, let d = DateLexicon.decadeWords[w.lower] else { return nil }
        let y = 1900 + d * 10
        return decadeMatch(i, k, firstYear: y, relative: false)
    }

    /// Mondays · on Tuesdays · Tuesday nights · every morning: recurring days and parts of days.
    func recurringDay(_ i: Int) -> DateMatch? {
        guard let tk = tok(i), tk.kind == .word else { return nil }
        if word(i, ["every", "each"]), let p = tok(i + 1), let code = partOfDay[p.lower] {
            return DateMatch(first: i, last: i + 1, type: .set, value: "XXXX-XX-XXT\(code)", date: nil, granularity: .none, relative: false)
        }
        guard tk.isCapitalized else { return nil }
        var dayName = tk.lower
        var plural = false
        if dayName.hasSuffix("s"), DateLexicon.fullWeekdays.contains(String(dayName.dropLast())) { dayName.removeLast(); plural = true }
        guard DateLexicon.fullWeekdays.contains(dayName), let wd = DateLexicon.weekdays[dayName] else { return nil }
        if let p = tok(i + 1), p.lower.hasSuffix("s"), let code = partOfDay[String(p.lower.dropLast())] {
            return DateMatch(first: i, last: i + 1, type: .set, value: "XXXX-WXX-\(wd + 1)T\(code)", date: nil, granularity: .none, relative: false)
        }
        guard plural else { return nil }
        return DateMatch(first: i, last: i, type: .set, value: "XXXX-WXX-\(wd + 1)", date: nil, granularity: .none, relative: false)
    }

    /// in the morning · by mid-afternoon · late in the evening · overnight · that night: a part of
    /// the day the text is telling of; the dates stage dates it.
    func partOfDayAlone(_ i: Int) -> DateMatch? {
        if let w = tok(i), w.lower == DateLexicon.overnight, !w.isCapitalized {
            // (`the benchmark overnight interest rate`, `an overnight stay`: what is done overnight,
            // no night of the story's; not `struck overnight, cutting …`, `the overnight test`)
            if let next = tok(i + 1), next.kind == .word, DateLexicon.overnightThings.contains(next.lower) { return nil }
            var m = unresolved(i, i, "XXXX-XX-XXTNI", .none, type: .time)
            m.fromText = lookingAhead(i) ? .comingPartOfDay(.NI) : .partOfDay(.NI, offset: -1)
            return m
        }
        var k = i
        // "the next morning", "the following evening", "the previous night": the day after (or
        // before) the one the story is at, that part of it.
        if word(k, "the"), word(k + 1, ["next", "following", "previous"]), let p = tok(k + 2), p.kind == .word, !p.isCapitalized,
           let code = partOfDay[p.lower], !word(k + 3, "of") {
            var m = unresolved(i, k + 2, "XXXX-XX-XXT\(code)", .none, type: .time)
            m.fromText = .partOfDay(PartOfDay(rawValue: code) ?? .NI, offset: word(k + 1, "previous") ? -1 : 1)
            return m
        }
        if word(k, "that") {
            // "that night", "that same evening": of the day the story is at ("bring that night
            // after night" is the pronoun before a set).
            k += word(k + 1, "same") ? 2 : 1
            guard let p = tok(k), p.kind == .word, !p.isCapitalized, let code = partOfDay[p.lower], !word(k + 1, ["of", "after"]) else { return nil }
            var m = unresolved(i, k, "XXXX-XX-XXT\(code)", .none, type: .time)
            m.fromText = .partOfDay(PartOfDay(rawValue: code) ?? .NI, offset: 0)
            return m
        }
        if word(k, "the") {
            guard let before = tok(i - 1), DateLexicon.periodPrepositions.contains(before.lower) else { return nil }
            k += 1
        } else if word(k, ["early", "late", "mid"]) {
            k += 1
            if isPunct(k, "-") { k += 1 }
        } else {
            return nil
        }
        guard let p = tok(k), p.kind == .word, !p.isCapitalized, let code = partOfDay[p.lower] else { return nil }
        // "the morning session", "the night shift" still tell of that part of the day; "the night of
        // March 3" is another pattern's.
        if word(k + 1, "of") { return nil }
        // "the night the plane crashed", "the morning when…": a night of some event, not of the day told
        if hasThe(i), let next = tok(k + 1), next.kind == .word, next.isCapitalized || DateLexicon.clauseLinks.contains(next.lower) || DateLexicon.determiners.contains(next.lower) {
            return nil
        }
        var m = unresolved(i, k, "XXXX-XX-XXT\(code)", .none, type: .time)
        let part = PartOfDay(rawValue: code) ?? .NI
        m.fromText = lookingAhead(i) ? .comingPartOfDay(part) : .partOfDay(part, offset: 0)
        return m
    }

    func hasThe(_ i: Int) -> Bool { word(i, "the") }

    /// The longest calendar day written from `d` on ("March 1", "1 March 1998", "Friday, Dec. 4").
    func dayDate(at d: Int) -> DateMatch? {
        var day: DateMatch?
        for m in [monthFirst(d), dayFirst(d), weekdayDate(d)] {
            guard let m, m.first == d, m.granularity == .day, m.type == .date else { continue }
            if day == nil || m.last > day!.last { day = m }
        }
        return day
    }
}
