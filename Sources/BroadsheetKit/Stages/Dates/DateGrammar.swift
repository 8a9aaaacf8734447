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
    /// Told from the date the text named last rather than from the publication; the dates stage
    /// values it (from the publication date when the text named none).
    var fromText: TextAnchoring? = nil
    /// Its month is written, though not inside it (the 8 of "March 4-8", the 10 of "10-12
    /// March"): an inferred year is all it needs, as for "March 8".
    var monthWrittenBeside = false
    /// A bare weekday placed before or after the publication by the tense around it alone.
    var weekdayByTense = false
    /// The day of a known event ("the Sept. 11 attacks"): absolute, but no evidence of when the
    /// text was written.
    var knownEvent = false
    /// What the `resolution_detail` column says of it whatever its anchor (a date of another
    /// calendar, converted or not).
    var note: String? = nil
}

/// How an expression hangs on the date the text named last (kept small: matches are copied often).
enum TextAnchoring {
    /// "the following year", "the day before": shifted by one `unit` (`by` -1 or +1); 0 is that day.
    case shift(unit: DateLexicon.Unit, by: Int8)
    /// "in the morning", "overnight": that part of the day the text tells of, `offset` days from it.
    case partOfDay(PartOfDay, offset: Int8)
    /// "will work through the night", "overnight" in a clause told ahead: that part of the day the
    /// text tells of when it is ahead of the publication, else of the publication's day.
    case comingPartOfDay(PartOfDay)
    /// "a week later": `by` units after the date the text named last; unresolved when it named none
    /// fine enough (the publication date is not the moment a story's "later" counts from).
    case later(unit: DateLexicon.Unit, by: Int8)
    /// "Friday, Nov. 2, 2012 12:45pm", "Friday at 3 p.m.": a clock time with no day of its own
    /// takes the day written just before it.
    case clock
    /// "the previous Friday": that weekday before (-1) or after (+1) the day the text tells of.
    case weekday(Int8, direction: Int8)
}

/// TIMEX3's parts of a day.
enum PartOfDay: String { case MO, AF, EV, NI }

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
    var partOfDay: WordMap<String> { DateGrammar.partOfDayCodes }
    /// The document reports quarterly results: "a year earlier" then means that quarter a year before.
    let quarterly: Bool

    /// The document reports a game: "the fourth quarter", "the second half" without a year are
    /// the game's periods, not the calendar's.
    var gamePeriods = false

    /// The document is in another language than English: its month names are read too.
    var abroad = false
    /// Its language, when it is not English (`ru`, `de`): yesterday, today and tomorrow and the
    /// last or next weekday are read in the languages `DateLexicon` knows them in.
    var language: String?

    init(tokens: [DateToken], anchor: DateAnchor, quarterly: Bool = false) {
        t = tokens
        self.anchor = anchor
        self.quarterly = quarterly
    }

    /// Days back within which a month and day with no tense cue name the past date rather than the
    /// nearest: a story of late September means the February just gone, not the next one.
    static let untoldPastReachDays = 270
    /// Days a date may stand off the publication and still count as not ahead or not behind it (a
    /// dateline a day or two off).
    static let sameDaySlack = 3
    /// Days either way within which a month and day name the nearest such date.
    static let nearDateDays = 60
    /// From this month on, "the new year" is the next one: said in the second half of a year,
    /// people mean the one to come; said in January, the one begun.
    static let newYearAheadFromMonth = 7
    /// How far ahead the coming change of century may lie for "the turn of the century" to name it
    /// when the clause gives no tense (written in 1998 it is 2000; written in 1950, 1900).
    static let turnAheadReach = 20
    /// The lower-cased words a pattern can start at: the lexicons the patterns test a first token
    /// against and the words written in the patterns (`grammarWords`, kept complete by a test that
    /// re-reads the grammar's source), less `contextOnlyWords`. Word tokens outside it (most of a
    /// text) are skipped without trying the seventeen patterns; numbers and punctuation are always
    /// tried. The tense cue lists and date prepositions are only looked at around a match.
    static let vocabulary: WordSet = {
        var v = Set(grammarWords)
        for keys in [Array(DateLexicon.months.keys), Array(DateLexicon.weekdays.keys), Array(DateLexicon.units.keys),
                     Array(DateLexicon.numberWords.keys), Array(DateLexicon.ordinals.keys), Array(DateLexicon.seasons.keys),
                     Array(DateLexicon.tens.keys), Array(DateLexicon.unitWords.keys), Array(DateLexicon.teens.keys),
                     Array(DateLexicon.centuryWords.keys), Array(DateLexicon.setAdverbs.keys), Array(partOfDayCodes.keys),
                     DateLexicon.fullWeekdays.map { $0 + "s" }] {
            v.formUnion(keys)
        }
        v.formUnion(DateLexicon.ambiguousMonths)
        v.formUnion(DateLexicon.monthsAbroad.keys)
        for words in DateLexicon.deicticAbroad.values { v.formUnion(words.keys) }
        for words in DateLexicon.weekdaysAbroad.values { v.formUnion(words.keys) }
        for words in DateLexicon.weekdayMarkersBefore.values { v.formUnion(words.keys) }
        v.formUnion(DateLexicon.firstDaySuffixes)
        v.formUnion(DateLexicon.dateLinksAbroad)
        v.formUnion(DateLexicon.fullWeekdays)
        v.formUnion(DateLexicon.vagueAmounts)
        v.formUnion(holidayStarters)
        v.insert(DateLexicon.overnight)
        v.formUnion(DateLexicon.lengthWords.keys)
        return WordSet(v.subtracting(contextOnlyWords).sorted())
    }()

    /// The vocabulary of a document in another language: the words its own patterns start at
    /// too (`в прошлом году`, `in der vergangenen Woche`, `vor drei Tagen`), frequent English
    /// words among them (`in`, `a`, `six`), which English text need not stop at.
    static let vocabularyAbroad: WordSet = {
        var v = Set(vocabulary)
        v.formUnion(DateLexicon.periodStartersAbroad)
        v.formUnion(DateLexicon.monthsInAbroad.keys)
        v.formUnion(DateLexicon.agoStartersAbroad)
        v.formUnion(DateLexicon.eastAsianStarters)
        for calendar in HijriCalendar.all { v.formUnion(calendar.months.keys) }
        v.formUnion(DateLexicon.hindiEitherWay.keys)
        v.formUnion(DateLexicon.decadeNounsAbroad)
        v.formUnion(DateLexicon.centuryWordsAbroad)
        v.formUnion(DateLexicon.periodOrdinalsAbroad.keys)
        v.formUnion(DateLexicon.partOfDayPhraseStartersAbroad)
        for day in DateLexicon.weekdaysAbroad["de"]?.keys ?? [] { v.formUnion(DateLexicon.germanPartOfDayEndings.map { day + $0.ending }) }
        return WordSet(v.sorted())
    }()

    /// Frequent words the patterns test only before or after a match's first token ("Friday *of*
    /// next week", "*for* years", "1990 *was*"), never as the first token: read off every use in
    /// the patterns, and held to it by a test that compares matching with and without the skip.
    static let contextOnlyWords: WordSet = [
        "día", "en", "of", "and", "or", "in", "at", "by", "for", "to", "from", "since", "until", "is", "was", "has", "as", "his", "its",
        "local", "time", "are", "show", "programme", "program", "beginning", "start", "till", "were", "ahead", "have", "'ve", "into",
        "other", "during", "throughout", "up", "down", "between", "when", "than", "hrs", "godz", "kl", "xx", "xxx", "eve", "comparable", "corresponding", "through",
        // (what follows a figure that is no year: `1100 of them`, `2088 Philip Street`)
        "them", "those", "us", "which", "whom", "you", "ave", "avenue", "blvd", "boulevard", "drive", "highway", "lane", "parkway",
        "place", "road", "street", "terrace",
    ]

    static let grammarWords: [String] = [
        "a", "af", "after", "afternoon", "ago", "am", "an", "and", "as", "at", "basis", "before", "billion", "bst",
        "by", "century", "cet", "coming", "couple", "cst", "current", "currently", "days", "distant", "each",
        "earlier", "early", "ed", "edt", "end", "est", "et", "ev", "evening", "every", "few", "first", "fiscal",
        "flight", "following", "for", "foreseeable", "from", "full", "future", "fy", "gmt", "h", "half", "has", "hence", "his",
        "hundred", "in", "is", "its", "july", "june", "last", "late", "lately", "later", "latest", "long", "m", "many",
        "may", "mid", "midday", "midnight", "midyear", "million", "mo", "model", "morning", "most", "nd", "near", "next", "ni", "night",
        "no", "noon", "now", "nowadays", "number", "o'clock", "of", "old", "on", "once", "or", "over", "o’clock", "p",
        "past", "per", "percent", "period", "plus", "pm", "possible", "preceding", "present", "previous", "previously", "prior", "pst", "pxde", "q",
        "quarter", "rd", "recent", "recently", "route", "run", "s", "same", "several", "short", "since", "some", "soon", "st",
        "t", "term", "th", "that", "the", "these", "this", "thousand", "thus", "times", "tni", "to", "today",
        "tomorrow", "tonight", "twice", "two", "until", "utc", "versus", "was", "weekend", "wi", "within", "x", "xxxx",
        "xxxx-qx", "xxxx-wxx", "xxxx-wxx-we", "xxxx-xx", "xxxx-xx-xx", "xxxx-xx-xxtni", "year", "yesterday"
    ]

    /// Skip tokens no pattern can start at (see `vocabulary`); off only to test that skipping changes nothing.
    var skipsOutsideVocabulary = true

    func matches() -> [DateMatch] {
        var out: [DateMatch] = []
        var i = 0
        let vocabulary = abroad ? DateGrammar.vocabularyAbroad : DateGrammar.vocabulary
        while i < t.count {
            if skipsOutsideVocabulary, t[i].kind == .word, !vocabulary.contains(t[i].lower) {
                i += 1
                continue
            }
            // No form starts at a punctuation mark but the apostrophe of "'90s".
            if t[i].kind == .punct, t[i].text != "'", t[i].text != "’" {
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
        orderRanges(&out)
        inYearTold(&out)
        return out
    }

    /// "In 1996, the president vetoed it on Dec. 6", "failed again in 1996, when the president
    /// vetoed it on Dec. 6": a month (and day) without its year, in a clause a year opens, is in
    /// that year, not the one nearest the publication. Only a year fronted at the sentence's start
    /// or one a "when" clause follows sets the clause's year ("the firm, founded in 1985, said in
    /// February" means the February nearest the publication).
    func inYearTold(_ out: inout [DateMatch]) {
        guard out.count >= 2, let ref = anchor.date else { return }
        for k in 1..<out.count {
            let p = out[k - 1], m = out[k]
            guard !p.relative, p.type == .date, let told = p.date?.year, told != ref.year, p.granularity == .year || p.granularity == .day || p.granularity == .month,
                  m.relative, m.type == .date, m.fromText == nil, m.granularity == .day || m.granularity == .month, let d = m.date, d.year != told,
                  month(m.first) != nil || month(m.first + 1) != nil, !(m.first...m.last).contains(where: { DateGrammar.toldYearWords.contains(t[$0].lower) || year($0) != nil })
            else { continue }
            let fronted = p.first <= DateGrammar.frontedDateReach && isPunct(p.last + 1, ",")
            let whenClause = isPunct(p.last + 1, ",") && word(p.last + 2, "when")
            guard fronted || whenClause, tense(m.first) != .future,
                  !(p.last + 1..<m.first).contains(where: { isClauseStop($0) || isPunct($0, ";") }),
                  let moved = CivilDate(year: told, month: d.month, day: m.granularity == .day ? d.day : 1) else { continue }
            out[k] = m.granularity == .day ? dayMatch(m.first, m.last, moved, relative: false) : monthMatch(m.first, m.last, year: told, month: d.month, relative: false)
        }
    }
    /// Words that tie a month to a year of their own ("last March", "June next year").
    static let toldYearWords: WordSet = ["last", "next", "this", "year", "ago"]

    /// "from January to October", "the January-September period", "between Jan. 1 and Sept. 26":
    /// a range runs forward, so a first month (or day of a named month) each resolved alone past
    /// the second is the one a year before.
    func orderRanges(_ out: inout [DateMatch]) {
        guard out.count >= 2 else { return }
        for k in 1..<out.count {
            let a = out[k - 1], b = out[k]
            guard a.relative, a.granularity == b.granularity, let da = a.date, let db = b.date, da > db,
                  b.first == a.last + 2, let link = tok(a.last + 1),
                  DateLexicon.rangeLinks.contains(link.lower) || link.lower == "and" && word(a.first - 1, "between") else { continue }
            let earlier = da.adding(months: -12)
            switch a.granularity {
            case .month:
                out[k - 1] = monthMatch(a.first, a.last, year: earlier.year, month: earlier.month, relative: true)
            case .day where a.type == .date && month(a.first) != nil && earlier <= db:
                // A weekday range ("Friday to Monday") is read by its tense, not reordered.
                out[k - 1] = dayMatch(a.first, a.last, earlier, relative: true)
            default:
                break
            }
        }
    }

    func longest(at i: Int) -> DateMatch? {
        // Longest match; among equally long ones the earliest start, then the first form listed.
        var best: DateMatch?
        func consider(_ m: DateMatch?) {
            guard let m else { return }
            if let b = best, (m.last - m.first, b.first) <= (b.last - b.first, m.first) { return }
            best = m
        }
        // A document's own language's forms first: on a tie (`bis September`, a month English
        // shares) they read it with that language's tense words.
        if abroad { consider(dayMonthAbroad(i)); consider(monthYearAbroad(i)); consider(weekdayAbroad(i)); consider(periodAbroad(i))
            consider(monthAloneAbroad(i)); consider(agoAbroad(i)); consider(eastAsianDate(i)); consider(eastAsianRelative(i))
            consider(eastAsianWeekday(i)); consider(eastAsianNumeralMonth(i))
            consider(hijriDate(i)); consider(decadeOrCenturyAbroad(i)); consider(quarterOrHalfAbroad(i)); consider(partOfDayPhraseAbroad(i))
            if t[i].kind == .number { consider(clockAbroad(i)) } }
        consider(numericDate(i)); consider(monthFirst(i)); consider(dayFirst(i)); consider(weekdayDate(i))
        consider(yearForms(i)); consider(decadeOrCentury(i)); consider(deictic(i)); consider(modified(i))
        consider(agoForm(i)); consider(duration(i)); consider(setForm(i)); consider(timeOfDay(i))
        consider(quarterOrHalf(i)); consider(businessPeriod(i)); consider(financialPeriod(i)); consider(spelledYear(i)); consider(weekend(i))
        consider(yearAgoAdjective(i))
        if t[i].kind == .number { consider(dayRangeEnd(i)); consider(dayRangeStart(i)) }
        if t[i].kind == .word, DateGrammar.holidayStarters.contains(t[i].lower) { consider(holiday(i)) }
        // The word-named periods (DateGrammar+Periods) start at a few words only: one lookup
        // instead of seven patterns at every other token.
        if t[i].kind == .word, DateGrammar.periodStarters.contains(t[i].lower) {
            consider(accountingYear(i)); consider(yearEnd(i)); consider(bareSeason(i)); consider(partOfDayFirst(i))
            consider(partOfDayOf(i)); consider(weekOf(i)); consider(decadeWord(i)); consider(recurringDay(i)); consider(partOfDayAlone(i))
            consider(nthWeekdayOfMonth(i)); consider(nthWeekOfMonth(i)); consider(edgeOfDecadeOrCentury(i))
        } else if word(i, "that") {
            // ("that night": one pattern, not the seven at a frequent word)
            consider(partOfDayAlone(i))
        }
        return best
    }

    // MARK: Token helpers

    func tok(_ i: Int) -> DateToken? { i >= 0 && i < t.count ? t[i] : nil }
    func adjacent(_ i: Int) -> Bool { i > 0 && i < t.count && t[i - 1].end == t[i].start }
    func isPunct(_ i: Int, _ s: String) -> Bool { tok(i).map { $0.kind == .punct && $0.text == s } ?? false }
    func word(_ i: Int, _ options: [String]) -> Bool { tok(i).map { $0.kind == .word && options.contains($0.lower) } ?? false }
    /// One word (no array to build: the patterns test this at most tokens).
    @inline(__always) func word(_ i: Int, _ one: String) -> Bool { i >= 0 && i < t.count && t[i].kind == .word && t[i].lower == one }

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
        if let next = tok(i + 1), adjacent(i + 1), next.kind != .punct || next.text == "%" || (DateGrammar.dashes.contains(next.text) && rangeEnd(i) == nil),
           !isGregorianMark(i + 1) {
            return nil
        }
        // "closed at 2082.1": a decimal number.
        if isPunct(i + 1, "."), adjacent(i + 1), tok(i + 2)?.kind == .number, adjacent(i + 2) { return nil }
        if let prev = tok(i - 1), adjacent(i), prev.kind != .punct || prev.text == "$" || prev.text == "#" { return nil }
        if let prev = tok(i - 1), adjacent(i), DateGrammar.dashes.contains(prev.text), rangeStart(i) == nil, !word(i - 2, "mid") { return nil }
        return y
    }

    static let dashes: WordSet = ["-", "–", "—"]

    /// Arabic marks a year as Gregorian with a `م` glued to it (`٤ ديسمبر ٢٠٢٥م`), and as of the
    /// Hijra with `هـ`, which is no year of this calendar. After a month's name only: after a bare
    /// figure the same letter is as often metres (`ارتفاع 1800م`).
    func isGregorianMark(_ k: Int) -> Bool {
        guard abroad, let mark = tok(k), mark.kind == .word, mark.text == "م", !adjacent(k + 1) || tok(k + 1)?.kind == .punct else { return false }
        return tok(k - 2).map { $0.kind == .word && DateLexicon.monthsAbroad[$0.lower] != nil } ?? false
    }

    /// The second year of "2009-2010" / "2009–10" after the first at `i` (each is a date of its own).
    func rangeEnd(_ i: Int) -> Int? {
        guard let first = tok(i)?.number, let dash = tok(i + 1), DateGrammar.dashes.contains(dash.text), let second = tok(i + 2), second.kind == .number,
              let n = second.number, adjacent(i + 2) || !adjacent(i + 1) else { return nil }
        if second.text.count == 4, n > first, n - first <= DateGrammar.longestYearRange { return n }
        if second.text.count == 2, n > first % 100 { return first - first % 100 + n }
        return nil
    }

    /// The first year of a range whose second year is at `i`.
    func rangeStart(_ i: Int) -> Int? {
        guard i >= 2, let first = tok(i - 2), first.kind == .number, first.text.count == 4, rangeEnd(i - 2) != nil else { return nil }
        return first.number
    }

    /// Counts of units beyond this ("999999999999999999 decades ago") are not time expressions,
    /// and the values made from them (ten years a decade, seven days a week) would overflow.
    static let largestAmount = 1_000_000

    /// Years a bare figure is read as without a preposition before it ("in 1707", "since 1717").
    static let modernYears = 1900...2100
    /// What "1100 of …" counts: a figure before these is no year.
    /// (Not a possessive: "in 2014 of his regulations" is the year.)
    static let countedThings: [String] = ["them", "us", "these", "those", "which", "whom", "you"]
    /// Words at most in a street's name before its kind (`Martin Luther King Jr. Boulevard`).
    static let longestStreetName = 4

    /// Years apart at most in a range like "1914-1918" (beyond, "1000-2000" is more likely a count).
    static let longestYearRange = 200

    /// A cardinal: digits, number words (`twenty four`, `twenty-four`), `a`/`an`, or a vague amount (-1).
    func amount(_ i: Int) -> (value: Int, end: Int)? {
        guard let tk = tok(i) else { return nil }
        if let n = tk.number, n <= DateGrammar.largestAmount, !adjacent(i) || tok(i - 1)?.kind == .punct {
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
        // "two hundred years", "two thousand years"
        if n < 100, word(end + 1, "hundred") { n *= 100; end += 1 }
        if n < 1000, word(end + 1, "thousand") { n *= 1000; end += 1 }
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

    /// The decade that begins in `firstYear` (value `199` for 1990).
    func decadeMatch(_ a: Int, _ b: Int, firstYear: Int, relative: Bool) -> DateMatch {
        DateMatch(first: a, last: b, type: .date, value: String(firstYear / 10), date: CivilDate(year: firstYear, month: 1, day: 1), granularity: .decade, relative: relative)
    }

    /// The hundred years whose figures begin with `hundreds` (value `19` for the 1900s, the twentieth century).
    func centuryMatch(_ a: Int, _ b: Int, hundreds: Int, relative: Bool) -> DateMatch {
        DateMatch(first: a, last: b, type: .date, value: pad(hundreds, 2), date: CivilDate(year: hundreds * 100, month: 1, day: 1), granularity: .century, relative: relative)
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
        guard let ref = anchor.date else { return nil }
        if day == nil && month == ref.month { return ref.year }
        let candidates = [ref.year - 1, ref.year, ref.year + 1].compactMap { CivilDate(year: $0, month: month, day: day ?? 1) }
        return pick(candidates, at: i, from: ref)?.year ?? ref.year
    }

    /// Which of a date's yearly recurrences (`candidates`, in order) the clause at `i` means.
    /// `untoldLooksBack`: with no tense, the one behind (a month and day: news reports what
    /// happened) rather than the nearest (a holiday: "Countdown to Election Day: 105 days").
    func pick(_ candidates: [CivilDate], at i: Int, from ref: CivilDate, untoldLooksBack: Bool = true) -> CivilDate? {
        let gap = { (d: CivilDate) in d.dayNumber - ref.dayNumber }
        // A date within two months either way is almost always the one meant (a reporting verb's
        // tense says nothing of it: "said the dividend is payable Nov. 6"); tense decides beyond.
        let nearest = candidates.min { abs(gap($0)) < abs(gap($1)) }
        if let nearest, abs(gap(nearest)) <= DateGrammar.nearDateDays { return nearest }
        // Forward when the clause looks ahead, else the latest one not after the publication date
        // (news reports what happened), unless that is most of a year back.
        let behind = candidates.last { gap($0) <= DateGrammar.sameDaySlack }
        switch tense(i) {
        case .future: return candidates.first { gap($0) >= -DateGrammar.sameDaySlack }
        case .past: return behind
        case .unknown:
            // (A date the text states is no publication date: with no tense to go by, its year stands.)
            if anchor.kind == .inferred, let same = candidates.first(where: { $0.year == ref.year }) { return same }
            if untoldLooksBack, let behind, gap(behind) >= -DateGrammar.untoldPastReachDays { return behind }
            return nearest
        }
    }

    // MARK: Shared by the patterns (in DateGrammar+Absolute, +Relative, +Durations)

    /// The words the patterns of DateGrammar+Periods can start at.
    static let periodStarters: WordSet = {
        var v: Set<String> = ["the", "year", "early", "late", "mid", "midyear", "every", "each", DateLexicon.overnight]
        v.formUnion(DateLexicon.seasons.keys)
        v.formUnion(partOfDayCodes.keys)
        v.formUnion(DateLexicon.fullWeekdays)
        v.formUnion(DateLexicon.fullWeekdays.map { $0 + "s" })
        return WordSet(v.sorted())
    }()

    /// Days a clock time written just before them falls on, from the publication ("9 a.m. tomorrow").
    static let clockDayWords: WordMap<Int> = ["yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1]
    /// Time zones written after a clock time.
    static let morningCode = "MO"
    static let clockZones: WordSet = ["est", "edt", "gmt", "utc", "cst", "pst", "et", "cet", "bst"]
    /// Tokens a bracketed aside after a clock time may hold ("(2035 GMT)").
    static let clockAsideReach = 6

    /// The words a holiday's name (or the word before it) starts with.
    static let holidayStarters: WordSet = WordSet(DateLexicon.holidaysByFirstWord.keys.sorted()).union(holidayModifiers)

    /// Placeholder values the dates stage resolves against what the text named before.
    static let thatYear = "THAT_YEAR", thatDay = "THAT_DAY", eventBefore = "EVENT_BEFORE", eventAfter = "EVENT_AFTER"

    static let partOfDayCodes: WordMap<String> = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"]
}
