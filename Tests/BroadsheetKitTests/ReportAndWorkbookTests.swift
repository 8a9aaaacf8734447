import Foundation
import CXlsxShims
import CXlsxWriter
import Logging
import Testing
@testable import BroadsheetKit

/// report.html and broadsheet.xlsx say what the tables say (browser and LibreOffice checks of the
/// real files: scripts/report-check.sh).
@Suite struct ReportAndWorkbookTests {
    static func corpusRun() throws -> URL {
        let input = try ShardingTests.corpusFolder("report-in")
        let out = Paths.temporary("report-out")
        HTMLReader.initialize()
        _ = PipelineRunner(config: try ShardingTests.config(input: input, output: out), workers: 2, logger: Logger(label: "test")).run()
        return out
    }

    static func csvRows(_ out: URL, _ table: String) throws -> Int {
        try String(contentsOf: out.appendingPathComponent("\(table).csv"), encoding: .utf8).split(separator: "\r\n").count - 1
    }

    @Test func reportCountsAreTheTablesRowsAndFailuresLinkToTheirErrorRows() throws {
        let out = try ReportAndWorkbookTests.corpusRun()
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        let documents = try ReportAndWorkbookTests.csvRows(out, "documents"), quotes = try ReportAndWorkbookTests.csvRows(out, "quotes")
        let entities = try ReportAndWorkbookTests.csvRows(out, "entities"), dates = try ReportAndWorkbookTests.csvRows(out, "dates")
        #expect(html.contains("\(documents) documents · \(entities) entities · \(quotes) quotes · \(dates) dates mentioned"))
        // The unreadable file: counted as failed, listed with a link to row 1 of errors.csv.
        #expect(html.contains("<tr id=\"error-1\"><td class=\"num\">1</td><td>herald/broken.txt</td>"))
        #expect(html.contains("1 document failed"))
        // Self-contained: nothing is fetched.
        for outside in ["http://", "https://", "<link", "src="] { #expect(!html.contains(outside), "the report refers to \(outside)") }
        // Both files are listed where a user looks for what a run wrote.
        let summary = try CLI.summary(out)
        #expect(Set(summary["files"] as? [String] ?? []).isSuperset(of: ["broadsheet.xlsx", "report.html", "documents.csv"]))
        let package = try String(contentsOf: out.appendingPathComponent("datapackage.json"), encoding: .utf8)
        #expect(package.contains("\"path\" : \"broadsheet.xlsx\"") && package.contains("\"path\" : \"report.html\""))
        // Per site, the words are the sum of documents.words for that site.
        #expect(html.contains("<td>Riverside Gazette</td>") || html.contains("(site unknown)"))
    }

    @Test func barsAreCappedAndSaySo() {
        let items = (0..<25).map { ("name \($0)", Double(25 - $0), "\(25 - $0)") }
        let svg = ReportWriter.bars(Array(items.prefix(ReportWriter.barsShown)), unit: "documents", css: "x", cut: 5, what: "more people")
        #expect(svg.components(separatedBy: "<rect").count - 1 == ReportWriter.barsShown)
        #expect(svg.contains("5 more people not shown."))
        #expect(ReportWriter.bars([("<script>", 1, "1")], unit: "u", css: "x").contains("&lt;script&gt;"))
    }

    @Test func timelineWidensFromMonthsToYearsToDecades() {
        let months = ReportWriter.timeline(["2021-01": 3, "2022-06": 1], unit: "documents")
        #expect(months.contains("2021-01: 3 documents") && months.contains("2021-02: 0 documents"))
        let years = ReportWriter.timeline(["1990-01": 2, "2020-05": 4], unit: "documents")
        #expect(years.contains(">1990<") && years.contains("2020: 4 documents") && !years.contains("2020-05"))
        let decades = ReportWriter.timeline(["1789-07": 1, "2024-01": 9], unit: "mentions")
        #expect(decades.contains("1780s: 1 mentions") && decades.contains("2020s: 9 mentions"))
    }

    @Test func onlyExactDatesBecomeDateCells() {
        #expect(WorkbookWriter.datetime("2020-06-18") != nil)
        #expect(WorkbookWriter.datetime("2020-06-18T14:00:05")?.sec == 5)
        #expect(WorkbookWriter.datetime("2020-06-18T14:00:00+02:00") == nil, "an offset would be lost in a sheet's date")
        #expect(WorkbookWriter.datetime("2020-06") == nil)
        #expect(WorkbookWriter.datetime("2020-13-01") == nil)
        #expect(WorkbookWriter.datetime("0001-01-01") == nil)
    }

    /// A table longer than a sheet goes on in `<table> 2`, … and the about sheet says so.
    @Test func longTablesContinueOnTheNextSheet() throws {
        let folder = Paths.temporary("workbook")
        let columns = [Column(name: "doc_id", type: .string, description: ""), Column(name: "n", type: .integer, description: "")]
        let workbook = try WorkbookWriter(folder: folder.path, tables: [("sentences", columns)], rowsPerSheet: 3)
        workbook.append("sentences", (0..<7).map { [.text("d\($0).txt"), .int($0)] })
        let (temp, name) = try workbook.close()
        #expect(name == "broadsheet.xlsx")
        let zip = try Data(contentsOf: URL(fileURLWithPath: temp))
        #expect(zip.prefix(2) == Data("PK".utf8))
        let xml = try python("import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/workbook.xml').decode())", temp).lines.joined(separator: "\n")
        #expect(xml.contains("name=\"about\"") && xml.contains("name=\"sentences\"") && xml.contains("name=\"sentences 2\"") && xml.contains("name=\"sentences 3\""))
        #expect(!xml.contains("name=\"sentences 4\""))
    }

    /// Through the pipe, tables are written on several threads; sheets still come in the order
    /// their rows arrived and every row lands once, in order.
    @Test func pipeWritesEveryRowInOrderAcrossLanes() throws {
        let columns = [Column(name: "doc_id", type: .string, description: ""), Column(name: "n", type: .integer, description: "")]
        func run() throws -> (String, [String]) {
            let folder = Paths.temporary("pipe")
            let pipe = WorkbookPipe(try WorkbookWriter(folder: folder.path, tables: [("documents", columns), ("sentences", columns), ("mentions", columns)], rowsPerSheet: 4))
            for batch in 0..<5 {
                pipe.send([("sentences", (0..<3).map { [.text("s\(batch)-\($0)"), .int(batch * 3 + $0)] }),
                           ("mentions", (0..<2).map { [.text("m\(batch)-\($0)"), .int(batch * 2 + $0)] }),
                           ("documents", [[.text("d\(batch)"), .int(batch)]])])
            }
            pipe.startClosing()
            let (temp, _) = try pipe.finish()
            let lines = try python("""
                import re, sys, zipfile
                z = zipfile.ZipFile(sys.argv[1])
                print(','.join(re.findall(r'<sheet name="([^"]+)"', z.read('xl/workbook.xml').decode())))
                for i in range(2, 20):
                    try: print(' '.join(re.findall(r'<t>([^<]+)</t>', z.read(f'xl/worksheets/sheet{i}.xml').decode())))
                    except KeyError: break
                """, temp).lines
            return (lines.first ?? "", Array(lines.dropFirst()))
        }
        let (sheets, texts) = try run()
        #expect(sheets == "about,documents,sentences,mentions,sentences 2,sentences 3,mentions 2,sentences 4,mentions 3,documents 2", "sheets in the order rows filled them")
        let sentences = texts.enumerated().filter { sheets.split(separator: ",")[$0.offset + 1].hasPrefix("sentences") }.flatMap { $0.element.split(separator: " ").dropFirst(2) }
        #expect(sentences == (0..<5).flatMap { b in (0..<3).map { "s\(b)-\($0)"[...] } }, "rows out of order or lost")
        for _ in 0..<3 { #expect(try run().0 == sheets, "sheet order changed between runs") }
    }

    /// `xlsx_compression_level` reaches the zip entries libxlsxwriter writes (through CXlsxShims'
    /// interposed minizip call): the same sheets at level 1 and 9 hold the same XML, the entries
    /// carry zip's speed flag for their level, and the fast file is the larger one.
    @Test func compressionLevelReachesTheZipEntries() throws {
        let columns = [Column(name: "doc_id", type: .string, description: ""), Column(name: "text", type: .string, description: "")]
        let rows: [[Cell]] = (0..<3000).map { [.text("article-\($0 % 40).html"), .text("Minister \($0 % 17) said on Tuesday that talks would resume in week \($0 % 9).")] }
        let opened = broadsheet_zip_entries_opened()
        func write(_ level: Int) throws -> (flags: String, sheet: String, bytes: Int) {
            let workbook = try WorkbookWriter(folder: Paths.temporary("level\(level)").path, tables: [("sentences", columns)], compressionLevel: level)
            workbook.append("sentences", rows)
            let (temp, _) = try workbook.close()
            let lines = try python("""
                import hashlib, sys, zipfile
                z = zipfile.ZipFile(sys.argv[1])
                print(sorted({i.flag_bits & 6 for i in z.infolist()}))
                print(hashlib.sha256(z.read('xl/worksheets/sheet2.xml')).hexdigest())
                """, temp).lines
            let size = (try FileManager.default.attributesOfItem(atPath: temp)[.size] as? Int) ?? 0
            return (lines.first ?? "", lines.dropFirst().first ?? "", size)
        }
        let fast = try write(1), small = try write(9)
        #expect(broadsheet_zip_entries_opened() > opened, "libxlsxwriter's zip calls did not go through the level shim")
        #expect(fast.flags == "[6]", "level 1 entries carry zip's super-fast flag (bits 1 and 2)")
        #expect(small.flags == "[2]", "level 9 entries carry zip's maximum flag (bit 1)")
        #expect(!fast.sheet.isEmpty && fast.sheet == small.sheet, "the sheet's XML differs between levels")
        #expect(fast.bytes > small.bytes)
    }

    /// Whole numbers are written by CXlsxShims' number-cell writer (no printf float formatting)
    /// exactly as libxlsxwriter's %.16G writes them; other numbers and dates go to the library.
    @Test func numberCellsReadAsTheLibraryWritesThem() throws {
        let columns = [Column(name: "n", type: .integer, description: ""), Column(name: "published", type: .date, description: "")]
        let values = [0, 7, -42, 1_048_576, 999_999_999_999_999, -999_999_999_999_999, 1_000_000_000_000_000, 123_456_789_012_345_678]
        let rows: [[Cell]] = values.map { [.int($0), .text("2024-02-29T13:45:30")] }
        let before = broadsheet_number_cells_written()
        let workbook = try WorkbookWriter(folder: Paths.temporary("numbers").path, tables: [("documents", columns)], compressionLevel: 1)
        workbook.append("documents", rows)
        let (temp, _) = try workbook.close()
        let lines = try python("""
            import re, sys, zipfile
            xml = zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet2.xml').decode()
            print(' '.join(re.findall(r'<c r="A[0-9]+"><v>([^<]*)</v>', xml)))
            print(' '.join(re.findall(r'<c r="B[0-9]+" s="[0-9]+"><v>([^<]*)</v>', xml)[:1]))
            """, temp).lines
        // %.16G: whole numbers below 10^16 in full, larger ones with an exponent.
        #expect(lines.first == "0 7 -42 1048576 999999999999999 -999999999999999 1000000000000000 1.234567890123457E+17")
        #expect(lines.dropFirst().first == "45351.57326388889", "a date-time stays a fraction of a day, written by the library")
        #expect(broadsheet_number_cells_written() - before >= 6, "whole numbers did not go through the number shim")
    }

    /// The cell writers, cell names, control-character escapes, the rows spliced into the zip and
    /// the deflate in pieces (CXlsxShims; ISA-L at level 1) change how the workbook is written, not
    /// what it holds: every part of the file reads back byte for byte as the one libxlsxwriter and
    /// minizip write on their own, for text that needs escaping (XML or control characters), keeps
    /// its spaces, or is not ASCII, in a sheet long enough to be deflated in several pieces.
    @Test func shimsWriteTheBytesTheLibraryWrites() throws {
        let columns = [Column(name: "doc_id", type: .string, description: ""), Column(name: "sentence", type: .integer, description: ""),
                       Column(name: "text", type: .string, description: "")]
        let texts = ["Profits & losses <2024> \"so-called\" 'gains'", " leading space", "trailing tab\t", "Минфин сообщил — «рост»",
                     "東京都は発表した。", "a > b && c < d", "&amp; already escaped", "x", "bell\u{07} and unit\u{1F} separator, \r carriage"]
        let rows: [[Cell]] = (0..<30_000).map { k in
            [.text("doc\(k % 97).html"), .int(k), .text("\(texts[k % texts.count]) \(k % 13 == 0 ? "" : "and some ordinary words \(k)")")]
        }
        func parts(bypass: Bool) throws -> String {
            broadsheet_xlsx_shims_bypass(bypass ? 1 : 0)
            defer { broadsheet_xlsx_shims_bypass(0) }
            let workbook = try WorkbookWriter(folder: Paths.temporary("shims").path, tables: [("sentences", columns)], compressionLevel: 1)
            workbook.append("sentences", rows)
            let (temp, _) = try workbook.close()
            let read = try python("""
                import hashlib, sys, zipfile
                z = zipfile.ZipFile(sys.argv[1])
                assert z.testzip() is None
                for i in z.infolist(): print(i.filename, i.file_size, hashlib.sha256(z.read(i)).hexdigest())
                """, temp)
            #expect(read.code == 0, "the workbook does not read back as a zip")
            return read.lines.joined(separator: "\n")
        }
        let library = try parts(bypass: true)
        let (textMiddle, piecesMiddle, splicedMiddle) = (broadsheet_text_cells_written(), broadsheet_zip_entries_deflated_in_pieces(), broadsheet_sheets_spliced())
        let shims = try parts(bypass: false)
        #expect(library.contains("xl/worksheets/sheet2.xml"))
        #expect(shims == library, "a part of the workbook differs from the library's own")
        // (Other tests write workbooks concurrently: the counters only ever grow.)
        #expect(broadsheet_text_cells_written() - textMiddle >= rows.count * 2, "text cells did not go through the text shim")
        #expect(broadsheet_zip_entries_deflated_in_pieces() > piecesMiddle, "the entries were not deflated in pieces")
        #expect(broadsheet_sheets_spliced() > splicedMiddle, "the sheet's rows were copied into it, not spliced into the zip")
    }

    /// Cell names (written for every cell, by CXlsxShims) are Excel's A1 names up to the last
    /// column and row a sheet has, as the library's own gives them.
    @Test func cellNamesAreExcelsA1Names() {
        func name(_ row: UInt32, _ col: UInt16, bypass: Bool = false) -> String {
            broadsheet_xlsx_shims_bypass(bypass ? 1 : 0)
            defer { broadsheet_xlsx_shims_bypass(0) }
            var buffer = [CChar](repeating: 0, count: 32)
            lxw_rowcol_to_cell(&buffer, row, col)
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        let expected: [(UInt32, UInt16, String)] = [(0, 0, "A1"), (11, 1, "B12"), (0, 25, "Z1"), (0, 26, "AA1"), (99, 51, "AZ100"),
                                                     (0, 701, "ZZ1"), (0, 702, "AAA1"), (1_048_575, 16_383, "XFD1048576")]
        for (row, col, a1) in expected {
            #expect(name(row, col) == a1)
            #expect(name(row, col, bypass: true) == a1, "the library's own")
        }
    }

    @Test func compressionLevelIsChecked() {
        let json = #"{"input": "\#(Paths.package.path)/input", "output": "out", "stages": [{"name": "emit", "options": {"xlsx_compression_level": 12}}]}"#
        #expect(throws: ConfigError.self) { try PipelineConfig.parse(data: Data(json.utf8), directory: "/") }
        do { _ = try PipelineConfig.parse(data: Data(json.utf8), directory: "/") } catch {
            #expect("\(error)".contains("stages[0].options.xlsx_compression_level: expected an integer from 0 to 9"), "\(error)")
        }
    }

    /// Turning a format off leaves no stale file behind, and costs no document its cached result.
    @Test func formatsTurnedOffAreRemovedAndResultsReused() throws {
        let out = Paths.temporary("formats")
        func run(_ formats: String) throws -> String {
            let json = #"{"input": "\#(Paths.package.path)/input", "output": "\#(out.path)", "stages": [{"name": "clean"}, {"name": "segment"}, {"name": "emit", "options": {"formats": \#(formats)}}]}"#
            HTMLReader.initialize()
            #expect(PipelineRunner(config: try PipelineConfig.parse(data: Data(json.utf8), directory: "/"), workers: 2, logger: Logger(label: "test")).run() == .ok)
            return try String(contentsOf: out.appendingPathComponent("run.json"), encoding: .utf8)
        }
        _ = try run(#"["csv", "jsonl", "xlsx", "report"]"#)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("broadsheet.xlsx").path))
        let summary = try run(#"["csv"]"#)
        #expect(summary.contains("\"processed\" : 0"), "a change of output format processed documents again")
        for gone in ["broadsheet.xlsx", "report.html", "documents.jsonl"] {
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(gone).path), "\(gone) of the earlier run was left behind")
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("documents.csv").path))
    }
}
