import Foundation
import Logging
import Testing
@testable import BroadsheetKit

/// Tables are never stale without a word: whatever happened to the output folder since the last
/// run (a table deleted, cut short or edited by hand, a run killed while writing, a full disk, a
/// new build of the program), the next plain run leaves tables equal to a clean run's, byte for byte.
@Suite(.serialized) struct TrustTests {
    /// A copy of `input/` to damage at will.
    func corpus(_ name: String) throws -> URL {
        let dir = Paths.temporary(name)
        let source = Paths.package.appendingPathComponent("input")
        for f in try FileManager.default.contentsOfDirectory(atPath: source.path) where f.hasSuffix(".txt") || f.hasSuffix(".html") {
            try FileManager.default.copyItem(at: source.appendingPathComponent(f), to: dir.appendingPathComponent(f))
        }
        return dir
    }

    /// The tables of a run over `input` into an empty folder, no cache.
    func clean(_ input: URL) throws -> [String: Data] {
        let out = Paths.temporary("clean-out")
        #expect(try CLI.run(["run", "--config", CLI.config(input: input.path, output: out.path), "--quiet", "--no-cache"]).code == 0)
        return try CLI.contents(out)
    }

    func tables(_ summary: [String: Any]) -> (state: String, reason: String) {
        let t = summary["tables"] as? [String: String] ?? [:]
        return (t["state"] ?? "", t["reason"] ?? "")
    }

    enum Damage: String, CaseIterable {
        case deleted, truncated, rowAppendedByHand, sameSizeEditWithMtimeRestored
    }

    @Test(.enabled(if: CLI.exists), arguments: Damage.allCases)
    func damagedTableIsWrittenAgainOnThePlainRun(_ damage: Damage) throws {
        let input = try corpus("damage-in"), output = Paths.temporary("damage-out")
        let config = CLI.config(input: input.path, output: output.path)
        #expect(try CLI.run(["run", "--config", config, "--quiet"]).code == 0)
        let expected = try clean(input)
        #expect(try CLI.contents(output) == expected)

        let file: String
        switch damage {
        case .deleted:
            file = "documents.csv"
            try FileManager.default.removeItem(at: output.appendingPathComponent(file))
        case .truncated:
            file = "quotes.jsonl"
            let url = output.appendingPathComponent(file)
            let data = try Data(contentsOf: url)
            try data.prefix(data.count / 2).write(to: url)
        case .rowAppendedByHand:
            file = "entities.csv"
            let handle = try FileHandle(forWritingTo: output.appendingPathComponent(file))
            handle.seekToEndOfFile()
            handle.write(Data("person:someone,Someone,PERSON,Someone,1,1\r\n".utf8))
            try handle.close()
        case .sameSizeEditWithMtimeRestored:
            // An edit that keeps the size and puts the modification time back: only ctime tells.
            file = "sentences.csv"
            let path = output.appendingPathComponent(file).path
            var before = stat()
            stat(path, &before)
            var data = try Data(contentsOf: URL(fileURLWithPath: path))
            data[data.count / 2] = data[data.count / 2] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
            let fd = open(path, O_WRONLY)
            _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            var times = [before.st_atim, before.st_mtim]
            futimens(fd, &times)
            close(fd)
        }
        let result = try CLI.run(["run", "--config", config, "--quiet"])
        #expect(result.code == 0)
        #expect(try CLI.contents(output) == expected, "\(damage): the tables were not healed")
        let summary = try CLI.summary(output)
        #expect(tables(summary).state == "written")
        #expect(tables(summary).reason.contains(file), "run.json does not say what was wrong: \(tables(summary).reason)")
        #expect(result.stderr.contains(file), "no warning names \(file)")
        #expect((summary["documents"] as? [String: Int])?["reused"] == 8, "healing should not recompute documents")

        // Healed: the next run leaves them.
        #expect(try CLI.run(["run", "--config", config, "--quiet"]).code == 0)
        #expect(tables(try CLI.summary(output)).state == "unchanged")
    }

    /// A run killed between the renames of its new tables (some new, some old on disk) is not
    /// taken for complete: the next plain run finishes the job.
    @Test(.enabled(if: CLI.exists)) func runKilledWhileCommittingTablesHealsOnTheNextRun() throws {
        let input = try corpus("kill-commit-in"), output = Paths.temporary("kill-commit-out")
        let config = CLI.config(input: input.path, output: output.path)
        #expect(try CLI.run(["run", "--config", config, "--quiet"]).code == 0)
        try "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Tuesday after repairs, the council said.\n"
            .write(to: input.appendingPathComponent("late.txt"), atomically: false, encoding: .utf8)
        let killed = try CLI.run(["run", "--config", config, "--quiet"], environment: ["BROADSHEET_TEST_DIE_AFTER_RENAMES": "3"])
        #expect(killed.code == 137)
        let half = try CLI.contents(output)
        #expect(half != (try clean(input)), "the kill came too late to test anything")
        #expect(try CLI.run(["run", "--config", config, "--quiet"]).code == 0)
        #expect(try CLI.contents(output) == (try clean(input)))
    }

    /// A full disk fails the run (exit 74) and the next run, with space again, is complete.
    @Test(.enabled(if: CLI.exists && Tmpfs.available)) func fullDiskThenSpaceAgainGivesCompleteTables() throws {
        let input = try corpus("disk-in")
        let mount = try #require(Tmpfs(size: "256k"))
        defer { mount.unmount() }
        let output = mount.path.appendingPathComponent("out")
        let config = CLI.config(input: input.path, output: output.path)
        // A first complete run on a small corpus, then the full one does not fit.
        let small = Paths.temporary("disk-small")
        try FileManager.default.copyItem(at: input.appendingPathComponent("000_d303ae285524cf9e.txt"), to: small.appendingPathComponent("000_d303ae285524cf9e.txt"))
        #expect(try CLI.run(["run", "--config", CLI.config(input: small.path, output: output.path), "--quiet"]).code == 0)
        let filler = mount.path.appendingPathComponent("filler")
        let free = mount.freeBytes
        try Data(count: max(0, free - 60_000)).write(to: filler)
        #expect(try CLI.run(["run", "--config", config, "--quiet"]).code == 74)
        try FileManager.default.removeItem(at: filler)
        #expect(mount.resize("64m"))
        #expect(try CLI.run(["run", "--config", config, "--quiet"]).code == 0)
        #expect(try CLI.contents(output) == (try clean(input)))
    }

    /// A new build recomputes every document without `--full`: its cache keys differ.
    @Test func programChangeRecomputesEveryDocument() throws {
        let input = try corpus("program-in"), output = Paths.temporary("program-out")
        let json = """
        {"input": "\(input.path)", "output": "\(output.path)",
         "stages": [{"name": "clean"}, {"name": "segment"}, {"name": "dates"}, {"name": "quotes"}, {"name": "entities"}, {"name": "emit"}]}
        """
        let config = try PipelineConfig.parse(data: Data(json.utf8), directory: "/")
        HTMLReader.initialize()
        func run(_ program: String) throws -> [String: Int] {
            var runner = PipelineRunner(config: config, workers: 2, logger: Logger(label: "test"))
            runner.program = program
            #expect(runner.run() == .ok)
            return try CLI.summary(output)["documents"] as! [String: Int]
        }
        #expect(try run("build-a")["processed"] == 8)
        #expect(try run("build-a")["processed"] == 0)
        let upgraded = try run("build-b")
        #expect(upgraded["processed"] == 8 && upgraded["reused"] == 0)
        if CLI.exists { #expect(try CLI.contents(output) == (try clean(input))) }
    }
}

/// A small tmpfs, to fill a disk on purpose (needs root and mount; the test is skipped without).
struct Tmpfs {
    let path: URL

    static let available: Bool = {
        guard getuid() == 0, let probe = Tmpfs(size: "64k") else { return false }
        probe.unmount()
        return true
    }()

    init?(size: String) {
        path = Paths.temporary("tmpfs")
        guard Tmpfs.sh("mount -t tmpfs -o size=\(size) broadsheet-test '\(path.path)'") else { return nil }
    }

    var freeBytes: Int {
        var s = statvfs()
        guard statvfs(path.path, &s) == 0 else { return 0 }
        return Int(s.f_bavail) * Int(s.f_frsize)
    }

    func resize(_ size: String) -> Bool { Tmpfs.sh("mount -o remount,size=\(size) '\(path.path)'") }

    func unmount() { _ = Tmpfs.sh("umount '\(path.path)'") }

    static func sh(_ command: String) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command + " 2>/dev/null"]
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }
}
