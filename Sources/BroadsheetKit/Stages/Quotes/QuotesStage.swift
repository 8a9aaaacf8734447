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
    }
}

/// The per-document work of the quotes stage, in reading order so that pronouns and
/// continuation paragraphs can look back.
struct QuoteFinder {
    /// Dashes that put a name after a quote as its signature (`"…" ― Carlos Raúl`).
    static let signatureDashes: Set<String> = ["—", "―", "–", "-"]

    let s: [Unicode.Scalar]
    let sentences: [Sentence]
    let paragraphs: [ScalarSpan]
    let options: QuotesStage.Options
    let parser: SpeakerParser
    var lastSpeaker: SpeakerInfo?
    var quotes: [Quote] = []

    /// Each paragraph's quoted spans, scanned once.
    let paragraphQuotes: [[QuoteSpan]]

    /// Each sentence's tokens, made once.
    let sentenceTokens: [[WordToken]]

    /// People named in the text outside quote marks, in reading order, with the gender their
    /// name or title tells (nil: unknown), for pronouns.
    let people: [(end: Int, info: SpeakerInfo, gender: FirstNames.Gender?)]

    init(doc: Document, options: QuotesStage.Options) {
        s = Array(doc.text.unicodeScalars)
        sentences = doc.sentences
        paragraphs = doc.paragraphs
        self.options = options
        let tokens = WordTokenizer.tokenize(s)
        // Capitalised runs, and who each names, read once for the full names and the people.
        var runs: [(tokens: [WordToken], person: (name: [WordToken], gender: FirstNames.Gender?)?)] = []
        var r = 0
        while r < tokens.count {
            guard tokens[r].kind == .word, tokens[r].isCapitalized else { r += 1; continue }
            var j = r
            while j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
            let run = Array(tokens[r..<j])
            runs.append((run, NameEvidence.person(run)))
            r = j
        }
        var parser = SpeakerParser(fullNames: SpeakerParser.personNames(runs.compactMap(\.person?.name)))
        // A sentence opening with "He" or "She" right after one opening with a name tells that
        // name's gender (and that it is a person) when no list of first names does.
        let text = s
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
            let full = parser.fullNames[last.text.folded] ?? name.map(\.text).joined(separator: " ")
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
            let full = parser.fullNames[name.last!.text.folded] ?? name.map(\.text).joined(separator: " ")
            if genders[full] == nil || genders[full]! == nil { genders[full] = gender }
        }
        var people: [(end: Int, info: SpeakerInfo, gender: FirstNames.Gender?)] = []
        for (run, evidence) in runs {
            if quoted.contains(where: { $0.contains(run[0].start) }) { continue }
            if let (name, gender) = evidence, let last = name.last {
                let full = name.count == 1 ? parser.fullNames[last.text.folded] ?? last.text : parser.fullNames[last.text.folded] ?? name.map(\.text).joined(separator: " ")
                if name.count >= 2 || genders[full] == nil { genders[full] = gender }
                let g = gender ?? genders[full] ?? learned[full]
                people.append((last.end, SpeakerInfo(name: full, text: last.text, role: nil, anonymous: false, attribution: .cue,
                                                     span: ScalarSpan(name.first!.start, last.end), person: true, gender: g), g))
            } else {
                let (_, name) = SpeakerParser.splitRole(run)
                if name.count == 1, let last = name.last, let full = parser.fullNames[last.text.folded] ?? (learned[last.text] != nil ? last.text : nil) {
                    let g = genders[full] ?? learned[full]
                    people.append((last.end, SpeakerInfo(name: full, text: last.text, role: nil, anonymous: false, attribution: .cue,
                                                         span: ScalarSpan(last.start, last.end), person: true, gender: g), g))
                }
            }
        }
        self.people = people
        sentenceTokens = doc.sentences.map { WordTokenizer.tokenize(text, from: $0.span.start, to: $0.span.end) }
    }

    /// Who a pronoun at `offset` refers to: the last person named before it whose gender fits,
    /// else the last speaker.
    func antecedent(at offset: Int) -> (String) -> SpeakerInfo? {
        { pronoun in
            if NameLexicon.pluralPronouns.contains(pronoun) { return lastSpeaker }
            let named = person(before: offset, fitting: pronoun)
            // `"…," Melanie said. … "…," she said`: a speaker whose name tells the gender, quoted
            // after the last person the list of people holds.
            if let speaker = lastSpeaker, speaker.person, let g = speaker.gender, g != .either, NameEvidence.fits(pronoun, g),
               let at = speaker.span?.end, at <= offset, at > (named?.span?.end ?? -1) {
                return speaker
            }
            return named ?? lastSpeaker.flatMap { $0.fits(pronoun) ? $0 : nil }
        }
    }

    /// The last person named before `offset` that `pronoun` can stand for. A person whose name
    /// tells the gender outranks a nearer one whose name does not (`Antonin` is in no list of
    /// first names, `Stephanie` is), but only among the last few people named, and not the
    /// person quoted last (`Rogozin said … He said …`).
    func person(before offset: Int, fitting pronoun: String) -> SpeakerInfo? {
        var lo = 0, hi = people.count - 1, found: Int?
        while lo <= hi {
            let mid = (lo + hi) / 2
            if people[mid].end <= offset { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        guard let last = found else { return nil }
        // The nearest sentence naming people gives the antecedent: its first person the pronoun
        // fits, who is most often its subject (`Ham explained why he backs Trump. "…," he said`).
        let here = sentenceIndex(at: offset)
        var k0 = last
        while k0 >= 0 {
            let sIdx = sentenceIndex(at: max(0, people[k0].end - 1))
            if here - sIdx > QuoteFinder.subjectReach { break }
            var first = k0
            while first > 0, sentenceIndex(at: max(0, people[first - 1].end - 1)) == sIdx { first -= 1 }
            if let j = (first...k0).first(where: { NameEvidence.fits(pronoun, people[$0].gender) }) { return people[j].info }
            k0 = first - 1
        }
        var unknown: SpeakerInfo?
        var k = last
        while k >= 0 {
            let g = people[k].gender
            if let g, g != .either, NameEvidence.fits(pronoun, g) { return people[k].info }
            // The person just quoted is who "he said" most often continues, whatever the name tells.
            if unknown == nil, NameEvidence.fits(pronoun, g), let speaker = lastSpeaker?.name, speaker == people[k].info.name { return people[k].info }
            if NameEvidence.fits(pronoun, g), unknown == nil { unknown = people[k].info }
            if unknown != nil && last - k >= QuoteFinder.genderLookback { break }
            k -= 1
        }
        return unknown
    }

    /// How many sentences back the subject of a pronoun is looked for before the nearest name
    /// of the right gender is taken instead.
    static let subjectReach = 3

    /// How many people back a name with the pronoun's gender is preferred to a nearer name of unknown gender.
    static let genderLookback = 3

    private func sentenceIndex(at offset: Int) -> Int {
        var lo = 0, hi = sentences.count - 1, found = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sentences[mid].span.start <= offset { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return found
    }

    private func text(_ a: Int, _ b: Int) -> String { String(scalars: s[a..<max(a, b)]) }

    mutating func run() throws -> [Quote] {
        guard !sentences.isEmpty else { return [] }
        var previousParagraphSpeaker: SpeakerInfo?
        var introduced: (SpeakerInfo, String)?   // `The Times reports:` at the end of the previous paragraph
        for (p, para) in paragraphs.enumerated() {
            try TimeBudget.check(QuotesStage.name)
            let spans = paragraphQuotes[p]
            var kept: [(QuoteSpan, QuoteKind)] = []
            for (k, q) in spans.enumerated() {
                let sIdx = sentenceIndex(at: q.openMark)
                let before = WordTokenizer.tokenize(s, from: max(sentences[sIdx].span.start, k > 0 ? spans[k - 1].closeMark : para.start), to: q.openMark)
                if let kind = classify(q, before: before) { kept.append((q, kind)) }
            }
            var paragraphSpeaker: SpeakerInfo?
            var sentenceSpeakers: [Int: (SpeakerInfo, String)] = [:]
            var pending: [(Int, QuoteSpan, QuoteKind)] = []
            for (k, (q, kind)) in kept.enumerated() {
                let sIdx = sentenceIndex(at: q.openMark)
                let endIdx = sentenceIndex(at: max(q.openMark, q.closeMark - 1))
                let prevClose = k > 0 ? kept[k - 1].0.closeMark : para.start
                let nextOpen = k + 1 < kept.count ? kept[k + 1].0.openMark : para.end
                let before = WordTokenizer.tokenize(s, from: max(sentences[sIdx].span.start, prevClose), to: q.openMark)
                var after = WordTokenizer.tokenize(s, from: q.closeMark, to: min(nextOpen, sentences[endIdx].span.end))
                // `"…?" Clinton said.`, `"…matter." ― Krystal Correa`: the sentence ended inside the
                // quote and its cue or signature came out as a sentence of its own.
                if after.allSatisfy({ $0.kind == .punct }), endIdx + 1 < sentences.count, sentences[endIdx + 1].paragraph == p,
                   sentences[endIdx + 1].span.start < nextOpen {
                    let next = WordTokenizer.tokenize(s, from: q.closeMark, to: min(nextOpen, sentences[endIdx + 1].span.end))
                        .drop { $0.kind == .punct && !QuoteFinder.signatureDashes.contains($0.text) }
                    if let dash = next.first, QuoteFinder.signatureDashes.contains(dash.text) { after = Array(next) }
                    else if next.prefix(QuoteFinder.cueReach).contains(where: { $0.kind == .word && NameLexicon.speechVerbs.contains($0.lower) }) { after = Array(next) }
                }
                var found = cueAfter(after) ?? cueBefore(before, partial: kind == .partial)
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
                } else if let prev = paragraphSpeaker ?? previousParagraphSpeaker, q.openMark <= para.start + 1 {
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
                for sIdx in sentences.indices where sentences[sIdx].paragraph == p {
                    let sentence = sentences[sIdx]
                    if kept.contains(where: { $0.0.openMark < sentence.span.end && $0.0.closeMark > sentence.span.start }) { continue }
                    let found = indirect(sIdx)
                    quotes.append(contentsOf: found)
                    if found.contains(where: { !$0.anonymous }) { paragraphSpeaker = nil }
                }
            }
            previousParagraphSpeaker = paragraphSpeaker ?? (kept.isEmpty ? nil : previousParagraphSpeaker)
            if kept.isEmpty { previousParagraphSpeaker = nil }
        }
        return quotes.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }

    private mutating func append(_ q: QuoteSpan, kind: QuoteKind, sentence: Int, speaker: SpeakerInfo?, cue: String?) {
        quotes.append(Quote(sentence: sentence, span: ScalarSpan(q.start, q.end), text: text(q.start, q.end), kind: kind,
                            speaker: speaker?.name, speakerEntity: nil, speakerText: speaker?.text, speakerRole: speaker?.role,
                            anonymous: speaker?.anonymous ?? false, cue: cue, attribution: speaker?.attribution ?? .none,
                            speakerSpan: speaker?.span))
        if let speaker { remember(speaker) }
    }

    private mutating func fill(_ index: Int, _ info: SpeakerInfo, cue: String?, attribution: Attribution) {
        quotes[index].speaker = info.name
        quotes[index].speakerText = attribution == .continuation ? nil : info.text
        quotes[index].speakerRole = info.role
        quotes[index].anonymous = info.anonymous
        quotes[index].cue = cue
        quotes[index].attribution = attribution
        quotes[index].speakerSpan = info.span
    }

    private mutating func remember(_ info: SpeakerInfo) {
        if info.name != nil { lastSpeaker = info }
    }

    /// Direct, partial, or nil for scare quotes.
    private func classify(_ q: QuoteSpan, before: [WordToken]) -> QuoteKind? {
        let inner = text(q.start, q.end)
        let words = inner.wordCount
        guard words >= 1 else { return nil }
        if q.unclosed { return words >= 3 ? .direct : nil }
        let firstUpper = inner.unicodeScalars.first.map { $0.properties.isUppercase || $0.properties.numericType != nil || $0 == "(" || $0 == "." } ?? false
        let last = before.last
        let opener = last == nil || (last!.kind == .punct && [":", ",", "—", "–", "-", "(", ";"].contains(last!.text))
            || (last!.kind == .word && NameLexicon.speechVerbs.contains(last!.lower))
        if q.single { return words >= 3 ? (opener && firstUpper ? .direct : .partial) : nil }
        if opener && (firstUpper || words >= options.minPartialWords) { return .direct }
        if words >= options.minPartialWords { return .partial }
        return nil
    }

    /// `," Rogozin said` · `," said one alliance source, who …` · `," according to Kozyrev.` · `," he said`.
    private func cueAfter(_ after: [WordToken]) -> (SpeakerInfo, String)? {
        // `"…" ― Carlos Raúl`: a name after a dash, alone at the end of the quote's line.
        if let dash = after.first, QuoteFinder.signatureDashes.contains(dash.text), after.count >= 2, after.count <= 6,
           after.dropFirst().allSatisfy({ $0.kind == .word && ($0.isCapitalized || NameLexicon.nameConnectors.contains($0.lower)) || $0.text == "." }),
           let info = parser.parse(Array(after.dropFirst()), text: s, antecedent: antecedent(at: after[1].start)), info.name != nil {
            return (info, "—")
        }
        var toks = QuoteFinder.withoutTags(after)[...]
        while let f = toks.first, f.kind == .punct, [",", ".", "?", "!", "-", "—", "–", ":"].contains(f.text) { toks = toks.dropFirst() }
        if toks.first?.kind == .punct { return nil }
        // (a name, its appositive and the verb: `," Malkia Cyril, the executive director at the
        // Center of Media Justice, who also appears in the film, said.`)
        let words = Array(toks.prefix(QuoteFinder.appositiveReach + 8))
        guard !words.isEmpty else { return nil }
        // "according to X"
        if words.count >= 3, words[0].lower == "according", words[1].lower == "to" {
            let phrase = takePhrase(Array(words[2...]))
            if let info = parser.parse(phrase, text: s, antecedent: antecedent(at: phrase.first?.start ?? 0)) { return (info, "according to") }
            return nil
        }
        // `," as a Homeland Security memo put it.` · `," per the party's bylaws.`
        if words.count >= 3, words[0].lower == "as", let k = words.firstIndex(where: { $0.lower == "put" || $0.lower == "puts" }),
           k >= 2, k + 1 < words.count, words[k + 1].lower == "it" {
            let who = Array(words[1..<k])
            if let info = parser.parse(who, text: s, antecedent: antecedent(at: who[0].start)) ?? description(who) { return (info, "put it") }
        }
        if words.count >= 2, words[0].lower == "per" {
            let phrase = takePhrase(Array(words.dropFirst()))
            if !phrase.isEmpty, let info = parser.parse(phrase, text: s, antecedent: antecedent(at: phrase[0].start)) ?? description(phrase) { return (info, "per") }
        }
        // "said X"
        if NameLexicon.speechVerbs.contains(words[0].lower) {
            let phrase = takePhrase(Array(words.dropFirst()))
            guard var info = parser.parse(phrase, text: s, antecedent: antecedent(at: phrase.first?.start ?? 0)) ?? description(phrase) else { return nil }
            // `said Maria Lopez, the UN mediator.`: the appositive is the role.
            let after = words.dropFirst(1 + phrase.count)
            if info.role == nil, !info.anonymous, info.name != nil, after.first?.text == "," {
                let appositive = after.dropFirst().prefix { !($0.kind == .punct && [",", ".", ";", "?", "!"].contains($0.text)) }
                if let a = appositive.first, let b = appositive.last, appositive.count <= 12,
                   ["the", "a", "an"].contains(a.lower) || NameLexicon.titleWords.contains(a.lower) || a.text.hasSuffix("'s") {
                    let role = text(a.start, b.end)
                    info.role = role.hasPrefix("the ") ? String(role.dropFirst(4)) : role
                }
            }
            return (info, words[0].lower)
        }
        // "X said", "X, the ambassador, said", "he also said"
        for (k, w) in words.enumerated() where k > 0 && w.kind == .word && NameLexicon.speechVerbs.contains(w.lower) {
            var subject = Array(words[..<k])
            while let l = subject.last, ["also", "later", "again", "then", "has", "had", "have", "once", "told"].contains(l.lower) { subject.removeLast() }
            // A full stop before the verb ends the quote's sentence, unless it stands in an appositive
            // (`Mitch McConnell, R-Ky., said`).
            let beforeAppositive = subject.firstIndex { $0.text == "," }.map { subject[..<$0] } ?? subject[...]
            if beforeAppositive.contains(where: { $0.text == "." }) || subject.contains(where: { $0.text == "\"" || $0.text == "“" }) { return nil }
            var role: String?
            if let comma = subject.firstIndex(where: { $0.text == "," }) {
                let appositive = subject[(comma + 1)...].filter { $0.text != "," }
                if let a = appositive.first, let b = appositive.last { role = text(a.start, b.end) }
                subject = Array(subject[..<comma])
            }
            guard !subject.isEmpty, var info = parser.parse(subject, text: s, antecedent: antecedent(at: subject[0].start)) ?? description(subject) else { return nil }
            if info.role == nil, let role, !info.anonymous { info.role = role.hasPrefix("the ") ? String(role.dropFirst(4)) : role }
            return (info, w.lower)
        }
        return nil
    }

    /// `Rogozin said: "…"` · `Another said, "…"` · `Kozyrev says … "will make …"` ·
    /// `The businessman says of Clinton, "…"` · `Fallon, the campaign's press secretary, said "…"` ·
    /// `Clinton mocked the complaint, saying "…"`. The nearest reporting verb before the quote in
    /// its sentence, and the subject of that verb.
    private func cueBefore(_ before: [WordToken], partial: Bool) -> (SpeakerInfo, String)? {
        let words = QuoteFinder.withoutTags(before).filter { !($0.kind == .punct && ["\"", "“", "”", "‘", "’"].contains($0.text)) }
        guard !words.isEmpty else { return nil }
        // A direct quote's verb stands close to it (`says of Clinton, "…"`); a partial quote may
        // sit anywhere in the reporting sentence.
        let reach = partial ? words.count : QuoteFinder.cueReach
        for k in words.indices.reversed().prefix(reach) where words[k].kind == .word {
            let verb = words[k].lower
            let participle = QuoteFinder.speechParticiples.contains(verb)
            guard participle || NameLexicon.speechVerbs.contains(verb) else { continue }
            // `Mr. Obama's remarks`, `the senator's comments`: after a possessive the word is a noun.
            if k > 0, words[k - 1].text == "'s" || words[k - 1].text == "’s" { continue }
            // Nothing between the verb and the quote may end a clause of its own.
            if words[(k + 1)...].contains(where: { $0.kind == .punct && [".", "?", "!", ";"].contains($0.text) }) { break }
            if participle {
                // `X did something, saying "…"`: the speaker is the sentence's subject.
                let clause = Array(words[..<k])
                if let end = clause.firstIndex(where: { $0.kind == .word && (QuoteFinder.clauseVerbs.contains($0.lower) || NameLexicon.speechVerbs.contains($0.lower)) }),
                   end > 0, let info = subject(Array(clause[..<end])) {
                    return (info, verb)
                }
                // `Dean, a former party chairman, poked at the debate, tweeting, "…"`: the name
                // opening the sentence, before its appositive.
                if let comma = clause.firstIndex(where: { $0.text == "," }), (1...4).contains(comma),
                   clause[..<comma].allSatisfy({ $0.kind == .word && $0.isCapitalized }), !NameLexicon.sentenceOpeners.contains(clause[0].lower),
                   let info = parser.parse(Array(clause[..<comma]), text: s, antecedent: antecedent(at: clause[0].start)), info.name != nil, !info.anonymous {
                    return (info, verb)
                }
                continue
            }
            // `Said Ellis: "…"`: the verb first, the speaker after it.
            if k + 1 < words.count, let info = parser.parse(takePhrase(Array(words[(k + 1)...])), text: s, antecedent: antecedent(at: words[k + 1].start)),
               info.name != nil, k == 0 || words[k - 1].kind == .punct && words[k - 1].text != "," {   // not `X, the minister, said …`
                return (info, verb)
            }
            guard k > 0, let info = subject(Array(words[..<k])) else {
                if !partial { return nil }
                continue
            }
            return (info, verb)
        }
        return nil
    }

    /// A paragraph that ends by introducing the next one's quote: `The New York Times reports:`,
    /// `He said:`; nil otherwise (also when the colon closes a quote of its own paragraph).
    private func introduction(_ para: ScalarSpan, afterQuotes: Int?) -> (SpeakerInfo, String)? {
        var end = para.end
        while end > para.start, s[end - 1].isSpaceLike { end -= 1 }
        guard end > para.start, s[end - 1] == ":" else { return nil }
        let from = max(sentences[sentenceIndex(at: end - 1)].span.start, afterQuotes ?? para.start)
        let toks = WordTokenizer.tokenize(s, from: from, to: end - 1)
        guard let k = toks.lastIndex(where: { $0.kind == .word && NameLexicon.speechVerbs.contains($0.lower) }), k > 0,
              toks.count - k <= QuoteFinder.cueReach, let info = subject(Array(toks[..<k])) else { return nil }
        return (info, toks[k].lower)
    }

    /// The longest parenthesis after a name that is a tag, not a clause: `(R-Fla.)`, `(D)`,
    /// `(Vt.)`, `(D-Newport News)`.
    static let maxTagTokens = 6

    /// Tokens with the short parentheses after capitalised words left out: `Rep. John Mica
    /// (R-Fla.) said` reads as `Rep. John Mica said`.
    static func withoutTags(_ toks: [WordToken]) -> [WordToken] {
        guard toks.contains(where: { $0.text == "(" }) else { return toks }
        var out: [WordToken] = []
        var k = 0
        while k < toks.count {
            if toks[k].text == "(", let prev = out.last, prev.kind == .word, prev.isCapitalized || prev.isAllCaps,
               let close = toks[(k + 1)...].prefix(maxTagTokens + 1).firstIndex(where: { $0.text == ")" }), close > k + 1,
               toks[(k + 1)..<close].allSatisfy({ $0.kind != .punct || [".", "-", ","].contains($0.text) }) {
                k = close + 1
                continue
            }
            out.append(toks[k])
            k += 1
        }
        return out
    }

    /// The longest appositive between a name and its verb (`Derek Mitchell, who served as U.S.
    /// ambassador to Burma from 2012 until earlier this year, said`).
    static let appositiveReach = 24

    /// How far back (in tokens) the reporting verb of a direct quote may stand.
    static let cueReach = 8

    /// Participles that report speech in a clause of their own (`…, saying "…"`).
    static let speechParticiples: Set<String> = [
        "saying", "adding", "telling", "asking", "writing", "noting", "arguing", "warning", "insisting", "explaining",
        "declaring", "claiming", "stating", "urging", "promising", "vowing", "tweeting", "quipping", "replying", "responding",
    ]

    /// Verbs that end a sentence's subject (`Clinton mocked …, saying`).
    static let clauseVerbs: Set<String> = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "did", "does", "do", "mocked", "attacked",
        "criticized", "defended", "responded", "reacted", "dismissed", "rejected", "praised", "blasted", "slammed", "called",
        "took", "went", "made", "spoke", "appeared", "returned", "launched", "unleashed", "doubled", "pushed", "fired", "hit",
        "tweeted", "posted", "released", "issued", "offered", "repeated", "weighed", "joined", "echoed", "struck", "sought",
    ]

    /// The subject at the end of `clause` (the words before a reporting verb): `Rogozin`, `he`,
    /// `Fallon, the campaign's press secretary,` (the appositive is the role), `The Indiana
    /// governor`, `a narrator in the Clinton ad`.
    private func subject(_ clause: [WordToken]) -> SpeakerInfo? {
        var toks = clause
        while let l = toks.last, ["also", "later", "again", "then", "has", "had", "have", "once", "does", "did", "not", "also", "even", "simply", "then",
                                   "repeatedly", "previously", "recently", "reportedly", "publicly", "privately", "would", "will", "could", "may", "might"].contains(l.lower) {
            toks.removeLast()
        }
        var role: String?
        if toks.last?.text == "," {
            // `NAME, APPOSITIVE,` before the verb
            toks.removeLast()
            guard let open = toks.lastIndex(where: { $0.text == "," }), open > 0, toks.count - open <= QuoteFinder.appositiveReach else { return nil }
            let appositive = toks[(open + 1)...]
            if let a = appositive.first, let b = appositive.last, !["who", "which", "whose"].contains(a.lower) {
                role = text(a.start, b.end)
                if role!.hasPrefix("the ") { role = String(role!.dropFirst(4)) }
            }
            toks = Array(toks[..<open])
            // `NAME, the foreign minister of France, a permanent member of the Council,`: an
            // appositive before the appositive; the role is the one next to the name.
            while let comma = toks.lastIndex(where: { $0.text == "," }), comma > 0, let a = toks[(comma + 1)...].first,
                  ["the", "a", "an"].contains(a.lower) || !a.isCapitalized && a.kind == .word && !["who", "which", "whose", "and", "but"].contains(a.lower),
                  toks[comma - 1].kind == .word && toks[comma - 1].isCapitalized || toks[comma - 1].text == ".",
                  toks.count - comma <= QuoteFinder.appositiveReach {
                let b = toks.last!
                role = text(a.start, b.end)
                if role!.hasPrefix("the ") { role = String(role!.dropFirst(4)) }
                toks = Array(toks[..<comma])
            }
        }
        // The subject starts after the last clause boundary.
        if let boundary = toks.lastIndex(where: { $0.kind == .punct && [",", ":", "(", ")", "—", "–"].contains($0.text)
            || ["and", "but", "that", "because", "while", "as", "when", "so", "where", "if", "than"].contains($0.lower) }) {
            toks = Array(toks[(boundary + 1)...])
        }
        guard !toks.isEmpty, toks.count <= 8 else { return nil }
        // "His proposed treaty", "her plans": a possessive or an object is not who speaks.
        if toks.count == 1, ["his", "her", "him", "them", "their", "its", "my", "our", "your"].contains(toks[0].lower) { return nil }
        if toks.count == 1, ["another", "one"].contains(toks[0].lower), let prev = lastSpeaker, prev.anonymous {
            // `Another said: "…"` after an unnamed diplomat: another unnamed diplomat.
            var info = prev
            info.text = toks[0].text
            info.name = toks[0].lower == "another" ? "another " + (prev.name ?? "source").replacingOccurrences(of: "another ", with: "") : prev.name
            info.span = ScalarSpan(toks[0].start, toks[0].end)
            return info
        }
        guard var info = parser.parse(toks, text: s, antecedent: antecedent(at: toks.first!.start)) ?? description(toks) ?? trailingName(toks) else { return nil }
        if info.role == nil, let role, !info.anonymous { info.role = role }
        return info
    }

    /// `In a Bloomberg interview Trump declared`: the capitalised name right before the verb,
    /// when the words before it are a phrase of their own.
    private func trailingName(_ toks: [WordToken]) -> SpeakerInfo? {
        var k = toks.count
        while k > 0, toks[k - 1].kind == .word, toks[k - 1].isCapitalized { k -= 1 }
        guard k > 0, k < toks.count, toks.count - k <= 4, !toks[k - 1].isCapitalized else { return nil }
        let name = Array(toks[k...])
        guard !NameLexicon.sentenceOpeners.contains(name[0].lower),
              NameEvidence.person(name) != nil || parser.fullNames[name.last!.text.folded] != nil else { return nil }
        return parser.parse(name, text: s, antecedent: antecedent(at: name[0].start))
    }

    /// A speaker described rather than named: `The commission`, `the ad's narrator`, `a
    /// narrator in the Clinton ad`. Definite descriptions stand for someone the article knows;
    /// indefinite ones are unnamed sources.
    private func description(_ toks: [WordToken]) -> SpeakerInfo? {
        guard let first = toks.first, ["the", "a", "an", "one", "another", "its", "his", "her", "their", "some", "many", "most"].contains(first.lower),
              toks.count >= 2, toks.allSatisfy({ $0.kind != .punct || $0.text == "'s" || $0.text == "-" || $0.text == "%" }),
              // a noun phrase, not a clause: "the Russian military is concerned by …" describes no speaker
              !toks.contains(where: { QuoteFinder.notInDescription.contains($0.lower) }),
              let last = toks.last, last.kind == .word, !NameLexicon.speechVerbs.contains(last.lower) else { return nil }
        let surface = text(first.start, last.end)
        let indefinite = ["a", "an", "one", "another"].contains(first.lower)
        let from = toks.count > 1 ? toks[1].start : first.start
        let named = text(from, last.end)
        return SpeakerInfo(name: indefinite ? "unnamed " + named : named, text: surface, role: nil, anonymous: indefinite,
                           attribution: .cue, span: ScalarSpan(first.start, last.end))
    }

    static let phraseStops: Set<String> = ["who", "which", "in", "on", "at", "after", "before", "when", "during", "while", "as", "to", "from", "that", "with", "about", "yesterday", "today"]

    /// The speaker phrase after a cue verb: up to a comma, a full stop or a clause word.
    private func takePhrase(_ words: [WordToken]) -> [WordToken] {
        var out: [WordToken] = []
        let stops = QuoteFinder.phraseStops
        for w in words {
            if w.kind == .punct && w.text != "'s" && w.text != "&" { break }
            if w.kind == .word && stops.contains(w.lower) && !out.isEmpty { break }
            if w.kind == .word, NameLexicon.weekdays.contains(w.lower) { break }
            out.append(w)
        }
        return out
    }

    /// Reported speech in a sentence without quote marks: each attribution of the sentence (a
    /// sentence may report two sources: "Video shows him …, but Shelby said he refused …").
    private mutating func indirect(_ sIdx: Int) -> [Quote] {
        let toks = QuoteFinder.withoutTags(sentenceTokens[sIdx])
        guard toks.count >= 5, toks.last?.text != "?" else { return [] }
        var body = toks
        if let l = body.last, l.kind == .punct, [".", "!"].contains(l.text) { body.removeLast() }
        // "According to X, clause." / "Clause, according to X."
        if let a = body.firstIndex(where: { $0.lower == "according" }), a + 1 < body.count, body[a + 1].lower == "to" {
            if a == 0, let comma = body.firstIndex(where: { $0.text == "," }), comma > 2, comma + 4 < body.count {
                if let info = parser.parse(Array(body[2..<comma]), text: s, antecedent: antecedent(at: body[2].start)) ?? description(Array(body[2..<comma])) {
                    return makeIndirect(sIdx, body[comma + 1].start, body.last!.end, info, cue: "according to").map { [$0] } ?? []
                }
            } else if a > 3, body[a - 1].text == "," {
                let phrase = takePhrase(Array(body[(a + 2)...]))
                if !phrase.isEmpty, let info = parser.parse(phrase, text: s, antecedent: antecedent(at: body[a].start)) ?? description(phrase) {
                    return makeIndirect(sIdx, body[0].start, body[a - 2].end, info, cue: "according to").map { [$0] } ?? []
                }
            }
        }
        // "Clause, he writes, clause." / "The museum, Mr. Obama said, would …"
        for k in 1..<max(1, body.count - 3) where body[k].text == "," {
            guard let close = body[(k + 1)...].prefix(7).firstIndex(where: { $0.text == "," }), close > k + 2,
                  body[close - 1].kind == .word, QuoteFinder.reportingVerbs.contains(body[close - 1].lower), close + 3 < body.count else { continue }
            let who = Array(body[(k + 1)..<(close - 1)])
            guard let info = parser.parse(who, text: s, antecedent: antecedent(at: who[0].start)) ?? description(who) else { continue }
            guard let q = makeIndirect(sIdx, body[0].start, body.last!.end, info, cue: body[close - 1].lower) else { continue }
            return [q]
        }
        // "Clause, Rogozin said." / "Clause, said Brian Baker, a political adviser …" — the content first.
        for comma in body.indices where body[comma].text == "," && comma >= 4 {
            let tail = Array(body[(comma + 1)...])
            guard let k = tail.prefix(6).firstIndex(where: { $0.kind == .word && QuoteFinder.reportingVerbs.contains($0.lower) }) else { continue }
            let who = k == 0 ? takePhrase(Array(tail.dropFirst())) : Array(tail[..<k])
            let rest = tail[(k + 1)...]
            // After "said X" only an appositive may run on ("said Brian Baker, a longtime adviser …"),
            // after "X said" only a few words (a time, a place): else the clause goes on after the verb.
            let afterWho = k == 0 ? tail.count - 1 - who.count : rest.count
            let next = k == 0 ? tail.dropFirst(1 + who.count).first : rest.first
            guard !who.isEmpty, afterWho <= 4 || next?.text == "," else { continue }
            // `Megan Hester, senior associate at the institute, said parents …`: a name and its
            // appositive before the verb make it the subject, and what follows the content.
            if k == 0, let open = body[..<comma].lastIndex(where: { $0.text == "," }), open > 0,
               let a = body[(open + 1)..<comma].first, !a.isCapitalized || ["the", "a", "an"].contains(a.lower),
               !body[(open + 1)..<comma].contains(where: { QuoteFinder.notInDescription.contains($0.lower) }),
               let subj = subject(Array(body[...comma])), subj.person { continue }
            guard let info = k == 0 ? parser.parse(who, text: s, antecedent: antecedent(at: who[0].start)) ?? description(who) : subject(who) else { continue }
            return makeIndirect(sIdx, body[0].start, body[comma - 1].end, info, cue: tail[k].lower).map { [$0] } ?? []
        }
        // "Subject [aux] cue [object] [that] clause.", the cue anywhere a subject can stand before
        // it; the clause runs to the sentence's end or to ", but" / ";" where another may begin.
        var found: [Quote] = []
        var k = 1
        while k < body.count - 3 {
            defer { k += 1 }
            guard body[k].kind == .word, QuoteFinder.reportingVerbs.contains(body[k].lower) else { continue }
            let cue = body[k].lower
            // "is said to", "was reported": passives name no source here.
            if ["is", "was", "are", "were", "be", "been", "being"].contains(body[k - 1].lower) { continue }
            // "called for", "called on" report a demand; "called it a disgrace" names something.
            if (cue == "called" || cue == "calls"), !["for", "on"].contains(body[k + 1].lower) { continue }
            let from = found.last.map { q in body.firstIndex { $0.start >= q.span.end } ?? body.count } ?? 0
            guard k > from, let info = subject(Array(body[from..<k])) else { continue }
            var c = k + 1
            // Skip what stands between the verb and its clause: an object ("told reporters"), a
            // time or place ("on Monday", "in a statement"), up to "that" when it follows soon.
            if let that = body[c...].prefix(QuoteFinder.thatReach).firstIndex(where: { $0.lower == "that" }),
               !body[c..<that].contains(where: { $0.kind == .punct && $0.text != "," }) {
                c = that + 1
            } else if ["told", "tells", "warned", "assured", "informed", "urged", "urges", "asked", "called", "accused"].contains(cue) {
                // "told reporters he …", "urged Congress to …", "called for …": one word of object.
                c += 1
                if c < body.count, ["for", "on"].contains(body[c].lower) { c += 1 }
            }
            while c < body.count, body[c].kind == .punct, body[c].text == "," || body[c].text == ":" { c += 1 }
            guard c + 3 < body.count else { continue }
            if ["nothing", "yes", "no", "goodbye", "so", "it", "this"].contains(body[c].lower) && c + 4 >= body.count { continue }
            // "said in a statement on Thursday", "said of the policies": no clause of its own follows;
            // nor after "proposed reviewing …" (a gerund is an action, not what was said).
            if QuoteFinder.notAClause.contains(body[c].lower) || (body[c].lower.hasSuffix("ing") && c == k + 1) { continue }
            var e = body.count - 1
            if let cut = body[c...].indices.first(where: { i in body[i].text == ";"
                || (body[i].text == "," && i + 1 < body.count && ["but", "while", "whereas"].contains(body[i + 1].lower)) }), cut > c + 3 {
                e = cut - 1
            }
            guard let q = makeIndirect(sIdx, body[c].start, body[e].end, info, cue: cue) else { continue }
            found.append(q)
            k = e
        }
        return found
    }

    /// Words that do not occur in a description of a speaker (verbs and clause words).
    static let notInDescription: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "by", "to", "from", "with", "that", "which", "who", "would",
        "will", "can", "could", "should", "not", "also", "and", "but",
    ]

    /// Words that cannot open the clause a reporting verb reports.
    static let notAClause: Set<String> = ["of", "more", "less", "much", "up", "out", "off", "back", "down", "away"]

    /// How far after a reporting verb its "that" may stand ("said on Monday in a statement that").
    static let thatReach = 8

    /// Verbs whose subject is the source of what follows: speech, writing, findings, beliefs,
    /// wishes and calls (the attributions annotated news counts as reported content).
    static let reportingVerbs: Set<String> = NameLexicon.indirectVerbs.union([
        "wants", "wanted", "plans", "planned", "found", "finds", "shows", "showed", "show", "called", "calls", "urged", "urges",
        "asked", "asks", "demanded", "demands", "proposed", "proposes", "promised", "promises", "pledged", "pledges", "vowed",
        "vows", "expects", "expected", "questioned", "alleged", "alleges", "charged",
        "asserted", "asserts", "signaled", "signalled", "mentioned", "responded", "replied", "tweeted", "posted", "recalled",
        "recalls", "announces", "predicted", "forecast", "projected", "estimate", "suggest", "concluded", "acknowledges",
        "admits", "denies", "insist", "claim", "argue", "believed", "knew", "know", "knows", "learned", "reported", "reports",
        "writes", "wrote", "noted", "notes", "observed", "emphasizes", "stresses", "cautions", "warns", "pointed", "explained",
    ])

    /// The named source of the last reported statement in the paragraph before `offset`, when
    /// its sentence holds no quote of its own.
    private func reportedSpeaker(before offset: Int, in p: Int, para: ScalarSpan) -> SpeakerInfo? {
        guard options.indirect else { return nil }
        let quoted = paragraphQuotes[p]
        var k = sentenceIndex(at: offset)
        while k >= 0, sentences[k].paragraph == p {
            defer { k -= 1 }
            let span = sentences[k].span
            guard span.end <= offset + 1, !quoted.contains(where: { $0.openMark < span.end && $0.closeMark > span.start }) else { continue }
            var probe = self
            guard let q = probe.indirect(k).last(where: { !$0.anonymous && $0.speaker != nil }) else { continue }
            return SpeakerInfo(name: q.speaker, text: q.speakerText ?? q.speaker ?? "", role: q.speakerRole, anonymous: false,
                               attribution: .continuation, span: q.speakerSpan)
        }
        return nil
    }

    private mutating func makeIndirect(_ sIdx: Int, _ a: Int, _ b: Int, _ info: SpeakerInfo, cue: String) -> Quote? {
        guard b > a, text(a, b).wordCount >= 4 else { return nil }
        remember(info)
        return Quote(sentence: sIdx, span: ScalarSpan(a, b), text: text(a, b), kind: .indirect, speaker: info.name, speakerEntity: nil,
                     speakerText: info.text, speakerRole: info.role, anonymous: info.anonymous, cue: cue, attribution: info.attribution,
                     speakerSpan: info.span)
    }
}
