import Foundation
import Testing
@testable import BroadsheetKit

/// Runs the built `broadsheet` binary the way users and cron do, and checks exit codes and files.
@Suite(.serialized) struct EndToEndTests {
    static var binary: String { CLI.binary }
    static var hasBinary: Bool { CLI.exists }

    @discardableResult
    func run(_ args: [String]) throws -> (code: Int32, stderr: String) { try CLI.run(args) }

    func config(input: String, output: String, extra: String = "") -> String { CLI.config(input: input, output: output, extra: extra) }

    func contents(_ dir: URL) throws -> [String: Data] { try CLI.contents(dir) }

    @Test(.enabled(if: hasBinary)) func inputFolderGivesEveryTableWithRowsAndSameBytesForAnyWorkerCount() throws {
        let input = Paths.package.appendingPathComponent("input").path
        let one = Paths.temporary("w1"), two = Paths.temporary("w2")
        #expect(try run(["run", "--config", config(input: input, output: one.path), "--workers", "1", "--quiet"]).code == 0)
        #expect(try run(["run", "--config", config(input: input, output: two.path), "--workers", "2", "--quiet"]).code == 0)
        let a = try contents(one), b = try contents(two)
        let expected = Tables.all.flatMap { ["\($0.name).csv", "\($0.name).jsonl"] } + ["datapackage.json", "broadsheet.xlsx"]
        #expect(Set(a.keys) == Set(expected))
        #expect(FileManager.default.fileExists(atPath: one.appendingPathComponent("report.html").path))
        #expect(a == b, "outputs differ between 1 and 2 workers")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: input).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
        let documents = String(decoding: a["documents.jsonl"]!, as: UTF8.self).split(separator: "\n")
        #expect(documents.count == inputs.count)
        for table in ["sentences", "dates", "quotes", "entities", "mentions"] {
            #expect(String(decoding: a["\(table).csv"]!, as: UTF8.self).split(separator: "\r\n").count > 5, "\(table) has too few rows")
        }
        let run = try JSONSerialization.jsonObject(with: Data(contentsOf: one.appendingPathComponent("run.json"))) as! [String: Any]
        #expect((run["documents"] as! [String: Int])["processed"] == inputs.count)
    }

    @Test(.enabled(if: hasBinary)) func badInputsBecomeErrorRowsAndTheRestIsWritten() throws {
        let input = Paths.temporary("bad-in"), output = Paths.temporary("bad-out")
        let fm = FileManager.default
        _ = fm.createFile(atPath: input.appendingPathComponent("good.txt").path, contents: Data("Good Headline Here\n\nThe mayor said on Monday that the bridge would reopen.".utf8))
        _ = fm.createFile(atPath: input.appendingPathComponent("empty.txt").path, contents: Data())
        _ = fm.createFile(atPath: input.appendingPathComponent("binary.html").path, contents: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3]))
        _ = fm.createFile(atPath: input.appendingPathComponent("latin1.txt").path, contents: Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94, 0x2E]))
        _ = fm.createFile(atPath: input.appendingPathComponent("broken.html").path, contents: Data("<html><body><div><p>Unclosed <b>tags <!-- and a comment that never ends".utf8))
        let result = try run(["run", "--config", config(input: input.path, output: output.path), "--quiet"])
        #expect(result.code == 1)
        let errors = try String(contentsOf: output.appendingPathComponent("errors.csv"), encoding: .utf8)
        #expect(errors.contains("empty.txt,ingest,empty file"))
        #expect(errors.contains("binary.html,ingest,binary file"))
        let docs = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(docs.split(separator: "\n").count == 5)
        #expect(docs.contains("Café “ok”."))
        #expect(docs.contains("the bridge would reopen"))
    }

    @Test(.enabled(if: hasBinary)) func badConfigExits78AndWritesNothing() throws {
        let output = Paths.temporary("cfg-out")
        let path = config(input: Paths.package.appendingPathComponent("input").path, output: output.path, extra: "\"wokers\": 2,")
        let result = try run(["run", "--config", path])
        #expect(result.code == 78)
        #expect(result.stderr.contains("wokers"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
        #expect(try run(["check", "--config", path]).code == 78)
    }

    @Test(.enabled(if: hasBinary)) func secondRunWhileLockedExits75() throws {
        let output = Paths.temporary("lock-out")
        let fd = open(output.appendingPathComponent(".broadsheet.lock").path, O_RDWR | O_CREAT, 0o644)
        defer { close(fd) }
        _ = "pid 1 on test-host".withCString { write(fd, $0, strlen($0)) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let result = try run(["run", "--config", config(input: Paths.package.appendingPathComponent("input").path, output: output.path)])
        #expect(result.code == 75)
        #expect(result.stderr.contains("pid 1 on test-host"))
    }

    @Test(.enabled(if: hasBinary)) func usageErrorExits64() throws {
        #expect(try run(["run", "--workers", "0"]).code == 64)
    }

    /// A run killed with SIGKILL at several moments leaves every table whole; the next run completes.
    @Test(.enabled(if: hasBinary)) func killedRunLeavesTablesWhole() throws {
        let input = Paths.temporary("kill-in"), output = Paths.temporary("kill-out")
        let source = Paths.package.appendingPathComponent("input")
        var n = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".txt") || name.hasSuffix(".html") {
            let data = try Data(contentsOf: source.appendingPathComponent(name))
            for k in 0..<40 { try (data + Data("\n\nCopy \(k).".utf8)).write(to: input.appendingPathComponent("\(k)-\(name)")); n += 1 }
        }
        let path = config(input: input.path, output: output.path)
        #expect(try run(["run", "--config", path, "--quiet"]).code == 0)
        let before = try contents(output)
        for delay in [0.05, 0.2, 0.5] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Self.binary)
            p.arguments = ["run", "--config", path, "--quiet"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            Thread.sleep(forTimeInterval: delay)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            #expect(try contents(output) == before, "a table changed or was cut after SIGKILL at \(delay)s")
        }
        #expect(try run(["run", "--config", path, "--quiet"]).code == 0)
        #expect(try contents(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    func runJSON(_ dir: URL) throws -> [String: Int] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("run.json"))) as! [String: Any]
        return object["documents"] as! [String: Int]
    }

    /// Incremental rebuilds: unchanged documents come from the cache, changed and new ones are
    /// processed, deleted ones disappear, and the tables equal a full run's byte for byte.
    @Test(.enabled(if: hasBinary)) func rebuildReusesUnchangedDocumentsAndMatchesAFullRun() throws {
        let input = Paths.temporary("inc-in"), output = Paths.temporary("inc-out"), fresh = Paths.temporary("inc-full")
        let source = Paths.package.appendingPathComponent("input")
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
        for name in names { try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: input.appendingPathComponent(name)) }
        let path = config(input: input.path, output: output.path)
        #expect(try run(["run", "--config", path, "--quiet"]).code == 0)
        #expect(try runJSON(output) == ["processed": names.count, "reused": 0, "failed": 0])
        let first = try contents(output)
        #expect(try run(["run", "--config", path, "--quiet"]).code == 0)
        #expect(try runJSON(output)["reused"] == names.count)
        #expect(try contents(output) == first)

        let html = names.first { $0.hasSuffix(".html") }!
        let changed = input.appendingPathComponent(html)
        var page = try String(contentsOf: changed, encoding: .utf8)
        page = page.replacingOccurrences(of: "</body>", with: "<p>A late correction was added to this story on Friday, the editors said.</p></body>")
        try page.write(to: changed, atomically: false, encoding: .utf8)
        try "Breaking Story Headline\n\nThe mayor said on Monday that the bridge would reopen next week.".write(to: input.appendingPathComponent("new.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: input.appendingPathComponent(names.last { $0.hasSuffix(".html") && $0 != html }!))
        #expect(try run(["run", "--config", path, "--quiet"]).code == 0)
        let counts = try runJSON(output)
        #expect(counts["processed"] == 2)
        #expect(counts["reused"] == names.count - 2)

        #expect(try run(["run", "--config", config(input: input.path, output: fresh.path), "--quiet", "--no-cache"]).code == 0)
        #expect(try contents(output) == contents(fresh), "a rebuild from the cache differs from a full run")
    }

    /// A document over the per-document time budget becomes an errors row; the run goes on.
    @Test(.enabled(if: hasBinary)) func documentOverTheTimeBudgetBecomesAnErrorsRow() throws {
        let output = Paths.temporary("budget-out")
        let path = config(input: Paths.package.appendingPathComponent("input").path, output: output.path, extra: "\"time_budget\": 0.000001,")
        let result = try run(["run", "--config", path, "--quiet", "--no-cache"])
        #expect(result.code == 1)
        let errors = try String(contentsOf: output.appendingPathComponent("errors.csv"), encoding: .utf8)
        #expect(errors.contains("time budget exceeded in stage segment"))
        let docs = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        let inputs = try FileManager.default.contentsOfDirectory(atPath: Paths.package.appendingPathComponent("input").path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
        #expect(docs.split(separator: "\n").count == inputs.count)
    }
}
