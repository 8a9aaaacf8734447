import Foundation

/// Facts about a run for `run.json`.
public struct RunSummary: Sendable {
    public var started: Date
    public var finished: Date
    public var version: String
    public var configSHA256: String
    public var workers: Int
    public var processed: Int
    public var reused: Int
    public var failed: Int
    public var stageSeconds: [(String, Double)]
}

/// Turns finished documents into the output files. Rows are in `doc_id` order, then position.
public struct TableEmitter {
    public let options: EmitStage.Options

    public init(options: EmitStage.Options) { self.options = options }

    /// Renders every table; returns file name → bytes.
    public func render(_ docs: [Document]) -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = []
        let csv = options.formats.contains("csv")
        let jsonl = options.formats.contains("jsonl")
        for (name, columns) in Tables.all {
            let rows: [[Cell]]
            switch name {
            case "documents": rows = docs.map(Tables.documentRow)
            case "sentences": rows = docs.flatMap(Tables.sentenceRows)
            case "dates": rows = docs.flatMap(Tables.dateRows)
            case "quotes": rows = docs.flatMap(Tables.quoteRows)
            case "entities": rows = Tables.entityRows(docs)
            case "mentions": rows = docs.flatMap(Tables.mentionRows)
            default: rows = docs.flatMap(Tables.errorRows)
            }
            if csv {
                var w = CSVWriter(bom: options.bom)
                let keep = columns.indices.filter { columns[$0].inCSV }
                w.header(keep.map { columns[$0].name })
                for r in rows { w.row(keep.map { r[$0] }) }
                files.append(("\(name).csv", w.bytes))
            }
            if jsonl {
                var w = JSONLWriter()
                let names = columns.map(\.name)
                for r in rows { w.row(names, r) }
                files.append(("\(name).jsonl", w.bytes))
            }
        }
        if csv { files.append(("datapackage.json", datapackage())) }
        return files
    }

    /// A Frictionless Data Package describing every CSV table.
    func datapackage() -> [UInt8] {
        var resources: [[String: Any]] = []
        for (name, columns) in Tables.all {
            let fields: [[String: Any]] = columns.filter(\.inCSV).map { c in
                var f: [String: Any] = ["name": c.name, "type": c.type.rawValue, "description": c.description]
                if c.type == .boolean { f["trueValues"] = ["true"]; f["falseValues"] = ["false"] }
                return f
            }
            var resource: [String: Any] = [
                "name": name, "path": "\(name).csv", "profile": "tabular-data-resource", "format": "csv",
                "mediatype": "text/csv", "encoding": options.bom ? "utf-8-sig" : "utf-8",
                "dialect": ["delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": true, "header": true],
                "schema": ["fields": fields, "missingValues": [""]],
            ]
            if name == "entities" { resource["schema"] = ["fields": fields, "missingValues": [""], "primaryKey": ["entity_id"]] }
            resources.append(resource)
        }
        let package: [String: Any] = [
            "profile": "tabular-data-package", "name": "broadsheet", "title": "Broadsheet news datasets",
            "description": "Documents, sentences, dates, quotes and entities extracted by Broadsheet (schema version 1).",
            "resources": resources,
        ]
        return json(package)
    }

    public static func runJSON(_ s: RunSummary) -> [UInt8] {
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var stages: [String: Any] = [:]
        for (name, secs) in s.stageSeconds { stages[name] = (secs * 1000).rounded() / 1000 }
        let object: [String: Any] = [
            "start": iso.string(from: s.started), "end": iso.string(from: s.finished), "version": s.version,
            "config_sha256": s.configSHA256, "workers": s.workers,
            "documents": ["processed": s.processed, "reused": s.reused, "failed": s.failed],
            "seconds": ((s.finished.timeIntervalSince(s.started)) * 1000).rounded() / 1000,
            "stage_seconds": stages,
        ]
        return TableEmitter(options: .init()).json(object)
    }

    func json(_ object: Any) -> [UInt8] {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return Array(data) + [10]
    }
}
