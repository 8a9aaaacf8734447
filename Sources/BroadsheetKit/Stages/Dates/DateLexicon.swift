/// Words the date grammar knows: months, weekdays, units, number words, seasons, ordinals.
enum DateLexicon {
    /// English month names and abbreviations (the model's, which pages' stated dates read too).
    static let months: WordMap<Int> = LooseDate.monthNames
    /// Month words that are also common English words or names: they need a day, a year or a
    /// date-like preposition to count.
    static let ambiguousMonths: WordSet = ["may", "march", "mar", "jan", "jun", "aug", "sep", "dec", "june", "april", "august"]

    /// Month names of the archives' other languages (see `CalendarWords`), read in documents in
    /// those languages only (`Mars 2020` is a mission in English).
    static let monthsAbroad: WordMap<Int> = CalendarWords.monthsAbroad
    /// "Yesterday", "today" and "tomorrow" (and the days either side) in the archives' other
    /// languages, by language code: the day's offset from the publication. Read in documents in
    /// that language only (`hier` is "here" in German and Dutch).
    static let deicticAbroad: [String: WordMap<Int>] = [
        "ru": ["позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2],
        "uk": ["позавчора": -2, "вчора": -1, "сьогодні": 0, "завтра": 1, "післязавтра": 2],
        "de": ["vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2],
        "fr": ["hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1],
        "es": ["anteayer": -2, "ayer": -1, "hoy": 0, "mañana": 1],
        "it": ["ieri": -1, "oggi": 0, "domani": 1],
        "pt": ["anteontem": -2, "ontem": -1, "hoje": 0, "amanhã": 1],
        "nl": ["eergisteren": -2, "gisteren": -1, "vandaag": 0, "morgen": 1, "overmorgen": 2],
        "pl": ["przedwczoraj": -2, "wczoraj": -1, "dziś": 0, "dzisiaj": 0, "jutro": 1, "pojutrze": 2],
        "cs": ["předevčírem": -2, "včera": -1, "dnes": 0, "zítra": 1, "pozítří": 2],
        "tr": ["dün": -1, "bugün": 0, "yarın": 1],
        "sv": ["förrgår": -2, "igår": -1, "idag": 0, "imorgon": 1],
        "ro": ["alaltăieri": -2, "ieri": -1, "azi": 0, "astăzi": 0, "mâine": 1, "poimâine": 2],
        // (Arabic's today is read only where it is not "the day" of a phrase: `اليوم التالي`)
        "ar": ["أمس": -1, "امس": -1, "بالأمس": -1, "البارحة": -1, "اليوم": 0, "غدا": 1, "غداً": 1, "غدًا": 1],
        "fa": ["پریروز": -2, "پريروز": -2, "دیروز": -1, "ديروز": -1, "امروز": 0, "فردا": 1, "پس\u{200C}فردا": 2],
        "el": ["προχθές": -2, "χθες": -1, "χτες": -1, "σήμερα": 0, "αύριο": 1, "μεθαύριο": 2],
        // (Hindi's `कल` and `परसों` are `hindiEitherWay`'s)
        "hi": ["आज": 0],
        // (with the ו of "and" Hebrew writes onto a word; `היום` is also "the day" of `היום שבו`)
        "he": ["שלשום": -2, "אתמול": -1, "ואתמול": -1, "היום": 0, "והיום": 0, "מחר": 1, "ומחר": 1, "מחרתיים": 2],
    ]
    /// Words after Arabic's `اليوم` that make it "the day" of a phrase, not today (`نفسه`, `ذاته`:
    /// the same day); a definite adjective after it does too (`اليوم التالي`, `اليوم العالمي`).
    static let arabicTheDayAfter: WordSet = ["نفسه", "ذاته"]
    /// Hindi's one word for yesterday and tomorrow (`कल`), and for the day before yesterday and
    /// after tomorrow (`परसों`): days this many from the publication, before or after it as the
    /// clause's verb says (its future ends in -गा, -गी, -गे: `कल बैठक होगी`, the meeting will be
    /// tomorrow; `कल बैठक हुई`, it was yesterday).
    static let hindiEitherWay: WordMap<Int> = ["कल": 1, "परसों": 2]
    static let hindiFutureEndings = ["गा", "गी", "गे"]
    /// The word that opens a reported clause (`कहा कि …`): the verb after it is the report's, not
    /// the clause's that holds the day.
    static let hindiThat = "कि"
    /// Words after Hebrew's `היום` that make it "the day" of a phrase (`היום שבו`, the day when;
    /// `היום הראשון`, the first day; `היום של`).
    static let hebrewTheDayAfter: WordSet = ["שבו", "שבה", "בו", "של", "הראשון", "האחרון", "השני", "שלמחרת", "שאחרי", "שלפני"]
    /// Weekdays in the archives' other languages, by language code (Russian in the accusative a
    /// date takes after `в`, and the nominative).
    static let weekdaysAbroad: [String: WordMap<Int>] = [
        "de": ["montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5, "sonntag": 6],
        "fr": ["lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6],
        "es": ["lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6],
        "it": ["lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5, "domenica": 6],
        "ru": ["понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4, "субботу": 5,
               "суббота": 5, "воскресенье": 6],
        "uk": ["понеділок": 0, "вівторок": 1, "середу": 2, "середа": 2, "четвер": 3, "п'ятницю": 4, "п’ятницю": 4, "п'ятниця": 4,
               "п’ятниця": 4, "суботу": 5, "субота": 5, "неділю": 6, "неділя": 6],
        "pl": ["poniedziałek": 0, "wtorek": 1, "środę": 2, "środa": 2, "czwartek": 3, "piątek": 4, "sobotę": 5, "sobota": 5,
               "niedzielę": 6, "niedziela": 6],
        "el": ["δευτέρα": 0, "τρίτη": 1, "τετάρτη": 2, "πέμπτη": 3, "παρασκευή": 4, "σάββατο": 5, "κυριακή": 6],
    ]
    /// Words that say which weekday is meant, -1 the last one, +1 the next: before it (`letzten
    /// Dienstag`, `el próximo martes`, `в прошлый вторник`) or after it (`mardi dernier`, `martes
    /// pasado`, `martedì scorso`). A weekday without one is left unread: its direction needs the tense.
    static let weekdayMarkersBefore: [String: WordMap<Int>] = [
        "de": ["letzten": -1, "vergangenen": -1, "vorigen": -1, "nächsten": 1, "kommenden": 1],
        "es": ["pasado": -1, "próximo": 1],
        "it": ["scorso": -1, "prossimo": 1],
        "ru": ["прошлый": -1, "прошлую": -1, "прошлое": -1, "следующий": 1, "следующую": 1, "следующее": 1, "ближайший": 1,
               "ближайшую": 1, "ближайшее": 1],
    ]
    static let weekdayMarkersAfter: [String: WordMap<Int>] = [
        "fr": ["dernier": -1, "prochain": 1],
        "es": ["pasado": -1, "próximo": 1],
        "it": ["scorso": -1, "prossimo": 1],
    ]

    /// Where the word for tomorrow is also "morning" (`Morgen`, `de morgen`, `la mañana`, `esta
    /// mañana`): the words before it that make it the morning.
    static let morningBefore: WordSet = ["am", "jeden", "guten", "den", "der", "dem", "de", "deze", "elke", "van", "la", "esta", "cada", "una", "toda", "media", "por"]

    /// `1er janvier`: the French ordinal after the first day.
    static let firstDaySuffixes: WordSet = ["er", "ᵉʳ"]
    /// `12 de diciembre de 2024`, `12 de dezembro`: the word joining day, month and year.
    static let dateLinksAbroad: WordSet = ["de", "del"]

    static let weekdays: WordMap<Int> = [
        "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
        "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
    ]
    static let fullWeekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    enum Unit: String { case second, minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century }

    static let units: WordMap<Unit> = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "hour": .hour, "hours": .hour,
        "day": .day, "days": .day, "week": .week, "weeks": .week, "weekend": .weekend, "weekends": .weekend,
        "fortnight": .fortnight, "fortnights": .fortnight,
        "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter, "year": .year, "years": .year,
        "decade": .decade, "decades": .decade, "century": .century, "centuries": .century,
    ]

    static let numberWords: WordMap<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
        "half": -2, "couple": 2,
    ]
    /// Vague amounts: the TIMEX3 value uses `X` (`PXY`).
    static let vagueAmounts: WordSet = ["several", "few", "many", "some", "recent", "coming", "past"]

    static let ordinals: WordMap<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
        "last": -1,
    ]

    static let seasons: WordMap<String> = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]

    static let seasonStartMonth: WordMap<Int> = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]

    /// Words before a bare month or year that make it a date (`in May`, `since 1994`).
    static let datePrepositions: WordSet = [
        "in", "since", "until", "till", "by", "during", "from", "through", "to", "of", "before", "after", "early",
        "late", "mid", "last", "next", "this", "that", "between", "and", "around", "for", "on", "at",
    ]

    /// Words signalling the future: a bare date then resolves forward.
    static let futureCues: WordSet = [
        "will", "'ll", "shall", "upcoming", "tomorrow", "scheduled", "would", "expected", "expects", "expect", "plans", "planned",
        "next", "slated", "due", "awaiting", "await", "awaits", "waiting",
    ]
    /// A holiday: the words of its name (lower case; `possessive` stands for "'s") and the day it
    /// falls on. Only holidays with one date wherever the news is written, or the United States'
    /// federal ones (the news these sets hold): not "Independence Day", which every country has.
    struct Holiday: Sendable {
        enum Rule: Sendable {
            case fixed(month: Int, day: Int)
            /// The n-th weekday (0 = Monday) of a month, -1 the last; plus days after it.
            case nth(month: Int, weekday: Int, n: Int, plus: Int)
            /// Days from Easter Sunday.
            case easter(Int)
        }
        let words: [String]
        let rule: Rule
        /// A one-word name that is as often a modifier ("Christmas trees"): a date only after a
        /// preposition, a modifier or before a year.
        var needsContext = false

        func date(in year: Int) -> CivilDate? {
            switch rule {
            case .fixed(let m, let d):
                return CivilDate(year: year, month: m, day: d)
            case .nth(let m, let wd, let n, let plus):
                if n > 0 {
                    guard let first = CivilDate(year: year, month: m, day: 1) else { return nil }
                    return first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (n - 1) + plus)
                }
                guard let last = CivilDate(year: year, month: m, day: CivilDate.daysIn(month: m, year: year)) else { return nil }
                return last.adding(days: -((last.weekday - wd + 7) % 7) + plus)
            case .easter(let offset):
                // The Gregorian computus (Meeus/Jones/Butcher).
                let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
                let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
                let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
                let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
                return CivilDate(year: year, month: month, day: day)?.adding(days: offset)
            }
        }

        var unresolvedValue: String {
            if case .fixed(let m, let d) = rule { return "XXXX-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)" }
            return "XXXX-XX-XX"
        }
    }
    static let possessive = "'s"
    static let holidays: [Holiday] = [
        Holiday(words: ["christmas", "day"], rule: .fixed(month: 12, day: 25)),
        Holiday(words: ["christmas", "eve"], rule: .fixed(month: 12, day: 24)),
        Holiday(words: ["christmas"], rule: .fixed(month: 12, day: 25), needsContext: true),
        Holiday(words: ["boxing", "day"], rule: .fixed(month: 12, day: 26)),
        Holiday(words: ["new", "year", possessive, "day"], rule: .fixed(month: 1, day: 1)),
        Holiday(words: ["new", "year", possessive, "eve"], rule: .fixed(month: 12, day: 31)),
        Holiday(words: ["valentine", possessive, "day"], rule: .fixed(month: 2, day: 14)),
        Holiday(words: ["st", ".", "valentine", possessive, "day"], rule: .fixed(month: 2, day: 14)),
        Holiday(words: ["st", ".", "patrick", possessive, "day"], rule: .fixed(month: 3, day: 17)),
        Holiday(words: ["may", "day"], rule: .fixed(month: 5, day: 1)),
        Holiday(words: ["halloween"], rule: .fixed(month: 10, day: 31), needsContext: true),
        Holiday(words: ["veterans", "day"], rule: .fixed(month: 11, day: 11)),
        Holiday(words: ["armistice", "day"], rule: .fixed(month: 11, day: 11)),
        Holiday(words: ["remembrance", "day"], rule: .fixed(month: 11, day: 11)),
        Holiday(words: ["bastille", "day"], rule: .fixed(month: 7, day: 14)),
        Holiday(words: ["fourth", "of", "july"], rule: .fixed(month: 7, day: 4)),
        Holiday(words: ["july", "fourth"], rule: .fixed(month: 7, day: 4)),
        Holiday(words: ["thanksgiving", "day"], rule: .nth(month: 11, weekday: 3, n: 4, plus: 0)),
        Holiday(words: ["thanksgiving"], rule: .nth(month: 11, weekday: 3, n: 4, plus: 0), needsContext: true),
        // The shopping days after Thanksgiving, not the Friday or Monday nearest the publication.
        Holiday(words: ["black", "friday"], rule: .nth(month: 11, weekday: 3, n: 4, plus: 1)),
        Holiday(words: ["cyber", "monday"], rule: .nth(month: 11, weekday: 3, n: 4, plus: 4)),
        Holiday(words: ["labor", "day"], rule: .nth(month: 9, weekday: 0, n: 1, plus: 0)),
        Holiday(words: ["columbus", "day"], rule: .nth(month: 10, weekday: 0, n: 2, plus: 0)),
        Holiday(words: ["memorial", "day"], rule: .nth(month: 5, weekday: 0, n: -1, plus: 0)),
        Holiday(words: ["election", "day"], rule: .nth(month: 11, weekday: 0, n: 1, plus: 1)),
        Holiday(words: ["mother", possessive, "day"], rule: .nth(month: 5, weekday: 6, n: 2, plus: 0)),
        Holiday(words: ["father", possessive, "day"], rule: .nth(month: 6, weekday: 6, n: 3, plus: 0)),
        Holiday(words: ["easter", "sunday"], rule: .easter(0)),
        Holiday(words: ["easter", "monday"], rule: .easter(1)),
        Holiday(words: ["easter"], rule: .easter(0), needsContext: true),
        Holiday(words: ["good", "friday"], rule: .easter(-2)),
    ]
    /// Words before a one-word holiday that make it the day ("over Christmas"; not "of", as in
    /// "sales of Christmas trees").
    static let holidayPrepositions: WordSet = [
        "on", "at", "by", "before", "after", "since", "until", "till", "over", "during", "for", "around", "through", "from",
    ]
    /// The holidays by the first word of their names, longest names first.
    static let holidaysByFirstWord: WordMap<[Holiday]> = WordMap(Dictionary(grouping: holidays) { $0.words[0] }
        .mapValues { $0.sorted { $0.words.count > $1.words.count } })

    /// Words that only a report of a game uses (not "game", "season" or "points", which finance
    /// uses too).
    static let gameWords: WordSet = [
        "touchdown", "touchdowns", "quarterback", "quarterbacks", "halftime", "yards", "inning", "innings", "rebounds",
        "kickoff", "overtime", "playoff", "playoffs", "goalkeeper", "striker", "referee", "fumble", "interception",
        "interceptions", "scored", "touchline", "stoppage", "layup",
    ]
    /// Words of a football report as most of the world writes one (`led 2-0 at half-time`, `the
    /// second half`); each also has a common sense (`our goal`, `a public defender`), so a
    /// text needs two of them and a score (`DatesStage.isFootballReport`).
    static let footballWords: WordSet = [
        "half-time", "goal", "goals", "equaliser", "equalizer", "midfielder", "winger", "defender", "goalkeeper", "striker",
        "scored", "referee",
    ]
    /// Nouns of a company's figures for a period: the period has ended when they are reported
    /// (`will report fourth-quarter results`, `third-quarter earnings due Tuesday`).
    static let resultsWords: WordSet = ["results", "earnings", "profit", "profits", "revenue", "revenues", "sales", "loss", "losses", "figures", "numbers"]
    /// Words of a weather report: "in the 70's" beside them is degrees, not the decade.
    static let temperatureWords: WordSet = ["temperature", "temperatures", "degrees", "highs", "lows", "fahrenheit", "celsius"]
    /// Words that join the two ends of a range of months.
    static let rangeLinks: WordSet = ["to", "-", "–", "through", "until", "till"]
    /// Words that join two days of one month ("March 10 to 12", "10 and 11 March", "between May
    /// 3 and 9"): each day is a date of its own.
    static let dayRangeLinks: WordSet = ["to", "through", "until", "till", "and", "-", "–", "—"]
    /// Function words that may follow a time phrase and close it: after the second day of a range
    /// written with a word ("talks on March 10 and 11 in Geneva"; any other word makes the figure
    /// a count: "on March 10 and 11 others were hurt", "March 3 to 5 percent"), or after "the
    /// present" ("from 1990 to the present in China", not "the present government").
    static let closingWords: WordSet = [
        "in", "at", "on", "last", "this", "next", "and", "or", "with", "for", "when", "while", "as", "after", "before", "during",
        "but", "from", "to", "inclusive", "respectively", "of",
    ]
    /// Verbs whose object may be a bare span of time ("it took months", "the feud lasted decades").
    static let spanVerbs: WordSet = [
        "take", "takes", "took", "taken", "taking", "last", "lasts", "lasted", "lasting", "spend", "spends", "spent", "spending",
        "wait", "waits", "waited", "waiting",
    ]
    /// People and animals whose age in days, weeks or months news gives ("a three-week-old girl",
    /// "a 10-day-old calf"): an age, not a span (a thing's age is: "an 8-month-old truce").
    static let beings: WordSet = [
        "baby", "babies", "girl", "girls", "boy", "boys", "child", "children", "son", "sons", "daughter", "daughters", "infant", "infants",
        "toddler", "toddlers", "twin", "twins", "triplets", "newborn", "grandson", "granddaughter", "grandchild", "nephew", "niece",
        "brother", "sister", "patient", "victim", "calf", "calves", "foal", "puppy", "puppies", "kitten", "kittens", "cub", "cubs",
        "lamb", "lambs", "piglet", "piglets", "chick", "chicks", "chicken", "chickens", "panda", "elephant", "giraffe", "gorilla",
        "dog", "cat", "horse", "whale", "seal", "animal", "animals",
    ]
    /// Words that follow an age used as a noun ("a six-month-old was treated", "an 18-month-old
    /// and her mother"), where a thing's age would have its noun ("an 8-month-old truce").
    static let afterAgeAsNoun: WordSet = ["and", "or", "was", "were", "is", "are", "has", "had", "who", "in", "at", "with", "from", "on", "named", "called"]
    /// Words after "in years", "in days" that make it a time of its own ("in years to come",
    /// "in days gone by").
    static let agesAfterIn: WordSet = ["to", "past", "gone", "ahead", "before", "of"]
    /// Words of a sentence that tells of shares or readings: "the 30s" in it is a figure's range.
    static let shareWords: WordSet = ["%", "percent", "per", "cent", "percentage", "points", "rate", "rates", "unemployment", "poll", "polls"]
    /// "at present value": a term of finance, not the present.
    static let presentNotTime: WordSet = ["value", "values", "rate", "rates", "price", "prices", "level", "levels", "tense"]
    /// Words before "the present" that make it a time ("from 1990 to the present").
    static let beforeThePresent: WordSet = ["to", "until", "till", "through", "since", "from", "at", "in", "into", "of"]
    /// Verbs of a timetable: news puts what is scheduled in the present ("trading begins Monday",
    /// "the ceasefire ends Sunday", "voters go to the polls on Nov. 5"), so near a date they lean
    /// ahead. Only verbs that name an event on a calendar ("says" or "is" would not), and no form
    /// as often a noun near a date ("the vote Tuesday", "tax returns", "open Monday").
    static let scheduleVerbs: WordSet = [
        "begins", "begin", "starts", "opens", "ends", "expires", "expire", "closes", "resumes", "resume", "reconvenes",
        "reconvene", "convenes", "convene", "meets", "meet", "arrives", "arrive", "departs", "depart", "travels", "visits",
        "kicks", "launches", "goes", "go", "hosts", "host", "faces", "face", "takes", "take", "flies", "fly", "leaves", "heads",
        "plays", "play", "runs", "continues", "concludes", "reopens", "returns",
    ]
    /// "The law comes into force on 1 July", "enters into force": ahead, in the present.
    static let intoForceVerbs: WordSet = ["comes", "come", "enters", "enter"]
    static let forceWords: WordSet = ["force", "effect", "operation", "service"]
    static let intoWord = "into"
    /// Base forms that follow one of these are past or not finite ("did not begin until Monday",
    /// "to meet on Friday" is read by its head instead).
    static let scheduleVerbBlockers: WordSet = ["did", "didn't", "to", "the", "a", "an", "its", "their", "his", "her"]
    /// Irregular past forms that are not also present forms or common nouns ("put", "set", "cut",
    /// "read" and "hit" are left out).
    static let irregularPasts: WordSet = [
        "brought", "bought", "sold", "thought", "found", "paid", "sent", "spent", "built", "kept", "led", "felt", "fought", "caught",
        "taught", "sought", "struck", "stood", "ran", "grew", "knew", "threw", "wrote", "drove", "chose", "broke", "stole",
        "wore", "hid", "fled", "won", "meant", "heard", "sat", "slept", "swore", "forgot", "understood", "withdrew", "overtook", "quit",
        "swung", "shrank", "slid", "sprang", "spun", "hung", "dug", "clung", "stuck", "strode", "rode", "forbade",
        "shot", "sank", "sang", "rang", "drew", "flew", "froze", "shook", "woke", "forgave", "arose", "dealt", "lent", "bent",
    ]
    /// Words after "the day before" that end the phrase rather than name an event ("the day before, he said").
    static let clauseLinks: WordSet = ["and", "or", "but", "he", "she", "they", "it", "we", "i", "you", "when", "that", "yesterday"]
    /// Words that may follow a duration ("a second later", "a second or two").
    static let durationFollowers: WordSet = ["later", "earlier", "ago", "or", "and", "before", "after", "longer", "more", "too", "to", "of", "in", "at"]
    /// Words that make "the year" relative to something else than the publication ("the year
    /// before the war", "the year that followed"), left to other patterns or to no one.
    static let yearFollowersNotOurs: WordSet = [
        "before", "after", "earlier", "later", "prior", "ago", "since", "when", "that", "which", "in", "of", "following", "preceding",
    ]
    /// "the year *ended* Sept. 30": a reporting period.
    static let periodEndVerbs: WordSet = ["ended", "ending", "ends", "to"]
    /// Prepositions before a season or a part of day that make it a time ("in the fall", "by mid-afternoon").
    static let periodPrepositions: WordSet = ["in", "during", "over", "through", "by", "until", "since", "this", "last", "next", "from", "into"]
    /// Season codes whose words are also common words ("fall", "spring").
    static let seasonsThatAreWords: WordSet = ["FA", "SP"]
    /// Words that name a span's length as one adjective ("a weeklong strike"); "year-long",
    /// "hours-long" are a unit, a hyphen and `long`.
    static let lengthWords: WordMap<Unit> = ["yearlong": .year, "weeklong": .week, "monthlong": .month, "daylong": .day, "hourlong": .hour]
    static let long = "long"
    /// What every one of `lengthWords` ends in ("…long"): one byte to test before the lookup.
    static let lengthWordsLastByte = UInt8(ascii: "g")
    /// The part of a decade or century a phrase names ("the end of the decade", "the turn of the
    /// century"); the turn only of a century or millennium.
    static let periodEdges: WordSet = ["end", "beginning", "start", "middle", "turn"]
    static let turn = "turn"
    static let millennium = "millennium"
    static let overnight = "overnight"
    /// Things done overnight (`overnight rates`, `an overnight stay`, `the overnight shift`): no
    /// night of the story's.
    static let overnightThings: WordSet = ["rate", "rates", "interest", "lending", "borrowing", "trading", "stay", "stays", "shift", "shifts", "delivery", "shipping", "train", "flight", "bus", "bag", "camp", "success", "sensation", "index"]
    static let calendar = "calendar"
    /// Words between a count and its unit that keep it a duration.
    static let unitQualifiers: WordSet = [
        "trading", "business", "working", "calendar", "more", "additional", "further", "extra", "full", "straight", "consecutive",
    ]
    /// "soon after", "soon afterwards": anchored on an event.
    static let afterEvent: WordSet = ["after", "afterward", "afterwards", "thereafter"]
    static let approximately = "so"
    /// "as soon as", "as early as"
    static let asSoonAs: WordSet = ["soon", "early"]
    static let infinitiveAuxiliaries: WordSet = ["be", "have"]
    static let eedEnding = "eed"
    /// Plural-looking nouns that are singular ("a 2009 analysis", "the 2008 census").
    static let singularEndingsInS = ["ss", "sis", "us", "ics"]
    /// Words before "current" that make it electricity or hindsight.
    static let currentNotTimeBefore: WordSet = ["then", "electric", "alternating", "direct"]
    /// Words after "current" that make it a term of economics or physics, not the present.
    static let currentNotTime: WordSet = [
        "account", "accounts", "assets", "liabilities", "ratio", "fiscal", "affairs", "events", "flows", "flow", "density", "source", "and", "or",
    ]
    /// Words before "to" that make a plan ("set to resume Monday", "is to meet", "likely to buy").
    static let planHeads: WordSet = [
        "set", "is", "are", "due", "likely", "expected", "expects", "plans", "plan", "planned", "planning", "going", "about",
        "scheduled", "slated", "poised", "intends", "intend", "hopes", "hope", "aims", "wants", "want", "agreed", "ready", "prepared",
        // what a threat or a promise is of ("threatened to strike from Monday")
        "threatened", "threatens", "threaten", "vowed", "vows", "promised", "promises", "pledged", "pledges",
    ]
    /// Acts wire copy schedules with "was to" / "were to" ("ministers were to meet Thursday"); other
    /// verbs after it are a copula's complement ("his offence was to write a letter in May").
    static let scheduledActs: WordSet = [
        "meet", "hold", "vote", "visit", "sign", "testify", "appear", "announce", "attend", "speak", "address", "decide",
        "rule", "resume", "begin", "start", "open", "close", "end", "arrive", "depart", "leave", "fly", "travel", "return",
        "host", "face", "play", "launch", "convene", "reconvene", "expire", "hear", "discuss", "release", "report",
    ]
    /// Going towards an event in the present: "heading into Saturday's final" lies ahead (a story
    /// told after it says "going into" or "headed into" as often).
    static let approaching: WordSet = ["heading"]
    /// What a market report names by its delivery month ("December bonds", "the March contract").
    static let contractNouns: WordSet = [
        "contract", "contracts", "future", "futures", "delivery", "deliveries", "bonds", "bund", "bunds", "gilts", "options",
        "crude", "wheat", "corn", "soybeans", "gold", "silver", "copper", "sugar", "coffee", "cocoa", "cotton", "cattle", "hogs",
    ]
    /// Modals of obligation and possibility: what they govern lies ahead.
    static let modalsAhead: WordSet = ["must", "should", "could", "might", "can"]
    /// Modals that with "have" tell of a past ("could have met"); "will have" stays ahead.
    static let modalsBeforeAPast: WordSet = ["could", "should", "might", "would", "must", "may"]
    /// Auxiliaries that put a past form ahead ("would be held", "will have left", "to be decided").
    static let modals: WordSet = ["will", "would", "'ll", "shall", "could", "might", "should", "must", "may", "can"]
    /// Words that may stand between an auxiliary and its verb.
    static let verbGroupFillers: WordSet = [
        "be", "been", "being", "have", "has", "still", "also", "not", "never", "then", "probably", "likely", "now", "already", "soon",
        // a state a modal puts ahead: "will stay closed until Thursday", "would remain shut through Friday"
        "stay", "remain", "get",
        "only", "all", "both", "again", "finally", "eventually",
    ]
    /// Auxiliaries that put a plan behind ("had been scheduled to").
    static let pastPerfect: WordSet = ["had", "previously", "originally"]
    /// Auxiliaries that keep a timetable verb in the past ("did not begin until Monday").
    static let pastAuxiliaries: WordSet = ["did", "had"]
    /// Words right before a date that lean ahead when nothing else in the clause speaks ("until
    /// Friday", "by Friday").
    static let deadlineWords: WordSet = ["until", "till", "by"]
    /// Words of a clock time between a deadline word and its day ("until midnight Friday").
    static let clockWords: WordSet = ["midnight", "noon", "midday", "am", "pm", "a.m.", "p.m.", "a.m", "p.m"]
    /// "last": a past cue ("last week") unless it is the verb ("expected to last").
    static let lastWord = "last"
    /// "set": a past form, but a plan before "for" ("the vote is set for Tuesday").
    static let setWord = "set"
    /// Words before "Q3", "H1" with no year that make them a quarter or half ("in Q3", "Q4's").
    static let businessPeriodPrepositions: [String] = ["in", "for", "during", "through", "since", "by", "of", "until", "from", "to"]
    /// Words after a game's clock ("at 14:30 of the first period", "with 3:59 left").
    static let gameClockFollowers: WordSet = ["of", "left", "remaining", "into", "gone", "elapsed"]
    /// Words before a 24-hour clock that make it one ("at 14:30", "from 9:00 until 17:30").
    static let clockPrepositions: [String] = ["at", "from", "until", "till", "to", "by", "before", "after", "around", "about", "since"]
    /// Predictions and plans read in the present passive ("is forecast for", "are projected for").
    static let forecastWords: WordSet = ["forecast", "forecasted", "predicted", "projected", "planned", "scheduled", "slated", "expected", "penciled", "pencilled"]
    /// Past forms of putting something off: the day it was put off to is ahead.
    /// Auxiliaries of the present perfect: a state the verb tells of holds now ("have closed until Wednesday").
    static let presentPerfect: WordSet = ["has", "have", "'ve"]
    /// Verbs of bidding, deciding and promising: what they govern in an infinitive is done after
    /// them ("ordered him to appear", "voted to keep", "agreed to pay"); not verbs that tell
    /// whether it was done ("failed to", "managed to", "refused to").
    static let biddingVerbs: WordSet = [
        "ordered", "told", "asked", "urged", "instructed", "required", "directed", "voted", "agreed", "decided", "promised",
        "pledged", "vowed", "gave", "allowed", "authorized", "authorised", "demanded", "invited", "encouraged", "advised",
        "called", "sought", "planned", "wanted", "expected", "intended", "resolved", "committed", "threatened",
    ]
    /// Lower-case words after "to" that are no verb ("to the", "to date").
    static let notVerbsAfterTo: WordSet = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "date", "have",
        "school", "work", "court", "jail", "prison", "hospital", "church", "bed", "town", "market", "power", "office",
    ]
    /// Verbs whose object a participle may complete ("keep the government funded", "leave rates unchanged").
    static let objectComplementVerbs: WordSet = [
        "keep", "keeps", "keeping", "leave", "leaves", "leaving", "hold", "holds", "holding", "get", "gets", "getting", "have", "want",
        "wants", "need", "needs", "see",
    ]
    static let postponements: WordSet = [
        "adjourned", "postponed", "delayed", "deferred", "suspended", "extended", "recessed", "rescheduled",
    ]
    /// Determiners: an -ed word after one is an adjective ("the proposed plan").
    /// Adverbs between a determiner and an adjective in -ed ("a *still* unspecified date").
    static let participleAdverbs: WordSet = ["still", "yet", "not", "once", "so", "very", "most", "more", "less", "long", "well", "ill", "much"]
    static let adverbEnding = "ly"
    /// Nouns in -ly, the subject before a verb rather than an adverb before a participle ("the
    /// assembly voted", "the family moved").
    static let nounsInLy: WordSet = [
        "assembly", "family", "ally", "rally", "supply", "monopoly", "anomaly", "reply", "tally", "belly", "bully", "jelly", "lily",
        "folly", "homily", "gully", "fly", "butterfly", "firefly", "oligopoly", "panoply", "melancholy",
    ]
    static let effectiveWord = "effective"
    /// "was effective Nov. 1": a change that already took effect.
    static let pastCopulas: WordSet = ["was", "were", "became", "been", "had"]
    /// Nouns after "Sept. 11" that name the attacks of 2001 rather than a September 11 near the text.
    static let septemberElevenNouns = ["attacks", "attack", "hijackers", "hijacker", "commission", "terrorist", "terrorists",
                                       "terror", "conspiracy", "plot", "plotters", "victims", "families", "era", "strikes"]
    /// The present of "be", before a past participle a passive that says nothing of the past.
    static let presentCopulas: WordSet = ["is", "are", "am"]
    /// Words that make a bare span before "after"/"before" part of a phrase ("in the first days
    /// after the vote", "his declining years after the trial"), not a span before an event.
    static let spanPhraseAdjectives: WordSet = ["first", "last", "final", "early", "declining", "closing", "waning", "dying",
                                                "remaining", "next", "previous", "following", "past", "coming", "long", "dark"]
    /// Prepositions before "the 5th" that make it a day of the month ("on the 5th", "by the 20th").
    static let dayAlonePrepositions: WordSet = ["on", "by", "until", "till", "since", "before", "after", "from"]
    /// Words after "on the 5th" with which the clause goes on (a noun there makes the ordinal its
    /// adjective: "the 5th floor").
    static let clauseGoesOn: WordSet = ["and", "or", "when", "at", "in", "after", "before", "to", "until", "but", "as", "with", "for", "from"]
    /// Plural nouns a year modifies after a determiner ("its 1999 sales", "the 2000 elections"),
    /// where a figure before other plurals is a count ("the 2000 workers").
    static let yearlyFigures: WordSet = ["sales", "earnings", "results", "revenues", "profits", "losses", "elections", "figures",
                                         "accounts", "returns", "totals", "forecasts", "estimates", "budgets", "games", "championships", "finals"]
    /// The ending of the set adverbs that are never adjectives ("annually", "semiannually").
    static let adverbOnlyEnding = "ally"
    static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my"]
    /// Words in -ed that are not past forms.
    static let edNonVerbs: WordSet = ["hundred", "kindred", "naked", "sacred", "wicked", "rugged", "ragged", "beloved", "wretched", "crooked"]
    /// Words signalling the past near a date.
    static let pastCues: WordSet = [
        "said", "was", "were", "had", "did", "ago", "last", "earlier", "since", "yesterday", "told", "began", "came",
        "went", "took", "made", "met", "rose", "fell", "won", "lost", "left", "held", "became", "saw", "gave", "spoke",
    ]

    /// Decades of the twentieth century in words ("the nineties").
    static let decadeWords: WordMap<Int> = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]
    static let tens: WordMap<Int> = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
    static let unitWords: WordMap<Int> = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9]
    static let teens: WordMap<Int> = ["ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19]
    static let centuryWords: WordMap<Int> = ["eighteen": 18, "nineteen": 19, "twenty": 20]
    static let setAdverbs: WordMap<String> = [
            "annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W", "daily": "P1D", "hourly": "PT1H",
            "quarterly": "P3M", "bimonthly": "P2M", "biweekly": "P2W", "biannually": "P6M", "semiannually": "P6M", "nightly": "P1D",
        ]
}
