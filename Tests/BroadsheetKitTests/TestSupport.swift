import Foundation
import Testing
@testable import BroadsheetKit

/// Paths of the package and its fixtures.
enum Paths {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsDir.appendingPathComponent("Fixtures")
    static let package = testsDir.deletingLastPathComponent().deletingLastPathComponent()
    static let shared = package.deletingLastPathComponent().appendingPathComponent("shared")
    static var sharedExists: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("eval").path) }

    /// One folder per test process for every test's files, removed when the process exits
    /// (kept when BROADSHEET_KEEP_TEST_FILES is set, to look at): runs no longer pile up in /tmp.
    static let temporaryRoot: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if ProcessInfo.processInfo.environment["BROADSHEET_KEEP_TEST_FILES"] == nil {
            atexit { try? FileManager.default.removeItem(at: Paths.temporaryRoot) }
        }
        return url
    }()

    static func temporary(_ name: String) -> URL {
        let url = temporaryRoot.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Marked text: `⟦` and `⟧` mark expected spans; returns the text without markers and the spans
/// in Unicode scalar offsets (the schema's unit).
func marked(_ source: String) -> (text: String, spans: [ScalarSpan]) {
    var out = String.UnicodeScalarView()
    var spans: [ScalarSpan] = []
    var open: Int?
    for s in source.unicodeScalars {
        if s == "⟦" { open = out.count; continue }
        if s == "⟧", let o = open { spans.append(ScalarSpan(o, out.count)); open = nil; continue }
        out.append(s)
    }
    return (String(out), spans)
}

/// A text document run through the given stages (ingest's text path, no files).
func textDocument(_ text: String, id: String = "doc.txt", published: String? = nil, stages: [any PipelineStage]) throws -> Document {
    var doc = Document(id: id, format: .text)
    Ingestor.readText(Array(text.utf8), into: &doc)
    doc.manifest.published = published
    for stage in stages { try stage.process(&doc) }
    return doc
}

let segmenter = try! SegmentStage(options: .init(), context: RunContext())
let dater = try! DatesStage(options: .init(), context: RunContext())
let quoter = try! QuotesStage(options: .init(), context: RunContext())
let entityFinder = try! EntitiesStage(options: .init(), context: RunContext())

func slice(_ text: String, _ span: ScalarSpan) -> String {
    let scalars = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
}

/// A Python script (the standard library's zipfile reads workbooks as any reader would).
/// Returns its exit code and standard output lines.
func python(_ script: String, _ arguments: String...) throws -> (code: Int32, lines: [String]) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script] + arguments
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
}

/// The built `broadsheet` binary, run the way users and cron run it.
enum CLI {
    static let binary = Paths.package.appendingPathComponent(".build/debug/broadsheet").path
    static var exists: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// Runs the binary; returns its exit code and what it wrote to stderr.
    @discardableResult
    static func run(_ args: [String], environment: [String: String] = [:]) throws -> (code: Int32, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = Paths.package
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A config file with every stage, in a temporary folder.
    static func config(input: String, output: String, extra: String = "") -> String {
        let dir = Paths.temporary("cfg")
        let path = dir.appendingPathComponent("pipeline.json").path
        let json = """
        {"input": "\(input)", "output": "\(output)", \(extra)
         "stages": [{"name": "clean"}, {"name": "segment"}, {"name": "dates"}, {"name": "quotes"}, {"name": "entities"}, {"name": "emit"}]}
        """
        _ = FileManager.default.createFile(atPath: path, contents: Data(json.utf8))
        return path
    }

    /// Every visible file of an output folder but run.json and report.html (which hold the run's own times).
    static func contents(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where !name.hasPrefix(".") && name != "run.json" && name != "report.html" {
            out[name] = try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return out
    }

    /// run.json as a dictionary.
    static func summary(_ dir: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("run.json"))) as! [String: Any]
    }
}
