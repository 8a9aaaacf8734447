/// What a text's letters say about what can be read from them: names and speakers are found
/// from capital letters, which Chinese, Japanese, Korean, Arabic, Hebrew, Thai or Devanagari do
/// not have. The stages that need capitals say so in the warnings table rather than leave an
/// empty table to be read as "no names".
public enum TextScript {
    /// Letters looked at (the start of a text tells its script).
    static let sampleLetters = 2000
    /// At least this share of letters without case makes a text uncased.
    static let uncasedShare = 0.5

    /// Whether most letters of the text's start have no upper and lower case.
    public static func isUncased(_ text: String) -> Bool {
        var letters = 0, uncased = 0
        for c in text.unicodeScalars {
            if c.value < 0x80 {
                if (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A { letters += 1 }
            } else if c.properties.isAlphabetic {
                letters += 1
                if !c.properties.changesWhenCaseMapped { uncased += 1 }
            }
            if letters >= sampleLetters { break }
        }
        return letters > 0 && Double(uncased) >= uncasedShare * Double(letters)
    }

    /// The warning of a stage that reads names from capitals, for an uncased text.
    public static func noCapitalsWarning(_ what: String) -> String {
        "\(what) are found from capital letters, which this text's script does not have: none were read"
    }
}
