import Foundation

/// Latin spellings of names, for readable entity ids that are the same every night: Cyrillic by
/// the ICAO Doc 9303 table (the one on Russian and Ukrainian passports: Дмитрий Рогозин →
/// Dmitrii Rogozin), every other script by ICU's `Any-Latin; Latin-ASCII` (Νίκος → Nikos,
/// 東京 → dong jing, 서울 → seoul, Größer → Grosser). Both are fixed tables: the same name always
/// gives the same spelling.
enum Transliteration {
    /// ICAO Doc 9303 for Russian, Ukrainian and Belarusian letters (lower case; upper case maps
    /// through its lower-case form).
    static let cyrillic: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
        "є": "ie", "і": "i", "ї": "i", "ґ": "g", "ў": "u",
    ]

    static let icu = StringTransform("Any-Latin; Latin-ASCII")

    /// Latin letters that do not decompose into a base letter and marks.
    static let latinSpecials: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ħ": "h", "ŋ": "ng", "ŧ": "t",
    ]

    /// The name in lower-case ASCII letters, digits and the separators it had.
    static func ascii(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.lowercasedFast }
        var cyrillicDone = String.UnicodeScalarView()
        for s in name.lowercased().unicodeScalars {
            if s.value >= 0x400 && s.value <= 0x4FF, let latin = cyrillic[s] { cyrillicDone.append(contentsOf: latin.unicodeScalars) } else {
                cyrillicDone.append(s)
            }
        }
        let text = String(cyrillicDone)
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        // Latin with accents (most names in Western news): marks folded away, no ICU needed.
        // (Punctuation such as the apostrophe of O’Brien only separates words in an id.)
        let punctuation: ClosedRange<UInt32> = 0x2000...0x2BFF
        if text.unicodeScalars.allSatisfy({ $0.value < 0x250 || ($0.value >= 0x300 && $0.value < 0x370) || punctuation.contains($0.value) }) {
            var out = String.UnicodeScalarView()
            for s in text.folded.unicodeScalars {
                if let special = latinSpecials[s] { out.append(contentsOf: special.unicodeScalars) }
                else if punctuation.contains(s.value) { out.append(" ") }
                else { out.append(s) }
            }
            let folded = String(out)
            if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded }
        }
        return (text.applyingTransform(icu, reverse: false) ?? text.folded).lowercased()
    }
}
