import Foundation
import Logging

/// A run split over machines. Documents go to `shards` shards by a stable hash of their id (a
/// document stays in its shard, and its shard's cache, from night to night), and the runner's
/// phases run as separate jobs that hand over through files in a shared work folder:
///
/// | job | runs | reads | writes |
/// |---|---|---|---|
/// | `ingest`, one per shard | ingest, change test | input files, the shard's cache | `shard-K-of-N.ingest`, `.ingest.rows` |
/// | `statistics`, one | corpus statistics | every shard's ingest rows and observations | `statistics-of-N.bin` |
/// | `process`, one per shard | the per-document pass | its ingest files, the statistics | `shard-K-of-N.docs`, `.docs.rows`, `.merge` |
/// | `merge`, one | corpus merge, table writing | every shard's docs and merge part | the tables, `run.json` |
///
/// The tables are byte-identical to a one-machine run of the same folder and config. A job exits
/// normally when single documents fail (they have `errors` rows); it throws only when the run
/// itself cannot go on (a missing or foreign work file, a full disk).
public struct ShardedRun {
    public let config: PipelineConfig
    public let shards: Int
    /// The shared folder the jobs hand over through (default `<output>/.broadsheet-work`).
    public let workFolder: String
    public let workers: Int
    public let logger: Logger
    public let useCache: Bool
    /// Ignore cached results (they are refreshed).
    public let full: Bool
    public var program: String = Broadsheet.build

    public init(config: PipelineConfig, shards: Int, workFolder: String? = nil, workers: Int? = nil, logger: Logger,
                useCache: Bool = true, full: Bool = false) {
        self.config = config
        self.shards = max(1, shards)
        self.workFolder = workFolder ?? config.output + "/.broadsheet-work"
        self.workers = max(1, workers ?? config.workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.logger = logger
        self.useCache = useCache && config.cache
        self.full = full
    }

    /// The shard of a document: FNV-1a of its id modulo the shard count (stable across runs,
    /// machines and builds).
    public static func shard(of id: String, shards: Int) -> Int {
        Int(FNV1a.hash(id) % UInt64(max(1, shards)))
    }

    func path(_ kind: String, shard k: Int) -> String { "\(workFolder)/shard-\(k)-of-\(shards).\(kind)" }
    var statisticsPath: String { "\(workFolder)/statistics-of-\(shards).bin" }
    func cache(shard k: Int) -> DocumentCache? {
        useCache ? DocumentCache(root: "\(config.output)/.broadsheet-cache/shard-\(k)-of-\(shards)", program: program) : nil
    }

    // MARK: Work file headers: which run, config and program wrote a file

    static let magic: [UInt8] = [0x42, 0x53, 0x57, 1]   // "BSW", layout 1

    private func header(_ kind: String, shard k: Int) -> DocumentCodec.Writer {
        var w = DocumentCodec.Writer()
        w.bytes.append(contentsOf: ShardedRun.magic)
        w.string(kind); w.int(shards); w.int(k); w.string(program); w.string(config.cacheSalt)
        return w
    }

    private func checkHeader(_ r: inout DocumentCodec.Reader, kind: String, shard k: Int, file: String) throws {
        let what = "\(file) was not written by this run's \(kind) step"
        guard r.buf.count >= 4, Array(r.buf[0..<4]) == ShardedRun.magic else { throw StageFailure("\(what) (not a Broadsheet work file)") }
        r.at = 4
        guard try r.string() == kind, try r.int() == shards, try r.int() == k else { throw StageFailure("\(what) (another step or shard count)") }
        guard try r.string() == program else { throw StageFailure("\(what) (another build of broadsheet: use one binary for every job)") }
        guard try r.string() == config.cacheSalt else { throw StageFailure("\(what) (another pipeline configuration)") }
    }

    private func read(_ file: String) throws -> [UInt8] {
        switch Ingestor.readBytes(file) {
        case let .success(bytes): return bytes
        case let .failure(e): throw StageFailure("\(file): \(e.message) (did the step that writes it run and succeed?)")
        }
    }

    /// Writes `bytes` under a temporary name, flushes and renames: a later job sees all or nothing.
    private static func writeAtomically(_ bytes: [UInt8], to file: String) throws {
        let temp = file + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StageFailure("cannot create \(temp): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 { if errno == EINTR { continue }; throw StageFailure("cannot write \(temp): \(String(cString: strerror(errno)))") }
            done += n
        }
        guard fsync(fd) == 0, rename(temp, file) == 0 else { throw StageFailure("cannot write \(file): \(String(cString: strerror(errno)))") }
    }

    // MARK: Job 1: ingest one shard

    /// Ingests shard `k`'s documents; returns how many it holds.
    @discardableResult
    public func ingest(shard k: Int) throws -> Int {
        try FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
        let listing = InputCatalog.list(config.input, followOutside: config.followOutsideLinks)
        if k == 0 {
            for note in listing.skipped { logger.warning("\(note)") }
            if let note = listing.notReadNote { logger.warning("\(note)") }
        }
        let files = listing.files.filter { ShardedRun.shard(of: $0.id, shards: shards) == k }
        let manifest = InputCatalog.manifest(config.input)
        if k == 0 { for p in manifest.problems { logger.warning("\(p)") } }
        let spill = try SpillFile(creating: path("ingest", shard: k))
        let phase = IngestPhase(corpusStages: config.documentStages.filter(\.needsCorpusBefore), rawText: config.rawText,
                                spillBudget: .max, materializeCached: true)
        let probes = phase.run(files, manifest: manifest, cache: cache(shard: k), useCache: useCache && !full, spill: spill,
                               parallel: ParallelRunner(workers: workers), tick: {})
        try spill.sync()
        var w = header("ingest", shard: k)
        w.int(files.count)
        for (i, f) in files.enumerated() {
            w.string(f.id); w.int(f.rawPath.count); w.bytes.append(contentsOf: f.rawPath); w.byte(f.format == .html ? 0 : 1)
            w.bool(manifest.entries[f.id] != nil)
            if let m = manifest.entries[f.id] { w.metadata(m) }
            let notes = manifest.notes[f.id] ?? []
            w.int(notes.count); for n in notes { w.string(n) }
            let p = probes[i]
            w.string(p.sha256); w.bool(p.changed)
            w.bool(p.stamp != nil)
            if let s = p.stamp { w.int(Int(s.size)); w.int(Int(s.mtimeNanos)); w.u64(s.inode) }
            switch p.observation {
            case let .spilled(at): w.byte(1); w.int(Int(at.offset)); w.int(at.count)
            case let .inline(hashes): w.byte(2); w.int(hashes.count); for h in hashes { w.u64(h) }
            case .none, .cached: w.byte(0)   // (materialized: cached ones with hashes are spilled)
            }
            w.int(p.observationCount)
            w.bool(p.ingested != nil)
            if let at = p.ingested { w.int(Int(at.offset)); w.int(at.count) }
            w.int(Int(p.seconds * 1e6))
        }
        try ShardedRun.writeAtomically(w.bytes, to: path("ingest.rows", shard: k))
        logger.info("shard ingested", metadata: ["shard": "\(k + 1) of \(shards)", "documents": "\(files.count)"])
        return files.count
    }

    /// One shard's ingest rows, read back.
    struct IngestRows {
        var files: [InputFile] = []
        var manifest = Manifest()
        var probes: [IngestedFile] = []
    }

    func readIngest(shard k: Int) throws -> IngestRows {
        let file = path("ingest.rows", shard: k)
        let bytes = try read(file)
        typealias R = DocumentCodec.Reader
        return try bytes.withUnsafeBufferPointer { buf in
            var r = R(buf: buf)
            try checkHeader(&r, kind: "ingest", shard: k, file: file)
            var rows = IngestRows()
            for _ in 0..<max(0, try r.int()) {
                let id = try r.string()
                let n = try r.int()
                guard n >= 0, n <= buf.count - r.at else { throw StageFailure("\(file) is cut short") }
                let raw = Array(buf[r.at..<(r.at + n)]); r.at += n
                rows.files.append(InputFile(id: id, rawPath: raw, format: try r.byte() == 0 ? .html : .text))
                if try r.bool() { rows.manifest.entries[id] = try r.metadata() }
                let notes = try r.array { (r: inout R) throws(DocumentCodec.DecodeError) in try r.string() }
                if !notes.isEmpty { rows.manifest.notes[id] = notes }
                let sha = try r.string(), changed = try r.bool()
                let stamp = try r.bool() ? DocumentCache.FileStamp(size: Int64(try r.int()), mtimeNanos: Int64(try r.int()), inode: try r.u64()) : nil
                let observation: Observation
                switch try r.byte() {
                case 1: observation = .spilled(SpillFile.Location(offset: Int64(try r.int()), count: try r.int()))
                case 2: observation = .inline(try r.array { (r: inout R) throws(DocumentCodec.DecodeError) in try r.u64() })
                default: observation = .none
                }
                let count = try r.int()
                let ingested = try r.bool() ? SpillFile.Location(offset: Int64(try r.int()), count: try r.int()) : nil
                let seconds = Double(try r.int()) / 1e6
                rows.probes.append(IngestedFile(sha256: sha, observation: observation, observationCount: count, ingested: ingested,
                                                changed: changed, stamp: stamp, seconds: seconds))
            }
            return rows
        }
    }

    // MARK: Job 2: corpus statistics over every shard

    public func statistics() throws {
        var items: [CorpusStatisticsPhase.Item] = []
        var places: [(shard: Int, observation: Observation)] = []
        var spills: [SpillFile] = []
        for k in 0..<shards {
            let rows = try readIngest(shard: k)
            spills.append(try SpillFile(reading: path("ingest", shard: k)))
            for p in rows.probes {
                items.append(CorpusStatisticsPhase.Item(sha256: p.sha256, count: p.observationCount))
                places.append((k, p.observation))
            }
        }
        var stages = config.documentStages
        let all = places, files = spills
        let timings = CorpusStatisticsPhase.run(&stages, items: items, observation: { i in
            PipelineRunner.observation(all[i].observation, spill: files[all[i].shard], cache: nil)
        }, parallel: ParallelRunner(workers: workers))
        var w = header("statistics", shard: 0)
        let state = CorpusStatisticsPhase.state(of: stages)
        w.int(state.count); w.bytes.append(contentsOf: state)
        w.int(timings.count)
        for (name, seconds) in timings.sorted(by: { $0.key < $1.key }) { w.string(name); w.int(Int(seconds * 1e6)) }
        try ShardedRun.writeAtomically(w.bytes, to: statisticsPath)
        logger.info("corpus statistics built", metadata: ["documents": "\(items.count)", "shards": "\(shards)"])
    }

    // MARK: Job 3: the per-document pass over one shard

    /// Processes shard `k`; returns how many of its documents have `errors` rows.
    @discardableResult
    public func process(shard k: Int) throws -> Int {
        let rows = try readIngest(shard: k)
        let ingestSpill = try SpillFile(reading: path("ingest", shard: k))
        var stages = config.documentStages
        let statistics = try readStatistics()
        try CorpusStatisticsPhase.restore(&stages, from: statistics.state)
        let cache = cache(shard: k)
        let salt = config.cacheSalt, program = self.program
        let probes = rows.probes, files = rows.files, manifest = rows.manifest
        let observationOf: @Sendable (Int) -> [UInt64] = { i in PipelineRunner.observation(probes[i].observation, spill: ingestSpill, cache: nil) }
        let prepared = stages
        let keys: [String] = files.indices.map { i in
            DocumentCache.key(id: files[i].id, sha256: probes[i].sha256, config: salt, program: program, manifest: manifest.entries[files[i].id],
                              notes: manifest.notes[files[i].id] ?? [], corpus: CorpusStatisticsPhase.signature(prepared, observation: observationOf(i)))
        }
        let merges = stages.compactMap { $0.makeMerge() }
        var pass = DocumentPass(stages: prepared, cache: cache, useCache: useCache && !full, timeBudget: config.timeBudget,
                                rawText: config.rawText, logger: logger)
        pass.spillReused = true
        let spill = try SpillFile(creating: path("docs", shard: k))
        let outcomes = pass.run(files, keys: keys, manifest: manifest, ingested: { i in
            probes[i].ingested.flatMap { try? ingestSpill.read($0) }.flatMap { try? DocumentCodec.decode($0) }
        }, merges: merges, spill: spill, parallel: ParallelRunner(workers: workers), tick: {})
        if let problem = outcomes.lazy.compactMap(\.spillError).first { throw StageFailure(problem) }
        try spill.sync()
        cache?.commit(count: files.count, row: { i in
            guard !outcomes[i].failedRun, let stamp = probes[i].stamp else { return nil }
            return DocumentCache.Row(id: files[i].id, stamp: stamp, sha256: probes[i].sha256, observation: observationOf(i))
        }, keys: Set(keys))

        var w = header("docs", shard: k)
        w.int(files.count)
        for (i, o) in outcomes.enumerated() {
            w.string(files[i].id); w.int(Int(o.location.offset)); w.int(o.location.count)
            w.bool(o.reused); w.bool(o.failed)
            w.int(Int(probes[i].seconds * 1e6))
            w.int(o.times.count); for t in o.times { w.int(Int(t * 1e6)) }
        }
        try ShardedRun.writeAtomically(w.bytes, to: path("docs.rows", shard: k))
        var m = header("merge", shard: k)
        m.bytes.append(contentsOf: CorpusMergePhase.export(merges))
        try ShardedRun.writeAtomically(m.bytes, to: path("merge", shard: k))
        let failed = outcomes.filter(\.failed).count
        logger.info("shard processed", metadata: ["shard": "\(k + 1) of \(shards)", "documents": "\(files.count)",
                                                  "reused": "\(outcomes.filter(\.reused).count)", "failed": "\(failed)"])
        return failed
    }

    func readStatistics() throws -> (state: [UInt8], timings: [String: Double]) {
        let bytes = try read(statisticsPath)
        return try bytes.withUnsafeBufferPointer { buf in
            var r = DocumentCodec.Reader(buf: buf)
            try checkHeader(&r, kind: "statistics", shard: 0, file: statisticsPath)
            let n = try r.int()
            guard n >= 0, n <= buf.count - r.at else { throw StageFailure("\(statisticsPath) is cut short") }
            let state = Array(buf[r.at..<(r.at + n)]); r.at += n
            var timings: [String: Double] = [:]
            for _ in 0..<max(0, try r.int()) { timings[try r.string()] = Double(try r.int()) / 1e6 }
            return (state, timings)
        }
    }

    // MARK: Job 4: corpus merge and the tables

    /// Merges every shard's part and writes the tables and `run.json` into the output folder.
    public func merge() -> RunOutcome {
        let started = Date()
        let output = OutputFolder(path: config.output)
        if let refused = output.takeForRun() { return refused }
        defer { output.unlock() }
        guard let sink = config.emit else {
            logger.warning("no emit step configured: nothing written")
            return .ok
        }
        struct Row: Sendable { var id: String; var shard: Int; var location: SpillFile.Location }
        var rows: [Row] = []
        var timings = (try? readStatistics().timings) ?? [:]
        var reused = 0, failed = 0
        let stages = config.documentStages
        let merges = stages.compactMap { $0.makeMerge() }
        var spills: [SpillFile] = []
        do {
            for k in 0..<shards {
                let file = path("docs.rows", shard: k)
                let bytes = try read(file)
                try bytes.withUnsafeBufferPointer { buf in
                    var r = DocumentCodec.Reader(buf: buf)
                    try checkHeader(&r, kind: "docs", shard: k, file: file)
                    for _ in 0..<max(0, try r.int()) {
                        rows.append(Row(id: try r.string(), shard: k, location: SpillFile.Location(offset: Int64(try r.int()), count: try r.int())))
                        if try r.bool() { reused += 1 }
                        if try r.bool() { failed += 1 }
                        timings[Ingestor.stageName, default: 0] += Double(try r.int()) / 1e6
                        let times = try r.array { (r: inout DocumentCodec.Reader) throws(DocumentCodec.DecodeError) in Double(try r.int()) / 1e6 }
                        for (s, t) in zip(stages, times) { timings[s.name, default: 0] += t }
                    }
                }
                let part = try read(path("merge", shard: k))
                try part.withUnsafeBufferPointer { buf in
                    var r = DocumentCodec.Reader(buf: buf)
                    try checkHeader(&r, kind: "merge", shard: k, file: path("merge", shard: k))
                    try CorpusMergePhase.absorb(Array(buf[r.at...]), into: merges)
                }
                spills.append(try SpillFile(reading: path("docs", shard: k)))
            }
        } catch {
            return .ioError("\(error)")
        }
        rows.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        let t0 = Date()
        let finishers = CorpusMergePhase.resolve(merges)
        if !merges.isEmpty, let last = stages.last(where: \.needsCorpusAfter) { timings[last.name + ".corpus", default: 0] += Date().timeIntervalSince(t0) }
        let all = rows, files = spills
        let writeStart = Date()
        let count = rows.count, processedCount = rows.count - reused, failures = failed
        let workers = self.workers, program = self.program, config = self.config
        var ordered = config.orderTimings(timings)
        do {
            _ = try TableWritingPhase.write(count: count, document: { i in
                var doc = try DocumentCodec.decode(try files[all[i].shard].read(all[i].location))
                for f in finishers { f.finish(&doc) }
                return doc
            }, sink: sink, workers: workers, to: output) { written in
                ordered.append(("emit", Date().timeIntervalSince(writeStart)))
                return RunSummary(started: started, finished: Date(), version: Broadsheet.version, build: program, configSHA256: config.sha256,
                                  workers: workers, processed: processedCount, reused: reused, failed: failures, stageSeconds: ordered,
                                  statuses: written.statuses, tables: "written",
                                  tablesReason: "sharded run over \(shards) shard\(shards == 1 ? "" : "s")",
                                  notRead: InputCatalog.list(config.input, followOutside: config.followOutsideLinks).notRead)
            }
        } catch {
            output.sweepTemporaries()
            return .ioError("\(error)")
        }
        logger.info("sharded run written", metadata: ["documents": "\(count)", "failed": "\(failed)", "shards": "\(shards)"])
        return failed > 0 ? .someDocumentsFailed(failed) : .ok
    }

    /// Every job in sequence on this machine (tests, and measuring what sharding costs).
    public func runAll() throws -> RunOutcome {
        for k in 0..<shards { try ingest(shard: k) }
        try statistics()
        for k in 0..<shards { try process(shard: k) }
        return merge()
    }
}
