/// Words around names that several stages need: titles and roles that precede a person's name,
/// reporting verbs, pronouns, source nouns of unnamed sources, words that open sentences.
public enum NameLexicon {
    /// Title and role words (lower-cased): a capitalised run ending in one of these is a role,
    /// and the name follows it (`Russian Ambassador to NATO Dmitry Rogozin`).
    public static let titleWords: WordSet = [
        "president", "vice", "prime", "minister", "ambassador", "secretary", "secretary-general", "general", "chancellor",
        "foreign", "defense", "defence", "interior", "finance", "envoy", "spokesman", "spokeswoman", "spokesperson",
        "chief", "director", "chairman", "chairwoman", "chair", "ceo", "king", "queen", "prince", "princess", "pope",
        "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "judge", "justice", "commissioner",
        "gen.", "lt.", "col.", "maj.", "capt.", "adm.", "admiral", "colonel", "captain", "lieutenant", "sgt.", "sergeant",
        "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "rev.", "reverend", "father", "sheikh", "ayatollah",
        "premier", "deputy", "leader", "head", "official", "officer", "commander", "marshal", "lord", "lady", "sir",
        "dame", "councillor", "councilman", "councilwoman", "speaker", "coach", "manager", "executive", "founder",
        "attorney", "prosecutor", "emir", "sultan", "tsar", "czar", "delegate", "negotiator", "adviser", "advisor",
        "economist", "analyst", "editor", "correspondent", "columnist", "reporter", "state", "assistant", "undersecretary",
        "under-secretary", "high", "representative", "coordinator", "counselor", "consul", "treasurer", "comptroller",
        "attorney-general", "solicitor", "librarian", "teacher", "nurse", "doctor", "superintendent", "inspector", "detective", "constable", "sheriff", "chancellor", "provost", "dean", "principal", "chief-executive", "pm", "mp", "mep", "rabbi", "bishop", "cardinal", "archbishop",
        // Russian and Ukrainian roles, capitalised where they open a sentence (`Президент Владимир Путин`).
        "президент", "премьер", "премьер-министр", "министр", "замминистра", "глава", "председатель", "губернатор", "мэр",
        "директор", "спикер", "депутат", "сенатор", "посол", "канцлер", "вице-премьер", "пресс-секретарь", "советник",
        "генерал", "патриарх", "прем'єр", "прем'єр-міністр", "міністр", "голова", "мер", "спікер", "речник", "радник",
        // German roles before a name: German capitalises them (`Bundeskanzler Olaf Scholz`; the
        // other languages write `le président Emmanuel Macron`). Not those that are also surnames
        // (`Richter`, `König`).
        "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "präsident", "präsidentin", "bundespräsident",
        "bundespräsidentin", "ministerpräsident", "ministerpräsidentin", "ministerin", "außenminister", "außenministerin",
        "finanzminister", "finanzministerin", "innenminister", "innenministerin", "verteidigungsminister",
        "verteidigungsministerin", "wirtschaftsminister", "wirtschaftsministerin", "bürgermeister", "bürgermeisterin",
        "oberbürgermeister", "oberbürgermeisterin", "regierungschef", "regierungschefin", "regierungssprecher", "sprecherin",
        "parteichef", "parteichefin", "botschafter", "botschafterin", "generalsekretär", "staatssekretär", "papst",
    ]

    /// Title words written with a dot (`mr.`), without it: `Mr Jenkin`.
    static let titlesWithoutDot: WordSet = WordSet(titleWords.filter { $0.hasSuffix(".") }.map { String($0.dropLast()) })

    /// Reporting verbs and their forms (the cue of a quote).
    public static let speechVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "asked", "asks", "writes", "wrote", "write",
        "stated", "states", "declared", "declares", "explained", "explains", "noted", "notes", "argued", "argues",
        "warned", "warns", "insisted", "insists", "stressed", "stresses", "suggested", "suggests", "acknowledged",
        "acknowledges", "admitted", "admits", "claimed", "claims", "commented", "comments", "replied", "replies",
        "responded", "responds", "continued", "continues", "recalled", "recalls", "emphasized", "emphasised",
        "emphasizes", "announced", "announces", "urged", "urges", "predicted", "predicts", "conceded", "concedes",
        "observed", "observes", "remarked", "remarks", "maintained", "maintains", "contended", "contends", "believes",
        "believed", "reported", "reports", "confirmed", "confirms", "denied", "denies", "cautioned", "cautions",
        "complained", "complains", "agreed", "agrees", "pointed", "indicated", "indicates", "thinks", "thought",
        "tweeted", "posted", "proposed", "proposes", "promised", "promises", "vowed", "vows", "estimated", "estimates",
        "assured", "assures", "reiterated", "reiterates", "underlined", "underlines", "concluded", "concludes",
        "testified", "announced", "disclosed", "revealed", "reveals", "countered", "counters", "objected", "quipped",
        "shouted", "yelled", "whispered", "told", "informed", "informs", "explained", "mused", "hinted",
        "boasted", "boasts", "bragged", "brags", "joked", "jokes", "scoffed", "snapped", "fumed", "lamented", "laments",
        "exclaimed", "retorted", "sighed", "pleaded", "demanded", "demands", "wondered", "wonders", "scolded", "chided",
        "interjected", "recounted", "recounts", "reads", "sings", "sang", "chanted",
    ]

    /// Reporting verbs of the archives' other languages, in the order their news puts after a
    /// quote (`», a déclaré M. Bézier`, `“, sagte Müller`, `», dijo el ministro`, `», — заявил
    /// Песков`): past and present forms, the French and Italian participles after their auxiliary.
    public static let speechVerbsAbroad: WordSet = [
        "déclaré", "affirmé", "dit", "expliqué", "ajouté", "indiqué", "souligné", "estimé", "assuré", "précisé", "répondu",
        "rappelé", "reconnu", "déclare", "affirme", "explique", "ajoute", "indique", "souligne", "estime", "assure", "précise",
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "warnte", "kritisierte",
        "dijo", "afirmó", "aseguró", "explicó", "añadió", "agregó", "señaló", "indicó", "declaró", "sostuvo", "advirtió",
        "detto", "dichiarato", "affermato", "spiegato", "aggiunto", "sottolineato", "disse", "afirmou", "declarou",
        "explicou", "acrescentou", "zei", "zegt", "verklaarde",
        // (the present that quotes a speaker in features and interviews, and more past forms;
        // Spanish's and Italian's participles after `ha`/`han`)
        "poursuit", "insiste", "confie", "raconte", "martèle", "résume", "reconnaît", "prévient", "déplore", "avertit", "tempère",
        "poursuivi", "insisté", "confié", "raconté", "martelé", "reconnu", "prévenu", "déploré", "averti", "lancé",
        "erklärt", "ergänzte", "ergänzt", "schreibt", "schrieb", "berichtete", "versicherte", "unterstrich", "bekräftigte", "mahnte",
        "erläuterte", "bestätigte", "entgegnete", "antwortete", "forderte", "räumte",
        "dice", "explica", "afirma", "asegura", "añade", "señala", "sostiene", "advierte", "destacó", "destaca", "subrayó", "reconoció",
        "insistió", "apuntó", "manifestó", "comentó", "respondió", "recordó", "precisó", "declarado", "dicho", "afirmado", "asegurado",
        "explicado", "añadido", "señalado", "indicado", "subrayado", "reconocido", "advertido", "destacado", "manifestado", "comentado",
        "spiega", "afferma", "aggiunge", "sottolinea", "osserva", "precisa", "ribadisce", "osservato", "precisato", "ribadito",
        "diz", "destacou", "ressaltou", "sublinhou", "garantiu", "referiu",
        "сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "отметил", "отметила", "подчеркнул", "подчеркнула",
        "добавил", "добавила", "пояснил", "пояснила", "сообщил", "сообщила",
        "отметили", "подчеркнули", "добавили", "пояснили", "сообщили", "говорит", "говорят", "считает", "считают", "полагает",
        "отмечает", "подчеркивает", "подчёркивает", "добавляет", "поясняет", "рассказал", "рассказала", "рассказали", "признал",
        "признала", "напомнил", "напомнила", "уточнил", "уточнила", "ответил", "ответила", "объяснил", "объяснила", "написал",
        "написала", "предупредил", "предупредила", "заметил", "заметила", "указал", "указала", "пишет",
        // Ukrainian and Polish (`», — заявив міністр`, `” – powiedział minister`); the Russian
        // feminine and plural forms above are Ukrainian too.
        "сказав", "заявив", "зазначив", "зазначила", "наголосив", "наголосила", "додав", "додала", "пояснив", "повідомив",
        "повідомила", "каже", "кажуть", "розповів", "розповіла", "вважає", "зауважив", "зауважила", "написав", "відповів",
        "відповіла", "наголошує", "зазначає", "додає",
        "powiedział", "powiedziała", "stwierdził", "stwierdziła", "dodał", "dodała", "podkreślił", "podkreśliła", "zaznaczył",
        "zaznaczyła", "oświadczył", "oświadczyła", "wyjaśnił", "wyjaśniła", "mówi",
        // Greek (`», δήλωσε ο υπουργός …`)
        "δήλωσε", "είπε", "τόνισε", "ανέφερε", "πρόσθεσε", "σημείωσε", "υπογράμμισε", "εξήγησε", "υποστήριξε", "δηλώνει", "λέει",
    ]
    /// Courtesy titles of those languages (`M. Bézier`, `Frau Lang`): no role of the speaker's.
    public static let courtesyTitlesAbroad: WordSet = ["m.", "mme", "mme.", "herr", "frau", "sr.", "sra.", "pan", "pani"]
    /// Auxiliaries before those participles (`a déclaré`, `ha detto`).
    public static let auxiliariesAbroad: WordSet = ["a", "ont", "ha", "han", "hanno"]
    /// Articles and determiners of those languages: a speaker phrase opening with one is a role
    /// or a description (`la ministra de Hacienda`, `un porte-parole`, `der FDP-Chef`), not a name.
    public static let articlesAbroad: WordSet = [
        "le", "la", "les", "l'", "l’", "un", "une", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "el", "los", "las",
        "uno", "una", "il", "lo", "gli", "i", "o", "os", "as", "um", "uma", "de", "het", "een",
    ]
    /// Words after which a description of a speaker goes on with where or when (`un porte-parole
    /// de la Commission à Bruxelles`, `der Sprecher am Montag`).
    public static let descriptionStopsAbroad: WordSet = [
        "à", "devant", "lors", "après", "avant", "dans", "en", "pendant", "au", "aux", "mardi", "lundi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "am", "im", "in", "bei", "nach", "vor", "während", "auf", "gegenüber", "desde", "tras", "durante", "ante",
        "ayer", "hoy", "ieri", "oggi", "nel", "nella", "em", "aos", "ao", "às", "perante", "para", "no", "na", "ontem", "hoje", "в", "на", "во", "после", "вчера",
    ]
    /// French subject pronouns set after the verb with a hyphen (`a-t-il déclaré`, `dit-elle`).
    public static let invertedPronouns: WordMap<String> = ["il": "he", "elle": "she", "ils": "they", "elles": "they"]
    /// Prepositions that name a source before a comma (`Selon X, « … »`, `Laut X, „…“`).
    public static let accordingToAbroad: WordSet = ["selon", "pour", "según", "laut", "secondo", "segundo", "według"]
    /// The two-word ones (`По словам министра, …`, `За словами речника, …`).
    public static let accordingToPairsAbroad: WordSet = ["по словам", "за словами", "по мнению", "на думку", "по данным", "за даними", "nach angaben"]
    /// The word that opens reported speech after a reporting verb (`заявил, что …`, `a déclaré
    /// que …`, `sagte, dass …`).
    public static let thatAbroad: WordSet = ["что", "що", "que", "dass", "che", "że", "ότι"]

    /// Words that open sentences in the archives' other languages and never a name: pronouns,
    /// articles, prepositions and conjunctions (French, German, Spanish, Italian, Portuguese,
    /// Dutch, Russian), for documents in those languages.
    public static let openersAbroad: WordSet = [
        "nous", "vous", "il", "elle", "ils", "elles", "on", "je", "le", "la", "les", "un", "une", "des", "du", "ce", "cette", "ces",
        "pour", "selon", "dans", "avec", "sans", "après", "avant", "chez", "mais", "et", "ou", "donc", "lors", "depuis", "malgré",
        "wir", "ich", "er", "sie", "es", "der", "die", "das", "den", "dem", "ein", "eine", "und", "aber", "für", "mit", "nach",
        "laut", "bei", "seit", "wie", "auch", "im", "am", "zum", "zur", "beim", "vom", "ins", "auf", "aus", "von", "zu", "über",
        "durch", "gegen", "ohne", "vor", "während", "wegen", "diese", "dieser", "dieses", "einem", "einer", "als", "dass",
        "wenn", "doch", "dabei", "damit", "so", "dann", "nun", "man",
        "nosotros", "yo", "él", "ella", "ellos", "el", "los", "las", "una", "unos", "pero", "según", "desde", "tras", "no",
        "noi", "lui", "lei", "loro", "lo", "gli", "uno", "ma", "secondo", "dopo", "nel", "nella",
        "nós", "ele", "eles", "os", "as", "um", "uma", "mas", "segundo", "após",
        "wij", "zij", "het", "een", "maar", "volgens",
        "мы", "я", "он", "она", "они", "вы", "это", "но", "и", "в", "на", "по", "после", "для",
        "с", "со", "к", "ко", "о", "об", "у", "из", "от", "до", "при", "про", "без", "над", "под", "перед", "через", "между", "во",
        "как", "также", "ранее", "однако", "кроме", "вместе", "пока", "если", "когда", "хотя", "поэтому", "тогда",
        "ми", "він", "вона", "вони", "це", "але", "після", "за", "з", "із", "зі", "від", "біля", "також", "раніше",
        "my", "ja", "ona", "oni", "to", "ale", "w", "na", "po", "dla", "według", "jak", "we", "się", "że",
        "ο", "η", "το", "οι", "τα", "τον", "την", "της", "του", "των", "στο", "στη", "στην", "στον", "στις", "στους", "και",
        "αλλά", "με", "για", "από", "σε", "κατά", "ενώ", "όμως", "θα", "δεν", "που", "αυτό", "αυτή", "σύμφωνα",
    ]

    /// Verbs that introduce reported speech well enough for an `indirect` row.
    public static let indirectVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "added", "adds", "writes", "wrote", "stated", "states", "declared",
        "explained", "explains", "noted", "notes", "argued", "argues", "argue", "warned", "warns", "warn", "insisted", "insists",
        "stressed", "stresses", "suggested", "suggests", "acknowledged", "admitted", "claimed", "claims", "believes",
        "believe", "emphasized", "emphasised", "announced", "predicted", "predicts", "conceded", "maintained", "maintains",
        "contended", "contends", "reported", "confirmed", "denied", "cautioned", "complained", "agreed", "indicated",
        "assured", "reiterated", "concluded", "testified", "disclosed", "revealed", "countered", "hinted", "estimated",
        "thinks", "think", "fear", "fears", "feared", "hope", "hopes", "hoped", "worry", "worried", "worries",
    ]

    /// Subject pronouns of the archives' other languages after a reporting verb (`», — сказал он`,
    /// `», a-t-elle dit`, `“, sagte er`), as the English pronoun that carries the same speaker
    /// on. (German `sie` and Dutch `zij` are also "they": the singular is the common case after
    /// a quote.)
    public static let pronounsAbroad: WordMap<String> = [
        "он": "he", "він": "he", "il": "he", "er": "he", "él": "he", "lui": "he", "ele": "he", "hij": "he",
        "она": "she", "вона": "she", "elle": "she", "sie": "she", "ella": "she", "lei": "she", "ela": "she", "zij": "she", "ona": "she",
        "они": "they", "вони": "they", "ils": "they", "elles": "they", "ellos": "they", "ellas": "they", "loro": "they", "eles": "they",
        "elas": "they", "oni": "they",
    ]

    public static let malePronouns: WordSet = ["he", "him", "his"]
    public static let femalePronouns: WordSet = ["she", "her"]
    public static let pluralPronouns: WordSet = ["they", "them", "their"]

    /// Nouns that describe an unnamed source (`a senior NATO diplomat`, `Western officials`).
    public static let sourceNouns: WordSet = [
        "source", "sources", "official", "officials", "diplomat", "diplomats", "spokesman", "spokeswoman", "spokesperson",
        "aide", "aides", "analyst", "analysts", "expert", "experts", "observer", "observers", "participant", "participants",
        "envoy", "envoys", "minister", "ministers", "ambassador", "ambassadors", "leader", "leaders", "lawmaker",
        "lawmakers", "negotiator", "negotiators", "delegate", "delegates", "member", "members", "resident", "residents",
        "witness", "witnesses", "critic", "critics", "officer", "officers", "person", "people", "insider", "insiders",
        "executive", "executives", "economist", "economists", "adviser", "advisers", "advisor", "advisors", "police",
        "authorities", "government", "report", "statement", "spokesmen", "officials", "colleague", "colleagues",
        "man", "woman", "men", "women", "worker", "workers", "activist", "activists", "protester", "protesters",
        "supporter", "supporters", "opponent", "opponents", "counterpart", "counterparts", "partner", "partners",
    ]

    /// Prepositions that put a name after them out of the place of the phrase's head (`officials
    /// close to X`, `the head of Microsoft's security team`).
    public static let prepositions: WordSet = ["of", "in", "at", "for", "from", "to", "with", "by", "near", "under", "on", "about", "like", "than"]

    /// Common nouns that say what a body is, written beside its name in lower case (`Interfax
    /// news agency`, `mineral water firm Multico`).
    public static let bodyNouns: WordSet = [
        "agency", "newspaper", "daily", "weekly", "firm", "company", "group", "operator", "carrier", "airline", "insurer",
        "retailer", "publisher", "broadcaster", "network", "manufacturer", "conglomerate", "brokerage", "lender", "guerrillas",
        "militia", "militants", "rebels", "movement", "party", "union", "bank", "club", "consortium", "subsidiary", "unit",
    ]

    /// Whether the `and` at `j` joins two parts of one body's name, which the noun after the
    /// name says it is: `United Food and Commercial Workers union` (not `Smith and Jones said`).
    /// (Not after a country, `Israel and Hizbollah guerrillas`: two names.)
    public static func andInsideBodyName(_ toks: [WordToken], at j: Int) -> Bool {
        guard j > 0, j + 1 < toks.count, toks[j - 1].kind == .word, toks[j - 1].isCapitalized,
              Gazetteer.byForm[toks[j - 1].text.folded] == nil, Gazetteer.demonyms[toks[j - 1].text.folded] == nil else { return false }
        var e = j + 1
        while e < toks.count, toks[e].kind == .word, toks[e].isCapitalized { e += 1 }
        return e > j + 1 && e < toks.count && toks[e].kind == .word && !toks[e].isCapitalized && namedBodyNouns.contains(toks[e].lower)
    }
    /// Whether the `and` at `j` joins two common nouns into one body's name, the body's head
    /// after them (`Food and Drug Administration`, `U.S. Fish and Wildlife Service`): one or two
    /// words before it that are no head, first name, place or people (a country may open the
    /// name), and two or three after it ending in a body's head. (Not `Justice Department and
    /// Arizona State University`, two bodies; not `Israel and Hamas Authority`.)
    public static func andBeforeBodyHead(_ toks: [WordToken], from run: Int, at j: Int) -> Bool {
        // (the words before `and` after an `of`: `Secretary of Health and Human Services`)
        var i = j
        while i > run, toks[i - 1].kind == .word, toks[i - 1].isCapitalized { i -= 1 }
        guard j > i, j - i <= 3, j + 1 < toks.count, i == run || toks[i - 1].lower == "of" else { return false }
        for k in i..<j {
            let t = toks[k]
            guard t.kind == .word, t.isCapitalized, !NameHeads.org.contains(t.lower), !FirstNames.isFirstName(t.text),
                  Gazetteer.demonyms[t.text.folded] == nil else { return false }
            if Gazetteer.byForm[t.text.folded] != nil, !(k == i && j - i >= 2) { return false }
        }
        var e = j + 1
        while e < toks.count, e - j <= 3, toks[e].kind == .word, toks[e].isCapitalized { e += 1 }
        guard (j + 3)...(j + 4) ~= e, bodyHeadsAfterAnd.contains(toks[e - 1].lower) else { return false }
        // (`Livni and Foreign Ministry officials`: a ministry named by its role's word is whole)
        return !toks[(j + 1)..<(e - 1)].contains { NameHeads.org.contains($0.lower) || FirstNames.isFirstName($0.text) || Gazetteer.byForm[$0.text.folded] != nil }
            && !(e - j == 3 && titleWords.contains(toks[j + 1].lower))
    }
    /// Heads of the bodies whose names join two nouns by `and`.
    static let bodyHeadsAfterAnd: WordSet = ["administration", "commission", "department", "agency", "bureau", "institute", "service", "services",
                                             "council", "committee", "association", "society", "board", "authority", "office", "ministry",
                                             "foundation", "fund", "trust", "federation", "league", "organization", "organisation"]

    /// Nouns after a body's name that say it is one body, not a group of people (`union`, not
    /// `guerrillas`).
    static let namedBodyNouns: WordSet = ["union", "party", "company", "group", "firm", "bank", "agency", "movement", "network",
                                          "consortium", "club", "alliance", "coalition", "foundation", "association", "federation"]

    /// Whether the `&` at `j` joins one firm's name (`Procter & Gamble`, `Simon & Schuster`,
    /// `A.G. Edwards & Sons`): a word or two before it that are no person's full name, and one
    /// after it (or its `Co`, `Sons`), none a country or a people (`Europeans & Americans`).
    public static func ampersandInsideFirmName(_ toks: [WordToken], from i: Int, at j: Int) -> Bool {
        guard j > i, j - i <= 2, j + 1 < toks.count, toks[j + 1].kind == .word, toks[j + 1].isCapitalized else { return false }
        if j - i == 2, FirstNames.isFirstName(toks[i].text) { return false }
        let after = j + 2 < toks.count && toks[j + 2].kind == .word && toks[j + 2].isCapitalized && !firmSuffixes.contains(toks[j + 2].lower.trimmingCharacters(in: ["."]))
        guard !after else { return false }
        return [toks[j - 1], toks[j + 1]].allSatisfy { t in
            Gazetteer.demonyms[t.text.folded] == nil && Gazetteer.byForm[t.text.folded]?.type != .gpe
        }
    }
    /// Words after `X & Y` that are still the firm's name.
    static let firmSuffixes: WordSet = ["co", "sons", "company", "inc", "ltd", "llc", "llp", "plc", "partners", "associates"]

    /// Capitalised words that open sentences but are not names.
    public static let sentenceOpeners: WordSet = [
        "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "with", "by", "from", "to", "of",
        "as", "after", "before", "when", "while", "if", "though", "although", "because", "since", "he", "she", "it",
        "they", "we", "i", "you", "this", "that", "these", "those", "there", "here", "his", "her", "its", "their",
        "our", "my", "your", "what", "who", "why", "where", "how", "which", "some", "many", "most", "all", "no", "not",
        "one", "another", "other", "others", "each", "every", "both", "such", "only", "also", "now", "then", "still",
        "however", "meanwhile", "instead", "even", "just", "more", "less", "much", "few", "several", "any", "among",
        "under", "over", "during", "without", "within", "despite", "unfortunately", "fortunately", "writing",
        "speaking", "making", "asked", "wary", "according", "last", "next", "earlier", "later", "today", "yesterday",
        "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "through", "until",
        "like", "unlike", "about", "above", "below", "around", "against", "between", "into", "onto", "upon", "whether",
        "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "let", "please", "yes", "well", "oh", "mr", "mrs", "ms", "dr", "new",
        // Indefinite pronouns: never a name, however a verb follows them (`Nobody asked us.`).
        "nobody", "everybody", "everyone", "someone", "somebody", "anyone", "anybody", "nothing", "everything", "something", "anything", "none",
        "differences", "ministers", "officials", "speaking", "asked", "offering", "by", "once", "twice",
        "former", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
    ]

    /// Weekday names: they end a speaker phrase ("said Rogozin Monday").
    public static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words allowed inside a multi-word name (`Conference on Security and Cooperation in Europe`).
    public static let nameConnectors: WordSet = ["of", "for", "on", "and", "in", "the", "de", "del", "der", "van", "von", "da", "di", "du", "le", "la", "al", "bin", "&",
                                                 "des", "della", "dello", "delle", "dei", "degli", "dos", "das"]

    /// Splits a capitalised run into its role and the name after it:
    /// `Russian Ambassador to NATO Dmitry Rogozin` → (`Russian Ambassador to NATO`, `Dmitry Rogozin`).
    /// A run that ends in a role word has no name.
    /// `President-elect`, `Vice-President`, `ex-Minister`: a title with a prefix or suffix.
    static func isHyphenatedTitle(_ lower: String) -> Bool {
        lower.utf8.contains(UInt8(ascii: "-")) && lower.split(separator: "-").contains { titleWords.contains(String($0)) }
    }

    public static func splitRole(_ run: [WordToken]) -> (role: [WordToken], name: [WordToken]) {
        var last = -1
        var k = 0
        while k < run.count {
            let l = run[k].lower
            // (not a title that owns what follows: `King's College`, `Queen's Park`)
            if titleWords.contains(l) || titlesWithoutDot.contains(l) || isHyphenatedTitle(l),
               !(k + 1 < run.count && run[k + 1].isPossessiveS) {
                last = k
            } else if (l == "to" || l == "of" || l == "for"), last == k - 1, last >= 0 {
                last = k
                // (not a body's name joined by `and`: `Secretary of Health and Human Services`)
                if k + 2 < run.count, run[k + 2].lower == "and" {}
                else if k + 3 <= run.count - 1 || (k + 1 < run.count && run[k + 1].isAllCaps && k + 3 <= run.count) { last = k + 1; k += 1 }
            }
            k += 1
        }
        if last >= run.count - 1 { return (run, []) }
        return (Array(run.prefix(last + 1)), Array(run[(last + 1)...]))
    }
}
