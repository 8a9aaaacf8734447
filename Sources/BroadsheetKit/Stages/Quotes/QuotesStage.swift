/// Finds who said what: direct quotes (straight, curly, single, double, running over paragraphs),
/// partial quotes inside the writer's sentence, and indirect speech (`X said (that) …`,
/// `according to X, …`), each with its speaker, role, cue and how the speaker was found.
/// Scare quotes (a few words in quote marks that report nobody's speech) are not quotes.
public struct QuotesStage: RegisteredStage {
    public struct Options: StageOptions {
        /// Also report indirect (reported) speech.
        public var indirect = true
        /// A quoted fragment inside the writer's sentence needs at least this many words to be a
        /// partial quote; shorter ones are scare quotes.
        public var minPartialWords = 4
        public init() {}
        public static let help: [String: String] = [
            "indirect": "also report indirect speech (X said that …)",
            "min_partial_words": "shorter quoted fragments inside a sentence are scare quotes, not quotes",
        ]
    }

    public static let name = "quotes"
    public static let summary = "direct, partial and indirect quotes with speaker, role, cue and attribution"
    public static let needs: [Capability] = [.sentences]
    public static let provides: [Capability] = [.quotes]

    let options: Options

    public init(options: Options, context: RunContext) throws {
        guard options.minPartialWords >= 1 else {
            throw ConfigError([ConfigProblem(path: "stages.quotes.options.min_partial_words", message: "expected an integer of at least 1")])
        }
        self.options = options
    }

    public func process(_ doc: inout Document) throws {
        guard !doc.failed else { return }
        var finder = QuoteFinder(doc: doc, options: options)
        doc.quotes = try finder.run()
        if doc.quotes.contains(where: { $0.speaker == nil }), !doc.quotes.contains(where: { $0.speaker != nil }), TextScript.isUncased(doc.text) {
            doc.warn(Self.name, TextScript.noCapitalsWarning("the speakers of quotes"))
        }
    }
}

/// The per-document work of the quotes stage, in reading order so that pronouns and
/// continuation paragraphs can look back.
struct QuoteFinder {
    /// Dashes that put a name after a quote as its signature (`"…" ― Carlos Raúl`).
    static let signatureDashes: WordSet = ["—", "―", "–", "-"]

    let s: [Unicode.Scalar]
    let sentences: [Sentence]
    let paragraphs: [ScalarSpan]
    let options: QuotesStage.Options
    let parser: SpeakerParser
    var lastSpeaker: SpeakerInfo?
    var quotes: [Quote] = []
    /// The people who spoke so far, by the sentence their cue stands in, in reading order of
    /// paragraphs: the subjects a later pronoun most often continues.
    var spoke: [(paragraph: Int, sentence: Int, info: SpeakerInfo)] = []
    /// The last sentence read for reported speech (paragraphs are read for it after their quotes).
    var indirectThrough = -1

    /// Each paragraph's quoted spans, scanned once.
    let paragraphQuotes: [[QuoteSpan]]

    /// Each sentence's tokens, made once.
    let sentenceTokens: [[WordToken]]

    /// People named in the text outside quote marks, in reading order, with the gender their
    /// name or title tells (nil: unknown), for pronouns.
    let people: [(end: Int, sentence: Int, info: SpeakerInfo, gender: FirstNames.Gender?)]
    /// The document is in another language than English (its reported speech is read by
    /// `indirectAbroad`; `Pour the milk, …` opens no English report).
    let abroad: Bool

    init(doc: Document, options: QuotesStage.Options) {
        s = Array(doc.text.unicodeScalars)
        abroad = Metadata.isOtherThanEnglish(doc.meta.language)
        sentences = doc.sentences
        paragraphs = doc.paragraphs
        self.options = options
        let text = s
        let sentenceTokens = doc.sentences.map { WordTokenizer.tokenize(text, from: $0.span.start, to: $0.span.end) }
        self.sentenceTokens = sentenceTokens
        // Capitalised runs, and who each names, read once for the full names and the people.
        var runs: [(tokens: [WordToken], person: (name: [WordToken], gender: FirstNames.Gender?)?)] = []
        for tokens in sentenceTokens {
            var r = 0
            while r < tokens.count {
                guard tokens[r].kind == .word, tokens[r].isCapitalized else { r += 1; continue }
                var j = r
                while j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
                let run = Array(tokens[r..<j])
                let evidence = NameEvidence.person(run)
                runs.append((run, evidence))
                // A headline in title case is one long run ("Hillary Clinton Goes After Donald
                // Trump"): the names in it are a known first name and the word after it.
                if evidence == nil, run.count > QuoteFinder.longestNameRun {
                    for k in run.indices.dropLast() where FirstNames.isFirstName(run[k].text) {
                        let pair = Array(run[k...(k + 1)])
                        if let named = NameEvidence.person(pair) { runs.append((pair, named)) }
                    }
                }
                r = j
            }
        }
        var parser = SpeakerParser(fullNames: SpeakerParser.personNames(runs.compactMap(\.person?.name)))
        // A sentence opening with "He" or "She" right after one opening with a name tells that
        // name's gender (and that it is a person) when no list of first names does.
        var learned: [String: FirstNames.Gender] = [:]
        for k in doc.sentences.indices.dropFirst() {
            let opener = WordTokenizer.tokenize(text, from: doc.sentences[k].span.start, to: min(doc.sentences[k].span.end, doc.sentences[k].span.start + 4))
            guard let pronoun = opener.first?.lower, pronoun == "he" || pronoun == "she" else { continue }
            let previous = WordTokenizer.tokenize(text, from: doc.sentences[k - 1].span.start, to: min(doc.sentences[k - 1].span.end, doc.sentences[k - 1].span.start + 60))
            let run = previous.prefix { $0.kind == .word && $0.isCapitalized }
            guard (1...3).contains(run.count), !NameLexicon.sentenceOpeners.contains(run[0].lower) else { continue }
            let (_, name) = NameLexicon.splitRole(Array(run))
            guard let last = name.last, Places.type(of: last.text) == nil, Gazetteer.byForm[last.text.folded] == nil,
                  !NameHeads.notPerson.contains(last.lower) else { continue }
            let full = parser.fullNames[last.text.folded] ?? WordToken.written(name)
            if learned[full] == nil { learned[full] = pronoun == "he" ? .male : .female }
        }
        parser.learned = learned
        self.parser = parser
        // A name inside a quote is someone the speaker talks about, not who a later "he" is.
        let scanned = doc.paragraphs.map { QuoteScanner.scan(text, paragraph: $0) }
        paragraphQuotes = scanned
        let quoted = scanned.flatMap { $0 }.map { $0.start..<$0.end }
        var genders: [String: FirstNames.Gender?] = [:]   // full name → gender, for surname mentions
        // Genders of the people named in full anywhere, quotes included, for their bare surnames.
        for case let (_, (name, gender)?) in runs where name.count >= 2 {
            let full = parser.fullNames[name.last!.text.folded] ?? WordToken.written(name)
            if genders[full] == nil || genders[full]! == nil { genders[full] = gender }
        }
        var people: [(end: Int, sentence: Int, info: SpeakerInfo, gender: FirstNames.Gender?)] = []
        for (run, evidence) in runs {
            if quoted.contains(where: { $0.contains(run[0].start) }) { continue }
            if let (name, gender) = evidence, let last = name.last {
                let full = name.count == 1 ? parser.fullNames[last.text.folded] ?? last.text : parser.fullNames[last.text.folded] ?? WordToken.written(name)
                if name.count >= 2 || genders[full] == nil { genders[full] = gender }
                let g = gender ?? genders[full] ?? learned[full]
                people.append((last.end, QuoteFinder.sentenceIndex(in: doc.sentences, at: last.start), SpeakerInfo(name: full, text: last.text, role: nil, anonymous: false, attribution: .cue,
                                                     span: ScalarSpan(name.first!.start, last.end), person: true, gender: g), g))
            } else {
                let (_, name) = SpeakerParser.splitRole(run)
                if name.count == 1, let last = name.last, let full = parser.fullNames[last.text.folded] ?? (learned[last.text] != nil ? last.text : nil) {
                    let g = genders[full] ?? learned[full]
                    people.append((last.end, QuoteFinder.sentenceIndex(in: doc.sentences, at: last.start), SpeakerInfo(name: full, text: last.text, role: nil, anonymous: false, attribution: .cue,
                                                         span: ScalarSpan(last.start, last.end), person: true, gender: g), g))
                }
            }
        }
        self.people = people
    }

    func sentenceIndex(at offset: Int) -> Int { QuoteFinder.sentenceIndex(in: sentences, at: offset) }

    static func sentenceIndex(in sentences: [Sentence], at offset: Int) -> Int { sentences.index(holding: offset) }

    func text(_ a: Int, _ b: Int) -> String { String(scalars: s[a..<max(a, b)]) }

    /// A transcript's speaker label is at most this many words, within this many characters of the quote's start.
    static let transcriptLabelWords = 3
    static let transcriptLabelReach = 40

    /// A transcript's speaker label at the start of a quote (`PENCE:`, `SEN. MARY LANDRIEU:`): one
    /// to three words in capitals right before a colon; the name as the text writes it elsewhere
    /// (`Mike Pence`) when it does. A one-letter label (`Q:`) names no one. Returns the speaker and
    /// where the spoken words start.
    func transcriptLabel(_ q: QuoteSpan) -> (SpeakerInfo, Int)? {
        let head = WordTokenizer.tokenize(s, from: q.start, to: min(q.end, q.start + QuoteFinder.transcriptLabelReach))
        guard let colon = head.prefix(QuoteFinder.transcriptLabelWords + 1).firstIndex(where: { $0.kind == .punct && $0.text == ":" }),
              colon > 0, colon + 1 < head.count else { return nil }
        let label = Array(head[..<colon])
        guard label.allSatisfy({ $0.kind == .word && $0.text.uppercased() == $0.text && $0.text.lowercased() != $0.text }),
              label.reduce(0, { $0 + $1.text.count }) >= 2, label.last!.end == head[colon].start else { return nil }
        let (role, name) = NameLexicon.splitRole(label)
        guard let surname = name.last else { return nil }
        let written = name.map { $0.text.prefix(1) + $0.text.dropFirst().lowercased() }.joined(separator: " ")
        let full = parser.fullNames[surname.text.folded] ?? written
        let info = SpeakerInfo(name: full, text: label.map(\.text).joined(separator: " "), role: role.isEmpty ? nil : role.map(\.lower).joined(separator: " "),
                               anonymous: false, attribution: .cue, span: ScalarSpan(label[0].start, label.last!.end), person: true, gender: nil)
        return (info, head[colon + 1].start)
    }

    mutating func run() throws -> [Quote] {
        guard !sentences.isEmpty else { return [] }
        // Quotes (by index in `quotes`) left open at their paragraph's end, by paragraph.
        var runningOn: [(index: Int, paragraph: Int)] = []
        var previousParagraphSpeaker: SpeakerInfo?
        var introduced: (SpeakerInfo, String)?   // `The Times reports:` at the end of the previous paragraph
        // Each paragraph's sentences (they come in paragraph order), found once rather than by a
        // pass over all the sentences per paragraph, which a transcript of thousands of
        // paragraphs made quadratic.
        var sentencesOf = [Range<Int>](repeating: 0..<0, count: paragraphs.count)
        var k = 0
        while k < sentences.count {
            var e = k + 1
            while e < sentences.count, sentences[e].paragraph == sentences[k].paragraph { e += 1 }
            if sentences[k].paragraph >= 0, sentences[k].paragraph < paragraphs.count { sentencesOf[sentences[k].paragraph] = k..<e }
            k = e
        }
        let turns = transcriptTurns().merging(interviewAnswers()) { label, _ in label }
        for (p, para) in paragraphs.enumerated() {
            try TimeBudget.check(QuotesStage.name)
            if let turn = turns[p] { appendTurn(turn, paragraph: para) }
            let spans = paragraphQuotes[p]
            var kept: [(QuoteSpan, QuoteKind)] = []
            for (k, q) in spans.enumerated() {
                let sIdx = sentenceIndex(at: q.openMark)
                let before = WordTokenizer.tokenize(s, from: max(sentences[sIdx].span.start, k > 0 ? spans[k - 1].closeMark : para.start), to: q.openMark)
                if let kind = classify(q, before: before), !isTitle(q, sentence: sentences[sIdx].span, paragraph: para) { kept.append((q, kind)) }
            }
            var paragraphSpeaker: SpeakerInfo?
            var sentenceSpeakers: [Int: (SpeakerInfo, String)] = [:]
            var pending: [(Int, QuoteSpan, QuoteKind)] = []
            for (k, (q0, kind)) in kept.enumerated() {
                var q = q0
                let sIdx = sentenceIndex(at: q.openMark)
                // `"PENCE: Well, look, …"`: a transcript names its speaker before a colon.
                if kind == .direct, let (label, textStart) = transcriptLabel(q) {
                    q.start = textStart
                    sentenceSpeakers[sIdx] = (label, Quote.transcriptCue)
                    paragraphSpeaker = label
                    pending.append((quotes.count, q, kind))
                    append(q, kind: kind, sentence: sIdx, speaker: label, cue: Quote.transcriptCue)
                    continue
                }
                let endIdx = sentenceIndex(at: max(q.openMark, q.closeMark - 1))
                let prevClose = k > 0 ? kept[k - 1].0.closeMark : para.start
                let nextOpen = k + 1 < kept.count ? kept[k + 1].0.openMark : para.end
                let before = WordTokenizer.tokenize(s, from: max(sentences[sIdx].span.start, prevClose), to: q.openMark)
                var after = WordTokenizer.tokenize(s, from: q.closeMark, to: min(nextOpen, sentences[endIdx].span.end))
                // `"…?" Clinton said.`, `"…matter." ― Krystal Correa`: the sentence ended inside the
                // quote and its cue or signature came out as a sentence of its own.
                // (Not a quote that ends a reporting sentence of its own, `Japan branded it an
                // "outlaw nation." Russia insisted …`: the next sentence reports the next quote.)
                let reported = before.contains { $0.kind == .word && (NameLexicon.speechVerbs.contains($0.lower) || QuoteFinder.characterizingVerbs.contains($0.lower)) }
                if !reported, after.allSatisfy({ $0.kind == .punct }), endIdx + 1 < sentences.count, sentences[endIdx + 1].paragraph == p,
                   sentences[endIdx + 1].span.start < nextOpen {
                    let next = WordTokenizer.tokenize(s, from: q.closeMark, to: min(nextOpen, sentences[endIdx + 1].span.end))
                        .drop { $0.kind == .punct && !QuoteFinder.signatureDashes.contains($0.text) }
                    if let dash = next.first, QuoteFinder.signatureDashes.contains(dash.text) { after = Array(next) }
                    else if next.prefix(QuoteFinder.cueReach).contains(where: { $0.kind == .word && NameLexicon.speechVerbs.contains($0.lower) }) { after = Array(next) }
                }
                if q.unclosed, kind == .direct { runningOn.append((quotes.count, p)) }
                var found = cueAfter(after) ?? cueBefore(before, partial: kind == .partial, fragment: kind == .partial)
                // `She added that …, because, "…"`: a quote that ends the reporting sentence is
                // the subject's, however far back its verb stands.
                if found == nil, kind == .direct, !before.isEmpty { found = cueBefore(before, partial: true) }
                if found == nil, let shared = sentenceSpeakers[sIdx] ?? sentenceSpeakers[endIdx] { found = shared }
                if let (info, cue) = found {
                    sentenceSpeakers[sIdx] = (info, cue); sentenceSpeakers[endIdx] = (info, cue)
                    paragraphSpeaker = info
                    pending.append((quotes.count, q, kind))
                    append(q, kind: kind, sentence: sIdx, speaker: info, cue: cue)
                } else {
                    pending.append((quotes.count, q, kind))
                    append(q, kind: kind, sentence: sIdx, speaker: nil, cue: nil)
                }
            }
            // Quotes of this paragraph without a cue take a speaker found later in the same
            // sentence, else continue the previous paragraph's speaker.
            for (index, q, _) in pending where quotes[index].attribution == .none {
                let sIdx = sentenceIndex(at: q.openMark)
                if let (info, cue) = sentenceSpeakers[sIdx] {
                    fill(index, info, cue: cue, attribution: info.attribution)
                } else if let (info, cue) = sentenceSpeakers.filter({ $0.key < sIdx }).max(by: { $0.key < $1.key })?.value {
                    // `"…," Rogozin said. "…"`: the paragraph's speaker carries on.
                    fill(index, info, cue: cue, attribution: info.attribution)
                } else if let (info, cue) = introduced, q.openMark <= para.start + 1 {
                    fill(index, info, cue: cue, attribution: info.attribution)
                    paragraphSpeaker = info
                } else if let prev = paragraphSpeaker ?? previousParagraphSpeaker, q.openMark <= para.start + 1, !namesItsOwnSpeaker(q) {
                    // (not when a verb after the quote names a speaker of its own we could not read)
                    fill(index, prev, cue: nil, attribution: .continuation)
                    paragraphSpeaker = prev
                } else if let reported = reportedSpeaker(before: q.openMark, in: p, para: para) {
                    // `The administration may wait, Schiff said. "The other factor …"`
                    fill(index, reported, cue: nil, attribution: .continuation)
                    paragraphSpeaker = reported
                }
            }
            introduced = introduction(para, afterQuotes: kept.last?.0.closeMark)
            if options.indirect {
                for sIdx in sentencesOf[p] {
                    let sentence = sentences[sIdx]
                    if kept.contains(where: { $0.0.openMark < sentence.span.end && $0.0.closeMark > sentence.span.start }) { continue }
                    var found = indirect(sIdx)
                    // (a turn's label is no part of a report: `RAJU, CORRESPONDENT: Laura, the union wants …`)
                    if let turn = turns[p] { found.removeAll { $0.span.start < turn.textStart } }
                    indirectThrough = sIdx
                    quotes.append(contentsOf: found)
                    if found.contains(where: { !$0.anonymous }) { paragraphSpeaker = nil }
                }
            }
            previousParagraphSpeaker = paragraphSpeaker ?? (kept.isEmpty ? nil : previousParagraphSpeaker)
            if kept.isEmpty { previousParagraphSpeaker = nil }
        }
        // A quotation of several paragraphs leaves each open but the last, and each next one
        // opens with a mark again; the attribution often comes only in the last
        // (`"… riders.¶"We will keep making the case," added Paul Osei.`). An open quote nobody
        // was found for takes the speaker of the quote that reopens the next paragraph.
        for (index, p) in runningOn.reversed() where quotes[index].attribution == .none && p + 1 < paragraphs.count {
            let next = paragraphs[p + 1]
            guard let follower = quotes.indices.first(where: { quotes[$0].span.start > quotes[index].span.end }),
                  quotes[follower].kind == .direct, quotes[follower].speaker != nil,
                  quotes[follower].span.start <= next.start + QuoteFinder.openingMarkReach, quotes[follower].span.start >= next.start else { continue }
            let f = quotes[follower]
            quotes[index].speaker = f.speaker
            quotes[index].speakerRole = f.speakerRole
            quotes[index].anonymous = f.anonymous
            quotes[index].attribution = .continuation
            quotes[index].speakerSpan = f.speakerSpan
        }
        // `A: … I wanted to understand the city …`: inside a turn, `I` is the turn's speaker.
        for (p, turn) in turns where turn.info.name != nil {
            let said = turn.textStart..<paragraphs[p].end
            for k in quotes.indices where quotes[k].kind == .indirect && quotes[k].speaker == nil && said.contains(quotes[k].span.start)
                && quotes[k].speakerText.map({ $0 == "I" }) == true {
                quotes[k].speaker = turn.info.name
                quotes[k].speakerRole = turn.info.role
                quotes[k].attribution = .pronoun
                quotes[k].speakerSpan = turn.info.span
            }
        }
        return quotes.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }

    /// A reporting verb right after the quote (`», explique un porte-parole …`, `," said one
    /// official`): the quote has a speaker of its own, even when no name could be read from it.
    func namesItsOwnSpeaker(_ q: QuoteSpan) -> Bool {
        let endIdx = sentenceIndex(at: max(q.openMark, q.closeMark - 1))
        let after = WordTokenizer.tokenize(s, from: q.closeMark, to: min(s.count, sentences[endIdx].span.end))
            .drop { $0.kind == .punct }.prefix(2)
        guard let first = after.first, first.kind == .word else { return false }
        if NameLexicon.speechVerbs.contains(first.lower) || NameLexicon.speechVerbsAbroad.contains(first.lower) { return true }
        if abroad, NameLexicon.auxiliariesAbroad.contains(first.lower), let second = after.dropFirst().first,
           NameLexicon.speechVerbsAbroad.contains(second.lower) { return true }
        return abroad && QuoteFinder.invertedVerb(Array(after)) != nil
    }

    mutating func append(_ q: QuoteSpan, kind: QuoteKind, sentence: Int, speaker: SpeakerInfo?, cue: String?) {
        quotes.append(Quote(sentence: sentence, span: ScalarSpan(q.start, q.end), text: text(q.start, q.end), kind: kind,
                            speaker: speaker?.name, speakerEntity: nil, speakerText: speaker?.text, speakerRole: speaker?.role,
                            anonymous: speaker?.anonymous ?? false, cue: cue, attribution: speaker?.attribution ?? .none,
                            speakerSpan: speaker?.span))
        if let speaker { remember(speaker); noteSpeaker(speaker, sentence: sentence) }
    }

    mutating func fill(_ index: Int, _ info: SpeakerInfo, cue: String?, attribution: Attribution) {
        quotes[index].speaker = info.name
        quotes[index].speakerText = attribution == .continuation ? nil : info.text
        quotes[index].speakerRole = info.role
        quotes[index].anonymous = info.anonymous
        quotes[index].cue = cue
        quotes[index].attribution = attribution
        quotes[index].speakerSpan = info.span
    }

    mutating func remember(_ info: SpeakerInfo) {
        if info.name != nil { lastSpeaker = info }
    }

    /// Whether a quoted span names a work or heads a section rather than quoting anyone: title
    /// case inside a sentence written in sentence case (`the anthem "A Change Is Gonna Come"`,
    /// `his book, "Make Your Kid a Millionaire,"`) or alone in its paragraph, with no speech verb
    /// beside it (`"Lock Her Up," the crowd chanted` is a quote).
    func isTitle(_ q: QuoteSpan, sentence: ScalarSpan, paragraph: ScalarSpan) -> Bool {
        let inner = WordTokenizer.tokenize(s, from: q.start, to: q.end).filter { $0.kind == .word }
        guard inner.count >= 2, inner.count <= QuoteFinder.maxTitleWords,
              inner.allSatisfy({ $0.isCapitalized || QuoteFinder.titleSmallWords.contains($0.lower) || $0.text.unicodeScalars.first?.properties.numericType != nil }),
              inner.filter(\.isCapitalized).count >= 2 else { return false }
        let from = max(sentence.start, paragraph.start), to = min(sentence.end, paragraph.end)
        let before = WordTokenizer.tokenize(s, from: from, to: q.openMark)
        let after = WordTokenizer.tokenize(s, from: q.closeMark, to: to)
        let beside = before.suffix(2) + after.prefix(QuoteFinder.titleCueReach)
        if beside.contains(where: { $0.kind == .word && (NameLexicon.speechVerbs.contains($0.lower) || QuoteFinder.speechParticiples.contains($0.lower)) }) { return false }
        let outside = (before + after).filter { $0.kind == .word }
        if outside.isEmpty { return q.openMark <= paragraph.start + 1 }
        return outside.filter { !$0.isCapitalized && !QuoteFinder.titleSmallWords.contains($0.lower) }.count >= QuoteFinder.sentenceCaseWords
    }

    /// Words a title leaves in lower case.
    static let titleSmallWords: WordSet = ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "by", "with", "from", "as", "vs", "de", "la", "le", "du", "von", "van"]

    /// Longer runs in title case are headlines or shouting, not the name of a work.
    static let maxTitleWords = 10

    /// How many words after a quote its speech verb may stand (`"…," the crowd chanted`).
    static let titleCueReach = 4

    /// Lower-case words outside the quote that show the sentence is written in sentence case
    /// (a headline in title case quotes someone in title case too).
    static let sentenceCaseWords = 2

    /// Particles that make what stands before them an utterance (Japanese `「…」と述べた`, Korean
    /// `"…"고 말했다`, `"…"라고`), glued to the closing mark.
    static let quotativeParticles: [String] = ["と", "って", "고", "라고", "이라고"]

    /// Whether a quotative particle follows the quote's closing mark.
    func quotativeAfter(_ q: QuoteSpan) -> Bool {
        guard q.closeMark < s.count, !s[q.closeMark].isSpaceLike else { return false }
        let after = text(q.closeMark, min(s.count, q.closeMark + 3))
        return QuoteFinder.quotativeParticles.contains { after.hasPrefix($0) }
    }

    /// Direct, partial, or nil for scare quotes.
    func classify(_ q: QuoteSpan, before: [WordToken]) -> QuoteKind? {
        let inner = text(q.start, q.end)
        let words = inner.wordCount
        guard words >= 1 else { return nil }
        if q.unclosed { return words >= 3 ? .direct : nil }
        // Corner brackets round katakana and Latin letters only name a product or a programme
        // (`「ウイルスバスター モバイル」と併用`); what someone said has kana or kanji of its own.
        if s[q.openMark] == "「", !inner.unicodeScalars.contains(where: { (0x3040...0x309F).contains($0.value) || (0x3400...0x9FFF).contains($0.value) }) { return nil }
        let firstUpper = inner.unicodeScalars.first.map { $0.properties.isUppercase || $0.properties.numericType != nil || $0 == "(" || $0 == "." } ?? false
        let last = before.last
        let opener = last == nil || (last!.kind == .punct && [":", ",", "—", "–", "-", "(", ";", "：", "，"].contains(last!.text))
            || (last!.kind == .word && NameLexicon.speechVerbs.contains(last!.lower)) || quotativeAfter(q)
            || WordToken.listMarkerLength(before) == before.count   // (`8. "Aaaaagh! It's Mr Hell!"`: an item of a list)
        if q.single { return words >= 3 ? (opener && firstUpper ? .direct : .partial) : nil }
        if opener && (firstUpper || words >= options.minPartialWords) { return .direct }
        if words >= options.minPartialWords { return .partial }
        return nil
    }
}
