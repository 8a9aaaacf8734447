/// Broadcast transcripts and interviews set out as a script: a paragraph that opens with its
/// speaker's name in capitals before a colon (`JIM SCIUTTO, CNN ANCHOR: Good morning.`,
/// `SEN. MIKE LEE (R-UT): This bill …`, `RAJU (voice-over): And …`) is that speaker's turn, and
/// the words after the colon are theirs, quote marks or not.
extension QuoteFinder {
    /// One speaker's turn: the paragraph's words after the label, said by `info`.
    struct Turn {
        var info: SpeakerInfo
        var textStart: Int
    }

    /// A label stands within this many characters and tokens of its paragraph's start (`SEN.
    /// CHUCK SCHUMER (D-NY), MAJORITY LEADER:` is 14 tokens).
    static let turnLabelReach = 120
    static let turnLabelTokens = 20
    /// At most this many words name the speaker (before a comma or a bracket).
    static let turnNameWords = 4
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
    }

    func turnLabel(_ para: ScalarSpan) -> TurnLabel? {
        guard para.end > para.start, s[para.start].isUpperCase else { return nil }
        // (most paragraphs have a small letter before any colon: out without tokenizing)
        var k = para.start, open = 0
        let reach = min(para.end, para.start + QuoteFinder.turnLabelReach)
        while k < reach, s[k] != ":" {
            if s[k] == "(" { open += 1 } else if s[k] == ")" { open -= 1 } else if open == 0, s[k].isLowerCase { return nil }
            k += 1
        }
        guard k < reach else { return nil }
        let toks = WordTokenizer.tokenize(s, from: para.start, to: min(para.end, para.start + QuoteFinder.turnLabelReach))
        guard let colon = toks.prefix(QuoteFinder.turnLabelTokens + 1).firstIndex(where: { $0.kind == .punct && $0.text == ":" }), colon > 0,
              colon + 1 < toks.count, toks[colon].start == toks[colon - 1].end, toks[colon].end < s.count, s[toks[colon].end].isSpaceLike else { return nil }
        var name: [WordToken] = [], role: [WordToken] = [], party: [WordToken] = []
        var depth = 0, afterComma = false, bracketCaps = true, bracketed = false
        for t in toks[..<colon] {
            if t.text == "(" { depth += 1; party = []; bracketCaps = true; continue }
            if t.text == ")" { depth -= 1; bracketed = true; continue }
            if depth > 0 {
                if t.text.unicodeScalars.contains(where: \.isLowerCase) { bracketCaps = false }
                party.append(t)
                continue
            }
            if t.text.unicodeScalars.contains(where: \.isLowerCase) { return nil }
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
        let partyText = bracketCaps && !party.isEmpty ? WordToken.written(party) : nil
        let firstName = person.count >= 2 && FirstNames.isFirstName(Self.fromCapitals(person[0].text))
        let plain = !person.isEmpty && (firstName || (!role.isEmpty || partyText != nil || !title.isEmpty) && Gazetteer.entry(Self.fromCapitals(person.map(\.text).joined(separator: " "))) == nil)
        return TurnLabel(name: person, title: title, role: role.filter { $0.kind == .word || $0.text == "." }, party: partyText,
                         textStart: toks[colon + 1].start, plain: plain)
    }

    /// A word written in capitals as a name is written (`SCIUTTO` → `Sciutto`, `O'BRIEN` →
    /// `O'Brien`, `MCCONNELL` → `McConnell`, `SMITH-JONES` → `Smith-Jones`).
    static func fromCapitals(_ word: String) -> String {
        var out = ""
        var up = true
        for c in word.lowercased() {
            out.append(up ? Character(c.uppercased()) : c)
            up = c == "'" || c == "-" || c == " " || (out == "Mc")
        }
        return out
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
            if fullNames[surname] == nil { fullNames[surname] = parser.fullNames[surname] ?? label.name.map { Self.fromCapitals($0.text) }.joined(separator: " ") }
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
            last = info
        }
        return turns
    }

    /// Who a label names: the full name the text gives them (in another label, or in its own
    /// words), their title and role in running case, or the description of an unnamed voice.
    func speaker(_ label: TurnLabel, fullNames: [String: String]) -> SpeakerInfo {
        let written = WordToken.written(label.title + label.name + label.role)
        let span = ScalarSpan(label.name.first!.start, label.name.last!.end)
        var role = (label.title + label.role).map { t in Gazetteer.entry(t.text) != nil || !t.text.unicodeScalars.contains(where: { "AEIOUY".unicodeScalars.contains($0) }) ? t.text : t.lower }
        if let party = label.party { role.append("(\(party))") }
        let roleText = role.isEmpty ? nil : role.joined(separator: " ")
        if label.name.contains(where: { QuoteFinder.unnamedSpeakerWords.contains($0.lower) }) && !label.plain {
            return SpeakerInfo(name: label.name.map(\.lower).joined(separator: " "), text: written, role: roleText, anonymous: true, attribution: .cue,
                               span: span, person: true)
        }
        let surname = label.name.last!.text.folded
        let name = label.name.count >= 2 ? fullNames[surname] ?? label.name.map { Self.fromCapitals($0.text) }.joined(separator: " ")
            : fullNames[surname] ?? parser.fullNames[surname] ?? Self.fromCapitals(label.name[0].text)
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
                            anonymous: info.anonymous, cue: carried ? nil : Quote.transcriptCue, attribution: info.attribution, speakerSpan: info.span))
    }
}
