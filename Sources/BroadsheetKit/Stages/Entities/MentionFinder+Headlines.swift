/// Headlines, subheadings and datelines: lines whose capitals say nothing of what is a name.
extension MentionFinder {
    /// Names in a headline written in capitals or title case: places and bodies the gazetteers
    /// know and names the rest of the text writes (longest first; typed later with their other
    /// mentions), and a known first name with the word after it.
    func headlineNames(_ toks: [WordToken], sentence: Int, sports: Bool, known: [String: EntityType]) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        func lookup(_ window: [WordToken]) -> (EntityType, String)? {
            let text = surface(window)
            if let g = Gazetteer.entry(text) { return (g.type, g.name) }
            if let t = known[text.folded] { return (t, window.allSatisfy(\.isAllCaps) ? text.capitalized : text) }
            // (`Buy Mines, Sell Coal`, `Hit`: a common word in a headline, though a town bears it)
            if window.count == 1, MentionFinder.commonWordTowns.contains(window[0].lower) { return nil }
            if let p = place(text) { return (p, text.capitalized) }
            return nil
        }
        func take(_ window: [WordToken], _ type: EntityType, _ name: String) {
            let typed = sports ? SportsContext.team(type, run: window, in: toks) : type
            out.append(Candidate(tokens: window, sentence: sentence, type: typed, canonical: name, role: false))
        }
        while i < toks.count {
            guard toks[i].kind == .word, toks[i].text.count >= 2, !MentionFinder.isShortMonthBesideADay(toks, i) else { i += 1; continue }
            // Longest first: three and two words the gazetteers or the text know, a first name
            // with the word after it, then a single known word.
            var matched = false
            for n in stride(from: min(3, toks.count - i), through: 2, by: -1) {
                let window = Array(toks[i..<(i + n)])
                guard window.allSatisfy({ $0.kind == .word }), let (type, name) = lookup(window) else { continue }
                take(window, type, name)
                i += n
                matched = true
                break
            }
            if matched { continue }
            // (Not `Aide Fred` and `LaRue Dies` in "Nixon Aide Fred LaRue Dies at 75": a word the
            // text writes in lower case, a surname the text knows, or a word that begins a name
            // the text knows is no first name here. A surname the text writes alone, untyped,
            // still follows its first name: `Erik Breukink (Netherlands)` over `Breukink same time`.)
            func startsKnownName(_ k: Int) -> Bool {
                (2...3).contains { n in k + n <= toks.count && toks[k..<(k + n)].allSatisfy { $0.kind == .word } && lookup(Array(toks[k..<(k + n)])) != nil }
            }
            if FirstNames.isFirstName(toks[i].text), i + 1 < toks.count, toks[i + 1].kind == .word, toks[i + 1].text.count >= 2,
               !NameLexicon.sentenceOpeners.contains(toks[i + 1].lower), !MentionFinder.functionWords.contains(toks[i + 1].lower),   // (`MAY BE UPDATED`)
               // (a surname that is only some town's name, none the gazetteer or the text knows, is
               // the surname: a byline's `By Maria Delgado`, `Priya Raman`)
               lookup([toks[i + 1]]).map({ $0.0 == .person || $0.0 == .other }) ?? true
                   || Gazetteer.entry(toks[i + 1].text) == nil && known[toks[i + 1].text.folded] == nil,
               !MentionFinder.commonWordTowns.contains(toks[i + 1].lower), Gazetteer.demonyms[toks[i + 1].text.folded] == nil,   // (`Clinton Goes`, `Major Islamic`)
               !lowercaseWords.contains(MentionFinder.wordHash(toks[i].lower)), !lowercaseWords.contains(MentionFinder.wordHash(toks[i + 1].lower)),
               known[toks[i].text.folded] != .person, !startsKnownName(i + 1) {
                let pair = Array(toks[i...(i + 1)])
                take(pair, .person, pair.allSatisfy(\.isAllCaps) ? surface(pair).capitalized : surface(pair))
                i += 2
                continue
            }
            if let (type, name) = lookup([toks[i]]) { take([toks[i]], type, name) }
            i += 1
        }
        return out
    }

    /// A subheading of two or three words, each with a capital (`Little Western Support`,
    /// `Moment Of Truth`): too short for the title-case share to tell. Its words are the text's
    /// own words in lower case elsewhere; a line that is a name is not (`Larry Fine`, `American
    /// League`, a byline `Mishi Saran`).
    func isShortTitleLine(_ toks: [WordToken]) -> Bool {
        guard (2...5).contains(toks.count) else { return false }
        // (within quote marks too: `‘Moment Of Truth’`)
        let words = toks.filter { $0.kind == .word }
        let marks = toks.count - words.count
        return (2...3).contains(words.count) && (marks == 0 || marks == 2 && MentionFinder.quoteMarks.contains(toks[0].text))
            && words.allSatisfy { $0.isCapitalized && !$0.isAllCaps }
            && !FirstNames.isFirstName(words[0].text) && !words.contains { NameHeads.notPerson.contains($0.lower) && !NameLexicon.sentenceOpeners.contains($0.lower) }
            && Gazetteer.entry(words.map(\.text).joined(separator: " ")) == nil
            && words.contains { $0.lower.count >= MentionFinder.nameMinLength && !NameLexicon.sentenceOpeners.contains($0.lower)
                && lowercaseWords.contains(MentionFinder.wordHash($0.lower)) }
    }

    /// A line every word of which is capitalized, its small words too (`Eyes On The SCO`, `Talks
    /// With The Kremlin`): a subheading in title case, however short, since no name capitalizes
    /// "On" or "The" inside it.
    /// (Asked of every sentence: one pass, no array, out at the first small letter.)
    func capitalizesItsSmallWords(_ toks: [WordToken]) -> Bool {
        var words = 0, smallCapitalized = false
        for t in toks where t.kind == .word {
            guard t.isCapitalized || t.isAllCaps else { return false }
            if words > 0, !smallCapitalized, !t.isAllCaps, MentionFinder.titleSmallWords.contains(t.lower) { smallCapitalized = true }
            words += 1
        }
        return words >= 2 && smallCapitalized
    }
    static let titleSmallWords: WordSet = ["on", "the", "of", "and", "in", "to", "for", "at", "with", "a", "an", "from", "by", "over", "after"]

    /// A sentence standing as a headline: alone in its paragraph, short, not ending in a full stop.
    func isHeadline(_ si: Int) -> Bool {
        let p = sentences[si].paragraph
        let alone = (si == 0 || sentences[si - 1].paragraph != p) && (si + 1 == sentences.count || sentences[si + 1].paragraph != p)
        // (Scorecard and table lines are short lines too, but mostly figures.)
        let toks = WordTokenizer.tokenize(Array(sentences[si].text.unicodeScalars))
        let figures = toks.filter { $0.kind == .number }.count
        // A numbered line is a heading (`3. This Isn't as Easy as It Looks`) unless it is a line of
        // results, a country in brackets after the name (`4. Erik Breukink (Netherlands) Rabobank
        // 8 seconds`), whose capitals are names.
        if WordToken.listMarkerLength(toks) > 0, namesACountryInBrackets(toks) { return false }
        // (A text's first line is its title, full stop or not: `Stealth Over Health: Hillary Clinton
        // Was Headed to ER.` in a scrape, over a body of its own.)
        let title = si == 0 && sentences[si].paragraph == 0 && (sentences.last?.paragraph ?? 0) > 0
        return alone && sentences[si].words <= 20 && (title || !sentences[si].text.hasSuffix(".")) && figures * 4 < max(1, toks.count)
    }

    /// `(Netherlands)`, `(South Africa)`, `(U.S.)`: a place of up to three words in brackets.
    private func namesACountryInBrackets(_ toks: [WordToken]) -> Bool {
        var k = 0
        while k < toks.count {
            defer { k += 1 }
            guard toks[k].text == "(" else { continue }
            var q = k + 1
            while q < toks.count, q - k <= MentionFinder.longestBracketedPlace, toks[q].kind == .word { q += 1 }
            guard q > k + 1, q < toks.count, toks[q].text == ")" else { continue }
            if place(toks[(k + 1)..<q].map(\.text).joined(separator: " ")) != nil { return true }
        }
        return false
    }
    static let longestBracketedPlace = 3

    /// A wire dateline (`OBAN, Scotland -`, `BESANÇON (AFP) -`): capitals opening a paragraph,
    /// followed by a comma, a dash or the agency in brackets.
    func isDateline(_ name: [WordToken]) -> Bool {
        guard let first = name.first, let last = name.last else { return false }
        var b = first.start
        while b > 0, s[b - 1] == " " { b -= 1 }
        guard b == 0 || s[b - 1] == "\n" else { return false }
        var k = last.end
        while k < s.count, s[k] == " " { k += 1 }
        guard k < s.count, [",", "-", "—", "–", "("].contains(s[k]) else { return false }
        // `BYD, the Chinese carmaker …`: a name set off by an appositive in lower case opens the
        // sentence as its subject; a dateline's comma leads to a date or a place (`PARIS, March 3`).
        if s[k] == "," {
            var n = k + 1
            while n < s.count, s[n] == " " { n += 1 }
            if n < s.count, s[n].properties.isLowercase { return false }
        }
        return true
    }
}
