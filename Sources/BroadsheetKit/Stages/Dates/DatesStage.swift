/// Finds every date and time expression (TIMEX3 types DATE, TIME, DURATION, SET) and resolves it to
/// a calendar value. Relative expressions are anchored on the publication date (manifest, then page
/// metadata), else the config's `reference_date`, else the full dates the text itself states when
/// they agree (`inferred`); otherwise they stay unresolved, with the reason. Never the clock.
public struct DatesStage: RegisteredStage {
    public struct Options: StageOptions {
        /// Include DURATION and SET expressions (TIMEX3 keeps them; some analyses want dates only).
        public var durations = true
        /// Use the page's `updated` date as the anchor when no publication date is known.
        public var anchorOnUpdated = false
        public init() {}
        public static let help: [String: String] = [
            "durations": "also report DURATION and SET expressions",
            "anchor_on_updated": "anchor relative dates on the page's last-updated date when it has no publication date",
        ]
    }

    public static let name = "dates"
    public static let summary = "date, time, duration and set expressions, resolved against the publication date"
    public static let needs: [Capability] = [.sentences]
    public static let provides: [Capability] = [.dates]

    let options: Options
    let referenceDate: CivilDate?

    public init(options: Options, context: RunContext) throws {
        self.options = options
        referenceDate = context.referenceDate
    }

    public func process(_ doc: inout Document) throws {
        guard !doc.failed else { return }
        let scalars = Array(doc.text.unicodeScalars)
        let tokenized = doc.sentences.map { DateTokenizer.tokenize(Array(scalars[$0.span.start..<$0.span.end])) }
        let anchor = self.anchor(for: doc, tokens: tokenized)
        let quarterly = tokenized.reduce(0) { n, s in n + s.filter { $0.lower == "quarter" || $0.lower == "quarterly" }.count } >= 2
        var found: [DateMention] = []
        var lastYear: Int?   // the last calendar year the text referred to, for "that year"
        var lastDay: CivilDate?   // the last day it named, for "that day"
        var lastNamed: (date: CivilDate, granularity: Granularity)?   // for "the following month"
        for (si, sentence) in doc.sentences.enumerated() {
            try TimeBudget.check(Self.name)
            let tokens = tokenized[si]
            var previousInSentence: DateMatch?
            for var m in DateGrammar(tokens: tokens, anchor: anchor, quarterly: quarterly).matches() {
                defer { previousInSentence = m }
                if !options.durations && (m.type == .duration || m.type == .set) { continue }
                if anchor.kind == .inferred, m.relative, needsExactDay(m, tokens) {
                    // An inferred year cannot say which day "yesterday" was.
                    m.value = m.type == .time ? "XXXX-XX-XXTXX" : m.granularity == .week ? "XXXX-WXX" : m.granularity == .month ? "XXXX-XX" : "XXXX-XX-XX"
                    m.date = nil
                }
                var textAnchor: (date: CivilDate, why: String)?   // anaphora valued from the text's own dates
                var eventAnchored = false
                switch m.fromText {
                case let .shift(unit, by)?:
                    if by == 0, let day = lastDay {
                        m.value = day.iso; m.date = day; m.granularity = .day
                        textAnchor = (day, "the day the text named last")
                    } else if by != 0, let last = lastNamed, DatesStage.fine(last.granularity, enoughFor: unit) {
                        let from = DateGrammar(tokens: tokens, anchor: DateAnchor(date: last.date, kind: .relative), quarterly: quarterly)
                        let moved = from.shifted(m.first, m.last, amount: 1, unit: unit, sign: Int(by))
                        m.value = moved.value; m.date = moved.date; m.granularity = moved.granularity
                        textAnchor = (last.date, "counted from the date the text named before")
                    }
                case let .weekday(weekday, direction)?:
                    if let day = lastDay {
                        var delta = Int(weekday) - day.weekday
                        if direction < 0, delta >= 0 { delta -= 7 }
                        if direction > 0, delta <= 0 { delta += 7 }
                        let d = day.adding(days: delta)
                        m.value = d.iso; m.date = d
                        textAnchor = (day, "the day the text named last")
                    }
                case let .partOfDay(part, offset)?:
                    if let day = (lastDay ?? anchor.date)?.adding(days: Int(offset)) {
                        m.value = day.iso + "T" + part.rawValue; m.date = day
                        if let lastDay { textAnchor = (lastDay, "the day the text named last") }
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
                        textAnchor = (d, "the day last named in the text")
                    } else {
                        m.value = "XXXX-XX-XX"
                    }
                case DateGrammar.eventBefore, DateGrammar.eventAfter:
                    if let prev = previousInSentence, prev.last == m.first - 2, tokens[m.first - 1].text == ",", prev.granularity == .day, let d = prev.date {
                        // "after Oct. 12, the day before the plunge": the phrase renames the date before it.
                        m.value = d.iso; m.date = d; m.granularity = .day
                        textAnchor = (d, "the date just before it, which it describes")
                    } else {
                        m.value = "XXXX-XX-XX"; eventAnchored = true
                    }
                default:
                    if let d = m.date, m.granularity != .decade, m.granularity != .century, !m.value.hasSuffix("_REF") {
                        lastYear = d.year
                        if m.granularity == .day || m.type == .time { lastDay = d }
                        if m.type == .date || m.type == .time { lastNamed = (d, m.type == .time ? .day : m.granularity) }
                    }
                }
                let start = sentence.span.start + tokens[m.first].start
                let end = sentence.span.start + tokens[m.last].end
                let resolution: Resolution = !m.relative ? .absolute : (m.date == nil && m.value.contains("X")) ? .unresolved
                    : anchor.date == nil ? .unresolved : anchor.kind
                var detail: String? = nil
                if m.relative, resolution != .relative {
                    detail = anchor.reason
                    if anchor.kind == .inferred, resolution == .unresolved { detail = "needs the day of publication; " + (anchor.reason ?? "") }
                }
                if eventAnchored { detail = "counted from an event the text does not date" }
                else if m.value == "XXXX-XX-XX", m.granularity == .day, lastDay == nil, tokens[m.first...m.last].contains(where: { $0.lower == "day" }) {
                    detail = "refers to a day the text has not named"
                }
                if let textAnchor { detail = textAnchor.why }
                found.append(DateMention(
                    sentence: si, span: ScalarSpan(start, end),
                    text: String(scalars: scalars[start..<end]),
                    type: m.type, value: m.value, date: m.date?.iso, granularity: m.granularity,
                    anchor: textAnchor?.date.iso ?? (m.relative ? anchor.date?.iso : nil),
                    resolution: eventAnchored ? .unresolved : resolution, resolutionDetail: detail))
            }
        }
        doc.dates = found
    }

    /// True when a date named at `granularity` can anchor a shift by `unit` ("March" anchors "the
    /// following month", not "the next day").
    static func fine(_ granularity: Granularity, enoughFor unit: DateLexicon.Unit) -> Bool {
        let order: [Granularity] = [.day, .week, .month, .quarter, .season, .year]
        guard let g = order.firstIndex(of: granularity) else { return false }
        switch unit {
        case .day, .hour, .minute, .second: return g <= 0
        case .week, .weekend: return g <= 1
        case .month: return g <= 2
        case .quarter: return g <= 3
        case .year, .decade, .century: return true
        }
    }

    /// True for expressions whose value needs the anchor's day, not only its year.
    private func needsExactDay(_ m: DateMatch, _ tokens: [DateToken]) -> Bool {
        guard m.date != nil else { return false }
        let namesMonth = tokens[m.first...m.last].contains { DateLexicon.months[$0.lower] != nil && $0.isCapitalized }
        if namesMonth { return false }
        return m.type == .time || m.granularity == .day || m.granularity == .week || m.granularity == .month
    }

    /// Publication date, then reference date; without either, only strong evidence in the text
    /// itself: the full dates it states (day, month and year), all within one year of each other,
    /// anchor it on the latest of them (`inferred`). A year merely mentioned ("the 1975 Helsinki
    /// accord") is not evidence of when the article was written: such documents leave relative
    /// dates unresolved, with the reason.
    func anchor(for doc: Document, tokens: [[DateToken]]) -> DateAnchor {
        let meta = doc.effective
        if let p = meta.published.flatMap(CivilDate.init(iso:)) { return DateAnchor(date: p, kind: .relative) }
        if options.anchorOnUpdated, let u = meta.updated.flatMap(CivilDate.init(iso:)) { return DateAnchor(date: u, kind: .relative) }
        if let r = referenceDate { return DateAnchor(date: r, kind: .relative) }
        var stated: [CivilDate] = []
        for sentence in tokens {
            for m in DateGrammar(tokens: sentence, anchor: DateAnchor(date: nil, kind: .unresolved)).matches()
            where !m.relative && m.granularity == .day && m.type == .date {
                if let d = m.date { stated.append(d) }
            }
        }
        guard let latest = stated.max(), let earliest = stated.min() else {
            return DateAnchor(date: nil, kind: .unresolved,
                              reason: "no publication date or reference_date to resolve it against")
        }
        guard latest.dayNumber - earliest.dayNumber <= DatesStage.inferenceWindowDays else {
            return DateAnchor(date: nil, kind: .unresolved,
                              reason: "no publication date or reference_date; the text's full dates (\(earliest.iso) to \(latest.iso)) are too far apart to infer one")
        }
        return DateAnchor(date: latest, kind: .inferred, reason: "no publication date; anchored on \(latest.iso), the latest full date the text states")
    }

    /// The text's own full dates may infer an anchor only when they all fall within this many days:
    /// an article about one week's events, not a history.
    static let inferenceWindowDays = 366
}
