import Foundation
import Testing
@testable import BroadsheetKit

/// Paths of the package and its fixtures.
enum Paths {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsDir.appendingPathComponent("Fixtures")
    static let package = testsDir.deletingLastPathComponent().deletingLastPathComponent()
    static let shared = package.deletingLastPathComponent().appendingPathComponent("shared")
    static var sharedExists: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("eval").path) }

    static func temporary(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-tests-\(name)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Marked text: `⟦` and `⟧` mark expected spans; returns the text without markers and the spans
/// in Unicode scalar offsets (the schema's unit).
func marked(_ source: String) -> (text: String, spans: [ScalarSpan]) {
    var out = String.UnicodeScalarView()
    var spans: [ScalarSpan] = []
    var open: Int?
    for s in source.unicodeScalars {
        if s == "⟦" { open = out.count; continue }
        if s == "⟧", let o = open { spans.append(ScalarSpan(o, out.count)); open = nil; continue }
        out.append(s)
    }
    return (String(out), spans)
}

/// A text document run through the given stages (ingest's text path, no files).
func textDocument(_ text: String, id: String = "doc.txt", published: String? = nil, stages: [any PipelineStage]) throws -> Document {
    var doc = Document(id: id, format: .text)
    Ingestor.readText(Array(text.utf8), into: &doc)
    doc.manifest.published = published
    for stage in stages { try stage.process(&doc) }
    return doc
}

let segmenter = try! SegmentStage(options: .init(), context: RunContext())
let dater = try! DatesStage(options: .init(), context: RunContext())
let quoter = try! QuotesStage(options: .init(), context: RunContext())
let entityFinder = try! EntitiesStage(options: .init(), context: RunContext())

func slice(_ text: String, _ span: ScalarSpan) -> String {
    let scalars = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
}
