import Foundation

/// One input file found under the input folder.
public struct InputFile: Sendable, Hashable {
    /// Path relative to the input folder, `/`-separated: the document id.
    public var id: String
    public var path: String
    public var format: DocumentFormat
}

/// Lists the documents of an input folder (recursively, sorted by id) and reads its manifest.
public enum InputCatalog {
    public static func list(_ root: String) -> [InputFile] {
        let base = URL(fileURLWithPath: root).standardizedFileURL
        let basePath = base.path.hasSuffix("/") ? base.path : base.path + "/"
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var files: [InputFile] = []
        for case let url as URL in walker {
            let ext = url.pathExtension.lowercasedFast
            let format: DocumentFormat
            switch ext {
            case "html", "htm": format = .html
            case "txt": format = .text
            default: continue
            }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(basePath) else { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { continue }
            files.append(InputFile(id: String(path.dropFirst(basePath.count)), path: path, format: format))
        }
        return files.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }

    /// `manifest.csv` rows by doc_id. Problems are returned, not thrown: a bad manifest row should
    /// not stop a nightly run.
    public static func manifest(_ root: String) -> (entries: [String: Metadata], problems: [String]) {
        let path = URL(fileURLWithPath: root).appendingPathComponent("manifest.csv").path
        guard let data = FileManager.default.contents(atPath: path) else { return ([:], []) }
        let (text, _) = TextDecoding.decode(Array(data))
        let (header, records) = CSVReader.records(text)
        guard header.contains("doc_id") else { return ([:], ["manifest.csv: no doc_id column in the header row"]) }
        var entries: [String: Metadata] = [:]
        var problems: [String] = []
        for (i, r) in records.enumerated() {
            guard let id = r["doc_id"] else { problems.append("manifest.csv row \(i + 2): empty doc_id"); continue }
            var m = Metadata()
            m.url = r["url"]; m.site = r["site"]; m.title = r["title"]; m.byline = r["byline"]
            if let p = r["published"] {
                if let norm = LooseDate.normalize(p) { m.published = norm } else {
                    problems.append("manifest.csv row \(i + 2): published '\(p)' is not an ISO 8601 date")
                }
            }
            entries[id] = m
        }
        return (entries, problems)
    }
}
