import Foundation
import Testing
@testable import BroadsheetKit

/// Wire copies keep their bodies, are marked as copies of the first, and a cleaner result that
/// is empty or far short of the page's prose is flagged, never passed off as ok.
@Suite struct SyndicationTests {
    static let wire = [
        "LISBON, March 3 (Wire) - Portugal's parliament approved a budget on Friday that raises spending on rail lines and hospitals.",
        "The vote passed by 120 votes to 98 after two days of debate in which the opposition accused the government of optimism.",
        "\"This budget keeps its promises to the regions,\" Finance Minister Rita Alves told lawmakers before the vote.",
        "The opposition said growth forecasts of 2.1 percent were too high given weak exports to Spain and Germany.",
        "Spending on the Lisbon to Porto high-speed line rises to 900 million euros next year, the budget shows.",
        "The president has 20 days to sign the law or send it to the constitutional court for review.",
    ]

    /// A site's page: its own chrome at the head and the tail, a headline, the body.
    static func page(site: String, headline: String, body: [String]) -> String {
        "\(site) Home\n\nNews | Sport | Business | Opinion\n\n\(headline)\n\n" + body.joined(separator: "\n\n")
            + "\n\nFollow \(site) on social media for more stories like this one.\n\nCopyright 2024 \(site). All rights reserved."
    }

    static func local(_ n: Int, site: String) -> String {
        page(site: site, headline: "Local Council Story Number \(n)", body: [
            "The town council met on Tuesday evening to discuss item \(n) on its agenda, which drew a large crowd of residents.",
            "Councillors voted to delay a decision on item \(n) until the next meeting in April, the chair said afterwards.",
        ])
    }

    func text(_ id: String, _ body: String) -> Document {
        var doc = Document(id: id, format: .text)
        Ingestor.readText(Array(body.utf8), into: &doc)
        doc.sha256 = SHA256.hex(of: Array(body.utf8))
        return doc
    }

    func cleanCorpus(_ docs: [Document]) throws -> [Document] {
        var stage = try CleanStage(options: .init(), context: RunContext())
        stage.prepare(observations: docs.map { stage.observe($0) }, parallel: ParallelRunner(workers: 1))
        var out = try docs.map { d in var d = d; try stage.process(&d); return d }
        stage.finish(corpus: &out, parallel: ParallelRunner(workers: 2))
        return out
    }

    @Test func wireStoryOnSeveralSitesKeepsItsBodyInEveryCopy() throws {
        var docs: [Document] = []
        // Four sites, each with pages of its own (so their chrome repeats) and one copy of the wire
        // story; one copy is trimmed, one carries an editor's note.
        for (s, site) in ["Daily Courier", "Evening Post", "Harbour Times", "Valley News"].enumerated() {
            for n in 0..<3 { docs.append(text("\(site)/local-\(n).txt", Self.local(n + 10 * s, site: site))) }
            var body = Self.wire
            if s == 2 { body = Array(body.prefix(4)) }
            if s == 3 { body.append("Editor's note: an earlier version of this story misstated the vote count in the second paragraph.") }
            docs.append(text("\(site)/portugal-budget.txt", Self.page(site: site, headline: "Portugal Passes Budget", body: body)))
        }
        let cleaned = try cleanCorpus(docs)
        let copies = cleaned.filter { $0.id.hasSuffix("portugal-budget.txt") }
        #expect(copies.count == 4)
        for copy in copies {
            let expected = copy.id.hasPrefix("Harbour") ? Array(Self.wire.prefix(4)) : Self.wire
            for paragraph in expected { #expect(copy.text.contains(paragraph), "\(copy.id) lost: \(paragraph.prefix(40))") }
            #expect(!copy.text.contains("News | Sport"), "\(copy.id) kept site chrome")
            #expect(!copy.text.contains("All rights reserved"), "\(copy.id) kept site chrome")
            #expect(copy.meta.title == "Portugal Passes Budget")
        }
        // Sorted by doc_id, Daily Courier's copy is the first: the others are its duplicates.
        let first = "Daily Courier/portugal-budget.txt"
        for copy in copies where copy.id != first {
            #expect(copy.duplicateOf == first)
            #expect(copy.reportedStatus.status == .duplicate)
        }
        #expect(copies.first { $0.id == first }?.duplicateOf == nil)
        // Local stories are not copies of each other, and their site chrome is gone.
        for doc in cleaned where doc.id.contains("local") {
            #expect(doc.duplicateOf == nil && doc.reportedStatus.status == .ok, "\(doc.id)")
            #expect(doc.text.hasPrefix("The town council met"), "\(doc.id): \(doc.text.prefix(60))")
        }
    }

    /// Two copies of one story that differ only in their typography (one site prints `«…» —`,
    /// another `"…" -`, as a KOI8-R copy must) share the story, not just its unquoted lines: a
    /// quote-free paragraph at a copy's head or tail is not taken for chrome.
    @Test func copiesThatDifferInTypographyShareTheirStory() throws {
        let fancy = ["Городской совет утвердил бюджет на следующий год во вторник, несмотря на возражения оппозиции.",
                     "«Мы не можем больше откладывать ремонт трамвайных путей», — заявил глава администрации.",
                     "Депутат назвала документ «бюджетом обещаний» и сказала, что ремонт школ снова перенесён.",
                     "По словам главы администрации, первые работы начнутся в апреле и закончатся к сентябрю."]
        let plain = fancy.map { $0.replacingOccurrences(of: "«", with: "\"").replacingOccurrences(of: "»", with: "\"").replacingOccurrences(of: "—", with: "-") }
        let cleaned = try cleanCorpus([text("a.txt", fancy.joined(separator: "\n\n")), text("b.txt", plain.joined(separator: "\n\n"))])
        for (doc, lines) in zip(cleaned, [fancy, plain]) {
            for line in lines { #expect(doc.text.contains(line), "\(doc.id) lost: \(line.prefix(40))") }
        }
        #expect(ChromeKey.hash("«Да» — сказал он") == ChromeKey.hash("\"Да\" - сказал он"))
        #expect(ChromeKey.hash("What’s new") == ChromeKey.hash("What's new"))
    }

    /// An archive holding one short story twice, in two encodings (a Japanese article of 170
    /// characters in Shift_JIS and EUC-JP, a Russian one in KOI8-R and windows-1251): both copies
    /// keep every paragraph, and the second in `doc_id` order is marked a copy of the first. Before,
    /// the Japanese pair came out empty (its prose counted in characters fell short of a story's
    /// minimum, so its shared lines were taken for chrome) and the Russian pair was not paired.
    @Test(arguments: [("ja.euc-jp.txt", "ja.shift_jis.txt"), ("ru.koi8-r.txt", "ru.windows-1251.txt"), ("zh.gb18030.txt", "zh.utf-8.txt")])
    func oneStoryInTwoEncodingsKeepsItsTextAndIsMarkedACopy(_ first: String, _ second: String) throws {
        func bytes(_ name: String) throws -> [UInt8] {
            // (The UTF-8 copy is made here from the GB18030 file's text.)
            name == "zh.utf-8.txt" ? Array(TextDecoding.decode(try EncodingTests.bytes("zh.gb18030.txt")).text.utf8) : try EncodingTests.bytes(name)
        }
        let docs = try [first, second].map { name -> Document in
            var doc = Document(id: name, format: .text)
            let raw = try bytes(name)
            Ingestor.readText(raw, into: &doc)
            doc.sha256 = SHA256.hex(of: raw)
            return doc
        }
        let cleaned = try cleanCorpus(docs)
        for doc in cleaned {
            let source = TextDecoding.decode(try bytes(doc.id)).text
            let paragraphs = source.components(separatedBy: "\n\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.dropFirst()   // (the first is the headline)
            #expect(doc.reportedStatus.status != .empty, "\(doc.id): \(doc.reportedStatus.detail ?? "")")
            for p in paragraphs { #expect(doc.text.contains(p), "\(doc.id) lost: \(p.prefix(20))") }
        }
        #expect(cleaned[0].duplicateOf == nil)
        #expect(cleaned[1].duplicateOf == first)
    }

    @Test func sketchSimilarityFollowsSharedParagraphs() {
        let a: [UInt64] = [1, 2, 3, 4, 5, 6]
        #expect(DuplicateMerge.similarity(a, a) == 1)
        #expect(DuplicateMerge.similarity(a, [1, 2, 3]) == 0.5)
        #expect(DuplicateMerge.similarity(a, [7, 8, 9]) == 0)
        #expect(DuplicateMerge.similarity(a, [1, 9, 10, 11]) < DuplicateMerge.minSimilarity)
    }

    @Test func pageWithoutArticleTextIsEmptyWithAReason() throws {
        let html = """
        <html><head><title>Tag: budget</title></head><body><nav><ul><li><a href="/a">Portugal budget vote</a></li>
        <li><a href="/b">Rail spending rises</a></li><li><a href="/c">Opposition doubts growth</a></li></ul></nav></body></html>
        """
        let page = try HTMLReader.parse(Array(html.utf8), url: nil)
        var doc = Document(id: "tag.html", format: .html)
        doc.blocks = page.blocks
        doc.containers = page.containers
        try CleanStage(options: .init(), context: RunContext()).process(&doc)
        #expect(doc.text.isEmpty)
        #expect(doc.reportedStatus.status == .empty)
        #expect(doc.reportedStatus.detail?.contains("no article text found") == true)
    }

    /// An analyst's removal pattern that takes most of an article leaves it `partial`, with figures.
    @Test func resultFarShortOfThePagesProseIsPartial() throws {
        var options = CleanStage.Options()
        options.removePatterns = [".*(rail|parliament|vote|opposition|president).*"]
        var stage = try CleanStage(options: options, context: RunContext())
        var doc = text("budget.txt", Self.page(site: "Daily Courier", headline: "Portugal Passes Budget", body: Self.wire + Self.wire.map { $0 + " More." }))
        stage.prepare(observations: [stage.observe(doc)], parallel: ParallelRunner(workers: 1))
        try stage.process(&doc)
        #expect(!doc.text.isEmpty)
        let (status, detail) = doc.reportedStatus
        #expect(status == .partial)
        #expect(detail?.hasPrefix("kept ") == true)
    }
}
