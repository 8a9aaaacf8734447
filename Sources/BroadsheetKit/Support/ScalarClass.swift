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

extension String {
    /// Substring test over UTF-8 bytes (Foundation's `contains` goes through NSString).
    func containsBytes(_ needle: String) -> Bool {
        let h = Array(utf8), n = Array(needle.utf8)
        guard !n.isEmpty, h.count >= n.count else { return n.isEmpty }
        let first = n[0]
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < n.count && h[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }
}
