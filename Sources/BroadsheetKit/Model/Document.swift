/// A half-open range of Unicode scalar offsets into a document's cleaned `text`
/// (Python slicing semantics: `text[start:end]`).
public struct ScalarSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public var length: Int { end - start }
}

/// How a document was read.
public enum DocumentFormat: String, Sendable, Codable {
    case html, text
}

/// Where the publication date came from (SCHEMA: `published_source`).
public enum DateSource: String, Sendable, Codable {
    case manifest, htmlMeta = "html-meta", jsonLD = "json-ld", text, none
}

/// Page-level facts: what the manifest, the page's metadata or the text itself say.
public struct Metadata: Sendable, Hashable, Codable {
    public var title: String?
    public var url: String?
    public var site: String?
    /// ISO 8601 date or date-time, as found (normalised to `YYYY-MM-DD[THH:MM:SS…]`).
    public var published: String?
    public var publishedSource: DateSource = .none
    public var updated: String?
    public var byline: String?
    public var language: String?
    public init() {}
}

extension Metadata {
    /// Known to be in another language than English: the stages that read English words (dates'
    /// tense, sentence openers) read that language's forms too, or say what they could not read.
    public var isOtherThanEnglish: Bool { Metadata.isOtherThanEnglish(language) }
    public static func isOtherThanEnglish(_ language: String?) -> Bool { language.map { $0 != "en" } ?? false }
}

/// One block of source text before cleaning: a paragraph-like HTML element or a text line,
/// with the features the boilerplate scorer needs. Produced by ingest, consumed by clean.
public struct SourceBlock: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case heading, paragraph, listItem, quote, preformatted, other, line }
    public var kind: Kind
    public var text: String
    /// Characters of text inside links.
    public var linkChars: Int
    /// Id of the innermost enclosing container element, -1 for none (HTML only); the chain
    /// follows `SourceContainer.parent`.
    public var container: Int32
    /// Heading level for `heading` blocks (1–6), else 0.
    public var level: Int
    /// True when this text line was followed by a blank line in the source (text only).
    public var blankAfter: Bool
    public init(kind: Kind, text: String, linkChars: Int = 0, container: Int32 = -1, level: Int = 0, blankAfter: Bool = false) {
        self.kind = kind; self.text = text; self.linkChars = linkChars
        self.container = container; self.level = level; self.blankAfter = blankAfter
    }
}

/// An HTML container element (div, article, section, …) with the hints the scorer weighs.
public struct SourceContainer: Sendable, Hashable, Codable {
    public var tag: String
    /// Lower-cased `class`, `id`, `role`, `itemprop` and `data-component`/`data-testid` values
    /// joined by a space.
    public var hints: String
    public var parent: Int32
    public init(tag: String, hints: String, parent: Int32) { self.tag = tag; self.hints = hints; self.parent = parent }
}

public struct Sentence: Sendable, Hashable, Codable {
    public var paragraph: Int
    public var span: ScalarSpan
    public var text: String
    public var words: Int
}

extension Array where Element == Sentence {
    /// The index of the sentence that holds `offset` (the last one starting at or before it; 0
    /// before the first), by binary search over the sentences in text order.
    func index(holding offset: Int) -> Int {
        var lo = 0, hi = count - 1, found = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if self[mid].span.start <= offset { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return found
    }
}

public enum TimexType: String, Sendable, Codable { case date = "DATE", time = "TIME", duration = "DURATION", set = "SET" }

public enum Granularity: String, Sendable, Codable {
    case day, week, month, quarter, season, year, decade, century, none
}

public enum Resolution: String, Sendable, Codable { case absolute, relative, inferred, unresolved }

public struct DateMention: Sendable, Hashable, Codable {
    public var sentence: Int
    public var span: ScalarSpan
    public var text: String
    public var type: TimexType
    public var value: String
    public var date: String?
    public var granularity: Granularity
    public var anchor: String?
    public var resolution: Resolution
    /// Why a relative expression is `inferred` or `unresolved`.
    public var resolutionDetail: String? = nil
}

public enum QuoteKind: String, Sendable, Codable { case direct, partial, indirect }
public enum Attribution: String, Sendable, Codable { case cue, pronoun, continuation, none }

public struct Quote: Sendable, Hashable, Codable {
    public var sentence: Int
    public var span: ScalarSpan
    public var text: String
    public var kind: QuoteKind
    public var speaker: String?
    public var speakerEntity: String?
    public var speakerText: String?
    public var speakerRole: String?
    public var anonymous: Bool
    public var cue: String?
    public var attribution: Attribution
    /// Where the words naming the speaker (or the antecedent of a pronoun) stand; lets the
    /// entities stage link the speaker to an entity.
    public var speakerSpan: ScalarSpan?

    /// The `cue` of a quote whose speaker a transcript names before a colon (`PENCE: Well, …`):
    /// that label is a person, whatever its capitals suggest.
    public static let transcriptCue = ":"
}

public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person = "PERSON", org = "ORG", gpe = "GPE", loc = "LOC", norp = "NORP", event = "EVENT", law = "LAW", other = "OTHER"

    /// The prefix of readable entity ids (`person:dmitry-rogozin`).
    public var idPrefix: String {
        switch self {
        case .person: "person"
        case .org: "org"
        case .gpe: "gpe"
        case .loc: "loc"
        case .norp: "norp"
        case .event: "event"
        case .law: "law"
        case .other: "other"
        }
    }
}

/// One mention of a named thing. `key` is the within-document canonical name the entities stage
/// chose; `entityID` is filled when the corpus-level merge has run.
public struct Mention: Sendable, Hashable, Codable {
    public var sentence: Int
    public var span: ScalarSpan
    public var text: String
    public var type: EntityType
    public var key: String
    public var entityID: String?
}

/// A stage failure kept as data (SCHEMA: `errors`); also the form of a warning (the `warnings`
/// table): something repaired or doubtful that did not stop the document.
public struct DocumentError: Sendable, Hashable, Codable {
    public var stage: String
    public var message: String
    public init(stage: String, message: String) { self.stage = stage; self.message = message }
}

/// Whether a document's row can be trusted as it stands (SCHEMA: `documents.status`).
public enum DocumentStatus: String, Sendable, Codable, CaseIterable {
    /// The article text was found.
    case ok
    /// No article text was found.
    case empty
    /// Far less text than the page visibly holds was kept.
    case partial
    /// The same story as an earlier document (`duplicate_of`).
    case duplicate
    /// A stage failed (see `errors`).
    case failed
}

/// One input document as it flows through the pipeline. Each stage fills its own part;
/// stages know each other only through this value.
public struct Document: Sendable, Codable, Equatable {
    public var id: String
    public var format: DocumentFormat
    public var sha256: String = ""
    public var bytes: Int = 0
    /// Characters (Unicode scalars) of visible text in the input before cleaning: markup, scripts
    /// and styles left out, site chrome still in (what the cleaner removed is this minus `text`).
    public var sourceChars: Int = 0
    public var meta = Metadata()
    /// Metadata given by `manifest.csv`; wins over what the document says.
    public var manifest = Metadata()
    /// Ingested blocks awaiting cleaning (released once `text` is built).
    public var blocks: [SourceBlock] = []
    public var containers: [SourceContainer] = []
    /// The article body the page declares in its JSON-LD (`articleBody`), for the cleaner when the
    /// page itself shows far less (a page drawn by scripts); released with `blocks`.
    public var declaredBody: String?
    /// Cleaned article body: paragraphs joined by one blank line.
    public var text: String = ""
    /// Paragraph spans in `text`.
    public var paragraphs: [ScalarSpan] = []
    public var sentences: [Sentence] = []
    public var dates: [DateMention] = []
    public var quotes: [Quote] = []
    public var mentions: [Mention] = []
    public var errors: [DocumentError] = []
    /// Repairs and doubts that did not stop the document (bad bytes, refused metadata…).
    public var warnings: [DocumentError] = []
    /// Set when ingest could not read the document: later stages skip it.
    public var failed = false
    /// The character encoding the input was read as (`utf-8`, `windows-1251`, …).
    public var encoding = ""
    /// What the stages found of the text (`empty`, `partial`), with a reason; `ok` otherwise. The
    /// reported status also reflects errors and `duplicateOf` (see `reportedStatus`).
    public var status: DocumentStatus = .ok
    public var statusDetail: String?
    /// The first document (in `doc_id` order) carrying the same story, for syndicated copies.
    public var duplicateOf: String?

    public init(id: String, format: DocumentFormat) {
        self.id = id
        self.format = format
    }

    /// Replaces the body with `paragraphs` and recomputes paragraph spans.
    public mutating func setParagraphs(_ paras: [String]) {
        var out = ""
        var spans: [ScalarSpan] = []
        var offset = 0
        for (i, p) in paras.enumerated() {
            if i > 0 { out += "\n\n"; offset += 2 }
            let n = p.unicodeScalars.count
            spans.append(ScalarSpan(offset, offset + n))
            out += p
            offset += n
        }
        text = out
        paragraphs = spans
    }

    /// The status a reader sees: failed when a stage failed, then what the stages found (empty,
    /// partial), then duplicate for a copy of an earlier document.
    public var reportedStatus: (status: DocumentStatus, detail: String?) {
        if let e = errors.first { return (.failed, "\(e.stage): \(e.message)") }
        if status != .ok { return (status, statusDetail) }
        if text.isEmpty { return (.empty, statusDetail ?? "no text") }
        if let original = duplicateOf { return (.duplicate, "same story as \(original)") }
        return (.ok, nil)
    }

    /// Records a warning from `stage`.
    public mutating func warn(_ stage: String, _ message: String) {
        warnings.append(DocumentError(stage: stage, message: message))
    }

    /// The effective metadata: manifest values win over the document's own.
    public var effective: Metadata {
        var m = meta
        if let t = manifest.title { m.title = t }
        if let u = manifest.url { m.url = u }
        if let s = manifest.site { m.site = s }
        if let b = manifest.byline { m.byline = b }
        if let p = manifest.published { m.published = p; m.publishedSource = .manifest }
        return m
    }
}
