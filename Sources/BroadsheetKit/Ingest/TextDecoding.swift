import CUchardet
import Glibc
import _FoundationICU

/// Input bytes as valid UTF-8, with the encoding they were read as and what had to be repaired.
public struct DecodedText: Sendable {
    /// Valid UTF-8 (invalid input sequences became U+FFFD).
    public var utf8: [UInt8]
    /// WHATWG-style label of the encoding read: `utf-8`, `windows-1251`, `shift_jis`, …
    public var encoding: String
    /// How the encoding was chosen: `bom`, `utf-8`, `declared`, `detected` or `default`.
    public var basis: String
    /// Input sequences that were not valid in that encoding (each became one U+FFFD).
    public var replaced: Int
    /// Why a declared charset was not followed, when it was not.
    public var overruled: String?
    /// NUL characters taken out of the text (libxml2 ends a page at the first one).
    public var nulsRemoved = 0

    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// A sentence for the warnings table when the input needed repair or a declaration was wrong.
    public var warning: String? {
        var parts: [String] = []
        if let overruled { parts.append(overruled) }
        if replaced > 0 {
            parts.append("\(replaced) byte sequence\(replaced == 1 ? " was" : "s were") not valid \(encoding) and became U+FFFD")
        }
        if nulsRemoved > 0 { parts.append("\(nulsRemoved) NUL character\(nulsRemoved == 1 ? " was" : "s were") removed") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

/// Reads bytes of any encoding a news archive collects as UTF-8. The order is the one browsers
/// and SWIFT-NOTES agree on: a byte-order mark; bytes that are UTF-8 (a stray invalid byte in
/// otherwise UTF-8 text is repaired, not a reason to reinterpret the document); the charset the
/// page declares, unless it is plainly wrong; Mozilla's detector (uchardet); windows-1252.
/// Conversion is glibc's iconv, one U+FFFD per invalid sequence.
public enum TextDecoding {
    /// Decodes `bytes`; `declared` is the charset the document names for itself (HTML meta), if any.
    /// The text as UTF-8, without NUL characters: a NUL is no text, and the HTML parser would
    /// stop reading the page at the first one (a saved page with one stray NUL lost its article).
    public static func decode(_ bytes: [UInt8], declared: String? = nil) -> DecodedText {
        var d = decodeKeepingNUL(bytes, declared: declared)
        let hasNUL = d.utf8.withUnsafeBufferPointer { buf in buf.baseAddress.map { memchr($0, 0, buf.count) != nil } ?? false }
        if hasNUL {
            let before = d.utf8.count
            d.utf8.removeAll { $0 == 0 }
            d.nulsRemoved = before - d.utf8.count
        }
        return d
    }

    static func decodeKeepingNUL(_ bytes: [UInt8], declared: String?) -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let (out, bad) = repairUTF8(bytes.dropFirst(3))
            return DecodedText(utf8: out, encoding: "utf-8", basis: "bom", replaced: bad)
        }
        if let wide = wideForm(bytes) {
            let (out, bad) = Transcoder.toUTF8(bytes.dropFirst(wide.bom), from: wide.label)
            return DecodedText(utf8: out, encoding: wide.label, basis: wide.bom > 0 ? "bom" : "detected", replaced: bad)
        }
        if isValidUTF8(bytes) { return DecodedText(utf8: bytes, encoding: "utf-8", basis: "utf-8", replaced: 0) }
        let tally = UTF8Tally(bytes)
        let declaredLabel = declared.flatMap(Charset.canonical)
        // Legacy encodings almost never form valid multi-byte UTF-8 sequences by chance (a
        // windows-1251 letter is followed by another letter, not a continuation byte), so text
        // with more valid sequences than invalid ones is UTF-8 with damage.
        if tally.multiByte > tally.invalid {
            let (out, bad) = repairUTF8(bytes[...])
            let agrees = declaredLabel == nil || declaredLabel == "utf-8"
            return DecodedText(utf8: out, encoding: "utf-8", basis: agrees ? "utf-8" : "detected", replaced: bad,
                               overruled: agrees ? nil : "declared \(declared!) but the bytes are UTF-8")
        }
        let detected = Charset.detect(bytes)
        var choice: (label: String, basis: String)
        var overruled: String?
        switch (declaredLabel, detected) {
        case let (d?, _) where d == "utf-8" || d.hasPrefix("utf-16"):
            // A template's default: the bytes are not UTF-8.
            choice = (detected ?? Charset.fallback, detected == nil ? "default" : "detected")
            overruled = "declared \(declared!) but the bytes are not \(d)"
        case let (d?, x?) where Charset.isWestern(d) && !Charset.isWestern(x):
            choice = (x, "detected")
            overruled = "declared \(declared!) but the text reads as \(x)"
        case let (d?, _):
            choice = (d, "declared")
        case let (nil, x?):
            choice = (x, "detected")
        case (nil, nil):
            choice = (Charset.fallback, "default")
        }
        var (out, bad) = Transcoder.toUTF8(bytes[...], from: choice.label)
        // A declaration that leaves the text full of invalid sequences is wrong when the detector's
        // reading is clean.
        if bad > 0, choice.basis == "declared", let x = detected, x != choice.label {
            let (alt, altBad) = Transcoder.toUTF8(bytes[...], from: x)
            if altBad < bad {
                overruled = "declared \(declared!) but \(bad) sequences are not valid in it; read as \(x)"
                (out, bad) = (alt, altBad)
                choice = (x, "detected")
            }
        }
        if let o = overruled, !o.contains("read as") { overruled = o + "; read as \(choice.label)" }
        return DecodedText(utf8: out, encoding: choice.label, basis: choice.basis, replaced: bad, overruled: overruled)
    }

    /// Well-formed UTF-8 by Unicode's table 3-7 (no overlong forms, surrogates or scalars past
    /// U+10FFFF), over the bytes in place: `String(validating:)` answered the same but built a copy of
    /// every page to do it. ASCII, most of a page's markup, is passed eight bytes at a time.
    public static func isValidUTF8<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        if let answer = bytes.withContiguousStorageIfAvailable({ isValidUTF8Buffer($0) }) { return answer }
        return Array(bytes).withUnsafeBufferPointer { isValidUTF8Buffer($0) }
    }

    static func isValidUTF8Buffer(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let n = b.count
        var i = 0
        while i < n {
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            if base[i] < 0x80 { i += 1; continue }
            guard let length = UTF8Tally.sequenceLength(b, at: i) else { return false }
            i += length
        }
        return true
    }

    /// UTF-8 with every ill-formed sequence replaced by U+FFFD (Unicode's "maximal subpart"
    /// practice, as Swift's decoder does), and the number replaced.
    static func repairUTF8(_ bytes: ArraySlice<UInt8>) -> (utf8: [UInt8], replaced: Int) {
        if isValidUTF8(bytes) { return (Array(bytes), 0) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var replaced = 0
        var decoder = UTF8()
        var it = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&it) {
            case let .scalarValue(s): out.append(contentsOf: String(s).utf8)
            case .emptyInput: break loop
            case .error: replaced += 1; out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            }
        }
        return (out, replaced)
    }

    /// Bytes looked at to tell UTF-16 and UTF-32 without a byte order mark.
    static let wideSample = 1024
    /// Share of the sample's code units whose high bytes are zero for the text to read as
    /// UTF-16 or UTF-32 without a mark: markup and Latin text are mostly ASCII, and a legacy or
    /// UTF-8 file has no NUL bytes at all.
    static let wideZeroShare = 0.4
    /// Share of code units whose low byte is zero above which the guess is refused (binary data).
    static let wideLowZeroLimit = 0.05

    /// UTF-16 or UTF-32 text: by its byte order mark (`bom` bytes to skip), else by the zero
    /// bytes of ASCII characters in a fixed place of each code unit (a page saved as "Unicode"
    /// without a mark: `<\0!\0D\0`). Nil for everything else.
    static func wideForm(_ bytes: [UInt8]) -> (label: String, bom: Int)? {
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return ("utf-32le", 4) }
        if bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return ("utf-32be", 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("utf-16le", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("utf-16be", 2) }
        let n = min(bytes.count, wideSample) / 4 * 4
        guard n >= 16 else { return nil }
        // zeros[k]: zero bytes at offset k of each 4-byte group
        var zeros = [0, 0, 0, 0]
        for i in 0..<n where bytes[i] == 0 { zeros[i & 3] += 1 }
        let units4 = Double(n / 4), units2 = Double(n / 2)
        func share(_ c: Int, _ of: Double) -> Double { Double(c) / of }
        // UTF-32: the two high bytes of every unit are zero (all of Unicode but the rare planes
        // above the first), the lowest almost never.
        if share(zeros[2] + zeros[3], units4 * 2) >= 1 - wideLowZeroLimit, share(zeros[0], units4) <= wideLowZeroLimit { return ("utf-32le", 0) }
        if share(zeros[0] + zeros[1], units4 * 2) >= 1 - wideLowZeroLimit, share(zeros[3], units4) <= wideLowZeroLimit { return ("utf-32be", 0) }
        let even = zeros[0] + zeros[2], odd = zeros[1] + zeros[3]
        if share(odd, units2) >= wideZeroShare, share(even, units2) <= wideLowZeroLimit { return ("utf-16le", 0) }
        if share(even, units2) >= wideZeroShare, share(odd, units2) <= wideLowZeroLimit { return ("utf-16be", 0) }
        return nil
    }

    /// NUL bytes a text may hold by accident, per byte of its first 4 KB: a page saved with one
    /// stray NUL is text (the NUL is dropped, with a warning); images, archives and PDFs have them
    /// all through.
    static let strayNULShare = 1.0 / 512

    /// True when the bytes look like a binary file rather than text or HTML: more than a stray NUL
    /// byte or many control characters in the first 4 KB (UTF-16 and UTF-32 text aside).
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        if wideForm(bytes) != nil { return false }
        var controls = 0
        var nuls = 0
        for b in head {
            if b == 0 { nuls += 1 }
            else if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return Double(nuls) > Double(head.count) * strayNULShare || (controls + nuls) * 20 > head.count
    }
}

/// Counts of well-formed multi-byte UTF-8 sequences and of invalid ones, in one pass.
struct UTF8Tally {
    var multiByte = 0
    var invalid = 0

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            while i < buf.count {
                if buf[i] < 0x80 { i += 1; continue }
                if let length = UTF8Tally.sequenceLength(buf, at: i) { multiByte += 1; i += length } else { invalid += 1; i += 1 }
            }
        }
    }

    /// The length of the well-formed multi-byte sequence whose lead byte (0x80 or above) is at `i`,
    /// by Unicode's table 3-7 (no overlong forms, surrogates or scalars past U+10FFFF), or nil.
    static func sequenceLength(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        // the sequence's length and the range its first continuation byte must fall in
        let length: Int, low: UInt8, high: UInt8
        switch buf[i] {
        case 0xC2...0xDF: length = 2; low = 0x80; high = 0xBF
        case 0xE0: length = 3; low = 0xA0; high = 0xBF
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3; low = 0x80; high = 0xBF
        case 0xED: length = 3; low = 0x80; high = 0x9F
        case 0xF0: length = 4; low = 0x90; high = 0xBF
        case 0xF1...0xF3: length = 4; low = 0x80; high = 0xBF
        case 0xF4: length = 4; low = 0x80; high = 0x8F
        default: return nil
        }
        guard i + length <= buf.count, (low...high).contains(buf[i + 1]) else { return nil }
        for k in 2..<length where buf[i + k] & 0xC0 != 0x80 { return nil }
        return length
    }
}

/// Charset names: WHATWG labels folded to one canonical label each, what uchardet reports, and the
/// iconv name that converts each.
enum Charset {
    /// What unlabelled Western pages and scrapes almost always are; every byte maps.
    static let fallback = "windows-1252"

    /// Label (lower-cased, as pages write it) → canonical label.
    static let aliases: [String: String] = {
        var m: [String: String] = [:]
        let groups: [(String, [String])] = [
            ("utf-8", ["utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]),
            ("utf-16le", ["utf-16", "utf16", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff"]),
            ("utf-16be", ["unicodefffe"]),
            ("windows-1252", ["ascii", "us-ascii", "ansi_x3.4-1968", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
                              "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "iso88591", "iso_8859-1:1987"]),
            ("iso-8859-15", ["iso8859-15", "iso_8859-15", "latin9", "latin-9", "l9", "csisolatin9", "iso885915"]),
            ("windows-1250", ["cp1250", "x-cp1250"]),
            ("iso-8859-2", ["iso8859-2", "iso_8859-2", "latin2", "l2", "csisolatin2", "iso88592"]),
            ("windows-1251", ["cp1251", "x-cp1251", "win-1251", "win1251"]),
            ("koi8-r", ["koi8r", "koi", "koi8", "cskoi8r", "koi8_r"]),
            ("koi8-u", ["koi8-ru", "koi8u"]),
            ("iso-8859-5", ["iso8859-5", "iso_8859-5", "cyrillic", "csisolatincyrillic", "iso88595"]),
            ("ibm866", ["866", "cp866", "csibm866"]),
            ("x-mac-cyrillic", ["x-mac-ukrainian", "mac-cyrillic"]),
            ("windows-1253", ["cp1253", "x-cp1253"]),
            ("iso-8859-7", ["iso8859-7", "iso_8859-7", "greek", "greek8", "elot_928", "csisolatingreek", "iso88597"]),
            ("windows-1254", ["cp1254", "x-cp1254", "iso-8859-9", "iso8859-9", "latin5", "l5"]),
            ("windows-1255", ["cp1255", "x-cp1255"]),
            ("iso-8859-8", ["iso8859-8", "hebrew", "visual", "iso-8859-8-i", "logical", "iso88598"]),
            ("windows-1256", ["cp1256", "x-cp1256"]),
            ("iso-8859-6", ["iso8859-6", "arabic", "iso88596"]),
            ("windows-1257", ["cp1257", "x-cp1257", "iso-8859-13", "iso8859-13"]),
            ("windows-1258", ["cp1258", "x-cp1258"]),
            ("windows-874", ["tis-620", "iso-8859-11", "dos-874", "cp874", "tis620"]),
            ("macintosh", ["mac", "x-mac-roman", "csmacintosh"]),
            ("shift_jis", ["shift-jis", "sjis", "ms_kanji", "x-sjis", "windows-31j", "csshiftjis", "ms932", "cp932", "x-ms-cp932"]),
            ("euc-jp", ["x-euc-jp", "eucjp", "cseucpkdfmtjapanese"]),
            ("iso-2022-jp", ["csiso2022jp"]),
            ("gb18030", ["gbk", "gb2312", "x-gbk", "chinese", "csgb2312", "gb_2312-80", "iso-ir-58", "cp936", "windows-936", "euc-cn"]),
            ("big5", ["big5-hkscs", "cn-big5", "x-x-big5", "csbig5", "big-5"]),
            ("euc-kr", ["ks_c_5601-1987", "windows-949", "cp949", "uhc", "ksc5601", "ksc_5601", "korean", "csksc56011987", "iso-ir-149"]),
        ]
        for (canonical, labels) in groups {
            m[canonical] = canonical
            for l in labels { m[l] = canonical }
        }
        return m
    }()

    /// Canonical label → iconv name (glibc); windows-1252 is converted by a table of its own.
    static let iconvNames: [String: String] = [
        "utf-8": "UTF-8", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", "utf-32le": "UTF-32LE", "utf-32be": "UTF-32BE", "iso-8859-15": "ISO-8859-15",
        "windows-1250": "CP1250", "iso-8859-2": "ISO-8859-2", "windows-1251": "CP1251", "koi8-r": "KOI8-R", "koi8-u": "KOI8-U",
        "iso-8859-5": "ISO-8859-5", "ibm866": "CP866", "x-mac-cyrillic": "MAC-CYRILLIC", "windows-1253": "CP1253",
        "iso-8859-7": "ISO-8859-7", "windows-1254": "CP1254", "windows-1255": "CP1255", "iso-8859-8": "ISO-8859-8",
        "windows-1256": "CP1256", "iso-8859-6": "ISO-8859-6", "windows-1257": "CP1257", "windows-1258": "CP1258",
        "windows-874": "CP874", "macintosh": "MACINTOSH", "shift_jis": "CP932", "euc-jp": "EUC-JP", "iso-2022-jp": "ISO-2022-JP",
        "gb18030": "GB18030", "big5": "BIG5-HKSCS", "euc-kr": "CP949",
    ]

    /// uchardet's names for encodings a news archive holds. Names it gives for Western pages with a
    /// few accented letters (Mac Central European, Vietnamese, EBCDIC code pages) are left out on
    /// purpose: measured on re-encoded news pages they were wrong, and windows-1252 was right.
    static let detectorNames: [String: String] = [
        "UTF-8": "utf-8", "UTF-16": "utf-16le", "UTF-16LE": "utf-16le", "UTF-16BE": "utf-16be",
        "WINDOWS-1252": "windows-1252", "ISO-8859-1": "windows-1252", "ISO-8859-15": "iso-8859-15",
        "WINDOWS-1250": "windows-1250", "ISO-8859-2": "iso-8859-2",
        "WINDOWS-1251": "windows-1251", "KOI8-R": "koi8-r", "ISO-8859-5": "iso-8859-5", "IBM866": "ibm866", "MAC-CYRILLIC": "x-mac-cyrillic",
        "WINDOWS-1253": "windows-1253", "ISO-8859-7": "iso-8859-7",
        "WINDOWS-1255": "windows-1255", "ISO-8859-8": "iso-8859-8", "WINDOWS-1256": "windows-1256", "ISO-8859-6": "iso-8859-6",
        "TIS-620": "windows-874", "SHIFT_JIS": "shift_jis", "EUC-JP": "euc-jp", "ISO-2022-JP": "iso-2022-jp",
        "GB18030": "gb18030", "BIG5": "big5", "EUC-KR": "euc-kr", "UHC": "euc-kr",
    ]

    /// The canonical label for a name a page or manifest gives, or nil when unknown.
    static func canonical(_ name: String) -> String? {
        let key = name.trimmingWhitespace().lowercasedFast
        if let known = aliases[key] { return known }
        return nil
    }

    /// Single-byte Latin-script encodings: a page that declares one of these while its bytes read as
    /// Cyrillic, Greek or CJK is wrong (a template's default left in place).
    static func isWestern(_ label: String) -> Bool {
        ["windows-1252", "iso-8859-15", "windows-1250", "iso-8859-2", "windows-1254", "windows-1257", "windows-1258", "macintosh"].contains(label)
    }

    /// Mozilla's detector on the bytes; nil when it has no answer this program trusts.
    static func detect(_ bytes: [UInt8]) -> String? {
        guard let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        let status = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { uchardet_handle_data(detector, $0, buf.count) }
            } ?? 0
        }
        guard status == 0 else { return nil }
        uchardet_data_end(detector)
        guard let name = uchardet_get_charset(detector) else { return nil }
        let label = String(cString: name).uppercased()
        if let known = detectorNames[label], !isWestern(known) { return known }
        // uchardet is strong on Cyrillic, Greek and CJK, even in a headline, but weak among the
        // Latin code pages: on English and French pages with a few accented letters it answered
        // windows-1250 or Mac Central European. ICU's detector, which weighs letter n-grams per
        // language, decides among those (measured: see the commit that added it).
        return latinJudge(bytes) ?? fallback
    }

    /// ICU's charset detector (the copy inside Foundation), asked only which Latin code page
    /// a text is in; nil when it thinks it is none of them.
    static func latinJudge(_ bytes: [UInt8]) -> String? {
        var status = U_ZERO_ERROR
        guard let detector = swift_ucsdet_open(&status), status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
        defer { swift_ucsdet_close(detector) }
        swift_ucsdet_enableInputFilter(detector, 1)   // markup is not text
        let count = Int32(clamping: bytes.count)
        return bytes.withUnsafeBufferPointer { buf -> String? in
            guard let base = buf.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buf.count) { text -> String? in
                swift_ucsdet_setText(detector, text, count, &status)
                guard status.rawValue <= U_ZERO_ERROR.rawValue, let match = swift_ucsdet_detect(detector, &status),
                      let name = swift_ucsdet_getName(match, &status) else { return nil }
                switch String(cString: name).uppercased() {
                case "ISO-8859-2", "WINDOWS-1250": return "windows-1250"
                case "ISO-8859-1", "WINDOWS-1252", "ISO-8859-15": return "windows-1252"
                case "ISO-8859-9", "WINDOWS-1254": return "windows-1254"
                default: return nil
                }
            }
        }
    }
}

/// Conversion to UTF-8 through glibc's iconv, one U+FFFD per invalid or unmappable sequence.
enum Transcoder {
    /// windows-1252 code points for bytes 0x80–0x9F; the rest of the range equals Latin-1. The five
    /// bytes windows-1252 leaves undefined map to the C1 controls of the same value (as browsers do).
    static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func toUTF8(_ bytes: ArraySlice<UInt8>, from label: String) -> (utf8: [UInt8], replaced: Int) {
        if label == "utf-8" { return TextDecoding.repairUTF8(bytes) }
        if label == "windows-1252" { return (windows1252(bytes), 0) }
        guard let name = Charset.iconvNames[label] else { return (windows1252(bytes), 0) }
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return (windows1252(bytes), 0) }
        defer { iconv_close(cd) }
        var out = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var produced = 0
        var replaced = 0
        var input = Array(bytes)
        input.withUnsafeMutableBufferPointer { inBuf in
            guard let inBase = inBuf.baseAddress else { return }
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count
            while inLeft > 0 {
                if out.count - produced < 16 { out.append(contentsOf: repeatElement(0, count: max(64, inLeft * 3))) }
                let (result, code) = out.withUnsafeMutableBufferPointer { outBuf -> (Int, Int32) in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress! + produced).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count - produced
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    let code = errno
                    produced = outBuf.count - outLeft
                    return (r, code)
                }
                guard result == -1 else { break }
                if code == E2BIG { continue }
                // EILSEQ (invalid or unmappable) or EINVAL (cut short at the end): one replacement
                // character, then go on from the next byte in the initial shift state.
                if out.count - produced < 3 { out.append(contentsOf: [0, 0, 0]) }
                out[produced] = 0xEF; out[produced + 1] = 0xBF; out[produced + 2] = 0xBD
                produced += 3
                replaced += 1
                inPtr = inPtr.map { $0 + 1 }
                inLeft -= 1
                iconv(cd, nil, nil, nil, nil)
            }
        }
        out.removeSubrange(produced...)
        return (out, replaced)
    }

    static func windows1252<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let v: UInt32 = b < 0xA0 ? cp1252High[Int(b - 0x80)] : UInt32(b)
            if v < 0x800 {
                out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return out
    }
}
