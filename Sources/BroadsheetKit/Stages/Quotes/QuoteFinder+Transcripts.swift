/// Broadcast transcripts and interviews set out as a script: a paragraph that opens with its
/// speaker's name in capitals before a colon (`JIM SCIUTTO, CNN ANCHOR: Good morning.`,
/// `SEN. MIKE LEE (R-UT): This bill …`, `RAJU (voice-over): And …`) is that speaker's turn, and
/// the words after the colon are theirs, quote marks or not.
extension QuoteFinder {
    /// One speaker's turn: the paragraph's words after the label, said by `info`.
    struct Turn {
        var info: SpeakerInfo
        var textStart: Int
        /// `:` for a transcript's label, `A:` for an interview's answer.
        var cue = Quote.transcriptCue
    }

    /// A label stands within this many characters and tokens of its paragraph's start (`SEN.
    /// CHUCK SCHUMER (D-NY), MAJORITY LEADER:` is 14 tokens).
    static let turnLabelReach = 120
    static let turnLabelTokens = 20
    /// At most this many words name the speaker (before a comma or a bracket).
    static let turnNameWords = 4
    /// A label of one word in capitals this short is a body's letters (`AP:`), no surname.
    static let acronymLabelLetters = 3
    /// A label in running case is a person's name of at most this many words.
    static let mixedLabelWords = 3
    /// A text is a transcript when at least this many of its paragraphs open with a label that
    /// plainly names a person (a full name with a known first name, or a name with a role after
    /// it): one such line is a heading (`BREAKING NEWS: …`), not a script.
    static let transcriptMinLabels = 2

    /// Labels that head a line but name no speaker.
    static let notSpeakerLabels: WordSet = [
        "update", "updated", "correction", "note", "editor's", "editors", "breaking", "exclusive", "watch", "read", "more", "related",
        "photos", "photo", "video", "audio", "source", "sources", "analysis", "opinion", "advertisement", "sponsored", "warning",
        "live", "transcript", "topic", "subject", "re", "fwd", "ps", "tags", "filed", "posted", "credit", "caption", "key", "summary",
        "background", "context", "disclaimer", "listen", "see", "also", "copyright", "q", "a",
    ]

    /// Who speaks without a name in a transcript (`UNIDENTIFIED MALE:`, `ANNOUNCER:`).
    static let unnamedSpeakerWords: WordSet = [
        "unidentified", "unknown", "announcer", "narrator", "crowd", "audience", "caller", "interpreter", "translator",
        "moderator", "host", "anchor", "interviewer", "reporter", "correspondent", "protesters", "protester", "voice", "voices",
        "male", "female", "man", "woman", "child", "students", "group",
    ]

    /// The label of a paragraph's turn: the tokens before its colon (a transcript's labels are in
    /// capitals but for a bracketed note of delivery, `(voice-over)`, `(through translator)`),
    /// split into the name, the role after a comma and a party in brackets (`(R-UT)`).
    struct TurnLabel {
        var name: [WordToken]
        var title: [WordToken]
        var role: [WordToken]
        var party: String?
        var textStart: Int
        /// Whether the label plainly names a person (see `transcriptMinLabels`).
        var plain: Bool
        /// Written in running case (`Alvarez:`): an interview that labels each answer, whose
        /// unlabelled paragraphs are the writer's.
        var mixed = false
    }

    func turnLabel(_ para: ScalarSpan) -> TurnLabel? {
        guard para.end > para.start, s[para.start].isUpperCase else { return nil }
        // (most paragraphs have a small letter before any colon: out without tokenizing)
        // (a word opening in a small letter outside brackets is no label's)
        var k = para.start, open = 0
        let reach = min(para.end, para.start + QuoteFinder.turnLabelReach)
        while k < reach, s[k] != ":" {
            if s[k] == "(" { open += 1 } else if s[k] == ")" { open -= 1 } else if open == 0, s[k].isLowerCase, k == para.start || s[k - 1].isSpaceLike { return nil }
            k += 1
        }
        guard k < reach else { return nil }
        let toks = WordTokenizer.tokenize(s, from: para.start, to: min(para.end, para.start + QuoteFinder.turnLabelReach))
        guard let colon = toks.prefix(QuoteFinder.turnLabelTokens + 1).firstIndex(where: { $0.kind == .punct && $0.text == ":" }), colon > 0,
              colon + 1 < toks.count, toks[colon].start == toks[colon - 1].end, toks[colon].end < s.count, s[toks[colon].end].isSpaceLike else { return nil }
        var name: [WordToken] = [], role: [WordToken] = [], party: [WordToken] = []
        var depth = 0, afterComma = false, bracketCaps = true, bracketed = false, mixed = false
        for t in toks[..<colon] {
            if t.text == "(" { depth += 1; party = []; bracketCaps = true; continue }
            if t.text == ")" { depth -= 1; bracketed = true; continue }
            if depth > 0 {
                if t.text.unicodeScalars.contains(where: \.isLowerCase) { bracketCaps = false }
                party.append(t)
                continue
            }
            // (an interview's `Okafor:` is written as the text writes the name; checked below)
            if t.text.unicodeScalars.contains(where: \.isLowerCase) {
                guard t.isCapitalized, !afterComma, !bracketed else { return nil }
                mixed = true
            }
            if t.text == "," { afterComma = true; continue }
            if t.kind == .punct, t.text != ".", t.text != "#", t.text != "&", t.text != "'" { return nil }
            // (`MIKE LEE (R-UT) SENATOR:`: what follows the bracket is the role)
            if afterComma || bracketed { role.append(t) } else { name.append(t) }
        }
        guard depth == 0 else { return nil }
        let nameWords = name.filter { $0.kind == .word }
        guard (1...QuoteFinder.turnNameWords).contains(nameWords.count), nameWords.contains(where: { $0.text.count >= 2 }),
              !nameWords.contains(where: { QuoteFinder.notSpeakerLabels.contains($0.lower) }) else { return nil }
        let said = WordTokenizer.tokenize(s, from: toks[colon].end, to: min(para.end, toks[colon].end + 80)).filter { $0.kind == .word }
        // (A turn says something in running case, `Thank you.`; a team's line-up is names after a colon.)
        guard said.contains(where: { $0.text.unicodeScalars.contains(where: \.isLowerCase) && !$0.isCapitalized }) else { return nil }
        let (title, person) = NameLexicon.splitRole(nameWords)
        if mixed {
            // A label in running case is a name the text gives a person (`Hannah Okafor:`,
            // `Okafor:`): `Update:`, `Photo:`, `Editor's note:` are none.
            // (a person by a first name the lists know: not `Navigation Roadblocks:`, `Hi Girish:`)
            guard role.isEmpty, party.isEmpty, let last = person.last, person.count <= QuoteFinder.mixedLabelWords,
                  let full = parser.fullNames[last.text.folded], full.hasSuffix(WordToken.written(person)),
                  let given = full.split(separator: " ").first, full.contains(" "), FirstNames.isFirstName(String(given)) else { return nil }
            return TurnLabel(name: person, title: title, role: [], party: nil, textStart: toks[colon + 1].start, plain: true, mixed: true)
        }
        let partyText = bracketCaps && !party.isEmpty ? WordToken.written(party) : nil
        let firstName = person.count >= 2 && FirstNames.isFirstName(NameCase.readingCapitals(person[0].text))
        let plain = !person.isEmpty && (firstName || (!role.isEmpty || partyText != nil || !title.isEmpty) && Gazetteer.entry(NameCase.readingCapitals(person.map(\.text).joined(separator: " "))) == nil)
        return TurnLabel(name: person, title: title, role: role.filter { $0.kind == .word || $0.text == "." }, party: partyText,
                         textStart: toks[colon + 1].start, plain: plain)
    }

    /// The turns of a transcript, by paragraph: each labelled paragraph, and each paragraph
    /// between two turns that carries no label and no bracketed stage note (`(COMMERCIAL
    /// BREAK)`, `(BEGIN VIDEO CLIP)`) carrying on the last speaker's turn. Empty unless the text
    /// is a transcript (`transcriptMinLabels`).
    func transcriptTurns() -> [Int: Turn] {
        var labels: [Int: TurnLabel] = [:]
        var plain = 0
        for (p, para) in paragraphs.enumerated() {
            guard let label = turnLabel(para) else { continue }
            labels[p] = label
            if label.plain { plain += 1 }
        }
        guard plain >= QuoteFinder.transcriptMinLabels else { return [:] }
        // Full names first, so that a later `RAJU:` is the `MANU RAJU` of an earlier label.
        var fullNames: [String: String] = [:]
        for p in labels.keys.sorted() {
            guard let label = labels[p], label.name.count >= 2 else { continue }
            let surname = label.name.last!.text.folded
            if fullNames[surname] == nil { fullNames[surname] = parser.fullNames[surname] ?? label.name.map { NameCase.readingCapitals($0.text) }.joined(separator: " ") }
        }
        var turns: [Int: Turn] = [:]
        var last: SpeakerInfo?
        var between: [Int] = []
        func carry(_ info: SpeakerInfo) {
            for q in between { turns[q] = Turn(info: SpeakerInfo(name: info.name, text: info.text, role: info.role, anonymous: info.anonymous, attribution: .continuation,
                                                                 span: info.span, person: info.person), textStart: paragraphs[q].start) }
        }
        for (p, para) in paragraphs.enumerated() {
            guard let label = labels[p] else {
                // (A stage note or a line in capitals is no one's words.)
                if last != nil, s[para.start] != "(", s[para.start] != "[", !s[para.start..<para.end].allSatisfy({ !$0.isLowerCase }) { between.append(p); continue }
                // (a stage note ends the turn before it)
                if let last, s[para.start] == "(" || s[para.start] == "[" { carry(last) }
                last = nil; between = []
                continue
            }
            if let last { carry(last) }
            between = []
            let info = speaker(label, fullNames: fullNames)
            turns[p] = Turn(info: info, textStart: label.textStart)
            last = label.mixed ? nil : info
        }
        return turns
    }

    /// Who a label names: the full name the text gives them (in another label, or in its own
    /// words), their title and role in running case, or the description of an unnamed voice.
    func speaker(_ label: TurnLabel, fullNames: [String: String]) -> SpeakerInfo {
        let written = WordToken.written(label.title + label.name + label.role)
        let span = ScalarSpan(label.name.first!.start, label.name.last!.end)
        var role = (label.title + label.role).map { t in Gazetteer.entry(t.text) != nil || NameCase.agencies.contains(t.lower) || !t.text.unicodeScalars.contains(where: { "AEIOUY".unicodeScalars.contains($0) }) ? t.text : t.lower }
        if let party = label.party { role.append("(\(party))") }
        let roleText = role.isEmpty ? nil : role.joined(separator: " ")
        if label.name.contains(where: { QuoteFinder.unnamedSpeakerWords.contains($0.lower) }) && !label.plain {
            return SpeakerInfo(name: label.name.map(\.lower).joined(separator: " "), text: written, role: roleText, anonymous: true, attribution: .cue,
                               span: span, person: true)
        }
        // (`AP:`, `BBC:` asking the questions: the publication, by its letters)
        if label.name.count == 1, label.name[0].text.count <= QuoteFinder.acronymLabelLetters, label.name[0].isAllCaps,
           parser.fullNames[label.name[0].text.folded] == nil {
            return SpeakerInfo(name: label.name[0].text, text: written, role: roleText, anonymous: false, attribution: .cue, span: span)
        }
        let surname = label.name.last!.text.folded
        let name = label.name.count >= 2 ? fullNames[surname] ?? label.name.map { NameCase.readingCapitals($0.text) }.joined(separator: " ")
            : fullNames[surname] ?? parser.fullNames[surname] ?? NameCase.readingCapitals(label.name[0].text)
        return SpeakerInfo(name: name, text: written, role: roleText, anonymous: false, attribution: .cue, span: span, person: true)
    }
}

extension QuoteFinder {
    /// A turn is a direct quote of its paragraph's words after the label. (Its speaker is no
    /// antecedent for a later `he`: a transcript's next speaker talks of someone else.)
    mutating func appendTurn(_ turn: Turn, paragraph: ScalarSpan) {
        let info = turn.info
        let carried = info.attribution == .continuation
        quotes.append(Quote(sentence: sentenceIndex(at: turn.textStart), span: ScalarSpan(turn.textStart, paragraph.end), text: text(turn.textStart, paragraph.end),
                            kind: .direct, speaker: info.name, speakerEntity: nil, speakerText: carried ? nil : info.text, speakerRole: info.role,
                            anonymous: info.anonymous, cue: carried ? nil : turn.cue, attribution: info.attribution, speakerSpan: info.span))
    }
}

extension QuoteFinder {
    /// An interview set out as questions and answers needs at least this many of each.
    static let interviewMinAnswers = 2

    /// `Q: … / A: …`: an interview set out as questions and answers. Each answer is a direct quote
    /// of the person the introduction (the paragraphs before the first question) names most,
    /// not on its byline (`Hannah Okafor's debut novel …`); none when it names nobody (a page of
    /// questions about a product).
    func interviewAnswers() -> [Int: Turn] {
        func marker(_ para: ScalarSpan) -> Unicode.Scalar? {
            guard para.end - para.start > 3, s[para.start + 1] == ":", s[para.start + 2].isSpaceLike else { return nil }
            return s[para.start] == "Q" || s[para.start] == "A" ? s[para.start] : nil
        }
        var questions: [Int] = [], answers: [Int] = []
        for (p, para) in paragraphs.enumerated() {
            if let m = marker(para) { if m == "Q" { questions.append(p) } else { answers.append(p) } }
        }
        guard questions.count >= QuoteFinder.interviewMinAnswers, answers.count >= QuoteFinder.interviewMinAnswers, let first = questions.first else { return [:] }
        let introEnd = paragraphs[first].start
        var named: [String: (count: Int, first: Int, info: SpeakerInfo)] = [:]
        for person in people {
            guard let span = person.info.span, span.start < introEnd, let name = person.info.name else { continue }
            let opening = WordTokenizer.tokenize(s, from: sentences[person.sentence].span.start, to: min(span.start, sentences[person.sentence].span.start + 3))
            if opening.first?.lower == "by" { continue }   // (the byline's writer)
            named[name, default: (0, span.start, person.info)].count += 1
        }
        // (a person by a first name the lists know: a page of questions and answers about a
        // product, `Q. Windows`, is no interview and its answers no one's words)
        guard let interviewee = named.values.max(by: { ($0.count, -$0.first) < ($1.count, -$1.first) })?.info, let name = interviewee.name,
              let given = name.split(separator: " ").first, name.contains(" "), FirstNames.isFirstName(String(given)) else { return [:] }
        var turns: [Int: Turn] = [:]
        for p in answers where p > first {
            turns[p] = Turn(info: SpeakerInfo(name: name, text: interviewee.text, role: nil, anonymous: false, attribution: .cue, span: interviewee.span, person: true),
                            textStart: paragraphs[p].start + 3, cue: "A:")
        }
        return turns
    }
}
