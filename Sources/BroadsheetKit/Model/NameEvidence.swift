/// Head words that say what a capitalised run names: `… Bank` an organisation, `… Treaty` a law,
/// `… War` an event, `… River` a place. Shared by the stages that read names.
public enum NameHeads {
    public static let org: WordSet = [
        "organization", "organisation", "council", "union", "conference", "commission", "committee", "ministry",
        "party", "agency", "bank", "fund", "group", "association", "institute", "university", "review", "times",
        "news", "press", "alliance", "assembly", "parliament", "congress", "court", "forces", "army", "navy",
        "office", "department", "federation", "commonwealth", "league", "movement", "front", "church", "service",
        "corporation", "corp", "inc", "company", "co", "ltd", "foundation", "center", "centre", "board", "bureau",
        "authority", "police", "partnership", "program", "programme", "initiative", "coalition", "network", "club",
        "senate", "cabinet", "government", "administration", "school", "college", "hospital", "airlines", "post",
        "journal", "magazine", "herald", "tribune", "telegraph", "guardian", "radio", "television", "tv", "summit",
        "reserve", "watch", "capital", "partners", "holdings", "highways", "systems", "technologies", "industries", "airways", "motors",
        "media", "communications", "pharmaceuticals", "securities", "exchange", "trust", "plc", "ag", "gmbh", "sa", "llc",
        "enterprises", "ventures", "labs", "laboratories", "group's", "brigade", "regiment", "caucus", "ferries", "railways",
        // (plural heads: `Centers for Disease Control and Prevention`, `National Institutes of Health`)
        "centers", "centres", "institutes", "services", "agencies", "commissions", "councils", "institution", "forum",
        "society", "academy",
        // (the first word of a body's name in the archives' Romance languages: `Banque de France`,
        // `Consejo de Ministros`, `Partido Popular`, `Ministero dell'Interno`)
        "banco", "banque", "banca", "partido", "parti", "partito", "ministerio", "ministère", "ministero", "ministério", "consejo",
        "conseil", "consiglio", "conselho", "comisión", "commissione", "comissão", "tribunal", "tribunale", "universidad", "université",
        "università", "universidade", "instituto", "institut", "istituto", "asamblea", "assemblée", "assemblea", "congreso", "cámara",
        "chambre", "câmara", "senado", "sénat", "senato", "gobierno", "gouvernement", "governo", "policía", "polizia", "fondation",
        "fundación", "fondazione", "fundação", "agencia", "agence", "agenzia", "agência", "sindicato", "syndicat", "confederación",
        "confédération", "federación", "fédération", "unión", "unione", "movimiento", "mouvement", "movimento", "organización",
        "organizzazione", "organização", "ayuntamiento", "cour", "fiscalía", "guardia", "gendarmerie", "ejército", "armée", "esercito",
        "exército", "comité", "comitato", "oficina", "office", "autorité", "autoridad", "autorità", "servicio", "servizio", "serviço",
    ]
    public static let law: WordSet = ["treaty", "act", "accord", "accords", "convention", "agreement", "protocol", "charter", "law", "bill", "constitution", "pact", "resolution", "amendment", "directive"]
    public static let event: WordSet = [
        "war", "olympics", "games", "crisis", "revolution", "cup", "championship", "championships", "election", "elections", "festival",
        "uprising", "massacre", "genocide", "open", "classic", "series", "bowl", "prix", "masters", "marathon", "rally", "derby",
        "trophy", "invitational", "playoffs", "finals", "summit", "olympiad", "expo", "grand",
    ]
    public static let place: WordSet = ["river", "sea", "ocean", "mountains", "mount", "lake", "island", "islands", "valley", "desert", "peninsula", "bay", "strait", "province", "region", "county", "city", "street", "square", "avenue", "road", "park", "stadium", "arena", "airport", "station", "bridge", "lane", "boulevard", "canal", "gulf", "coast", "harbour", "harbor", "forest", "hills", "falls",
        // (not the heads that are as often surnames, Hall, Green, Wood, Field, Ridge, Tower, Castle, Marsh, Heath,
        // nor a crescent or a palace: the Red Crescent, Crystal Palace the club)
        "gardens", "canyon", "glacier", "reservoir", "pier", "wharf", "quay", "docks", "plaza", "motorway", "tunnel",
        "springs", "heights", "promenade", "embankment", "cathedral"]
    /// The kinds of street an address or a numbered street names (`2088 Philip Street`, `14th
    /// Street`). (Not `court`, `square`, `way`: "a 1974 United States Supreme Court decision".)
    public static let street: WordSet = [
        "st", "street", "ave", "avenue", "road", "rd", "place", "blvd", "boulevard", "lane", "drive", "terrace", "parkway", "highway",
    ]
    /// Words that no person's name contains: the heads above and sentence openers.
    static let notPerson: WordSet = run.union(place).union(event).union(NameLexicon.sentenceOpeners)

    public static let run: WordSet = org.union(law).union(["partnership", "group", "treaty", "commonwealth", "bank", "university", "ministry", "organization", "organisation", "conference", "council", "league", "institute", "republic", "kingdom", "federation", "association", "court", "office", "department"])

}

/// What a capitalised run of words says about whether it names a person, and which pronouns fit.
public enum NameEvidence {
    /// Personal titles that say the gender (`Mr.` he, `Mrs.` she).
    static let maleTitles: WordSet = ["mr.", "mr", "sir", "lord", "king", "prince", "father", "sheikh", "emir", "sultan", "tsar", "czar", "messrs."]
    static let femaleTitles: WordSet = ["mrs.", "mrs", "ms.", "ms", "miss", "lady", "dame", "queen", "princess", "mme.", "mlle."]

    /// The person a run names, after its title, and the gender the name or title tells; nil
    /// when the run does not look like a person's name. Evidence: a known first name, a personal
    /// title or role before it, or two to four capitalised words with no organisation, place,
    /// law or event head and no gazetteer entry.
    public static func person(_ run: [WordToken]) -> (name: [WordToken], gender: FirstNames.Gender?)? {
        let (role, name) = NameLexicon.splitRole(run)
        guard (1...4).contains(name.count) else { return nil }
        if name.contains(where: { NameHeads.notPerson.contains($0.lower) }) { return nil }
        if MentionCalendar.words.contains(name[0].lower) { return nil }   // "May" alone, "March Madness"; not "Theresa May"
        if name.contains(where: { $0.isAllCaps && !($0.text.count == 2 && $0.text.hasSuffix(".")) }) { return nil }
        let text = name.map(\.text).joined(separator: " ")
        if Gazetteer.byForm[text.folded] != nil || (name.count == 1 && Gazetteer.demonyms[text.folded] != nil) { return nil }
        // `West Virginia`, `Los Angeles`: a place named in full, unless a title says a person
        // (`Mr. Obama`; a single word is a town somewhere as often as a surname).
        if name.count >= 2, role.isEmpty, Places.type(of: text) != nil { return nil }
        // "South Korean", "Latin American", "New York-based": a nationality or an adjective, unless
        // a first name opens it (`Dawn French`).
        if name.count >= 2, !FirstNames.isFirstName(name[0].text),
           Gazetteer.demonyms[name.last!.text.folded] != nil || Gazetteer.demonyms[text.folded] != nil || name.last!.lower.hasSuffix("-based") { return nil }
        // A word alone says nothing of a person: "Clinton" and "Fallon" are first names on the
        // lists, but alone in news they are surnames.
        if name.count == 1 && role.isEmpty { return nil }
        var gender = name.count >= 2 ? FirstNames.gender(name[0].text) : nil
        if let t = role.last?.lower {
            if maleTitles.contains(t) { gender = .male } else if femaleTitles.contains(t) { gender = .female }
        }
        if gender != nil || !role.isEmpty { return (name, gender ?? .either) }
        return name.count >= 2 ? (name, nil) : nil
    }

    /// Whether a pronoun can stand for a person of `gender` (nil: unknown, fits both).
    public static func fits(_ pronoun: String, _ gender: FirstNames.Gender?) -> Bool {
        guard let gender else { return true }
        if NameLexicon.malePronouns.contains(pronoun) { return gender != .female }
        if NameLexicon.femalePronouns.contains(pronoun) { return gender != .male }
        return true
    }
}

/// Weekday and month names: dates, not names.
public enum MentionCalendar {
    public static let words: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept", "jan", "feb",
        "aug", "sep", "oct", "nov", "dec", "christmas", "easter",
    ]

    /// Capitalised words that open table rows and list lines but name nothing.
    public static let tableWords: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "result", "results",
        "men", "women", "total", "totals", "note", "notes", "standings", "scores", "attendance", "round", "i", "i'm", "i've", "we", "you",
        "update", "updates", "photo", "video", "source", "sources", "related", "advertisement", "comments", "share",
    ]
}
