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

    /// Writes every table into temporary files in the output folder, a megabyte at a time, and
    /// returns them for the caller to rename into place once all are complete.
    public func write(_ docs: [Document], to output: OutputFolder) throws -> [(temp: String, name: String)] {
        var staged: [(temp: String, name: String)] = []
        let csv = options.formats.contains("csv")
        let jsonl = options.formats.contains("jsonl")
        let chunk = 1 << 20
        for (name, columns) in Tables.all {
            let csvFile = csv ? try output.stream("\(name).csv") : nil
            let jsonFile = jsonl ? try output.stream("\(name).jsonl") : nil
            var c = CSVWriter(bom: options.bom)
            var j = JSONLWriter()
            let keep = columns.indices.filter { columns[$0].inCSV }
            let names = columns.map(\.name)
            c.header(keep.map { columns[$0].name })
            func emit(_ row: [Cell]) throws {
                if csvFile != nil { c.row(keep.map { row[$0] }) }
                if jsonFile != nil { j.row(names, row) }
                if c.bytes.count > chunk { try csvFile?.append(c.bytes); c.bytes.removeAll(keepingCapacity: true) }
                if j.bytes.count > chunk { try jsonFile?.append(j.bytes); j.bytes.removeAll(keepingCapacity: true) }
            }
            switch name {
            case "entities": for r in Tables.entityRows(docs) { try emit(r) }
            default:
                for d in docs {
                    let rows: [[Cell]]
                    switch name {
                    case "documents": rows = [Tables.documentRow(d)]
                    case "sentences": rows = Tables.sentenceRows(d)
                    case "dates": rows = Tables.dateRows(d)
                    case "quotes": rows = Tables.quoteRows(d)
                    case "mentions": rows = Tables.mentionRows(d)
                    default: rows = Tables.errorRows(d)
                    }
                    for r in rows { try emit(r) }
                }
            }
            if let csvFile { try csvFile.append(c.bytes); csvFile.finish(); staged.append((csvFile.temp, csvFile.name)) }
            if let jsonFile { try jsonFile.append(j.bytes); jsonFile.finish(); staged.append((jsonFile.temp, jsonFile.name)) }
        }
        if csv { staged.append((try output.stage("datapackage.json", datapackage()), "datapackage.json")) }
        return staged
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
