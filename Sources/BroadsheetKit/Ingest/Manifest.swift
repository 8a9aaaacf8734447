/// `manifest.csv`: metadata an analyst gives per document, which wins over what the documents say.
/// Read strictly but never fatally: every problem is reported (bad quoting, unknown columns,
/// repeated ids, values that are not what the column holds) and the rest of the file is used.
public struct Manifest: Sendable {
    /// Metadata by doc_id.
    public var entries: [String: Metadata] = [:]
    /// Problems with a row's values, by doc_id: they become warnings of that document too.
    public var notes: [String: [String]] = [:]
    /// Every problem, for the log.
    public var problems: [String] = []
    /// Line of each doc_id's row (to name rows whose doc_id matches no file).
    public var lines: [String: Int] = [:]

    public init() {}

    static let columns = ["doc_id", "url", "site", "title", "published", "byline"]

    public static func parse(_ text: String) -> Manifest {
        var m = Manifest()
        let (header, records, csvProblems) = CSVReader.table(text)
        m.problems = csvProblems.map { "manifest.csv \($0)" }
        guard header.contains("doc_id") else {
            m.problems.append("manifest.csv: no doc_id column in the header row (found: \(header.joined(separator: ", "))); the manifest is ignored")
            return m
        }
        for column in header where !columns.contains(column) && !column.isEmpty {
            m.problems.append("manifest.csv: unknown column '\(column)' is ignored (known columns: \(columns.joined(separator: ", ")))")
        }
        for r in records {
            let at = "manifest.csv line \(r.line)"
            guard let id = r.values["doc_id"] else { m.problems.append("\(at): empty doc_id; the row is ignored"); continue }
            if let first = m.lines[id] {
                m.problems.append("\(at): doc_id '\(id)' already given on line \(first); this row is ignored")
                continue
            }
            m.lines[id] = r.line
            var notes: [String] = []
            if r.extra > 0 { notes.append("\(at): \(r.extra) field(s) beyond the header's columns are ignored (an unquoted comma?)") }
            var meta = Metadata()
            meta.url = r.values["url"]; meta.site = r.values["site"]; meta.title = r.values["title"]; meta.byline = r.values["byline"]
            if let p = r.values["published"] {
                switch LooseDate.check(p) {
                case let .valid(value): meta.published = value
                case let .refused(why): notes.append("\(at): published \(why); not used")
                case .unreadable: notes.append("\(at): published '\(p)' is not an ISO 8601 date; not used")
                }
            }
            m.entries[id] = meta
            if !notes.isEmpty { m.notes[id] = notes; m.problems.append(contentsOf: notes) }
        }
        return m
    }
}
