/// What a text has said so far about when things happened, for the expressions told from the story
/// rather than from the publication: "that year", "that same day", "the following month", "the
/// previous Friday", "in the morning". Fed every match in text order.
struct StoryDates {
    /// The last calendar year the text referred to ("that year").
    private(set) var lastYear: Int?
    /// The last day it named ("that day", "in the morning").
    private(set) var lastDay: CivilDate?
    /// The last date it named, at its granularity ("the following month").
    private(set) var lastNamed: (date: CivilDate, granularity: Granularity)?

    /// How a match was valued from the story: the date it hangs on, or unresolved because it
    /// hangs on an event the text does not date, and the `resolution_detail` to say so.
    struct Told {
        var anchor: CivilDate?
        var unresolved = false
        var detail: String?
    }

    /// Values `m` from what the text said before it (when it hangs on the story), then remembers
    /// what `m` itself names. `previous` is the match before it in the same sentence.
    mutating func value(_ m: inout DateMatch, tokens: [DateToken], previous: DateMatch?, anchor: DateAnchor, quarterly: Bool) -> Told {
        var told = Told()
        func from(_ d: CivilDate, _ why: String) { told.anchor = d; told.detail = why }
        switch m.fromText {
        case let .shift(unit, by)?:
            if by == 0, let day = lastDay {
                m.value = day.iso; m.date = day; m.granularity = .day
                from(day, "the day the text named last")
            } else if by != 0, let last = moveFromLastNamed(&m, by: 1, sign: Int(by), unit: unit, tokens: tokens, quarterly: quarterly) {
                from(last, "counted from the date the text named before")
            }
        case let .later(unit, by)?:
            if let last = moveFromLastNamed(&m, by: Int(by), sign: 1, unit: unit, tokens: tokens, quarterly: quarterly) {
                from(last, "counted from the date the text named before")
            } else {
                m.value = StoryDates.unknownValue(unit); m.date = nil
                if unit == .hour || unit == .minute || unit == .second { m.type = .time }
                told.unresolved = true
                told.detail = "counted from a moment the text does not date"
            }
        case let .weekday(weekday, direction)?:
            if let day = lastDay {
                var delta = Int(weekday) - day.weekday
                if direction < 0, delta >= 0 { delta -= 7 }
                if direction > 0, delta <= 0 { delta += 7 }
                let d = day.adding(days: delta)
                m.value = d.iso; m.date = d
                from(day, "the day the text named last")
            }
        case let .partOfDay(part, offset)?:
            if let day = (lastDay ?? anchor.date)?.adding(days: Int(offset)) {
                m.value = day.iso + "T" + part.rawValue; m.date = day
                if let lastDay { from(lastDay, "the day the text named last") }
            }
        case let .comingPartOfDay(part)?:
            // (the day the text tells of when that is ahead of the publication: "on Friday the
            // team will travel and train in the evening"; a day told before it is another's)
            let day: CivilDate?
            if let lastDay, let now = anchor.date, lastDay > now { day = lastDay } else { day = anchor.date }
            if let day {
                m.value = day.iso + "T" + part.rawValue; m.date = day
                if day == lastDay { from(day, "the day the text named last") }
            }
        case .clock?:
            if let prev = previous, let d = prev.date, prev.granularity == .day, prev.type == .date,
               StoryDates.joined(prev.last, m.first, tokens), let t = m.value.firstIndex(of: "T") {
                m.value = d.iso + m.value[t...]; m.date = d; m.relative = prev.relative
                from(d, "the day written just before it")
            }
        case nil:
            break
        }
        switch m.value {
        case DateGrammar.thatYear:
            if let y = lastYear, let d = CivilDate(year: y, month: 1, day: 1) {
                m.value = pad(y, 4); m.date = d; m.granularity = .year
            } else {
                m.value = "XXXX"
            }
        case DateGrammar.thatDay:
            if let d = lastDay {
                m.value = d.iso; m.date = d
                from(d, "the day last named in the text")
            } else {
                m.value = "XXXX-XX-XX"
                told.detail = "refers to a day the text has not named"
            }
        case DateGrammar.eventBefore, DateGrammar.eventAfter:
            if let prev = previous, prev.last == m.first - 2, tokens[m.first - 1].text == ",", prev.granularity == .day, let d = prev.date {
                // "after Oct. 12, the day before the plunge": the phrase renames the date before it.
                m.value = d.iso; m.date = d; m.granularity = .day
                from(d, "the date just before it, which it describes")
            } else {
                m.value = "XXXX-XX-XX"
                told.unresolved = true
                told.detail = "counted from an event the text does not date"
            }
        default:
            if let d = m.date, m.granularity != .decade, m.granularity != .century, !m.value.hasSuffix("_REF") {
                lastYear = d.year
                if m.granularity == .day || m.type == .time { lastDay = d }
                if m.type == .date || m.type == .time { lastNamed = (d, m.type == .time ? .day : m.granularity) }
            }
        }
        return told
    }

    /// Words that may join a day and the clock time after it ("Friday at 3 p.m.", "Nov. 2, 12:45pm").
    static let dayClockJoiners: WordSet = [",", "at", "from", "by", "around", "about", "before", "after", "until",
                                           // ("am Montag um 14.30 Uhr", "lundi à 14h30", "el lunes a las 14:30", "в понедельник в 14:30")
                                           "um", "gegen", "ab", "à", "vers", "a", "las", "la", "alle", "às", "в", "около", "o", "om", "kl", "."]

    /// True when only joining words stand between token `a` and token `b`.
    static func joined(_ a: Int, _ b: Int, _ tokens: [DateToken]) -> Bool {
        guard b > a, b - a <= 3 else { return false }
        return (a + 1..<b).allSatisfy { dayClockJoiners.contains(tokens[$0].lower) }
    }

    /// Moves `m` `by` units (in `sign`'s direction) from the date the text named last, when that
    /// date is fine enough for the unit; returns that date, or nil (and `m` untouched).
    private func moveFromLastNamed(_ m: inout DateMatch, by amount: Int, sign: Int, unit: DateLexicon.Unit,
                                   tokens: [DateToken], quarterly: Bool) -> CivilDate? {
        guard let last = lastNamed, StoryDates.fine(last.granularity, enoughFor: unit) else { return nil }
        let grammar = DateGrammar(tokens: tokens, anchor: DateAnchor(date: last.date, kind: .relative), quarterly: quarterly)
        let moved = grammar.shifted(m.first, m.last, amount: amount, unit: unit, sign: sign)
        m.value = moved.value; m.date = moved.date; m.granularity = moved.granularity
        return last.date
    }

    /// TIMEX3's value for a date of `unit`'s size that cannot be told.
    static func unknownValue(_ unit: DateLexicon.Unit) -> String {
        switch unit {
        case .year, .decade, .century: return "XXXX"
        case .quarter: return "XXXX-QX"
        case .month: return "XXXX-XX"
        case .week, .weekend, .fortnight: return "XXXX-WXX"
        case .day: return "XXXX-XX-XX"
        case .hour, .minute, .second: return "XXXX-XX-XXTXX:XX"
        }
    }

    /// True when a date named at `granularity` can anchor a shift by `unit` ("March" anchors "the
    /// following month", not "the next day").
    static func fine(_ granularity: Granularity, enoughFor unit: DateLexicon.Unit) -> Bool {
        let order: [Granularity] = [.day, .week, .month, .quarter, .season, .year]
        guard let g = order.firstIndex(of: granularity) else { return false }
        switch unit {
        case .day, .hour, .minute, .second: return g <= 0
        case .week, .weekend, .fortnight: return g <= 1
        case .month: return g <= 2
        case .quarter: return g <= 3
        case .year, .decade, .century: return true
        }
    }
}
