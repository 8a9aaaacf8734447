/// Relative dates in the archives' other languages: the last, this and next year, month and week
/// (`в прошлом году`, `im vergangenen Jahr`, `la semaine dernière`), and a bare weekday placed
/// before or after the publication by the future its clause speaks of (`в среду`, `am Mittwoch`).
/// Read in documents in that language only, as `deicticAbroad`.
extension DateLexicon {
    /// One way of saying a period relative to the publication: its words (lower-cased, in order),
    /// its unit and how many of them from the publication's own.
    struct PeriodPhrase: Sendable {
        let words: [String]
        let unit: Unit
        let offset: Int
    }

    private static func phrases(_ unit: Unit, _ table: [(String, Int)]) -> [PeriodPhrase] {
        table.map { PeriodPhrase(words: $0.0.split(separator: " ").map(String.init), unit: unit, offset: $0.1) }
    }

    /// Weekends, by language: -1 the last one past, +1 the next to come, 0 (`ce week-end`) as the
    /// clause's tense says.
    private static let weekendsAbroad: [String: [PeriodPhrase]] = [
        "ru": phrases(.weekend, [("в эти выходные", 0), ("на этих выходных", 0), ("в прошлые выходные", -1), ("на прошлых выходных", -1),
                                 ("в минувшие выходные", -1), ("в следующие выходные", 1), ("на следующих выходных", 1),
                                 ("в ближайшие выходные", 1)]),
        "uk": phrases(.weekend, [("цими вихідними", 0), ("минулими вихідними", -1), ("наступними вихідними", 1)]),
        "de": phrases(.weekend, [("am vergangenen wochenende", -1), ("am letzten wochenende", -1), ("am kommenden wochenende", 1),
                                 ("am nächsten wochenende", 1), ("an diesem wochenende", 0), ("dieses wochenende", 0)]),
        "fr": phrases(.weekend, [("ce week - end", 0), ("le week - end dernier", -1), ("le week - end prochain", 1), ("ce weekend", 0),
                                 ("le weekend dernier", -1), ("le weekend prochain", 1)]),
        "es": phrases(.weekend, [("este fin de semana", 0), ("el fin de semana pasado", -1), ("el próximo fin de semana", 1)]),
        "it": phrases(.weekend, [("questo fine settimana", 0), ("lo scorso fine settimana", -1), ("il prossimo fine settimana", 1)]),
        "pt": phrases(.weekend, [("neste fim de semana", 0), ("no último fim de semana", -1), ("no próximo fim de semana", 1)]),
        "pl": phrases(.weekend, [("w ten weekend", 0), ("w ostatni weekend", -1), ("w miniony weekend", -1), ("w przyszły weekend", 1)]),
    ]

    /// By language code, longest first within each language (so `in der vergangenen Woche` is
    /// tried before a shorter phrase that starts the same way).
    static let periodsAbroad: [String: [PeriodPhrase]] = {
        var out: [String: [PeriodPhrase]] = [
            "ru": phrases(.year, [("в прошлом году", -1), ("в позапрошлом году", -2), ("в этом году", 0), ("в текущем году", 0),
                                  ("в следующем году", 1), ("в будущем году", 1), ("на следующий год", 1), ("в нынешнем году", 0)])
                + phrases(.month, [("в прошлом месяце", -1), ("в этом месяце", 0), ("в текущем месяце", 0), ("в следующем месяце", 1)])
                + phrases(.week, [("на прошлой неделе", -1), ("на этой неделе", 0), ("на текущей неделе", 0), ("на следующей неделе", 1),
                                  ("на будущей неделе", 1)]),
            "uk": phrases(.year, [("минулого року", -1), ("торік", -1), ("цього року", 0), ("наступного року", 1), ("у минулому році", -1),
                                  ("в минулому році", -1), ("у цьому році", 0), ("в цьому році", 0), ("у наступному році", 1), ("в наступному році", 1)])
                + phrases(.month, [("минулого місяця", -1), ("цього місяця", 0), ("наступного місяця", 1)])
                + phrases(.week, [("минулого тижня", -1), ("цього тижня", 0), ("наступного тижня", 1)]),
            "de": phrases(.year, [("letztes jahr", -1), ("im vergangenen jahr", -1), ("im letzten jahr", -1), ("vergangenes jahr", -1),
                                  ("im vorigen jahr", -1), ("voriges jahr", -1), ("dieses jahr", 0), ("in diesem jahr", 0),
                                  ("nächstes jahr", 1), ("im nächsten jahr", 1), ("im kommenden jahr", 1), ("kommendes jahr", 1)])
                + phrases(.month, [("letzten monat", -1), ("im vergangenen monat", -1), ("vergangenen monat", -1), ("im letzten monat", -1),
                                   ("diesen monat", 0), ("in diesem monat", 0), ("nächsten monat", 1), ("im nächsten monat", 1),
                                   ("im kommenden monat", 1), ("kommenden monat", 1)])
                + phrases(.week, [("letzte woche", -1), ("vergangene woche", -1), ("in der vergangenen woche", -1), ("in der letzten woche", -1),
                                  ("vorige woche", -1), ("diese woche", 0), ("in dieser woche", 0), ("nächste woche", 1), ("kommende woche", 1),
                                  ("in der kommenden woche", 1), ("in der nächsten woche", 1)]),
            "fr": phrases(.year, [("l'année dernière", -1), ("l'an dernier", -1), ("l'année passée", -1), ("cette année", 0),
                                  ("l'année prochaine", 1), ("l'an prochain", 1)])
                + phrases(.month, [("le mois dernier", -1), ("le mois passé", -1), ("le mois prochain", 1)])
                + phrases(.week, [("la semaine dernière", -1), ("la semaine passée", -1), ("cette semaine", 0), ("la semaine prochaine", 1)]),
            "es": phrases(.year, [("el año pasado", -1), ("este año", 0), ("el próximo año", 1), ("el año próximo", 1), ("el año que viene", 1)])
                + phrases(.month, [("el mes pasado", -1), ("este mes", 0), ("el próximo mes", 1), ("el mes que viene", 1)])
                + phrases(.week, [("la semana pasada", -1), ("esta semana", 0), ("la próxima semana", 1), ("la semana que viene", 1)]),
            "it": phrases(.year, [("l'anno scorso", -1), ("l'anno passato", -1), ("quest'anno", 0), ("l'anno prossimo", 1), ("il prossimo anno", 1)])
                + phrases(.month, [("il mese scorso", -1), ("questo mese", 0), ("il mese prossimo", 1), ("il prossimo mese", 1)])
                + phrases(.week, [("la settimana scorsa", -1), ("questa settimana", 0), ("la settimana prossima", 1), ("la prossima settimana", 1)]),
            "pt": phrases(.year, [("o ano passado", -1), ("no ano passado", -1), ("este ano", 0), ("neste ano", 0), ("o próximo ano", 1),
                                  ("no próximo ano", 1)])
                + phrases(.month, [("o mês passado", -1), ("no mês passado", -1), ("este mês", 0), ("neste mês", 0), ("no próximo mês", 1)])
                + phrases(.week, [("a semana passada", -1), ("na semana passada", -1), ("esta semana", 0), ("nesta semana", 0),
                                  ("na próxima semana", 1)]),
            "pl": phrases(.year, [("w zeszłym roku", -1), ("w ubiegłym roku", -1), ("w tym roku", 0), ("w przyszłym roku", 1)])
                + phrases(.month, [("w zeszłym miesiącu", -1), ("w ubiegłym miesiącu", -1), ("w tym miesiącu", 0), ("w przyszłym miesiącu", 1)])
                + phrases(.week, [("w zeszłym tygodniu", -1), ("w ubiegłym tygodniu", -1), ("w tym tygodniu", 0), ("w przyszłym tygodniu", 1)]),
        ]
        for (language, weekends) in weekendsAbroad { out[language, default: []] += weekends }
        // "Of last year" said after a month also stands after other nouns (`в конце прошлого года`,
        // `Ende des vergangenen Jahres`, `a finales del año pasado`): that year.
        for (language, told) in monthYearPhrasesAbroad {
            out[language, default: []] += told.filter { !$0.latest }.map { PeriodPhrase(words: $0.words, unit: .year, offset: $0.offset) }
        }
        // The apostrophe of `l'année`, `quest'anno` as pages write it too: curly.
        for (language, list) in out {
            let curly = list.filter { $0.words.contains { $0.contains("'") } }
                .map { PeriodPhrase(words: $0.words.map { $0.replacingOccurrences(of: "'", with: "’") }, unit: $0.unit, offset: $0.offset) }
            var seen = Set<[String]>()
            out[language] = (list + curly).filter { seen.insert($0.words).inserted }.sorted { $0.words.count > $1.words.count }
        }
        return out
    }()

    /// The first words of `periodsAbroad`'s phrases, where the grammar tries them.
    static let periodStartersAbroad: Set<String> = Set(periodsAbroad.values.flatMap { $0.map { $0.words[0] } })

    /// Words before a bare weekday that make it a day of the story (`в среду`, `am Mittwoch`, `el
    /// miércoles`, `w środę`). French and Italian write the weekday alone, in lower case (`mercredi`,
    /// `mercoledì`): an empty set.
    static let weekdayPrepositionsAbroad: [String: Set<String>] = [
        "ru": ["в", "во"], "uk": ["в", "у"], "de": ["am"], "es": ["el", "este"], "pl": ["w", "we"], "fr": [], "it": [],
        "el": ["την", "τη", "το"],
    ]
    /// Languages that write a weekday with a capital and the same word in lower case as something
    /// else (Greek `την Τρίτη`, on Tuesday, beside `την τρίτη φορά`, the third time).
    static let capitalizedWeekdayLanguages: Set<String> = ["el"]

    /// Words before a French or Italian weekday that make it any such day (`le mardi`, `chaque lundi`).
    static let weekdayDeterminersAbroad: Set<String> = ["le", "la", "les", "il", "lo", "un", "une", "una", "ogni", "chaque", "tous", "tutti", "ce", "quel"]

    /// Words of a clause that put its bare weekday ahead of the publication: the future's
    /// auxiliaries and the words of a plan (`будет принято в пятницу`, `soll am Freitag fallen`,
    /// `sera présenté mardi`). Without one, news tells of the weekday just past, as in English.
    static let futureCuesAbroad: [String: Set<String>] = [
        "ru": ["будет", "будут", "буду", "будем", "будете", "состоится", "состоятся", "пройдет", "пройдёт", "пройдут", "планирует",
               "планируют", "планируется", "намерен", "намерена", "намерено", "намерены", "собирается", "собираются", "ожидается",
               "ожидаются", "предстоит", "начнется", "начнётся", "запланирован", "запланирована", "запланировано", "запланированы",
               // perfective futures news uses most (`вступит в силу`, `рассмотрит`); the ending alone is a noun's too (`бюджет`)
               "вступит", "вступят", "станет", "начнет", "начнёт", "начнут", "примет", "проведет", "проведёт", "подпишет",
               "рассмотрит", "представит", "завершит", "завершат", "откроет", "посетит"],
        "uk": ["буде", "будуть", "відбудеться", "відбудуться", "планує", "планують", "планується", "очікується", "запланований",
               "запланована", "заплановано", "набуде", "набудуть", "стане", "розпочне", "розгляне", "підпише", "завершить"],
        "de": ["wird", "werden", "soll", "sollen", "will", "wollen", "plant", "planen", "geplant", "wollte"],
        "fr": ["va", "vont", "sera", "seront", "doit", "doivent", "devra", "devront", "devrait", "devraient", "prévu", "prévue",
               "prévus", "prévues", "aura", "auront"],
        "es": ["será", "serán", "va", "van", "prevé", "prevén", "previsto", "prevista", "tendrá", "tendrán", "deberá", "deberán"],
        "it": ["sarà", "saranno", "dovrà", "dovranno", "dovrebbe", "previsto", "prevista", "terrà", "avrà", "avranno"],
        "pl": ["będzie", "będą", "planuje", "planują", "zaplanowano"],
        "el": ["θα", "προγραμματίζεται", "αναμένεται"],
    ]

    /// Endings of the future tense, where they mark it alone (`votarán`, `voteranno`, `votarão`,
    /// `voteront`): any verb's future, beyond the listed cues. A word must be longer than
    /// `futureEndingMinLength` (`front` and `affront` are no verbs).
    static let futureEndingsAbroad: [String: [String]] = [
        "es": ["rán", "rá"], "it": ["ranno", "rà"], "pt": ["arão", "irão", "ará", "erá", "irá"], "fr": ["ront"],
        // Russian and Ukrainian: a reflexive verb's present-future ending (`встретится`, `начнутся`,
        // `відбудеться`), which no noun has; the plain ones (`-ет`, `-ат`) end `бюджет`, `депутат`.
        "ru": ["ется", "ится", "ются", "утся", "ятся", "атся"], "uk": ["еться", "иться", "ються", "уться", "яться"],
    ]
    static let futureEndingMinLength = 5
    static let futureEndingExceptions: WordSet = ["affront", "affronts", "front", "fronts"]
    /// Words that open a reported clause ("that").
    static let reportingLinksAbroad: WordSet = ["que", "qu'", "qu’", "che", "dass", "что", "що", "że"]

    /// The words for "by" and "until" among `monthPrepositionsAbroad`: a month far from the
    /// publication after one is the one ahead unless the clause is told in the past.
    static let deadlinesAbroad: WordSet = ["к", "до", "bis", "jusqu'en", "jusqu’en", "d'ici", "d’ici", "hasta", "para", "entro", "até", "tot", "έως", "μέχρι"]
    /// Auxiliaries and forms of the past (`war`, `hatte`, `avait`, `había`, `aveva`).
    static let pastCuesAbroad: [String: WordSet] = [
        "de": ["war", "waren", "hatte", "hatten", "wurde", "wurden"],
        "fr": ["avait", "avaient", "était", "étaient", "fut", "furent", "a", "ont"],
        "es": ["había", "habían", "fue", "fueron", "era", "eran", "ha", "han"],
        "it": ["aveva", "avevano", "era", "erano", "fu", "furono", "è", "ha", "hanno"],
        "pt": ["tinha", "tinham", "foi", "foram", "era", "eram"],
        "ru": ["был", "была", "было", "были"], "uk": ["був", "була", "було", "були"],
    ]
    /// Endings of the past tense where they mark it alone: Russian and Ukrainian `-ли` (`выросли`,
    /// `зросли`) and their reflexives, Spanish and Portuguese preterites.
    static let pastEndingsAbroad: [String: [String]] = [
        "ru": ["ли", "лся", "лась", "лось", "лись"], "uk": ["ли", "лася", "лося", "лися"],
        "es": ["aron", "ieron", "ó"], "pt": ["aram", "eram", "iram", "ou"],
    ]
    static let pastEndingMinLength = 4
    /// German's past participle (`gestiegen`, `gesenkt`): in lower case it is no noun.
    static let participlePrefixAbroad: [String: String] = ["de": "ge"]
    /// Nouns with a past ending (`недели`, `рубли`, `прибыли`: profits, or "arrived"), and `estou`.
    static let pastEndingExceptions: WordSet = [
        "мысли", "рубли", "роли", "цели", "земли", "автомобили", "корабли", "прибыли", "модели", "недели", "детали", "сили", "цілі",
        "ролі", "estou",
    ]

    /// Month names in the case Russian and Ukrainian put after "in" (`в марте`, `у березні`) and
    /// "by" (`к сентябрю`); the
    /// other languages' forms are `CalendarWords.monthsAbroad`'s.
    static let monthsInAbroad: [String: Int] = [
        "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7, "августе": 8, "сентябре": 9,
        "октябре": 10, "ноябре": 11, "декабре": 12,
        "січні": 1, "лютому": 2, "березні": 3, "квітні": 4, "травні": 5, "червні": 6, "липні": 7, "серпні": 8, "вересні": 9,
        "жовтні": 10, "листопаді": 11, "грудні": 12,
        // Russian's case after "by" (`к сентябрю`)
        "январю": 1, "февралю": 2, "марту": 3, "апрелю": 4, "маю": 5, "июню": 6, "июлю": 7, "августу": 8, "сентябрю": 9,
        "октябрю": 10, "ноябрю": 11, "декабрю": 12,
    ]

    /// The month number of a month word in a document in another language, in either table.
    static func monthAbroad(_ lower: String) -> Int? { monthsAbroad[lower] ?? monthsInAbroad[lower] }

    /// The word for "in" before a month alone (`в марте`, `im März`, `en mars`, `en marzo`).
    /// Also the words for its beginning, middle and end, which name the month too (`в начале
    /// марта`, `Ende März`, `fin mars`).
    /// And the words for "by", "until", "from" and "since" (`bis September`, `к сентябрю`, `d'ici
    /// septembre`, `desde septiembre`): the clause's tense says which September, as after "in".
    static let monthPrepositionsAbroad: [String: Set<String>] = [
        "ru": ["в", "во", "начале", "середине", "конце", "концу", "к", "до", "с", "со", "после"],
        "uk": ["в", "у", "початку", "середині", "кінці", "до", "з", "із", "від", "після"],
        "de": ["im", "anfang", "mitte", "ende", "bis", "seit", "ab", "von", "vor", "nach"],
        "fr": ["en", "début", "fin", "jusqu'en", "jusqu’en", "d'ici", "d’ici", "depuis", "dès"],
        "es": ["en", "hasta", "desde", "de", "para"], "it": ["a", "in", "entro", "da"], "pt": ["em", "até", "desde", "de"],
        "pl": ["w", "we", "do", "od"], "nl": ["in", "tot", "sinds", "vanaf"], "el": ["τον", "έως", "μέχρι", "από"],
    ]
    /// Ordinals before a quarter or a half of a year (`в первом квартале`, `im ersten Quartal`,
    /// `au premier trimestre`, `en el primer semestre`, `nel terzo trimestre`, `w drugim kwartale`).
    static let periodOrdinalsAbroad: WordMap<Int> = [
        "первом": 1, "первый": 1, "первого": 1, "первой": 1, "втором": 2, "второй": 2, "второго": 2, "третьем": 3, "третий": 3,
        "третьего": 3, "четвертом": 4, "четвёртом": 4, "четвертый": 4, "четвертого": 4,
        "першому": 1, "другому": 2, "третьому": 3, "четвертому": 4, "першій": 1, "другій": 2,
        "ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4,
        "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4,
        "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
        "primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "primeiro": 1, "terceiro": 3,
        "pierwszym": 1, "pierwszy": 1, "drugim": 2, "drugi": 2, "trzecim": 3, "trzeci": 3, "czwartym": 4, "czwarty": 4,
    ]
    /// A quarter of a year.
    static let quarterWordsAbroad: WordSet = [
        "квартале", "квартал", "квартала", "кварталі", "quartal", "quartals", "trimestre", "kwartale", "kwartał", "kwartału",
    ]
    /// A half of a year (not of a day or a game: only with its year said after it).
    static let halfWordsAbroad: WordSet = [
        "половине", "половина", "половины", "половині", "halbjahr", "halbjahres", "halbjahrs", "semestre", "półroczu", "półrocze",
    ]

    /// Nouns before a decade's figures (`les années 1990`, `la década de 1990`, `los años 90`,
    /// `gli anni '90`, `os anos 90`, `lata 90.`, `de jaren 90`).
    static let decadeNounsAbroad: WordSet = ["années", "década", "años", "anni", "anos", "lata", "latach", "latami", "jaren", "décennie"]
    /// Endings written onto a decade's figures (`1990-е`, `90-х`, `1990er`, `90er`).
    static let decadeEndingsAbroad: WordSet = ["е", "х", "ые", "ых", "ті", "er", "ern"]
    /// Words for a century, after its number (`XX век`, `в XX веке`, `XXe siècle`, `20. Jahrhundert`)
    /// or before it (`el siglo XX`, `il secolo XX`, `o século XX`).
    static let centuryWordsAbroad: WordSet = [
        "век", "века", "веке", "веку", "веков", "столітті", "століття", "сторіччі", "siècle", "siècles", "jahrhundert", "jahrhunderts",
        "wiek", "wieku", "wieków", "secolo", "siglo", "século", "eeuw",
    ]
    /// The century words written before the numeral.
    static let centuryWordsFirst: WordSet = ["siglo", "secolo", "século", "wieku", "wiek"]
    /// A Roman numeral from I to XXIX (a century), with French's ordinal ending (`XXe`, `XIXᵉ`);
    /// Russian and Ukrainian text often types its X and I in Cyrillic (`ХХ век`).
    static func romanCentury(_ lower: String) -> Int? {
        var s = Substring(lower)
        for ending in ["ème", "ᵉ", "e"] where s.count > ending.count && s.hasSuffix(ending) { s = s.dropLast(ending.count); break }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "х": 10, "і": 1]
        var total = 0, previous = 0
        for c in s.reversed() {
            guard let v = values[c] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        guard (1...29).contains(total), s.count <= 6 else { return nil }
        return total
    }

    /// Words that join the two days of a range written day first (`с 10 по 12 марта`, `vom 10. bis
    /// zum 12. März`, `du 10 au 12 mars`, `del 10 al 12 de marzo`, `entre el 3 y el 7 de mayo`):
    /// each day is a date of its own.
    static let dayRangeLinksAbroad: WordSet = [
        "по", "до", "bis", "zum", "au", "al", "y", "el", "a", "ao", "do", "tot", "t/m", "і", "и",
    ]

    /// What may follow a month alone to say its year: the words and the year's offset from the
    /// publication's (`в марте прошлого года`, `im März des vergangenen Jahres`, `en marzo del año
    /// pasado`), or, with `latest`, that it is the last one past (-1, `en mars dernier`) or the
    /// next to come (+1, `en mars prochain`).
    struct MonthYearPhrase: Sendable {
        let words: [String]
        let offset: Int
        let latest: Bool
    }
    static let monthYearPhrasesAbroad: [String: [MonthYearPhrase]] = {
        func p(_ table: [(String, Int)], latest: Bool = false) -> [MonthYearPhrase] {
            table.map { MonthYearPhrase(words: $0.0.split(separator: " ").map(String.init), offset: $0.1, latest: latest) }
        }
        let out: [String: [MonthYearPhrase]] = [
            "ru": p([("прошлого года", -1), ("позапрошлого года", -2), ("этого года", 0), ("текущего года", 0), ("нынешнего года", 0),
                     ("следующего года", 1), ("будущего года", 1)]),
            "uk": p([("минулого року", -1), ("цього року", 0), ("поточного року", 0), ("наступного року", 1)]),
            "de": p([("des vergangenen jahres", -1), ("vergangenen jahres", -1), ("des letzten jahres", -1), ("letzten jahres", -1),
                     ("des vorigen jahres", -1), ("vorigen jahres", -1), ("dieses jahres", 0), ("des nächsten jahres", 1),
                     ("nächsten jahres", 1), ("des kommenden jahres", 1), ("kommenden jahres", 1)]),
            "fr": p([("de l'année dernière", -1), ("de l’année dernière", -1), ("de l'an dernier", -1), ("de l’an dernier", -1),
                     ("de cette année", 0), ("de l'année prochaine", 1), ("de l’année prochaine", 1)])
                + p([("dernier", -1)], latest: true) + p([("prochain", 1)], latest: true),
            "es": p([("del año pasado", -1), ("de este año", 0), ("del próximo año", 1), ("del año que viene", 1)])
                + p([("pasado", -1)], latest: true) + p([("próximo", 1)], latest: true),
            "it": p([("dell'anno scorso", -1), ("dell’anno scorso", -1), ("di quest'anno", 0), ("di quest’anno", 0),
                     ("dell'anno prossimo", 1), ("dell’anno prossimo", 1)])
                + p([("scorso", -1)], latest: true) + p([("prossimo", 1)], latest: true),
            "pt": p([("do ano passado", -1), ("deste ano", 0), ("do próximo ano", 1)])
                + p([("passado", -1)], latest: true) + p([("próximo", 1)], latest: true),
            "pl": p([("zeszłego roku", -1), ("ubiegłego roku", -1), ("tego roku", 0), ("przyszłego roku", 1)]),
        ]
        return out.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()

    /// "Three days ago" in the archives' other languages: the word that marks it and whether it
    /// stands after the count and its unit (`три дня назад`, `tre giorni fa`, `trzy dni temu`) or
    /// before them (`vor drei Tagen`, `hace tres días`, `il y a trois jours`, `há três dias`).
    static let agoAfterAbroad: [String: Set<String>] = ["ru": ["назад"], "uk": ["тому"], "it": ["fa"], "pl": ["temu"]]
    static let agoBeforeAbroad: [String: [[String]]] = [
        "de": [["vor"]], "es": [["hace"]], "fr": [["il", "y", "a"]], "pt": [["há"]],
    ]
    /// "In three days" the same way: the words before the count (`через три дня`, `in drei Tagen`,
    /// `dans trois jours`, `dentro de tres días`, `tra tre giorni`, `za trzy dni`).
    static let laterBeforeAbroad: [String: [[String]]] = [
        "ru": [["через"]], "uk": [["через"]], "de": [["in"]], "fr": [["dans"]], "es": [["dentro", "de"]], "it": [["tra"], ["fra"]],
        "pt": [["daqui", "a"]], "pl": [["za"]],
    ]
    /// A part of the day after a day (`вчера вечером`, `heute Abend`, `vendredi soir`, `el viernes
    /// por la noche`, `ieri sera`, `ontem à noite`, `wczoraj wieczorem`), by language: its words
    /// and TIMEX3's code.
    static let partsOfDayAbroad: [String: [(words: [String], code: String)]] = [
        "ru": [(["утром"], "MO"), (["днём"], "AF"), (["днем"], "AF"), (["вечером"], "EV"), (["ночью"], "NI")],
        "uk": [(["вранці"], "MO"), (["зранку"], "MO"), (["вдень"], "AF"), (["увечері"], "EV"), (["ввечері"], "EV"), (["вночі"], "NI"), (["уночі"], "NI")],
        "de": [(["morgen"], "MO"), (["früh"], "MO"), (["vormittag"], "MO"), (["nachmittag"], "AF"), (["abend"], "EV"), (["nacht"], "NI")],
        "fr": [(["matin"], "MO"), (["après-midi"], "AF"), (["soir"], "EV"), (["soirée"], "EV"), (["nuit"], "NI")],
        "es": [(["por", "la", "mañana"], "MO"), (["por", "la", "tarde"], "AF"), (["por", "la", "noche"], "NI")],
        "it": [(["mattina"], "MO"), (["mattino"], "MO"), (["pomeriggio"], "AF"), (["sera"], "EV"), (["notte"], "NI")],
        "pt": [(["de", "manhã"], "MO"), (["à", "tarde"], "AF"), (["à", "noite"], "NI")],
        "pl": [(["rano"], "MO"), (["po", "południu"], "AF"), (["wieczorem"], "EV"), (["w", "nocy"], "NI")],
    ]
    /// German writes the weekday and the part of the day as one word (`Freitagabend`).
    static let germanPartOfDayEndings: [(ending: String, code: String)] = [
        ("nachmittag", "AF"), ("vormittag", "MO"), ("morgen", "MO"), ("abend", "EV"), ("nacht", "NI"),
    ]
    /// This morning, tonight, last night in one phrase (`ce soir`, `esta noche`, `anoche`,
    /// `stasera`): the day's offset from the publication and the part's code.
    static let partOfDayPhrasesAbroad: [String: [(words: [String], offset: Int, code: String)]] = [
        "fr": [(["ce", "matin"], 0, "MO"), (["cet", "après-midi"], 0, "AF"), (["ce", "soir"], 0, "EV"), (["cette", "nuit"], 0, "NI")],
        "es": [(["esta", "mañana"], 0, "MO"), (["esta", "tarde"], 0, "AF"), (["esta", "noche"], 0, "NI"), (["anoche"], -1, "NI")],
        "it": [(["stamattina"], 0, "MO"), (["stamani"], 0, "MO"), (["oggi", "pomeriggio"], 0, "AF"), (["stasera"], 0, "EV"), (["stanotte"], 0, "NI")],
        "pt": [(["esta", "manhã"], 0, "MO"), (["esta", "tarde"], 0, "AF"), (["esta", "noite"], 0, "NI")],
    ]
    /// Words after a clock time abroad that make it one: "15 Uhr" alone; the others ("à 15
    /// heures", "a las 15 horas", "в 15 часов") only after a preposition of time, as they also
    /// count hours ("pendant 15 heures").
    static let clockMarkerAbroad = "uhr"
    static let clockHourWordsAbroad: WordSet = ["h", "heures", "heure", "horas", "hora", "ore", "часов", "часа", "час", "godz", "uur", "hrs"]
    /// Prepositions of time before a clock abroad (`um`, `à`, `a las`, `alle`, `às`, `в`, `o`, `om`, `kl.`).
    static let clockPrepositionsAbroad: WordSet = [
        "um", "gegen", "ab", "bis", "à", "vers", "dès", "las", "alle", "dalle", "às", "в", "около", "к", "до", "после", "с",
        "o", "od", "om", "kl", "klo", "kello", "saat",
    ]
    static let partOfDayPhraseStartersAbroad: Set<String> = Set(partOfDayPhrasesAbroad.values.flatMap { $0.map { $0.words[0] } })
    /// Languages whose unit after the marker alone is one of it (`через неделю`, `za tydzień`).
    static let unitAloneCountsOne: Set<String> = ["ru", "uk", "pl"]
    /// Units of time by language, in the forms a count takes (`дня`, `дней`, `лет`; `Tagen`,
    /// `Jahren`; `jours`, `ans`).
    static let unitsAbroad: [String: [String: Unit]] = [
        "ru": ["день": .day, "дня": .day, "дней": .day, "неделю": .week, "недели": .week, "недель": .week, "месяц": .month,
               "месяца": .month, "месяцев": .month, "год": .year, "года": .year, "лет": .year],
        "uk": ["день": .day, "дні": .day, "днів": .day, "тиждень": .week, "тижні": .week, "тижнів": .week, "місяць": .month,
               "місяці": .month, "місяців": .month, "рік": .year, "роки": .year, "років": .year],
        "de": ["tag": .day, "tagen": .day, "woche": .week, "wochen": .week, "monat": .month, "monaten": .month, "jahr": .year, "jahren": .year],
        "fr": ["jour": .day, "jours": .day, "semaine": .week, "semaines": .week, "mois": .month, "an": .year, "ans": .year,
               "année": .year, "années": .year],
        "es": ["día": .day, "días": .day, "semana": .week, "semanas": .week, "mes": .month, "meses": .month, "año": .year, "años": .year],
        "it": ["giorno": .day, "giorni": .day, "settimana": .week, "settimane": .week, "mese": .month, "mesi": .month, "anno": .year, "anni": .year],
        "pt": ["dia": .day, "dias": .day, "semana": .week, "semanas": .week, "mês": .month, "meses": .month, "ano": .year, "anos": .year],
        "pl": ["dzień": .day, "dni": .day, "tydzień": .week, "tygodnie": .week, "tygodni": .week, "miesiąc": .month, "miesiące": .month,
               "miesięcy": .month, "rok": .year, "lata": .year, "lat": .year],
    ]
    /// Counts written in words, one to ten (`drei`, `trois`, `три`), by language.
    static let countsAbroad: [String: [String: Int]] = [
        "ru": ["один": 1, "одна": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
               "восемь": 8, "девять": 9, "десять": 10],
        "uk": ["один": 1, "одна": 1, "одну": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "п’ять": 5, "шість": 6,
               "сім": 7, "вісім": 8, "дев'ять": 9, "дев’ять": 9, "десять": 10],
        "de": ["einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10],
        "fr": ["un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10],
        "es": ["un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10],
        "it": ["un": 1, "una": 1, "uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10],
        "pt": ["um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10],
        "pl": ["jeden": 1, "jedną": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8,
               "dziewięć": 9, "dziesięć": 10],
    ]
    /// Where the ago patterns start: the marker before, a count in words, a unit alone (`год назад`).
    static let agoStartersAbroad: Set<String> = {
        var v = Set<String>()
        for list in agoBeforeAbroad.values { for words in list { v.insert(words[0]) } }
        for list in laterBeforeAbroad.values { for words in list { v.insert(words[0]) } }
        for counts in countsAbroad.values { v.formUnion(counts.keys) }
        for units in unitsAbroad.values { v.formUnion(units.keys) }
        return v
    }()
}
