/// A cell of an output table.
public enum Cell: Sendable, Hashable {
    case text(String?)
    case int(Int)
    case bool(Bool)
}

/// RFC 4180 CSV into a byte buffer: comma, `"` quoting, CRLF record ends, formula-injection guard,
/// cells cut at the spreadsheet limit of 32,767 characters.
public struct CSVWriter: Sendable {
    public static let maxCellUnits = 32_767
    public internal(set) var bytes: [UInt8] = []

    /// `capacity`: bytes to reserve (a file's buffer); one document's rows grow as they come.
    public init(bom: Bool = false, capacity: Int = 1 << 16) {
        if bom { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        bytes.reserveCapacity(capacity)
    }

    public mutating func header(_ names: [String]) {
        row(names.map { .text($0) }, guardFormulas: false)
    }

    public mutating func row(_ cells: [Cell], guardFormulas: Bool = true) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            switch cell {
            case let .text(s): if let s { text(s, guardFormulas: guardFormulas) }
            case let .int(n): bytes.append(contentsOf: String(n).utf8)
            case let .bool(b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
            }
        }
        bytes.append(13); bytes.append(10)
    }

    private mutating func text(_ raw: String, guardFormulas: Bool) {
        var s = raw
        if s.utf8.count > CSVWriter.maxCellUnits, s.utf16.count > CSVWriter.maxCellUnits { s = CSVWriter.cut(s) }
        var needsQuotes = false
        var hasQuote = false
        var prefix = false
        if guardFormulas, let b = s.utf8.first,
           b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@") || b == 9 || b == 13 { prefix = true }
        for b in s.utf8 where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 10 || b == 13 {
            needsQuotes = true
            if b == UInt8(ascii: "\"") { hasQuote = true; break }
        }
        if needsQuotes { bytes.append(UInt8(ascii: "\"")) }
        if prefix { bytes.append(UInt8(ascii: "'")) }
        if hasQuote {
            for b in s.utf8 {
                if b == UInt8(ascii: "\"") { bytes.append(b) }
                bytes.append(b)
            }
        } else {
            bytes.append(contentsOf: s.utf8)
        }
        if needsQuotes { bytes.append(UInt8(ascii: "\"")) }
    }

    /// Cuts a string so that it fits the cell limit (in UTF-16 units, as spreadsheets count) with `…`.
    static func cut(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var units = 0
        for scalar in s.unicodeScalars {
            let w = scalar.value > 0xFFFF ? 2 : 1
            if units + w > maxCellUnits - 1 { break }
            out.append(scalar); units += w
        }
        return String(out) + "…"
    }
}

/// JSON Lines into a byte buffer: one object per row, keys in column order, native types.
public struct JSONLWriter: Sendable {
    public internal(set) var bytes: [UInt8] = []
    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    public mutating func row(_ names: [String], _ cells: [Cell]) {
        bytes.append(UInt8(ascii: "{"))
        for (i, cell) in cells.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONLWriter.string(names[i], into: &bytes)
            bytes.append(UInt8(ascii: ":"))
            switch cell {
            case let .text(s): if let s { JSONLWriter.string(s, into: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
            case let .int(n): bytes.append(contentsOf: String(n).utf8)
            case let .bool(b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
            }
        }
        bytes.append(UInt8(ascii: "}"))
        bytes.append(10)
    }

    static let hex = Array("0123456789abcdef".utf8)

    /// Writes `s` as a JSON string: runs of plain bytes are copied whole; quotes, backslashes and
    /// control characters are escaped, and U+2028/U+2029 too (for JavaScript readers).
    public static func string(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { buf in
            var run = 0
            var i = 0
            let n = buf.count
            while i < n {
                let b = buf[i]
                if b >= 0x20 && b != 34 && b != 92 && b != 0x7F && b != 0xE2 { i += 1; continue }
                if b == 0xE2 {
                    guard i + 2 < n, buf[i + 1] == 0x80, buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9 else { i += 1; continue }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[run..<i]))
                    out.append(contentsOf: [92, UInt8(ascii: "u"), 50, 48, 50, buf[i + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")])
                    i += 3
                    run = i
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[run..<i]))
                switch b {
                case 34: out.append(92); out.append(34)
                case 92: out.append(92); out.append(92)
                case 10: out.append(92); out.append(UInt8(ascii: "n"))
                case 13: out.append(92); out.append(UInt8(ascii: "r"))
                case 9: out.append(92); out.append(UInt8(ascii: "t"))
                default:
                    out.append(92); out.append(UInt8(ascii: "u")); out.append(48); out.append(48)
                    out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)])
                }
                i += 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[run..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
