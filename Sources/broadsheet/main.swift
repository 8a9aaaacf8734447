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
        subcommands: [Run.self, Check.self, Stages.self],
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
