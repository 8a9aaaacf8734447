extension String {
    /// Trims Unicode white space (including NBSP) at both ends.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceLike }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpaceLike })!
        return String(scalars[first...last])
    }

    /// Collapses every run of white space to one space and trims the ends.
    public func collapsingWhitespace() -> String {
        var copy = self
        return copy.withUTF8 { buf -> String? in
            // Most strings (meta values, titles) are already collapsed: return them as they are.
            var clean = true
            var previousSpace = true   // a leading space is not clean
            for b in buf {
                if b >= 0x80 { clean = false; break }
                let space = b == 32 || (b >= 9 && b <= 13)
                if space && (previousSpace || b != 32) { clean = false; break }
                previousSpace = space
            }
            if clean && !previousSpace { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(buf.count)
            var pendingSpace = false
            var i = 0
            let n = buf.count
            while i < n {
                let b = buf[i]
                let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var space: Bool
                if length == 1 {
                    space = b == 32 || (b >= 9 && b <= 13)
                } else {
                    var v = UInt32(b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
                    for k in 1..<length where i + k < n { v = v << 6 | UInt32(buf[i + k] & 0x3F) }
                    space = v == 0x200B || (Unicode.Scalar(v)?.isSpaceLike ?? false)
                }
                if space {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(32); pendingSpace = false }
                    out.append(contentsOf: buf[i..<min(i + length, n)])
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        } ?? self
    }

    /// Counts words: maximal runs of letters or digits (with inner apostrophes, hyphens, dots).
    /// Chinese and Japanese write without spaces; there each ideograph or kana counts as one word,
    /// the way their publishing counts the length of a text (字数, 文字数). Korean has spaces.
    /// Unicode scalars, counted from the UTF-8 bytes (every byte that does not continue a scalar).
    public var scalarCount: Int {
        var n = 0
        for b in utf8 where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    public var wordCount: Int {
        // ASCII bytes are classed as they come (most text is ASCII); other scalars decoded.
        var text = self
        return text.withUTF8 { buf in
            var n = 0
            var inWord = false
            var i = 0
            while i < buf.count {
                let b = buf[i]
                if b < 0x80 {
                    i += 1
                    if (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) {
                        if !inWord { n += 1; inWord = true }
                    } else if !(inWord && (b == 39 || b == 45 || b == 46 || b == 44)) {   // ' - . ,
                        inWord = false
                    }
                    continue
                }
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var v = UInt32(b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
                for k in 1..<length where i + k < buf.count { v = v << 6 | UInt32(buf[i + k] & 0x3F) }
                i += length
                guard let s = Unicode.Scalar(v) else { inWord = false; continue }
                if s.value >= 0x2E80, s.isCJKCharacter { n += 1; inWord = false; continue }
                if s.isLetterOrDigit {
                    if !inWord { n += 1; inWord = true }
                } else if !(inWord && (s == "’" || s.isCombiningMark)) {   // (a virama, a decomposed accent)
                    inWord = false
                }
            }
            return n
        }
    }

    /// `wordCount` scalar by scalar: the definition the byte scan above must agree with.
    var wordCountByScalars: Int {
        var n = 0
        var inWord = false
        for s in unicodeScalars {
            if s.value >= 0x2E80, s.isCJKCharacter { n += 1; inWord = false; continue }
            let isWordChar = s.isLetterOrDigit
            if isWordChar {
                if !inWord { n += 1; inWord = true }
            } else if inWord && (s == "'" || s == "’" || s == "-" || s == "." || s == "," || s.isCombiningMark) {
                continue
            } else {
                inWord = false
            }
        }
        return n
    }

    /// Lower-cased, diacritics folded, for matching names (`Rogozin` = `rogozin`, `Müller` = `muller`).
    public var folded: String {
        switch asciiCase {
        case .lower: return self
        case .mixed: return asciiLowercased
        case .nonASCII: break
        }
        var out = String.UnicodeScalarView()
        for s in (commonLowercased ?? lowercased()).decomposedStringWithCanonicalMappingLite.unicodeScalars where s.value < 128 || !s.properties.isDiacriticOrCombining {
            out.append(s)
        }
        return String(out)
    }
}

extension Unicode.Scalar.Properties {
    var isDiacriticOrCombining: Bool {
        switch generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}

extension String {
    /// NFD without Foundation (the stdlib's canonical decomposition through NFD-normalised comparison
    /// is internal, so map the common Latin letters by table).
    var decomposedStringWithCanonicalMappingLite: String {
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s.value >= 0xC0, let base = latinBase[s.value] { out.append(Unicode.Scalar(base)!) } else { out.append(s) }
        }
        return String(out)
    }
}

/// Base letters of precomposed Latin letters (Latin-1 Supplement and Latin Extended-A).
private let latinBase: [UInt32: UInt32] = {
    var m: [UInt32: UInt32] = [:]
    let table: [(String, String)] = [
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
    ]
    for (chars, base) in table {
        for c in chars.unicodeScalars { m[c.value] = base.unicodeScalars.first!.value }
    }
    return m
}()
