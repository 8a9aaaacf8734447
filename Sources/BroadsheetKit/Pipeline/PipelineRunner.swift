import Foundation
import Logging
import Synchronization

public enum Broadsheet {
    public static let version = "0.1.0"

    /// Identity of the running build: the SHA-256 of the executable (first 16 hex digits). Cached
    /// results are keyed on it, so an upgrade recomputes what the new program would compute
    /// differently, with no version string to remember to bump.
    public static let build: String = {
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
        do { try output.lock() } catch {
            if case .held = error { return .locked(error.description) }
            return .ioError(error.description)
        }
        defer { output.unlock() }
        output.sweepTemporaries()

        let listing = InputCatalog.list(config.input, followOutside: config.followOutsideLinks)
        for note in listing.skipped { logger.warning("\(note)") }
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
            let summary = RunSummary(started: started, finished: Date(), version: Broadsheet.version, build: program, configSHA256: config.sha256,
                                     workers: workers, processed: 0, reused: result.reused, failed: ledger.failed, stageSeconds: timings,
                                     statuses: ledger.statuses, tables: "unchanged", tablesReason: "inputs, configuration and program as in the last run")
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
            let written = try TableEmitter(options: emit.options, workers: workers).write(count: result.count, document: result.document, to: output)
            statuses = written.statuses
            timings.append(("emit", Date().timeIntervalSince(emitStart)))
            let summary = RunSummary(started: started, finished: Date(), version: Broadsheet.version, build: program, configSHA256: config.sha256,
                                     workers: workers, processed: files.count - result.reused, reused: result.reused, failed: failed,
                                     stageSeconds: timings, statuses: written.statuses, tables: "written", tablesReason: reason)
            var staged = written.files
            staged.append((try output.stage("run.json", TableEmitter.runJSON(summary)), "run.json"))
            try output.commit(staged)
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
    public func process(_ files: [InputFile], manifest: Manifest, cache: DocumentCache? = nil, full: Bool = true,
                        workFolder: String? = nil, ledger: OutputLedger? = nil) throws -> Processed {
        let program = self.program
        let logger = self.logger
        let parallel = ParallelRunner(workers: workers)
        var stages = config.stages.map(\.stage).filter { !($0 is EmitStage) }
        let hasPre = stages.first?.needsCorpusBefore == true
        var timings: [String: Double] = [:]
        let useCache = cache != nil && !full
        let done = ProgressCounter()
        let totalSteps = files.count * 2
        let progress = self.progress
        let folder = workFolder ?? config.output
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let spill = try SpillFile(folder: folder)
        let ingestSpillBudget = self.ingestSpillBudget

        // 1. Change test and ingest: a file whose size, mtime and inode match the index is not read.
        // Ingested documents wait in the spill file for the corpus statistics.
        // A document's corpus observation waits on disk too: in the spill file, or in the cache
        // index for files that did not change.
        enum Observation: Sendable {
            case none
            case cached(DocumentCache.Entry)
            case spilled(SpillFile.Location)
            case inline([UInt64])
        }
        struct Probe: Sendable {
            var sha256: String
            var observation: Observation
            var observationCount: Int
            var ingested: SpillFile.Location?
            /// The file was read (new or changed since the index was written).
            var changed: Bool
            var stamp: DocumentCache.FileStamp?
            var seconds: Double
        }
        let preStage = hasPre ? stages[0] : nil
        let rawText = !config.stages.contains { $0.descriptor.provides.contains(.cleanText) }
        let probes: [Probe] = parallel.map(count: files.count) { i in
            let file = files[i]
            let stamp = DocumentCache.stamp(file)
            defer { progress?.tick(done.increment(), of: totalSteps) }
            if useCache, let stamp, let entry = cache?.entry(file.id), entry.stamp == stamp {
                return Probe(sha256: entry.sha256, observation: .cached(entry), observationCount: entry.observationCount, ingested: nil,
                             changed: false, stamp: stamp, seconds: 0)
            }
            let t0 = DispatchTime.now().uptimeNanoseconds
            let doc = Ingestor.read(file, manifest: manifest.entries[file.id], notes: manifest.notes[file.id] ?? [], rawText: rawText)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            // Past the disk budget (or on a write error) the document is simply read again later.
            let location = spill.size < ingestSpillBudget ? try? spill.append(DocumentCodec.encode(doc)) : nil
            let hashes = preStage?.observe(doc) ?? []
            let observation: Observation = hashes.isEmpty ? .none
                : (try? spill.append(ObservationCoding.encode(hashes))).map { .spilled($0) } ?? .inline(hashes)
            return Probe(sha256: doc.sha256, observation: observation, observationCount: hashes.count, ingested: location, changed: true,
                         stamp: stamp, seconds: seconds)
        }
        let observationOf: @Sendable (Int) -> [UInt64] = { i in
            switch probes[i].observation {
            case .none: return []
            case let .cached(entry): return cache?.observation(entry) ?? []
            case let .spilled(at): return (try? spill.read(at)).map(ObservationCoding.decode) ?? []
            case let .inline(hashes): return hashes
            }
        }
        timings[Ingestor.stageName] = probes.reduce(0) { $0 + $1.seconds }

        // Nothing changed at all (same files, stamps, manifest rows, config and program)? Then the
        // outputs are current, and the corpus statistics need not be recomputed to tell.
        let salt = config.fingerprint + stages.map(\.cacheSalt).joined(separator: ";")
        var inputs = FNV1a()
        inputs.add(salt)
        inputs.add(program)
        inputs.add(UInt64(files.count))
        for (i, f) in files.enumerated() {
            inputs.add(f.id)
            if let s = probes[i].stamp {
                inputs.add(UInt64(bitPattern: s.size)); inputs.add(UInt64(bitPattern: s.mtimeNanos)); inputs.add(s.inode)
            } else {
                inputs.add("\u{2}")
            }
            if let m = manifest.entries[f.id] { for v in [m.title, m.url, m.site, m.published, m.byline] { inputs.add(v ?? "\u{1}") } }
            for n in manifest.notes[f.id] ?? [] { inputs.add(n) }
        }
        let inputsDigest = String(inputs.value, radix: 16)
        if useCache, let ledger, ledger.inputs == inputsDigest, probes.allSatisfy({ !$0.changed }), ledger.damage(in: config.output) == nil {
            lastTimings.value = timings.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            return Processed(count: files.count, reused: files.count, failed: 0, unchanged: true, inputsDigest: inputsDigest, spill: nil,
                             locations: [], cacheKeys: [], cache: nil, finishers: [])
        }

        // 2. Corpus statistics, one observation per distinct content.
        if hasPre {
            let t0 = Date()
            var seen = Set<String>()
            var distinct: [Int] = []
            var total = 0
            for (i, p) in probes.enumerated() where !p.sha256.isEmpty && p.observationCount > 0 && seen.insert(p.sha256).inserted {
                distinct.append(i)
                total += p.observationCount
            }
            seen.removeAll()
            let chosen = distinct
            stages[0].prepare(observations: ObservationSource(count: chosen.count, totalItems: total, fetch: { observationOf(chosen[$0]) }),
                              parallel: parallel)
            timings[stages[0].name + ".corpus"] = Date().timeIntervalSince(t0)
        }

        // 3. Result keys; nothing changed at all means the outputs are current.
        let prepared = stages
        let keys: [String] = files.indices.map { i in
            DocumentCache.key(id: files[i].id, sha256: probes[i].sha256, config: salt, program: program, manifest: manifest.entries[files[i].id],
                              notes: manifest.notes[files[i].id] ?? [], corpus: hasPre ? prepared[0].corpusSignature(observationOf(i)) : 0)
        }

        // 4. Per-document stages, or the cached result; each result goes to the spill file and to
        // the corpus steps that follow.
        let perDocument = stages
        let merges = stages.compactMap { $0.makeMerge() }
        let budget = config.timeBudget
        struct Outcome: Sendable {
            var location = SpillFile.Location(offset: 0, count: 0)
            var reused = false
            var failed = false
            var failedRun = false
            var times: [Double] = []
            var spillError: String?
        }
        let outcomes: [Outcome] = parallel.map(count: files.count) { i in
            defer { progress?.tick(done.increment(), of: totalSteps) }
            var outcome = Outcome()
            var doc: Document
            var record: [UInt8]
            if useCache, let cached = cache?.record(keys[i]) {
                (record, doc) = cached
                outcome.reused = true
            } else {
                if let at = probes[i].ingested, let bytes = try? spill.read(at), let ingested = try? DocumentCodec.decode(bytes) {
                    doc = ingested
                } else {
                    doc = Ingestor.read(files[i], manifest: manifest.entries[files[i].id], notes: manifest.notes[files[i].id] ?? [], rawText: rawText)
                }
                TimeBudget.start(seconds: budget)
                for stage in perDocument {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    PipelineRunner.apply(stage, to: &doc)
                    outcome.times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
                }
                TimeBudget.clear()
                doc.blocks = []
                doc.containers = []
                record = DocumentCodec.encode(doc)
                if !doc.failed && doc.errors.isEmpty { cache?.store(record, key: keys[i]) }
                // Repairs and refusals (libxml2's messages among them) reach the log below warning
                // level, so `--quiet` keeps cron mail to real trouble; the warnings table keeps them all.
                for w in doc.warnings { logger.notice("\(w.message)", metadata: ["doc": "\(doc.id)", "stage": "\(w.stage)"]) }
            }
            for merge in merges { merge.add(doc) }
            outcome.failed = !doc.errors.isEmpty
            outcome.failedRun = doc.failed
            if !outcome.reused {
                do { outcome.location = try spill.append(record) } catch { outcome.spillError = "\(error)" }
            }
            return outcome
        }
        if let problem = outcomes.lazy.compactMap(\.spillError).first { throw StageFailure(problem) }
        for o in outcomes { for (k, t) in o.times.enumerated() { timings[perDocument[k].name, default: 0] += t } }

        // 5. Corpus steps after the per-document work (entity merging): resolved once, applied to
        // each document as it is read back.
        let t0 = Date()
        let finishers = merges.map { $0.resolve() }
        if !merges.isEmpty, let last = stages.last(where: \.needsCorpusAfter) { timings[last.name + ".corpus"] = Date().timeIntervalSince(t0) }

        if let cache {
            cache.commit(count: files.count, row: { i in
                guard !outcomes[i].failedRun, let stamp = probes[i].stamp else { return nil }
                return DocumentCache.Row(id: files[i].id, stamp: stamp, sha256: probes[i].sha256, observation: observationOf(i))
            }, keys: Set(keys))
        }
        let order = [Ingestor.stageName] + config.stages.map(\.name)
        lastTimings.value = timings.sorted { a, b in
            let ia = order.firstIndex(of: a.key.components(separatedBy: ".")[0]) ?? 99
            let ib = order.firstIndex(of: b.key.components(separatedBy: ".")[0]) ?? 99
            return (ia, a.key) < (ib, b.key)
        }.map { ($0.key, $0.value) }
        return Processed(count: files.count, reused: outcomes.filter(\.reused).count, failed: outcomes.filter(\.failed).count,
                         unchanged: false, inputsDigest: inputsDigest, spill: spill, locations: outcomes.map(\.location),
                         cacheKeys: files.indices.map { outcomes[$0].reused ? keys[$0] : nil }, cache: cache, finishers: finishers)
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

/// Holds the last run's stage timings (written once by the runner's own thread).
final class TimingBox: @unchecked Sendable {
    var value: [(String, Double)] = []
}
