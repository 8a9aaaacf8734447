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

    /// One table being written: its CSV and JSONL files, flushed a megabyte at a time.
    struct Sink {
        let csvFile: OutputFolder.StagedFile?
        let jsonFile: OutputFolder.StagedFile?
        var csv: CSVWriter
        var json = JSONLWriter()
        let keep: [Int]
        let names: [String]

        init(name: String, columns: [Column], options: EmitStage.Options, output: OutputFolder) throws {
            csvFile = options.formats.contains("csv") ? try output.stream("\(name).csv") : nil
            jsonFile = options.formats.contains("jsonl") ? try output.stream("\(name).jsonl") : nil
            csv = CSVWriter(bom: options.bom)
            keep = columns.indices.filter { columns[$0].inCSV }
            names = columns.map(\.name)
            csv.header(keep.map { columns[$0].name })
        }

        mutating func emit(_ row: [Cell]) throws {
            if csvFile != nil { csv.row(keep.map { row[$0] }) }
            if jsonFile != nil { json.row(names, row) }
            if csv.bytes.count > 1 << 20 { try csvFile?.append(csv.bytes); csv.bytes.removeAll(keepingCapacity: true) }
            if json.bytes.count > 1 << 20 { try jsonFile?.append(json.bytes); json.bytes.removeAll(keepingCapacity: true) }
        }

        func close() throws -> [(temp: String, name: String)] {
            var staged: [(temp: String, name: String)] = []
            if let csvFile { try csvFile.append(csv.bytes); csvFile.finish(); staged.append((csvFile.temp, csvFile.name)) }
            if let jsonFile { try jsonFile.append(json.bytes); jsonFile.finish(); staged.append((jsonFile.temp, jsonFile.name)) }
            return staged
        }
    }

    /// Writes every table into temporary files in the output folder in one pass over the
    /// documents (fetched one at a time, so they need not all be in memory), and returns the files
    /// for the caller to rename into place once all are complete.
    public func write(count: Int, document: (Int) throws -> Document, to output: OutputFolder) throws -> [(temp: String, name: String)] {
        var sinks = try Tables.all.map { try Sink(name: $0.name, columns: $0.columns, options: options, output: output) }
        let index = Dictionary(uniqueKeysWithValues: Tables.all.enumerated().map { ($1.name, $0) })
        var entities = EntityTable()
        for i in 0..<count {
            let d = try document(i)
            entities.add(d)
            try sinks[index["documents"]!].emit(Tables.documentRow(d))
            for r in Tables.sentenceRows(d) { try sinks[index["sentences"]!].emit(r) }
            for r in Tables.dateRows(d) { try sinks[index["dates"]!].emit(r) }
            for r in Tables.quoteRows(d) { try sinks[index["quotes"]!].emit(r) }
            for r in Tables.mentionRows(d) { try sinks[index["mentions"]!].emit(r) }
            for r in Tables.errorRows(d) { try sinks[index["errors"]!].emit(r) }
        }
        for r in entities.rows() { try sinks[index["entities"]!].emit(r) }
        var staged = try sinks.flatMap { try $0.close() }
        if options.formats.contains("csv") { staged.append((try output.stage("datapackage.json", datapackage()), "datapackage.json")) }
        return staged
    }

    /// Writes every table for documents held in memory.
    public func write(_ docs: [Document], to output: OutputFolder) throws -> [(temp: String, name: String)] {
        try write(count: docs.count, document: { docs[$0] }, to: output)
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
