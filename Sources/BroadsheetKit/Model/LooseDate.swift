/// Reads the date forms pages and manifests state about themselves: ISO 8601 dates and
/// date-times, `December 4, 2009`, `4 Dec 2009`, `Fri, 04 Dec 2009 10:00:00 GMT`, `07/27/2016`
/// (US order), `2009/12/04`. Returns `YYYY-MM-DD` or, for ISO date-times, the ISO string itself.
public enum LooseDate {
    public static let monthNames: WordMap<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// The months' English names, January first (what another language's month is read as).
    public static let englishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                       "october", "november", "december"]

    /// Earlier years are not publication dates of anything in a news archive: CMS placeholders
    /// (`0001-01-01`) and typos.
    public static let earliestYear = 1800
    /// Later years are placeholders (`9999-12-31`, `2999-01-01`). A fixed bound rather than the
    /// clock, so a rebuild of an old archive gives the same answers.
    public static let latestYear = 2100

    /// What a date a page or manifest states about itself is worth.
    public enum Verdict: Sendable, Equatable {
        case valid(String)
        /// Readable but not believable, with the reason.
        case refused(String)
        case unreadable
    }

    /// Reads a publication or update date and refuses placeholders and impossible values: years
    /// outside 1800–2100, the Unix epoch (`1970-01-01`, what an empty timestamp becomes), times
    /// such as `25:99`.
    public static func check(_ raw: String) -> Verdict {
        let s = raw.trimmingWhitespace()
        if let problem = timeProblem(s) { return .refused("'\(s)': \(problem)") }
        guard let value = normalize(s), let date = CivilDate(iso: value) else { return .unreadable }
        if date.year < earliestYear || date.year > latestYear {
            return .refused("'\(s)': year \(date.year) is a placeholder, not a publication date (accepted: \(earliestYear)–\(latestYear))")
        }
        if (date.year == 1970 && date.month == 1 && date.day == 1) || (date.year == 1969 && date.month == 12 && date.day == 31) {
            return .refused("'\(s)': the Unix epoch, what an empty timestamp becomes")
        }
        return .valid(value)
    }

    /// Why the time part of an ISO date-time is impossible, if it is.
    static func timeProblem(_ s: String) -> String? {
        guard let fields = timeFields(Array(s.utf8)) else { return nil }
        if fields[0] > 23 || fields[1] > 59 || (fields.count == 3 && fields[2] > 60) {
            return "\(fields.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")) is not a time of day"
        }
        return nil
    }

    /// The hh:mm[:ss] fields after an ISO date and its `T` (or space), when the time part reads so.
    static func timeFields(_ b: [UInt8]) -> [Int]? {
        guard b.count > 11, CivilDate(iso: String(decoding: b[0..<10], as: UTF8.self)) != nil,
              b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ") else { return nil }
        var fields: [Int] = []
        var i = 11
        while i < b.count, fields.count < 3 {
            var n = 0, digits = 0
            // a field is two digits: a longer run is read no further than its third (no overflow)
            while i < b.count, b[i] >= 48, b[i] <= 57 { if digits < 3 { n = n * 10 + Int(b[i] - 48) }; digits += 1; i += 1 }
            guard digits == 2 else { break }
            fields.append(n)
            guard i < b.count, b[i] == UInt8(ascii: ":") else { break }
            i += 1
        }
        return fields.count >= 2 ? fields : nil
    }

    public static func normalize(_ raw: String) -> String? {
        let s = raw.trimmingWhitespace()
        if timeProblem(s) != nil { return nil }
        if s.isEmpty { return nil }
        let b = Array(s.utf8)
        // ISO: YYYY-MM-DD[Thh:mm[:ss][zone]]
        if b.count >= 10, let d = CivilDate(iso: String(decoding: b[0..<10], as: UTF8.self)) {
            if b.count > 10, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ") {
                let rest = String(decoding: b[11...], as: UTF8.self)
                let time = rest.prefix { $0.isNumber || $0 == ":" || $0 == "." || $0 == "+" || $0 == "-" || $0 == "Z" }
                // kept when it reads hh:mm; anything else there ("T1000", forty digits) leaves the date alone
                if timeFields(b) != nil { return d.iso + "T" + extendedOffset(String(time)) }
            }
            return d.iso
        }
        // Compact ISO: YYYYMMDD
        if b.count == 8, b.allSatisfy({ $0 >= 48 && $0 <= 57 }),
           let d = CivilDate(year: Int(s.prefix(4))!, month: Int(s.dropFirst(4).prefix(2))!, day: Int(s.suffix(2))!) {
            return d.iso
        }
        let tokens = tokenize(s)
        var year: Int?, month: Int?, day: Int?
        var numbers: [Int] = []
        var slashed = false
        var yearLast = false
        // A time of day is read past, not stopped at: Java's and Unix's stamps put the year after
        // it (`Mon Jul 23 14:44:22 PDT 2012`).
        var inTime = false
        for (i, t) in tokens.enumerated() {
            if t == ":" { inTime = i > 0 && Int(tokens[i - 1]) != nil; continue }
            let wasTime = inTime
            inTime = false
            if wasTime, Int(t) != nil, t.count <= 2 { continue }     // the minutes or seconds of a time
            if let m = monthNames[t.lowercasedFast] {
                if month == nil { month = m }
            } else if let n = Int(t) {
                if t.count == 4 && year == nil { year = n; yearLast = !numbers.isEmpty }
                else if t.count <= 2 {
                    if i + 1 < tokens.count, tokens[i + 1] == ":" { continue }   // the hour of a time
                    numbers.append(n)
                }
                if i + 1 < tokens.count && tokens[i + 1] == "/" { slashed = true }
            } else if let n = ordinal(t) {
                numbers.append(n)
            }
        }
        if month != nil {
            day = numbers.first { (1...31).contains($0) }
        } else if slashed && numbers.count >= 2 {
            // 07/27/2016: US order unless the first number cannot be a month.
            if numbers[0] > 12 { day = numbers[0]; month = numbers[1] } else { month = numbers[0]; day = numbers[1] }
        } else if numbers.count == 2, year != nil, yearLast, s.contains(".") {
            // 04.03.2025: day first, as everywhere dates are written with full stops
            day = numbers[0]; month = numbers[1]
            if numbers[1] > 12 { month = numbers[0]; day = numbers[1] }
        } else if numbers.count == 2, year != nil, s.contains("/") || s.contains(".") || (!yearLast && s.contains("-")) {
            // 2009/12/04, 2008-1-14
            month = numbers[0]; day = numbers[1]
        }
        guard let y = year, let m = month, let d = day, let date = CivilDate(year: y, month: m, day: d) else { return nil }
        return date.iso
    }

    /// A zone offset written `-0400` (as WordPress and hAtom stamps do) written `-04:00`, as the
    /// rest of an extended ISO date-time is.
    static func extendedOffset(_ time: String) -> String {
        let b = Array(time.utf8)
        guard b.count >= 5, b[b.count - 5] == UInt8(ascii: "+") || b[b.count - 5] == UInt8(ascii: "-"),
              b[(b.count - 4)...].allSatisfy({ $0 >= 48 && $0 <= 57 }), b.contains(UInt8(ascii: ":")) else { return time }
        return String(time.dropLast(2)) + ":" + String(time.suffix(2))
    }

    /// `16th`, `1st`, `22nd`, `3rd`: the day a date writes as an ordinal.
    static func ordinal(_ t: String) -> Int? {
        t.count <= 4 ? figureOrdinal(t) : nil
    }

    /// `16th`, `1st`, `42nd`, `125th`: a figure written as an ordinal, and its value.
    static func figureOrdinal(_ t: String) -> Int? {
        guard t.count >= 3, ["st", "nd", "rd", "th"].contains(String(t.suffix(2)).lowercased()),
              t.utf8.dropLast(2).allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(t.dropLast(2))
    }

    static func tokenize(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        for ch in s {
            if ch.isLetter || ch.isNumber { cur.append(ch) } else {
                if !cur.isEmpty { out.append(cur); cur = "" }
                if ch == "/" || ch == ":" { out.append(String(ch)) }
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }
}
