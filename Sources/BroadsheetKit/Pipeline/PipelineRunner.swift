import Foundation
import Logging

public enum Broadsheet {
    public static let version = "0.1.0"
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

    public init(config: PipelineConfig, workers: Int? = nil, logger: Logger, progress: ProgressReporter? = nil) {
        self.config = config
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

        let files = InputCatalog.list(config.input)
        let (manifest, manifestProblems) = InputCatalog.manifest(config.input)
        for p in manifestProblems { logger.warning("\(p)") }
        logger.info("run started", metadata: ["documents": "\(files.count)", "workers": "\(workers)", "input": "\(config.input)"])

        var docs = process(files, manifest: manifest)
        var timings = timingsTotal

        let failed = docs.filter { !$0.errors.isEmpty }.count
        guard let emit = config.emit else {
            logger.warning("no emit stage configured: nothing written")
            return failed > 0 ? .someDocumentsFailed(failed) : .ok
        }
        let emitStart = Date()
        let files2 = TableEmitter(options: emit.options).render(docs)
        docs.removeAll()
        do {
            var staged: [(temp: String, name: String)] = []
            for (name, bytes) in files2 { staged.append((try output.stage(name, bytes), name)) }
            timings.append(("emit", Date().timeIntervalSince(emitStart)))
            let summary = RunSummary(started: started, finished: Date(), version: Broadsheet.version, configSHA256: config.sha256,
                                     workers: workers, processed: files.count, reused: 0, failed: failed, stageSeconds: timings)
            staged.append((try output.stage("run.json", TableEmitter.runJSON(summary)), "run.json"))
            try output.commit(staged)
        } catch {
            output.sweepTemporaries()
            return .ioError("\(error)")
        }
        progress?.finish(total: files.count, failed: failed)
        logger.info("run finished", metadata: ["documents": "\(files.count)", "failed": "\(failed)",
                                               "seconds": "\(String(format: "%.2f", Date().timeIntervalSince(started)))"])
        return failed > 0 ? .someDocumentsFailed(failed) : .ok
    }

    /// Seconds spent per stage in the last `process` call (summed over documents for per-document work).
    private var timingsTotal: [(String, Double)] { lastTimings.value }
    private let lastTimings = TimingBox()

    /// Ingests and runs every configured stage over `files`; returns documents in input order.
    public func process(_ files: [InputFile], manifest: [String: Metadata]) -> [Document] {
        let parallel = ParallelRunner(workers: workers)
        var stages = config.stages.map(\.stage).filter { !($0 is EmitStage) }
        var timings: [String: Double] = [:]
        var docs: [Document] = []

        // Phases: a new per-document pass starts at a stage that needs the corpus first; a pass
        // ends after a stage that needs the corpus afterwards.
        var phases: [[Int]] = [[]]
        for (i, s) in stages.enumerated() {
            if s.needsCorpusBefore && !(phases.last!.isEmpty && phases.count > 1) { phases.append([]) }
            phases[phases.count - 1].append(i)
            if s.needsCorpusAfter { phases.append([]) }
        }
        if phases.count > 1, phases.last!.isEmpty { phases.removeLast() }

        let done = ProgressCounter()
        let totalSteps = files.count * max(1, phases.count)
        for (p, phase) in phases.enumerated() {
            if let first = phase.first, stages[first].needsCorpusBefore {
                let t0 = Date()
                stages[first].prepare(corpus: docs, parallel: parallel)
                timings[stages[first].name + ".corpus", default: 0] += Date().timeIntervalSince(t0)
            }
            let phaseStages = phase.map { stages[$0] }
            let slots = Slots<Document?>(repeating: nil, count: files.count)
            let clock = Slots<[Double]>(repeating: [], count: files.count)
            let source = Slots<Document?>(docs.map { Optional($0) })
            docs.removeAll()
            let isFirst = p == 0
            let progress = self.progress
            parallel.forEach(count: files.count) { i in
                var times: [Double] = []
                var doc: Document
                if isFirst {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    doc = Ingestor.read(files[i], manifest: manifest[files[i].id])
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
                } else {
                    doc = source[i]!
                    source[i] = nil
                }
                for stage in phaseStages {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    PipelineRunner.apply(stage, to: &doc)
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
                }
                slots[i] = doc
                clock[i] = times
                progress?.tick(done.increment(), of: totalSteps)
            }
            docs = slots.values.map { $0! }
            let names = (isFirst ? [Ingestor.stageName] : []) + phaseStages.map(\.name)
            for times in clock.values { for (k, t) in times.enumerated() { timings[names[k], default: 0] += t } }
            if let last = phase.last, stages[last].needsCorpusAfter {
                let t0 = Date()
                stages[last].finish(corpus: &docs, parallel: parallel)
                timings[stages[last].name + ".corpus", default: 0] += Date().timeIntervalSince(t0)
            }
        }
        if files.isEmpty { docs = [] }
        let order = [Ingestor.stageName] + config.stages.map(\.name)
        lastTimings.value = timings.sorted { a, b in
            let ia = order.firstIndex(of: a.key.components(separatedBy: ".")[0]) ?? 99
            let ib = order.firstIndex(of: b.key.components(separatedBy: ".")[0]) ?? 99
            return (ia, a.key) < (ib, b.key)
        }.map { ($0.key, $0.value) }
        return docs
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
