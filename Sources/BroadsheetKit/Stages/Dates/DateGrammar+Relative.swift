/// Relative and deictic forms: weekdays, today/yesterday, last/next/this, ago, weekends, financial periods.
extension DateGrammar {
    /// Friday · Friday, Dec. 4 · last Friday · next Monday.
    func weekdayDate(_ i: Int) -> DateMatch? {
        if word(i, "the"), word(i + 1, ["previous", "preceding", "following"]), let w = tok(i + 2), w.isCapitalized,
           DateLexicon.fullWeekdays.contains(w.lower), let wd = DateLexicon.weekdays[w.lower] {
            // Told from the day the text is telling of, which the dates stage knows.
            let direction = word(i + 1, "following") ? 1 : -1
            var m = unresolved(i, i + 2, "XXXX-WXX-\(wd + 1)", .day)
            if let ref = anchor.date {
                var delta = wd - ref.weekday
                if direction < 0, delta >= 0 { delta -= 7 }
                if direction > 0, delta <= 0 { delta += 7 }
                m = dayMatch(i, i + 2, ref.adding(days: delta), relative: true)
            }
            m.fromText = .weekday(Int8(wd), direction: Int8(direction))
            return m
        }
        var k = i
        var modifier = ""
        if word(i, ["last", "next", "this", "on", "coming", "past"]), let w = tok(i + 1), DateLexicon.weekdays[w.lower] != nil, w.isCapitalized {
            modifier = t[i].lower; k = i + 1
        }
        guard let w = tok(k), w.kind == .word, w.isCapitalized, let wd = DateLexicon.weekdays[w.lower] else { return nil }
        if !DateLexicon.fullWeekdays.contains(w.lower) && !(isPunct(k + 1, ".") && adjacent(k + 1)) { return nil }
        // "on Wednesday evenings": every week (recurringDay), not one day
        if let p = tok(k + 1), p.lower.hasSuffix("s"), partOfDay[String(p.lower.dropLast())] != nil { return nil }
        // "Tuesday of next week": that week's Tuesday
        if modifier.isEmpty, word(k + 1, "of"), word(k + 2, ["last", "this", "next"]), word(k + 3, "week") {
            guard let ref = anchor.date else { return unresolved(k, k + 3, "XXXX-WXX-\(wd + 1)", .day) }
            let weeks = word(k + 2, "last") ? -1 : word(k + 2, "next") ? 1 : 0
            return dayMatch(k, k + 3, ref.adding(days: -ref.weekday + 7 * weeks + wd), relative: true)
        }
        var after = k + 1
        if isPunct(after, ".") { after += 1 }
        if isPunct(after, ",") { after += 1 }
        if let m = monthFirst(after) ?? dayFirst(after), m.first == after, m.granularity == .day {
            var full = m; full.first = modifier.isEmpty || modifier == "on" ? k : i
            // "Wed., Jan 24" with no year: the year whose Jan 24 is a Wednesday, when the one read
            // from the tense is not.
            if m.relative, let d = m.date, d.weekday != wd,
               let y = [d.year - 1, d.year + 1].first(where: { CivilDate(year: $0, month: d.month, day: d.day)?.weekday == wd }),
               let fixed = CivilDate(year: y, month: d.month, day: d.day) {
                full.date = fixed; full.value = fixed.iso
            }
            return full
        }
        let start = (modifier.isEmpty || modifier == "on") ? k : i
        // "Friday morning" and the like are TIME.
        var end = k
        var part: String?
        if let p = tok(k + 1), let code = partOfDay[p.lower] { part = code; end = k + 1 }
        // "on a Friday afternoon": some Friday, not the one nearest the publication
        if modifier.isEmpty, word(k - 1, ["a", "an"]) {
            return unresolved(k, end, "XXXX-WXX-\(wd + 1)" + (part.map { "T" + $0 } ?? ""), .day, type: part == nil ? .date : .time)
        }
        guard let ref = anchor.date else {
            return unresolved(start, end, "XXXX-WXX-\(wd + 1)" + (part.map { "T" + $0 } ?? ""), .day, type: part == nil ? .date : .time)
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
        var m = part.map { DateMatch(first: start, last: end, type: .time, value: date.iso + "T" + $0, date: date, granularity: .none, relative: true) }
            ?? dayMatch(start, end, date, relative: true)
        m.weekdayByTense = modifier.isEmpty || modifier == "on"
        return m
    }

    /// letzten Dienstag · mardi dernier · el próximo martes · в прошлый вторник: a weekday in
    /// another language with a word that says which (see `DateLexicon.weekdayMarkersBefore`).
    func weekdayAbroad(_ i: Int) -> DateMatch? {
        guard let language, let days = DateLexicon.weekdaysAbroad[language], let tk = tok(i), tk.kind == .word else { return nil }
        var direction = 0, k = i
        if let before = DateLexicon.weekdayMarkersBefore[language]?[tk.lower], let w = tok(i + 1), days[w.lower] != nil || compoundWeekday(w.lower, days) != nil {
            direction = before; k = i + 1
        }
        // `am Freitagabend`: the weekday and the part of its day in one word.
        var part: String?
        var wd = days[t[k].lower]
        if wd == nil, let (day, code) = compoundWeekday(t[k].lower, days) { wd = day; part = code }
        guard let wd else { return nil }
        var last = k
        if direction == 0, let w = tok(k + 1), let after = DateLexicon.weekdayMarkersAfter[language]?[w.lower] { direction = after; last = k + 1 }
        var m: DateMatch?
        if direction == 0 {
            m = bareWeekdayAbroad(k, weekday: wd, language: language)
        } else if let ref = anchor.date {
            var delta = wd - ref.weekday
            if direction < 0, delta >= 0 { delta -= 7 }
            if direction > 0, delta <= 0 { delta += 7 }
            m = dayMatch(i, last, ref.adding(days: delta), relative: true)
        } else {
            return unresolved(i, last, "XXXX-WXX-\(wd + 1)", .day)
        }
        if let part, var timed = m, let d = timed.date {
            timed.type = .time; timed.value = d.iso + "T" + part; timed.granularity = .none
            return timed
        }
        return withPartOfDay(m)
    }

    /// `freitagabend` → Friday, EV.
    private func compoundWeekday(_ lower: String, _ days: WordMap<Int>) -> (Int, String)? {
        guard language == "de" else { return nil }
        for (ending, code) in DateLexicon.germanPartOfDayEndings where lower.hasSuffix(ending) {
            if let wd = days[String(lower.dropLast(ending.count))] { return (wd, code) }
        }
        return nil
    }

    /// today · yesterday · tomorrow · tonight · now · recently · this morning · last night.
    func deictic(_ i: Int) -> DateMatch? {
        guard let tk = tok(i), tk.kind == .word else { return nil }
        let ref = anchor.date
        // "the people of tomorrow", "the world of today": an age, not a day.
        if (tk.lower == "tomorrow" || tk.lower == "today" || tk.lower == "yesterday"), word(i - 1, "of"), let noun = tok(i - 2), noun.kind == .word,
           !DateLexicon.units.keys.contains(noun.lower), !isPunct(i + 1, "'"), !word(i + 1, ["morning", "afternoon", "evening", "night"]) {
            return nil
        }
        // "USA Today", "World News Tonight", "the Today show": a title inside a sentence.
        if tk.isCapitalized, tk.lower == "today" || tk.lower == "tonight", i > 0,
           (tok(i - 1).map { $0.kind == .word && $0.isCapitalized } ?? false) || isPunct(i - 1, "'") || isPunct(i - 1, "’")
            || word(i + 1, ["show", "programme", "program"]) {
            return nil
        }
        func day(_ offset: Int, _ end: Int) -> DateMatch {
            guard let ref else { return unresolved(i, end, offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF", .day) }
            if let (code, last) = partOfDayAfter(end + 1) {
                let d = ref.adding(days: offset)
                return DateMatch(first: i, last: last, type: .time, value: d.iso + "T" + code, date: d, granularity: .none, relative: true)
            }
            return dayMatch(i, end, ref.adding(days: offset), relative: true)
        }
        // "the day before yesterday", "the day after tomorrow"
        if tk.lower == "the", word(i + 1, "day"), (word(i + 2, "before") && word(i + 3, "yesterday")) || (word(i + 2, "after") && word(i + 3, "tomorrow")) {
            return day(word(i + 2, "before") ? -2 : 2, i + 3)
        }
        if let language, let offset = DateLexicon.deicticAbroad[language]?[tk.lower] {
            // "hoy en día": nowadays, not this day.
            if tk.lower == "hoy", word(i + 1, "en"), word(i + 2, "día") {
                return DateMatch(first: i, last: i + 2, type: .date, value: "PRESENT_REF", date: ref, granularity: .none, relative: true)
            }
            // `morgen`/`mañana` after an article or `am`/`esta` is the morning (a capitalised German
            // `Morgen` is the noun).
            if offset == 1, tk.lower == "morgen" || tk.lower == "mañana", tk.isCapitalized && tk.lower == "morgen" || word(i - 1, Array(DateLexicon.morningBefore)) {
                return nil
            }
            if tk.lower == "اليوم", let next = tok(i + 1), next.kind == .word, next.lower.hasPrefix("ال") || DateLexicon.arabicTheDayAfter.contains(next.lower) {
                return nil
            }
            if tk.lower == "היום" || tk.lower == "והיום", let next = tok(i + 1), next.kind == .word, DateLexicon.hebrewTheDayAfter.contains(next.lower) { return nil }
            // `أمس الأول`: the day before yesterday.
            if offset == -1, word(i + 1, ["الأول", "الاول"]) { return day(-2, i + 1) }
            return day(offset, i)
        }
        if let days = DateLexicon.hindiEitherWay[tk.lower], language != nil {
            // The clause's verb follows the day; a reported clause (`कि …`) is another's.
            var future = false
            var k = i + 1
            while let w = tok(k), !(w.kind == .word && w.lower == DateLexicon.hindiThat), !(w.kind == .punct && w.text.unicodeScalars.first?.isOtherScriptStop == true) {
                if w.kind == .word, DateLexicon.hindiFutureEndings.contains(where: { w.lower.hasSuffix($0) }) { future = true; break }
                k += 1
            }
            return day(future ? days : -days, i)
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
        case "present":
            // "at present", "from 1990 to the present (day)", "at the present time": now. "At
            // present value" is finance, "the present government" and "to present the budget" no time.
            if word(i - 1, "at"), !(tok(i + 1).map { $0.kind == .word && DateLexicon.presentNotTime.contains($0.lower) } ?? false) {
                return DateMatch(first: i, last: i, type: .date, value: "PRESENT_REF", date: ref, granularity: .none, relative: true)
            }
            guard word(i - 1, "the"), let before = tok(i - 2), DateLexicon.beforeThePresent.contains(before.lower) else { return nil }
            let last = word(i + 1, ["day", "time"]) ? i + 1 : i
            guard tok(last + 1).map({ $0.kind == .punct || DateLexicon.closingWords.contains($0.lower) }) ?? true else { return nil }
            return DateMatch(first: i - 1, last: last, type: .date, value: "PRESENT_REF", date: ref, granularity: .none, relative: true)
        case "recent":
            // "the recent sale", "a recent filing": the past (units are a duration's: "recent years")
            guard let next = tok(i + 1), next.kind == .word, !next.isCapitalized || word(i - 1, ["a", "the"]), DateLexicon.units[next.lower] == nil,
                  !DateLexicon.vagueAmounts.contains(next.lower), !word(i - 1, "most") else { return nil }
            return DateMatch(first: i, last: i, type: .date, value: "PAST_REF", date: nil, granularity: .none, relative: true)
        case "current":
            // "current market conditions", "its current position": the present. Units and "fiscal"
            // are other patterns'; "current account" and "current assets" are economics.
            guard let next = tok(i + 1), next.kind == .word || next.kind == .number, DateLexicon.units[next.lower] == nil,
                  !DateLexicon.currentNotTime.contains(next.lower), !(tok(i - 1).map { DateLexicon.currentNotTimeBefore.contains($0.lower) } ?? false) else { return nil }
            return DateMatch(first: i, last: i, type: .date, value: "PRESENT_REF", date: ref, granularity: .none, relative: true)
        case "soon":
            // "as soon as possible" is a time; "as soon as the talks end", "soon after" tell of an event.
            if word(i - 1, "as"), word(i + 1, "as") {
                guard word(i + 2, "possible") else { return nil }
                return DateMatch(first: i - 1, last: i + 2, type: .date, value: "FUTURE_REF", date: nil, granularity: .none, relative: true)
            }
            if let next = tok(i + 1), DateLexicon.afterEvent.contains(next.lower) { return nil }
            return DateMatch(first: i, last: i, type: .date, value: "FUTURE_REF", date: nil, granularity: .none, relative: true)
        case "later", "earlier":
            guard word(i + 1, "in"), word(i + 2, "the") else { return nil }
            // "later in the week", "earlier in the year": the publication's week, month or year
            if let ref, let unit = unit(i + 3), !isPlural(i + 3) {
                switch unit {
                case .week: return weekMatch(i, i + 3, monday: ref.adding(days: -ref.weekday))
                case .month: return monthMatch(i, i + 3, year: ref.year, month: ref.month, relative: true)
                case .year: return yearMatch(i, i + 3, year: ref.year, relative: true)
                default: break
                }
            }
            // "later in the day": the day the text tells of
            guard word(i + 3, "day") else { return nil }
            var m = unresolved(i + 2, i + 3, "XXXX-XX-XX", .day)
            if let ref { m = dayMatch(i + 2, i + 3, ref, relative: true) }
            m.fromText = .shift(unit: .day, by: 0)
            return m
        case "recently", "lately":
            return DateMatch(first: i, last: i, type: .date, value: "PAST_REF", date: nil, granularity: .none, relative: true)
        case "future", "past":
            let value = tk.lower == "future" ? "FUTURE_REF" : "PAST_REF"
            // "the future of our peoples": what becomes of something, not a time.
            if tk.lower == "future", word(i + 1, "of") { return nil }
            // "future quarters", "in the (near) future", "the past"
            if tk.lower == "future", let u = tok(i + 1), DateLexicon.units[u.lower] != nil, isPlural(i + 1) {
                return DateMatch(first: i, last: i + 1, type: .date, value: value, date: nil, granularity: .none, relative: true)
            }
            let start = word(i - 1, "the") ? i - 1 : (word(i - 1, ["near", "distant", "foreseeable"]) && word(i - 2, "the") ? i - 2 : -1)
            guard start >= 0, !(tok(i + 1).map { DateLexicon.units[$0.lower] != nil || $0.kind == .number || DateLexicon.numberWords[$0.lower] != nil } ?? false) else { return nil }
            return DateMatch(first: start, last: i, type: .date, value: value, date: nil, granularity: .none, relative: true)
        case "these":
            guard word(i + 1, "days") else { return nil }
            return DateMatch(first: i, last: i + 1, type: .date, value: "PRESENT_REF", date: ref, granularity: .none, relative: true)
        case "near", "short", "long":
            // "in the near term", "over the short term"
            guard word(i - 1, "the"), word(i + 1, ["term", "run"]) else { return nil }
            return DateMatch(first: i - 1, last: i + 1, type: .date, value: "FUTURE_REF", date: nil, granularity: .none, relative: true)
        case "full":
            // "for the full year": the publication year
            guard word(i - 1, "the"), word(i + 1, "year"), let ref else { return nil }
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
    func modified(_ i: Int) -> DateMatch? {
        var k = i
        var lead = false
        if word(k, ["earlier", "later", "early", "late", "mid", "end"]) {
            k += 1; lead = true
            if isPunct(k, "-") { k += 1 }
        }
        guard word(k, ["last", "this", "next", "past", "coming", "previous", "current", "same", "that"]) else { return nil }
        // "ABC's "This Week"": a title, both words capitalized inside a sentence.
        if k > 0, t[k].isCapitalized, let unitWord = tok(k + 1), unitWord.isCapitalized, DateLexicon.units[unitWord.lower] != nil,
           !(tok(k - 1).map { $0.kind == .punct && [".", "!", "?"].contains($0.text) } ?? true) { return nil }
        var mod = t[k].lower
        var u = k + 1
        var first = i
        if mod == "this", word(u, "past"), let next = tok(u + 1), DateLexicon.seasons[next.lower] != nil {
            // "this past spring": the latest one before the anchor
            if let ref = anchor.date, let code = DateLexicon.seasons[next.lower] {
                let start = DateLexicon.seasonStartMonth[code]!
                let y = start < ref.month ? ref.year : ref.year - 1
                return DateMatch(first: i, last: u + 1, type: .date, value: "\(pad(y, 4))-\(code)",
                                 date: CivilDate(year: y, month: start, day: 1), granularity: .season, relative: true)
            }
            mod = "last"; u += 1
        }
        if word(u, "fiscal"), word(u + 1, ["year", "quarter"]) { u += 1 }   // "this fiscal year"
        guard let tk = tok(u), tk.kind == .word else { return nil }
        if lead && (mod == "past" || mod == "coming") { return nil }
        if word(i - 1, "the") && (mod == "past" || mod == "last" || mod == "coming" || mod == "next") {
            // "the past year" (week, month) is the one before, "the past/last decade" and "the last
            // century" the one before, "the next century" the one after: read below as "last
            // week", from "the". "The last three years" is a duration (elsewhere); "the last week
            // of March" is that month's own.
            guard !lead, !word(k + 2, "of"), anchor.date != nil, let unit = DateLexicon.units[tk.lower], !isPlural(u),
                  mod == "past" && [.year, .month, .week, .decade].contains(unit) || mod == "last" && [.decade, .century].contains(unit)
                    || mod == "next" && [.decade, .century].contains(unit) else { return nil }
            first = i - 1
            // "over the next decade": the span up to it, not the decade of the calendar
            if mod == "next", word(i - 2, ["over", "during", "within", "throughout", "for"]), let unit = DateLexicon.units[tk.lower], unit == .decade || unit == .century {
                return DateMatch(first: first, last: u, type: .duration, value: durationCode(1, unit), date: nil, granularity: .none, relative: false)
            }
        }
        let offset: Int
        switch mod {
        case "last", "past", "previous": offset = -1
        case "next", "coming": offset = 1
        default: offset = 0
        }
        if mod == "that", word(u, "same") { u += 1 }
        if mod == "same" || mod == "that" {
            // "that year", "that same day": anaphoric; the dates stage resolves them against the last
            // year or day the text named.
            guard let tk = tok(u), let unit = DateLexicon.units[tk.lower], !isPlural(u) else { return nil }
            let start = mod == "same" && word(i - 1, "the") ? i - 1 : i
            switch unit {
            case .year: return unresolved(start, u, DateGrammar.thatYear, .year)
            case .day: return unresolved(start, u, DateGrammar.thatDay, .day)
            default: return unresolved(start, u, "XXXX", .none)
            }
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
            return unresolved(i, u, unit == .year ? "XXXX" : unit == .month ? "XXXX-XX" : unit == .week ? "XXXX-WXX" : unit == .weekend ? "XXXX-WXX-WE" : "XXXX-XX-XX", g)
        }
        switch unit {
        case .year:
            return yearMatch(first, u, year: ref.year + offset, relative: true)
        case .month:
            let d = ref.adding(months: offset)
            return monthMatch(first, u, year: d.year, month: d.month, relative: true)
        case .week:
            let monday = ref.adding(days: -ref.weekday + 7 * offset)
            return weekMatch(first, u, monday: monday)
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
            return decadeMatch(first, u, firstYear: decade * 10, relative: true)
        case .century:
            let c = ref.year / 100 + offset
            return centuryMatch(first, u, hundreds: c, relative: true)
        case .day:
            return nil
        default:
            return nil
        }
    }

    /// two years ago · a year earlier · three days later · the following day · the day before.
    func agoForm(_ i: Int) -> DateMatch? {
        if word(i, "the"), word(i + 1, ["following", "next", "previous", "preceding"]), let unit = unit(i + 2), !isPlural(i + 2),
           !(word(i + 1, "next") && (unit == .decade || unit == .century) && anchor.date != nil) {
            // Told of a moment the text set up ("in March … The following month"), not of the
            // publication; "the next decade" and "the next century" are told from now (below).
            let sign = word(i + 1, ["following", "next"]) ? 1 : -1
            var m = shifted(i, i + 2, amount: 1, unit: unit, sign: sign)
            m.fromText = .shift(unit: unit, by: Int8(sign))
            return m
        }
        if word(i + 2, "before") && word(i + 3, "last") || word(i + 2, "after") && word(i + 3, "next"),
           word(i, "the"), let unit = unit(i + 1), unit == .week || unit == .month || unit == .year, !isPlural(i + 1) {
            // "the week before last", "the year after next": two back or ahead of the publication's
            return shifted(i, i + 3, amount: 2, unit: unit, sign: word(i + 2, "after") ? 1 : -1)
        }
        if word(i, "the"), let unit = unit(i + 1), unit == .day || unit == .week || unit == .month || unit == .year, !isPlural(i + 1),
           word(i + 2, ["before", "after"]), tok(i + 3).map({ $0.kind == .punct || DateLexicon.clauseLinks.contains($0.lower) }) ?? true {
            // "the day before", "the year after": from the date just named
            let sign = word(i + 2, "after") ? 1 : -1
            var m = shifted(i, i + 2, amount: 1, unit: unit, sign: sign)
            m.fromText = .shift(unit: unit, by: Int8(sign))
            return m
        }
        // (not "the day after the day after ...": no chain of lookups)
        if word(i, "the"), let unit = unit(i + 1), unit == .day || unit == .week, !isPlural(i + 1), word(i + 2, ["before", "after"]),
           !word(i + 3, "the"), let named = longest(at: i + 3), named.first == i + 3, named.granularity == .day, named.type == .date, let d = named.date {
            // "the day after Thanksgiving", "the week before March 5": counted from the day named
            let sign = word(i + 2, "after") ? 1 : -1
            var m = DateGrammar(tokens: t, anchor: DateAnchor(date: d, kind: .relative), quarterly: quarterly)
                .shifted(i, named.last, amount: 1, unit: unit, sign: sign)
            m.relative = named.relative
            return m
        }
        if word(i, "the"), let unit = unit(i + 1), unit == .day || unit == .week || unit == .month || unit == .year, !isPlural(i + 1),
           word(i + 2, ["before", "after"]), let next = tok(i + 3), next.kind == .word, !DateLexicon.clauseLinks.contains(next.lower) {
            // "the day before the vote": anchored on an event the text does not date; the stage
            // values it from the nearest date named, or leaves it unresolved saying so.
            return unresolved(i, i + 2, t[i + 2].lower == "before" ? DateGrammar.eventBefore : DateGrammar.eventAfter, .day)
        }
        if let half = halfAgo(i) { return half }
        guard let (n, nEnd) = amount(i), n != 0, let unit = unit(nEnd + 1) else { return nil }
        var at = nEnd + 2
        if word(at, "or"), let so = tok(at + 1), so.lower == DateLexicon.approximately { at += 2 }   // "a week or so ago"
        // "two years from now", "a week from today": "ago" the other way.
        if word(at, "from"), word(at + 1, ["now", "today"]) { return shifted(i, at + 1, amount: n, unit: unit, sign: 1) }
        guard word(at, ["ago", "earlier", "later", "before", "after", "previously", "since", "hence"]) else { return nil }
        let w = t[at].lower
        if (w == "before" || w == "after" || w == "since") && tok(at + 1) != nil && !isPunct(at + 1, ".") && !isPunct(at + 1, ",") { return nil }
        // "two weeks earlier than expected", "a day later than planned": a comparison's margin, a span.
        if w == "earlier" || w == "later", word(at + 1, "than") {
            return DateMatch(first: i, last: at - 1, type: .duration, value: durationCode(n, unit), date: nil, granularity: .none, relative: false)
        }
        let sign = (w == "later" || w == "after" || w == "hence") ? 1 : -1
        if w == "later" || w == "after" {
            // Told from the story's moment: "several days later" is the span (as "a few days later"),
            // "a week later" a week after the date the text named last.
            if n < 0 { return DateMatch(first: i, last: at - 1, type: .duration, value: durationCode(-1, unit), date: nil, granularity: .none, relative: false) }
            if n <= Int(Int8.max) {
                var m = shifted(i, at, amount: n, unit: unit, sign: 1)
                m.fromText = .later(unit: unit, by: Int8(n))
                return m
            }
        }
        if w == "ago", n > 0, let onDay = agoThisDay(i, at, amount: n, unit: unit) { return onDay }
        return shifted(i, at, amount: n, unit: unit, sign: sign)
    }

    /// "25 years ago this month", "a year ago this week", "ten years ago today": an anniversary,
    /// the publication's month, week or day that many years (or months) back.
    func agoThisDay(_ i: Int, _ ago: Int, amount n: Int, unit: DateLexicon.Unit) -> DateMatch? {
        guard let ref = anchor.date else { return nil }
        let months: Int
        switch unit {
        case .year: months = 12 * n
        case .decade: months = 120 * n
        case .century: months = 1200 * n
        case .month: months = n
        default: return nil
        }
        let d = ref.adding(months: -months)
        if word(ago + 1, "today") { return dayMatch(i, ago + 1, d, relative: true) }
        guard word(ago + 1, "this"), let within = self.unit(ago + 2), !isPlural(ago + 2) else { return nil }
        switch within {
        case .month: return monthMatch(i, ago + 2, year: d.year, month: d.month, relative: true)
        case .week where unit != .month: return weekMatch(i, ago + 2, monday: d.adding(days: -d.weekday))
        default: return nil
        }
    }

    func shifted(_ a: Int, _ b: Int, amount n: Int, unit: DateLexicon.Unit, sign: Int) -> DateMatch {
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
        case .century: return yearMatch(a, b, year: ref.year + 100 * k, relative: true)
        case .month:
            let d = ref.adding(months: k)
            return monthMatch(a, b, year: d.year, month: d.month, relative: true)
        case .week, .weekend, .fortnight:
            let d = ref.adding(days: (unit == .fortnight ? 14 : 7) * k)
            return weekMatch(a, b, monday: d.adding(days: -d.weekday))
        case .day: return dayMatch(a, b, ref.adding(days: k), relative: true)
        case .quarter:
            let d = ref.adding(months: 3 * k)
            return quarterMatch(a, b, year: d.year, quarter: (d.month - 1) / 3 + 1, relative: true)
        default:
            return DateMatch(first: a, last: b, type: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF", date: nil, granularity: .none, relative: true)
        }
    }

    /// Financial reporting periods: the quarter, the latest quarter, the year-ago quarter, the year-earlier period.
    func financialPeriod(_ i: Int) -> DateMatch? {
        guard word(i, "the") else { return nil }
        var k = i + 1
        var yearAgo = false, current = false
        if word(k, ["same", "comparable", "corresponding"]) { k += 1 }
        else if word(k, ["latest", "recent", "previous", "past"]) { k += 1 }
        else if word(k, "most"), word(k + 1, "recent") { k += 2 }
        else if word(k, "current") { current = true; k += 1 }
        else if word(k, "year"), isPunct(k + 1, "-"), word(k + 2, ["ago", "earlier"]) { yearAgo = true; k += 3 }
        guard word(k, ["quarter", "period"]) else { return nil }
        if word(k + 1, "of") || isPunct(k - 1, "-") && !yearAgo { return nil }
        if t[k].lower == "period" && !yearAgo && k == i + 1 { return nil }
        // "the quarter ended Sept. 30", "the latest quarter ending July 31": the calendar quarter
        // most of its three months fall in (its middle month's), whenever it ended.
        if t[k].lower == "quarter", !yearAgo, !current, let verb = tok(k + 1), DateLexicon.periodEndVerbs.contains(verb.lower), let end = dayDate(at: k + 2), let d = end.date {
            let middle = d.adding(months: -1)
            return quarterMatch(i, k, year: middle.year, quarter: (middle.month - 1) / 3 + 1, relative: end.relative)
        }
        // "the quarter a year ago", "the same period a year earlier": one expression, the
        // comparison quarter.
        var last = k
        if !yearAgo, word(k + 1, "a"), word(k + 2, "year"), word(k + 3, ["ago", "earlier"]) { yearAgo = true; last = k + 3 }
        // ("the same quarter" alone is the one the text is at, not the last completed)
        if word(i + 1, ["same", "comparable", "corresponding"]), !yearAgo { return nil }
        guard let ref = anchor.date else { return unresolved(i, last, "XXXX-QX", .quarter) }
        var q = (ref.month - 1) / 3 + (current ? 1 : 0)   // last completed quarter, 1-based; 0 means Q4 last year
        var y = ref.year
        if q == 0 { q = 4; y -= 1 }
        if yearAgo { y -= 1 }
        return quarterMatch(i, last, year: y, quarter: q, relative: true)
    }

    /// the weekend (the last one, or the next when the sentence looks ahead).
    func weekend(_ i: Int) -> DateMatch? {
        guard word(i, "the"), word(i + 1, "weekend") else { return nil }
        guard let ref = anchor.date else { return unresolved(i, i + 1, "XXXX-WXX-WE", .week) }
        var saturday = ref.adding(days: 5 - ref.weekday)
        if !lookingAhead(i) && saturday > ref { saturday = saturday.adding(days: -7) }
        let w = saturday.isoWeek
        return DateMatch(first: i, last: i + 1, type: .date, value: "\(pad(w.year, 4))-W\(pad(w.week, 2))-WE", date: saturday, granularity: .week, relative: true)
    }

    /// The last completed quarter before the anchor (for "the quarter", "a year earlier" in results).
    func lastQuarter() -> (year: Int, quarter: Int) {
        guard let ref = anchor.date else { return (0, 1) }
        let q = (ref.month - 1) / 3
        return q == 0 ? (ref.year - 1, 4) : (ref.year, q)
    }

    /// "year-earlier" / "year-ago" used alone ("year-earlier results"): the comparison period.
    func yearAgoAdjective(_ i: Int) -> DateMatch? {
        guard word(i, "year"), isPunct(i + 1, "-"), adjacent(i + 1), adjacent(i + 2), word(i + 2, ["earlier", "ago"]) else { return nil }
        if word(i - 1, "the") && (word(i + 3, ["quarter", "period"])) { return nil }   // financialPeriod's
        guard let ref = anchor.date else { return unresolved(i, i + 2, "XXXX", .year) }
        if quarterly {
            let q = lastQuarter()
            return quarterMatch(i, i + 2, year: q.year - 1, quarter: q.quarter, relative: true)
        }
        return yearMatch(i, i + 2, year: ref.year - 1, relative: true)
    }
}
