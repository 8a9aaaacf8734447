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
        return (text.applyingTransform(icu, reverse: false) ?? text.folded).lowercased()
    }
}
