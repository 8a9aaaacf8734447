import Foundation

/// Entry points for the libFuzzer targets (`make fuzz`): each runs one input path end to end on
/// arbitrary bytes. Any trap found here would have crashed a nightly run.
public enum FuzzEntryPoints {
    static let stages: [any PipelineStage] = [
        try! SegmentStage(options: .init(), context: RunContext()),
        try! DatesStage(options: .init(), context: RunContext(referenceDate: CivilDate(year: 2009, month: 12, day: 4))),
        try! QuotesStage(options: .init(), context: RunContext()),
        try! EntitiesStage(options: .init(), context: RunContext()),
    ]

    /// HTML bytes through libxml2, metadata, cleaning and every text stage.
    public static func html(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, !TextDecoding.looksBinary(bytes), let page = try? HTMLReader.parse(bytes, url: nil) else { return }
        var doc = Document(id: "fuzz.html", format: .html)
        var warnings: [String] = []
        doc.meta = PageMetadata.extract(page, warnings: &warnings, declaredBody: &doc.declaredBody)
        doc.blocks = page.blocks
        doc.containers = page.containers
        runStages(&doc)
    }

    /// A web archive's bytes through the MIME reader, then the page inside as `html` reads it.
    public static func mhtml(_ bytes: [UInt8]) {
        guard MHTML.isArchive(bytes), let page = MHTML.page(bytes) else { return }
        html(page.html)
    }

    /// Plain-text bytes through decoding, chrome removal and every text stage.
    public static func text(_ bytes: [UInt8]) {
        var doc = Document(id: "fuzz.txt", format: .text)
        Ingestor.readText(bytes, into: &doc)
        runStages(&doc)
    }

    /// One sentence straight into the date grammar, with and without an anchor.
    static let fuzzLanguages = ["ru", "uk", "de", "fr", "es", "it", "pt", "pl", "nl", "zh", "ja", "ko", "ar", "fa", "hi", "he", "el"]

    public static func dates(_ bytes: [UInt8]) {
        let scalars = Array(TextDecoding.decode(bytes).text.unicodeScalars.prefix(2000))
        let tokens = DateTokenizer.tokenize(scalars)
        _ = DateGrammar(tokens: tokens, anchor: DateAnchor(date: CivilDate(year: 1998, month: 2, day: 13), kind: .relative)).matches()
        _ = DateGrammar(tokens: tokens, anchor: DateAnchor(date: nil, kind: .unresolved)).matches()
        // The patterns of other languages, in the language the first byte picks.
        var abroad = DateGrammar(tokens: tokens, anchor: DateAnchor(date: CivilDate(year: 1998, month: 2, day: 13), kind: .relative))
        abroad.abroad = true
        abroad.language = fuzzLanguages[Int(bytes.first ?? 0) % fuzzLanguages.count]
        _ = abroad.matches()
        _ = LooseDate.normalize(String(scalars: scalars))
    }

    /// Bytes as the cache's index when they open like one (`BSI`), else as a pack no index names:
    /// the cache opens them as the next run would, and is asked for a result.
    public static func cache(_ bytes: [UInt8]) {
        let docs = cacheFolder + "/.broadsheet-cache/docs"
        try? FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
        let path = bytes.starts(with: [0x42, 0x53, 0x49]) ? cacheFolder + "/.broadsheet-cache/index.bin" : docs + "/fuzz.pack"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
        let cache = DocumentCache(outputFolder: cacheFolder)
        _ = cache.recordBytes("fuzz")
        _ = cache.mergePart("fuzz")
        unlink(path)
    }
    static let cacheFolder = NSTemporaryDirectory() + "/broadsheet-fuzz-cache-\(getpid())"

    private static func runStages(_ doc: inout Document) {
        var clean = try! CleanStage(options: .init(), context: RunContext())
        clean.prepare(observations: [clean.observe(doc)], parallel: ParallelRunner(workers: 1))
        try? clean.process(&doc)
        for stage in stages { try? stage.process(&doc) }
        var corpus = [doc]
        stages.last!.finish(corpus: &corpus, parallel: ParallelRunner(workers: 1))
    }
}
