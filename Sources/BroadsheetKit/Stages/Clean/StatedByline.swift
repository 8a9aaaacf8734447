/// The author a page names beside its headline when its metadata names none: `By Michael
/// Mainville`, `By JOHN HARRIS TRIBUNE-REVIEW Saturday, …`, `By Subhash K. Jha, January 16, 2008`.
/// Only the name is taken: what follows it (a title, the publication, a date) ends it.
enum StatedByline {
    /// A line longer than this is a sentence that begins with "By", not a byline.
    static let maxWords = 14
    /// A name is one to this many words (`Jean-Claude Van der Berg`, two authors with `and`).
    static let maxNameWords = 8
    /// What opens a byline in the archives' languages (`Par Jean Dupont`, `Von Anna Schmidt`,
    /// `Автор: Иван Петров`). A sentence that opens with the word goes on in small letters or
    /// with an article (`Par ailleurs`, `Von den Teilnehmern`) and names no one.
    static let cues = ["By ", "by ", "BY ", "Par ", "par ", "Von ", "von ", "Por ", "por ", "Di ", "Door ", "door ",
                       "Автор: ", "Автор ", "Autor: ", "Autorin: ", "Auteur : ", "Auteur: "]
    /// Words that end a name when the byline runs on (`By Andrew Beaujon Published Nov. 6`).
    static let stops: WordSet = ["published", "posted", "updated", "filed", "photos", "photo", "video", "staff", "writer", "reporter", "correspondent", "editor"]
    /// Words that join or sit inside names without a capital.
    static let joiners = NameCase.joiners

    /// The writer named after a stamp on one line (`Veröffentlicht am 14.03.2024 · Von Anna Keller`,
    /// `March 4, 2025 | By Ana Silva`): a part after a dot, bar or bullet that is a byline.
    static func parseAfterStamp(_ line: String) -> String? {
        guard line.utf8.count <= maxStampLineBytes else { return nil }
        for separator in [" · ", " | ", " • "] where line.contains(separator) {
            for part in line.components(separatedBy: separator).dropFirst() { if let name = parse(part) { return name } }
        }
        return nil
    }
    /// A stamp and a byline on one line are short.
    static let maxStampLineBytes = 160

    static func parse(_ line: String) -> String? {
        // (the cue first: most lines read here are no byline)
        let trimmed = line.trimmingWhitespace()
        guard let cue = cues.first(where: { trimmed.hasPrefix($0) }) else { return nil }
        // (collapsing keeps the cue: each ends in one space)
        let t = trimmed.collapsingWhitespace()
        guard LineShape.words(t) <= maxWords else { return nil }
        // (the name ends where a separator starts the rest: a comma, a dash, a bar, a bracket)
        var rest = Substring(t.dropFirst(cue.count))
        for separator in [",", " - ", " – ", " — ", "|", "•", "·", " / ", "(", ";", ":"] {
            if let r = rest.range(of: separator) { rest = rest[..<r.lowerBound] }
        }
        var name: [Substring] = []
        var capitals: Bool?
        for var word in rest.split(separator: " ") {
            // (a count glued on by the page's markup: `Lucas Nolan22`)
            while !name.isEmpty, let last = word.last, last.isASCII, last.isNumber, word.count > 1 { word = word.dropLast() }
            let lower = String(word).lowercasedFast
            if joiners.contains(lower) { if name.isEmpty { return nil }; name.append(word); continue }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else {
                // (a word in small letters after one capitalised word: `By New statesman` names no one)
                if name.count == 1, word.first?.isLetter == true { return nil }
                break
            }
            guard LooseDate.monthNames[lower] == nil, !Dateline.weekdays.contains(lower), !stops.contains(lower) else { break }
            // A name in capitals beside one in small letters is two things: `John Harris TRIBUNE-REVIEW`
            // (an initial is either).
            let initial = word.count == 1 || word.hasSuffix(".")
            let shouted = !word.contains(where: \.isLowercase)
            if !initial {
                if let capitals, capitals != shouted { break }
                capitals = shouted
            }
            name.append(word)
            if name.count > maxNameWords { return nil }
        }
        while let last = name.last, joiners.contains(String(last).lowercasedFast) { name.removeLast() }
        guard !name.isEmpty, name.contains(where: { $0.count > 1 && !$0.hasSuffix(".") }) else { return nil }
        let written = name.joined(separator: " ")
        // (set in capitals, it is read in the name's own case: `SANDRA CHEREB` is Sandra Chereb)
        return capitals == true ? NameCase.readingCapitals(written) : written
    }
}
