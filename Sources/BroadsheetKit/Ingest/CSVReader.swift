/// A small RFC 4180 reader for the inputs analysts write by hand (manifest, aliases):
/// quoted fields, doubled quotes, CRLF or LF line ends, a UTF-8 BOM. It says where the file is
/// malformed (a quote never closed, text after a closing quote) instead of guessing silently.
public enum CSVReader {
    /// A record and the line it starts on (1-based).
    public struct Row: Sendable {
        public var fields: [String]
        public var line: Int
    }

    public static func parse(_ text: String) -> (rows: [Row], problems: [String]) {
        var rows: [Row] = []
        var problems: [String] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var afterQuote = false
        var sawAny = false
        var line = 1
        var rowLine = 1
        var quoteLine = 1
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        func endField() { row.append(String(field)); field = .init(); afterQuote = false }
        var it = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            sawAny = true
            if inQuotes {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" { field.append("\"") } else { inQuotes = false; afterQuote = true; pending = n }
                    } else { inQuotes = false; afterQuote = true }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteLine = line
            case ",": endField()
            case "\r": break
            case "\n":
                endField()
                rows.append(Row(fields: row, line: rowLine)); row = []; sawAny = false
                line += 1
                rowLine = line
            default:
                if afterQuote {
                    problems.append("line \(line): text after a closing quote (a quote inside a field must be doubled: \"\")")
                    afterQuote = false
                }
                field.append(c)
            }
        }
        if inQuotes {
            problems.append("line \(quoteLine): a quote opened here is never closed, so the rest of the file was read as one field")
        }
        if sawAny || !field.isEmpty || !row.isEmpty { endField(); rows.append(Row(fields: row, line: rowLine)) }
        return (rows.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }, problems)
    }

    public static func rows(_ text: String) -> [[String]] { parse(text).rows.map(\.fields) }

    /// Rows as dictionaries keyed by the header row (lower-cased, trimmed), with their lines.
    public static func records(_ text: String) -> (header: [String], records: [[String: String]]) {
        let table = table(text)
        return (table.header, table.records.map(\.values))
    }

    public struct Record: Sendable {
        public var values: [String: String]
        public var line: Int
        /// Fields past the header's columns.
        public var extra: Int
    }

    public static func table(_ text: String) -> (header: [String], records: [Record], problems: [String]) {
        let (all, problems) = parse(text)
        guard let head = all.first else { return ([], [], problems) }
        let header = head.fields.map { $0.trimmingWhitespace().lowercasedFast }
        let records = all.dropFirst().map { row -> Record in
            var r: [String: String] = [:]
            for (i, key) in header.enumerated() where i < row.fields.count {
                let v = row.fields[i].trimmingWhitespace()
                if !v.isEmpty { r[key] = v }
            }
            let extra = row.fields.count > header.count ? row.fields[header.count...].filter { !$0.trimmingWhitespace().isEmpty }.count : 0
            return Record(values: r, line: row.line, extra: extra)
        }
        return (header, records, problems)
    }
}
