import Foundation

/// Finds mentions of people, organisations, places, nationalities, events and laws, and gives every
/// name one `entity_id` across the corpus: within a document surnames join full names and acronyms
/// their expansions; across documents the same folded name (transliteration variants included) is
/// one entity, and an acronym defined in one article resolves in another. An aliases file lets an
/// analyst merge or split by hand. Ids are derived from the canonical name, so they are stable.
public struct EntitiesStage: RegisteredStage {
    public struct Options: StageOptions {
        /// CSV file (alias, canonical, type) of manual merges, relative to the config file.
        public var aliases = ""
        public init() {}
        public static let help: [String: String] = [
            "aliases": "CSV file with columns alias, canonical, type: merge or rename entities by hand",
        ]
    }

    public static let name = "entities"
    public static let summary = "people, organisations, places, nationalities, events and laws under one canonical name"
    public static let needs: [Capability] = [.sentences]
    public static let provides: [Capability] = [.entities]

    /// Folded alias → (canonical name, type).
    let aliases: [String: (String, EntityType?)]
    /// Digest of the aliases file, so that editing it invalidates cached results.
    public let cacheSalt: String

    public init(options: Options, context: RunContext) throws {
        var table: [String: (String, EntityType?)] = [:]
        var salt = ""
        if !options.aliases.isEmpty {
            let path = options.aliases.hasPrefix("/") ? options.aliases : context.configDirectory + "/" + options.aliases
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigError([ConfigProblem(path: "stages.entities.options.aliases", message: "cannot read the aliases file '\(path)'")])
            }
            salt = SHA256.hex(of: Array(data))
            let (header, records) = CSVReader.records(TextDecoding.decode(Array(data)).text)
            guard header.contains("alias"), header.contains("canonical") else {
                throw ConfigError([ConfigProblem(path: "stages.entities.options.aliases", message: "expected a CSV header with alias, canonical and optionally type")])
            }
            for r in records {
                guard let alias = r["alias"], let canonical = r["canonical"] else { continue }
                table[alias.folded] = (canonical, r["type"].flatMap { EntityType(rawValue: $0.uppercased()) })
            }
        }
        aliases = table
        cacheSalt = salt
    }

    public func process(_ doc: inout Document) throws {
        guard !doc.failed else { return }
        let s = Array(doc.text.unicodeScalars)
        var mentions = try MentionFinder(s: s, sentences: doc.sentences, language: doc.meta.language).find()
        // `"…," Graham asked`: a name that speaks is no town, whatever the list of places says
        // (a country or a capital speaking stands for its government and stays a place, as does
        // a US state, and the place in `Gov. Ralph Northam of Virginia said`, where a person speaks).
        let speakers = doc.quotes.compactMap { q in q.attribution == .cue && !q.anonymous ? q.speakerSpan : nil }
        if !speakers.isEmpty {
            let persons = mentions.filter { $0.type == .person }.map(\.span)
            func within(_ a: ScalarSpan, _ b: ScalarSpan) -> Bool { b.start <= a.start && a.end <= b.end }
            // The speaker's words are names and titles only, the place among them (`Sen. Graham`,
            // `Adam (Pacman) Jones`; not `Lawyers in Manhattan`).
            func names(_ m: ScalarSpan, _ sp: ScalarSpan) -> Bool {
                guard within(m, sp) else { return false }
                var wordStart = true
                for c in s[sp.start..<sp.end] {
                    if wordStart, c.properties.isLowercase { return false }
                    wordStart = c == " " || c == "("
                }
                return !persons.contains { within($0, sp) }
            }
            for k in mentions.indices where mentions[k].type == .gpe && !mentions[k].text.contains(" ")
                && Gazetteer.byForm[mentions[k].key.folded] == nil && !Places.usStates.contains(mentions[k].key.folded)
                && speakers.contains(where: { sp in names(mentions[k].span, sp) }) {
                mentions[k].type = .person
            }
        }
        if doc.quotes.contains(where: { $0.cue == Quote.transcriptCue }) { EntitiesStage.nameTranscriptSpeakers(&mentions, doc: doc, s: s) }
        // `Storm Isha … as Isha moved north`: a storm's name alone is that storm.
        let storms = Dictionary(mentions.filter { $0.type == .event && $0.key.contains(" ") && MentionFinder.stormWords.contains(String($0.key.prefix { $0 != " " }).lowercased()) }
            .map { (String($0.key.split(separator: " ").last!).folded, $0.key) }, uniquingKeysWith: { a, _ in a })
        for k in mentions.indices where !storms.isEmpty && !mentions[k].text.contains(" ") {
            guard let storm = storms[mentions[k].text.folded] else { continue }
            mentions[k].key = storm; mentions[k].type = .event
        }
        // `her debut novel, "The Salt Road,"`, `the album "Harbour Lights"`: a name of several words
        // that is all a quotation holds is a work's title, whatever its head says (a road, a harbour).
        for k in mentions.indices where [.person, .org, .gpe, .loc].contains(mentions[k].type) && mentions[k].text.contains(" ") && Gazetteer.entry(mentions[k].text) == nil
            && EntitiesStage.isQuotedWhole(s, mentions[k].span) {
            mentions[k].type = .other
        }
        // A name of no type the document once reads as a place (`a guest house in Tobermory`)
        // is that place in every other mention too.
        var placeType: [String: EntityType] = [:]
        for m in mentions where m.type == .gpe || m.type == .loc { placeType[m.key] = placeType[m.key] ?? m.type }
        for k in mentions.indices where mentions[k].type == .other { if let t = placeType[mentions[k].key] { mentions[k].type = t } }
        // `Pirelli said it …`, `Samsung shares fell`, `Interfax, which …`: a name whose type
        // nothing else told is an organisation in every mention of this document.
        // (Not an adjective before the noun: `the Yugoslav news agency`, `Hong Kong-based group`.)
        let bodies = Set(mentions.filter { $0.type == .other && (EntitiesStage.organisationFollows(s, at: $0.span.end)
                                                                  || EntitiesStage.organisationNounBefore(s, at: $0.span.start))
                                           && !EntitiesStage.isAdjective($0.text) }.map(\.key))
        for k in mentions.indices where mentions[k].type == .other && bodies.contains(mentions[k].key) { mentions[k].type = .org }
        // `the town of Tavildara`, `Mahala is a Moslem village`, `TAVILDARA, Tajikistan`, `Velten
        // near Berlin`: a name the text calls a place, or sets before a known place, is a town.
        let knownPlaceAt = Set(mentions.filter { $0.type == .gpe || $0.type == .loc }.map(\.span.start))
        let towns = Set(mentions.filter { m in
            m.type == .other && !EntitiesStage.isAdjective(m.text)
                && (EntitiesStage.placeNounBefore(s, at: m.span.start) || EntitiesStage.placeNounAfter(s, at: m.span.end)
                    || EntitiesStage.knownPlaceAfter(s, at: m.span.end, knownPlaceAt))
        }.map(\.key))
        for k in mentions.indices where mentions[k].type == .other && towns.contains(mentions[k].key) { mentions[k].type = .gpe }
        for k in mentions.indices {
            if let (canonical, type) = aliases[mentions[k].text.folded] ?? aliases[mentions[k].key.folded] {
                mentions[k].key = canonical
                if let type { mentions[k].type = type }
            }
        }
        doc.mentions = mentions
        if mentions.isEmpty, !doc.text.isEmpty, TextScript.isUncased(doc.text) { doc.warn(Self.name, TextScript.noCapitalsWarning("names of people, organisations and places")) }
    }

    /// Whether the words right after a name say it is an organisation: a reporting verb with
    /// `it` as its subject's echo (`said it would`), its shares, or `, which`.
    static func organisationFollows(_ s: [Unicode.Scalar], at end: Int) -> Bool {
        var i = end
        func word() -> String? {
            while i < s.count, s[i] == " " { i += 1 }
            let from = i
            while i < s.count, s[i].isLetter || s[i] == "'" || s[i] == "’" { i += 1 }
            return i > from ? String(scalars: s[from..<i]).lowercasedFast : nil
        }
        if i < s.count, s[i] == "," {
            i += 1
            return word() == "which"
        }
        guard var w = word() else { return false }
        if w == "'s" || w == "’s" { guard let next = word() else { return false }; w = next }
        if w == "shares" || w == "stock" { return true }
        // `Interfax news agency`, `Hizbollah guerrillas`, `Britain's Sun newspaper`
        if EntitiesStage.bodyNouns.contains(w) { return true }
        if w == "news" { return word() == "agency" }
        guard NameLexicon.speechVerbs.contains(w) else { return false }
        return word() == "it"
    }

    static let bodyNouns = NameLexicon.bodyNouns

    /// Nouns for a place the text names (`the village of Mahala`, `Longyear is a Norwegian settlement`).
    static let placeNouns: WordSet = [
        "town", "towns", "village", "villages", "city", "cities", "province", "region", "district", "island", "port", "suburb",
        "hamlet", "settlement", "county", "municipality", "township", "capital",
    ]
    /// How many words may stand between "is a" and the place noun (`is a run-down mining town`).
    static let placeNounReach = 3

    /// `the town of X`, `the mining towns of X`.
    static func placeNounBefore(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        let before = wordsBefore(s, at: start, count: 2)
        return before.count == 2 && before[1] == "of" && placeNouns.contains(before[0])
    }

    /// `X is a (Moslem) village`, `X, a town in …`.
    static func placeNounAfter(_ s: [Unicode.Scalar], at end: Int) -> Bool {
        var after = wordsAfter(s, at: end, count: placeNounReach + 2)
        if after.first == "is" || after.first == "was" { after.removeFirst() }
        guard let article = after.first, article == "a" || article == "an" else { return false }
        return after.dropFirst().prefix(placeNounReach).contains { placeNouns.contains($0) }
    }

    /// `TAVILDARA, Tajikistan`, `Tacambaro, Michoacan`, `Velten near Berlin`: a known place right after a comma or "near".
    static func knownPlaceAfter(_ s: [Unicode.Scalar], at end: Int, _ placeAt: Set<Int>) -> Bool {
        var i = end
        if i < s.count, s[i] == "," { i += 1 } else {
            while i < s.count, s[i] == " " { i += 1 }
            guard i + 4 < s.count, String(scalars: s[i..<(i + 4)]) == "near" else { return false }
            i += 4
        }
        while i < s.count, s[i] == " " { i += 1 }
        return placeAt.contains(i)
    }

    /// The words right before `start` (nearest last), over letters and spaces only, lower-cased
    /// unless `keepCase`.
    static func wordsBefore(_ s: [Unicode.Scalar], at start: Int, count: Int, keepCase: Bool = false) -> [String] {
        var out: [String] = []
        var i = start
        while out.count < count {
            while i > 0, s[i - 1] == " " { i -= 1 }
            let end = i
            while i > 0, s[i - 1].isLetter || s[i - 1] == "-" { i -= 1 }
            guard end > i else { break }
            let word = String(scalars: s[i..<end])
            out.insert(keepCase ? word : word.lowercasedFast, at: 0)
        }
        return out
    }

    /// The lower-cased words right after `end`, over letters and spaces only (a comma may open them).
    static func wordsAfter(_ s: [Unicode.Scalar], at end: Int, count: Int) -> [String] {
        var out: [String] = []
        var i = end
        if i < s.count, s[i] == "," { i += 1 }
        while out.count < count {
            while i < s.count, s[i] == " " { i += 1 }
            let from = i
            while i < s.count, s[i].isLetter || s[i] == "-" { i += 1 }
            guard i > from else { break }
            out.append(String(scalars: s[from..<i]).lowercasedFast)
        }
        return out
    }

    /// Whether a quotation holds the span and nothing else (an article before it aside, a comma
    /// or a full stop after it: `"The Salt Road,"`).
    static func isQuotedWhole(_ s: [Unicode.Scalar], _ span: ScalarSpan) -> Bool {
        var a = span.start
        if a >= 4, s[a - 4] == "T" || s[a - 4] == "t", s[a - 3] == "h", s[a - 2] == "e", s[a - 1] == " " { a -= 4 }
        guard a > 0, openingQuoteMarks.contains(s[a - 1]) else { return false }
        var b = span.end
        if b < s.count, s[b] == "," || s[b] == "." { b += 1 }
        return b < s.count && closingQuoteMarks.contains(s[b])
    }
    static let openingQuoteMarks: Set<Unicode.Scalar> = ["\"", "“", "‘", "«", "„"]
    static let closingQuoteMarks: Set<Unicode.Scalar> = ["\"", "”", "’", "»", "“"]

    /// Whether the text's bytes `t` hold `word` (ASCII letters) in small letters as a word of its own.
    static func writesInSmallLetters(_ t: [UInt8], _ word: String) -> Bool {
        let w = Array(word.lowercasedFast.utf8)
        guard let first = w.first, w.allSatisfy({ $0 < 0x80 }) else { return false }
        func letter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 || b >= 0x80 }
        var i = 0
        while let k = t[i...].firstIndex(of: first) {
            if k + w.count <= t.count, t[k..<(k + w.count)].elementsEqual(w), k == 0 || !letter(t[k - 1]),
               k + w.count == t.count || !letter(t[k + w.count]) { return true }
            i = k + 1
        }
        return false
    }

    /// A nationality or a compound adjective (`Yugoslav`, `Hong Kong-based`, `ERP-affiliated`).
    static func isAdjective(_ text: String) -> Bool {
        if Gazetteer.demonyms[text.folded] != nil { return true }
        guard text.utf8.contains(UInt8(ascii: "-")) else { return false }
        let lower = text.lowercasedFast
        return adjectiveSuffixes.contains { lower.hasSuffix($0) }
    }
    static let adjectiveSuffixes = ["-based", "-affiliated", "-owned", "-backed", "-led", "-run", "-born", "-linked", "-controlled",
                                    "-registered", "-listed", "-headquartered"]

    /// Whether the word right before a name is such a noun in lower case (`news agency Tanjug`,
    /// `mineral water firm Multico`, `telecoms operator Unicom`, `the Norwegian carmaker Nordlys`),
    /// or the words before it say a company's (`shares in Nordlys`, `analysts at Bernstein`).
    static func organisationNounBefore(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        let before = wordsBefore(s, at: start, count: 2, keepCase: true)
        guard let last = before.last else { return false }
        if bodyNouns.contains(last) || makersAndRivals.contains(last) { return true }
        return before.count == 2 && companyOpeners.contains(before[0].lowercasedFast + " " + last)
    }
    /// Nouns for a company before its name that a person's name does not follow (not `miner`,
    /// `maker`: `coal miner Joe Hart`; nor `supermarket`, as often an adjective: `a supermarket
    /// Grade A chicken`).
    static let makersAndRivals: WordSet = [
        "carmaker", "automaker", "chipmaker", "drugmaker", "planemaker", "steelmaker", "shipbuilder", "startup", "start-up",
        "supplier", "giant", "rival", "conglomerate",
    ]
    /// Two words before a name that make it a company's.
    static let companyOpeners: Set<String> = [
        "shares in", "shares of", "stake in", "analysts at", "economists at", "strategists at", "investors in",
    ]

    public var needsCorpusAfter: Bool { true }

    /// Merges names across the corpus and assigns ids; links quote speakers to entities.
    public func makeMerge() -> (any CorpusMerge)? { EntityMerge() }
    static func goodForm(_ s: String) -> Bool {
        s != s.lowercasedFast && (s != s.uppercased() || s.count <= 6)
    }

    /// `Dmitry Rogozin` → `dmitry-rogozin`, `Дмитрий Рогозин` → `dmitrii-rogozin` (see `Transliteration`).
    static func slug(_ name: String) -> String {
        var out = ""
        var dash = false
        for ch in Transliteration.ascii(name).unicodeScalars {
            if (ch.value >= 97 && ch.value <= 122) || (ch.value >= 48 && ch.value <= 57) {
                if dash && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(ch); dash = false
            } else { dash = true }
        }
        return out.isEmpty ? "entity" : out
    }
}

/// The entities stage's corpus step, streamed: documents contribute the distinct shapes of their
/// mentions (name, type, whether the surface looks like an acronym) with counts, the acronyms and
/// full person names they define; memory grows with the distinct names, not with the documents.
/// Everything gathered is order-free (sets and sums), so ids never depend on scheduling.
final class EntityMerge: CorpusMerge {
    /// What decides a mention's entity: its within-document name and type, and (for one-word
    /// names) whether its surface form looks like an acronym.
    struct Form: Hashable, Sendable {
        var key: String
        var type: EntityType
        var acronymShape: Bool

        init(key: String, type: EntityType, acronymShape: Bool) {
            self.key = key; self.type = type; self.acronymShape = acronymShape
        }

        init(_ m: Mention) {
            key = m.key
            type = m.type
            acronymShape = !m.key.utf8.contains(UInt8(ascii: " ")) && (m.text.utf8.contains(UInt8(ascii: ".")) || Form.inCapitals(m.text))
        }

        /// Written without a lower-case letter (`NATO`, `IE`, `U.N.`).
        static func inCapitals(_ text: String) -> Bool { !text.unicodeScalars.contains { $0.isLowerCase } }
    }

    struct Gathered: Sendable {
        /// Initials → multi-word non-person names with those initials (acronyms defined anywhere).
        var longByInitials: [String: Set<String>] = [:]
        /// Folded surname → the people (`PersonName.identity`) whose full names end with it.
        var surnames: [String: Set<String>] = [:]
        /// Last word of a multi-word organisation name (a team's nickname) → those names.
        var tails: [String: Set<String>] = [:]
        /// First word of a multi-word organisation name that begins with a town (`Indianapolis
        /// Colts`) → those names: the town alone, read as a team, is the club.
        var leads: [String: Set<String>] = [:]
        /// Initials → the long names with those initials that some document names beside the
        /// abbreviation itself: the evidence a short one needs to be linked across documents.
        var pairedInitials: [String: Set<String>] = [:]
        var forms: [Form: Int] = [:]
        /// Multi-word names read as a place in some mention: `Hampshire` the county side is not
        /// short for `New Hampshire` even where a team of that state is in the news.
        var places: Set<String> = []

        mutating func merge(_ other: Gathered) {
            places.formUnion(other.places)
            for (k, v) in other.longByInitials { longByInitials[k, default: []].formUnion(v) }
            for (k, v) in other.surnames { surnames[k, default: []].formUnion(v) }
            for (k, v) in other.tails { tails[k, default: []].formUnion(v) }
            for (k, v) in other.leads { leads[k, default: []].formUnion(v) }
            for (k, v) in other.pairedInitials { pairedInitials[k, default: []].formUnion(v) }
            for (k, v) in other.forms { forms[k, default: 0] += v }
        }
    }

    private let state = Locked(Gathered())
    /// Stands among a last word's bodies for one that word does not name alone (`Royal Society
    /// of Arts`, `Academy Internet` in a text writing `internet marketing`): with it, the word
    /// alone is no body's elsewhere (`Internet`).
    static let ambiguousTail = "\u{0}"
    /// Letters an abbreviation needs to be linked to a long name another document spells out.
    static let corpusInitialsMinLetters = 3

    func add(_ doc: Document) {
        guard !doc.mentions.isEmpty else { return }
        var local = Gathered()
        for m in doc.mentions { local.forms[Form(m), default: 0] += 1 }
        // (as written: a text that defines one, `Internet Explorer (IE)`, has already keyed it to the long name)
        let abbreviations = Set(doc.mentions.filter { m in !m.text.utf8.contains(UInt8(ascii: " ")) && Form.inCapitals(m.text) }
            .map { Acronym.letters($0.text) })
        // Every form is looked at, whatever order the dictionary gives: the sets make repeats free,
        // and skipping a key's later forms made the result depend on the hash seed of the run.
        var bytes: [UInt8] = []   // the text's, made when a body's last word is first asked of it
        for form in local.forms.keys {
            let words = form.key.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            if form.type != .person {
                let initials = Acronym.initials(words)
                local.longByInitials[initials, default: []].insert(form.key)
                if abbreviations.contains(initials) { local.pairedInitials[initials, default: []].insert(form.key) }
            }
            else {
                let identity = PersonName.identity(form.key)
                if identity.contains(" ") { local.surnames[PersonName.fold(words.last!), default: []].insert(identity) }   // `M. Bézier` names no one in full
            }
            // (A body qualified by a people, `Russian Internet`, `Islamic Taliban`, or joined to
            // another, `Network and Internet`, is not what its last word names elsewhere; nor is
            // one whose last word is what it is of, `Royal Society of Arts`, or a word its own
            // text writes in small letters, `Academy Internet` beside `internet marketing`.)
            if form.type == .org, let tail = words.last, tail.count >= 4, !NameHeads.run.contains(tail.lowercasedFast),
               Gazetteer.demonyms[words[0].folded] == nil, !words.contains(where: { $0 == "and" || $0 == "&" }) {
                // (such a body still makes the word ambiguous: it joins none; a town's team keeps
                // its nickname, the `Chiefs` of a text that also writes `police chiefs`)
                let team = tail.hasSuffix("s") && (1..<min(words.count, 3)).contains { Places.type(of: words[..<$0].joined(separator: " ")) != nil }
                if bytes.isEmpty { bytes = Array(doc.text.utf8) }
                let named = !words.contains("of") && (team || !EntitiesStage.writesInSmallLetters(bytes, tail))
                local.tails[tail.folded, default: []].insert(named ? form.key : EntityMerge.ambiguousTail)
            }
            if form.type == .gpe { local.places.insert(form.key) }
            if form.type == .org, Places.type(of: words[0]) != nil { local.leads[words[0].folded, default: []].insert(form.key) }
        }
        state.withLock { $0.merge(local) }
    }

    /// Everything gathered, keys and members sorted (so a part's bytes do not depend on the run).
    func export() -> [UInt8] {
        let g = state.withLock { $0 }
        var w = DocumentCodec.Writer()
        func sets(_ d: [String: Set<String>]) {
            w.int(d.count)
            for (k, v) in d.sorted(by: { $0.key < $1.key }) { w.string(k); w.int(v.count); for s in v.sorted() { w.string(s) } }
        }
        sets(g.longByInitials); sets(g.surnames); sets(g.tails); sets(g.leads); sets(g.pairedInitials)
        w.int(g.places.count)
        for p in g.places.sorted() { w.string(p) }
        let forms = g.forms.sorted { a, b in (a.key.key, a.key.type.rawValue, a.key.acronymShape ? 1 : 0) < (b.key.key, b.key.type.rawValue, b.key.acronymShape ? 1 : 0) }
        w.int(forms.count)
        for (f, n) in forms { w.string(f.key); w.raw(f.type); w.bool(f.acronymShape); w.int(n) }
        return w.bytes
    }

    func absorb(_ part: [UInt8]) throws {
        typealias R = DocumentCodec.Reader
        typealias E = DocumentCodec.DecodeError
        let other = try DocumentCodec.reading(part) { (r: inout R) throws(E) -> Gathered in
            func sets(_ r: inout R) throws(E) -> [String: Set<String>] {
                var d: [String: Set<String>] = [:]
                for _ in 0..<max(0, try r.int()) {
                    let k = try r.string()
                    d[k] = Set(try r.array { (r: inout R) throws(E) in try r.string() })
                }
                return d
            }
            var g = Gathered()
            g.longByInitials = try sets(&r); g.surnames = try sets(&r); g.tails = try sets(&r); g.leads = try sets(&r)
            g.pairedInitials = try sets(&r)
            g.places = Set(try r.array { (r: inout R) throws(E) in try r.string() })
            for _ in 0..<max(0, try r.int()) {
                let form = Form(key: try r.string(), type: try r.raw(), acronymShape: try r.bool())
                g.forms[form, default: 0] += try r.int()
            }
            return g
        }
        state.withLock { $0.merge(other) }
    }

    /// How many times more often one person must be named than any other sharing the surname
    /// before a bare surname elsewhere is taken to be them.
    static let dominance = 3

    /// Cluster key: persons by their folded name (transliteration variants folded); every other
    /// name by its folded form whatever its type in one mention (`Indianapolis` the city and the
    /// team's short name are one entity to readers of sports news; the type is the majority).
    /// The cluster a name joins: a person's identity, else its folded name, but for a state's
    /// name read as a body (`CALIFORNIA 60 66` in a table of results: the club), which is not
    /// the state and no vote on the state's type.
    static let personCluster = "person|"
    static func clusterKey(key: String, type: EntityType) -> String {
        if type == .person { return personCluster + PersonName.identity(key) }
        if type == .org, Places.usStates.contains(key.folded) { return "club|" + key.folded }
        return "name|" + key.folded
    }

    func resolve() -> any DocumentFinisher {
        let gathered = state.withLock { $0 }
        // A one-word name becomes the long name its acronym stands for, or the full name of the one
        // person in the corpus with that surname.
        var clusterOf: [Form: (cluster: String, key: String)] = [:]
        var display: [String: [String: Int]] = [:]   // cluster → name → count
        var typeVotes: [String: [EntityType: Int]] = [:]
        // A name read as a person in some mentions and as something else in others is one
        // entity (`New Orleans Saints`, `Barack Obama` in a title-case headline): it joins the
        // people or the other names, whichever most of its mentions are.
        var personShare: [String: Int] = [:]   // folded name → person mentions minus other mentions
        for (form, count) in gathered.forms { personShare[form.key.folded, default: 0] += form.type == .person ? count : -count }
        // On a tie, a name some mention reads as a body or a place is that (`the New Orleans
        // Saints` in one report, `New Orleans Saints fans` in another; `Xinhua`), else the person
        // (`Barack Obama` in a headline read as a name of no type): either way one entity.
        let readAsBody = Set(gathered.forms.keys.filter { [.org, .gpe, .loc].contains($0.type) }.map { $0.key.folded })
        // A bare surname shared by several people named in full is the one named far more often
        // (`Obama` is Barack Obama in a corpus that names Michelle Obama twice).
        var personCount: [String: Int] = [:]
        for (form, count) in gathered.forms where form.type == .person { personCount[PersonName.identity(form.key), default: 0] += count }
        // People some form of whose name opens with a first name (identities are folded past
        // the first-name list: `andy` reads `andi`).
        var firstNamed = Set<String>()
        for form in gathered.forms.keys where form.type == .person {
            if let first = form.key.split(separator: " ").first, FirstNames.isFirstName(String(first)) { firstNamed.insert(PersonName.identity(form.key)) }
        }
        func dominant(_ people: Set<String>) -> String? {
            if people.count == 1 { return people.first }
            let ranked = people.map { ($0, personCount[$0] ?? 0) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            return ranked[0].1 >= EntityMerge.dominance * max(1, ranked[1].1) ? ranked[0].0 : nil
        }
        // A group named in the plural is the group the singular names (`Russians`, `Russian`;
        // `East Europeans`, `East European`): one entity, under the singular.
        var groupSingular: [String: String] = [:]   // folded singular → its form
        for form in gathered.forms.keys where form.type == .norp { groupSingular[form.key.folded] = form.key }
        for (form, count) in gathered.forms {
            var key = form.key
            var type = form.type
            if type == .norp, key.hasSuffix("s"), let singular = groupSingular[String(key.folded.dropLast())] { key = singular }
            // (`M. Bézier`, `Mr Jenkin`: a title or an initial before a surname leaves it a surname)
            let oneWord = form.key.split(separator: " ").count == 1 || (form.type == .person && !PersonName.identity(form.key).contains(" "))
            // (Figures are never initials: "25GB", "MP3", "MS08-078". A place's initials resolve only
            // when dotted, as states and provinces are written: "N.H." is New Hampshire, but "HP" in
            // a computer story is not Himachal Pradesh from another, nor "SA" South Australia.)
            // (Across documents, one or two letters are too few to tell: `IT` in one story is not
            // the `Islamic Taliban` of another, nor `E` `The Effects`, unless some document names
            // the two side by side: `IE` and `Internet Explorer`.)
            if oneWord, form.acronymShape, !key.contains(where: \.isNumber), case let letters = Acronym.letters(key),
               let longs = gathered.longByInitials[letters], longs.count == 1, Gazetteer.byForm[key.folded] == nil,
               letters.count >= EntityMerge.corpusInitialsMinLetters || gathered.pairedInitials[letters]?.contains(longs.first!) == true {
                let isPlace = gathered.places.contains(longs.first!)
                if !isPlace || key.contains(".") { key = longs.first!; type = isPlace ? .gpe : .org }
            }
            // (also a town's name from the place list, Bush or Obama, but not a country or capital)
            let townName = type == .gpe && Gazetteer.byForm[key.folded] == nil && !Places.usStates.contains(key.folded)
            // (A word of no type joins only a full name a first name opens: `Internet` is not the
            // `Mass Internet` a headline's capitals made.)
            // (not `West`, `North`: a compass word alone is no surname another text's person lends it)
            if oneWord, type == .person || type == .other || townName, !MentionFinder.compassWords.contains(key.lowercased()),
               let full = gathered.surnames[PersonName.identity(key)].flatMap(dominant),
               type != .other || firstNamed.contains(full) {
                type = .person
                key = full   // folded; display name restored below
            } else if oneWord, !form.acronymShape, type == .org || type == .other || townName, let longs = gathered.tails[key.folded], longs.count == 1,
                      longs.first! != EntityMerge.ambiguousTail,
                      !gathered.places.contains(longs.first!), Places.type(of: key) == nil {
                // (a town is no nickname: `Hartlepool` is not `West Hartlepool`)
                // "Saints" in one report, "New Orleans Saints" in another.
                key = longs.first!; type = .org
            } else if oneWord, type == .org, let longs = gathered.leads[key.folded], longs.count == 1,
                      !(longs.first!.split(separator: " ").last.map { MentionFinder.orgHeads.contains($0.lowercased()) } ?? false) {
                // "Indianapolis" the team in one report, "Indianapolis Colts" in another (not the
                // "California Avocado Commission": a body is no team).
                key = longs.first!
            }
            let share = personShare[key.folded] ?? (type == .person ? 1 : -1)
            let asPerson = share > 0 || (share == 0 && !readAsBody.contains(key.folded))
            let cluster = EntityMerge.clusterKey(key: key, type: asPerson ? .person : type == .org ? .org : .other)
            clusterOf[form] = (cluster, key)
            display[cluster, default: [:]][key, default: 0] += count
            typeVotes[cluster, default: [:]][type, default: 0] += count
        }
        // Each entity's type is the one most of its mentions have (ties: the first in EntityType order).
        var types: [String: EntityType] = [:]
        for (cluster, allVotes) in typeVotes {
            // A name that joined the bodies and places is no person, however many mentions read it so.
            var votes = allVotes
            if !cluster.hasPrefix(EntityMerge.personCluster), votes.count > 1 { votes[.person] = nil }
            types[cluster] = votes.max { a, b in (a.value, EntityType.allCases.firstIndex(of: b.key)!) < (b.value, EntityType.allCases.firstIndex(of: a.key)!) }!.key
        }
        // Display name: the most frequent form that is not all lower-case (folded keys) nor all caps.
        var names: [String: String] = [:]
        for (cluster, counts) in display {
            let ranked = counts.sorted { a, b in
                let ga = EntitiesStage.goodForm(a.key), gb = EntitiesStage.goodForm(b.key)
                if ga != gb { return ga }
                if a.value != b.value { return a.value > b.value }
                if a.key.count != b.key.count { return a.key.count > b.key.count }
                return a.key < b.key
            }
            var name = ranked.first!.key
            if !EntitiesStage.goodForm(name) { name = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") }
            names[cluster] = name
        }
        // Ids from names. Two clusters whose names spell alike: the first in key order keeps the
        // plain id, the other a suffix from its own key (so it does not depend on what else the
        // corpus holds that night).
        var ids: [String: String] = [:]
        var taken: [String: String] = [:]
        for cluster in names.keys.sorted() {
            let type = types[cluster] ?? .other
            // A person's id leaves out initials and suffixes (`W. Mark Felt Sr.` → person:mark-felt).
            let idName = type == .person ? PersonName.core(names[cluster]!) : names[cluster]!
            let base = type.idPrefix + ":" + EntitiesStage.slug(idName)
            var id = base
            var salt = 0
            while let owner = taken[id], owner != cluster {
                var h = FNV1a()
                h.add(cluster); h.add(UInt64(salt))
                id = base + "-" + String(String(h.value, radix: 36).prefix(6))
                salt += 1
            }
            taken[id] = cluster
            ids[cluster] = id
        }
        var table: [Form: EntityFinisher.Entity] = [:]
        for (form, c) in clusterOf {
            table[form] = EntityFinisher.Entity(id: ids[c.cluster]!, name: names[c.cluster] ?? c.key, type: types[c.cluster] ?? form.type)
        }
        return EntityFinisher(entities: table)
    }
}

/// Gives each mention its corpus entity (id, canonical name, type) and links quote speakers.
struct EntityFinisher: DocumentFinisher {
    /// Whether the name between `from` and `to` is what the speaker phrase `words` is about (see
    /// `finish`): before it no preposition, but a possessor, a role or adjectives (`Coroner
    /// Gary Hargrove`, `the top U.S. HIV researcher`);
    /// after it nothing, an aside (`(CDC)`, `, …`), what it is of or where (`of Stockholm
    /// University`), or small words ending in a body's noun (`news agency`, `union`).
    static func heads(_ words: [WordToken], from: Int, to: Int) -> Bool {
        guard let first = words.firstIndex(where: { $0.end > from }) else { return false }
        var lead = Array(words[..<first])
        if let possessor = lead.lastIndex(where: { $0.text == "'s" || $0.text == "’s" }) { lead = Array(lead[(possessor + 1)...]) }
        guard !lead.contains(where: { NameLexicon.prepositions.contains($0.lower) }) else { return false }
        let rest = words.drop { $0.start < to }
        guard let next = rest.first else { return true }
        if ["(", ",", "—", "–"].contains(next.text) || NameLexicon.prepositions.contains(next.lower) { return true }
        return rest.allSatisfy { $0.kind == .word && !$0.isCapitalized } && NameLexicon.bodyNouns.contains(rest.last!.lower)
    }

    struct Entity: Sendable { var id: String; var name: String; var type: EntityType }
    let entities: [EntityMerge.Form: Entity]

    func finish(_ doc: inout Document) {
        for mi in doc.mentions.indices {
            guard let e = entities[EntityMerge.Form(doc.mentions[mi])] else { continue }
            doc.mentions[mi].entityID = e.id
            doc.mentions[mi].key = e.name
            doc.mentions[mi].type = e.type
        }
        guard doc.quotes.contains(where: { $0.speakerSpan != nil && !$0.anonymous }) else { return }
        let s = Array(doc.text.unicodeScalars)
        for qi in doc.quotes.indices {
            guard let span = doc.quotes[qi].speakerSpan, !doc.quotes[qi].anonymous else { continue }
            // The speaker is the name the phrase is about: after no preposition (`the state-run
            // Xinhua`, `The Washington Post's Howard Kurtz`, not `Friends of Kathryn Jenkin`), and
            // before nothing but what it is or what it is of (`Lars Eriksson of Stockholm
            // University`, `the Interfax news agency`, `the Centre for Disease Control (CDC) in the
            // US`); not a place or a body that only qualifies a description (`The Chicago-based
            // company`, `the US lawyers`, `The head of Microsoft's security team`).
            let words = WordTokenizer.tokenize(s, from: span.start, to: min(span.end, s.count))
            let m = doc.mentions.first { m in
                m.span.start < span.end && span.start < m.span.end && m.type != .norp && !(m.span.end < s.count && s[m.span.end] == "-")
                    && EntityFinisher.heads(words, from: m.span.start, to: m.span.end)
            }
            if let m {
                doc.quotes[qi].speakerEntity = m.entityID
                doc.quotes[qi].speaker = m.key
            }
        }
    }
}
