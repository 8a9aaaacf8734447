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
    /// Build identity (`Broadsheet.build`).
    public var build: String = ""
    /// Documents per status (`ok`, `empty`, …).
    public var statuses: [String: Int] = [:]
    /// `written` or `unchanged`, and why.
    public var tables = "written"
    public var tablesReason = ""
    /// The files the run wrote into the output folder (run.json aside).
    public var files: [String] = []
    /// Files under the input folder of kinds it does not read, by extension (`InputCatalog.Listing.notRead`).
    public var notRead: [String: Int] = [:]

    public init(started: Date, finished: Date, version: String, build: String = "", configSHA256: String, workers: Int, processed: Int,
                reused: Int, failed: Int, stageSeconds: [(String, Double)], statuses: [String: Int] = [:], tables: String = "written",
                tablesReason: String = "", notRead: [String: Int] = [:]) {
        self.started = started; self.finished = finished; self.version = version; self.build = build; self.configSHA256 = configSHA256
        self.workers = workers; self.processed = processed; self.reused = reused; self.failed = failed; self.stageSeconds = stageSeconds
        self.statuses = statuses; self.tables = tables; self.tablesReason = tablesReason; self.notRead = notRead
    }
}

/// What `TableEmitter.write` staged, and the documents it saw per status.
public struct WrittenTables: Sendable {
    public var files: [(temp: String, name: String)]
    public var statuses: [String: Int]
    /// What the report shows, counted from the rows written.
    var facts = ReportFacts()
    /// The entities table's rows.
    var entities: [[Cell]] = []
    /// The workbook, closing on its own thread: `finishWorkbook` adds it to `files`.
    var workbook: WorkbookPipe?

    /// Waits for the workbook being completed and stages it with the other files.
    mutating func finishWorkbook() throws {
        guard let workbook else { return }
        self.workbook = nil
        files.append(try workbook.finish())
    }
}

/// Turns finished documents into the output files. Rows are in `doc_id` order, then position.
public struct TableEmitter: Sendable {
    public let options: EmitSink.Options

    /// Workers rendering rows (documents are rendered in parallel batches, written in order).
    public let parallel: ParallelRunner

    public init(options: EmitSink.Options, workers: Int = 1) {
        self.options = options
        parallel = ParallelRunner(workers: workers)
    }

    /// One table being written: its CSV and JSONL files, flushed a megabyte at a time.
    struct Sink: Sendable {
        let csvFile: OutputFolder.StagedFile?
        let jsonFile: OutputFolder.StagedFile?
        var csv: CSVWriter
        var json = JSONLWriter()

        init(name: String, columns: [Column], options: EmitSink.Options, output: OutputFolder) throws {
            csvFile = options.formats.contains("csv") ? try output.stream("\(name).csv") : nil
            jsonFile = options.formats.contains("jsonl") ? try output.stream("\(name).jsonl") : nil
            csv = CSVWriter(bom: options.bom)
            csv.header(columns.filter(\.inCSV).map(\.name))
        }

        mutating func append(csv rows: [UInt8], json lines: [UInt8]) throws {
            csv.bytes.append(contentsOf: rows)
            json.bytes.append(contentsOf: lines)
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

    /// One document's rows of every per-document table, rendered as CSV and JSONL bytes.
    struct Rendered: Sendable {
        var csv: [[UInt8]]
        var json: [[UInt8]]
        /// The document's share of the entities table (gathered while rendering, merged in order).
        var entities: EntityTable
        var status: DocumentStatus
        var facts = ReportFacts()
        /// The rows as cells (CSV columns), by table, for the workbook.
        var cells: [[[Cell]]] = []
    }

    /// The per-document tables in `Tables.all` order (entities is gathered across documents).
    static let perDocument: [(table: Int, rows: @Sendable (Document) -> [[Cell]])] = Tables.all.enumerated().compactMap { i, t in
        switch t.name {
        case "documents": return (i, { [Tables.documentRow($0)] })
        case "sentences": return (i, Tables.sentenceRows)
        case "dates": return (i, Tables.dateRows)
        case "quotes": return (i, Tables.quoteRows)
        case "mentions": return (i, Tables.mentionRows)
        case "errors": return (i, Tables.errorRows)
        case "warnings": return (i, Tables.warningRows)
        default: return nil
        }
    }

    func render(_ d: Document) -> Rendered {
        let wantCSV = options.formats.contains("csv"), wantJSON = options.formats.contains("jsonl"), wantReport = options.formats.contains("report")
        let wantXLSX = options.formats.contains("xlsx")
        var out = Rendered(csv: Array(repeating: [], count: Tables.all.count), json: Array(repeating: [], count: Tables.all.count),
                           entities: EntityTable(), status: d.reportedStatus.status)
        if wantXLSX { out.cells = Array(repeating: [], count: Tables.all.count) }
        out.entities.add(d)
        var byTable: [String: [[Cell]]] = [:]
        for (table, rows) in TableEmitter.perDocument {
            let columns = Tables.all[table].columns
            let keep = columns.indices.filter { columns[$0].inCSV }
            let names = columns.map(\.name)
            // (A document's rows for a table are a few kilobytes at most, most tables' none: the
            // writers start empty rather than with a file buffer's 64 KiB.)
            var csv = CSVWriter(capacity: 0)
            var json = JSONLWriter(capacity: 0)
            let cells = rows(d)
            if ReportFacts.tables.contains(Tables.all[table].name) { byTable[Tables.all[table].name] = cells }
            for row in cells {
                let shown = keep.count == row.count ? row : keep.map { row[$0] }
                if wantCSV { csv.row(shown) }
                if wantXLSX { out.cells[table].append(shown) }
                if wantJSON { json.row(names, row) }
            }
            out.csv[table] = csv.bytes
            out.json[table] = json.bytes
        }
        if wantReport {
            out.facts.add(document: byTable["documents"]![0], quotes: byTable["quotes"]!, dates: byTable["dates"]!, errors: byTable["errors"]!)
        }
        return out
    }

    /// Writes every table into temporary files in the output folder in one pass over the
    /// documents, and returns the files for the caller to rename into place once all are complete.
    /// Documents are fetched and rendered in parallel batches and written in input order, so
    /// only a batch is ever in memory.
    public func write(count: Int, document: @Sendable (Int) throws -> Document, to output: OutputFolder) throws -> WrittenTables {
        var sinks = try Tables.all.map { try Sink(name: $0.name, columns: $0.columns, options: options, output: output) }
        let workbook = options.formats.contains("xlsx")
            ? WorkbookPipe(try WorkbookWriter(folder: output.path, tables: Tables.all, compressionLevel: options.xlsxCompressionLevel, threads: parallel.workers))
            : nil
        let entitiesTable = Tables.all.firstIndex { $0.name == "entities" }!
        var entities = EntityTable()
        var statuses: [String: Int] = [:]
        var facts = ReportFacts()
        for s in DocumentStatus.allCases { statuses[s.rawValue] = 0 }
        let batch = 8 * parallel.workers   // small: a rendered document holds its text several times over
        var start = 0
        while start < count {
            let n = min(batch, count - start)
            let first = start
            let rendered: [Result<Rendered, any Error>] = parallel.map(count: n) { k in
                Result { self.render(try document(first + k)) }
            }
            var sheetRows: [(String, [[Cell]])] = []
            for r in rendered {
                let doc = try r.get()
                entities.merge(doc.entities)
                facts.merge(doc.facts)
                statuses[doc.status.rawValue, default: 0] += 1
                for (table, _) in TableEmitter.perDocument {
                    try sinks[table].append(csv: doc.csv[table], json: doc.json[table])
                    if workbook != nil, !doc.cells[table].isEmpty { sheetRows.append((Tables.all[table].name, doc.cells[table])) }
                }
            }
            workbook?.send(sheetRows)
            start += n
        }
        var csv = CSVWriter()
        var json = JSONLWriter()
        let names = Tables.all[entitiesTable].columns.map(\.name)
        let entityRows = entities.rows()
        for row in entityRows {
            csv.row(row)
            json.row(names, row)
        }
        try sinks[entitiesTable].append(csv: csv.bytes, json: json.bytes)
        workbook?.send([("entities", entityRows)])
        workbook?.startClosing()
        // Flushing to disk (fsync) is the slow part of closing: the files are closed concurrently.
        let open = sinks
        let closed: [Result<[(temp: String, name: String)], any Error>] = parallel.map(count: open.count) { i in Result { try open[i].close() } }
        var staged = try closed.flatMap { try $0.get() }
        if options.formats.contains("csv") { staged.append((try output.stage("datapackage.json", datapackage()), "datapackage.json")) }
        return WrittenTables(files: staged, statuses: statuses, facts: facts, entities: options.formats.contains("report") ? entityRows : [],
                             workbook: workbook)
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
        // The workbook and the report are resources too (not tabular: described by type only).
        if options.formats.contains("xlsx") {
            resources.append(["name": "broadsheet-workbook", "path": WorkbookWriter.fileName, "profile": "data-resource", "format": "xlsx",
                              "mediatype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              "description": "every table as a sheet of one workbook"])
        }
        if options.formats.contains("report") {
            resources.append(["name": "report", "path": "report.html", "profile": "data-resource", "format": "html", "mediatype": "text/html",
                              "description": "an overview of the run and the archive, with charts"])
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
            "start": iso.string(from: s.started), "end": iso.string(from: s.finished), "version": s.version, "build": s.build,
            "config_sha256": s.configSHA256, "workers": s.workers,
            "documents": ["processed": s.processed, "reused": s.reused, "failed": s.failed],
            "status": s.statuses,
            "tables": ["state": s.tables, "reason": s.tablesReason],
            "seconds": ((s.finished.timeIntervalSince(s.started)) * 1000).rounded() / 1000,
            "stage_seconds": stages,
            "files": s.files.sorted(),
            "input_files_not_read": s.notRead,
        ]
        return TableEmitter(options: .init()).json(object)
    }

    func json(_ object: Any) -> [UInt8] {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return Array(data) + [10]
    }
}
