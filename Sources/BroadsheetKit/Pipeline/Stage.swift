/// Every document's corpus observation, fetched on demand (in a run they wait on disk, so memory
/// does not grow with the corpus). Each `forEach` is a full pass; a stage may make several.
public struct ObservationSource: Sendable {
    public let count: Int
    /// Hashes over all observations (to size what a pass builds).
    public let totalItems: Int
    let fetch: @Sendable (Int) -> [UInt64]

    public init(count: Int, totalItems: Int, fetch: @escaping @Sendable (Int) -> [UInt64]) {
        self.count = count
        self.totalItems = totalItems
        self.fetch = fetch
    }

    public init(_ all: [[UInt64]]) {
        self.init(count: all.count, totalItems: all.reduce(0) { $0 + $1.count }, fetch: { all[$0] })
    }

    public func forEach(_ body: ([UInt64]) -> Void) {
        for i in 0..<count { body(fetch(i)) }
    }
}

/// What a stage reads from or adds to the document model. Checked when the config loads, so a
/// config that runs `quotes` without `segment` fails before any work.
public enum Capability: String, Sendable, Hashable, Comparable, CaseIterable {
    /// `Document.text` and paragraphs exist (ingest gives a raw version, clean a clean one).
    case text
    case cleanText = "clean-text"
    case sentences
    case dates
    case quotes
    case entities

    public static func < (a: Capability, b: Capability) -> Bool { a.rawValue < b.rawValue }
}

/// A stage's options: decoded strictly from `pipeline.json`, every key defaulted by `init()`.
/// Keys are the snake_case forms of the property names.
public protocol StageOptions: Codable, Sendable {
    init()
    /// One line of help per option key, for `broadsheet stages`.
    static var help: [String: String] { get }
}

/// Facts about the whole run that every stage may read.
public struct RunContext: Sendable {
    /// Fallback anchor for relative dates when a document has no publication date.
    public var referenceDate: CivilDate?
    /// Folder of the config file, for options that name files.
    public var configDirectory: String
    public var workers: Int
    public init(referenceDate: CivilDate? = nil, configDirectory: String = ".", workers: Int = 1) {
        self.referenceDate = referenceDate
        self.configDirectory = configDirectory
        self.workers = workers
    }
}

/// A corpus step after the per-document work, streamed so that documents need not be held: every
/// processed document is `add`ed (from any worker, in any order: the result must not depend on
/// the order), then `resolve` turns what was gathered into a finisher applied to each document
/// as it is written out.
public protocol CorpusMerge: AnyObject, Sendable {
    func add(_ doc: Document)
    func resolve() -> any DocumentFinisher
    /// What has been gathered so far, as bytes: a shard's part of the corpus step. `absorb`ing the
    /// parts of every shard gives the state that adding all their documents to one merge gives.
    func export() -> [UInt8]
    func absorb(_ part: [UInt8]) throws
}

/// The per-document half of a corpus step (entity ids, say), applied at emit time.
public protocol DocumentFinisher: Sendable {
    func finish(_ doc: inout Document)
}

/// A pipeline step. Per-document work happens in `process`, concurrently across documents; a stage
/// that needs the whole corpus overrides `prepare` (a barrier before its per-document work) or
/// `makeMerge` (a streamed step after it).
public protocol PipelineStage: Sendable {
    var name: String { get }
    /// True when `prepare` must see every document before `process` runs.
    var needsCorpusBefore: Bool { get }
    /// True when the stage has a corpus step after every document has been processed (`makeMerge`).
    var needsCorpusAfter: Bool { get }
    /// What a document contributes to the corpus statistics `prepare` needs (small hashes, so that
    /// the cache can keep them without the document).
    func observe(_ doc: Document) -> [UInt64]
    /// Builds the corpus statistics from every document's observation (one per distinct content).
    mutating func prepare(observations: ObservationSource, parallel: ParallelRunner)
    /// The part of the corpus statistics that can change this document's result (a cache key part).
    func corpusSignature(_ observation: [UInt64]) -> UInt64
    /// The statistics `prepare` built, as bytes: on a cluster one job builds them and every shard
    /// `restoreCorpusState`s them (exactly: a shard then cleans as a one-machine run would).
    func corpusState() -> [UInt8]
    mutating func restoreCorpusState(_ state: [UInt8]) throws
    func process(_ doc: inout Document) throws
    /// A fresh accumulator for the corpus step after per-document work, or nil for none.
    func makeMerge() -> (any CorpusMerge)?
    /// Extra input the stage reads besides its options (an aliases file): part of the cache key.
    var cacheSalt: String { get }
}

extension PipelineStage {
    public var needsCorpusBefore: Bool { false }
    public var needsCorpusAfter: Bool { false }
    public func observe(_ doc: Document) -> [UInt64] { [] }
    public mutating func prepare(observations: ObservationSource, parallel: ParallelRunner) {}

    /// `prepare` over observations held in memory (tests, fuzzing).
    public mutating func prepare(observations: [[UInt64]], parallel: ParallelRunner) {
        prepare(observations: ObservationSource(observations), parallel: parallel)
    }
    public func corpusSignature(_ observation: [UInt64]) -> UInt64 { 0 }
    public func corpusState() -> [UInt8] { [] }
    public mutating func restoreCorpusState(_ state: [UInt8]) throws {}
    public func makeMerge() -> (any CorpusMerge)? { nil }

    /// The corpus step over documents held in memory (tests, fuzzing): merge all, finish each.
    public func finish(corpus docs: inout [Document], parallel: ParallelRunner) {
        guard let merge = makeMerge() else { return }
        for d in docs { merge.add(d) }
        let finisher = merge.resolve()
        parallel.update(&docs) { finisher.finish(&$0) }
    }
    public var cacheSalt: String { "" }
}

/// A step type as the registry knows it: name, contract and options. Every step of
/// `pipeline.json` is one: the per-document stages and the table writer (a sink).
public protocol RegisteredStep: Sendable {
    associatedtype Options: StageOptions
    static var name: String { get }
    static var summary: String { get }
    static var needs: [Capability] { get }
    static var provides: [Capability] { get }
    init(options: Options, context: RunContext) throws
}

/// A per-document stage as the registry knows it.
public protocol RegisteredStage: RegisteredStep, PipelineStage {}

extension RegisteredStage {
    public var name: String { Self.name }
}

/// A failure inside one document's stage, recorded as an `errors` row.
public struct StageFailure: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
