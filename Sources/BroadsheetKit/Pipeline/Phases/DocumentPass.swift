import Foundation
import Logging

/// Phase 4, the per-document pass: every per-document stage over each document, concurrently, or
/// the cached result when nothing it depends on changed. Each result goes to the work file and to
/// the corpus merges that follow.
struct DocumentPass {
    let stages: [any PipelineStage]
    let cache: DocumentCache?
    let useCache: Bool
    /// Seconds one document may take (0: no limit).
    let timeBudget: Double
    let rawText: Bool
    let logger: Logger
    /// Also copy cached results into the work file (a shard's results must outlive its job).
    var spillReused = false

    struct Outcome: Sendable {
        var location = SpillFile.Location(offset: 0, count: 0)
        /// Taken from the cache (and, unless `spillReused`, read back from it by `key`).
        var reused = false
        var failed = false
        var failedRun = false
        /// Seconds per stage, in `stages` order (empty when reused).
        var times: [Double] = []
        var spillError: String?
    }

    /// `ingested(i)`: the ingested document from the work file, nil to read the file again.
    func run(_ files: [InputFile], keys: [String], manifest: Manifest, ingested: @escaping @Sendable (Int) -> Document?,
             merges: [any CorpusMerge], spill: SpillFile, parallel: ParallelRunner, tick: @escaping @Sendable () -> Void) -> [Outcome] {
        let stages = self.stages, cache = self.cache, useCache = self.useCache, budget = timeBudget
        let rawText = self.rawText, logger = self.logger, spillReused = self.spillReused
        return parallel.map(count: files.count) { i in
            defer { tick() }
            var outcome = Outcome()
            // A cached document feeds the merges from its cached part, without being decoded; it is
            // read once, when the tables are written.
            // (A part is first read into empty merges: a damaged one is a cache miss, never half absorbed.)
            if useCache, let cache, let part = cache.mergePart(keys[i]),
               (try? CorpusMergePhase.absorb(part, into: stages.compactMap { $0.makeMerge() })) != nil {
                do { try CorpusMergePhase.absorb(part, into: merges) } catch { outcome.spillError = "\(error)" }
                outcome.reused = true
                if spillReused {
                    guard let record = cache.recordBytes(keys[i]) else {
                        outcome.spillError = "the cached result \(keys[i]) vanished during the run"
                        return outcome
                    }
                    do { outcome.location = try spill.append(record) } catch { outcome.spillError = "\(error)" }
                }
                return outcome
            }
            var doc = ingested(i) ?? Ingestor.read(files[i], manifest: manifest.entries[files[i].id], notes: manifest.notes[files[i].id] ?? [],
                                                   rawText: rawText)
            TimeBudget.start(seconds: budget)
            for stage in stages {
                let t0 = DispatchTime.now().uptimeNanoseconds
                DocumentPass.apply(stage, to: &doc)
                outcome.times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
            }
            TimeBudget.clear()
            doc.blocks = []
            doc.containers = []
            doc.declaredBody = nil
            let record = DocumentCodec.encode(doc)
            // The document's own part of the merges, the same bytes a later run takes from the cache.
            let own = stages.compactMap { $0.makeMerge() }
            for m in own { m.add(doc) }
            let part = CorpusMergePhase.export(own)
            do { try CorpusMergePhase.absorb(part, into: merges) } catch { outcome.spillError = "\(error)" }
            if !doc.failed && doc.errors.isEmpty { cache?.store(record, mergePart: part, key: keys[i]) }
            // Repairs and refusals (libxml2's messages among them) reach the log below warning
            // level, so `--quiet` keeps cron mail to real trouble; the warnings table keeps them all.
            for w in doc.warnings { logger.notice("\(w.message)", metadata: ["doc": "\(doc.id)", "stage": "\(w.stage)"]) }
            outcome.failed = !doc.errors.isEmpty
            outcome.failedRun = doc.failed
            do { outcome.location = try spill.append(record) } catch { outcome.spillError = "\(error)" }
            return outcome
        }
    }

    /// Runs one stage on one document; a throw becomes an `errors` row and the document keeps what
    /// earlier stages produced.
    static func apply(_ stage: any PipelineStage, to doc: inout Document) {
        guard !doc.failed else { return }
        var copy = doc
        do {
            try stage.process(&copy)
            doc = copy
        } catch {
            doc.errors.append(DocumentError(stage: stage.name, message: "\(error)"))
        }
    }
}

/// Phase 5, the corpus merge: the streamed corpus steps (entity ids, copies of one story) are
/// resolved once every document has been added, into finishers applied to each document as the
/// tables are written. On a cluster each shard `export`s its merges and one job `absorb`s them all.
enum CorpusMergePhase {
    static func resolve(_ merges: [any CorpusMerge]) -> [any DocumentFinisher] {
        merges.map { $0.resolve() }
    }

    /// Every merge's gathered state in one record (a shard's part).
    static func export(_ merges: [any CorpusMerge]) -> [UInt8] {
        var w = DocumentCodec.Writer()
        w.int(merges.count)
        for m in merges { let bytes = m.export(); w.int(bytes.count); w.bytes.append(contentsOf: bytes) }
        return w.bytes
    }

    /// Adds a shard's part (from `export` with the same config) to `merges`.
    static func absorb(_ part: [UInt8], into merges: [any CorpusMerge]) throws {
        typealias R = DocumentCodec.Reader
        let parts = try DocumentCodec.reading(part) { (r: inout R) throws(DocumentCodec.DecodeError) in
            try r.array { (r: inout R) throws(DocumentCodec.DecodeError) -> [UInt8] in
                let n = try r.int()
                guard n >= 0, n <= r.buf.count - r.at else { throw .init(description: "merge part cut short") }
                defer { r.at += n }
                return Array(r.buf[r.at..<(r.at + n)])
            }
        }
        guard parts.count == merges.count else { throw StageFailure("a shard's merge part has \(parts.count) steps, this config \(merges.count)") }
        for (m, p) in zip(merges, parts) { try m.absorb(p) }
    }
}
