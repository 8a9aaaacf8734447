import Foundation

/// The calendars news in Persian and Arabic dates in beside the Gregorian, converted with ICU's
/// calendars through Foundation: the Solar Hijri of Iran and Afghanistan (`۱۴ آذر ۱۴۰۴` is 5
/// December 2025) and the lunar Hijri of the Arab world (`١٣ جمادى الآخرة ١٤٤٧هـ` is 4 December
/// 2025 by Saudi Arabia's Umm al-Qura tables; countries that count by sighting the moon may be a
/// day off, and the conversion says which tables it used). Read in documents in those languages
/// only: there `تیر`, `مهر`, `صفر` and `رجب` are words or names too, so a month counts only beside
/// figures.
struct HijriCalendar: Sendable {
    /// How `resolution_detail` names it.
    let name: String
    let months: WordMap<Int>
    let languages: Set<String>
    /// Years its texts write (the Gregorian's are far later).
    let years: ClosedRange<Int>
    /// What a year is written with in it (`هـ`, glued or not); required when `markedYearsOnly`.
    let yearMarks: WordSet
    /// A bare year counts only with its mark (Arabic also writes Gregorian years bare).
    let markedYearsOnly: Bool
    /// The word for "year" before a bare one (`سال ۱۴۰۴`), if a bare year is read after it.
    let yearWord: String?
    private let calendar: Calendar

    static let solar = HijriCalendar(
        name: "the Solar Hijri calendar", identifier: .persian,
        months: ["فروردین": 1, "فروردين": 1, "اردیبهشت": 2, "ارديبهشت": 2, "خرداد": 3, "تیر": 4, "تير": 4, "مرداد": 5, "امرداد": 5,
                 "شهریور": 6, "شهريور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "دي": 10, "بهمن": 11, "اسفند": 12],
        languages: ["fa"], years: 1300...1499, yearMarks: [], markedYearsOnly: false, yearWord: "سال")

    /// The lunar months, the two-word ones as the date tokenizer joins them (`HijriCalendar.twoWordMonths`).
    static let lunar = HijriCalendar(
        name: "the Hijri calendar (Umm al-Qura)", identifier: .islamicUmmAlQura,
        months: ["محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الآخر": 4, "ربيع الاخر": 4, "ربيع الثاني": 4,
                 "جمادى الأولى": 5, "جمادى الاولى": 5, "جمادي الأولى": 5, "جمادى الآخرة": 6, "جمادى الاخرة": 6, "جمادى الثانية": 6,
                 "جمادي الآخرة": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11,
                 "ذو الحجة": 12, "ذي الحجة": 12],
        languages: ["ar"], years: 1300...1599, yearMarks: ["هـ", "ه"], markedYearsOnly: true, yearWord: nil)

    static let all = [solar, lunar]

    /// Lunar month names of two words, which the date tokenizer reads as one token.
    static let twoWordMonths: WordSet = WordSet(lunar.months.keys.filter { $0.contains(" ") })

    private init(name: String, identifier: Calendar.Identifier, months: WordMap<Int>, languages: Set<String>, years: ClosedRange<Int>,
                 yearMarks: WordSet, markedYearsOnly: Bool, yearWord: String?) {
        self.name = name; self.months = months; self.languages = languages; self.years = years
        self.yearMarks = yearMarks; self.markedYearsOnly = markedYearsOnly; self.yearWord = yearWord
        var c = Calendar(identifier: identifier)
        c.timeZone = HijriCalendar.utc
        calendar = c
    }

    private static let utc = TimeZone(secondsFromGMT: 0)!
    private static let gregorianCalendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = utc
        return c
    }()

    /// The Gregorian day of one of this calendar's; nil for a day the month does not have.
    func gregorian(year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1...12).contains(month), (1...31).contains(day),
              let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        // (ICU carries the 31st of a 30-day month over into the next: no such day)
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        let g = HijriCalendar.gregorianCalendar.dateComponents([.year, .month, .day], from: date)
        guard let y = g.year, let m = g.month, let d = g.day else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// This calendar's year a Gregorian day falls in.
    func year(of d: CivilDate) -> Int? {
        guard let date = HijriCalendar.gregorianCalendar.date(from: DateComponents(year: d.year, month: d.month, day: d.day)) else { return nil }
        return calendar.dateComponents([.year], from: date).year
    }

    /// The Gregorian days one of its months (or, with no month, years) runs over.
    func span(year: Int, month: Int?) -> (first: CivilDate, last: CivilDate)? {
        let next = month.map { $0 == 12 ? (year + 1, 1) : (year, $0 + 1) } ?? (year + 1, 1)
        guard let first = gregorian(year: year, month: month ?? 1, day: 1), let after = gregorian(year: next.0, month: next.1, day: 1) else { return nil }
        return (first, after.adding(days: -1))
    }
}

extension DateGrammar {
    /// ۱۴ آذر ۱۴۰۴ · ١٣ جمادى الآخرة ١٤٤٧هـ · ۱۴ آذر · آذر ۱۴۰۴ · سال ۱۴۰۴ · ١٤٤٧ هـ (documents in
    /// Persian and Arabic): a day with its year is that Gregorian day; without one, the nearest
    /// such day to the publication. A month or a year of these calendars straddles two of the
    /// Gregorian: it stays unresolved, its Gregorian days told in `note`.
    func hijriDate(_ i: Int) -> DateMatch? {
        guard let language, let first = tok(i) else { return nil }
        for calendar in HijriCalendar.all where calendar.languages.contains(language) {
            if let m = hijriDate(i, first, calendar) { return m }
        }
        return nil
    }

    private func hijriDate(_ i: Int, _ first: DateToken, _ cal: HijriCalendar) -> DateMatch? {
        /// The year at `k` and the last token of it (its mark, when written). After one of the
        /// calendar's months a year needs no mark.
        func year(_ k: Int, bare: Bool = false) -> (year: Int, last: Int)? {
            guard let tk = tok(k), tk.kind == .number, tk.text.count == 4, let y = tk.number, cal.years.contains(y) else { return nil }
            if let mark = tok(k + 1), mark.kind == .word, cal.yearMarks.contains(mark.lower) { return (y, k + 1) }
            guard !(bare && cal.markedYearsOnly), !(adjacent(k + 1) && tok(k + 1)?.kind != .punct) else { return nil }
            return (y, k)
        }
        if first.kind == .number, first.text.count <= 2, let d = first.number, !(adjacent(i + 1) && tok(i + 1)?.kind != .punct),
           let mt = tok(i + 1), mt.kind == .word, let m = cal.months[mt.lower] {
            if let (y, last) = year(i + 2) {
                guard let g = cal.gregorian(year: y, month: m, day: d) else { return nil }
                var match = dayMatch(i, last, g, relative: false)
                match.note = "converted from \(cal.name) (\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2)))"
                return match
            }
            guard let ref = anchor.date, let here = cal.year(of: ref) else {
                var match = unresolved(i, i + 1, "XXXX-XX-XX", .day)
                match.note = "a day of \(cal.name) with no year: no publication date to take it from"
                return match
            }
            let candidates = [here - 1, here, here + 1].compactMap { cal.gregorian(year: $0, month: m, day: d) }
            guard let nearest = candidates.min(by: { abs($0.dayNumber - ref.dayNumber) < abs($1.dayNumber - ref.dayNumber) }) else { return nil }
            var match = dayMatch(i, i + 1, nearest, relative: true)
            match.note = "converted from \(cal.name), in the year nearest the publication"
            return match
        }
        if first.kind == .word, let m = cal.months[first.lower], let (y, last) = year(i + 1), let (a, b) = cal.span(year: y, month: m) {
            var match = unresolved(i, last, "XXXX-XX", .month)
            match.note = "a month of \(cal.name) (\(pad(y, 4))-\(pad(m, 2))): \(a.iso) to \(b.iso)"
            return match
        }
        let afterYearWord = cal.yearWord.map { word(i - 1, $0) } ?? false
        if first.kind == .number, afterYearWord || cal.markedYearsOnly, let (y, last) = year(i, bare: true), let (a, b) = cal.span(year: y, month: nil) {
            var match = unresolved(i, last, "XXXX", .year)
            match.note = "a year of \(cal.name) (\(y)): \(a.iso) to \(b.iso)"
            return match
        }
        return nil
    }
}
