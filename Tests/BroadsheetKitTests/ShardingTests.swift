import Foundation
import Logging
import Testing
@testable import BroadsheetKit

/// A run split into shards gives the tables of a one-machine run, byte for byte: the corpus
/// statistics and the corpus merge see every shard.
@Suite struct ShardingTests {
    static let stages = #"[{"name": "clean"}, {"name": "segment"}, {"name": "dates"}, {"name": "quotes"}, {"name": "entities"}, {"name": "emit"}]"#

    /// Articles of two invented sites: each page carries its site's chrome lines, one story is
    /// syndicated to both sites, and people named in full in one article are named by surname
    /// in another. Plus a file that cannot be read as text.
    static func writeCorpus(_ folder: URL) throws {
        let chrome = [
            "gazette": ["Subscribe to the Riverside Gazette for daily news", "© Riverside Gazette Media Group. All rights reserved."],
            "herald": ["Sign up for the Lakeland Herald morning briefing", "Lakeland Herald is part of the Northshore Press family."],
        ]
        let people = [("Maria Okafor", "Okafor", "the harbour commissioner"), ("Tomas Lindqvist", "Lindqvist", "the transit director"),
                      ("Priya Raman", "Raman", "the council treasurer"), ("Jonah Whitfield", "Whitfield", "the school board chair")]
        let wire = "The regional water authority approved a new reservoir plan on Tuesday after three years of public hearings, "
            + "and construction is expected to begin in the spring of 2027."
        var n = 0
        for site in ["gazette", "herald"] {
            for (k, person) in people.enumerated() {
                n += 1
                let (full, surname, role) = person
                let body = """
                \(chrome[site]![0])

                \(full), \(role), said on Monday that the budget for the coming year would rise by \(k + 3) percent.

                "We have listened to every neighbourhood and this plan reflects what they asked for," \(surname) said at the meeting.

                \(n % 3 == 0 ? wire : "Council members will vote on the proposal on March \(k + 10), according to the agenda published last week.")

                \(chrome[site]![1])
                """
                try body.write(to: folder.appendingPathComponent("\(site)/story-\(k).txt"), atomically: false, encoding: .utf8)
            }
        }
        let page = """
        <html><head><title>Reservoir plan approved</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Reservoir plan approved</h1><p>\(wire)</p>
        <p>Okafor told reporters the harbour would not be affected by the works, and Raman said the cost was within the budget.</p></article>
        <footer>Subscribe to the Riverside Gazette for daily news</footer></body></html>
        """
        try page.write(to: folder.appendingPathComponent("gazette/reservoir.html"), atomically: false, encoding: .utf8)
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: folder.appendingPathComponent("herald/broken.txt"))
    }

    /// A fresh folder holding the corpus above.
    static func corpusFolder(_ name: String) throws -> URL {
        let input = Paths.temporary(name)
        for site in ["gazette", "herald"] { try FileManager.default.createDirectory(at: input.appendingPathComponent(site), withIntermediateDirectories: true) }
        try writeCorpus(input)
        return input
    }

    static func config(input: URL, output: URL) throws -> PipelineConfig {
        let json = #"{"input": "\#(input.path)", "output": "\#(output.path)", "stages": \#(stages)}"#
        return try PipelineConfig.parse(data: Data(json.utf8), directory: "/")
    }

    /// Every table file (CSV, JSONL, the workbook) and the datapackage, by name.
    static func tables(_ folder: URL) throws -> [String: Data] { try CLI.contents(folder) }

    static func oneMachine(_ input: URL) throws -> [String: Data] {
        let out = Paths.temporary("one")
        HTMLReader.initialize()
        _ = PipelineRunner(config: try config(input: input, output: out), workers: 2, logger: Logger(label: "test")).run()
        return try tables(out)
    }

    @Test func shardedTablesEqualOneMachineByteForByte() throws {
        let input = try ShardingTests.corpusFolder("shard-in")
        let expected = try ShardingTests.oneMachine(input)
        #expect(expected.count == Tables.all.count * 2 + 2, "CSV and JSONL for every table, the workbook and the datapackage")
        let sentences = String(decoding: try #require(expected["sentences.csv"]), as: UTF8.self)
        #expect(!sentences.contains("Subscribe to the Riverside Gazette"), "site chrome stayed in the text")
        #expect(String(decoding: try #require(expected["errors.csv"]), as: UTF8.self).contains("herald/broken.txt"))

        for shards in [2, 3, 5] {
            let out = Paths.temporary("sharded")
            let run = ShardedRun(config: try ShardingTests.config(input: input, output: out), shards: shards, workers: 2, logger: Logger(label: "test"))
            #expect(try run.runAll() == .someDocumentsFailed(1), "the broken file is one failed document")
            let got = try ShardingTests.tables(out)
            #expect(got.keys.sorted() == expected.keys.sorted())
            for (name, bytes) in expected { #expect(got[name] == bytes, "\(name) differs with \(shards) shards") }
        }
    }

    /// The nightly case: the same shards again take every result from their caches, and one new
    /// article still gives the one-machine tables.
    @Test func aNewDocumentKeepsShardedTablesExact() throws {
        let input = try ShardingTests.corpusFolder("shard-new")
        let out = Paths.temporary("sharded-new")
        let run = ShardedRun(config: try ShardingTests.config(input: input, output: out), shards: 3, workers: 2, logger: Logger(label: "test"))
        _ = try run.runAll()
        _ = try run.runAll()
        let summary = String(decoding: try Data(contentsOf: out.appendingPathComponent("run.json")), as: UTF8.self)
        // (the broken file is read again each night: failures are never cached)
        #expect(summary.contains("\"reused\" : 9"), "an unchanged corpus was processed again: \(summary)")

        try """
        Subscribe to the Riverside Gazette for daily news

        Priya Raman, the council treasurer, said the reservoir would be paid for from the capital fund.

        © Riverside Gazette Media Group. All rights reserved.
        """.write(to: input.appendingPathComponent("gazette/late-story.txt"), atomically: false, encoding: .utf8)
        _ = try run.runAll()
        let expected = try ShardingTests.oneMachine(input)
        let got = try ShardingTests.tables(out)
        for (name, bytes) in expected { #expect(got[name] == bytes, "\(name) differs after a new document") }
        let late = String(decoding: try #require(got["sentences.csv"]), as: UTF8.self)
        #expect(late.contains("capital fund") && !late.contains("Subscribe to the Riverside"))
    }

    @Test func shardsAreStableAndSpread() {
        // Pinned: a document must not move to another shard (and cache) between nights or builds.
        #expect(ShardedRun.shard(of: "2024/05/harbour.html", shards: 8) == ShardedRun.shard(of: "2024/05/harbour.html", shards: 8))
        #expect(ShardedRun.shard(of: "a.txt", shards: 7) == Int(FNV1a.hash("a.txt") % 7))
        var counts = [Int](repeating: 0, count: 4)
        for i in 0..<4000 { counts[ShardedRun.shard(of: "site/\(i).html", shards: 4)] += 1 }
        #expect(counts.allSatisfy { $0 > 800 && $0 < 1200 }, "uneven shards: \(counts)")
    }

    /// A step that finds another configuration's work files stops with a message saying so.
    @Test func workFilesOfAnotherConfigAreRefused() throws {
        let input = try ShardingTests.corpusFolder("shard-cfg")
        let out = Paths.temporary("sharded-cfg")
        let first = ShardedRun(config: try ShardingTests.config(input: input, output: out), shards: 2, workers: 1, logger: Logger(label: "test"))
        try first.ingest(shard: 0)
        try first.ingest(shard: 1)
        let json = #"{"input": "\#(input.path)", "output": "\#(out.path)", "stages": [{"name": "clean", "options": {"repeated_line_min_docs": 3}}, {"name": "emit"}]}"#
        let other = ShardedRun(config: try PipelineConfig.parse(data: Data(json.utf8), directory: "/"), shards: 2, workers: 1, logger: Logger(label: "test"))
        #expect(throws: StageFailure.self) { try other.statistics() }
        do { try other.statistics() } catch { #expect("\(error)".contains("another pipeline configuration")) }
        let three = ShardedRun(config: try ShardingTests.config(input: input, output: out), shards: 3, workers: 1, logger: Logger(label: "test"))
        do { try three.statistics(); Issue.record("a missing shard was not noticed") } catch {
            #expect("\(error)".contains("shard-0-of-3.ingest.rows"))
        }
    }
}
