/// German writes a day as an ordinal with a full stop (`am 3. März 2024`): before a month's name
/// that full stop ends no sentence (the segmenter asks; the date grammar reads the date with the
/// other languages' month names).
public enum OrdinalDates {
    /// Month names written after an ordinal day (German, with the Austrian `Jänner`), lower-cased.
    public static let monthNames: WordSet = [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
    ]
}
