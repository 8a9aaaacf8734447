/// Sports reports, where a place's name usually stands for its team (`Essex beat Kent`,
/// `Newcastle 2 Blackburn 1`), and headlines written in capitals, where case says nothing.
enum SportsContext {
    /// Words of sports reports. A document using several of them, with scores, is one.
    static let words: WordSet = [
        "match", "goal", "goals", "scored", "innings", "wickets", "wicket", "batting", "bowling", "league", "cup", "championship",
        "tournament", "coach", "striker", "midfielder", "defender", "goalkeeper", "drew", "beat", "halftime", "half-time",
        "penalty", "semifinal", "semi-final", "quarterfinal", "quarter-final", "seeded", "lap", "podium", "medal", "inning",
        "pitcher", "touchdown", "quarterback", "fixture", "fixtures", "standings", "soccer", "cricket", "tennis", "rugby",
        "golf", "hockey", "baseball", "basketball", "cycling", "athletics", "boxing", "motor", "racing", "referee", "stadium",
    ]
    /// Words longer than this need no lookup: most words of a document are.
    static let longestWord = words.map(\.utf8.count).max() ?? 0
    /// Distinct sports words that make a document a sports report on their own, or with
    /// `minScores` scores after names (`Essex 532-8`).
    static let minWords = 5
    static let minWordsWithScores = 3
    static let minScores = 2
    /// A table of results (`Lotte 6 Hyundai 2`, a line per game) needs only one sports word:
    /// this many lines of two names, each with its score.
    static let resultsTableGames = 4

    /// Whether the document reads as a sports report.
    static func isSports(_ sentences: [[WordToken]]) -> Bool {
        var seen = Set<String>()
        var scores = 0
        var games = 0
        for toks in sentences {
            if isGameLine(toks) { games += 1 }
            for (k, t) in toks.enumerated() {
                switch t.kind {
                case .word:
                    if t.lower.utf8.count <= longestWord, words.contains(t.lower) {
                        seen.insert(t.lower)
                        if seen.count >= minWords { return true }
                    }
                case .number:
                    if k > 0, toks[k - 1].kind == .word, toks[k - 1].isCapitalized || toks[k - 1].isAllCaps, isScore(t) { scores += 1 }
                case .punct:
                    break
                }
            }
        }
        return seen.count >= minWords || (seen.count >= minWordsWithScores && scores >= minScores) || (!seen.isEmpty && games >= resultsTableGames)
    }

    /// A score or a result figure (`2`, `353`, `2-1`), not a year or a date.
    /// A line of a results table: a name and its score, then another (`Lotte 6 Hyundai 2`,
    /// `Newcastle 2 Blackburn 1`), nothing else.
    static func isGameLine(_ toks: [WordToken]) -> Bool {
        guard toks.count >= 4, toks.count <= 10, let mid = toks.indices.dropFirst().first(where: { isScore(toks[$0]) }),
              isScore(toks[toks.count - 1]), mid < toks.count - 2 else { return false }
        let names = [toks[..<mid], toks[(mid + 1)..<(toks.count - 1)]]
        return names.allSatisfy { side in !side.isEmpty && side.allSatisfy { $0.kind == .word && ($0.isCapitalized || $0.isAllCaps) } }
    }

    /// A line of a standings table: a name (and a bracketed note), then only figures, at least
    /// `standingsMinFigures` of them (played, won, drawn, lost, goals, points).
    static func isStandingsLine(_ toks: [WordToken]) -> Bool {
        guard let firstFigure = toks.firstIndex(where: { $0.kind == .number }), firstFigure > 0,
              toks[..<firstFigure].first?.kind == .word, toks.count - firstFigure >= standingsMinFigures else { return false }
        return toks[firstFigure...].allSatisfy { $0.kind == .number || $0.text == "-" }
    }
    static let standingsMinFigures = 4
    /// Played, won, drawn, lost, goals for and against, points: small figures only.
    static func isFullStandingsRow(_ toks: [WordToken]) -> Bool {
        let figures = toks.filter { $0.kind == .number }
        return figures.count >= fullStandingsFigures && figures.allSatisfy { Int($0.text).map { $0 < standingsFigureCeiling } ?? false }
    }
    static let fullStandingsFigures = 6
    static let standingsFigureCeiling = 50

    static func isScore(_ t: WordToken) -> Bool {
        guard t.kind == .number else { return false }
        let parts = t.text.split(separator: "-")
        guard parts.count <= 2, let first = Int(parts[0]) else { return false }
        return first < 1000 && (parts.count == 1 || Int(parts[1]).map { $0 < 1000 } ?? false)
    }

    /// In a sports report a town standing for itself after "at", "in", "from" stays a place;
    /// otherwise it is the team.
    static func team(_ type: EntityType, run: [WordToken], in toks: [WordToken]) -> EntityType {
        // A state and a name in the plural (`Florida Marlins`, `Indiana Pacers`) is a club, not a
        // woman named Florida.
        if type == .person, run.count == 2, Places.usStates.contains(run[0].text.folded), run[1].lower.hasSuffix("s") { return .org }
        // A line of a table of results or standings (`East Fife 2 0 1 1 0 4 1`, `Borussia
        // Neunkirchen 1 St Pauli 3`) names clubs; a golfer's line opens with a first name.
        // A club named like a woman (`Crystal Palace 4 1 2 1 4 3 5`) has a full standings row:
        // a golfer's rounds and a batsman's runs run higher.
        if type == .person, isGameLine(toks) || isStandingsLine(toks), !FirstNames.isFirstName(run[0].text) || isFullStandingsRow(toks) { return .org }
        // An unknown single name in a sports report is most often a club (`Leicestershire`, `Atalanta`).
        guard type == .gpe || (type == .other && run.count == 1), let first = run.first, let at = toks.firstIndex(where: { $0.start == first.start }) else { return type }
        // A country stays a country: its teams are written with it in every kind of news.
        let name = run.map(\.text).joined(separator: " ").folded
        if type == .gpe, Gazetteer.byForm[name] != nil || Gazetteer.countries.contains(name) { return type }
        // A dateline (`ARLINGTON, Texas 1996-08-31`) or a town and its state (`Eschen, Liechtenstein`).
        if type == .gpe, at >= 2, toks[at - 1].text == ",", toks[at - 2].kind == .word, toks[at - 2].isCapitalized || toks[at - 2].isAllCaps { return type }
        // `at Headingley`, `at Edgbaston`: a name nothing else types, where a match is played, is the ground.
        if type == .other, at > 0, toks[at - 1].lower == "at" { return .loc }
        if at > 0, ["at", "in", "from", "to", "near", "of"].contains(toks[at - 1].lower) { return type }
        return .org
    }

    /// A headline in title case (`Colts Beat Chiefs To Clinch Playoff Spot`): nearly every word of
    /// three letters or more starts with a capital.
    static func isTitleCase(_ toks: [WordToken]) -> Bool { WordToken.isTitleCase(toks, minLength: 3, minWords: 4) }

    /// A sentence written in capitals (a wire headline): most of its words are.
    static func isShouting(_ toks: [WordToken]) -> Bool {
        let (words, caps) = WordToken.share(toks, minLength: 2, \.isAllCaps)
        return words >= 3 && caps * 10 >= words * 7
    }
}
