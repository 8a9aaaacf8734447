/// Byte-level text decoding: UTF-8 when valid, windows-1252 otherwise (what unlabelled Western
/// pages and scrapes almost always are; every byte maps, so nothing is lost).
public enum TextDecoding {
    /// windows-1252 code points for bytes 0x80–0x9F; the rest of the range equals Latin-1.
    static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    public enum Encoding: String, Sendable { case utf8 = "UTF-8", windows1252 = "windows-1252", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE" }

    /// Decodes bytes to a String and says which encoding was used. A UTF-8 BOM is dropped.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        else if body.starts(with: [0xFF, 0xFE]) { return (decodeUTF16(body.dropFirst(2), bigEndian: false), .utf16LE) }
        else if body.starts(with: [0xFE, 0xFF]) { return (decodeUTF16(body.dropFirst(2), bigEndian: true), .utf16BE) }
        if let s = String(validating: body, as: UTF8.self) { return (s, .utf8) }
        return (windows1252(body), .windows1252)
    }

    public static func isValidUTF8<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        String(validating: bytes, as: UTF8.self) != nil
    }

    public static func windows1252<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let v: UInt32 = (b >= 0x80 && b < 0xA0) ? cp1252High[Int(b - 0x80)] : UInt32(b)
            scalars.append(Unicode.Scalar(v)!)
        }
        return String(scalars)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// True when the bytes look like a binary file rather than text or HTML: NUL bytes or many
    /// control characters in the first 4 KB.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
        var controls = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        return controls * 20 > head.count
    }
}
