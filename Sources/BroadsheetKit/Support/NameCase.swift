/// People's names as a page sets them in capitals (`SANDRA CHEREB`, `By SCOTT SHANE` in a
/// byline's metadata), read in their own case for the tables.
enum NameCase {
    /// Words that join or sit inside names without a capital (`Jean van der Berg`, `Anna
    /// Schmidt und Jonas Weber`), in the archives' languages.
    static let joiners: WordSet = ["and", "&", "de", "da", "del", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "dos", "y",
                                   "et", "und", "e", "en", "i", "и", "die", "das", "el", "los", "las", "il", "lo", "het"]
    /// News agencies' letters, kept in capitals where a name set in capitals is read in small letters.
    static let agencies: WordSet = ["ap", "afp", "cp", "upi", "pa", "dpa", "ani", "ians", "pti", "ips", "efe", "ansa", "aap", "bbc", "cnn", "abc", "nbc", "cbs"]

    /// `SANDRA CHEREB` → `Sandra Chereb`, `AHMED AL-HAJ and AP` → `Ahmed Al-Haj and AP`,
    /// `ANAHAD O'CONNOR` → `Anahad O'Connor`, `J.D. SMITH` → `J.D. Smith`, `MITCH MCCONNELL` →
    /// `Mitch McConnell`: each part after a space, a hyphen, an apostrophe, a full stop or `Mc`
    /// opens with its capital; joiners in small letters; agencies' letters kept.
    static func readingCapitals(_ written: String) -> String {
        written.split(separator: " ").map { w -> String in
            let lower = String(w).lowercasedFast
            if joiners.contains(lower) { return lower }
            if agencies.contains(lower) { return String(w) }
            var out = "", opens = true
            for ch in w {
                out += opens ? String(ch) : ch.lowercased()
                opens = ch == "-" || ch == "'" || ch == "’" || ch == "." || out == "Mc" && w.count > 4
            }
            return out
        }.joined(separator: " ")
    }
}
