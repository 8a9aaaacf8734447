/// First names with their usual gender (the 1990 US Census lists, see `FirstNames+Data.swift`, and
/// those of public figures elsewhere they lack, `FirstNames+World.swift`;
/// Russian and Ukrainian ones in every case, see `FirstNames+Cyrillic.swift`):
/// evidence that a capitalised run is a person, and which pronouns can stand for them.
public enum FirstNames {
    public enum Gender: Sendable { case male, female, either }

    static let table: WordMap<Gender> = {
        var m = WordMap<Gender>()
        for item in (data + "\n" + moreData).split(whereSeparator: { $0 == " " || $0 == "\n" }) where item.count >= 2 {
            let g: Gender = item.last == "M" ? .male : item.last == "F" ? .female : .either
            m[String(item.dropLast())] = g
        }
        // (a form both genders' names make, `Александра`, is either)
        for (form, g) in cyrillicForms { m[form] = m[form].map { $0 == g ? g : .either } ?? g }
        return m
    }()

    /// The gender a first name usually has, or nil when it is not a known first name.
    public static func gender(_ word: String) -> Gender? {
        table[word.folded]
    }

    public static func isFirstName(_ word: String) -> Bool { gender(word) != nil }
}
