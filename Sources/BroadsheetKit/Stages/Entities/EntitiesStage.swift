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
        var mentions = try MentionFinder(s: s, sentences: doc.sentences).find()
        for k in mentions.indices {
            if let (canonical, type) = aliases[mentions[k].text.folded] ?? aliases[mentions[k].key.folded] {
                mentions[k].key = canonical
                if let type { mentions[k].type = type }
            }
        }
        doc.mentions = mentions
    }

    public var needsCorpusAfter: Bool { true }

    /// Merges names across the corpus and assigns ids; links quote speakers to entities.
    public func finish(corpus docs: inout [Document], parallel: ParallelRunner) {
        // Cluster key: type and folded name; persons fold transliteration variants.
        @Sendable func clusterKey(_ m: Mention) -> String {
            m.type == .person ? "person|" + PersonName.fold(m.key) : m.type.idPrefix + "|" + m.key.folded
        }
        // Acronyms defined anywhere in the corpus: initials → long-name cluster key.
        var longByInitials: [String: Set<String>] = [:]
        var surnames: [String: Set<String>] = [:]
        for d in docs {
            for m in d.mentions {
                let words = m.key.split(separator: " ").map(String.init)
                if words.count >= 2, m.type != .person { longByInitials[Acronym.initials(words), default: []].insert(m.key) }
                if m.type == .person, words.count >= 2 { surnames[PersonName.fold(words.last!), default: []].insert(PersonName.fold(m.key)) }
            }
        }
        var display: [String: [String: Int]] = [:]   // cluster → name → count
        var types: [String: EntityType] = [:]
        for di in docs.indices {
            for mi in docs[di].mentions.indices {
                var m = docs[di].mentions[mi]
                let words = m.key.split(separator: " ")
                if words.count == 1, m.text == m.text.uppercased() || m.text.contains(".") {
                    if let longs = longByInitials[Acronym.letters(m.key)], longs.count == 1, Gazetteer.byForm[m.key.folded] == nil {
                        m.key = longs.first!; m.type = .org
                    }
                }
                if words.count == 1, m.type == .person || m.type == .other,
                   let full = surnames[PersonName.fold(m.key)], full.count == 1 {
                    m.type = .person
                    m.key = full.first!   // folded; display name restored below
                }
                docs[di].mentions[mi] = m
                let key = clusterKey(m)
                display[key, default: [:]][m.key, default: 0] += 1
                types[key] = types[key] ?? m.type
            }
        }
        // Display name: the most frequent form that is not all lower-case (folded keys) nor all caps.
        var names: [String: String] = [:]
        for (key, counts) in display {
            let ranked = counts.sorted { a, b in
                let ga = goodForm(a.key), gb = goodForm(b.key)
                if ga != gb { return ga }
                if a.value != b.value { return a.value > b.value }
                if a.key.count != b.key.count { return a.key.count > b.key.count }
                return a.key < b.key
            }
            var name = ranked.first!.key
            if !goodForm(name) { name = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") }
            names[key] = name
        }
        // Ids from names; two clusters with one slug get a numeric suffix in key order.
        var ids: [String: String] = [:]
        var taken: [String: String] = [:]
        for key in names.keys.sorted() {
            let type = types[key] ?? .other
            var id = type.idPrefix + ":" + slug(names[key]!)
            var n = 2
            while let owner = taken[id], owner != key { id = type.idPrefix + ":" + slug(names[key]!) + "-\(n)"; n += 1 }
            taken[id] = key
            ids[key] = id
        }
        let idOf = ids, nameOf = names, typeOf = types
        parallel.update(&docs) { doc in
            for mi in doc.mentions.indices {
                let key = clusterKey(doc.mentions[mi])
                doc.mentions[mi].entityID = idOf[key]
                doc.mentions[mi].key = nameOf[key] ?? doc.mentions[mi].key
                doc.mentions[mi].type = typeOf[key] ?? doc.mentions[mi].type
            }
            for qi in doc.quotes.indices {
                guard let span = doc.quotes[qi].speakerSpan, !doc.quotes[qi].anonymous else { continue }
                if let m = doc.mentions.first(where: { $0.span.start < span.end && span.start < $0.span.end && $0.type != .norp }) {
                    doc.quotes[qi].speakerEntity = m.entityID
                    doc.quotes[qi].speaker = m.key
                }
            }
        }
    }

    private func goodForm(_ s: String) -> Bool {
        s != s.lowercasedFast && (s != s.uppercased() || s.count <= 6)
    }

    /// `Dmitry Rogozin` → `dmitry-rogozin`.
    func slug(_ name: String) -> String {
        var out = ""
        var dash = false
        for ch in name.folded.unicodeScalars {
            if (ch.value >= 97 && ch.value <= 122) || (ch.value >= 48 && ch.value <= 57) {
                if dash && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(ch); dash = false
            } else { dash = true }
        }
        return out.isEmpty ? "x" : out
    }
}
