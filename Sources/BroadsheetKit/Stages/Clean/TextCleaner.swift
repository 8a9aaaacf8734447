/// Removes site chrome from a plain-text scrape by general means: lines repeated across the corpus
/// at the head or tail, lines repeated twice in a row, short non-sentence lines before the headline,
/// a caption under it, "Last Updated" lines (kept as `updated`), the user's patterns.
struct TextCleaner {
    let options: CleanStage.Options
    /// A line's count in the corpus line statistics, by line index (0: not repeated, or part of a shared story).
    let repeatedCount: (Int) -> Int
    /// Each line's prose length (`Coverage.proseChars`).
    let prose: [Int]
    let userChrome: (String) -> Bool

    /// Lines under the headline where a scrape names its writer.
    static let bylineReach = 4

    func clean(_ doc: inout Document) {
        let lines = doc.blocks.map { ParagraphBuilder.Line(text: $0.text, blankAfter: $0.blankAfter) }
        var keep = [Bool](repeating: true, count: lines.count)
        let n = lines.count
        let repeated = lines.indices.map(repeatedCount)

        // Stated dates and user patterns.
        for (i, l) in lines.enumerated() {
            if userChrome(l.text) { keep[i] = false; continue }
            // The site's labels and links to its other stories on lines of their own
            // ("Advertisement", "Реклама", "Read more: …", "Читайте також: …"), wherever they stand,
            // and a post's age ("3 hours ago"), which counts from when the page was saved.
            if ClassHints.isBoilerplateLabel(l.text) || LineShape.isStoryLink(l.text) || LineShape.isPostAge(l.text) { keep[i] = false; continue }
            if let (kind, date) = StatedDate.parse(l.text) {
                keep[i] = false
                if kind == .updated { if doc.meta.updated == nil { doc.meta.updated = date } }
                else if doc.meta.published == nil { doc.meta.published = date; doc.meta.publishedSource = .text }
            }
        }
        // Datelines before the story (`Friday, July 21, 2017`) and a wire dateline opening it
        // (`WASHINGTON, July 21, 2017 (Reuters) -`) date the document; the former is not body.
        var dated = doc.meta.published != nil
        for i in lines.indices.prefix(Dateline.headLines) where keep[i] {
            let line = lines[i].text
            if Dateline.isDateOnly(line) {
                keep[i] = false   // never the headline, never body, even without a year
                if !dated, let date = Dateline.standalone(line) { doc.meta.published = date; doc.meta.publishedSource = .text; dated = true }
                continue
            }
            if LineShape.endsLikeSentence(line) && LineShape.words(line) >= 6 {
                if !dated, let date = Dateline.opening(line) { doc.meta.published = date; doc.meta.publishedSource = .text; dated = true }
                break   // the body begins
            }
        }
        // "DUBLIN 1996-08-30": a wire's place and date on a line of their own (or the date alone), under
        // a headline that may end in a full stop; the line stays (the place is the story's).
        if !dated, let date = lines.prefix(Dateline.headLines).lazy.compactMap({ Dateline.placed($0.text) ?? Dateline.standalone($0.text) }).first {
            doc.meta.published = date; doc.meta.publishedSource = .text; dated = true
        }
        // A line repeated twice in a row (a caption printed twice, a doubled teaser): every copy goes.
        for i in 1..<max(1, n) where lines[i].text == lines[i - 1].text {
            keep[i] = false; keep[i - 1] = false
        }
        // Corpus repetition: anywhere when very common, else in the head and tail runs.
        for i in lines.indices where repeated[i] >= options.repeatedAnywhereMinDocs { keep[i] = false }
        var head = 0
        while head < n, !keep[head] || repeated[head] >= options.repeatedLineMinDocs { keep[head] = false; head += 1 }
        var tail = n - 1
        while tail >= head {
            let l = lines[tail].text
            if !keep[tail] || repeated[tail] >= options.repeatedLineMinDocs || LineShape.isTailChrome(l) { keep[tail] = false; tail -= 1 } else { break }
        }

        // Headline: the last headline-shaped line standing alone before the body starts (menus and
        // promotional lines come before it). Non-sentence lines before it are site chrome.
        var titleIndex: Int?
        var seen = 0
        for i in head..<max(head, n) where keep[i] {
            seen += 1
            if seen > 6 { break }
            let line = lines[i].text
            // A wire story's headline set as a sentence (`Top Belarus politician blasts president.`),
            // first and alone: the story's title. It stays in the text (the scorers' annotated
            // texts hold it), and the writer's name and dateline under it stay too: no later line is the title.
            // (A body follows it: a longer paragraph, or the writer's name or a dateline. Short
            // sentences one under another are a text's first sentences, not a headline and its story.)
            let next = (i + 1..<n).first { keep[$0] }
            let bodyFollows = next.map { !LineShape.isSentence(lines[$0].text) || LineShape.words(lines[$0].text) > LineShape.words(line) } ?? false
            if seen == 1, lines[i].blankAfter, line.hasSuffix("."), !line.hasSuffix(".."), LineShape.words(line) <= LineShape.stoppedHeadlineMaxWords,
               bodyFollows, LineShape.isHeadline(String(line.dropLast())), !LineShape.isByline(line) {
                if doc.meta.title == nil { doc.meta.title = String(line.dropLast()) }
                break
            }
            // (a dateline right under it, `London, 12 March 2024`, sets it apart as a blank line does)
            let apart = lines[i].blankAfter || i + 1 == n || Dateline.placed(lines[i + 1].text) != nil || Dateline.isDateOnly(lines[i + 1].text)
            if LineShape.isHeadline(line) && apart && !LineShape.isByline(line) && !LineShape.isBylineRole(line) && Dateline.placed(line) == nil {
                titleIndex = i
                continue
            }
            if LineShape.endsLikeSentence(line) && LineShape.words(line) >= 6 { break }   // the body begins
        }
        if let t = titleIndex {
            for i in head..<t where keep[i] && !LineShape.endsLikeSentence(lines[i].text) { keep[i] = false }
            if doc.meta.title == nil { doc.meta.title = lines[t].text }
            keep[t] = false
            // A caption right under the headline: a non-sentence line running straight into the body.
            var j = t + 1
            while j < n && !keep[j] { j += 1 }
            if j + 1 < n, LineShape.isCaption(lines[j].text), LineShape.isSentence(lines[j + 1].text) || !lines[j].blankAfter {
                keep[j] = false
            }
        }

        // The writer named over the story (`By Ana Silva, Staff Writer`), under the headline or,
        // without one, among the scrape's first lines; the line stays in the text.
        if doc.meta.byline == nil {
            let from = titleIndex.map { $0 + 1 } ?? head
            let reach = lines[min(from, n)..<min(n, from + TextCleaner.bylineReach)]
            if let (line, name) = reach.lazy.compactMap({ l in StatedByline.parse(l.text).map { (l, $0) } }).first {
                doc.meta.byline = name
                // (and the date the byline's line closes with, when nothing dated the story)
                if !dated, let date = Dateline.closing(line.text) { doc.meta.published = date; doc.meta.publishedSource = .text; dated = true }
            }
        }

        var kept: [ParagraphBuilder.Line] = []
        for i in 0..<n {
            if keep[i] {
                kept.append(lines[i])
            } else if !kept.isEmpty {
                kept[kept.count - 1].blankAfter = true
            }
        }
        doc.setParagraphs(ParagraphBuilder.paragraphs(kept))
        Coverage(prose: prose.reduce(0, +)).judge(&doc)
    }
}

/// Statements a page makes about its own dates: `Last Updated: 07/27/2016`, `Published 4 Dec 2009`.
enum StatedDate {
    enum Kind { case updated, published }

    static func parse(_ line: String) -> (Kind, String)? {
        guard line.unicodeScalars.count <= 90 else { return nil }
        let lower = line.lowercasedFast
        let kind: Kind
        if lower.contains("updated") || lower.contains("modified") { kind = .updated }
        else if lower.contains("published") || lower.contains("posted") { kind = .published }
        // (a broadcast transcript's `Aired March 14, 2024 - 10:00 ET`)
        else if airedWords.contains(where: { lower.hasPrefix($0) }) { kind = .published }
        else { return abroad(line, lower: lower) }
        // The date must be most of the line: a sentence that mentions an update is not a stamp.
        guard lower.split(separator: " ").count <= 10, case let .valid(date) = LooseDate.check(afterKeyword(line)) else { return nil }
        return (kind, date)
    }

    /// Words that open a broadcast's stamp.
    static let airedWords = ["aired", "air date", "broadcast", "first broadcast"]

    /// The stamps of the archives' other languages, opening the line (`Publié le 12 mars 2024 à
    /// 10h30`, `Veröffentlicht am 14.03.2024, 16:40 Uhr · Von Anna Keller`, `Actualizado el 3 de
    /// abril de 2024`, `Опубликовано 15 марта 2024`).
    static let publishedAbroad = ["publié", "publiée", "veröffentlicht", "publicado", "pubblicato", "gepubliceerd", "opublikowano",
                                  "опубликовано", "опубліковано"]
    static let updatedAbroad = ["mis à jour", "modifié", "aktualisiert", "actualizado", "aggiornato", "atualizado", "bijgewerkt",
                                "zaktualizowano", "обновлено", "оновлено"]
    /// Words between such a stamp's verb and its date (`le`, `am`, `el`, `il`, `em`, `op`).
    static let stampPrepositionsAbroad: WordSet = ["le", "am", "el", "il", "em", "op", "on", "dnia", "à"]

    private static func abroad(_ line: String, lower: String) -> (Kind, String)? {
        for (keys, kind) in [(updatedAbroad, Kind.updated), (publishedAbroad, Kind.published)] {
            guard let key = keys.first(where: { lower.hasPrefix($0) }) else { continue }
            var rest = Substring(line.dropFirst(key.count))
            // (the stamp ends where the line goes on with something else: `· Von Anna Keller`)
            for separator in [" · ", " | ", " • ", " - ", " – ", " — "] { if let r = rest.range(of: separator) { rest = rest[..<r.lowerBound] } }
            var words = rest.split(separator: " ").map(String.init)
            while let first = words.first, first == ":" || stampPrepositionsAbroad.contains(first.lowercasedFast) { words.removeFirst() }
            guard let date = Dateline.standalone(words.joined(separator: " ")) else { return nil }
            return (kind, date)
        }
        return nil
    }

    private static func afterKeyword(_ line: String) -> String {
        for key in ["updated", "modified", "published", "posted"] + airedWords {
            if let r = line.range(of: key, options: .caseInsensitive) {
                var rest = line[r.upperBound...]
                if rest.lowercased().hasPrefix(" on") { rest = rest.dropFirst(3) }
                return String(rest)
            }
        }
        return line
    }
}

/// Datelines of plain-text scrapes (Wikinews, archive exports, wire copy): a line that is only a
/// date, or the dateline that opens a wire story. Only dates with a year are taken: a day and
/// month alone cannot say which year the article is from.
enum Dateline {
    /// Datelines stand among the first lines of a scrape, before the story begins.
    static let headLines = 12
    /// Longer lines are sentences that mention a date, not datelines.
    static let maxChars = 60

    static let weekdays: WordSet = NameLexicon.weekdays.union(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])
    static let connectors: WordSet = ["at", "on", "am", "pm", "a", "m", "p", "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                                          "bst", "cet", "cest", "eet", "eest", "msk", "ist", "jst", "aest", "aedt", "z", "/", ":", "updated", "published",
                                          "et", "ct", "mt", "pt", "hst", "akst", "ast", "adt", "wet", "west", "sast", "awst", "awdt", "acst",
                                          "nzst", "nzdt", "hkt", "sgt", "kst", "ict", "pkt", "wib", "hrs", "hr", "h"]

    /// The ISO date of a line that holds a date and nothing else (`Friday, July 21, 2017`,
    /// `21 July 2017, 10:30 GMT`, `2017-07-21`).
    static func standalone(_ line: String) -> String? {
        let t = line.trimmingWhitespace().withASCIIDigits
        guard !t.isEmpty, t.unicodeScalars.count <= maxChars else { return nil }
        if let east = eastAsian(t) { return east }
        if t.utf8.count >= 10, CivilDate(iso: String(t.prefix(10))) != nil {
            guard LooseDate.tokenize(t).allSatisfy({ $0.allSatisfy(\.isNumber) || connectors.contains($0.lowercasedFast) || $0 == "T" }),
                  case let .valid(value) = LooseDate.check(t) else { return nil }
            return CivilDate(iso: value)?.iso
        }
        var hasMonth = false
        var words: [String] = []
        for token in LooseDate.tokenize(t) {
            let lower = token.lowercasedFast
            if LooseDate.monthNames[lower] != nil { hasMonth = true; words.append(token); continue }
            // (another language's month is read as its English name, its other words left out)
            if let m = CalendarWords.monthsAbroad[lower] { hasMonth = true; words.append(LooseDate.englishMonths[m - 1]); continue }
            if weekdays.contains(lower) || connectors.contains(lower) { words.append(token); continue }
            if isClockTime(lower) { continue }
            if CalendarWords.weekdaysAbroad.contains(lower) || CalendarWords.dateJoinersAbroad.contains(lower) { continue }
            if lower.allSatisfy(\.isNumber), lower.count <= 4 { words.append(token); continue }
            let digits = lower.dropLast(2)
            if lower.count <= 4, ["st", "nd", "rd", "th"].contains(where: lower.hasSuffix), !digits.isEmpty, digits.allSatisfy(\.isNumber) {
                words.append(String(digits)); continue   // 21st
            }
            return nil
        }
        // (numeric dates need their separators: 07/21/2017, 21.07.2017; another language's
        // weekday and time words around them are left out: `Dienstag, 12.03.2024 um 16:40 Uhr`,
        // `2024.11.18. 오전 9:30`)
        let numeric = t.contains("/") || t.contains(".")
        let figures = numeric && !hasMonth ? t.split(separator: " ").filter { chunk in
            let word = chunk.lowercased().filter { $0.isLetter }
            return word.isEmpty || !(CalendarWords.weekdaysAbroad.contains(word) || CalendarWords.dateJoinersAbroad.contains(word))
        }.joined(separator: " ") : t
        guard hasMonth || numeric, case let .valid(value) = LooseDate.check(hasMonth ? words.joined(separator: " ") : figures),
              let date = CivilDate(iso: value) else { return nil }
        return date.iso
    }

    /// The minutes of a time with its half of the day or its hours' sign glued on (`10:28pm`,
    /// `10:15a.m.`, `0016hrs`).
    static func isClockTime(_ token: String) -> Bool {
        let digits = token.prefix { $0.isASCII && $0.isNumber }
        guard (1...4).contains(digits.count) else { return false }
        let rest = token.dropFirst(digits.count)
        // (`10h30`, as French writes the time)
        if rest.hasPrefix("h"), rest.count == 3, rest.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return ["am", "pm", "a", "p", "h", "hrs"].contains(String(rest))
    }

    /// A date written the Chinese, Japanese and Korean way, year, month and day each followed by
    /// its sign, and nothing after it but a time (`2024年11月18日`, `2024년 11월 18일 오전 9:30`).
    static func eastAsian(_ t: String) -> String? {
        var numbers: [Int] = []
        var signs: [Character] = []
        var digits = ""
        var rest = Substring(t)
        for (offset, ch) in zip(t.indices, t) {
            if ch.isASCII, ch.isNumber { digits.append(ch); continue }
            if ch == " " && digits.isEmpty { continue }
            guard "年년月월日일".contains(ch), !digits.isEmpty, let n = Int(digits) else { return nil }
            numbers.append(n); signs.append(ch); digits = ""
            if numbers.count == 3 { rest = t[t.index(after: offset)...]; break }
        }
        guard numbers.count == 3, "年년".contains(signs[0]), "月월".contains(signs[1]), "日일".contains(signs[2]),
              rest.allSatisfy({ $0.isNumber || $0 == ":" || $0 == " " || $0 == "(" || $0 == ")" || "午前後오전후日月火水木金土".contains($0) }),
              let date = CivilDate(year: numbers[0], month: numbers[1], day: numbers[2]),
              case .valid = LooseDate.check(date.iso) else { return nil }
        return date.iso
    }

    /// A line that is a date and nothing else, with or without a year (`Friday, July 21`).
    static func isDateOnly(_ line: String) -> Bool {
        if standalone(line) != nil { return true }
        let t = line.trimmingWhitespace()
        guard !t.isEmpty, t.unicodeScalars.count <= maxChars else { return false }
        var hasMonth = false, hasDay = false
        for token in LooseDate.tokenize(t) {
            let lower = token.lowercasedFast
            if LooseDate.monthNames[lower] != nil { hasMonth = true; continue }
            if weekdays.contains(lower) || connectors.contains(lower) { continue }
            if lower.allSatisfy(\.isNumber), lower.count <= 2, let n = Int(lower), (1...31).contains(n) { hasDay = true; continue }
            return false
        }
        return hasMonth && hasDay
    }

    /// Words of a place before the date of a dateline line ("NEW YORK", "IRVINE, Calif").
    static let placeWordsMax = 5

    /// Lower-case words inside a place's name (`Rio de Janeiro`, `Frankfurt am Main`, `Stratford-upon-Avon`
    /// is one word).
    static let placeConnectors: WordSet = ["de", "del", "da", "do", "di", "la", "le", "am", "an", "der", "upon", "on", "sur", "en", "y"]

    /// The date of a line that is a place and a date, nothing else: a wire's place in capitals
    /// (`DUBLIN 1996-08-30`, `NEW YORK, July 21, 2017`, `IRVINE, Calif 1996-08-30`) or a press
    /// release's in the case of running text, closed by a comma (`London, 12 March 2024`,
    /// `Paris, le 12 mars 2024`, `Москва, 15 марта 2024 года`).
    static func placed(_ line: String) -> String? {
        let t = line.trimmingWhitespace()
        guard t.unicodeScalars.count <= maxChars, let first = t.split(separator: " ").first,
              first.unicodeScalars.filter(\.properties.isAlphabetic).count >= 2,
              first.unicodeScalars.first?.properties.isUppercase == true else { return nil }
        let capitals = first.unicodeScalars.allSatisfy { $0.properties.isUppercase || ",.'’-".unicodeScalars.contains($0) }
        let words = t.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for cut in 1...min(placeWordsMax, words.count - 1) {
            let place = words[..<cut]
            guard place.allSatisfy({ w in !w.unicodeScalars.contains { $0.properties.numericType != nil } }) else { return nil }
            if !capitals {
                // (each word capitalised or joining the name's parts, of letters only, no stamp's
                // `Updated:`; the comma closes it)
                guard place.allSatisfy({ $0.unicodeScalars.first?.properties.isUppercase == true || placeConnectors.contains(String($0)) }) else { return nil }
                guard let last = place.last, last.hasSuffix(",") else { continue }
                guard (place.dropLast() + [last.dropLast()]).allSatisfy({ $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ".'’-".unicodeScalars.contains($0) } })
                else { return nil }
            }
            if let date = standalone(words[cut...].joined(separator: " ")) { return date }
        }
        return nil
    }

    /// The date closing a line that says something else first (`By Jane Smith, London, 12 March
    /// 2024`, `Jane Smith | March 12, 2024`): the longest tail after a comma, bar or dash that is a
    /// date and nothing else.
    static func closing(_ line: String) -> String? {
        guard line.unicodeScalars.count <= maxChars * 2 else { return nil }
        let scalars = Array(line.unicodeScalars)
        for (k, c) in scalars.enumerated() where ",|•–—".unicodeScalars.contains(c) {
            var tail = String.UnicodeScalarView()
            tail.append(contentsOf: scalars[(k + 1)...])
            if let date = standalone(String(tail)) { return date }
        }
        return nil
    }

    /// The date of a wire dateline opening the story: `CITY, Month Day, Year (Agency) -`, or a
    /// press release's `CITY, Month Day, Year /Wire/ --`.
    static func opening(_ line: String) -> String? {
        let head = String(line.prefix(90))
        guard let dash = [" - ", " -- ", " — ", " – "].compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              let comma = head[..<dash.lowerBound].firstIndex(of: ","),
              head.unicodeScalars.first?.properties.isUppercase == true else { return nil }
        var rest = String(head[head.index(after: comma)..<dash.lowerBound])
        if let open = rest.firstIndex(of: "("), rest.hasSuffix(")") { rest = String(rest[..<open]) }   // (Reuters), (AP)
        let trimmed = rest.trimmingWhitespace()
        if trimmed.hasSuffix("/"), let slash = trimmed.dropLast().lastIndex(of: "/") { rest = String(trimmed[..<slash]) }   // /PRNewswire/
        return standalone(rest)
    }
}

/// Shapes of lines, by their words and final punctuation.
enum LineShape {
    /// Runs of text between spaces; in Chinese and Japanese, which have none, each ideograph or
    /// kana (as `String.wordCount` counts them).
    static func words(_ s: String) -> Int {
        var n = 0
        var inWord = false
        for b in s.utf8 {
            if b >= 0xE3 { return s.wordCount }   // a lead byte of U+3000 and above: CJK may follow
            if b == 32 { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    static func endsLikeSentence(_ s: String) -> Bool {
        guard let last = s.unicodeScalars.last else { return false }
        return ".!?\"”’'…:;)".unicodeScalars.contains(last) || last.isIdeographicStop || last.isOtherScriptStop || "」』）】》".unicodeScalars.contains(last)
    }

    static func isSentence(_ s: String) -> Bool { endsLikeSentence(s) && words(s) >= 4 }

    /// A headline ending in a full stop is short; a longer first line so ended is the story's first sentence.
    static let stoppedHeadlineMaxWords = 12

    /// "By Jane Smith" and the like.
    static func isByline(_ s: String) -> Bool { s.hasPrefix("By ") || s.hasPrefix("by ") || s.hasPrefix("BY ") }

    /// The writer's post or agency on a line of its own under the byline (`Staff Writer`,
    /// `Senior Correspondent`, `Reuters`, `Associated Press`): no headline.
    static func isBylineRole(_ s: String) -> Bool {
        let w = s.split(separator: " ").map { String($0).lowercasedFast.trimmingCharacters(in: [",", "."]) }
        guard (1...bylineRoleMaxWords).contains(w.count), let last = w.last else { return false }
        return writerPosts.contains(last) || newsAgencies.contains(w.joined(separator: " "))
    }
    static let bylineRoleMaxWords = 4
    static let writerPosts: WordSet = ["writer", "reporter", "correspondent", "editor", "columnist", "contributor", "photographer", "critic", "staff"]
    static let newsAgencies: WordSet = ["reuters", "associated press", "the associated press", "ap", "afp", "agence france-presse", "bloomberg", "bloomberg news", "upi"]


    /// A headline: 2–25 words, no final period or colon, most longer words capitalised or at least
    /// the first; not a dateline.
    static func isHeadline(_ s: String) -> Bool {
        let w = words(s)
        // (a full stop ends a sentence in every script, a danda as a dot; a question may be a headline)
        guard (2...25).contains(w), let last = s.unicodeScalars.last, !".:;,".unicodeScalars.contains(last), !(last.isOtherScriptStop && last != "؟") else { return false }
        // Upper case, a digit, a quote, or a letter of a script without case (CJK, Hangul, Arabic…).
        guard s.unicodeScalars.first.map({ $0.properties.isUppercase || $0.properties.numericType != nil || "\"“‘'「『".unicodeScalars.contains($0)
            || ($0.value >= 0x0590 && $0.properties.isAlphabetic && !$0.properties.isLowercase && !$0.properties.isUppercase) }) ?? false else { return false }
        if s.contains("|") || s.contains(" • ") || s.contains(" · ") || s.contains(" > ") || s.contains(" › ") { return false }  // menus, breadcrumbs
        return !s.contains(" -- ")
    }

    /// A post's filing under the blog's categories and tags, a short line of names after its
    /// cue: "Posted in: News | comments |", "Filed under: Politics, Europe", "Tags: budget,
    /// schools", "Kategorien: Politik". "Posted in 2019, this essay …" ends as a sentence does.
    static func isFilingLine(_ s: String) -> Bool {
        guard s.utf8.count <= filingLineMaxBytes, !endsLikeSentence(s) else { return false }
        let lower = s.lowercasedFast
        return filingCues.contains { lower.hasPrefix($0) }
    }
    /// A dozen categories' names.
    static let filingLineMaxBytes = 160
    static let filingCues = [
        "posted in:", "posted in ", "filed under:", "filed under ", "filed in:", "categories:", "category:", "tags:", "tagged:",
        "tagged with:", "labels:", "topics:", "kategorien:", "kategorie:", "schlagwörter:", "catégories :", "catégorie :",
        "catégories:", "catégorie:", "étiquettes :", "categorías:", "categoría:", "etiquetas:", "categorie:", "рубрика:", "рубрики:",
        "метки:", "теги:",
    ]

    /// A post's or a comment's line of furniture that ends with its age: "pumpfixer • 5h ago",
    /// "user1 · 2 days ago", "Posted 3 days ago", "vor 2 Stunden", "il y a 3 heures", "hace 2
    /// días", "2 часа назад". The count is in digits: "Ten years ago" is a subheading. A byline
    /// stays a byline ("By Jane Smith – 18 hours ago"), and a fact that ends with its age is a fact
    /// ("Founded February 28, 1998; 18 years ago").
    static func isPostAge(_ s: String) -> Bool {
        guard s.utf8.count <= postAgeMaxBytes, !endsLikeSentence(s), !isByline(s),
              !s.utf8.contains(UInt8(ascii: ",")), !s.utf8.contains(UInt8(ascii: ";")) else { return false }
        let w = s.lowercasedFast.split(separator: " ")
        let n = w.count
        guard n >= 2, n <= postAgeMaxWords else { return false }
        func digits(_ x: Substring) -> Bool { !x.isEmpty && x.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        func counted(_ i: Int) -> Bool { i >= 1 && digits(w[i - 1]) && ageUnits.contains(String(w[i])) }
        // "5h", "3mo", "10min": a count with its unit run together.
        func compact(_ x: Substring) -> Bool {
            guard let split = x.utf8.firstIndex(where: { $0 < 0x30 || $0 > 0x39 }), split != x.utf8.startIndex else { return false }
            return ageUnits.contains(String(x[split...]))
        }
        switch w[n - 1] {
        case "ago", "назад", "тому", "fa":
            return counted(n - 2) || compact(w[n - 2])
        default:
            // The word before the count: German "vor", Spanish "hace", Portuguese "há", French "il y a".
            guard n >= 3, counted(n - 1) else { return false }
            let before = w[n - 3]
            return before == "vor" || before == "hace" || before == "há" || before == "a" && n >= 5 && w[n - 4] == "y" && w[n - 5] == "il"
        }
    }
    /// A line that says how long the story takes to read, alone or beside its date: "5 min read",
    /// "8-minute read · Mar 11, 2025", "Reading time: 4 minutes", "Lesezeit: 3 Min.", "Temps de
    /// lecture : 5 min", "Tiempo de lectura: 6 minutos", "5 мин чтения". A count of minutes, with a
    /// word of reading near it.
    static func isReadingTime(_ s: String) -> Bool {
        // (A sentence that tells of reading for some minutes is text; "Min." closes no sentence.)
        guard s.utf8.count <= postAgeMaxBytes else { return false }
        let lower = s.lowercasedFast
        guard !endsLikeSentence(s) || lower.hasSuffix(" min.") else { return false }
        let w = lower.split(whereSeparator: { $0 == " " || $0 == "·" || $0 == "•" || $0 == "|" || $0 == ":" || $0 == "/" })
        guard w.count <= readingTimeMaxWords else { return false }
        func digits(_ x: Substring) -> Bool { !x.isEmpty && x.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        for (i, word) in w.enumerated() {
            // "5 min", "5-minute", "5min"
            var minutes = digits(word) && i + 1 < w.count && readingMinutes.contains(String(w[i + 1]))
            if !minutes, let split = word.firstIndex(where: { !$0.isNumber }), split != word.startIndex, digits(word[..<split]) {
                minutes = readingMinutes.contains(String(word[split...].drop(while: { $0 == "-" })))
            }
            guard minutes else { continue }
            if w[max(0, i - 3)..<min(w.count, i + 4)].contains(where: { readingWords.contains(String($0)) }) { return true }
        }
        return false
    }
    /// A reading time with its date and a label or two; a longer line is something else.
    static let readingTimeMaxWords = 12
    static let readingMinutes: WordSet = ["min", "mins", "min.", "minute", "minutes", "minuten", "minutos", "minuti", "мин", "мин.", "минут", "минуты"]
    static let readingWords: WordSet = ["read", "reading", "lesezeit", "lectura", "lecture", "lettura", "leitura", "чтения", "чтение"]

    /// A post's stamp of date and time and nothing else, as forums set it over each post:
    /// "01-10-2025, 07:40 AM #1", "Sat Jan 11, 2025 6:42 pm", "2025-03-04 09:12". Both a date
    /// and a time: a date alone may be a story's dateline.
    static func isPostStamp(_ s: String) -> Bool {
        guard s.utf8.count <= postStampMaxBytes, s.utf8.contains(UInt8(ascii: ":")) else { return false }
        var time = false, date = false
        for token in s.lowercasedFast.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "#" || $0 == "|" || $0 == "·" || $0 == "•" }) {
            if token.allSatisfy({ $0.isASCII && ($0.isNumber || "-/.:".contains($0)) }) {
                guard token.contains(where: \.isNumber) else { return false }
                if token.contains(":") { time = true } else if token.contains("-") || token.contains("/") || token.count == 4 { date = true }
                continue
            }
            let word = String(token)
            if LooseDate.monthNames[word] != nil || LooseDate.monthNames[word.trimmingCharacters(in: ["."])] != nil { date = true; continue }
            if Dateline.weekdays.contains(word) || Dateline.connectors.contains(word) || word == "a.m." || word == "p.m." { continue }
            return false
        }
        return time && date
    }
    static let postStampMaxBytes = 60

    /// A post's attribution and stamp, as phpBB sets it: "by hillwalker » Sat Jan 11, 2025 6:42 pm".
    static func isPostAttribution(_ s: String) -> Bool {
        guard isByline(s), s.utf8.count <= postAttributionMaxBytes, let mark = s.range(of: "»", options: .backwards) else { return false }
        return isPostStamp(String(s[mark.upperBound...]).trimmingWhitespace())
    }
    static let postAttributionMaxBytes = 120

    /// A post's head with its age and the thread's controls after a bar: "pgw 3 hours ago | next
    /// [–]": its age (`isPostAge`) before the first bar.
    static func isAgedPostHead(_ s: String) -> Bool {
        guard s.utf8.count <= postAttributionMaxBytes, let bar = s.firstIndex(of: "|") else { return false }
        return isPostAge(String(s[..<bar]).trimmingWhitespace())
    }

    /// A reply's subject line: "Re: CB400T bogging above 4,000 rpm", "RE: …", "Aw: …", "Réf : …".
    static func isReplySubject(_ s: String) -> Bool {
        replyPrefixes.contains { s.hasPrefix($0) }
    }
    static let replyPrefixes = ["Re:", "RE:", "Re :", "Aw:", "AW:", "Antw:", "Réf :", "Rép :", "Ответ:", "回复：", "回复:"]

    /// A line that shows a price: a currency's sign or code beside a figure, in a few words
    /// ("£28.00", "Price: $24.99", "From €25", "1 299 kr", "USD 40").
    static func isPrice(_ s: String) -> Bool {
        guard s.utf8.count <= priceMaxBytes, words(s) <= priceMaxWords else { return false }
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() where currencySigns.contains(c) {
            let before = i > 0 ? scalars[i - 1] : " ", after = i + 1 < scalars.count ? scalars[i + 1] : " "
            let twoAfter = i + 2 < scalars.count ? scalars[i + 2] : " ", twoBefore = i > 1 ? scalars[i - 2] : " "
            if after.properties.numericType != nil || after == " " && twoAfter.properties.numericType != nil
                || before.properties.numericType != nil || before == " " && twoBefore.properties.numericType != nil { return true }
        }
        let upper = s.split(separator: " ")
        return upper.indices.contains { k in
            currencyCodes.contains(String(upper[k])) && (k + 1 < upper.count && upper[k + 1].first?.isNumber == true || k > 0 && upper[k - 1].last?.isNumber == true)
        }
    }
    static let priceMaxBytes = 40
    static let priceMaxWords = 5
    static let currencySigns: Set<Unicode.Scalar> = ["$", "£", "€", "¥", "₹", "₩", "₽", "₺", "₪", "₫", "₴", "₦", "₱"]
    static let currencyCodes: Set<String> = ["USD", "EUR", "GBP", "CHF", "JPY", "CNY", "AUD", "CAD", "SEK", "NOK", "DKK", "PLN", "CZK", "INR", "RUB", "kr", "Kč", "zł"]

    static let postAgeMaxBytes = 80
    static let postAgeMaxWords = 8
    /// Units of a post's age, spelled out and abbreviated, in the languages `isPostAge` reads.
    static let ageUnits: WordSet = [
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
        "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo", "mos", "month", "months", "y", "yr", "yrs", "year", "years",
        // (abbreviated with a full stop: Reddit's "5 hr. ago")
        "sec.", "secs.", "min.", "mins.", "hr.", "hrs.", "wk.", "wks.", "mo.", "mos.", "yr.", "yrs.",
        "sekunden", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "monat", "monaten", "jahr", "jahren",
        "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans",
        "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "dia", "dias", "semana", "semanas", "mes", "meses", "año", "años", "mês", "ano", "anos",
        "ora", "ore", "giorno", "giorni", "settimana", "settimane", "mese", "mesi", "anno", "anni",
        "секунд", "секунду", "секунды", "минут", "минуту", "минуты", "час", "часа", "часов", "день", "дня", "дней",
        "неделю", "недели", "недель", "месяц", "месяца", "месяцев", "год", "года", "лет",
        "хвилин", "хвилину", "хвилини", "годину", "години", "годин", "днів", "тиждень", "тижні", "тижнів", "місяць", "місяці", "місяців", "рік", "роки", "років",
    ]

    /// A photo caption: several words, no sentence end, or an explicit credit.
    static func isCaption(_ s: String) -> Bool {
        let lower = s.lowercasedFast
        if lower.contains("(photo") || lower.contains("photo:") || lower.contains("(reuters)") && words(s) < 12 { return true }
        return words(s) >= 4 && !endsLikeSentence(s) && !s.contains(" -- ")
    }

    /// How a site introduces a link to another of its stories inside or under one, in the
    /// archives' languages ("Read more: …", "Читайте також: …", "Czytaj także: …").
    static let storyLinkCues = [
        "read more:", "read also:", "also read:", "see also:", "related:", "related story:", "more on this:",
        "читайте також:", "читайте также:", "читайте також ", "читайте также ", "czytaj także:", "czytaj też:", "zobacz też:",
        "zobacz także:", "lesen sie auch:", "mehr zum thema:", "lire aussi:", "à lire aussi:", "a lire aussi:", "lee también:",
        "leer más:", "leggi anche:", "leia também:", "leia mais:", "lees ook:", "ayrıca okuyun:",
    ]
    /// A line that is such a link: the cue, then a headline (no sentence's end).
    static func isStoryLink(_ s: String) -> Bool {
        let lower = s.lowercasedFast
        return words(s) <= 25 && !endsLikeSentence(s) && storyLinkCues.contains { lower.hasPrefix($0) }
    }

    /// How share bars, follow and subscribe prompts and comment counts begin, in the archives'
    /// languages (English first).
    static let tailCues = [
        "share", "follow us", "subscribe", "powered by", "related", "read more", "advertisement", "comments", "tags",
        "поділитися", "поделиться", "udostępnij", "teilen", "partager", "compartir", "condividi", "partilhar", "delen", "paylaş",
        "підписуйтесь", "подписывайтесь", "subskrybuj", "abonnieren", "s'abonner", "suscríbete",
        "коментарі", "комментарии", "komentarze", "kommentare", "commentaires", "comentarios", "commenti", "reacties",
    ]

    /// A copyright or reprint notice (`© 2025 The Tribune`, `ⓒ 한강일보, 무단 전재 및 재배포 금지`,
    /// `版权所有`, `Все права защищены`), in the archives' languages; a short line, not a sentence
    /// about copyright.
    static func isLegalLine(_ s: String) -> Bool {
        guard s.unicodeScalars.count <= legalLineMaxChars else { return false }
        let lower = s.lowercasedFast.trimmingWhitespace()
        if lower.hasPrefix("copyright") || lower.hasPrefix("©") || lower.hasPrefix("ⓒ") || lower.hasPrefix("(c) ") { return true }
        // (a phrase inside a longer line is a sentence about rights, not a notice)
        let short = s.unicodeScalars.count <= legalPhraseLineMaxChars
        return legalPhrases.contains { short ? lower.contains($0) : lower.hasPrefix($0) }
    }
    /// Notices are a line or two; longer text that mentions rights is prose.
    static let legalLineMaxChars = 200
    /// A line this short with a notice's phrase anywhere in it is the notice (`华东在线 版权所有`).
    static let legalPhraseLineMaxChars = 60
    static let legalPhrases = [
        "©", "all rights reserved", "무단 전재", "무단전재", "版权所有", "版權所有", "未经授权不得转载", "未經授權不得轉載", "無断転載", "無断複製",
        "все права защищены", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
        "tutti i diritti riservati", "todos os direitos reservados", "wszelkie prawa zastrzeżone", "усі права захищені",
    ]

    /// Legal and promotional lines typical of a page's foot.
    static func isTailChrome(_ s: String) -> Bool {
        let lower = s.lowercasedFast
        if isLegalLine(s) { return true }
        if words(s) <= 5 && !endsLikeSentence(s) {
            for cue in tailCues where lower.hasPrefix(cue) { return true }
        }
        return false
    }
}
