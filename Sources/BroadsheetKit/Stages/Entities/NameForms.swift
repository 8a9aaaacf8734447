import Foundation

/// Acronym letters and the initials of long names.
enum Acronym {
    /// `U.S.` → `us`; `OSCE` → `osce`.
    static func letters(_ s: String) -> String {
        String(s.lowercasedFast.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }

    /// The longest acronym read as defined in brackets after a name.
    static let definedMaxLetters = 10

    /// Whether `letters` are the initials of some of `words`, in order, starting with the first
    /// word's (`ecdc` in `European Centre for Disease Prevention and Control`).
    static func spells(_ letters: String, _ words: [String]) -> Bool {
        let initials = words.compactMap { $0.first.map { String($0).lowercased() } }
        guard let first = letters.first, initials.first == String(first) else { return false }
        var i = 0
        for ch in letters {
            while i < initials.count, initials[i] != String(ch) { i += 1 }
            guard i < initials.count else { return false }
            i += 1
        }
        return true
    }

    /// Initials of the significant words: `Organization for Security and Cooperation in Europe` → `osce`.
    static func initials(_ words: [String]) -> String {
        var out = ""
        for w in words where !NameLexicon.nameConnectors.contains(w.lowercasedFast) {
            // An initialism keeps all its letters (`U.S. Geological Survey` → usgs).
            if w.contains("."), w.count <= 6 { out += letters(w); continue }
            for part in w.split(separator: "-") { if let f = part.first { out.append(contentsOf: f.lowercased()) } }
        }
        return out
    }
}

/// Person-name folding for matching: case, diacritics and common transliteration variants
/// (`Dmitri`/`Dmitry`, `Sergey`/`Sergei`, `Andrey`/`Andrei`, `Aleksandr`/`Alexandr`).
enum PersonName {
    static let suffixes: WordSet = ["jr", "sr", "ii", "iii", "iv", "md", "phd", "esq"]

    /// The name as written without initials and suffixes (`W. Mark Felt Sr.` → `Mark Felt`).
    static func core(_ name: String) -> String {
        let words = name.split(separator: " ").filter { w in
            let bare = trimPunctuation(w)
            return bare.count > 1 && !suffixes.contains(bare.lowercasedFast)
        }
        return words.isEmpty ? name : trimPunctuation(Substring(words.joined(separator: " ")))
    }

    /// The word without the ASCII punctuation around it (`Sr.` → `Sr`, `(IE8` → `IE8`).
    static func trimPunctuation(_ w: Substring) -> String {
        let isPunct: (Character) -> Bool = { $0.isASCII && ($0.isPunctuation || $0.isSymbol) }
        var t = w
        while let f = t.first, isPunct(f) { t = t.dropFirst() }
        while let l = t.last, isPunct(l) { t = t.dropLast() }
        return String(t)
    }

    /// Who a full name names, for telling mentions of one person apart from another's: the folded
    /// first and last names, without initials, middle names and suffixes (`W. Mark Felt Sr.`,
    /// `Mark Felt`; `Richard M. Nixon`, `Richard Nixon`; `Frederick Cheney LaRue`, `Frederick C. LaRue`).
    static func identity(_ name: String) -> String {
        let words = fold(name).split(separator: " ").map { trimPunctuation($0) }
            .filter { $0.count > 1 && !suffixes.contains($0) }
        guard let first = words.first, let last = words.last else { return fold(name) }
        return words.count >= 3 ? first + " " + last : words.joined(separator: " ")
    }

    static func fold(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "y") && $0 != UInt8(ascii: "Y") && $0 != UInt8(ascii: "k") && $0 != UInt8(ascii: "K") }) {
            return name.lowercasedFast   // nothing to fold but case
        }
        return name.split(separator: " ").map { word -> String in
            var w = String(word).folded
            if w.containsBytes("ks") { w = w.replacingOccurrences(of: "ks", with: "x") }
            if w.hasSuffix("iy") { w = String(w.dropLast(2)) + "i" }
            else if w.hasSuffix("ey") { w = String(w.dropLast(2)) + "ei" }
            else if w.hasSuffix("y") && w.count > 3 { w = String(w.dropLast()) + "i" }
            return w
        }.joined(separator: " ")
    }
}
