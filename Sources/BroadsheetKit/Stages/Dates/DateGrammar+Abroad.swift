/// Relative dates in the archives' other languages beyond yesterday, today and tomorrow (see
/// `DateLexicon+Abroad`).
extension DateGrammar {
    /// в прошлом году · im vergangenen Jahr · la semaine dernière · el mes que viene: the year,
    /// month or week the phrase counts from the publication's.
    func periodAbroad(_ i: Int) -> DateMatch? {
        guard let language, let phrases = DateLexicon.periodsAbroad[language], let first = tok(i), first.kind == .word,
              DateLexicon.periodStartersAbroad.contains(first.lower) else { return nil }
        guard let phrase = phrases.first(where: { words($0.words, at: i) }) else { return nil }
        return fromPublication(i, i + phrase.words.count - 1, unit: phrase.unit, offset: phrase.offset)
    }

    /// Whether the tokens from `k` are `phrase`'s words, lower-cased (a hyphen in it is a token of
    /// its own: `ce week - end`).
    func words(_ phrase: [String], at k: Int) -> Bool {
        phrase.indices.allSatisfy { j in tok(k + j).map { ($0.kind == .word || $0.text == "-") && $0.lower == phrase[j] } ?? false }
    }

    /// The day, week, month or year `offset` of them from the publication's (unresolved without
    /// a publication date).
    func fromPublication(_ a: Int, _ b: Int, unit: DateLexicon.Unit, offset: Int) -> DateMatch {
        guard let ref = anchor.date else {
            switch unit {
            case .year: return unresolved(a, b, "XXXX", .year)
            case .month: return unresolved(a, b, "XXXX-XX", .month)
            case .week: return unresolved(a, b, "XXXX-WXX", .week)
            case .weekend: return unresolved(a, b, "XXXX-WXX-WE", .week)
            default: return unresolved(a, b, "XXXX-XX-XX", .day)
            }
        }
        switch unit {
        case .year: return yearMatch(a, b, year: ref.year + offset, relative: true)
        case .month:
            let d = ref.adding(months: offset)
            return monthMatch(a, b, year: d.year, month: d.month, relative: true)
        case .week: return weekMatch(a, b, monday: ref.adding(days: -ref.weekday + 7 * offset))
        case .weekend:
            // -1 the last weekend past, +1 the next to come, 0 (`ce week-end`) whichever the
            // clause's tense points to; a weekend said on a Saturday or Sunday is that one.
            let saturday = ref.adding(days: 5 - ref.weekday), inWeekend = ref.weekday >= 5
            let past = inWeekend && offset == 0 ? saturday : saturday.adding(days: -7)
            let coming = inWeekend && offset != 0 ? saturday.adding(days: 7) : saturday
            let day = offset < 0 ? past : offset > 0 ? coming : (language.map { clauseLooksAhead(around: a, through: b, language: $0) } ?? false) ? coming : past
            let w = day.isoWeek
            return DateMatch(first: a, last: b, type: .date, value: "\(pad(w.year, 4))-W\(pad(w.week, 2))-WE", date: day, granularity: .week, relative: true)
        default: return dayMatch(a, b, ref.adding(days: offset), relative: true)
        }
    }

    /// в среду · am Mittwoch · el miércoles · mercredi: a weekday with nothing to say which, after
    /// the language's word for "on" (or alone and in lower case where the language writes it so).
    /// The clause's future (`будет принято в пятницу`) puts it ahead; else it is the one just past,
    /// or the publication's own day.
    func bareWeekdayAbroad(_ k: Int, weekday wd: Int, language: String) -> DateMatch? {
        guard let prepositions = DateLexicon.weekdayPrepositionsAbroad[language] else { return nil }
        if DateLexicon.capitalizedWeekdayLanguages.contains(language), !t[k].isCapitalized { return nil }
        if prepositions.isEmpty {
            guard !t[k].isCapitalized || k == 0 else { return nil }   // `Mardi gras`
            // `le mardi`, `il venerdì dopo il Giorno del Ringraziamento`, `chaque lundi`: any such
            // day, not one; `“venerdì nero”`: a name in quotes.
            if let before = tok(k - 1), before.kind == .word && DateLexicon.weekdayDeterminersAbroad.contains(before.lower)
                || before.kind == .punct && DateGrammar.openingQuotes.contains(before.text) { return nil }
        } else {
            guard let before = tok(k - 1), before.kind == .word, prepositions.contains(before.lower) else { return nil }
        }
        return weekday(k, k, wd, ahead: { clauseLooksAhead(around: k, language: language) })
    }

    /// Tokens `a...b` naming weekday `wd` (Monday 0): the one ahead of the publication when
    /// `ahead()`, else the one just past or the publication's own day.
    func weekday(_ a: Int, _ b: Int, _ wd: Int, ahead: () -> Bool) -> DateMatch {
        guard let ref = anchor.date else { return unresolved(a, b, "XXXX-WXX-\(wd + 1)", .day) }
        var delta = wd - ref.weekday
        if ahead() { if delta < 0 { delta += 7 } } else if delta > 0 { delta -= 7 }
        var m = dayMatch(a, b, ref.adding(days: delta), relative: true)
        m.weekdayByTense = true
        return m
    }

    /// в марте · im Januar · en mars dernier · в марте прошлого года · en marzo del año pasado: a
    /// month alone after the language's "in", in the year a phrase after it says; else the one
    /// within two months before the publication or the month after it, else the one its clause's
    /// tense points to (the last one past unless the clause speaks of the future).
    func monthAloneAbroad(_ i: Int) -> DateMatch? {
        guard let language, let prepositions = DateLexicon.monthPrepositionsAbroad[language], let mt = tok(i), mt.kind == .word,
              let m = DateLexicon.monthAbroad(mt.lower), let before = tok(i - 1), before.kind == .word, prepositions.contains(before.lower) else { return nil }
        let told = yearToldAbroad(at: i + 1)
        let last = told.map { i + $0.words.count } ?? i
        guard let ref = anchor.date else { return unresolved(i, last, "XXXX-\(pad(m, 2))", .month) }
        var y = ref.year
        if let told {
            y = year(told, month: m, day: 1, from: ref)
        } else {
            // (Only the next month counts as near ahead: the tense that would place one further
            // ahead is read from a few auxiliaries only, and `Im Januar sank die Inflation` said in
            // November is the January past.)
            let forward = (m - ref.month + 12) % 12, backward = (ref.month - m + 12) % 12
            if backward <= DateGrammar.nearMonths || forward <= 1 {
                if forward <= backward { if m < ref.month { y += 1 } } else if m > ref.month { y -= 1 }
            } else if clauseLooksAhead(around: i, language: language)
                        || DateLexicon.deadlinesAbroad.contains(before.lower) && !clauseLooksBack(around: i, language: language) {
                // (`bis September`, `к сентябрю`, `d'ici septembre`: a deadline lies ahead unless
                // the clause tells of the past, `Bis September stiegen die Preise`.)
                if m < ref.month { y += 1 }
            } else if m > ref.month {
                y -= 1
            }
        }
        return monthMatch(i, last, year: y, month: m, relative: true)
    }

    /// The part of the day written from `k` after a day: its TIMEX3 code and last token (English
    /// words in any document, the document's own language's too).
    func partOfDayAfter(_ k: Int) -> (code: String, last: Int)? {
        guard let p = tok(k), p.kind == .word else { return nil }
        if let code = partOfDay[p.lower] { return (code, k) }
        guard let language, let parts = DateLexicon.partsOfDayAbroad[language] else { return nil }
        for part in parts where words(part.words, at: k) {
            return (part.code, k + part.words.count - 1)
        }
        return nil
    }

    /// `ce soir`, `esta noche`, `anoche`, `stasera`: a part of a day said in one phrase.
    func partOfDayPhraseAbroad(_ i: Int) -> DateMatch? {
        guard let language, let phrases = DateLexicon.partOfDayPhrasesAbroad[language] else { return nil }
        for p in phrases where words(p.words, at: i) {
            let last = i + p.words.count - 1
            guard let ref = anchor.date else { return unresolved(i, last, "XXXX-XX-XXT\(p.code)", .none, type: .time) }
            let d = ref.adding(days: p.offset)
            return DateMatch(first: i, last: last, type: .time, value: d.iso + "T" + p.code, date: d, granularity: .none, relative: true)
        }
        return nil
    }

    /// A day match followed by a part of the day (`в пятницу вечером`, `vendredi soir`) becomes that time.
    func withPartOfDay(_ m: DateMatch?) -> DateMatch? {
        guard let m, m.type == .date, m.granularity == .day, let d = m.date, let (code, last) = partOfDayAfter(m.last + 1) else { return m }
        var timed = DateMatch(first: m.first, last: last, type: .time, value: d.iso + "T" + code, date: d, granularity: .none, relative: m.relative)
        timed.weekdayByTense = m.weekdayByTense
        return timed
    }

    /// `les années 1990`, `la década de 1990`, `los años 90`, `1990-е годы`, `90-х`, `die 1990er
    /// Jahre`: a decade; `XX век`, `au XXe siècle`, `el siglo XX`, `im 20. Jahrhundert`: a century.
    func decadeOrCenturyAbroad(_ i: Int) -> DateMatch? {
        guard let tk = tok(i) else { return nil }
        func decade(_ k: Int) -> Int? {
            guard let n = tok(k), n.kind == .number, let y = n.number, y % 10 == 0 else { return nil }
            if n.text.count == 4 { return (1000...2190).contains(y) ? y : nil }
            return n.text.count == 2 ? (y >= 30 ? 1900 + y : 2000 + y) : nil
        }
        if tk.kind == .number, let y = decade(i) {
            // `1990-е`, `90-х`, `1990er`: the ending written on, after a hyphen or none
            let k = isPunct(i + 1, "-") && adjacent(i + 1) ? i + 2 : i + 1
            if adjacent(k), let e = tok(k), e.kind == .word, DateLexicon.decadeEndingsAbroad.contains(e.lower) {
                if let after = tok(k + 1), adjacent(k + 1), after.kind != .punct { return nil }
                return decadeMatch(i, k, firstYear: y, relative: false)
            }
            return nil
        }
        guard tk.kind == .word else { return nil }
        if DateLexicon.decadeNounsAbroad.contains(tk.lower) {
            var k = i + 1
            if word(k, "de") { k += 1 }
            if isPunct(k, "'") || isPunct(k, "’") { k += 1 }
            guard let y = decade(k), !(tok(k + 1).map { adjacent(k + 1) && $0.kind != .punct } ?? false) else { return nil }
            return decadeMatch(i, k, firstYear: y, relative: false)
        }
        if DateLexicon.centuryWordsAbroad.contains(tk.lower) {
            // (a numeral in capitals: `XX`, `XIXe`)
            func roman(_ k: Int) -> Int? {
                guard let r = tok(k), r.kind == .word, r.text.first?.isUppercase == true else { return nil }
                return DateLexicon.romanCentury(r.lower)
            }
            if DateLexicon.centuryWordsFirst.contains(tk.lower), let c = roman(i + 1) { return centuryMatch(i, i + 1, hundreds: c - 1, relative: false) }
            if let c = roman(i - 1) { return centuryMatch(i - 1, i, hundreds: c - 1, relative: false) }
            // `im 20. Jahrhundert`, `в 20 веке`
            let numberAt = isPunct(i - 1, ".") ? i - 2 : i - 1
            if let n = tok(numberAt), n.kind == .number, n.text.count <= 2, let c = n.number, (1...29).contains(c) {
                return centuryMatch(numberAt, i, hundreds: c - 1, relative: false)
            }
        }
        return nil
    }

    /// `в первом квартале 2025 года`, `im 1. Quartal`, `au premier trimestre de l'année dernière`,
    /// `en el primer semestre de 2024`: a quarter or half of a year; a quarter alone is in the
    /// publication's year when it has begun by then (or the clause looks ahead), else the year
    /// before, as in English; a half needs its year said (`первой половине дня` is of a day).
    func quarterOrHalfAbroad(_ i: Int) -> DateMatch? {
        guard let language, let tk = tok(i) else { return nil }
        var n: Int, u: Int
        if tk.kind == .word, let o = DateLexicon.periodOrdinalsAbroad[tk.lower] { n = o; u = i + 1 }
        else if tk.kind == .number, tk.text.count == 1, let o = tk.number, isPunct(i + 1, "."), adjacent(i + 1) { n = o; u = i + 2 }
        else { return nil }
        guard let p = tok(u), p.kind == .word else { return nil }
        let isQuarter = DateLexicon.quarterWordsAbroad.contains(p.lower)
        guard isQuarter || DateLexicon.halfWordsAbroad.contains(p.lower), (1...(isQuarter ? 4 : 2)).contains(n) else { return nil }
        var end = u, y: Int?, relative = true
        var k = u + 1
        if linkAbroad(k) { k += 1 }
        if let yy = year(k) { y = yy; end = k; relative = false }
        else if let told = yearToldAbroad(at: u + 1), !told.latest, let ref = anchor.date { y = ref.year + told.offset; end = u + told.words.count }
        if y == nil {
            guard isQuarter, !gamePeriods else { return nil }
            guard let ref = anchor.date else { return unresolved(i, end, "XXXX-Q\(n)", .quarter) }
            y = n <= (ref.month - 1) / 3 + 1 || clauseLooksAhead(around: i, language: language) ? ref.year : ref.year - 1
        }
        if isQuarter { return quarterMatch(i, end, year: y!, quarter: n, relative: relative) }
        return DateMatch(first: i, last: end, type: .date, value: "\(pad(y!, 4))-H\(n)", date: CivilDate(year: y!, month: n == 1 ? 1 : 7, day: 1),
                         granularity: .none, relative: relative)
    }

    /// The words at `k` that say the year of a month or day just written (`прошлого года`, `des
    /// vergangenen Jahres`, `dernier`), in the document's language.
    func yearToldAbroad(at k: Int) -> DateLexicon.MonthYearPhrase? {
        guard let language, let phrases = DateLexicon.monthYearPhrasesAbroad[language] else { return nil }
        return phrases.first { words($0.words, at: k) }
    }

    /// The year `told` gives a month (and day) said at `ref`: counted from the publication's, or
    /// the last one past or the next to come.
    func year(_ told: DateLexicon.MonthYearPhrase, month m: Int, day d: Int, from ref: CivilDate) -> Int {
        guard told.latest else { return ref.year + told.offset }
        let before = (m, d) < (ref.month, ref.day), after = (m, d) > (ref.month, ref.day)
        return told.offset < 0 ? (before ? ref.year : ref.year - 1) : (after ? ref.year : ref.year + 1)
    }

    /// три дня назад · vor drei Tagen · il y a trois jours · hace tres días · tre giorni fa · год
    /// назад: that day, week, month or year before the publication; через три дня · in drei Tagen
    /// · dans trois jours: after it.
    func agoAbroad(_ i: Int) -> DateMatch? {
        guard let language, let units = DateLexicon.unitsAbroad[language], let first = tok(i) else { return nil }
        let counts = DateLexicon.countsAbroad[language] ?? [:]
        func count(_ k: Int) -> Int? {
            guard let tk = tok(k) else { return nil }
            if tk.kind == .number, tk.text.count <= 3 { return tk.number }
            return tk.kind == .word ? counts[tk.lower] : nil
        }
        func unit(_ k: Int) -> DateLexicon.Unit? { tok(k).flatMap { $0.kind == .word ? units[$0.lower] : nil } }
        func marker(_ list: [[String]]?) -> [String]? {
            list?.first { words($0, at: i) }
        }
        for (list, sign) in [(DateLexicon.agoBeforeAbroad[language], -1), (DateLexicon.laterBeforeAbroad[language], 1)] where first.kind == .word {
            guard let m = marker(list) else { continue }
            let k = i + m.count
            if let n = count(k), let u = unit(k + 1) { return shifted(i, k + 1, amount: n, unit: u, sign: sign) }
            // `через неделю`, `za rok`: one of the unit, unsaid (not `через день`, which is also
            // "every other day").
            if count(k) == nil, DateLexicon.unitAloneCountsOne.contains(language), let u = unit(k), u != .day {
                return shifted(i, k, amount: 1, unit: u, sign: sign)
            }
        }
        guard let after = DateLexicon.agoAfterAbroad[language] else { return nil }
        func marks(_ k: Int) -> Bool { tok(k).map { $0.kind == .word && after.contains($0.lower) } ?? false }
        if let n = count(i), let u = unit(i + 1), marks(i + 2) { return shifted(i, i + 2, amount: n, unit: u, sign: -1) }
        // `год назад`, `неделю назад`: one of the unit
        if first.kind == .word, let u = units[first.lower], marks(i + 1), count(i - 1) == nil { return shifted(i, i + 1, amount: 1, unit: u, sign: -1) }
        return nil
    }

    /// 2025年4月1日 · 2025年4月 · 2025年 · 3月15日 · 3月 · 2025년 3월 15일: figures with the year,
    /// month and day signs. A month and day without a year are in the year nearest the
    /// publication, as in English.
    func eastAsianDate(_ i: Int) -> DateMatch? {
        guard let first = tok(i), first.kind == .number else { return nil }
        func sign(_ k: Int, _ signs: Set<String>) -> Bool {
            guard let tk = tok(k), tk.kind == .word, let head = tk.text.unicodeScalars.first else { return false }
            return signs.contains(String(head))   // (Korean glues a particle on: `15일에`)
        }
        var k = i
        var year: Int?
        if first.text.count == 4, let y = first.number, (1000...2199).contains(y), sign(i + 1, DateLexicon.yearSigns) {
            year = y; k = i + 2
        }
        guard let mt = tok(k), mt.kind == .number, let m = mt.number, (1...12).contains(m), sign(k + 1, DateLexicon.monthSigns) else {
            guard let year, k > i else { return nil }
            return yearMatch(i, i + 1, year: year, relative: false)
        }
        if let dt = tok(k + 2), dt.kind == .number, let d = dt.number, (1...31).contains(d), sign(k + 3, DateLexicon.daySigns) {
            if let year, let date = CivilDate(year: year, month: m, day: d) { return dayMatch(i, k + 3, date, relative: false) }
            if year == nil, let y = eastAsianYear(month: m, day: d, at: k) ?? resolveYear(month: m, day: d, at: k), let date = CivilDate(year: y, month: m, day: d) {
                return dayMatch(k, k + 3, date, relative: true)
            }
            return year == nil ? unresolved(k, k + 3, "XXXX-\(pad(m, 2))-\(pad(d, 2))", .day) : nil
        }
        if let year { return monthMatch(i, k + 1, year: year, month: m, relative: false) }
        guard let y = eastAsianYear(month: m, day: nil, at: k) ?? resolveYear(month: m, day: nil, at: k) else { return unresolved(k, k + 1, "XXXX-\(pad(m, 2))", .month) }
        return monthMatch(k, k + 1, year: y, month: m, relative: true)
    }

    /// 昨天 · 去年 · 上周 · 先月 · 어제 · 작년 · 지난주: a day, week, month or year from the
    /// publication's, in the document's own language's sense; 来年度 · 今年度: a Japanese fiscal year.
    func eastAsianRelative(_ i: Int) -> DateMatch? {
        // (a Korean word is one token, its particle cut off by the tokenizer; a Chinese or Japanese one a token a character)
        guard let language, let rows = DateLexicon.eastAsianRelatives[language], let first = tok(i), first.kind == .word,
              DateLexicon.eastAsianStarters.contains(first.text) else { return nil }
        if language == DateLexicon.korean {
            guard let rel = rows.first(where: { $0.text == first.text }) else { return nil }
            return fromPublication(i, i, unit: rel.unit, offset: rel.offset)
        }
        if language == DateLexicon.japanese, let fiscal = DateLexicon.japaneseFiscalYears.first(where: { characters($0.text, at: i) }) {
            let last = i + fiscal.text.unicodeScalars.count - 1
            guard let ref = anchor.date else { return unresolved(i, last, "XXXX", .year) }
            let current = ref.month >= DateLexicon.japaneseFiscalYearStartMonth ? ref.year : ref.year - 1
            return yearMatch(i, last, year: current + fiscal.offset, relative: true)
        }
        guard let rel = rows.first(where: { characters($0.text, at: i) }) else { return nil }
        return fromPublication(i, i + rel.text.unicodeScalars.count - 1, unit: rel.unit, offset: rel.offset)
    }

    /// Whether the tokens from `i` are `text`'s characters, one token each, written together.
    func characters(_ text: String, at i: Int) -> Bool {
        var k = i
        for c in text.unicodeScalars {
            guard let tk = tok(k), tk.kind == .word, tk.text.unicodeScalars.count == 1, tk.text.unicodeScalars.first == c, k == i || adjacent(k) else { return false }
            k += 1
        }
        return true
    }

    /// 星期二 · 周二 · 礼拜天 · 火曜日 · 火曜 · 화요일: a weekday, the one just past unless the
    /// sentence speaks of a plan or the future (`将于周五`, `金曜日に開く予定`), then the one ahead.
    func eastAsianWeekday(_ i: Int) -> DateMatch? {
        guard let language, DateLexicon.eastAsianLanguages.contains(language), let first = tok(i), first.kind == .word else { return nil }
        var weekday: Int?, last = i
        switch language {
        case DateLexicon.korean:
            weekday = DateLexicon.koreanWeekdays.firstIndex(of: first.text)
        case DateLexicon.japanese:
            // (`日曜日`; a weekday's sign alone, `月`, `日`, is most often a month's or a day's)
            if let wd = DateLexicon.japaneseWeekdays[first.text], characters("曜", at: i + 1) {
                weekday = wd
                last = characters("曜日", at: i + 1) ? i + 2 : i + 1
            }
        default:
            // 上周一 · 下周三 · 本周五: the day of the week before, after or this one.
            if let offset = DateLexicon.chineseWeekMarkers[first.text], let w = tok(i + 1), adjacent(i + 1), w.text == "周" || w.text == "週",
               let d = tok(i + 2), adjacent(i + 2), let wd = DateLexicon.chineseWeekdayNumbers[d.text] {
                guard let ref = anchor.date else { return unresolved(i, i + 2, "XXXX-WXX-\(wd + 1)", .day) }
                return dayMatch(i, i + 2, ref.adding(days: -ref.weekday + 7 * offset + wd), relative: true)
            }
            for head in DateLexicon.chineseWeekdayHeads where characters(head.joined(), at: i) {
                guard let d = tok(i + head.count), adjacent(i + head.count), let wd = DateLexicon.chineseWeekdayNumbers[d.text] else { continue }
                // `周日` is Sunday, `周年` an anniversary; after a count `周` is a week (`两周一次`, `3周`),
                // after `每` the day is every one (`每周一`).
                if head == ["周"] || head == ["週"], let before = tok(i - 1), adjacent(i),
                   before.kind == .number || DateLexicon.cjkDigits[before.text] != nil || DateLexicon.chineseCountWords.contains(before.text) { continue }
                weekday = wd
                last = i + head.count
                break
            }
        }
        guard let wd = weekday else { return nil }
        return self.weekday(i, last, wd, ahead: { eastAsianLooksAhead(around: i, language: language) })
    }

    /// 四月 · 十二月 · 九月十五日: a month (and day) in Chinese or Japanese numerals, resolved as
    /// one in figures (`4月`) is.
    func eastAsianNumeralMonth(_ i: Int) -> DateMatch? {
        guard let language, language == DateLexicon.chinese || language == DateLexicon.japanese, let (m, end) = cjkNumber(at: i), (1...12).contains(m),
              characters("月", at: end + 1) else { return nil }
        // (`三十一月` is no month; `一个月`, `三か月` are spans and do not read as months here)
        if let before = tok(i - 1), adjacent(i), before.kind == .number || DateLexicon.cjkDigits[before.text] != nil { return nil }
        if let (d, dayEnd) = cjkNumber(at: end + 2), (1...31).contains(d), characters("日", at: dayEnd + 1) {
            guard let y = eastAsianYear(month: m, day: d, at: i), let date = CivilDate(year: y, month: m, day: d) else {
                return unresolved(i, dayEnd + 1, "XXXX-\(pad(m, 2))-\(pad(d, 2))", .day)
            }
            return dayMatch(i, dayEnd + 1, date, relative: true)
        }
        guard let y = eastAsianYear(month: m, day: nil, at: i) else { return unresolved(i, end + 1, "XXXX-\(pad(m, 2))", .month) }
        return monthMatch(i, end + 1, year: y, month: m, relative: true)
    }

    /// A number written in Chinese or Japanese numerals up to 99 from token `i` (`九`, `十二`,
    /// `二十一`), with its last token.
    func cjkNumber(at i: Int) -> (value: Int, end: Int)? {
        var digits: [Int] = []
        var k = i
        while digits.count < 3, let tk = tok(k), k == i || adjacent(k), let d = DateLexicon.cjkDigits[tk.text] { digits.append(d); k += 1 }
        // (A fourth numeral: a longer number, no month or day.)
        if digits.count == 3, let tk = tok(k), adjacent(k), DateLexicon.cjkDigits[tk.text] != nil { return nil }
        while !digits.isEmpty {
            let value: Int?
            switch digits.count {
            case 1: value = digits[0]
            case 2: value = digits[0] == 10 && digits[1] < 10 ? 10 + digits[1] : digits[1] == 10 && digits[0] < 10 ? digits[0] * 10 : nil
            default: value = digits[1] == 10 && digits[0] < 10 && digits[2] < 10 ? digits[0] * 10 + digits[2] : nil
            }
            if let value { return (value, i + digits.count - 1) }
            digits.removeLast()
        }
        return nil
    }

    /// The year of a month (and day) a Chinese, Japanese or Korean sentence names without one:
    /// one near the publication (two months back, one ahead; a day within the near days either
    /// way) is the nearest; beyond, the one ahead when the sentence speaks of a plan or the
    /// future, else the one past.
    func eastAsianYear(month m: Int, day: Int?, at i: Int) -> Int? {
        guard let ref = anchor.date, let language, DateLexicon.eastAsianLanguages.contains(language) else { return nil }
        if let day {
            let candidates = [ref.year - 1, ref.year, ref.year + 1].compactMap { CivilDate(year: $0, month: m, day: day) }
            let gap = { (d: CivilDate) in d.dayNumber - ref.dayNumber }
            if let nearest = candidates.min(by: { abs(gap($0)) < abs(gap($1)) }), abs(gap(nearest)) <= DateGrammar.nearDateDays { return nearest.year }
            let ahead = eastAsianLooksAhead(around: i, language: language)
            return (ahead ? candidates.first { gap($0) >= 0 } : candidates.last { gap($0) <= 0 })?.year ?? ref.year
        }
        let forward = (m - ref.month + 12) % 12, backward = (ref.month - m + 12) % 12
        if backward <= DateGrammar.nearMonths || forward <= 1 {
            return forward <= backward ? (m < ref.month ? ref.year + 1 : ref.year) : (m > ref.month ? ref.year - 1 : ref.year)
        }
        if eastAsianLooksAhead(around: i, language: language) { return m < ref.month ? ref.year + 1 : ref.year }
        return m > ref.month ? ref.year - 1 : ref.year
    }

    /// Whether the sentence around token `k` holds one of the language's words of a plan or the
    /// future (`DateLexicon.futureCuesEastAsian`).
    func eastAsianLooksAhead(around k: Int, language: String) -> Bool {
        guard let cues = DateLexicon.futureCuesEastAsian[language] else { return false }
        func stop(_ j: Int) -> Bool { t[j].kind == .punct && DateGrammar.eastAsianSentenceStops.contains(t[j].text) }
        var a = k, b = k
        while a > 0, !stop(a - 1) { a -= 1 }
        while b + 1 < t.count, !stop(b + 1) { b += 1 }
        let sentence = t[a...b].map(\.text).joined(separator: language == DateLexicon.korean ? " " : "")
        return cues.contains { sentence.contains($0) }
    }
    static let eastAsianSentenceStops: Set<String> = ["。", "！", "？", ".", "!", "?", "；", ";"]

    /// Whether the clause around token `k` holds one of the language's words of the future. The
    /// clause runs between commas, semicolons, colons and dashes; a weekday fronted at the
    /// sentence's start (`Mercredi, le ministre va …`) takes the clause after its comma.
    func clauseLooksAhead(around k: Int, through last: Int? = nil, language: String) -> Bool {
        guard let cues = DateLexicon.futureCuesAbroad[language] else { return false }
        func boundary(_ j: Int) -> Bool { t[j].kind == .punct && DateGrammar.clauseBoundariesAbroad.contains(t[j].text) }
        var a = k
        while a > 0, !boundary(a - 1) { a -= 1 }
        var b = k
        while b + 1 < t.count, !boundary(b + 1) { b += 1 }
        if a == 0, k <= DateGrammar.frontedWeekdayReach, b + 1 < t.count, b - (last ?? k) <= 1, t[b + 1].text == "," {
            b += 2
            while b < t.count, !boundary(b) { b += 1 }
            b -= 1
        }
        guard a <= b else { return false }
        if (a...b).contains(where: { t[$0].kind == .word && cues.contains(t[$0].lower) }) { return true }
        // A verb's future ending counts up to a reported clause (`dijo el lunes que … estará`: the
        // day is the saying's).
        let endings = DateLexicon.futureEndingsAbroad[language] ?? []
        let reported = (k + 1..<b + 1).first { t[$0].kind == .word && DateLexicon.reportingLinksAbroad.contains(t[$0].lower) } ?? b + 1
        return (a..<reported).contains {
            let w = t[$0].lower
            return t[$0].kind == .word && w.count > DateLexicon.futureEndingMinLength && endings.contains { w.hasSuffix($0) }
                && !DateLexicon.futureEndingExceptions.contains(w)
        }
    }

    /// Whether the clause around token `k` is told in the past: an auxiliary or a form of the
    /// past (`DateLexicon.pastCuesAbroad`), or a verb's past ending (`выросли`, `зросли`,
    /// `subieron`; `gestiegen` in lower case, where German writes no noun).
    func clauseLooksBack(around k: Int, language: String) -> Bool {
        func boundary(_ j: Int) -> Bool { t[j].kind == .punct && DateGrammar.clauseBoundariesAbroad.contains(t[j].text) }
        var a = k, b = k
        while a > 0, !boundary(a - 1) { a -= 1 }
        while b + 1 < t.count, !boundary(b + 1) { b += 1 }
        let cues = DateLexicon.pastCuesAbroad[language], endings = DateLexicon.pastEndingsAbroad[language] ?? []
        return (a...b).contains { j in
            let w = t[j].lower
            guard t[j].kind == .word, j != k else { return false }
            if cues?.contains(w) == true { return true }
            guard !t[j].isCapitalized, w.count > DateLexicon.pastEndingMinLength, !DateLexicon.pastEndingExceptions.contains(w) else { return false }
            if let prefix = DateLexicon.participlePrefixAbroad[language], w.hasPrefix(prefix), w.hasSuffix("t") || w.hasSuffix("en") { return true }
            return endings.contains { w.hasSuffix($0) }
        }
    }

    static let openingQuotes: Set<String> = ["“", "«", "\"", "'", "‘", "„"]
    /// Months back within which a month alone is the one nearest the publication.
    static let nearMonths = 2

    /// um 14.30 Uhr · 15 Uhr · à 14h30 · 14 h 30 · a las 14:30 · в 15.00 · alle 9.45: clock times
    /// as the archives' other languages write them (24-hour; the minutes after a colon, a dot
    /// or an "h"). A bare "14.30" or "15 h" needs a preposition of time before it: a decimal, a
    /// price or "en 24 h" (within a day) is no clock.
    func clockAbroad(_ i: Int) -> DateMatch? {
        guard let tk = tok(i), tk.kind == .number, tk.text.count <= 2, let h = tk.number, h <= 24 else { return nil }
        if let p = tok(i - 1), adjacent(i), p.kind != .punct { return nil }
        var k = i + 1, minute = 0, minutesRead = false
        if let mm = clockMinutes(at: k, spacedColon: false) { minute = mm; minutesRead = true; k += 2 }
        var end = k - 1
        var marked = false
        if word(k, DateLexicon.clockMarkerAbroad) { end = k; marked = true }
        else if let w = tok(k), w.kind == .word, DateLexicon.clockHourWordsAbroad.contains(w.lower) {
            end = k
            if isPunct(k + 1, "."), w.lower == "godz" { end = k + 1 }
            // "14h30", "14 h 30": the minutes after the "h"
            if !minutesRead, w.lower == "h", let m = tok(k + 1), m.kind == .number, m.text.count == 2, let mm = m.number, mm < 60 {
                minute = mm; minutesRead = true; end = k + 1; marked = true
            }
        }
        let preposition = tok(i - 1).map { $0.kind == .word && DateLexicon.clockPrepositionsAbroad.contains($0.lower) } ?? false
            || isPunct(i - 1, ".") && word(i - 2, "kl")
        guard marked || preposition && (minutesRead || end > k - 1) else { return nil }
        guard h < 24 || minute == 0 else { return nil }
        return clockOn(i, end, "T\(pad(h, 2)):\(pad(minute, 2))")
    }

    /// Tokens before a weekday fronted at the sentence's start: at most its preposition.
    static let frontedWeekdayReach = 1
    static let clauseBoundariesAbroad: Set<String> = [",", ";", ":", "—", "–", "(", ")", "«", "»", "„", "“", "”", "\""]
}
