/// Dates as Chinese, Japanese and Korean write them: year, month and day signs after figures
/// (`2025年4月1日`, `3月15日`, `2025년 3월 15일`), months in numerals (`四月`), weekdays (`星期二`,
/// `火曜日`, `화요일`), Japanese fiscal years (`来年度`) and each language's words for days, weeks,
/// months and years around the publication (`昨天`, `去年`, `上周`, `先月`, `어제`, `작년`, `지난주`).
/// (The other languages' words are in DateLexicon+Abroad.)
extension DateLexicon {
    static let chinese = "zh", japanese = "ja", korean = "ko"
    static let eastAsianLanguages: Set<String> = [chinese, japanese, korean]
    static let yearSigns: Set<String> = ["年", "년"]
    static let monthSigns: Set<String> = ["月", "월"]
    static let daySigns: Set<String> = ["日", "号", "號", "일"]

    /// A relative word in Chinese or Japanese (its characters in order, each a token) or Korean
    /// (a word, perhaps with a particle glued on: `작년에`), with its unit and offset from the
    /// publication's day, week, month or year.
    struct EastAsianRelative: Sendable {
        let text: String
        let unit: Unit
        let offset: Int
    }
    /// Each language's words: one character string may say two things (`前年` is the year before
    /// last in Chinese, the year before in Japanese: `前年比`, year on year).
    static let eastAsianRelatives: [String: [EastAsianRelative]] = {
        let tables: [String: [(String, Unit, Int)]] = [
            "zh": [
                ("前天", .day, -2), ("昨天", .day, -1), ("今天", .day, 0), ("明天", .day, 1), ("后天", .day, 2), ("後天", .day, 2),
                ("昨日", .day, -1), ("前年", .year, -2), ("去年", .year, -1), ("今年", .year, 0), ("明年", .year, 1),
                ("上周", .week, -1), ("上週", .week, -1), ("本周", .week, 0), ("本週", .week, 0), ("这周", .week, 0), ("這週", .week, 0), ("下周", .week, 1), ("下週", .week, 1),
                ("上个月", .month, -1), ("上個月", .month, -1), ("上月", .month, -1), ("本月", .month, 0), ("这个月", .month, 0),
                ("下个月", .month, 1), ("下個月", .month, 1), ("下月", .month, 1),
            ],
            "ja": [
                ("一昨日", .day, -2), ("昨日", .day, -1), ("本日", .day, 0), ("今日", .day, 0), ("明日", .day, 1), ("明後日", .day, 2),
                ("一昨年", .year, -2), ("昨年", .year, -1), ("去年", .year, -1), ("前年", .year, -1), ("今年", .year, 0), ("本年", .year, 0),
                ("来年", .year, 1), ("再来年", .year, 2), ("先週", .week, -1), ("今週", .week, 0), ("来週", .week, 1),
                ("先月", .month, -1), ("今月", .month, 0), ("来月", .month, 1), ("再来月", .month, 2),
            ],
            "ko": [
                ("그제", .day, -2), ("어제", .day, -1), ("오늘", .day, 0), ("내일", .day, 1), ("모레", .day, 2),
                ("재작년", .year, -2), ("작년", .year, -1), ("지난해", .year, -1), ("전년", .year, -1), ("올해", .year, 0), ("내년", .year, 1),
                ("내년도", .year, 1), ("지난주", .week, -1), ("이번주", .week, 0), ("다음주", .week, 1), ("지난달", .month, -1), ("이번달", .month, 0),
                ("다음달", .month, 1),
            ],
        ]
        // Longest first: `上个月` before `上月`, `明後日` before `明日`.
        return tables.mapValues { rows in
            rows.map { EastAsianRelative(text: $0.0, unit: $0.1, offset: $0.2) }.sorted { ($0.text.count, $1.text) > ($1.text.count, $0.text) }
        }
    }()
    /// Japanese fiscal years (`年度`, April to March), named by the year they start in: `来年度`
    /// said in March 2025 is the one starting in April 2025.
    static let japaneseFiscalYears: [(text: String, offset: Int)] = [
        ("来年度", 1), ("今年度", 0), ("本年度", 0), ("昨年度", -1), ("前年度", -1), ("再来年度", 2),
    ]
    static let japaneseFiscalYearStartMonth = 4
    /// Particles Korean glues onto a word of time (`작년에`, `내일부터`, `화요일까지`): the tokenizer
    /// cuts them off.
    static let koreanParticleSet: Set<String> = ["에", "에는", "은", "는", "이", "가", "의", "도", "부터", "까지", "보다", "에서", "에도", "과", "와", "로", "으로", "엔"]
    /// Korean's relative words and weekdays as scalars, longest first (`내년도` before `내년`).
    static let koreanTimeWords: [[Unicode.Scalar]] = {
        let words = (eastAsianRelatives["ko"] ?? []).map(\.text) + koreanWeekdays
        return words.map { Array($0.unicodeScalars) }.sorted { ($0.count, String(String.UnicodeScalarView($1))) > ($1.count, String(String.UnicodeScalarView($0))) }
    }()
    /// Korean weekdays (Monday 0).
    static let koreanWeekdays: [String] = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]
    /// Chinese weekdays after `星期`, `礼拜` or `周` (Monday 0; `日` and `天` are Sunday), and
    /// Japanese ones before `曜日` or `曜`.
    static let chineseWeekdayNumbers: [String: Int] = ["一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6]
    static let chineseWeekdayHeads: [[String]] = [["星", "期"], ["礼", "拜"], ["禮", "拜"], ["周"], ["週"]]
    /// Words before `周` and a day that say which week (`上周一`, last week's Monday).
    static let chineseWeekMarkers: [String: Int] = ["上": -1, "下": 1, "本": 0, "这": 0, "這": 0]
    /// Words before `周` that make it a week counted (`两周`, `几周`, `数周`) or each week (`每周`).
    static let chineseCountWords: Set<String> = ["两", "兩", "几", "幾", "数", "數", "每", "半", "多", "上", "下", "本", "这", "這", "该", "該"]
    static let japaneseWeekdays: [String: Int] = ["月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6]
    /// Chinese and Japanese numerals for a month or a day (`四月`, `十二月`, `二十一日`).
    static let cjkDigits: [String: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
    /// Words of a Chinese, Japanese or Korean sentence that put its date ahead of the
    /// publication: plans, schedules, forecasts and the future's markers (`将于`, `予定`, `예정`).
    /// A Chinese or Japanese one is found in the sentence's characters, a Korean one in its words.
    static let futureCuesEastAsian: [String: [String]] = [
        "zh": ["将", "計劃", "计划", "预计", "預計", "准备", "準備", "即将", "打算", "拟", "定于", "預定", "预定"],
        "ja": ["予定", "見通し", "見込み", "方針", "計画", "予想", "する考え"],
        "ko": ["예정", "계획", "전망", "방침", "할 것", "될 것"],
    ]

    /// The characters (Chinese, Japanese) and words (Korean) the relative
    /// words, fiscal years and weekdays start with.
    static let eastAsianStarters: Set<String> = {
        var v = Set<String>()
        for (language, rows) in eastAsianRelatives {
            for rel in rows {
                if language == "ko" { v.insert(rel.text) } else if let c = rel.text.unicodeScalars.first { v.insert(String(c)) }
            }
        }
        for y in japaneseFiscalYears { v.insert(String(y.text.unicodeScalars.first!)) }
        v.formUnion(koreanWeekdays)
        for head in chineseWeekdayHeads { v.insert(head[0]) }
        v.formUnion(japaneseWeekdays.keys)
        v.formUnion(cjkDigits.keys)
        return v
    }()
}
