import Foundation
import Logging
import Synchronization

public enum Broadsheet {
    public static let version = "0.1.0"

    /// Identity of the running build: the linker's GNU build ID of the executable (a hash of the
    /// linked program), else the SHA-256 of the file, first 16 hex digits. Cached results are keyed
    /// on it, so an upgrade recomputes what the new program would compute differently, with no
    /// version string to remember to bump. (Hashing the 16 MB file cost every run 30 ms.)
    public static let build: String = {
        if let id = ExecutableBuildID.read(), id.count >= 8 { return id.map { String(format: "%02x", $0) }.joined().prefix(16).description }
        guard let data = FileManager.default.contents(atPath: "/proc/self/exe"), !data.isEmpty else { return "version-" + version }
        return String(SHA256.hex(of: Array(data)).prefix(16))
    }()
}

/// How a run ended, mapped to the sysexits codes cron wrappers know.
public enum RunOutcome: Sendable, Equatable {
    case ok
    case someDocumentsFailed(Int)
    case locked(String)
    case configError(String)
    case ioError(String)

    public var exitCode: Int32 {
        switch self {
        case .ok: 0
        case .someDocumentsFailed: 1
        case .locked: 75
        case .configError: 78
        case .ioError: 74
        }
    }
}

/// Runs a configured pipeline: ingest and per-document stages concurrently, corpus barriers where
/// a stage asks for one, then emit. The only place that sequences phases.
public struct PipelineRunner {
    public let config: PipelineConfig
    public let workers: Int
    public let logger: Logger
    public let progress: ProgressReporter?

    /// Keep per-document results between runs (`--full` still refreshes them).
    public let useCache: Bool
    /// Ignore cached results: process every document.
    public let full: Bool
    /// Identity of the program, part of every cache key (`Broadsheet.build`; tests set another to
    /// play an upgrade).
    public var program: String = Broadsheet.build
    /// Ingested pages wait in the spill file up to this many bytes; past it they are read again
    /// when their turn comes (bounds the work file's disk use on a first run over a huge folder).
    public var ingestSpillBudget: Int64 = 2 << 30

    public init(config: PipelineConfig, workers: Int? = nil, logger: Logger, progress: ProgressReporter? = nil,
                useCache: Bool = true, full: Bool = false) {
        self.config = config
        self.useCache = useCache
        self.full = full
        self.workers = max(1, workers ?? config.workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.logger = logger
        self.progress = progress
    }

    /// Runs the pipeline over the input folder and writes the output folder.
    public func run() -> RunOutcome {
        let started = Date()
        let output = OutputFolder(path: config.output)
        if let refused = output.takeForRun() { return refused }
        defer { output.unlock() }

        let listing = InputCatalog.list(config.input, followOutside: config.followOutsideLinks)
        for note in listing.skipped { logger.warning("\(note)") }
        if let note = listing.notReadNote { logger.warning("\(note)") }
        let files = listing.files
        let manifest = InputCatalog.manifest(config.input)
        for p in manifest.problems { logger.warning("\(p)") }
        let ids = Set(files.map(\.id))
        for (id, line) in manifest.lines.sorted(by: { $0.value < $1.value }) where !ids.contains(id) {
            logger.warning("manifest.csv line \(line): doc_id '\(id)' matches no input file")
        }
        logger.info("run started", metadata: ["documents": "\(files.count)", "workers": "\(workers)", "input": "\(config.input)"])

        let cache = useCache ? DocumentCache(outputFolder: config.output, program: program) : nil
        let ledger = cache.flatMap { OutputLedger.load(cacheFolder: $0.root) }
        let result: Processed
        do { result = try process(files, manifest: manifest, cache: cache, full: full, workFolder: config.output, ledger: ledger) } catch {
            return .ioError("\(error)")
        }
        var timings = timingsTotal
        if result.unchanged, let ledger {
            // Inputs, config and program are as last time, and the tables on disk are the ones that
            // run wrote: they are current.
            var summary = RunSummary(started: started, finished: Date(), version: Broadsheet.version, build: program, configSHA256: config.sha256,
                                     workers: workers, processed: 0, reused: result.reused, failed: ledger.failed, stageSeconds: timings,
                                     statuses: ledger.statuses, tables: "unchanged", tablesReason: "inputs, configuration and program as in the last run",
                                     notRead: listing.notRead)
            summary.files = ledger.files.map(\.name)
            do { try output.commit([(try output.stage("run.json", TableEmitter.runJSON(summary)), "run.json")]) } catch {
                return .ioError("\(error)")
            }
            logger.info("nothing changed since the last run", metadata: ["documents": "\(files.count)"])
            return ledger.failed > 0 ? .someDocumentsFailed(ledger.failed) : .ok
        }

        let failed = result.failed
        guard let emit = config.emit else {
            logger.warning("no emit stage configured: nothing written")
            return failed > 0 ? .someDocumentsFailed(failed) : .ok
        }
        var reason = ledger == nil ? "no record of a complete earlier run" : "inputs, configuration or program changed"
        if ledger?.inputs == result.inputsDigest, let damage = ledger?.damage(in: config.output) {
            reason = "the tables on disk were not the last run's (\(damage)): written again"
            logger.warning("\(reason)")
        }
        let emitStart = Date()
        var statuses: [String: Int] = [:]
        do {
            if let cache { OutputLedger.invalidate(cacheFolder: cache.root) }
            let written = try TableWritingPhase.write(count: result.count, document: result.document, sink: emit, workers: workers, to: output) { written in
                timings.append(("emit", Date().timeIntervalSince(emitStart)))
                return RunSummary(started: started, finished: Date(), version: Broadsheet.version, build: program, configSHA256: config.sha256,
                                  workers: workers, processed: files.count - result.reused, reused: result.reused, failed: failed,
                                  stageSeconds: timings, statuses: written.statuses, tables: "written", tablesReason: reason, notRead: listing.notRead)
            }
            statuses = written.statuses
            if let cache, let record = OutputLedger.record(folder: config.output, names: written.files.map(\.name), inputs: result.inputsDigest,
                                                          failed: failed, statuses: written.statuses) {
                try output.commitFile(record.bytes(), as: OutputLedger.fileName, in: cache.root)
            }
        } catch {
            output.sweepTemporaries()
            return .ioError("\(error)")
        }
        progress?.finish(total: files.count, failed: failed)
        let flagged = statuses.filter { $0.key != DocumentStatus.ok.rawValue && $0.value > 0 }.sorted { $0.key < $1.key }
        if !flagged.isEmpty {
            logger.info("documents needing a look: \(flagged.map { "\($0.value) \($0.key)" }.joined(separator: ", ")) (see the status column of documents)")
        }
        logger.info("run finished", metadata: ["documents": "\(files.count)", "failed": "\(failed)",
                                               "seconds": "\(String(format: "%.2f", Date().timeIntervalSince(started)))"])
        return failed > 0 ? .someDocumentsFailed(failed) : .ok
    }

    /// Seconds spent per stage in the last `process` call (summed over documents for per-document work).
    private var timingsTotal: [(String, Double)] { lastTimings.value }
    private let lastTimings = TimingBox()

    /// The processed corpus: documents wait in a spill file, in input order, and are finished (entity
    /// ids) as they are read back, one at a time.
    public struct Processed: Sendable {
        public var count: Int
        /// Documents taken from the cache.
        public var reused: Int
        /// Documents with an `errors` row.
        public var failed: Int
        /// True when nothing changed since the last run: outputs are already current.
        public var unchanged: Bool
        /// Digest of the file ids, stamps, manifest rows, config and program (the ledger's key).
        public var inputsDigest: String
        let spill: SpillFile?
        let locations: [SpillFile.Location]
        /// Documents reused from the cache are read back from it (key), not copied to the spill file.
        let cacheKeys: [String?]
        let cache: DocumentCache?
        let finishers: [any DocumentFinisher]

        /// The `i`th document, with every corpus step applied.
        public func document(_ i: Int) throws -> Document {
            guard let spill else { throw StageFailure("no documents were processed") }
            var doc: Document
            if let key = cacheKeys[i] {
                guard let record = cache?.record(key) else { throw StageFailure("the cached result \(key) vanished during the run") }
                doc = record.document
            } else {
                doc = try DocumentCodec.decode(try spill.read(locations[i]))
            }
            for f in finishers { f.finish(&doc) }
            return doc
        }
    }

    /// Ingests and runs every configured stage over `files`; documents come back in input order.
    /// With a cache, unchanged documents are taken from it (byte-identical results) and only new
    /// or changed ones are processed; the corpus-level steps always run on the whole corpus.
    /// Between phases documents wait, encoded, in a spill file in `workFolder` (default: the
    /// output folder), so memory stays flat however many documents there are.
    /// `ledger`: what the last complete run wrote; when it matches these inputs and the tables on
    /// disk, nothing is processed (`unchanged`).
    ///
    /// The phases, in order (a sharded run runs the same ones, see `ShardedRun`): ingest, change
    /// detection, corpus statistics, the per-document pass, the corpus merge; `run` then writes.
    public func process(_ files: [InputFile], manifest: Manifest, cache: DocumentCache? = nil, full: Bool = true,
                        workFolder: String? = nil, ledger: OutputLedger? = nil) throws -> Processed {
        let program = self.program
        let parallel = ParallelRunner(workers: workers)
        var stages = config.documentStages
        let useCache = cache != nil && !full
        let done = ProgressCounter()
        let totalSteps = files.count * 2
        let progress = self.progress
        let tick: @Sendable () -> Void = { progress?.tick(done.increment(), of: totalSteps) }
        let folder = workFolder ?? config.output
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let spill = try SpillFile(folder: folder)
        let rawText = config.rawText

        // 1. Ingest, with the change test.
        let ingest = IngestPhase(corpusStages: stages.filter(\.needsCorpusBefore), rawText: rawText, spillBudget: ingestSpillBudget)
        let probes = ingest.run(files, manifest: manifest, cache: cache, useCache: useCache, spill: spill, parallel: parallel, tick: tick)
        let observationOf: @Sendable (Int) -> [UInt64] = { i in PipelineRunner.observation(probes[i].observation, spill: spill, cache: cache) }
        var timings: [String: Double] = [Ingestor.stageName: probes.reduce(0) { $0 + $1.seconds }]

        // 2. Change detection: nothing changed at all (same files, stamps, manifest rows, config and
        // program)? Then the outputs are current, and the corpus statistics need not be recomputed.
        let salt = config.cacheSalt
        let inputsDigest = ChangeDetection.digest(files: files, stamps: probes.map(\.stamp), manifest: manifest, salt: salt + config.sinkFingerprint,
                                                  program: program)
        if useCache, let ledger, ledger.inputs == inputsDigest, probes.allSatisfy({ !$0.changed }), ledger.damage(in: config.output) == nil {
            lastTimings.value = timings.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            return Processed(count: files.count, reused: files.count, failed: 0, unchanged: true, inputsDigest: inputsDigest, spill: nil,
                             locations: [], cacheKeys: [], cache: nil, finishers: [])
        }

        // 3. Corpus statistics, one observation per distinct content.
        let items = probes.map { CorpusStatisticsPhase.Item(sha256: $0.sha256, count: $0.observationCount) }
        timings.merge(CorpusStatisticsPhase.run(&stages, items: items, observation: observationOf, parallel: parallel)) { $1 }

        // 4. The per-document pass, or the cached result, keyed by all a result depends on.
        let prepared = stages
        let keys: [String] = files.indices.map { i in
            DocumentCache.key(id: files[i].id, sha256: probes[i].sha256, config: salt, program: program, manifest: manifest.entries[files[i].id],
                              notes: manifest.notes[files[i].id] ?? [], corpus: CorpusStatisticsPhase.signature(prepared, observation: observationOf(i)))
        }
        let merges = stages.compactMap { $0.makeMerge() }
        let pass = DocumentPass(stages: prepared, cache: cache, useCache: useCache, timeBudget: config.timeBudget, rawText: rawText, logger: logger)
        let outcomes = pass.run(files, keys: keys, manifest: manifest, ingested: { i in
            probes[i].ingested.flatMap { try? spill.read($0) }.flatMap { try? DocumentCodec.decode($0) }
        }, merges: merges, spill: spill, parallel: parallel, tick: tick)
        if let problem = outcomes.lazy.compactMap(\.spillError).first { throw StageFailure(problem) }
        for o in outcomes { for (k, t) in o.times.enumerated() { timings[prepared[k].name, default: 0] += t } }

        // 5. The corpus merge: resolved once, applied to each document as it is read back.
        let t0 = Date()
        let finishers = CorpusMergePhase.resolve(merges)
        if !merges.isEmpty, let last = stages.last(where: \.needsCorpusAfter) { timings[last.name + ".corpus"] = Date().timeIntervalSince(t0) }

        if let cache {
            cache.commit(count: files.count, row: { i in
                guard !outcomes[i].failedRun, let stamp = probes[i].stamp else { return nil }
                return DocumentCache.Row(id: files[i].id, stamp: stamp, sha256: probes[i].sha256, observation: observationOf(i))
            }, keys: Set(keys))
        }
        lastTimings.value = config.orderTimings(timings)
        return Processed(count: files.count, reused: outcomes.filter(\.reused).count, failed: outcomes.filter(\.failed).count,
                         unchanged: false, inputsDigest: inputsDigest, spill: spill, locations: outcomes.map(\.location),
                         cacheKeys: files.indices.map { outcomes[$0].reused ? keys[$0] : nil }, cache: cache, finishers: finishers)
    }

    /// A document's observation, from wherever ingest left it.
    static func observation(_ o: Observation, spill: SpillFile?, cache: DocumentCache?) -> [UInt64] {
        switch o {
        case .none: return []
        case let .cached(entry): return cache?.observation(entry) ?? []
        case let .spilled(at): return (try? spill?.read(at)).flatMap { $0 }.map(ObservationCoding.decode) ?? []
        case let .inline(hashes): return hashes
        }
    }
}

extension PipelineConfig {
    /// Lay out the uncleaned text at ingest (no stage builds a clean one).
    var rawText: Bool { !stages.contains { $0.descriptor.provides.contains(.cleanText) } }

    /// The config's part of every cache key: stage options and what stages read besides them.
    var cacheSalt: String { fingerprint + documentStages.map(\.cacheSalt).joined(separator: ";") }

    /// Stage timings in data-flow order (`ingest`, then each stage and its `.corpus` step).
    func orderTimings(_ timings: [String: Double]) -> [(String, Double)] {
        let order = [Ingestor.stageName] + stages.map(\.name)
        return timings.sorted { a, b in
            let ia = order.firstIndex(of: a.key.components(separatedBy: ".")[0]) ?? 99
            let ib = order.firstIndex(of: b.key.components(separatedBy: ".")[0]) ?? 99
            return (ia, a.key) < (ib, b.key)
        }.map { ($0.key, $0.value) }
    }
}

extension OutputFolder {
    /// Takes the folder for a run: its lock, then the temporary files of killed runs swept away.
    /// Returns how the run ends when the folder cannot be had (another run holds it, an I/O error).
    func takeForRun() -> RunOutcome? {
        do { try lock() } catch {
            if case .held = error { return .locked(error.description) }
            return .ioError(error.description)
        }
        sweepTemporaries()
        return nil
    }
}

/// Phase 6, writing: the table sink over the finished corpus in `doc_id` order, then `run.json`
/// (its summary made once the tables are staged); every file is staged and renamed together.
enum TableWritingPhase {
    /// Every file the sink can write (run.json aside).
    static let everyFile: [String] = Tables.all.flatMap { ["\($0.name).csv", "\($0.name).jsonl"] }
        + ["datapackage.json", WorkbookWriter.fileName, "report.html"]

    static func write(count: Int, document: @Sendable (Int) throws -> Document, sink: EmitSink, workers: Int, to output: OutputFolder,
                      summary: (WrittenTables) -> RunSummary) throws -> WrittenTables {
        var result = try TableEmitter(options: sink.options, workers: workers).write(count: count, document: document, to: output)
        // The workbook is being zipped on its own thread: the report is written meanwhile.
        defer { try? result.finishWorkbook() }
        var run = summary(result)
        run.files = result.files.map(\.name) + (result.workbook != nil ? [WorkbookWriter.fileName] : [])
            + (sink.options.formats.contains("report") ? ["report.html"] : [])
        if sink.options.formats.contains("report") {
            result.files.append((try output.stage("report.html", ReportWriter(facts: result.facts, entities: result.entities, summary: run).html()), "report.html"))
        }
        try result.finishWorkbook()
        try output.commit(result.files + [(try output.stage("run.json", TableEmitter.runJSON(run)), "run.json")])
        // A format turned off leaves no file of an earlier run behind to be read as current.
        let names = Set(result.files.map(\.name))
        for name in TableWritingPhase.everyFile where !names.contains(name) { unlink("\(output.path)/\(name)") }
        return result
    }
}

/// Holds the last run's stage timings (written once by the runner's own thread).
final class TimingBox: @unchecked Sendable {
    var value: [(String, Double)] = []
}
