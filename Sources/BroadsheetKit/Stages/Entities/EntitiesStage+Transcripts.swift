/// The speakers a transcript names in its labels (`JIM SCIUTTO, CNN ANCHOR:`, `RAJU:`): capitals
/// that say nothing of what kind of name they are (read alone, `JIM SCIUTTO,` is a dateline's
/// place and `CHIEF`, `SEN.` bodies), and a person the quotes stage has already named.
extension EntitiesStage {
    /// A label is read up to this many characters before the words it introduces.
    static let transcriptLabelReach = 120
    /// Where a label's start is looked for no further back: a quote mark (`"PENCE: Well, …`).
    static let labelStops: Set<Unicode.Scalar> = openingQuoteMarks.union(closingQuoteMarks).union(["「"])

    /// Each label's words become one mention of the person the quote names (`Jim Sciutto`, the
    /// `Manu Raju` an earlier label gave in full), its role's words none but the bodies the
    /// gazetteer knows (`CNN`); the text's other mentions of that person follow.
    static func nameTranscriptSpeakers(_ mentions: inout [Mention], doc: Document, s: [Unicode.Scalar]) {
        var added: [Mention] = []
        var labels: [Range<Int>] = []
        var speakers: Set<String> = []
        for q in doc.quotes where q.cue == Quote.transcriptCue {
            guard let name = q.speakerSpan, let speaker = q.speaker, name.end <= q.span.start, q.span.start - name.start <= transcriptLabelReach else { continue }
            // (back over the label's title, `SEN.`: to the first small letter, the paragraph's start or a quote mark)
            var start = name.start
            while start > 0, name.start - start < transcriptLabelReach, s[start - 1] != "\n", !s[start - 1].isLowerCase,
                  !EntitiesStage.labelStops.contains(s[start - 1]) { start -= 1 }
            let label = start..<q.span.start
            labels.append(label)
            let text = String(scalars: s[name.start..<name.end])
            // (an unnamed voice, or a body asking the questions, `AP:`, is no person)
            guard !q.anonymous, Gazetteer.entry(text) == nil else { continue }
            added.append(Mention(sentence: doc.sentences.index(holding: name.start), span: name, text: text, type: .person, key: speaker, entityID: nil))
            speakers.insert(speaker)
        }
        guard !labels.isEmpty else { return }
        // (labels and names are in text order: each mention is looked up by halving)
        labels.sort { $0.lowerBound < $1.lowerBound }
        let names = added.map { $0.span.start..<$0.span.end }.sorted { $0.lowerBound < $1.lowerBound }
        mentions.removeAll { m in
            EntitiesStage.within(labels, m.span.start) && Gazetteer.entry(m.text) == nil
        }
        // (a body the gazetteer knows in a label stays: `CNN` of `CNN ANCHOR`; not over a name)
        mentions.removeAll { m in EntitiesStage.within(names, m.span.start) || EntitiesStage.within(names, m.span.end - 1) }
        for k in mentions.indices where mentions[k].type != .person && speakers.contains(mentions[k].key) { mentions[k].type = .person }
        // `Manu, where do things stand?`: a first name alone, in a transcript, is the one speaker of that first name.
        var byFirstName: [String: String?] = [:]
        for speaker in speakers where speaker.contains(" ") {
            let first = String(speaker.prefix { $0 != " " }).folded
            byFirstName[first] = byFirstName[first] == nil ? speaker : .some(nil)
        }
        for k in mentions.indices where !mentions[k].text.contains(" ") {
            guard case let speaker?? = byFirstName[mentions[k].text.folded] else { continue }
            mentions[k].key = speaker
            mentions[k].type = .person
        }
        // (`(COMMERCIAL BREAK)`, `(BEGIN VIDEO CLIP)`: a stage note names no one)
        let notes = doc.paragraphs.filter { p in p.end > p.start && s[p.start] == "(" && s[p.end - 1] == ")" && !s[p.start..<p.end].contains(where: \.isLowerCase) }
            .map { $0.start..<$0.end }
        if !notes.isEmpty { mentions.removeAll { EntitiesStage.within(notes, $0.span.start) } }
        mentions.append(contentsOf: added)
        mentions.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }

    /// Whether one of `ranges` (in text order, not overlapping) holds `offset`.
    static func within(_ ranges: [Range<Int>], _ offset: Int) -> Bool {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].contains(offset)
    }
}
