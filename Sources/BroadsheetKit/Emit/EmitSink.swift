/// Writes the tables (CSV, JSONL and the workbook), `datapackage.json`, `report.html` and
/// `run.json` into the output folder.
/// A sink, not a stage: registered like the stages so its options live in `pipeline.json`, it
/// never sees a document alone; the runner's writing phase hands it the finished corpus.
public struct EmitSink: RegisteredStep {
    public struct Options: StageOptions {
        /// Start each CSV with a UTF-8 byte-order mark (some spreadsheets need it to read UTF-8).
        public var bom = false
        /// Which files to write: "csv", "jsonl", "xlsx" (the tables), "report" (report.html).
        public var formats = EmitSink.allFormats
        /// zlib's level for the workbook's zip entries: 1 writes 3.3 times as fast as the usual 6
        /// for a file about a fifth larger, and most of a workbook's time goes to deflating.
        public var xlsxCompressionLevel = 1
        public init() {}
        public static let help: [String: String] = [
            "bom": "start each CSV with a UTF-8 byte-order mark (for spreadsheets)",
            "xlsx_compression_level": "deflate level of broadsheet.xlsx, 0 (stored) to 9 (smallest); 1, the default, is the fastest that compresses",
            "formats": "what to write: \"csv\", \"jsonl\" (every table), \"xlsx\" (broadsheet.xlsx, a sheet per table), \"report\" (report.html, an overview with charts); at least one table format",
        ]
    }

    public static let name = "emit"
    public static let summary = "write every table as CSV, JSONL and broadsheet.xlsx, datapackage.json, report.html and run.json"
    public static let allFormats = ["csv", "jsonl", "xlsx", "report"]
    static let tableFormats: WordSet = ["csv", "jsonl", "xlsx"]
    public static let needs: [Capability] = []
    public static let provides: [Capability] = []

    public let options: Options

    public init(options: Options, context: RunContext) throws {
        let unknown = options.formats.filter { !EmitSink.allFormats.contains($0) }
        if !unknown.isEmpty || !options.formats.contains(where: EmitSink.tableFormats.contains) {
            let names = EmitSink.allFormats.map { "\"\($0)\"" }.joined(separator: ", ")
            throw ConfigError([ConfigProblem(path: "stages.emit.options.formats",
                                             message: "expected a list of \(names) with at least one table format (\"csv\", \"jsonl\" or \"xlsx\")")])
        }
        guard (0...9).contains(options.xlsxCompressionLevel) else {
            throw ConfigError([ConfigProblem(path: "stages.emit.options.xlsx_compression_level", message: "expected an integer from 0 to 9")])
        }
        self.options = options
    }
}
