/// Character classes with an ASCII fast path. `Unicode.Scalar.Properties` looks every scalar up
/// in the stdlib's tables, which dominated profiles of the scanners; almost all news text is ASCII.
extension Unicode.Scalar {
    @inline(__always) var isSpaceLike: Bool {
        let v = value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return v == 0xA0 || v == 0x2028 || v == 0x2029 || v == 0x3000 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F || v == 0x85
    }

    @inline(__always) var isLetter: Bool {
        let v = value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return properties.isAlphabetic
    }

    @inline(__always) var isDigit: Bool { value >= 48 && value <= 57 }

    /// The value of a decimal digit of any script. News in Arabic writes its dates in Arabic-Indic
    /// digits (`٤ ديسمبر ٢٠٢٥`), in Persian and Urdu in their own (`۴`), in Japanese and Chinese
    /// often in full-width ones (`２０２５年４月１日`), in Hindi at times in Devanagari (`४`):
    /// Unicode's decimal digits, each script's ten in a row. (Superscripts and circled figures are
    /// not decimal digits.)
    @inline(__always) var decimalDigitValue: Int? {
        let v = value
        if v < 128 { return v >= 48 && v <= 57 ? Int(v - 48) : nil }
        // (no script's decimal digits come before the Arabic-Indic ones, nor among the ideographs,
        // kana and Hangul, which Chinese, Japanese and Korean text is mostly made of)
        guard v >= 0x660, !(v >= 0x2E80 && v < 0xA620), !(v >= 0xAC00 && v < 0xFF10),
              properties.numericType == .decimal, let d = properties.numericValue else { return nil }
        return Int(d)
    }

    /// A mark written on the letter before it (accents, vowel signs, Devanagari's virama).
    @inline(__always) var isCombiningMark: Bool {
        guard value >= 0x300 else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A Han ideograph or a Japanese kana: scripts written without spaces between words.
    var isCJKCharacter: Bool {
        let v = value
        return (v >= 0x3040 && v <= 0x30FF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF)
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x31F0 && v <= 0x31FF) || (v >= 0x20000 && v <= 0x3134F) || (v >= 0xFF66 && v <= 0xFF9D)
    }

    /// The full stops and question marks of scripts that write neither `.` nor `?`: the Arabic
    /// question mark `؟` (Arabic, Persian, Urdu), Urdu's full stop `۔`, the danda `।` and double
    /// danda `॥` (Hindi, Marathi, Nepali, Bengali), the Armenian `։`, Ethiopic `።` and Burmese `။`.
    /// They end a sentence before white space as `!` does (no abbreviation ends with them).
    @inline(__always) var isOtherScriptStop: Bool {
        let v = value
        return v == 0x061F || v == 0x06D4 || v == 0x0964 || v == 0x0965 || v == 0x0589 || v == 0x1362 || v == 0x104B
    }

    /// Full stops of scripts without spaces (。！？ and their half-width and full-width forms):
    /// they end a sentence with no space after them.
    var isIdeographicStop: Bool {
        let v = value
        return v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0xFF61 || v == 0xFF0E
    }

    @inline(__always) var isLetterOrDigit: Bool {
        let v = value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 48 && v <= 57) }
        return properties.isAlphabetic || properties.numericType != nil
    }

    @inline(__always) var isUpperCase: Bool {
        let v = value
        if v < 128 { return v >= 65 && v <= 90 }
        return properties.isUppercase
    }

    @inline(__always) var isLowerCase: Bool {
        let v = value
        if v < 128 { return v >= 97 && v <= 122 }
        return properties.isLowercase
    }
}

/// Substring search over bytes (Foundation's `contains` goes through NSString).
enum ByteSearch {
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { contains(hay, $0) }
    }

    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard hay.count >= needle.count else { return false }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

/// The first two bytes of a list's words, as a bit set: most places in a class name or a line
/// start none of the words, and one bit test says so (a first byte alone passes most letters).
/// A one-byte word sets its byte with every byte after it, and with 0 for the end of the text.
struct BytePairs: Sendable {
    private let bits: [UInt64]

    init(_ words: [[UInt8]]) {
        var bits = [UInt64](repeating: 0, count: 65_536 / 64)
        func set(_ a: UInt8, _ b: UInt8) { let k = Int(a) << 8 | Int(b); bits[k >> 6] |= 1 << UInt64(k & 63) }
        for w in words where !w.isEmpty {
            if w.count == 1 { for b in 0...255 { set(w[0], UInt8(b)) } } else { set(w[0], w[1]) }
        }
        self.bits = bits
    }

    /// Whether some word may start with `a` followed by `b` (0 when `a` ends the text).
    @inline(__always) func mayStart(_ a: UInt8, _ b: UInt8) -> Bool {
        let k = Int(a) << 8 | Int(b)
        return bits.withUnsafeBufferPointer { $0[k >> 6] } & (1 << UInt64(k & 63)) != 0
    }
}

/// A fixed list of lower-case ASCII phrases found anywhere in bytes, ASCII letters compared
/// without case, in one pass: the candidates at each byte are the phrases that start with it.
struct CaselessPhrases: Sendable {
    private let phrases: [[UInt8]]
    private let byFirst: [[Int]]
    private let pairs: BytePairs

    init(_ list: [String]) {
        let phrases = list.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var byFirst = [[Int]](repeating: [], count: 256)
        for (i, p) in phrases.enumerated() { byFirst[Int(p[0])].append(i) }
        self.phrases = phrases
        self.byFirst = byFirst
        pairs = BytePairs(phrases)
    }

    func occurs(in buf: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
        let n = buf.count
        for i in buf.indices {
            let first = lower(buf[i])
            guard pairs.mayStart(first, i + 1 < n ? lower(buf[i + 1]) : 0) else { continue }
            for p in byFirst[Int(first)] {
                let w = phrases[p]
                guard buf.count - i >= w.count else { continue }
                var k = 1
                while k < w.count && lower(buf[i + k]) == w[k] { k += 1 }
                if k == w.count { return true }
            }
        }
        return false
    }
}

/// A fixed list of ASCII words matched against byte runs, the candidates picked by first byte:
/// class names are matched against dozens of words on every container of every page, where one
/// substring search per word was a visible share of cleaning.
struct ByteWords: Sendable {
    private let words: [[UInt8]]
    /// Indices into `words` by first byte.
    private let byFirst: [[Int]]
    private let pairs: BytePairs

    init<S: Sequence>(_ list: S) where S.Element == String {
        let words = list.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var byFirst = [[Int]](repeating: [], count: 256)
        for (i, w) in words.enumerated() { byFirst[Int(w[0])].append(i) }
        self.words = words
        self.byFirst = byFirst
        pairs = BytePairs(words)
    }

    /// Whether `buf` at `at` starts with word `w`.
    @inline(__always)
    private func matches(_ buf: UnsafeBufferPointer<UInt8>, _ at: Int, _ w: [UInt8]) -> Bool {
        guard buf.count - at >= w.count else { return false }
        var k = 1
        while k < w.count && buf[at + k] == w[k] { k += 1 }
        return k == w.count
    }

    /// Whether any word occurs anywhere in `buf`.
    func occurs(in buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = buf.count
        for i in buf.indices where pairs.mayStart(buf[i], i + 1 < n ? buf[i + 1] : 0) {
            for w in byFirst[Int(buf[i])] where matches(buf, i, words[w]) { return true }
        }
        return false
    }

    /// Whether any word occurs anywhere in `text` (class and id hints: most are empty).
    func occurs(in text: String) -> Bool {
        guard !text.isEmpty else { return false }
        var t = text
        return t.withUTF8 { occurs(in: $0) }
    }

    /// Whether some word is a prefix of `buf` (or all of it).
    func beginsWithWord(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = buf.first, pairs.mayStart(first, buf.count > 1 ? buf[1] : 0) else { return false }
        return byFirst[Int(first)].contains { matches(buf, 0, words[$0]) }
    }

    /// Whether `buf` is exactly one of the words.
    func isWord(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = buf.first, pairs.mayStart(first, buf.count > 1 ? buf[1] : 0) else { return false }
        return byFirst[Int(first)].contains { words[$0].count == buf.count && matches(buf, 0, words[$0]) }
    }
}

extension String {
    /// The text with every script's decimal digits written as ASCII ones (`٤ ديسمبر ٢٠٢٥` →
    /// `4 ديسمبر 2025`), for readers of dates that parse figures; itself when it has none.
    var withASCIIDigits: String {
        guard utf8.contains(where: { $0 >= 0xD9 }), unicodeScalars.contains(where: { $0.value >= 0x660 && $0.decimalDigitValue != nil }) else { return self }
        var out = String.UnicodeScalarView()
        for c in unicodeScalars { out.append(c.value >= 0x660 ? c.decimalDigitValue.map { Unicode.Scalar(UInt8(48 + $0)) } ?? c : c) }
        return String(out)
    }

    /// Substring test over UTF-8 bytes.
    func containsBytes(_ needle: String) -> Bool {
        var hay = self, needle = needle
        return hay.withUTF8 { h in needle.withUTF8 { ByteSearch.contains(h, $0) } }
    }

    /// `containsBytes`, for every `String` of the module: Foundation's `StringProtocol.contains`
    /// searches through NSString (seen in profiles of the entities stage).
    @inline(__always) func contains(_ needle: String) -> Bool { containsBytes(needle) }
}

extension String {
    /// A string from a run of scalars, UTF-8 encoded straight into the string's storage (appending
    /// scalar by scalar to a `UnicodeScalarView` showed in profiles of every tokenizer).
    init<C: Collection>(scalars s: C) where C.Element == Unicode.Scalar {
        var capacity = 0
        for c in s { capacity += c.value < 0x80 ? 1 : c.value < 0x800 ? 2 : c.value < 0x10000 ? 3 : 4 }
        self.init(unsafeUninitializedCapacity: capacity) { buf in
            var k = 0
            for c in s {
                let v = c.value
                if v < 0x80 {
                    buf[k] = UInt8(truncatingIfNeeded: v); k += 1
                } else if v < 0x800 {
                    buf[k] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6); buf[k + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F); k += 2
                } else if v < 0x10000 {
                    buf[k] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12); buf[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                    buf[k + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F); k += 3
                } else {
                    buf[k] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18); buf[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F)
                    buf[k + 2] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F); buf[k + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F); k += 4
                }
            }
            return k
        }
    }

    /// `lowercased()`, without the Unicode tables for ASCII text. Every lexicon lookup of every
    /// stage goes through here, so the bytes are read once, from contiguous storage.
    var lowercasedFast: String {
        switch asciiCase {
        case .lower: return self
        case .mixed: return asciiLowercased
        case .nonASCII: return commonLowercased ?? lowercased()
        }
    }

    /// `lowercased()` for text whose other characters come from the ranges news is written in
    /// beside ASCII: Latin-1 (its capitals À–Þ map 0x20 up, within their two bytes), general
    /// punctuation and currency signs (’ “ — €), and the CJK block (no case); nil when another
    /// character is met (the stdlib's tables then). Equal to `lowercased()` (tested scalar by scalar).
    var commonLowercased: String? {
        func lower(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            let n = bytes.count
            var ok = true
            let s = String(unsafeUninitializedCapacity: n) { buf in
                var i = 0
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 { buf[i] = b &- 65 < 26 ? b + 32 : b; i += 1; continue }
                    if b == 0xC2 || b == 0xC3, i + 1 < n {
                        let c = bytes[i + 1]
                        buf[i] = b
                        buf[i + 1] = b == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97 ? c + 0x20 : c
                        i += 2
                        continue
                    }
                    // U+2000–U+20BF, and U+3000–U+9FFF
                    if i + 2 < n, (b == 0xE2 && bytes[i + 1] <= 0x82) || (b >= 0xE3 && b <= 0xE9) {
                        buf[i] = b; buf[i + 1] = bytes[i + 1]; buf[i + 2] = bytes[i + 2]
                        i += 3
                        continue
                    }
                    ok = false
                    return 0
                }
                return n
            }
            return ok ? s : nil
        }
        if let s = utf8.withContiguousStorageIfAvailable(lower) { return s }
        var copy = self
        return copy.withUTF8(lower)
    }

    enum ASCIICase { case lower, mixed, nonASCII }

    /// Whether the text is ASCII, and then whether it has capitals, in one pass over its bytes.
    var asciiCase: ASCIICase {
        func scan(_ buf: UnsafeBufferPointer<UInt8>) -> ASCIICase {
            var upper = false
            for b in buf {
                if b >= 0x80 { return .nonASCII }
                if b &- 65 < 26 { upper = true }
            }
            return upper ? .mixed : .lower
        }
        if let c = utf8.withContiguousStorageIfAvailable(scan) { return c }
        var copy = self
        return copy.withUTF8(scan)
    }

    /// ASCII text in lower case (the caller checked that it is ASCII).
    var asciiLowercased: String {
        func lower(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            String(unsafeUninitializedCapacity: bytes.count) { buf in
                for k in 0..<bytes.count { let b = bytes[k]; buf[k] = b &- 65 < 26 ? b + 32 : b }
                return bytes.count
            }
        }
        if let s = utf8.withContiguousStorageIfAvailable(lower) { return s }
        var copy = self
        return copy.withUTF8(lower)
    }
}
