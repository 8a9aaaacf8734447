import Foundation

/// A page saved as one file with its images and styles (`.mhtml`, `.mht`: Chrome's and Edge's
/// "Webpage, Single File", Internet Explorer's "Web Archive"): a MIME `multipart/related` message
/// (RFC 2557) whose first `text/html` part is the page. Read here with the bytes scanned directly;
/// the format is small and fixed, and a MIME library (GMime) would bring GLib with it.
enum MHTML {
    /// The page inside an archive: its bytes decoded from the part's transfer encoding, the
    /// charset the part declares, and the address it was saved from.
    struct Page {
        var html: [UInt8]
        var charset: String?
        var location: String?
    }

    /// How far into a file its headers are looked for.
    static let headerReach = 4096

    /// Whether `bytes` open with a MIME message's headers that announce a multipart archive
    /// (`MIME-Version:`, `Content-Type: multipart/related; …` before the first blank line).
    static func isArchive(_ bytes: [UInt8]) -> Bool {
        // A page opens with `<` (after white space or a byte-order mark); an archive with a header name.
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
              (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) else { return false }
        let (headers, _) = readHeaders(bytes, from: 0, limit: min(bytes.count, headerReach))
        return headers["content-type"].map { $0.lowercasedFast.hasPrefix("multipart/") } ?? false
    }

    /// The archive's page: the part the message's `start` parameter names, else its first
    /// `text/html` part. Nil when the archive holds none.
    static func page(_ bytes: [UInt8]) -> Page? {
        let (headers, bodyStart) = readHeaders(bytes, from: 0, limit: bytes.count)
        guard let type = headers["content-type"], let boundary = parameter("boundary", of: type), !boundary.isEmpty else { return nil }
        let start = parameter("start", of: type)
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [(headers: [String: String], body: Range<Int>)] = []
        var at = find(delimiter, in: bytes, from: bodyStart)
        while let d = at {
            var p = d + delimiter.count
            // "--boundary--" closes the message.
            if p + 1 < bytes.count, bytes[p] == UInt8(ascii: "-"), bytes[p + 1] == UInt8(ascii: "-") { break }
            while p < bytes.count, bytes[p] != 0x0A { p += 1 }
            p += 1
            guard p < bytes.count else { break }
            let (h, bodyAt) = readHeaders(bytes, from: p, limit: bytes.count)
            let next = find(delimiter, in: bytes, from: bodyAt)
            var end = next ?? bytes.count
            // The line break before a delimiter belongs to it.
            if end > bodyAt, bytes[end - 1] == 0x0A { end -= 1 }
            if end > bodyAt, bytes[end - 1] == 0x0D { end -= 1 }
            parts.append((h, bodyAt..<max(bodyAt, end)))
            at = next
        }
        let isHTML = { (h: [String: String]) in h["content-type"].map { $0.lowercasedFast.hasPrefix("text/html") } ?? false }
        let named = start.flatMap { id in parts.first { isHTML($0.headers) && $0.headers["content-id"] == id } }
        guard let part = named ?? parts.first(where: { isHTML($0.headers) }) else { return nil }
        let raw = Array(bytes[part.body])
        let html: [UInt8]
        switch part.headers["content-transfer-encoding"]?.lowercasedFast.trimmingWhitespace() {
        case "quoted-printable": html = quotedPrintable(raw)
        case "base64": html = Data(base64Encoded: Data(raw), options: .ignoreUnknownCharacters).map { Array($0) } ?? []
        default: html = raw
        }
        let charset = part.headers["content-type"].flatMap { parameter("charset", of: $0) }?.lowercasedFast
        let location = part.headers["content-location"] ?? headers["snapshot-content-location"]
        return Page(html: html, charset: charset, location: location?.trimmingWhitespace())
    }

    /// Header fields from `from` up to the first blank line (names lower-cased, folded lines
    /// joined; the first of a repeated name kept), and where the body after it starts.
    static func readHeaders(_ bytes: [UInt8], from: Int, limit: Int) -> (fields: [String: String], bodyStart: Int) {
        var fields: [String: String] = [:]
        var lastName: String?
        var p = from
        while p < limit {
            var e = p
            while e < limit, bytes[e] != 0x0A { e += 1 }
            var line = bytes[p..<e]
            if line.last == 0x0D { line = line.dropLast() }
            p = e + 1
            if line.isEmpty { return (fields, min(p, bytes.count)) }
            if line.first == 0x20 || line.first == 0x09 {
                // A folded line goes on with the field before it.
                if let name = lastName { fields[name, default: ""] += " " + String(decoding: line, as: UTF8.self).trimmingWhitespace() }
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { lastName = nil; continue }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercasedFast.trimmingWhitespace()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
            if fields[name] == nil { fields[name] = value; lastName = name } else { lastName = nil }
        }
        return (fields, min(p, bytes.count))
    }

    /// A parameter of a header value (`boundary="----=_Part_1"`, `charset=utf-8`), unquoted.
    static func parameter(_ name: String, of value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let kv = piece.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var v = kv[1].trimmingCharacters(in: .whitespaces)
            if v.count >= 2, v.hasPrefix("\""), v.hasSuffix("\"") { v = String(v.dropFirst().dropLast()) }
            return v
        }
        return nil
    }

    /// Quoted-printable (RFC 2045) decoded: `=XX` is a byte, `=` at a line's end joins the lines.
    static func quotedPrintable(_ raw: [UInt8]) -> [UInt8] {
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x41...0x46: return b - 0x41 + 10
            case 0x61...0x66: return b - 0x61 + 10
            default: return nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let b = raw[i]
            if b == UInt8(ascii: "=") {
                if i + 1 < raw.count, raw[i + 1] == 0x0A { i += 2; continue }
                if i + 2 < raw.count, raw[i + 1] == 0x0D, raw[i + 2] == 0x0A { i += 3; continue }
                if i + 2 < raw.count, let h = hex(raw[i + 1]), let l = hex(raw[i + 2]) { out.append(h << 4 | l); i += 3; continue }
            }
            out.append(b)
            i += 1
        }
        return out
    }

    /// The first place at or after `from` where `needle` occurs at the start of a line.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var i = from
        let last = bytes.count - needle.count
        while i <= last {
            guard let hit = bytes[i...last].firstIndex(of: needle[0]) else { return nil }
            if (hit == 0 || bytes[hit - 1] == 0x0A), bytes[hit..<hit + needle.count].elementsEqual(needle) { return hit }
            i = hit + 1
        }
        return nil
    }
}
