/// Writes the tables (CSV and JSONL), `datapackage.json` and `run.json` into the output folder.
/// A sink, not a stage: registered like the stages so its options live in `pipeline.json`, it
/// never sees a document alone; the runner's writing phase hands it the finished corpus.
public struct EmitSink: RegisteredStep {
    public struct Options: StageOptions {
        /// Start each CSV with a UTF-8 byte-order mark (some spreadsheets need it to read UTF-8).
        public var bom = false
        /// Which formats to write: "csv", "jsonl".
        public var formats = ["csv", "jsonl"]
        public init() {}
        public static let help: [String: String] = [
            "bom": "start each CSV with a UTF-8 byte-order mark (for spreadsheets)",
            "formats": "table formats to write: \"csv\", \"jsonl\" or both",
        ]
    }

    public static let name = "emit"
    public static let summary = "write every table as CSV and JSONL, datapackage.json and run.json"
    public static let needs: [Capability] = []
    public static let provides: [Capability] = []

    public let options: Options

    public init(options: Options, context: RunContext) throws {
        let unknown = options.formats.filter { $0 != "csv" && $0 != "jsonl" }
        if !unknown.isEmpty || options.formats.isEmpty {
            throw ConfigError([ConfigProblem(path: "stages.emit.options.formats", message: "expected a non-empty list of \"csv\" and/or \"jsonl\"")])
        }
        self.options = options
    }
}
