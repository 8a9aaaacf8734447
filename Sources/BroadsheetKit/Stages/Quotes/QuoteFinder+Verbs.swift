/// Whether a verb of speech is one where it stands: the same word may be a name's (`the United
/// States`), a noun's (`the show's popularity`, `member states`) or a passive's (`it was argued`).
extension QuoteFinder {
    /// Whether the verb of speech at `k` is a word of a name or a noun here: a capital inside the
    /// sentence (`the United States`, `Reports`) but in a headline (`Obama Says Museum Will Tell
    /// of '…'`); after a possessive (`Mr. Obama's remarks`, `the senator's comments`); `states`
    /// after a word that makes countries of it (`other OSCE states`, `member states`, `the Gulf states`).
    /// After a determiner or a possessive it is a noun or an adjective (`an estimated $5 billion`,
    /// `their planned merger`), before `'s` a noun (`the show's popularity`); after a form of
    /// `be` a passive or an adjective, which names no source (`it was argued`, `Wolin is
    /// expected to testify`), though a progressive reports (`is demanding`).
    static func isNoVerb(_ words: [WordToken], at k: Int) -> Bool {
        guard k > 0 else { return false }
        if words[k].isCapitalized, !words[k].isAllCaps, words[k - 1].text != ":",
           !WordToken.isTitleCase(words, minLength: QuoteFinder.titleCaseWordLength, minWords: 2) { return true }
        if words[k - 1].text == "'s" || words[k - 1].text == "’s" { return true }
        if k + 1 < words.count, words[k + 1].text == "'s" || words[k + 1].text == "’s" { return true }
        if QuoteFinder.nounDeterminers.contains(words[k - 1].lower) { return true }
        // `its full-year profit forecast on Wednesday`, `a new growth estimate, …`: a word that is a
        // noun as often as a verb, after a possessive or `a` and the words that qualify it, and
        // followed by what follows a noun (a preposition, a conjunction, a verb, punctuation), is
        // the noun (but `their lawyers claim that …`, and after `the` the words between may be
        // its subject: `the company forecast a loss`).
        if QuoteFinder.nounOrVerb.contains(words[k].lower),
           k + 1 == words.count || words[k + 1].kind == .punct || SpeakerParser.prepositions.contains(words[k + 1].lower)
            || QuoteFinder.finiteVerbs.contains(words[k + 1].lower) || ["and", "or", "but"].contains(words[k + 1].lower),
           let det = words[max(0, k - QuoteFinder.qualifiedNounReach)..<k].lastIndex(where: { QuoteFinder.nounDeterminers.contains($0.lower) }),
           words[det].lower != "the",
           words[(det + 1)..<k].allSatisfy({ $0.kind == .word && !$0.isCapitalized && !NameLexicon.titleWords.contains($0.lower) || $0.text == "-" || $0.kind == .number }) {
            return true
        }
        if QuoteFinder.passiveAuxiliaries.contains(words[k - 1].lower), !words[k].lower.hasSuffix("ing") { return true }
        // `approved plans for 1,200 homes`, `rejected calls for an inquiry`: a verb's object.
        if QuoteFinder.nounOrVerb.contains(words[k].lower), words[k - 1].kind == .word, !words[k - 1].isCapitalized,
           words[k - 1].lower.utf8.count > QuoteFinder.shortestPastForm, words[k - 1].lower.hasSuffix("ed") { return true }
        guard words[k].lower == "states" else { return false }
        let before = words[k - 1]
        // (a count, `17 states`, `Twenty-seven states`, unless it numbers a document: `Article 17 states that …`)
        let count = before.kind == .number && !(k > 1 && words[k - 2].isCapitalized)
            || QuoteFinder.statesQualifiers.contains(before.lower.split(separator: "-").last.map(String.init) ?? before.lower)
        return count || before.isAllCaps || Gazetteer.demonyms[before.text.folded] != nil
    }
    /// A word in -ed this long at least reads as a past form (not `red`, `bed`, `shed`).
    static let shortestPastForm = 4
    /// Reporting verbs whose form is as often a noun (`its profit forecast`, `a new estimate`).
    static let nounOrVerb: WordSet = ["forecast", "estimate", "report", "reports", "claim", "claims", "plan", "plans", "promise",
                                      "promises", "pledge", "pledges", "vow", "vows", "demand", "demands", "call", "calls", "warning"]
    /// Words at most between a possessive or `a` and the noun they qualify (`its full - year profit forecast`).
    static let qualifiedNounReach = 5
    /// Words after which a verb's form is a noun or an adjective.
    static let nounDeterminers: WordSet = ["a", "an", "the", "its", "his", "their", "our", "my", "your"]
    /// Forms of `be` that make a passive of a participle after them.
    static let passiveAuxiliaries: WordSet = copulas.union(["being"])
    /// Adverbs written between a passive's auxiliary and its participle (besides those in -ly).
    static let passiveAdverbs: WordSet = ["now", "also", "still", "long", "often", "already", "not", "never", "since", "once", "later", "first"]

    /// Words before `states` that make it the noun (`member states`, `other states`, `the Gulf
    /// states`, `swing states`).
    static let statesQualifiers: WordSet = [
        "the", "other", "member", "many", "some", "all", "most", "both", "these", "those", "several", "two", "three", "four", "five",
        "gulf", "baltic", "arab", "island", "border", "swing", "battleground", "red", "blue", "southern", "northern", "eastern",
        "western", "neighboring", "neighbouring", "nation", "small", "poor", "rich", "key", "african", "european", "muslim", "frontline",
        "of", "few", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "tossup", "coastal",
        "participating", "remaining", "individual", "signatory", "sovereign", "independent",
    ]
}
