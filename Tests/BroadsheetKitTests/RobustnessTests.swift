import Foundation
import Testing
@testable import BroadsheetKit

/// Deterministic random text from pieces that stress the scanners (quotes, dots, ellipses,
/// dates, names, cues). A trap here would crash a whole nightly run, so every stage must
/// come through with offsets that stay inside the text.
@Suite struct RobustnessTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "\"", "“", "”", "‘", "’", "'", "``", "''", "«", "»", ".", "...", "…", ". . .", "?!", "!", ",", ":", ";", "(", ")",
        "[", "]", "-", "--", "—", "\n", "\n\n", " ", " ", " ", "said", "says", "told", "according to", "he", "she", "they",
        "Rogozin", "Dmitry", "NATO", "U.S.", "Mr.", "Gen.", "a.m.", "p.m.", "5", "12", "1998", "2009", "07/27/2016", "2009-12-04",
        "December", "Dec.", "May", "Friday", "last", "next", "week", "year", "ago", "two", "twenty", "-", "four", "the", "of",
        "Organization", "for", "Security", "(OSCE)", "1.", "2.", "a.", "•", "Q", "3", "fiscal", "quarter", "noon", "'s", "é", "\u{AD}",
        "\u{200B}", "🏳️‍🌈", "x", "A", "I", "E.", "Jr.", "St.", "Co.", "Inc.", "%", "$", "#",
    ]

    func randomText(_ rng: inout SplitMix, length: Int) -> String {
        var out = ""
        for _ in 0..<length {
            out += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
            if rng.next() % 3 == 0 { out += " " }
        }
        return out
    }

    @Test func randomTextThroughEveryStage() throws {
        var rng = SplitMix(state: 20261122)
        var docs: [Document] = []
        for i in 0..<(Int(ProcessInfo.processInfo.environment["BROADSHEET_FUZZ_DOCS"] ?? "") ?? 400) {
            let text = randomText(&rng, length: Int(rng.next() % 300))
            var doc = try textDocument(text, id: "r\(i).txt", published: i % 2 == 0 ? "2009-12-01" : nil, stages: [segmenter, dater, quoter, entityFinder])
            let n = doc.text.unicodeScalars.count
            for s in doc.sentences { #expect(s.span.start >= 0 && s.span.end <= n && s.span.start < s.span.end) }
            for d in doc.dates { #expect(d.span.start >= 0 && d.span.end <= n && d.span.start < d.span.end) }
            for q in doc.quotes { #expect(q.span.start >= 0 && q.span.end <= n && q.span.start <= q.span.end) }
            for m in doc.mentions { #expect(m.span.start >= 0 && m.span.end <= n && m.span.start < m.span.end) }
            doc.blocks = []
            docs.append(doc)
        }
        entityFinder.finish(corpus: &docs, parallel: ParallelRunner(workers: 2))
        #expect(!docs.isEmpty)
    }

    /// Digit runs too long for an Int's arithmetic, in a page's timestamp and in the text, are
    /// refused or left alone; they used to trap the whole run (found by `make fuzz`).
    @Test func hugeNumbersInTimestampsAndTextDoNotTrap() throws {
        let stamp = "2009-12-04T" + String(repeating: "9", count: 40)
        #expect(LooseDate.check(stamp) == .valid("2009-12-04"))
        let text = "Council votes on the budget\n\nThe fund was set up 999999999999999999 decades ago and will run for 999999999999999999 and a half weeks, the council said on Tuesday."
        let doc = try textDocument(text, id: "huge.txt", published: "2009-12-01", stages: [segmenter, dater])
        #expect(doc.dates.map(\.text) == ["Tuesday"])
    }

    @Test func randomHTMLThroughIngestAndClean() throws {
        var rng = SplitMix(state: 7)
        let tags = ["<p>", "</p>", "<div class=\"comment\">", "<div class=\"article-body\">", "</div>", "<a href=x>", "</a>", "<table><tr><td>",
                    "</td><td>", "</tr></table>", "<script>", "</script>", "<!--", "-->", "<br>", "<h1>", "</h1>", "<li>", "<ul>", "</ul>",
                    "<meta charset=\"windows-1252\">", "<title>", "</title>", "&amp;", "&#x201C;", "&bogus;", "<![CDATA[", "]]>", "\u{0}"]
        var docs: [Document] = []
        for i in 0..<(Int(ProcessInfo.processInfo.environment["BROADSHEET_FUZZ_DOCS"] ?? "") ?? 200) {
            var html = ""
            for _ in 0..<Int(rng.next() % 200) {
                html += rng.next() % 2 == 0 ? tags[Int(rng.next() % UInt64(tags.count))] : randomText(&rng, length: 3)
            }
            var doc = Document(id: "h\(i).html", format: .html)
            let bytes = Array(html.utf8)
            guard !bytes.isEmpty, !TextDecoding.looksBinary(bytes), let page = try? HTMLReader.parse(bytes, url: nil) else { continue }
            doc.meta = PageMetadata.extract(page)
            doc.blocks = page.blocks
            doc.containers = page.containers
            docs.append(doc)
        }
        var clean = try CleanStage(options: .init(), context: RunContext())
        let observations = docs.map { clean.observe($0) }
        clean.prepare(observations: observations, parallel: ParallelRunner(workers: 1))
        for var d in docs {
            try clean.process(&d)
            try segmenter.process(&d)
            #expect(d.paragraphs.allSatisfy { $0.end <= d.text.unicodeScalars.count })
        }
    }

    @Test func deeplyNestedAndLinkHeavyPagesParse() throws {
        let deep = String(repeating: "<div>", count: 10_000) + "<p>Deep text that should survive the nesting.</p>" + String(repeating: "</div>", count: 10_000)
        let page = try HTMLReader.parse(Array(deep.utf8), url: nil)
        #expect(page.blocks.count <= 2)
        let links = "<html><body>" + String(repeating: "<a href=\"/x\">link</a> ", count: 100_000) + "<p>One real paragraph of text, with a comma.</p></body></html>"
        let many = try HTMLReader.parse(Array(links.utf8), url: nil)
        #expect(!many.blocks.isEmpty)
    }

    @Test func vanishedFifoAndDirectoryInputsAreErrorsNotHangs() throws {
        let dir = Paths.temporary("odd-files")
        let gone = Ingestor.read(InputFile(id: "gone.txt", path: dir.appendingPathComponent("gone.txt").path, format: .text), manifest: nil)
        #expect(gone.failed)
        #expect(gone.errors.first?.message == "file disappeared before it could be read")
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let piped = Ingestor.read(InputFile(id: "pipe.txt", path: fifo, format: .text), manifest: nil)
        #expect(piped.failed)
        #expect(piped.errors.first?.message == "not a regular file")
    }
}
