import Foundation

/// The Solar Hijri calendar Iran and Afghanistan date their news in (`۱۴ آذر ۱۴۰۴` is 5 December
/// 2025), converted with ICU's Persian calendar through Foundation. Read in documents in Persian
/// only: there `تیر`, `مهر` and `دی` are words too, so a month counts only beside figures.
enum SolarHijri {
    /// The months, as Persian writes them (with the Persian and the Arabic yeh).
    static let months: WordMap<Int> = [
        "فروردین": 1, "فروردين": 1, "اردیبهشت": 2, "ارديبهشت": 2, "خرداد": 3, "تیر": 4, "تير": 4, "مرداد": 5, "امرداد": 5,
        "شهریور": 6, "شهريور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "دي": 10, "بهمن": 11, "اسفند": 12,
    ]
    /// The languages that date in it.
    static let languages: Set<String> = ["fa"]
    /// Years a Persian text writes in this calendar rather than the Gregorian (1300 began in 1921).
    static let years = 1300...1499
    /// The word for "year" before a bare one (`سال ۱۴۰۴`).
    static let yearWord = "سال"

    /// The Gregorian day of a Solar Hijri one; nil for a day the month does not have.
    static func gregorian(year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1...12).contains(month), (1...31).contains(day),
              let date = persian.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        // (ICU carries the 31st of a 30-day month over into the next: no such day)
        let back = persian.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        let g = gregorian.dateComponents([.year, .month, .day], from: date)
        guard let y = g.year, let m = g.month, let d = g.day else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// The Solar Hijri year a Gregorian day falls in.
    static func year(of d: CivilDate) -> Int? {
        guard let date = gregorian.date(from: DateComponents(year: d.year, month: d.month, day: d.day)) else { return nil }
        return persian.dateComponents([.year], from: date).year
    }

    /// The Gregorian days a Solar Hijri month (or, with no month, year) runs over.
    static func span(year: Int, month: Int?) -> (first: CivilDate, last: CivilDate)? {
        let next = month.map { $0 == 12 ? (year + 1, 1) : (year, $0 + 1) } ?? (year + 1, 1)
        guard let first = gregorian(year: year, month: month ?? 1, day: 1), let after = gregorian(year: next.0, month: next.1, day: 1) else { return nil }
        return (first, after.adding(days: -1))
    }

    private static let persian: Calendar = {
        var c = Calendar(identifier: .persian)
        c.timeZone = TimeZone(secondsFromGMT: 0)!
        return c
    }()
    private static let gregorian: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(secondsFromGMT: 0)!
        return c
    }()
}

extension DateGrammar {
    /// ۱۴ آذر ۱۴۰۴ · ۱۴ آذر · آذر ۱۴۰۴ · سال ۱۴۰۴ (documents in Persian): a day with its year is
    /// that Gregorian day; without one, the nearest such day to the publication. A month or a
    /// year of this calendar straddles two of the Gregorian: it stays unresolved, its Gregorian
    /// days told in `note`.
    func solarHijriDate(_ i: Int) -> DateMatch? {
        guard let language, SolarHijri.languages.contains(language), let first = tok(i) else { return nil }
        func solarYear(_ k: Int) -> Int? {
            guard let tk = tok(k), tk.kind == .number, tk.text.count == 4, let y = tk.number, SolarHijri.years.contains(y),
                  !(adjacent(k + 1) && tok(k + 1)?.kind != .punct) else { return nil }
            return y
        }
        if first.kind == .number, first.text.count <= 2, let d = first.number, !(adjacent(i + 1) && tok(i + 1)?.kind != .punct),
           let mt = tok(i + 1), mt.kind == .word, let m = SolarHijri.months[mt.lower] {
            if let y = solarYear(i + 2) {
                guard let g = SolarHijri.gregorian(year: y, month: m, day: d) else { return nil }
                var match = dayMatch(i, i + 2, g, relative: false)
                match.note = "converted from the Solar Hijri calendar (\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2)))"
                return match
            }
            guard let ref = anchor.date, let here = SolarHijri.year(of: ref) else {
                var match = unresolved(i, i + 1, "XXXX-XX-XX", .day)
                match.note = "a day of the Solar Hijri calendar with no year: no publication date to take it from"
                return match
            }
            let candidates = [here - 1, here, here + 1].compactMap { SolarHijri.gregorian(year: $0, month: m, day: d) }
            guard let nearest = candidates.min(by: { abs($0.dayNumber - ref.dayNumber) < abs($1.dayNumber - ref.dayNumber) }) else { return nil }
            var match = dayMatch(i, i + 1, nearest, relative: true)
            match.note = "converted from the Solar Hijri calendar, in the year nearest the publication"
            return match
        }
        if first.kind == .word, let m = SolarHijri.months[first.lower], let y = solarYear(i + 1), let (a, b) = SolarHijri.span(year: y, month: m) {
            var match = unresolved(i, i + 1, "XXXX-XX", .month)
            match.note = "a month of the Solar Hijri calendar (\(pad(y, 4))-\(pad(m, 2))): \(a.iso) to \(b.iso)"
            return match
        }
        if first.kind == .number, word(i - 1, SolarHijri.yearWord), let y = solarYear(i), let (a, b) = SolarHijri.span(year: y, month: nil) {
            var match = unresolved(i, i, "XXXX", .year)
            match.note = "a year of the Solar Hijri calendar (\(y)): \(a.iso) to \(b.iso)"
            return match
        }
        return nil
    }
}
