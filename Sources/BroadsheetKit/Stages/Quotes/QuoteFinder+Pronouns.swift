/// Who a pronoun stands for: the subject of the nearest sentence naming people, else the nearest
/// person of a fitting gender, else the last speaker.
extension QuoteFinder {
    /// Who a pronoun at `offset` refers to: the last person named before it whose gender fits,
    /// else the last speaker.
    func antecedent(at offset: Int) -> (String) -> SpeakerInfo? {
        { pronoun in
            if NameLexicon.pluralPronouns.contains(pronoun) { return lastSpeaker }
            let named = person(before: offset, fitting: pronoun)
            // `"…," Melanie said. … "…," she said`: a speaker whose name tells the gender, quoted
            // after the last person the list of people holds.
            if let speaker = lastSpeaker, speaker.person, let g = speaker.gender, g != .either, NameEvidence.fits(pronoun, g),
               let at = speaker.span?.end, at <= offset, at > (named?.span?.end ?? -1) {
                return speaker
            }
            return named ?? lastSpeaker.flatMap { $0.fits(pronoun) ? $0 : nil }
        }
    }

    /// The last person named before `offset` that `pronoun` can stand for. A person whose name
    /// tells the gender outranks a nearer one whose name does not (`Antonin` is in no list of
    /// first names, `Stephanie` is), but only among the last few people named, and not the
    /// person quoted last (`Rogozin said … He said …`).
    func person(before offset: Int, fitting pronoun: String) -> SpeakerInfo? {
        var lo = 0, hi = people.count - 1, found: Int?
        while lo <= hi {
            let mid = (lo + hi) / 2
            if people[mid].end <= offset { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        guard let last = found else { return nil }
        // The nearest sentence naming people gives the antecedent: who spoke in it, else its
        // first person the pronoun fits, who is most often its subject (`Ham explained why he
        // backs Trump. "…," he said`).
        let here = sentenceIndex(at: offset)
        var k0 = last
        // Sentences that open with the same pronoun continue its chain ("Clinton leaned in. She
        // started off … She then peppered him … '…,' she said") and do not count against the reach.
        var budget = QuoteFinder.subjectReach
        var sIdx = here + 1
        while sIdx > 0 {
            sIdx -= 1
            if sIdx < here, sentenceTokens[sIdx].first(where: { $0.kind == .word })?.lower != pronoun {
                budget -= 1
                if budget < 0 { break }
            }
            if let speaker = speaker(in: sIdx, before: offset, fitting: pronoun) { return speaker }
            while k0 >= 0, people[k0].sentence > sIdx { k0 -= 1 }
            guard k0 >= 0, people[k0].sentence == sIdx else { continue }
            var first = k0
            while first > 0, people[first - 1].sentence == sIdx { first -= 1 }
            if let j = (first...k0).first(where: { NameEvidence.fits(pronoun, people[$0].gender) }) { return people[j].info }
            k0 = first - 1
        }
        var unknown: SpeakerInfo?
        var k = last
        while k >= 0 {
            let g = people[k].gender
            if let g, g != .either, NameEvidence.fits(pronoun, g) { return people[k].info }
            // The person just quoted is who "he said" most often continues, whatever the name tells.
            if unknown == nil, NameEvidence.fits(pronoun, g), let speaker = lastSpeaker?.name, speaker == people[k].info.name { return people[k].info }
            if NameEvidence.fits(pronoun, g), unknown == nil { unknown = people[k].info }
            if unknown != nil && last - k >= QuoteFinder.genderLookback { break }
            k -= 1
        }
        return unknown
    }

    /// The first person who spoke in sentence `sIdx` (a cue before `offset` when it is the
    /// pronoun's own sentence) whom `pronoun` can stand for.
    func speaker(in sIdx: Int, before offset: Int, fitting pronoun: String) -> SpeakerInfo? {
        let paragraph = sentences[sIdx].paragraph
        // `Tanaka said Solberg had not answered. "…," she said`: reported speech earlier in the
        // paragraph being read, not read for its speaker yet.
        if sIdx > indirectThrough, options.indirect, sentences[sIdx].span.end <= offset,
           !paragraphQuotes[paragraph].contains(where: { $0.openMark < sentences[sIdx].span.end && $0.closeMark > sentences[sIdx].span.start }) {
            var probe = self
            probe.spoke = []
            probe.indirectThrough = Int.max   // one level: the probe does not probe again
            _ = probe.indirect(sIdx)
            return probe.spoke.first { $0.info.fits(pronoun) }?.info
        }
        var found: SpeakerInfo?
        for entry in spoke.reversed() {
            if entry.paragraph < paragraph { break }
            guard entry.sentence == sIdx, entry.info.fits(pronoun) else { continue }
            if entry.info.attribution == .cue, let at = entry.info.span?.end, at > offset { continue }
            if entry.info.attribution != .cue, sentenceIndex(at: offset) == sIdx { continue }
            found = entry.info
        }
        return found
    }

    /// Remembers who spoke in sentence `sentence`: a person, or a single name that names no
    /// organisation (`Obama said`; a place that speaks, `Moscow said`, is "it", not "he"), with
    /// the gender a pronoun cue tells.
    mutating func noteSpeaker(_ info: SpeakerInfo, sentence: Int) {
        guard let name = info.name, !info.anonymous, !info.plural else { return }
        var info = info
        if !info.person {
            guard info.attribution == .cue, !name.contains(" "), Gazetteer.byForm[name.folded] == nil,
                  !NameHeads.notPerson.contains(name.lowercased()) else { return }
            info.person = true
        }
        if info.attribution == .pronoun, info.gender == nil || info.gender == .either {
            let pronoun = info.text.lowercased()
            if NameLexicon.malePronouns.contains(pronoun) { info.gender = .male } else if NameLexicon.femalePronouns.contains(pronoun) { info.gender = .female }
        }
        spoke.append((sentences[sentence].paragraph, sentence, info))
    }

    /// Longer capitalised runs are not one name (a title-case headline).
    static let longestNameRun = 4

    /// How many sentences back the subject of a pronoun is looked for before the nearest name
    /// of the right gender is taken instead.
    static let subjectReach = 3

    /// How many people back a name with the pronoun's gender is preferred to a nearer name of unknown gender.
    static let genderLookback = 3
}
