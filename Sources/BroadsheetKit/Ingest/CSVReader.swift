/// A small RFC 4180 reader for the inputs analysts write by hand (manifest, aliases):
/// quoted fields, doubled quotes, CRLF or LF line ends, a UTF-8 BOM.
public enum CSVReader {
    public static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var afterQuote = false
        var sawAny = false
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
                    } else { inQuotes = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote: inQuotes = true
            case ",": endField()
            case "\r": break
            case "\n":
                endField()
                rows.append(row); row = []; sawAny = false
            default: field.append(c)
            }
        }
        if sawAny || !field.isEmpty || !row.isEmpty { endField(); rows.append(row) }
        return rows.filter { !($0.count == 1 && $0[0].isEmpty) }
    }

    /// Rows as dictionaries keyed by the header row (lower-cased, trimmed).
    public static func records(_ text: String) -> (header: [String], records: [[String: String]]) {
        let all = rows(text)
        guard let head = all.first else { return ([], []) }
        let header = head.map { $0.trimmingWhitespace().lowercasedFast }
        let records = all.dropFirst().map { row -> [String: String] in
            var r: [String: String] = [:]
            for (i, key) in header.enumerated() where i < row.count {
                let v = row[i].trimmingWhitespace()
                if !v.isEmpty { r[key] = v }
            }
            return r
        }
        return (header, records)
    }
}
