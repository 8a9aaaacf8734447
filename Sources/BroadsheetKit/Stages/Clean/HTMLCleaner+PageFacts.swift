import Foundation

/// What the cleaner says about a page beside its text: the date it shows under its headline, a
/// page of teasers, an article cut by a paywall.
extension HTMLCleaner {
    /// Blocks after the headline where a page shows its date ("04.03.2025 14:30", "Published
    /// March 4, 2025") when its metadata gives none.
    static let shownDateReach = 6
    /// Blocks before the headline where a page shows its date (`Jan 17, 2008` over the headline,
    /// asked only when none stands under it). A masthead's date of the day stands farther up,
    /// above the menus, and is not the article's.
    static let shownDateReachBefore = 3

    /// The date a page shows beside its headline (a block that is a date and nothing else, or a
    /// "Published …" stamp), for pages whose metadata gives none: older sites and archives
    /// often have no date but this one. `updated`: the "Last updated …" stamp read on the way;
    /// `byline`: the author named in the same blocks (`By Michael Mainville`).
    /// `eitherWay`: the date was written in figures that read either way round (08/10/2003 is 10
    /// August in the United States, 8 October in Britain; 11.05.2012 is 11 May in Europe, 5
    /// November on some American sites), with the separator; slashes are read month first, full
    /// stops day first. An update stamp that reads either way is left out.
    /// Each of the three is read only when `wanted` (what the metadata left open).
    static func shownDates(blocks: [SourceBlock], title: String?, wanted: (published: Bool, updated: Bool, byline: Bool) = (true, true, true))
        -> (published: (date: String, eitherWay: Character?, stamp: String)?, updated: String?, byline: String?) {
        // The headline: the first `<h1>` or heading that reads as the title, else (older templates
        // set it in a styled `<div>`) the first block that does. One pass, each block read once.
        var headline: Int?, styled: Int?
        // (a block far shorter than the title is not it: most blocks are passed by their length
        // alone; half, as lower-casing may lengthen a letter's bytes: `İ` is `i̇`)
        let titleBytes = (title?.utf8.count ?? 0) / 2
        for (i, b) in blocks.enumerated() {
            if b.kind == .heading && b.level == 1 { headline = i; break }
            guard styled == nil || b.kind == .heading, let title, b.text.utf8.count >= titleBytes,
                  b.text.collapsingWhitespace().lowercasedFast == title else { continue }
            if b.kind == .heading { headline = i; break }
            styled = i
        }
        guard let h = headline ?? styled else { return (nil, nil, nil) }
        var updated: String?, byline: String?
        var found: (date: String, eitherWay: Character?, stamp: String)?
        func read(_ b: SourceBlock) -> (date: String, eitherWay: Character?, stamp: String)? {
            if wanted.byline, byline == nil { byline = StatedByline.parse(b.text) ?? StatedByline.parseAfterStamp(b.text) }
            let wantsDate = wanted.published && found == nil
            guard wantsDate || (wanted.updated && updated == nil) else { return nil }
            if let (kind, date) = StatedDate.parse(b.text) {
                if kind == .published { return wantsDate ? (String(date.prefix(10)), ambiguousSeparator(b.text), b.text) : nil }
                if updated == nil, ambiguousSeparator(b.text) == nil { updated = date }
                return nil
            }
            guard wantsDate else { return nil }
            if let date = Dateline.standalone(b.text) { return (date, ambiguousSeparator(b.text), b.text) }
            if let date = leadingYearFirstDate(b.text) { return (date, nil, b.text) }
            return nil
        }
        // (the byline and an update stamp are read in the same blocks; the date ends the search
        // unless one of them is still to be found)
        for b in blocks[(h + 1)..<min(blocks.count, h + 1 + shownDateReach)]
        where found == nil || (wanted.byline && byline == nil) || (wanted.updated && updated == nil) {
            if let date = read(b), found == nil { found = date }
        }
        for b in blocks[max(0, h - shownDateReachBefore)..<h].reversed() where wanted.published && found == nil {
            if let date = read(b) { found = date }
        }
        return (found, updated, byline)
    }

    /// The date opening a short line of the article's particulars, written year first
    /// (`2025-10-15 08:45 来源：华东晚报 责任编辑：李明`, `2025.10.15 입력 …`, `2025年10月15日 10:32 社会部`):
    /// Chinese, Japanese and Korean sites set the date, the source and the editor on one line.
    /// A year first cannot be read another way round, and prose does not open with one.
    /// The longest label read before a line's date (`기사입력`, `发布时间：`).
    static let dateLabelMaxChars = 6

    static func leadingYearFirstDate(_ line: String) -> String? {
        var t = line.trimmingWhitespace()
        guard t.unicodeScalars.count <= Dateline.maxChars else { return nil }
        // (after a label of a word or two: `입력 2025.11.20 14:05`, `发布时间：2025-10-15`)
        if let digit = t.firstIndex(where: { $0.isASCII && $0.isNumber }), t.distance(from: t.startIndex, to: digit) <= dateLabelMaxChars {
            t = String(t[digit...])
        }
        guard let first = t.first, first.isASCII, first.isNumber else { return nil }
        // (a space or a time after the day's sign, not a particle: `2024年11月18日に発表` is a sentence)
        if let sign = t.firstIndex(where: { $0 == "日" || $0 == "일" }), let date = Dateline.eastAsian(String(t[...sign])) {
            let next = t[t.index(after: sign)...].first
            return next == nil || next == " " || next == "\u{3000}" || next!.isNumber || next == "(" || next == "（" ? date : nil
        }
        guard t.utf8.count >= 10 else { return nil }
        let head = String(t.prefix(10)).map { $0 == "/" || $0 == "." ? "-" : $0 }
        guard let date = CivilDate(iso: String(head)) else { return nil }
        // (what follows the date starts a new word: not `2025-10-150`)
        if let next = t.dropFirst(10).first, next.isNumber { return nil }
        return date.iso
    }

    /// The page's date, read day first from figures with full stops that read either way round,
    /// is read month first when the article is in English and the stamp has no word of another
    /// language (`Dienstag, 12.03.2024 um 16:40 Uhr`), and the reading is said.
    static func settleDottedDate(_ doc: inout Document, stamp: String) {
        guard let read = doc.meta.published, let date = CivilDate(iso: String(read.prefix(10))) else { return }
        let foreign = LooseDate.tokenize(stamp.lowercasedFast).contains {
            CalendarWords.weekdaysAbroad.contains($0) || CalendarWords.dateJoinersAbroad.contains($0) || CalendarWords.monthsAbroad[$0] != nil
        }
        let english = !foreign && (doc.meta.language.map { $0 == "en" } ?? (LanguageGuess.guess(doc.text) == "en"))
        if english, let swapped = CivilDate(year: date.year, month: date.day, day: date.month) {
            doc.meta.published = swapped.iso
            doc.warn("clean", "the page's date \(swapped.iso) is written with full stops that read either way round; it was read month first, as on the American sites that write dates so in English")
        } else {
            doc.warn("clean", "the page's date \(date.iso) is written with full stops that read either way round; it was read day first, as in Europe")
        }
    }

    /// Blocks above the article's first where a page without `<title>` or `<h1>` sets its
    /// headline (a date or a byline may stand between).
    static let untitledHeadlineReach = 3
    /// …and the article's first blocks it may be among (a teaser or two kept above the story).
    static let untitledHeadlineKeptReach = 6

    /// The headline of a page that names none in its `<head>` and has no `<h1>`: the most
    /// prominent heading (the lowest level, the first of equals) from just above the article's
    /// first block to `last`, when it is a title's words (two or more, not a date, not a
    /// label). A sidebar's headings kept above the story are set smaller than its headline.
    static func headingOver(_ first: Int, through last: Int, blocks: [SourceBlock]) -> String? {
        var best: (text: String, level: Int)?
        for i in max(0, first - untitledHeadlineReach)...max(first, last) {
            let b = blocks[i]
            guard b.kind == .heading, best.map({ b.level < $0.level }) ?? true else { continue }
            let text = b.text.collapsingWhitespace()
            // (words of its own, beside a stamp's month, weekday and time: not `(January 17, 2004 -- 11:57 PM EDT // link)`)
            let own = LooseDate.tokenize(text).filter { t in
                let w = t.lowercasedFast
                return w.contains(where: \.isLetter) && LooseDate.monthNames[w] == nil && !Dateline.weekdays.contains(w) && !Dateline.connectors.contains(w)
            }
            guard own.count >= 2, !ClassHints.isBoilerplateLabel(text) else { continue }
            best = (text, b.level)
        }
        return best?.text
    }

    /// The separator (`/` or `.`) of a numeric date in the line whose day and month could be
    /// either way round (both 12 or under, and different), if there is one.
    static func ambiguousSeparator(_ line: String) -> Character? {
        for separator: Character in ["/", "."] {
            let runs = line.split(whereSeparator: { !$0.isNumber && $0 != separator }).filter { $0.contains(separator) }
            if runs.contains(where: { run in
                let parts = run.split(separator: separator).compactMap { Int($0) }
                return parts.count == 3 && (1...12).contains(parts[0]) && (1...12).contains(parts[1]) && parts[0] != parts[1]
            }) { return separator }
        }
        return nil
    }

    /// A page of teasers (linked headlines over their summaries) is kept as such and said to be
    /// one: an analyst filters section fronts and lists of results out of a corpus of stories.
    /// Returns the number of teasers when most of the kept text is teasers whose summaries are a
    /// line or two (a listicle's linked headings stand over long paragraphs of its own text).
    func teaserList(_ kept: [Int], blocks: [SourceBlock]) -> Int? {
        let titles = kept.indices.filter { j in
            let h = kept[j]
            return blocks[h].kind == .heading && blocks[h].linkChars * 2 >= lengths[h] && j + 1 < kept.count && kept[j + 1] == h + 1
                && blocks[h + 1].kind == .paragraph && blocks[h + 1].container == blocks[h].container
        }.map { kept[$0] }
        guard titles.count >= HTMLCleaner.teaserListMin else { return nil }
        let summaries = titles.map { lengths[$0 + 1] }.sorted()
        let inTeasers = titles.reduce(0) { $0 + lengths[$1] + lengths[$1 + 1] }
        guard summaries[summaries.count / 2] <= HTMLCleaner.teaserMaxSummary,
              Double(inTeasers) >= Double(kept.reduce(0) { $0 + lengths[$1] }) * HTMLCleaner.teaserPageShare else { return nil }
        return titles.count
    }

    /// The prose kept before a paywall's box, when the box sits in the article's own (not in a
    /// sidebar's promotion) and the prose is short: the article goes on behind the wall, and
    /// the table says so rather than passing the opening off as the story.
    func proseBeforePaywall(_ kept: [Int], blocks: [SourceBlock], containers: [SourceContainer], chains: [[Int32]], weights: [Double]) -> Int? {
        guard let first = kept.first else { return nil }
        func ancestors(_ c: Int) -> [Int32] {
            var out: [Int32] = []
            var x = containers[c].parent
            while x >= 0 && Int(x) < containers.count { out.append(x); x = containers[Int(x)].parent }
            return out
        }
        let walled = containers.indices.contains { c in
            // (a paywall's name weighs a box down: only those are read again)
            weights[c] < 0 && ClassHints.namesPaywall(containers[c].hints) && chains[first].contains { a in
                containers[Int(a)].tag != "body" && containers[Int(a)].tag != "html" && (Int(a) == c || ancestors(c).contains(a))
            }
        }
        guard walled else { return nil }
        let shown = kept.reduce(0) { $0 + prose[$1] }
        return shown < Coverage.minProseToJudge ? shown : nil
    }
}
