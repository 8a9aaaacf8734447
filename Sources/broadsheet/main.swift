import ArgumentParser
import BroadsheetKit
import Foundation
import Logging

/// The thin executable: parses arguments, sets up logging, calls the library.
struct BroadsheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadsheet",
        abstract: "Turn a folder of news articles into clean datasets.",
        version: Broadsheet.version,
        subcommands: [Run.self, Shard.self, Check.self, Stages.self],
        defaultSubcommand: Run.self
    )
}

struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "Pipeline configuration file.")
    var config = "pipeline.json"
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the pipeline on the input folder and write the output folder.")

    @OptionGroup var options: ConfigOptions
    @Option(help: "Input folder (overrides the config).") var input: String?
    @Option(help: "Output folder (overrides the config).") var output: String?
    @Option(help: "Worker threads (default: the core count).") var workers: Int?
    @Flag(help: "Only warnings and errors on stderr.") var quiet = false
    @Flag(help: "Process every document, ignoring cached results (the cache is refreshed).") var full = false
    @Flag(name: .customLong("no-cache"), help: "Neither read nor write the per-document cache.") var noCache = false

    func validate() throws {
        if let workers, workers < 1 || workers > 256 { throw ValidationError("--workers must be from 1 to 256") }
    }

    func run() throws {
        let logger = makeLogger(quiet: quiet)
        let cwd = FileManager.default.currentDirectoryPath
        func absolute(_ p: String?) -> String? { p.map { $0.hasPrefix("/") ? $0 : cwd + "/" + $0 } }
        let config: PipelineConfig
        do {
            config = try PipelineConfig.load(path: options.config, inputOverride: absolute(input), outputOverride: absolute(output))
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(78)
        }
        HTMLReader.initialize()
        let progress = ProgressReporter(interactive: isatty(2) == 1 && !quiet, logger: logger)
        let outcome = PipelineRunner(config: config, workers: workers, logger: logger, progress: progress,
                                     useCache: config.cache && !noCache, full: full).run()
        switch outcome {
        case .ok: return
        case let .someDocumentsFailed(n): logger.warning("\(n) document(s) failed; see errors.csv")
        case let .locked(message): logger.error("\(message)")
        case let .configError(message): logger.error("\(message)")
        case let .ioError(message): logger.error("\(message)")
        }
        throw ExitCode(outcome.exitCode)
    }
}

/// The jobs of a sharded run (a cluster runs them as job arrays; see deploy/slurm/).
struct Shard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One step of a run split into shards (Slurm job arrays run these; the tables equal a one-machine run).",
        discussion: """
        Documents go to shards by a stable hash of doc_id. Run the steps in this order, each after \
        the previous has succeeded everywhere, with the same --shards, config and binary: \
        `ingest` and `process` once per shard (--shard K, or the job array's SLURM_ARRAY_TASK_ID), \
        `statistics` and `merge` once. The steps hand over through --work (default \
        <output>/.broadsheet-work, on a file system every node sees). Steps exit 0 when single \
        documents fail (they get errors rows); any other failure exits non-zero.
        """,
        subcommands: [ShardIngest.self, ShardStatistics.self, ShardProcess.self, ShardMerge.self, ShardAll.self])
}

struct ShardOptions: ParsableArguments {
    @OptionGroup var config: ConfigOptions
    @Option(help: "Number of shards (the same for every step).") var shards: Int
    @Option(help: "Shared work folder (default: <output>/.broadsheet-work).") var work: String?
    @Option(help: "Worker threads (default: the core count).") var workers: Int?
    @Flag(help: "Only warnings and errors on stderr.") var quiet = false
    @Flag(help: "Process every document, ignoring cached results (the cache is refreshed).") var full = false
    @Flag(name: .customLong("no-cache"), help: "Neither read nor write the per-document cache.") var noCache = false

    func validate() throws {
        if shards < 1 || shards > 100_000 { throw ValidationError("--shards must be from 1 to 100000") }
        if let workers, workers < 1 || workers > 256 { throw ValidationError("--workers must be from 1 to 256") }
    }

    func makeRun() throws -> ShardedRun {
        let logger = makeLogger(quiet: quiet)
        let loaded: PipelineConfig
        do { loaded = try PipelineConfig.load(path: config.config) } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(78)
        }
        HTMLReader.initialize()
        return ShardedRun(config: loaded, shards: shards, workFolder: work, workers: workers, logger: logger, useCache: !noCache, full: full)
    }
}

struct ShardIndex: ParsableArguments {
    @Option(help: "This job's shard, 0 to shards-1 (default: $SLURM_ARRAY_TASK_ID).") var shard: Int?

    func resolve(of shards: Int) throws -> Int {
        guard let k = shard ?? ProcessInfo.processInfo.environment["SLURM_ARRAY_TASK_ID"].flatMap(Int.init) else {
            throw ValidationError("--shard is missing (and SLURM_ARRAY_TASK_ID is not set)")
        }
        guard k >= 0 && k < shards else { throw ValidationError("--shard must be from 0 to \(shards - 1)") }
        return k
    }

    /// Runs a per-shard step for this job's shard.
    func run(_ options: ShardOptions, _ step: (ShardedRun, Int) throws -> Void) throws {
        let run = try options.makeRun()
        let k = try resolve(of: options.shards)
        try shardStep { try step(run, k) }
    }
}

/// Runs one step, mapping a failure of the run itself to exit 74 (documents' failures are rows).
func shardStep(_ body: () throws -> Void) throws {
    do { try body() } catch let e as ExitCode { throw e } catch let e as ValidationError { throw e } catch {
        FileHandle.standardError.write(Data("broadsheet shard: \(error)\n".utf8))
        throw ExitCode(74)
    }
}

struct ShardIngest: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "Step 1, per shard: read and parse the shard's documents.")
    @OptionGroup var options: ShardOptions
    @OptionGroup var index: ShardIndex
    func run() throws { try index.run(options) { _ = try $0.ingest(shard: $1) } }
}

struct ShardStatistics: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "statistics", abstract: "Step 2, once: corpus statistics over every shard.")
    @OptionGroup var options: ShardOptions
    func run() throws {
        let run = try options.makeRun()
        try shardStep { try run.statistics() }
    }
}

struct ShardProcess: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "process", abstract: "Step 3, per shard: every per-document stage.")
    @OptionGroup var options: ShardOptions
    @OptionGroup var index: ShardIndex
    func run() throws { try index.run(options) { _ = try $0.process(shard: $1) } }
}

struct ShardMerge: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "Step 4, once: corpus merge and the tables.")
    @OptionGroup var options: ShardOptions
    @Flag(help: "Exit 1 when documents failed, as `run` does (default: 0, so job dependencies hold).") var strict = false
    func run() throws {
        try finish(try options.makeRun().merge(), strict: strict)
    }
}

struct ShardAll: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "all", abstract: "Every step in sequence on this machine (to test or measure sharding).")
    @OptionGroup var options: ShardOptions
    func run() throws {
        let run = try options.makeRun()
        var outcome = RunOutcome.ok
        try shardStep { outcome = try run.runAll() }
        try finish(outcome, strict: true)
    }
}

/// Reports a merge's outcome; failed documents exit 1 only when `strict`.
func finish(_ outcome: RunOutcome, strict: Bool) throws {
    let logger = Logger(label: "broadsheet")
    switch outcome {
    case .ok: return
    case let .someDocumentsFailed(n):
        logger.warning("\(n) document(s) failed; see errors.csv")
        if !strict { return }
    case let .locked(m), let .configError(m), let .ioError(m): logger.error("\(m)")
    }
    throw ExitCode(outcome.exitCode)
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate a configuration and exit (0 valid, 78 invalid).")
    @OptionGroup var options: ConfigOptions

    func run() throws {
        do {
            let config = try PipelineConfig.load(path: options.config)
            print("ok: \(config.stages.map(\.name).joined(separator: " → ")); input \(config.input); output \(config.output)")
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(78)
        }
    }
}

struct Stages: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the stages, what each needs and provides, and its options with defaults.")

    func run() throws {
        for d in StageRegistry.all {
            print("\(d.name): \(d.summary)")
            print("  needs: \(d.needs.isEmpty ? "-" : d.needs.map(\.rawValue).joined(separator: ", "))" +
                  "   provides: \(d.provides.isEmpty ? "-" : d.provides.map(\.rawValue).joined(separator: ", "))")
            for option in d.defaults {
                print("  options.\(option.key) = \(option.value)\(option.help.isEmpty ? "" : "  — \(option.help)")")
            }
        }
    }
}

func makeLogger(quiet: Bool) -> Logger {
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = quiet ? .warning : .info
        return handler
    }
    return Logger(label: "broadsheet")
}

BroadsheetCommand.main()
