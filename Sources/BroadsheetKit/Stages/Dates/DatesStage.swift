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
        let abroad = doc.meta.isOtherThanEnglish
        let language = abroad ? doc.meta.language : nil
        let readsRelative = language.map { DateLexicon.deicticAbroad[$0] != nil || DateLexicon.eastAsianLanguages.contains($0) } ?? false
        var quarters = 0, halves = 0
        for s in tokenized { for tk in s where tk.kind == .word { if tk.lower == "quarter" || tk.lower == "quarterly" { quarters += 1 } else if tk.lower == "half" { halves += 1 } } }
        let quarterly = quarters >= 2
        // Only a text with quarters or halves to read needs to know whether it reports a game.
        let game = quarters + halves > 0
            && (tokenized.reduce(0) { n, s in n + s.filter { $0.kind == .word && DateLexicon.gameWords.contains($0.lower) }.count } >= DatesStage.gameWordsMin
                || DatesStage.isFootballReport(tokenized))
        var matched: [[DateMatch]] = []
        matched.reserveCapacity(tokenized.count)
        for tokens in tokenized {
            try TimeBudget.check(Self.name)
            var grammar = DateGrammar(tokens: tokens, anchor: anchor, quarterly: quarterly)
            grammar.gamePeriods = game
            grammar.abroad = abroad
            grammar.language = language
            matched.append(grammar.matches())
        }
        if anchor.kind != .inferred { Self.agreeOnWeekdays(&matched) }
        var found: [DateMention] = []
        var story = StoryDates()
        for (si, sentence) in doc.sentences.enumerated() {
            let tokens = tokenized[si]
            var previousInSentence: DateMatch?
            // The sentence read with no anchor at all, for the expressions an inferred year cannot place.
            var unanchored: [DateMatch]?
            for var m in matched[si] {
                defer { previousInSentence = m }
                if !options.durations && (m.type == .duration || m.type == .set) { continue }
                if anchor.kind == .inferred, m.relative, needsExactDay(m, tokens) {
                    // An inferred year cannot say which day "yesterday" was; the expression keeps what
                    // it says without a day ("Tuesday" XXXX-WXX-2, "tonight" XXXX-XX-XXTNI).
                    if unanchored == nil {
                        var bare = DateGrammar(tokens: tokens, anchor: DateAnchor(date: nil, kind: .unresolved), quarterly: quarterly)
                        bare.gamePeriods = game
                        bare.abroad = abroad
                        bare.language = language
                        unanchored = bare.matches()
                    }
                    if let same = unanchored?.first(where: { $0.first == m.first && $0.last == m.last }), same.date == nil, same.value.contains("X") {
                        m.value = same.value
                    } else {
                        m.value = m.type == .time ? "XXXX-XX-XXTXX" : m.granularity == .week ? "XXXX-WXX" : m.granularity == .month ? "XXXX-XX" : "XXXX-XX-XX"
                    }
                    m.date = nil
                }
                let told = story.value(&m, tokens: tokens, previous: previousInSentence, anchor: anchor, quarterly: quarterly)
                let start = sentence.span.start + tokens[m.first].start
                let end = sentence.span.start + tokens[m.last].end
                let resolution: Resolution = !m.relative ? .absolute : (m.date == nil && m.value.contains("X")) ? .unresolved
                    : anchor.date == nil ? .unresolved : anchor.kind
                var detail: String? = nil
                if m.relative, resolution != .relative {
                    detail = anchor.reason
                    if anchor.kind == .inferred, resolution == .unresolved { detail = "needs the day of publication; " + (anchor.reason ?? "") }
                }
                if let why = told.detail { detail = why }
                if let note = m.note { detail = note }
                found.append(DateMention(
                    sentence: si, span: ScalarSpan(start, end),
                    text: String(scalars: scalars[start..<end]),
                    type: m.type, value: m.value, date: m.date?.iso, granularity: m.granularity,
                    // (a month of another calendar no anchor resolves has none)
                    anchor: told.unresolved || m.note != nil && m.date == nil ? nil : told.anchor?.iso ?? (m.relative ? anchor.date?.iso : nil),
                    resolution: told.unresolved ? .unresolved : told.anchor != nil ? .relative : resolution, resolutionDetail: detail))
            }
        }
        doc.dates = found
        if abroad, !doc.sentences.isEmpty, let language = doc.meta.language {
            doc.warn(Self.name, readsRelative
                ? "relative dates other than \(Self.relativeReadAbroad(language)) are read in English only: in this text (\(language)) they were not read"
                : CalendarWords.monthLanguages.contains(language)
                ? "relative dates (weekdays, 'yesterday', 'next month') are read in English only: in this text (\(language)) only dates written with a month's name or in figures were read"
                : "month names and relative dates (weekdays, 'yesterday', 'next month') are read in English only: in this text (\(language)) only dates written in figures (2025-03-04, 4.3.2025, a year) were read")
        }
    }

    /// What the stage reads of relative dates in `language`, for the warning on its documents.
    static func relativeReadAbroad(_ language: String) -> String {
        if DateLexicon.eastAsianLanguages.contains(language) {
            return "yesterday, today, tomorrow, a weekday, a month alone and the last, this or next week, month or year (昨天, 去年, 上周, 先月, 星期二, 火曜日, 어제, 작년), such as 'three days ago' or 'that week',"
        }
        let weekdays = DateLexicon.weekdaysAbroad[language] != nil
        guard DateLexicon.periodsAbroad[language] != nil else {
            return "yesterday, today, tomorrow" + (weekdays ? " and a weekday" : "") + " ('next month', 'three weeks ago')"
        }
        return "yesterday, today, tomorrow" + (weekdays ? ", a weekday" : "") + ", a month alone, the last, this or next year, month or week and a count of them ago or ahead ('the following day', 'next spring', 'that week')"
    }

    /// A weekday a story names bare more than once is one day: news names the days a week either
    /// side of publication by name alone, and one story does not give one name to two of them.
    /// Where the tense around the mentions read them apart ("ahead of Friday's meeting" in a story
    /// of what leaders said Friday, "Monday's debate might not move mountains" after it), the day
    /// most of them read wins; on a tie, the first mention's.
    static func agreeOnWeekdays(_ matched: inout [[DateMatch]]) {
        var read: [Int: [(sentence: Int, index: Int, date: CivilDate)]] = [:]
        for (si, ms) in matched.enumerated() {
            for (k, m) in ms.enumerated() where m.weekdayByTense {
                if let d = m.date { read[d.weekday, default: []].append((si, k, d)) }
            }
        }
        for (_, mentions) in read {
            guard let first = mentions.first, mentions.contains(where: { $0.date != first.date }) else { continue }
            var counts: [CivilDate: Int] = [:]
            for m in mentions { counts[m.date, default: 0] += 1 }
            let top = counts.values.max() ?? 0
            let day = counts[first.date] == top ? first.date : mentions.first { counts[$0.date] == top }!.date
            for m in mentions where m.date != day {
                var match = matched[m.sentence][m.index]
                match.value = day.iso + match.value.dropFirst(day.iso.count)
                match.date = day
                matched[m.sentence][m.index] = match
            }
        }
    }

    /// True for expressions whose value needs the anchor's day, not only its year.
    private func needsExactDay(_ m: DateMatch, _ tokens: [DateToken]) -> Bool {
        guard m.date != nil, !m.monthWrittenBeside else { return false }
        let namesMonth = tokens[m.first...m.last].contains { DateLexicon.months[$0.lower] != nil && $0.isCapitalized || DateLexicon.monthsAbroad[$0.lower] != nil }
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
            where !m.relative && (m.granularity == .day && m.type == .date || m.type == .time) && !m.knownEvent {
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
    /// Words of a game's report a text needs this many of before its quarters and halves are the
    /// game's: one "penalty" or "league" in a business story is not a match report.
    static let gameWordsMin = 3
    /// Distinct football words a text needs, with a score, to be a match report.
    static let footballWordsMin = 2
    /// A score's sides are at most this (`3-2`; `10-4` may be a vote, `2009-10` a season).
    static let highestScore = 15

    /// A football report: two distinct words of the game (`half-time`, `goal`, `midfielder`)
    /// and a score (`3-2`, `2–0`).
    static func isFootballReport(_ sentences: [[DateToken]]) -> Bool {
        var words = Set<String>()
        var score = false
        for toks in sentences {
            for (k, t) in toks.enumerated() {
                if t.kind == .word {
                    if DateLexicon.footballWords.contains(t.lower) { words.insert(t.lower == "goals" ? "goal" : t.lower) }
                    // (`half-time` in three tokens)
                    if t.lower == "half", k + 2 < toks.count, toks[k + 1].text == "-", toks[k + 2].lower == "time" { words.insert("half-time") }
                } else if !score, t.kind == .number, let a = t.number, a <= highestScore, k + 2 < toks.count, ["-", "–"].contains(toks[k + 1].text),
                          toks[k + 1].start == t.end, toks[k + 2].start == toks[k + 1].end, let b = toks[k + 2].number, b <= highestScore,
                          k + 3 >= toks.count || toks[k + 3].text != "-" {
                    score = true
                }
            }
        }
        return score && words.count >= footballWordsMin
    }
}
