/// Holidays by name: Christmas Day, New Year's Eve, Thanksgiving, Easter, Labor Day … valued as
/// the day they fall on in the year the clause points to (or the year written after them).
extension DateGrammar {
    /// last Christmas · on Thanksgiving · New Year's Eve 1999 · Easter Monday · Election Day.
    func holiday(_ i: Int) -> DateMatch? {
        var k = i
        var modifier: String?
        if let m = tok(i), m.kind == .word, DateGrammar.holidayModifiers.contains(m.lower) { modifier = m.lower; k += 1 }
        guard let first = tok(k), first.kind == .word, first.isCapitalized, let names = DateLexicon.holidaysByFirstWord[first.lower] else { return nil }
        var found: (holiday: DateLexicon.Holiday, last: Int)?
        for h in names {   // longest names first
            if let last = spells(h.words, from: k) { found = (h, last); break }
        }
        guard let (h, last) = found else { return nil }
        // "Christmas" alone is a day only where a date could stand ("on Christmas", "by Easter"),
        // not in "Christmas trees" or "Easter eggs".
        let yearAfter = tok(last + 1).flatMap { tk in tk.number.flatMap { (1000...2999).contains($0) && tk.text.count == 4 ? $0 : nil } }
        if h.needsContext, modifier == nil, yearAfter == nil,
           !(tok(k - 1).map { DateLexicon.holidayPrepositions.contains($0.lower) } ?? false) { return nil }
        let start = modifier == nil ? k : i
        if let y = yearAfter, let d = h.date(in: y) {
            return dayMatch(start, last + 1, d, relative: false)
        }
        guard let ref = anchor.date, anchor.kind != .inferred else {
            return unresolved(start, last, h.unresolvedValue, .day)
        }
        let candidates = [ref.year - 1, ref.year, ref.year + 1].compactMap { h.date(in: $0) }
        let picked: CivilDate?
        switch modifier {
        case "last": picked = candidates.last { $0 < ref }
        case "next": picked = candidates.first { $0 > ref }
        case "this": picked = candidates.first { $0.year == ref.year }
        default: picked = pick(candidates, at: k, from: ref, untoldLooksBack: false)
        }
        guard let d = picked else { return nil }
        return dayMatch(start, last, d, relative: true)
    }

    /// Words before a holiday that say which one.
    static let holidayModifiers: WordSet = ["last", "next", "this"]

    /// The index of the name's last token when the tokens from `k` spell it (the apostrophe of
    /// "New Year's" is its own token, as the tokenizer splits it).
    func spells(_ words: [String], from k: Int) -> Int? {
        var at = k
        for w in words {
            if w == DateLexicon.possessive {
                guard isPunct(at, "'") || isPunct(at, "’"), word(at + 1, "s"), adjacent(at) else { return nil }
                at += 2
                continue
            }
            // (the full stop of "St." is a punctuation token)
            guard word(at, w) || (w == "." && isPunct(at, w)) else { return nil }
            at += 1
        }
        return at - 1
    }
}
