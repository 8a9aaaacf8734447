import Foundation
import Logging
import Testing
@testable import BroadsheetKit

/// The machinery that keeps memory flat: documents encoded to a spill file between phases, and
/// corpus steps streamed (merged in any order, finished per document).
@Suite struct SpillAndMergeTests {
    /// A document with every field set, including non-ASCII text, optionals both ways, blocks and containers.
    func fullDocument() throws -> Document {
        var doc = try textDocument("""
            Moscow, Dec. 4 (Wire) — “We will not back down,” said Russian Ambassador to NATO Dmitry Rogozin on Friday.
            Rogozin told reporters the talks would resume next week. Analysts at Goldman Sachs said the rouble fell 2%.
            """, id: "dir/ünïcode doc.txt", published: "2009-12-04", stages: [segmenter, dater, quoter, entityFinder])
        doc.sha256 = String(repeating: "ab", count: 32)
        doc.bytes = 1234
        doc.meta.title = "Talks “resume”"
        doc.meta.updated = "2009-12-05T10:00:00"
        doc.meta.publishedSource = .jsonLD
        doc.manifest.url = "https://example.org/a?b=c"
        doc.blocks = [SourceBlock(kind: .heading, text: "Héadline", linkChars: 3, container: 1, level: 2, blankAfter: true),
                      SourceBlock(kind: .line, text: "", container: -1)]
        doc.containers = [SourceContainer(tag: "div", hints: "article-body main", parent: -1), SourceContainer(tag: "section", hints: "", parent: 0)]
        doc.declaredBody = "Déclaré: the story as the page's JSON-LD gives it.\nSecond line."

        doc.errors = [DocumentError(stage: "dates", message: "over the time budget: 60 s")]
        doc.mentions[0].entityID = "person:dmitry-rogozin"
        return doc
    }

    @Test func codecRoundTripsEveryField() throws {
        let doc = try fullDocument()
        #expect(!doc.sentences.isEmpty && !doc.dates.isEmpty && !doc.quotes.isEmpty && !doc.mentions.isEmpty)
        #expect(doc.quotes.contains { $0.speakerSpan != nil })
        let decoded = try DocumentCodec.decode(DocumentCodec.encode(doc))
        #expect(decoded == doc)
        var failed = Document(id: "bad.html", format: .html)
        failed.failed = true
        #expect(try DocumentCodec.decode(DocumentCodec.encode(failed)) == failed)
    }

    @Test func damagedRecordsThrowInsteadOfTrapping() throws {
        let bytes = DocumentCodec.encode(try fullDocument())
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: DocumentCodec.DecodeError.self) { try DocumentCodec.decode(Array(bytes[0..<cut])) }
        }
        var rng = RobustnessTests.SplitMix(state: 42)
        var decodedSome = 0
        for _ in 0..<2000 {
            var damaged = bytes
            for _ in 0..<3 { damaged[4 + Int(rng.next() % UInt64(bytes.count - 4))] = UInt8(truncatingIfNeeded: rng.next()) }
            if (try? DocumentCodec.decode(damaged)) != nil { decodedSome += 1 }   // may decode (a changed letter); must not trap
        }
        #expect(decodedSome < 2000)
        var otherVersion = bytes
        otherVersion[3] = DocumentCodec.version &+ 1
        #expect(throws: DocumentCodec.DecodeError.self) { try DocumentCodec.decode(otherVersion) }
    }

    @Test func spillFileKeepsConcurrentRecordsApart() throws {
        let folder = Paths.temporary("spill")
        let spill = try SpillFile(folder: folder.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "the work file is unlinked at once")
        let records: [[UInt8]] = (0..<500).map { i in Array("record \(i) ".utf8) + [UInt8](repeating: UInt8(i % 251), count: i * 13 % 4000) }
        let locations = ParallelRunner(workers: 4).map(count: records.count) { i in try! spill.append(records[i]) }
        #expect(spill.size == Int64(records.reduce(0) { $0 + $1.count }))
        let back = ParallelRunner(workers: 4).map(count: records.count) { i in try! spill.read(locations[i]) }
        #expect(back == records)
    }

    /// The entity merge gathers sets and sums, so ids cannot depend on the order documents finish in.
    @Test func entityMergeIsOrderFree() throws {
        let texts = [
            "Russian Ambassador to NATO Dmitry Rogozin said on Friday the talks were over. Rogozin left.",
            "The North Atlantic Treaty Organization (NATO) met in Brussels. Officials at NATO said little.",
            "Mr Rogozin told reporters that NATO would reply. The World Health Organization said nothing.",
            "Angela Merkel spoke in Berlin. Merkel said the WHO would help. Dmitri Rogozin was not there.",
        ]
        let docs = try texts.enumerated().map { i, t in try textDocument(t, id: "d\(i).txt", stages: [segmenter, quoter, entityFinder]) }
        func finished(_ order: [Int]) -> [[Mention]] {
            let merge = entityFinder.makeMerge()!
            for i in order { merge.add(docs[i]) }
            let finisher = merge.resolve()
            return docs.map { d in var d = d; finisher.finish(&d); return d.mentions }
        }
        let forward = finished([0, 1, 2, 3])
        #expect(forward == finished([3, 1, 0, 2]))
        #expect(forward == finished([2, 3, 1, 0]))
        let ids = Set(forward.joined().compactMap(\.entityID))
        #expect(ids.contains("person:dmitry-rogozin"))
        #expect(forward[0].allSatisfy { $0.entityID != nil })
        // Concurrent adds give the same result as sequential ones.
        let merge = entityFinder.makeMerge()!
        ParallelRunner(workers: 4).forEach(count: docs.count * 8) { i in merge.add(docs[i % docs.count]) }
        let finisher = merge.resolve()
        let concurrent = docs.map { d in var d = d; finisher.finish(&d); return d.mentions.map(\.entityID) }
        #expect(concurrent == forward.map { $0.map(\.entityID) })
    }

    /// The one-pass ASCII chrome key hashes exactly what the general path hashes.
    @Test func asciiChromeKeyMatchesTheGeneralPath() {
        var rng = RobustnessTests.SplitMix(state: 9)
        let pieces = ["Share", " ", "  ", "\t", "\n", "ON", "twitter", "Subscribe", "©", "2024", "Ünïcode", "\u{A0}", "x",
                      "ПОДЕЛИТЬСЯ", "Ёлка", "ΕΛΛΑΔΑ", "Σύνδεση", "ΪΫ", "ÀÞ×ß", "İstanbul", "ǅ", "뉴스", "«Да» — "]
        for _ in 0..<3000 {
            var line = ""
            for _ in 0..<Int(rng.next() % 12) { line += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let key = ChromeKey.of(line)
            #expect(ChromeKey.hash(line) == (key.isEmpty ? nil : FNV1a.hash(key)), "\(line.debugDescription)")
        }
        let long = String(repeating: "a ", count: 300)
        #expect(ChromeKey.hash(long) == nil)
        #expect(ChromeKey.hash(String(repeating: "é ", count: 300)) == nil)
    }
    /// The chrome key's own lower case of Latin-1, Greek and Cyrillic letters is the stdlib's.
    @Test func chromeKeyLowerCaseIsTheStdlibs() {
        for v in UInt32(0x80)..<0x800 {
            guard let mine = ChromeKey.twoByteLowercase(v), let scalar = Unicode.Scalar(v) else { continue }
            #expect(String(Unicode.Scalar(mine)!) == scalar.properties.lowercaseMapping, "U+\(String(v, radix: 16))")
        }
    }
    /// The Bloom filter never forgets a hash (so no repeated line is missed) and rarely invents one.
    @Test func bloomFilterHasNoFalseNegatives() {
        var rng = RobustnessTests.SplitMix(state: 77)
        var bloom = BloomFilter(expected: 20_000)
        let hashes = (0..<20_000).map { _ in rng.next() }
        var falsePositives = 0
        for h in hashes where bloom.insert(h) { falsePositives += 1 }
        #expect(hashes.allSatisfy { bloom.insert($0) })
        #expect(falsePositives < 600, "false positives: \(falsePositives)")
    }

    /// The two-pass corpus statistics count exactly what a plain count does.
    @Test func lineStatisticsMatchAPlainCount() throws {
        var rng = RobustnessTests.SplitMix(state: 5)
        let common = (0..<40).map { _ in rng.next() }
        let observations: [[UInt64]] = (0..<300).map { _ in
            Array(Set((0..<50).map { _ in rng.next() % 4 == 0 ? common[Int(rng.next() % 40)] : rng.next() % 5000 })).sorted()
        }
        var plain: [UInt64: Int] = [:]
        for o in observations { for h in o { plain[h, default: 0] += 1 } }
        var stage = try CleanStage(options: .init(), context: RunContext())
        stage.prepare(observations: observations, parallel: ParallelRunner(workers: 1))
        #expect(stage.lineCounts == plain.filter { $0.value >= 2 })
        #expect(stage.lineCounts.count > 40)
    }

    /// The cache index is written streamed and read back with its observations left on disk.
    @Test func cacheIndexRoundTrips() throws {
        let folder = Paths.temporary("index")
        let cache = DocumentCache(outputFolder: folder.path)
        let stamp = DocumentCache.FileStamp(size: 12, mtimeNanos: -3, inode: .max)
        let rows = (0..<3000).map { i in
            DocumentCache.Row(id: "dir/doc \(i).html", stamp: stamp, sha256: String(i, radix: 16), observation: (0..<(i % 7)).map { UInt64($0 * i) })
        }
        cache.commit(count: rows.count + 1, row: { $0 < rows.count ? rows[$0] : nil }, keys: [])
        let loaded = DocumentCache(outputFolder: folder.path)
        #expect(DocumentCache(outputFolder: folder.path, program: "another build").entry(rows[0].id) == nil, "another build's index was used")
        for r in rows {
            let e = try #require(loaded.entry(r.id))
            #expect(e.stamp == r.stamp && e.sha256 == r.sha256)
            #expect(loaded.observation(e) == r.observation)
        }
        #expect(loaded.entry("missing") == nil)
    }

    /// Results live in one pack per run: a killed run's finished documents are found by the next
    /// run, a torn or damaged result is a miss and never a wrong record, a commit keeps only what
    /// its index names, and nightly runs do not pile up small packs.
    @Test func cachedResultsLiveInPacksThatSurviveKillsAndDamage() throws {
        let folder = Paths.temporary("packs")
        let docs = folder.appendingPathComponent(".broadsheet-cache/docs").path
        func record(_ k: Int) -> [UInt8] { Array("record \(k) ".utf8) + [UInt8](repeating: UInt8(k & 0xff), count: 3000 + k) }
        func part(_ k: Int) -> [UInt8] { Array("names of \(k)".utf8) }
        func packs() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: docs).sorted() }

        // A run killed before its commit: no index names its pack, its results are still found.
        do {
            let cache = DocumentCache(outputFolder: folder.path)
            for k in 0..<3 { cache.store(record(k), mergePart: part(k), key: "k\(k)") }
        }
        var cache = DocumentCache(outputFolder: folder.path)
        for k in 0..<3 {
            #expect(cache.recordBytes("k\(k)") == record(k))
            #expect(cache.mergePart("k\(k)") == part(k))
        }
        #expect(cache.recordBytes("k9") == nil)

        // The pack cut inside its last frame (a crash mid-write): the frames before it stay.
        let pack = docs + "/" + (try #require(packs().first))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: pack)[.size] as? Int)
        #expect(truncate(pack, off_t(size - 100)) == 0)
        cache = DocumentCache(outputFolder: folder.path)
        #expect(cache.recordBytes("k0") == record(0) && cache.recordBytes("k1") == record(1))
        #expect(cache.recordBytes("k2") == nil && cache.mergePart("k2") == nil)

        // A pack whose next header claims a 4 GB key (a damaged disk): read up to it, no crash.
        let junk = docs + "/ffffffffff-1-00000000.pack"
        let firstFrame = try Data(contentsOf: URL(fileURLWithPath: pack)).prefix(16 + 2 + part(0).count + 8 + record(0).count + 8)
        #expect(FileManager.default.createFile(atPath: junk, contents: firstFrame + Data([0x42, 0x53, 0x46, 1, 0xff, 0xff, 0xff, 0xff] + [UInt8](repeating: 0, count: 8))))
        cache = DocumentCache(outputFolder: folder.path)
        #expect(cache.recordBytes("k0") == record(0) && cache.recordBytes("k1") == record(1))
        unlink(junk)

        // A commit names k0 and k1 in the index; files of older builds and dead packs go.
        #expect(FileManager.default.createFile(atPath: docs + "/0123abcd.bin", contents: Data([1, 2, 3])))
        #expect(FileManager.default.createFile(atPath: docs + "/0123abcd.merge", contents: Data([4])))
        cache.commit(count: 0, row: { _ in nil }, keys: ["k0", "k1"])
        #expect(try packs().count == 1 && packs().allSatisfy { $0.hasSuffix(".pack") })
        cache = DocumentCache(outputFolder: folder.path)
        #expect(cache.recordBytes("k1") == record(1) && cache.mergePart("k0") == part(0))

        // A byte flipped in a committed record: that record is a miss, not another document's.
        let committed = docs + "/" + (try #require(packs().first))
        let fd = open(committed, O_RDWR)
        var byte: UInt8 = 0
        #expect(pread(fd, &byte, 1, 40) == 1)
        byte ^= 0x5a
        #expect(pwrite(fd, &byte, 1, 40) == 1)
        close(fd)
        cache = DocumentCache(outputFolder: folder.path)
        #expect(cache.recordBytes("k0") == nil, "the first frame's record was damaged")
        #expect(cache.recordBytes("k1") == record(1))

        // Night after night one new document: still one pack, every result readable.
        for night in 3..<9 {
            cache = DocumentCache(outputFolder: folder.path)
            cache.store(record(night), mergePart: part(night), key: "k\(night)")
            cache.commit(count: 0, row: { _ in nil }, keys: Set((3...night).map { "k\($0)" }))
        }
        #expect(try packs().count == 1)
        cache = DocumentCache(outputFolder: folder.path)
        for k in 3..<9 { #expect(cache.recordBytes("k\(k)") == record(k)) }
        #expect(cache.recordBytes("k1") == nil, "a result no run kept is still served")

        // A run with nothing new leaves the pack as it was.
        let before = try packs()
        cache.commit(count: 0, row: { _ in nil }, keys: Set((3..<9).map { "k\($0)" }))
        #expect(try packs() == before)
        #expect(DocumentCache(outputFolder: folder.path).recordBytes("k8") == record(8))
    }

    /// An index damaged to claim billions of packs or frames is no index (a fresh cache), not a
    /// run that asks for terabytes and dies.
    @Test func aDamagedCacheIndexIsAFreshCache() throws {
        for claim in [(packs: 1 << 40, frames: 0), (packs: 0, frames: 1 << 40)] {
            let folder = Paths.temporary("bad-index")
            try FileManager.default.createDirectory(atPath: folder.path + "/.broadsheet-cache/docs", withIntermediateDirectories: true)
            var w = DocumentCodec.Writer()
            w.bytes = DocumentCache.Index.magic
            w.string(DocumentCache(outputFolder: Paths.temporary("probe").path).formatVersion)
            w.bool(false)
            w.int(claim.packs)
            w.int(claim.frames)
            #expect(FileManager.default.createFile(atPath: folder.path + "/.broadsheet-cache/index.bin", contents: Data(w.bytes)))
            let cache = DocumentCache(outputFolder: folder.path)
            #expect(cache.recordBytes("k") == nil && cache.entry("x") == nil)
        }
    }

    /// Past the spill budget, pages are read again instead of waiting on disk: same tables.
    @Test func pagesPastTheSpillBudgetAreReadAgainWithTheSameResult() throws {
        func tables(budget: Int64) throws -> [String: String] {
            let out = Paths.temporary("budget")
            let json = """
            {"input": "\(Paths.package.path)/input", "output": "\(out.path)",
             "stages": [{"name": "clean"}, {"name": "segment"}, {"name": "dates"}, {"name": "quotes"}, {"name": "entities"}, {"name": "emit"}]}
            """
            HTMLReader.initialize()
            var runner = PipelineRunner(config: try PipelineConfig.parse(data: Data(json.utf8), directory: "/"), workers: 2,
                                        logger: Logger(label: "test"), useCache: false)
            runner.ingestSpillBudget = budget
            #expect(runner.run() == .ok)
            var files: [String: String] = [:]
            for (name, _) in Tables.all { files[name] = try String(contentsOf: out.appendingPathComponent("\(name).jsonl"), encoding: .utf8) }
            return files
        }
        let spilled = try tables(budget: 2 << 30)
        #expect(spilled["documents"]?.isEmpty == false)
        #expect(try tables(budget: 0) == spilled)
    }
    /// An unchanged folder is told without recomputing anything, but a manifest edit (the input
    /// files untouched) is a change: the tables follow the manifest.
    @Test func manifestEditIsAChangeEvenWhenNoFileIs() throws {
        let input = Paths.temporary("manifest-in")
        let out = Paths.temporary("manifest-out")
        for name in ["article.html", "wire.txt", "manifest.csv"] {
            try FileManager.default.copyItem(at: Paths.fixtures.appendingPathComponent("corpus/\(name)"), to: input.appendingPathComponent(name))
        }
        let json = """
        {"input": "\(input.path)", "output": "\(out.path)",
         "stages": [{"name": "clean"}, {"name": "segment"}, {"name": "dates"}, {"name": "quotes"}, {"name": "entities"}, {"name": "emit"}]}
        """
        let config = try PipelineConfig.parse(data: Data(json.utf8), directory: "/")
        HTMLReader.initialize()
        func run() throws -> String {
            #expect(PipelineRunner(config: config, workers: 2, logger: Logger(label: "test")).run() == .ok)
            return try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        }
        let first = try run()
        let again = try run()
        #expect(again == first)
        let summary = try String(contentsOf: out.appendingPathComponent("run.json"), encoding: .utf8)
        #expect(summary.contains("\"processed\" : 0"))
        let manifest = input.appendingPathComponent("manifest.csv")
        try "doc_id,published,site,title\nwire.txt,2022-02-18,Example Wire,Edited Headline\n".write(to: manifest, atomically: false, encoding: .utf8)
        let edited = try run()
        #expect(edited != first)
        #expect(edited.contains("Edited Headline"))
    }
}
