import Foundation
import Logging
import Testing
@testable import BroadsheetKit

@Suite struct EmitTests {
    func csv(_ cells: [Cell]) -> String {
        var w = CSVWriter()
        w.row(cells)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test func rfc4180QuotingAndFormulaGuard() {
        #expect(csv([.text("plain"), .int(3), .bool(true), .text(nil)]) == "plain,3,true,\r\n")
        #expect(csv([.text("a,b"), .text("say \"hi\""), .text("two\nlines")]) == "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
        #expect(csv([.text("=SUM(A1)"), .text("-3"), .text("@x"), .text("+1")]) == "'=SUM(A1),'-3,'@x,'+1\r\n")
        #expect(csv([.text("\u{301}\",")]) == "\"\u{301}\"\",\"\r\n")
    }

    @Test func longCellsAreCutWithAnEllipsis() {
        let long = String(repeating: "é", count: 40_000)
        let line = csv([.text(long)])
        #expect(line.hasSuffix("…\r\n"))
        #expect(line.utf16.count - 2 <= CSVWriter.maxCellUnits)
    }

    @Test func jsonStringsAreEscaped() {
        var w = JSONLWriter()
        w.row(["a", "b", "c", "d"], [.text("q\"\\\n\u{1}\u{2028}é"), .int(-4), .bool(false), .text(nil)])
        let line = String(decoding: w.bytes, as: UTF8.self)
        #expect(line == "{\"a\":\"q\\\"\\\\\\n\\u0001\\u2028é\",\"b\":-4,\"c\":false,\"d\":null}\n")
        let parsed = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(parsed?["a"] as? String == "q\"\\\n\u{1}\u{2028}é")
    }

    @Test func sha256SystemAndPortableAgree() {
        var rng = SystemRandomNumberGenerator()
        for length in [1, 55, 56, 63, 64, 65, 119, 120, 1000, 65_537] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            #expect(SHA256.digest(bytes) == SHA256.portableDigest(bytes), "length \(length)")
            #expect(SHA256.digest(bytes[1...]) == SHA256.portableDigest(Array(bytes[1...])), "slice of length \(length - 1)")
        }
    }

    @Test func sha256KnownAnswers() {
        #expect(SHA256.hex(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(of: million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Golden outputs of every stage on the fixture corpus. Re-record on purpose with
    /// BROADSHEET_RECORD=1 swift test --filter goldenTables.
    @Test func goldenTables() throws {
        let out = Paths.temporary("golden")
        let json = """
        {"input": "\(Paths.fixtures.path)/corpus", "output": "\(out.path)", "reference_date": "2021-01-01",
         "stages": [{"name": "clean"}, {"name": "segment"}, {"name": "dates"}, {"name": "quotes"}, {"name": "entities"}, {"name": "emit"}]}
        """
        let config = try PipelineConfig.parse(data: Data(json.utf8), directory: "/")
        HTMLReader.initialize()
        let outcome = PipelineRunner(config: config, workers: 2, logger: Logger(label: "test")).run()
        #expect(outcome == .ok)
        let record = ProcessInfo.processInfo.environment["BROADSHEET_RECORD"] == "1"
        for (name, _) in Tables.all {
            for ext in ["csv", "jsonl"] {
                let file = "\(name).\(ext)"
                let got = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
                let goldenURL = Paths.fixtures.appendingPathComponent("golden/\(file)")
                if record { try got.write(to: goldenURL, atomically: false, encoding: .utf8); continue }
                let want = try String(contentsOf: goldenURL, encoding: .utf8)
                #expect(got == want, "\(file) differs from its golden file")
            }
        }
    }
}
