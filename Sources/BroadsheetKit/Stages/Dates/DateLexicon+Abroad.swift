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
        // The apostrophe of `l'année`, `quest'anno` as pages write it too: curly.
        for (language, list) in out {
            let curly = list.filter { $0.words.contains { $0.contains("'") } }
                .map { PeriodPhrase(words: $0.words.map { $0.replacingOccurrences(of: "'", with: "’") }, unit: $0.unit, offset: $0.offset) }
            out[language] = (list + curly).sorted { $0.words.count > $1.words.count }
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
    ]

    /// Words before a French or Italian weekday that make it any such day (`le mardi`, `chaque lundi`).
    static let weekdayDeterminersAbroad: Set<String> = ["le", "la", "les", "il", "lo", "un", "une", "una", "ogni", "chaque", "tous", "tutti", "ce", "quel"]

    /// Words of a clause that put its bare weekday ahead of the publication: the future's
    /// auxiliaries and the words of a plan (`будет принято в пятницу`, `soll am Freitag fallen`,
    /// `sera présenté mardi`). Without one, news tells of the weekday just past, as in English.
    static let futureCuesAbroad: [String: Set<String>] = [
        "ru": ["будет", "будут", "буду", "будем", "будете", "состоится", "состоятся", "пройдет", "пройдёт", "пройдут", "планирует",
               "планируют", "планируется", "намерен", "намерена", "намерено", "намерены", "собирается", "собираются", "ожидается",
               "ожидаются", "предстоит", "начнется", "начнётся", "запланирован", "запланирована", "запланировано", "запланированы"],
        "uk": ["буде", "будуть", "відбудеться", "відбудуться", "планує", "планують", "планується", "очікується", "запланований",
               "запланована", "заплановано"],
        "de": ["wird", "werden", "soll", "sollen", "will", "wollen", "plant", "planen", "geplant", "wollte"],
        "fr": ["va", "vont", "sera", "seront", "doit", "doivent", "devra", "devront", "devrait", "devraient", "prévu", "prévue",
               "prévus", "prévues", "aura", "auront"],
        "es": ["será", "serán", "va", "van", "prevé", "prevén", "previsto", "prevista", "tendrá", "tendrán", "deberá", "deberán"],
        "it": ["sarà", "saranno", "dovrà", "dovranno", "dovrebbe", "previsto", "prevista", "terrà", "avrà", "avranno"],
        "pl": ["będzie", "będą", "planuje", "planują", "zaplanowano"],
    ]
}
