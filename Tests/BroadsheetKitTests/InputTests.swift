import Foundation
import Testing
@testable import BroadsheetKit

/// What the input folder and the manifest may hold, and how each is reported: links leading out
/// of the folder, file names in legacy encodings, a manifest with mistakes, metadata that cannot be
/// true. Nothing is published that was not meant to be, nothing is dropped without a word.
@Suite(.serialized) struct InputTests {
    func write(_ text: String, _ dir: URL, _ name: String) throws {
        try text.write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
    }

    static let story = "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Tuesday after repairs that took two years, the council said.\n"

    func documents(_ out: URL) throws -> [[String: Any]] {
        try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
            .map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    func warnings(_ out: URL) throws -> String { try String(contentsOf: out.appendingPathComponent("warnings.csv"), encoding: .utf8) }

    @Test(.enabled(if: CLI.exists)) func symlinkLeadingOutsideTheInputFolderIsNotFollowed() throws {
        let input = Paths.temporary("links-in"), outside = Paths.temporary("links-outside"), out = Paths.temporary("links-out")
        try write(Self.story, input, "story.txt")
        try write("root:x:0:0:root:/root:/bin/bash\n", outside, "secret.txt")
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("leak.txt").path, withDestinationPath: outside.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("elsewhere").path, withDestinationPath: outside.path)
        try FileManager.default.createDirectory(at: input.appendingPathComponent("2024"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("2024/latest.txt").path, withDestinationPath: "../story.txt")
        let config = CLI.config(input: input.path, output: out.path)
        let result = try CLI.run(["run", "--config", config, "--quiet"])
        #expect(result.code == 0)
        let ids = try documents(out).map { $0["doc_id"] as! String }
        #expect(ids == ["2024/latest.txt", "story.txt"], "a link inside the folder is followed, the others are not")
        let all = try CLI.contents(out).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(!all.contains("root:x:0"))
        #expect(result.stderr.contains("leak.txt") && result.stderr.contains("elsewhere"), "no warning names the skipped links: \(result.stderr)")

        let followed = Paths.temporary("links-out-followed")
        #expect(try CLI.run(["run", "--config", CLI.config(input: input.path, output: followed.path, extra: "\"follow_outside_links\": true,"), "--quiet"]).code == 0)
        #expect(try documents(followed).map { $0["doc_id"] as! String } == ["2024/latest.txt", "elsewhere/secret.txt", "leak.txt", "story.txt"])
    }

    /// A file named in windows-1251 bytes (an old Russian archive) is read, under a readable id.
    /// A folder a mirroring tool filled: pages saved as `story.shtml`, `article.php?id=3`,
    /// `page.html?p=2` and `index` are read as HTML when they open like a page; a PDF, a photo,
    /// notes with no extension and a JSON file are not read, and the run says so (the log,
    /// `run.json`'s `input_files_not_read`, the report) instead of leaving them out in silence.
    @Test(.enabled(if: CLI.exists)) func pagesUnderOtherNamesAreReadAndOtherFilesAreCounted() throws {
        let input = Paths.temporary("names-in"), out = Paths.temporary("names-out")
        let page = "<!DOCTYPE html><html><head><title>Harbour Bridge Reopens</title></head><body><article><p>The harbour bridge reopened on Tuesday after repairs that took two years, the council said on Wednesday.</p></article></body></html>"
        for name in ["story.shtml", "article.php?id=3", "page.html?p=2"] { try write(page, input, name) }
        try write("\u{FEFF}<!-- saved by a mirroring tool -->\n" + page, input, "index")
        try write("%PDF-1.4 a report", input, "report.pdf")
        try write("notes about the archive", input, "README")
        try write("{}", input, "meta.json")
        try write("doc_id,url\nindex,https://example.com/\n", input, "manifest.csv")
        let config = CLI.config(input: input.path, output: out.path)
        let result = try CLI.run(["run", "--config", config])
        #expect(result.code == 0)
        let docs = try documents(out)
        #expect(docs.map { $0["doc_id"] as! String } == ["article.php?id=3", "index", "page.html?p=2", "story.shtml"])
        #expect(docs.allSatisfy { ($0["text"] as? String)?.contains("harbour bridge reopened") == true })
        let run = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("run.json"))) as! [String: Any]
        #expect(run["input_files_not_read"] as? [String: Int] == [".pdf": 1, ".json": 1, "(none)": 1])
        #expect(result.stderr.contains("3 files under the input folder are not pages"))
        let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.contains("3 files in the input folder are not a page or a text scrape"))
    }

    /// Pages saved with their images as one file: Chrome's "Webpage, Single File" (`.mhtml`,
    /// quoted-printable UTF-8) and Internet Explorer's "Web Archive" (`.mht`, base64 in
    /// windows-1251, declared by the part's header only). The page inside is the document, with
    /// the address it was saved from as its `url`; an archive with no page is a failed document
    /// with its reason in `errors`, and the others are still written.
    @Test(.enabled(if: CLI.exists)) func webArchivesAreReadAsThePageInside() throws {
        let input = Paths.temporary("mhtml-in"), out = Paths.temporary("mhtml-out")
        for name in ["ferries.mhtml", "libraries.mht", "images-only.mhtml"] {
            try FileManager.default.copyItem(at: Paths.fixtures.appendingPathComponent("web-archives/\(name)"), to: input.appendingPathComponent(name))
        }
        let result = try CLI.run(["run", "--config", CLI.config(input: input.path, output: out.path), "--quiet"])
        #expect(result.code == 1, "one document failed")
        let docs = Dictionary(uniqueKeysWithValues: try documents(out).map { ($0["doc_id"] as! String, $0) })
        let ferries = try #require(docs["ferries.mhtml"])
        #expect(ferries["status"] as? String == "ok")
        #expect(ferries["title"] as? String == "Ferry line to run electric boats")
        #expect(ferries["url"] as? String == "https://coastaltimes.example/2025/03/04/electric-ferries")
        let text = ferries["text"] as? String ?? ""
        #expect(text.contains("“Diesel has carried this crossing for sixty years,” said the authority’s director") && text.contains("€31 million"))
        #expect(!text.contains("=E2") && !text.contains("Privacy"))
        let libraries = try #require(docs["libraries.mht"])
        #expect(libraries["encoding"] as? String == "windows-1251")
        #expect((libraries["text"] as? String ?? "").hasPrefix("Три районные библиотеки закроются на ремонт"))
        #expect(docs["images-only.mhtml"]?["status"] as? String == "failed")
        let errors = try String(contentsOf: out.appendingPathComponent("errors.csv"), encoding: .utf8)
        #expect(errors.contains("images-only.mhtml,ingest,a web archive (MHTML) with no HTML page inside"))
        let quotes = try String(contentsOf: out.appendingPathComponent("quotes.csv"), encoding: .utf8)
        #expect(quotes.contains("Ana Ruiz"))
    }

    /// A scrape saved on Windows or an old Mac: CRLF and lone CR line ends are LF ends, whatever
    /// runs of them stand together; the text is otherwise unchanged.
    @Test func lineEndsOfEverySystemAreUnixOnes() {
        #expect(Ingestor.unixLineEnds("a\r\nb\rc\nd\r\r\ne\n\rf\r") == "a\nb\nc\nd\n\ne\n\nf\n")
        #expect(Ingestor.unixLineEnds("café\r\n«ok»") == "café\n«ok»")
        let plain = "no carriage returns\nhere"
        #expect(Ingestor.unixLineEnds(plain) == plain)
    }

    /// Quoted-printable: `=XX` is a byte, `=` at a line's end (CRLF or LF) joins the lines, a
    /// lone `=` before something else is kept.
    @Test func quotedPrintableIsDecoded() {
        let raw = Array("caf=C3=A9 con=\r\ntinues, soft=\nbreak, 2=3 and =ZZ".utf8)
        #expect(String(decoding: MHTML.quotedPrintable(raw), as: UTF8.self) == "café continues, softbreak, 2=3 and =ZZ")
        #expect(!MHTML.isArchive(Array("<html><body>MIME-Version: 1.0</body></html>".utf8)))
        #expect(MHTML.isArchive(Array("MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n boundary=\"b\"\r\n\r\n".utf8)))
    }

    @Test(.enabled(if: CLI.exists)) func fileNameInALegacyEncodingGetsAReadableId() throws {
        let input = Paths.temporary("names-in"), out = Paths.temporary("names-out")
        let name: [UInt8] = [0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8, 0x5F, 0xE4, 0xED, 0xFF] + Array(".txt".utf8)   // Новости_дня.txt
        let path = Array(input.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer { $0.baseAddress!.withMemoryRebound(to: CChar.self, capacity: path.count) { open($0, O_WRONLY | O_CREAT, 0o644) } }
        #expect(fd >= 0)
        _ = Self.story.withCString { Glibc.write(fd, $0, strlen($0)) }
        close(fd)
        let result = try CLI.run(["run", "--config", CLI.config(input: input.path, output: out.path), "--quiet"])
        #expect(result.code == 0, "\(result.stderr)")
        let docs = try documents(out)
        #expect(docs.map { $0["doc_id"] as! String } == ["Новости_дня.txt"])
        #expect((docs.first?["text"] as? String)?.contains("harbour bridge reopened") == true)
    }

    @Test func manifestMistakesAreReportedAndTheRestIsUsed() {
        let m = Manifest.parse("""
        doc_id,published,title,sitename
        a.txt,2020-06-18T25:99:00,Title A
        b.txt,2021-02-03,"Title B
        a.txt,2020-01-01,Again A
        c.txt,0001-01-01,Title C
        """)
        let problems = m.problems.joined(separator: "\n")
        #expect(problems.contains("unknown column 'sitename'"))
        #expect(problems.contains("25:99:00 is not a time of day"))
        #expect(problems.contains("never closed"))
        #expect(m.entries["a.txt"]?.title == "Title A" && m.entries["a.txt"]?.published == nil)
        #expect(m.notes["a.txt"]?.first?.contains("25:99") == true)
        // The unclosed quote swallowed the rest of the file into b.txt's title: said, not hidden.
        #expect(m.entries["c.txt"] == nil)
        let repeated = Manifest.parse("doc_id,published\na.txt,2020-01-01\nb.txt,0001-01-01T00:00:00Z\na.txt,2021-01-01\n")
        #expect(repeated.problems.contains { $0.contains("line 4") && $0.contains("already given on line 2") })
        #expect(repeated.entries["a.txt"]?.published == "2020-01-01")
        #expect(repeated.notes["b.txt"]?.first?.contains("placeholder") == true)
    }

    @Test(.enabled(if: CLI.exists)) func manifestProblemsReachTheLogAndTheDocumentsWarnings() throws {
        let input = Paths.temporary("manifest-in"), out = Paths.temporary("manifest-out")
        try write(Self.story, input, "story.txt")
        try write("doc_id,published\nstory.txt,2020-06-18T25:99:00\nmissing.txt,2020-01-01\n", input, "manifest.csv")
        let result = try CLI.run(["run", "--config", CLI.config(input: input.path, output: out.path)])
        #expect(result.code == 0)
        #expect(result.stderr.contains("25:99:00 is not a time of day"))
        #expect(result.stderr.contains("doc_id 'missing.txt' matches no input file"))
        #expect(try warnings(out).contains("story.txt,ingest,manifest.csv line 2: published '2020-06-18T25:99:00'"))
        #expect(try documents(out).first?["warnings"] as? Int == 1)
    }

    /// A CMS placeholder date is refused and the next source is used; relative dates are not
    /// resolved against year 1.
    @Test func placeholderPublicationDateFallsBackToTheNextSource() throws {
        let html = """
        <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry strike", "datePublished": "0001-01-01T00:00:00Z"}</script>
        <meta property="article:published_time" content="2024-03-14T07:30:00Z"></head>
        <body><article><p>Ferry workers walked out yesterday after talks collapsed, the union said on Thursday morning.</p></article></body></html>
        """
        let page = try HTMLReader.parse(Array(html.utf8), url: nil)
        var warnings: [String] = []
        let meta = PageMetadata.extract(page, warnings: &warnings)
        #expect(meta.published == "2024-03-14T07:30:00Z" && meta.publishedSource == .htmlMeta)
        #expect(warnings.count == 1 && warnings[0].contains("JSON-LD datePublished") && warnings[0].contains("placeholder"))

        let only = html.replacingOccurrences(of: "<meta property=\"article:published_time\" content=\"2024-03-14T07:30:00Z\">", with: "")
        var w2: [String] = []
        #expect(PageMetadata.extract(try HTMLReader.parse(Array(only.utf8), url: nil), warnings: &w2).published == nil)
        for bad in ["9999-12-31", "1970-01-01T00:00:00Z", "1969-12-31T19:00:00-05:00", "2020-06-18T24:30:00", "1750-05-01"] {
            guard case .refused = LooseDate.check(bad) else { Issue.record("\(bad) was accepted"); continue }
        }
        #expect(LooseDate.check("2020-06-18T23:59:60Z") == .valid("2020-06-18T23:59:60Z"))
        #expect(LooseDate.check("December 4, 2009") == .valid("2009-12-04"))
        // Full stops put the day first wherever dates are written with them; a time after the
        // date is not its day.
        #expect(LooseDate.check("04.03.2025") == .valid("2025-03-04"))
        #expect(LooseDate.check("04.03.2025 14:30") == .valid("2025-03-04"))
        #expect(LooseDate.check("2025.03.04") == .valid("2025-03-04"))
        #expect(LooseDate.check("03/04/2025") == .valid("2025-03-04"))
    }

    /// Older and regional CMSs name the publication date their own way and write it as Java and
    /// Unix stamps do; a revision date is an update, never the publication.
    @Test func publicationDatesUnderOtherNamesAndInOtherForms() throws {
        func meta(_ tags: String) throws -> Metadata {
            PageMetadata.extract(try HTMLReader.parse(Array("<html><head>\(tags)</head><body><p>Ferry workers walked out.</p></body></html>".utf8), url: nil))
        }
        for (tag, expected) in [("<meta name=\"OriginalPublicationDate\" content=\"2002/12/08 13:48:38\">", "2002-12-08"),
                                ("<META NAME=\"DISPLAYDATE\" CONTENT=\"January 9, 2008\">", "2008-01-09"),
                                ("<meta name=\"published\" content=\"Mon Jul 23 14:44:22 PDT 2012\">", "2012-07-23"),
                                ("<meta name=\"date\" content=\"Wednesday, 16th January 2008\">", "2008-01-16"),
                                ("<meta name=\"publishdate\" content=\"2008-1-14 19:44\">", "2008-01-14"),
                                ("<meta name=\"DC.Date.created\" content=\"2005-01-14\">", "2005-01-14")] {
            let m = try meta(tag)
            #expect(m.published == expected && m.publishedSource == .htmlMeta, "\(tag)")
        }
        let revised = try meta("<META name=\"REVISION_DATE\" content=\"Sun Jan 06 00:05:00 UTC 2008\">")
        #expect(revised.published == nil && revised.updated == "2008-01-06")
        // A creation date is asked last: a page that names its publication keeps it.
        #expect(try meta("<meta name=\"created\" content=\"2008-01-02\"><meta name=\"PublicationDate\" content=\"20080115\">").published == "2008-01-15")
        #expect(LooseDate.check("Tue 10:30 25 December 2012") == .valid("2012-12-25"))
        #expect(LooseDate.check("2012-10-28T22:24:43-0400") == .valid("2012-10-28T22:24:43-04:00"))
        #expect(LooseDate.check("2012-10-28T22:24:43+05:30") == .valid("2012-10-28T22:24:43+05:30"))
        // hAtom, the blogs' microformat: `<abbr class="published" title>` dates the page; other titles are no dates.
        let hatom = "<html><head><title>Tides</title></head><body><div class=\"hentry\"><h1>Tides</h1><p>by John on <abbr class=\"published\" title=\"2012-07-15T09:30:00-0500\">July 15</abbr>"
            + " <abbr title=\"2011-01-01 maybe\">x</abbr></p><p>The tide comes in twice a day.</p></div></body></html>"
        #expect(PageMetadata.extract(try HTMLReader.parse(Array(hatom.utf8), url: nil)).published == "2012-07-15T09:30:00-05:00")
        #expect(LooseDate.check("10:30 on 25/12/2012") == .valid("2012-12-25"))
    }

    /// Where the page's first `<h1>` is its section's or its site's name, the title is the
    /// headline the `<title>` holds between the site's and the section's names, as a heading or
    /// a styled block of the page shows it; never the first words of a longer `<title>`, nor a date.
    @Test func theTitleIsTheHeadlineNotTheSectionsName() throws {
        func title(_ head: String, _ body: String) throws -> String? {
            PageMetadata.extract(try HTMLReader.parse(Array("<html><head><title>\(head)</title></head><body>\(body)</body></html>".utf8), url: nil)).title
        }
        let story = "<p>The harbour board approved the plan on Tuesday after a long debate about the cost of the new quay.</p>"
        #expect(try title("Harbour plan approved after long debate - Courier News (Northern Edition)",
                          "<h1>Sport</h1><ul><li><a href=\"/\">Home</a></li></ul><h1>Harbour plan approved after long debate</h1>\(story)") == "Harbour plan approved after long debate")
        #expect(try title("TV9 > News > Local News > Story > Officials plan the harbour's opening day",
                          "<h1>Local News</h1><h1>Officials plan the harbour's opening day</h1>\(story)") == "Officials plan the harbour's opening day")
        #expect(try title("Harbour plan approved", "<h1>The Courier Dispatch</h1><div class=\"hl\">Harbour plan approved</div>\(story)") == "Harbour plan approved")
        #expect(try title("Town Times... Harbour plan approved by board", "<h1>home</h1><h1>Harbour plan approved by board</h1>\(story)") == "Harbour plan approved by board")
        // (a heading that is the first words of the `<title>` is a section of the page)
        #expect(try title("Structure of the school system in Ukraine", "<h1>Structure of the school system</h1>\(story)") == "Structure of the school system")
        #expect(try title("Structure of the school system in Ukraine", "<h2>Structure of the school system</h2>\(story)") == "Structure of the school system in Ukraine")
        #expect(try title("Harbour Diary: January 21, 2002", "<h2>January 21, 2002</h2>\(story)") == "Harbour Diary: January 21, 2002")
        #expect(try title("Serology: It's in the Blood - The Crime Library", "<h2>SEROLOGY: IT'S IN THE BLOOD</h2>\(story)") == "Serology: It's in the Blood")
    }

    /// A page whose metadata names no publication is credited with the one its `<title>` names
    /// at its far end beside the headline, when that part is plainly a publication's name; a
    /// section, a place or the rest of a longer title is not.
    @Test func theSiteIsThePublicationTheTitleNames() throws {
        func site(_ head: String, _ h1: String) throws -> String? {
            let html = "<html><head><title>\(head)</title></head><body><h1>\(h1)</h1><p>The harbour board approved the plan on Tuesday.</p></body></html>"
            return PageMetadata.extract(try HTMLReader.parse(Array(html.utf8), url: nil)).site
        }
        #expect(try site("Harbour plan approved - Courier News (Northern Edition)", "Harbour plan approved") == "Courier News (Northern Edition)")
        #expect(try site("TV9 News > Local > Officials plan the harbour's opening day", "Officials plan the harbour's opening day") == "TV9 News")
        #expect(try site("Harbour plan approved | portcity.com.au", "Harbour plan approved") == "portcity.com.au")
        #expect(try site("Harbour plan approved - Sports", "Harbour plan approved") == nil)
        #expect(try site("Harbour plan approved - San Francisco", "Harbour plan approved") == nil)
        #expect(try site("Why the harbour plan was approved - and what comes next?", "Why the harbour plan was approved") == nil)
        let declared = "<html><head><title>Harbour plan approved - Courier News</title><meta property=\"og:site_name\" content=\"The Courier\"></head><body><h1>Harbour plan approved</h1></body></html>"
        #expect(PageMetadata.extract(try HTMLReader.parse(Array(declared.utf8), url: nil)).site == "The Courier")
    }

    /// With `--quiet`, stderr stays empty on inputs full of encoding trouble (libxml2 included).
    @Test(.enabled(if: CLI.exists)) func quietRunIsQuietOnBrokenEncodings() throws {
        let input = Paths.temporary("quiet-in"), out = Paths.temporary("quiet-out")
        let cyrillic = try Data(contentsOf: Paths.fixtures.appendingPathComponent("encodings/ru.windows-1251.txt"))
        var page = Data("<html><head><meta charset=\"utf-8\"></head><body><article><p>".utf8) + cyrillic
        page += Data([0xFF, 0x41]) + Data("</p></article></body></html>".utf8)
        try page.write(to: input.appendingPathComponent("lying.html"))
        try (Data("<html><body><p>".utf8) + cyrillic + Data("</p>".utf8)).write(to: input.appendingPathComponent("nometa.html"))
        try (Data(Self.story.utf8) + Data([0xC3, 0x28, 0xA0])).write(to: input.appendingPathComponent("badbytes.txt"))
        let result = try CLI.run(["run", "--config", CLI.config(input: input.path, output: out.path), "--quiet"])
        #expect(result.code == 0)
        #expect(result.stderr.isEmpty, "stderr under --quiet: \(result.stderr)")
        #expect(try documents(out).map { $0["encoding"] as! String } == ["windows-1252", "windows-1251", "windows-1251"])
    }
}
