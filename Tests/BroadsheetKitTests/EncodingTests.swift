import Foundation
import Testing
@testable import BroadsheetKit

/// Inputs in the encodings a news archive collects: every one read back as the text it holds,
/// whatever the page declares, with bad bytes repaired one by one and reported.
@Suite struct EncodingTests {
    static let folder = Paths.fixtures.appendingPathComponent("encodings")

    /// (fixture file, its source text, the label it must be read as; Greek may read as either
    /// windows-1253 or ISO-8859-7, which agree on this text).
    static let fixtures: [(file: String, source: String, labels: Set<String>)] = [
        ("ru.windows-1251.txt", "ru", ["windows-1251"]), ("ru.koi8-r.txt", "ru", ["koi8-r"]),
        ("ja.shift_jis.txt", "ja", ["shift_jis"]), ("ja.euc-jp.txt", "ja", ["euc-jp"]),
        ("zh.gb18030.txt", "zh", ["gb18030"]), ("zh-hant.big5.txt", "zh-hant", ["big5"]), ("ko.euc-kr.txt", "ko", ["euc-kr"]),
        ("el.windows-1253.txt", "el", ["windows-1253", "iso-8859-7"]),
        ("fr.windows-1252.txt", "fr", ["windows-1252"]), ("de.windows-1252.txt", "de", ["windows-1252"]),
    ]

    static func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: folder.appendingPathComponent(name))) }

    static func source(_ name: String, koi8: Bool = false) throws -> String {
        var text = try String(contentsOf: folder.appendingPathComponent("source/\(name).txt"), encoding: .utf8)
        if koi8 { text = text.replacingOccurrences(of: "«", with: "\"").replacingOccurrences(of: "»", with: "\"").replacingOccurrences(of: "—", with: "-") }
        return text
    }

    @Test(arguments: fixtures.map(\.file))
    func plainTextReadsBackInItsEncoding(_ file: String) throws {
        let f = try #require(Self.fixtures.first { $0.file == file })
        let decoded = TextDecoding.decode(try Self.bytes(file))
        #expect(decoded.text == (try Self.source(f.source, koi8: file.contains("koi8"))))
        #expect(f.labels.contains(decoded.encoding), "\(file) read as \(decoded.encoding)")
        #expect(decoded.replaced == 0 && decoded.warning == nil)
    }

    /// A headline alone (a short title file, a file name) is enough for the Cyrillic and CJK code pages.
    @Test(arguments: ["ru.windows-1251.txt", "ru.koi8-r.txt", "ja.shift_jis.txt", "zh.gb18030.txt", "ko.euc-kr.txt"])
    func headlineAloneIsEnough(_ file: String) throws {
        let bytes = try Self.bytes(file)
        let headline = Array(bytes.prefix { $0 != 10 })
        let f = try #require(Self.fixtures.first { $0.file == file })
        let expected = try Self.source(f.source, koi8: file.contains("koi8")).split(separator: "\n")[0]
        #expect(TextDecoding.decode(headline).text == expected)
    }

    /// The same page with a right, a missing and two lying `<meta charset>` (a template's
    /// `utf-8`, a server default of `iso-8859-1`): the text is right every time, and a lie is
    /// reported as a warning.
    @Test(arguments: ["ru.windows-1251.txt", "ru.koi8-r.txt", "ja.shift_jis.txt", "ja.euc-jp.txt", "zh.gb18030.txt", "ko.euc-kr.txt",
                      "fr.windows-1252.txt"])
    func htmlReadsRightWhateverItsMetaSays(_ file: String) throws {
        let f = try #require(Self.fixtures.first { $0.file == file })
        let body = try Self.bytes(file)
        let paragraphs = try Self.source(f.source, koi8: file.contains("koi8")).components(separatedBy: "\n\n").map { $0.trimmingWhitespace() }
        let label = f.labels.first!
        for meta in [label, nil, "utf-8", "iso-8859-1"] {
            var html = Array("<!DOCTYPE html><html><head>\(meta.map { "<meta charset=\"\($0)\">" } ?? "")<title>x</title></head><body><article>".utf8)
            for chunk in body.split(separator: 10, omittingEmptySubsequences: true) { html += Array("<p>".utf8) + chunk + Array("</p>\n".utf8) }
            html += Array("</article></body></html>".utf8)
            let page = try HTMLReader.parse(html, url: nil)
            #expect(page.blocks.map(\.text) == paragraphs, "meta \(meta ?? "none") on \(file)")
            #expect(page.encoding == label)
            let lied = meta != nil && meta != label && !(meta == "iso-8859-1" && label == "windows-1252")
            #expect(lied == !page.warnings.isEmpty, "meta \(meta ?? "none") on \(file): warnings \(page.warnings)")
        }
    }

    /// One bad byte in a UTF-8 file is one U+FFFD and a warning, not a whole document read as
    /// windows-1252, and an HTML page is not cut short at it.
    @Test func oneInvalidByteIsOneReplacementCharacter() throws {
        let text = try Self.source("ru")
        var bytes = Array(text.utf8)
        let middle = bytes.count / 2
        let at = bytes[middle...].firstIndex { $0 < 0x80 || $0 >= 0xC0 }!   // a character boundary
        bytes.insert(0xFF, at: at)
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.replaced == 1)
        #expect(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 1)
        #expect(decoded.text.replacingOccurrences(of: "\u{FFFD}", with: "") == text)
        #expect(decoded.warning?.contains("1 byte sequence was not valid utf-8") == true)

        let html = Array("<html><head><meta charset=\"utf-8\"></head><body><article><p>".utf8) + bytes
            .map { $0 == 10 ? [UInt8]("</p><p>".utf8) : [$0] }.flatMap { $0 } + Array("</p></article></body></html>".utf8)
        let page = try HTMLReader.parse(html, url: nil)
        #expect(page.encoding == "utf-8")
        #expect(page.blocks.last?.text == text.components(separatedBy: "\n\n").last?.trimmingWhitespace())
        #expect(page.warnings.count == 1)
    }

    /// The in-place validator that decides whether a page is read as UTF-8 as it stands agrees with
    /// the standard library's decoder: on each boundary form of table 3-7 (overlong, surrogate, past
    /// U+10FFFF, cut short) at every position around an eight-byte ASCII stride, and on random bytes.
    @Test func utf8ValidatorAgreesWithTheStandardLibrary() {
        let forms: [[UInt8]] = [
            [0xC2, 0x80], [0xC1, 0xBF], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0x80], [0xFF], [0xE2, 0x28, 0xA1], [0xF0, 0x9F, 0x98, 0x41],
        ]
        func same(_ bytes: [UInt8]) -> Bool {
            TextDecoding.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil)
                && TextDecoding.isValidUTF8(bytes[1...]) == (String(validating: bytes[1...], as: UTF8.self) != nil)
        }
        for form in forms {
            for before in 0..<17 {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: before) + form + Array(repeating: UInt8(ascii: "b"), count: 9)
                #expect(same(bytes), "\(form) after \(before) ASCII bytes")
                #expect(same(Array(bytes.dropLast(9))), "\(form) at the end after \(before) ASCII bytes")
            }
        }
        var generator = RobustnessTests.SplitMix(state: 26)
        for _ in 0..<3000 {
            let count = Int.random(in: 1...40, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
            }
            #expect(same(bytes), "\(bytes)")
        }
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let text = try Self.source("ko")
        var le: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(TextDecoding.decode(le).text == text)
        #expect(TextDecoding.decode(le).encoding == "utf-16le")
        #expect(!TextDecoding.looksBinary(le))
    }

    /// A page saved as "Unicode" (UTF-16 or UTF-32, either byte order, with or without a byte
    /// order mark) is read as its text, through the HTML reader too, and not refused as binary;
    /// bytes with NULs that follow no such pattern still are.
    @Test func utf16AndUtf32PagesWithOrWithoutMarkAreRead() throws {
        let page = "<!DOCTYPE html><html><head><title>Hafenfest</title></head><body><article><h1>Hafenfest</h1>"
            + "<p>Das Hafenfest in Kiel zog am Sonnabend mehr als zwanzigtausend Besucher an, sagte die Stadt.</p>"
            + "<p>Die Fähren fuhren bis Mitternacht; 𐐏 und 😀 stehen außerhalb der ersten Ebene.</p></article></body></html>"
        func encode(_ form: String, bom: Bool) -> [UInt8] {
            var out: [UInt8] = []
            switch form {
            case "utf-16le": if bom { out += [0xFF, 0xFE] }; for u in page.utf16 { out += [UInt8(u & 0xFF), UInt8(u >> 8)] }
            case "utf-16be": if bom { out += [0xFE, 0xFF] }; for u in page.utf16 { out += [UInt8(u >> 8), UInt8(u & 0xFF)] }
            case "utf-32le": if bom { out += [0xFF, 0xFE, 0, 0] }; for s in page.unicodeScalars { let v = s.value; out += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), 0] }
            default: if bom { out += [0, 0, 0xFE, 0xFF] }; for s in page.unicodeScalars { let v = s.value; out += [0, UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
            }
            return out
        }
        for form in ["utf-16le", "utf-16be", "utf-32le", "utf-32be"] {
            for bom in [true, false] {
                let bytes = encode(form, bom: bom)
                #expect(!TextDecoding.looksBinary(bytes), "\(form) bom \(bom)")
                let decoded = TextDecoding.decode(bytes)
                #expect(decoded.encoding == form && decoded.text == page, "\(form) bom \(bom): read as \(decoded.encoding)")
                let parsed = try HTMLReader.parse(bytes, url: nil)
                #expect(parsed.title == "Hafenfest" && parsed.blocks.contains { $0.text.hasPrefix("Die Fähren fuhren bis Mitternacht") },
                        "\(form) bom \(bom)")
            }
        }
        // A zip's or an image's bytes: NULs with no code-unit pattern.
        var binary: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        var x: UInt32 = 12345
        for _ in 0..<2000 { x = x &* 1_103_515_245 &+ 12345; binary.append(x >> 16 & 7 == 0 ? 0 : UInt8(truncatingIfNeeded: x >> 8)) }
        #expect(TextDecoding.looksBinary(binary))
    }

    /// A saved page with one stray NUL byte in its markup (libxml2 stops reading at a NUL) keeps
    /// the article after it, and the removal is reported; a file of NULs is still binary.
    @Test func aStrayNULDoesNotEndThePage() throws {
        let menu = ["News", "Sport", "Business", "Islands", "Weather", "Travel", "Letters", "Obituaries", "Jobs", "Contact"]
            .map { "<td><a href=\"/\($0.lowercased())/\">\($0)</a></td>" }.joined()
        let head = "<html><head><title>Ferry strike</title></head><body><table><tr>\(menu)</tr></table>"
        let article = "<div class=\"story\"><h1>Ferry strike ends</h1><p>The ferry crews returned to work on Monday after the union and the operator agreed on a new rota for the winter months.</p>"
            + "<p>Sailings to the islands, cancelled for four days, resume on the first crossing, the operator said in a statement.</p></div></body></html>"
        var bytes = Array(head.utf8)
        bytes.append(0)
        bytes += Array(article.utf8)
        #expect(!TextDecoding.looksBinary(bytes))
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.nulsRemoved == 1 && !decoded.utf8.contains(0))
        #expect(decoded.warning == "1 NUL character was removed")
        let page = try HTMLReader.parse(bytes, url: nil)
        #expect(page.blocks.contains { $0.text.hasPrefix("Sailings to the islands") })
        #expect(page.warnings.contains { $0.contains("NUL") })
        #expect(TextDecoding.looksBinary(Array(repeating: 0, count: 64) + Array(head.utf8)))
    }

    /// A Japanese article in clean UTF-8 keeps its text: paragraphs end in 。, lines have no spaces.
    @Test func japaneseArticleKeepsItsTextAndSplitsAtFullStops() throws {
        let text = try Self.source("ja")
        let paras = text.components(separatedBy: "\n\n").map { $0.trimmingWhitespace() }
        let html = "<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>\(paras[0])</title></head><body><nav><a href=\"/\">ホーム</a></nav>"
            + "<article><h1>\(paras[0])</h1>" + paras.dropFirst().map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        let page = try HTMLReader.parse(Array(html.utf8), url: nil)
        var doc = Document(id: "ja.html", format: .html)
        doc.meta = PageMetadata.extract(page)
        doc.blocks = page.blocks
        doc.containers = page.containers
        try CleanStage(options: .init(), context: RunContext()).process(&doc)
        #expect(doc.text == paras.dropFirst().joined(separator: "\n\n"))
        try segmenter.process(&doc)
        // 市議会は…可決した。 / 公共交通への…増える。 / 市長は…述べた。 …
        #expect(doc.sentences.count == 5)
        #expect(doc.sentences[0].text == "市議会は火曜日、来年度の一般会計予算案を賛成多数で可決した。")
        #expect(doc.sentences[2].text.hasSuffix("と述べた。"))
        #expect(doc.sentences[0].words == doc.sentences[0].text.unicodeScalars.filter { $0.isCJKCharacter }.count)
        #expect(doc.text.wordCount > 100)
    }

    /// Regression: names in other scripts got ids `other:x`, `person:x-10`, neither readable nor
    /// stable. Now: Cyrillic by the passport (ICAO) table, other scripts by ICU's Any-Latin.
    @Test func entityIdsAreReadableLatinInEveryScript() {
        #expect(EntitiesStage.slug("Дмитрий Рогозин") == "dmitrii-rogozin")
        #expect(EntitiesStage.slug("Юлия Тимошенко") == "iuliia-timoshenko")
        #expect(EntitiesStage.slug("Νίκος Παπαδόπουλος") == "nikos-papadopoulos")
        #expect(EntitiesStage.slug("東京電力") == "dong-jing-dian-li")
        #expect(EntitiesStage.slug("서울특별시") == "seoulteugbyeolsi")
        #expect(EntitiesStage.slug("Jürgen Größer") == "jurgen-grosser")
        #expect(EntitiesStage.slug("Dmitry Rogozin") == "dmitry-rogozin")
    }

    @Test func cyrillicNamesGetTheSameIdInEveryDocument() throws {
        let stages: [any PipelineStage] = [segmenter, entityFinder]
        var docs = [
            try textDocument("Как заявил Дмитрий Рогозин, переговоры продолжатся. Об этом Рогозин сообщил в Брюсселе.", id: "a.txt", stages: stages),
            try textDocument("Во вторник Дмитрий Рогозин встретился с министрами.", id: "b.txt", stages: stages),
        ]
        entityFinder.finish(corpus: &docs, parallel: ParallelRunner(workers: 1))
        let ids = docs.map { Set($0.mentions.filter { $0.text.contains("Рогозин") }.compactMap(\.entityID)) }
        #expect(ids[0] == ["person:dmitrii-rogozin"])
        #expect(ids[1] == ["person:dmitrii-rogozin"])
    }
}
