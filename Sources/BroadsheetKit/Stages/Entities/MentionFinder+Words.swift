/// The words the mention finder reads names by: legal suffixes, compass points, the words after a
/// town that make a club or a company of it, a town's parts, adjective endings and region
/// qualifiers.
extension MentionFinder {
    static let legalSuffixes: WordSet = ["inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "s.a.", "spa", "nv", "gmbh"]

    /// Lines of business that, last in a name, make it a company's (never heads that let a name
    /// run on, as `Bank of …` does: `Dow Chemical in China` is two names).
    static let businessHeads: WordSet = [
        "electric", "power", "electronics", "medical", "brothers", "insurance", "chemical", "chemicals", "energy", "petroleum",
        "mining", "resources", "oil", "gas", "steel", "telecom", "telecommunications", "shipping", "logistics", "semiconductor",
        "pharma", "investments", "associates", "utilities", "foods", "stores", "brands", "motor",
        // (a biotech's or a maker's line: `Northwind Therapeutics`, `Halden Robotics`)
        "therapeutics", "biosciences", "bioscience", "biotherapeutics", "biologics", "biotech", "genomics", "diagnostics",
        "pharmaceutical", "robotics", "aerospace", "semiconductors", "software", "materials", "metals", "minerals", "beverages",
    ]

    /// Words that open a named storm's name.
    static let stormWords: WordSet = ["storm", "hurricane", "typhoon", "cyclone", "superstorm"]

    static let compassWords: WordSet = ["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"]
    /// Regions and other words a firm's name may open with that name no firm alone (`Northwest
    /// Power`, `General Motors`, `National Grid`).
    static let regionWords: WordSet = ["northwest", "northeast", "southwest", "southeast", "midwest", "general", "national", "international",
                                       "united", "american", "global", "first", "new"]
    /// Words after a town's name that make a club or a company of it (`Manchester United`,
    /// `Peabody Energy`, `Driefontein Consolidated`), which the text may never write in lower case.
    static let clubAndCompanyWords: WordSet = ["united", "city", "town", "county", "athletic", "albion", "rovers", "wanderers",
                                                   "energy", "consolidated", "petroleum", "mining", "resources", "circuit"]
    /// Last words of a club's name in a sports report (`Westbridge United`, `Bolton Wanderers`).
    static let clubWords: WordSet = ["united", "athletic", "albion", "rovers", "wanderers", "rangers", "hotspur", "argyle", "harriers", "celtic"]
    /// Abbreviations that make a club of a name anywhere (`Arsenal FC`).
    static let clubSuffixes: WordSet = ["fc", "afc", "f.c."]
    /// Heads of the names of instruments and craft (`James Webb Space Telescope`, `Voyager 1
    /// spacecraft`), which are named after people and are none.
    static let instrumentHeads: WordSet = ["telescope", "spacecraft", "satellite"]
    /// A brand's capital inside a word (`IndyCar`, `CalMac`), not a surname's (`MacLeod`, `McCain`, `O'Neill`).
    static func isInnerCapitalized(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard let k = scalars.indices.dropFirst().first(where: { scalars[$0].isUpperCase }) else { return false }
        let before = String(String.UnicodeScalarView(scalars[..<k]))
        return !["Mc", "Mac", "O'", "O’", "D'", "D’", "De", "Di", "La", "Le", "Van", "Von"].contains(before)
    }
    /// Words naming a part of a town after its name (`Greenwich Village`, `Brooklyn Heights`).
    static let townParts: WordSet = ["village", "heights", "end", "side", "quarter", "district"]
    static let quoteMarks: WordSet = ["\"", "“", "‘", "'", "«"]
    /// Endings that make an adjective of a name (`Cold War-era`), written in lower case.
    static let adjectiveEndings: WordSet = ["era", "style", "led", "backed", "sponsored", "brokered", "allied", "funded", "owned", "controlled", "based",
                                            "aligned", "leaning", "heavy", "dominated", "run", "appointed", "linked", "affiliated", "inspired", "friendly"]
    /// Prefixes joined to a name by a hyphen that are not part of it (`post-Cold War`,
    /// `pro-Russian`, `ex-England`, `anti-NATO`).
    static let hyphenPrefixes: WordSet = ["anti", "pro", "post", "pre", "ex", "non", "neo", "pan", "trans", "un", "mid", "all", "inter", "intra"]
    /// Words naming a part of a law or a resolution by its number (`Article 5`, `Chapter 11`,
    /// `Title IX`, `Resolution 1441`).
    static let lawParts: WordSet = ["article", "articles", "section", "chapter", "clause", "title", "amendment", "proposition", "resolution", "rule", "paragraph"]
    /// Words that a number after them makes a stretch of time or a part of a contest or a book,
    /// not a name (`in Week 8`, `Game 7`, `Stage 12`, `Day 3 of the trial`, `Episode 4`); a road's word
    /// alone (`Interstate` of `Interstate 95`) names nothing either.
    static let numberedParts: WordSet = [
        "week", "weeks", "day", "days", "game", "games", "stage", "leg", "heat", "hole", "lap", "inning", "quarter", "period", "set",
        "phase", "level", "season", "episode", "part", "volume", "page", "pages", "table", "figure", "step", "grade", "class", "category",
        "interstate", "interstates", "route", "highway",
    ]
    /// Words that open the name of a region (`the Outer Hebrides`, `the Upper Nile`, `the Far East`).
    static let regionQualifiers: WordSet = ["outer", "inner", "upper", "lower", "far", "near", "greater", "northern", "southern", "eastern", "western", "central"]
}
