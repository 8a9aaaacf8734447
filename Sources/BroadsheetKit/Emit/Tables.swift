/// A column of an output table, as `datapackage.json` describes it.
public struct Column: Sendable {
    public enum FieldType: String, Sendable { case string, integer, boolean, date }
    public var name: String
    public var type: FieldType
    public var description: String
    /// False for columns written to JSONL only (the document text).
    public var inCSV = true
}

/// The seven tables of SCHEMA.md and the `warnings` table Broadsheet adds: columns and how a
/// document becomes rows.
public enum Tables {
    public static let documents: [Column] = [
        Column(name: "doc_id", type: .string, description: "path of the file relative to the input folder"),
        Column(name: "format", type: .string, description: "html or text"),
        Column(name: "title", type: .string, description: "headline"),
        Column(name: "url", type: .string, description: "canonical URL, where known"),
        Column(name: "site", type: .string, description: "publication name, where known"),
        Column(name: "published", type: .string, description: "publication date (ISO 8601)"),
        Column(name: "published_source", type: .string, description: "manifest, html-meta, json-ld, text or none"),
        Column(name: "updated", type: .string, description: "last-updated date the page states"),
        Column(name: "byline", type: .string, description: "author(s)"),
        Column(name: "language", type: .string, description: "ISO 639-1 code"),
        Column(name: "paragraphs", type: .integer, description: "paragraph count"),
        Column(name: "sentences", type: .integer, description: "sentence count"),
        Column(name: "words", type: .integer, description: "word count"),
        Column(name: "quotes", type: .integer, description: "quote count"),
        Column(name: "dates", type: .integer, description: "date expression count"),
        Column(name: "entities", type: .integer, description: "distinct entities mentioned"),
        Column(name: "sha256", type: .string, description: "hex digest of the raw input bytes"),
        Column(name: "status", type: .string, description: "ok, empty, partial, duplicate or failed"),
        Column(name: "status_detail", type: .string, description: "why the status is not ok"),
        Column(name: "duplicate_of", type: .string, description: "first doc_id carrying the same story"),
        Column(name: "encoding", type: .string, description: "character encoding the input was read as"),
        Column(name: "warnings", type: .integer, description: "rows in the warnings table"),
        Column(name: "source_chars", type: .integer, description: "characters of visible text in the input, site chrome included"),
        Column(name: "chars", type: .integer, description: "characters of the cleaned text"),
        Column(name: "text", type: .string, description: "cleaned article body, paragraphs separated by a blank line", inCSV: false),
    ]

    public static let sentences: [Column] = [
        Column(name: "doc_id", type: .string, description: "document"),
        Column(name: "sentence", type: .integer, description: "0-based index in the document"),
        Column(name: "paragraph", type: .integer, description: "0-based paragraph index"),
        Column(name: "start", type: .integer, description: "offset in Unicode scalars of the cleaned text"),
        Column(name: "end", type: .integer, description: "end offset, exclusive"),
        Column(name: "text", type: .string, description: "the sentence"),
        Column(name: "words", type: .integer, description: "word count"),
    ]

    public static let dates: [Column] = [
        Column(name: "doc_id", type: .string, description: "document"),
        Column(name: "sentence", type: .integer, description: "sentence index"),
        Column(name: "start", type: .integer, description: "offset"),
        Column(name: "end", type: .integer, description: "end offset, exclusive"),
        Column(name: "text", type: .string, description: "the expression"),
        Column(name: "type", type: .string, description: "DATE, TIME, DURATION or SET"),
        Column(name: "value", type: .string, description: "TIMEX3 value"),
        Column(name: "date", type: .date, description: "first calendar day of the period"),
        Column(name: "granularity", type: .string, description: "day, week, month, quarter, season, year, decade, century or none"),
        Column(name: "anchor", type: .date, description: "reference date used to resolve a relative expression"),
        Column(name: "resolution", type: .string, description: "absolute, relative, inferred or unresolved"),
        Column(name: "resolution_detail", type: .string, description: "why a relative expression is inferred or unresolved; for a date of another calendar, its conversion"),
    ]

    public static let quotes: [Column] = [
        Column(name: "doc_id", type: .string, description: "document"),
        Column(name: "quote", type: .integer, description: "0-based index in the document"),
        Column(name: "sentence", type: .integer, description: "first sentence the quote touches"),
        Column(name: "start", type: .integer, description: "offset of the quoted words"),
        Column(name: "end", type: .integer, description: "end offset, exclusive"),
        Column(name: "text", type: .string, description: "the quoted words (indirect: the reported clause)"),
        Column(name: "kind", type: .string, description: "direct, partial or indirect"),
        Column(name: "speaker", type: .string, description: "canonical speaker name or description"),
        Column(name: "speaker_entity", type: .string, description: "entity_id of the speaker"),
        Column(name: "speaker_text", type: .string, description: "words naming the speaker at this quote"),
        Column(name: "speaker_role", type: .string, description: "title or role the article gives"),
        Column(name: "anonymous", type: .boolean, description: "true when the source is unnamed"),
        Column(name: "cue", type: .string, description: "reporting verb or phrase"),
        Column(name: "attribution", type: .string, description: "cue, pronoun, continuation or none"),
    ]

    public static let entities: [Column] = [
        Column(name: "entity_id", type: .string, description: "stable readable id"),
        Column(name: "name", type: .string, description: "canonical name"),
        Column(name: "type", type: .string, description: "PERSON, ORG, GPE, LOC, NORP, EVENT, LAW or OTHER"),
        Column(name: "aliases", type: .string, description: "surface forms, |-separated, sorted"),
        Column(name: "documents", type: .integer, description: "documents mentioning it"),
        Column(name: "mentions", type: .integer, description: "mentions"),
    ]

    public static let mentions: [Column] = [
        Column(name: "doc_id", type: .string, description: "document"),
        Column(name: "entity_id", type: .string, description: "entity"),
        Column(name: "sentence", type: .integer, description: "sentence index"),
        Column(name: "start", type: .integer, description: "offset"),
        Column(name: "end", type: .integer, description: "end offset, exclusive"),
        Column(name: "text", type: .string, description: "surface form"),
    ]

    public static let errors: [Column] = [
        Column(name: "doc_id", type: .string, description: "document"),
        Column(name: "stage", type: .string, description: "stage that failed"),
        Column(name: "message", type: .string, description: "what went wrong"),
    ]

    public static let warnings: [Column] = [
        Column(name: "doc_id", type: .string, description: "document"),
        Column(name: "stage", type: .string, description: "stage that noticed"),
        Column(name: "message", type: .string, description: "what was repaired, refused or doubtful"),
    ]

    public static let all: [(name: String, columns: [Column])] = [
        ("documents", documents), ("sentences", sentences), ("dates", dates), ("quotes", quotes),
        ("entities", entities), ("mentions", mentions), ("errors", errors), ("warnings", warnings),
    ]

    // MARK: Rows

    public static func documentRow(_ d: Document) -> [Cell] {
        let m = d.effective
        let entityCount = Set(d.mentions.compactMap(\.entityID)).count
        let (status, detail) = d.reportedStatus
        return [
            .text(d.id), .text(d.format.rawValue), .text(m.title), .text(m.url), .text(m.site), .text(m.published),
            .text(m.published == nil ? DateSource.none.rawValue : m.publishedSource.rawValue), .text(m.updated), .text(m.byline),
            .text(m.language), .int(d.paragraphs.count), .int(d.sentences.count), .int(d.text.wordCount),
            .int(d.quotes.count), .int(d.dates.count), .int(entityCount), .text(d.sha256),
            .text(status.rawValue), .text(detail), .text(d.duplicateOf), .text(d.encoding.isEmpty ? nil : d.encoding), .int(d.warnings.count),
            .int(d.sourceChars), .int(d.text.scalarCount), .text(d.text),
        ]
    }

    public static func sentenceRows(_ d: Document) -> [[Cell]] {
        d.sentences.enumerated().map { i, s in
            [.text(d.id), .int(i), .int(s.paragraph), .int(s.span.start), .int(s.span.end), .text(s.text), .int(s.words)]
        }
    }

    public static func dateRows(_ d: Document) -> [[Cell]] {
        d.dates.map { x in
            [.text(d.id), .int(x.sentence), .int(x.span.start), .int(x.span.end), .text(x.text), .text(x.type.rawValue),
             .text(x.value), .text(x.date), .text(x.granularity.rawValue), .text(x.anchor), .text(x.resolution.rawValue),
             .text(x.resolutionDetail)]
        }
    }

    public static func quoteRows(_ d: Document) -> [[Cell]] {
        d.quotes.enumerated().map { i, q in
            [.text(d.id), .int(i), .int(q.sentence), .int(q.span.start), .int(q.span.end), .text(q.text), .text(q.kind.rawValue),
             .text(q.speaker), .text(q.speakerEntity), .text(q.speakerText), .text(q.speakerRole), .bool(q.anonymous),
             .text(q.cue), .text(q.attribution.rawValue)]
        }
    }

    public static func mentionRows(_ d: Document) -> [[Cell]] {
        d.mentions.compactMap { m in
            guard let id = m.entityID else { return nil }
            return [.text(d.id), .text(id), .int(m.sentence), .int(m.span.start), .int(m.span.end), .text(m.text)]
        }
    }

    public static func errorRows(_ d: Document) -> [[Cell]] {
        d.errors.map { [.text(d.id), .text($0.stage), .text($0.message)] }
    }

    public static func warningRows(_ d: Document) -> [[Cell]] {
        d.warnings.map { [.text(d.id), .text($0.stage), .text($0.message)] }
    }

}

/// The `entities` table, gathered while documents stream past (memory grows with the distinct
/// entities, not with the documents).
public struct EntityTable: Sendable {
    struct Entry: Sendable { var name: String; var type: EntityType; var aliases: Set<String>; var documents: Int; var mentions: Int }
    private var entries: [String: Entry] = [:]

    public init() {}

    public mutating func add(_ d: Document) {
        var seen = Set<String>()
        for m in d.mentions {
            guard let id = m.entityID else { continue }
            entries[id, default: Entry(name: m.key, type: m.type, aliases: [], documents: 0, mentions: 0)].aliases.insert(m.text)
            entries[id]!.mentions += 1
            if seen.insert(id).inserted { entries[id]!.documents += 1 }
        }
    }

    /// Adds another share (a document's, gathered elsewhere): names and types of the first share win.
    public mutating func merge(_ other: EntityTable) {
        for (id, e) in other.entries {
            if var mine = entries[id] {
                mine.aliases.formUnion(e.aliases)
                mine.documents += e.documents
                mine.mentions += e.mentions
                entries[id] = mine
            } else {
                entries[id] = e
            }
        }
    }

    /// Rows ordered by entity id.
    public func rows() -> [[Cell]] {
        entries.keys.sorted().map { id in
            let e = entries[id]!
            return [.text(id), .text(e.name), .text(e.type.rawValue), .text(e.aliases.sorted().joined(separator: "|")),
                    .int(e.documents), .int(e.mentions)]
        }
    }
}
