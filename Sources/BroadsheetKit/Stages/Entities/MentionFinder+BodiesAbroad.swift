/// Russian and Ukrainian write a body's name with a capital on its first word only (`Центральный
/// банк`, `Государственная дума`, `Высшая школа экономики`, `Министерство финансов`, `Верховний
/// суд`): its capitalised adjective alone was the mention (`Центрального`, `Государственной`),
/// typed a person or nothing. The name runs on over the small-letter words to the body's head
/// noun in any case, and over what a ministry or a service is of (`финансов`, `безопасности`).
extension MentionFinder {
    /// Head nouns of bodies, as stems that take the case endings below.
    static let cyrillicBodyHeads: Set<String> = [
        "дум", "палат", "банк", "суд", "комитет", "министерств", "служб", "школ", "университет", "академи", "институт", "совет",
        "собрани", "парти", "прокуратур", "управлени", "агентств", "фонд", "компани", "корпораци", "правительств", "администраци",
        "комисси", "центр", "союз", "арми", "гварди", "театр", "музе", "завод", "бирж", "инспекци", "департамент", "ведомств",
        "коллеги", "церкв", "церков", "рад", "міністерств", "комітет", "академі", "інститут", "партi", "парті", "управлінн", "агентств",
        "компані", "уряд", "адміністраці", "комісі", "армі", "кабинет", "кабінет",
    ]
    /// Heads whose name goes on with what the body is of (`Министерство финансов`, `Федеральная
    /// служба безопасности`, `Высшая школа экономики`).
    static let cyrillicBodiesOfSomething: Set<String> = [
        "министерств", "міністерств", "служб", "комитет", "комітет", "школ", "академи", "академі", "агентств", "управлени",
        "управлінн", "комисси", "комісі", "инспекци", "департамент", "институт", "інститут", "кабинет", "кабінет",
    ]
    /// Case endings of those nouns (the bare stem too: `банк`, `суд`).
    static let cyrillicNounEndings: Set<String> = [
        "", "а", "у", "ом", "е", "ы", "и", "ой", "ою", "ов", "ам", "ами", "ах", "я", "ю", "ей", "ем", "ям", "ями", "ях", "о", "ь", "і",
        "ові", "у", "ів", "ою", "ї", "ію", "ія", "ия", "ию", "ии", "ий", "ье", "ья", "ью",
    ]
    /// Adjective endings in every case (Russian, then Ukrainian's own).
    static let cyrillicAdjectiveEndings = [
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими", "ом", "ем", "ей",
        "ій", "ої", "ою", "ього", "ьому", "іх", "іми", "на", "не", "ну", "ня",
    ]
    /// Endings of verbs, which end a name's small-letter words (`Центрального банка выступили`).
    static let cyrillicVerbEndings = ["л", "ла", "ли", "ло", "ет", "ит", "ут", "ют", "ат", "ят", "ть", "ся", "сь", "в", "ла"]
    /// Endings of a noun in the genitive, what a body is of (`финансов`, `безопасности`, `обороны`).
    static let cyrillicGenitiveEndings = ["и", "ы", "а", "я", "ов", "ев", "ей", "ий", "ів", "ії"]
    /// Small-letter adjectives between a body's capitalised first word and its head, at most
    /// (`Московского государственного университета`).
    static let cyrillicBodyAdjectivesMax = 2

    static func isCyrillicBodyHead(_ word: String) -> Bool {
        cyrillicBodyHeads.contains { word.hasPrefix($0) && cyrillicNounEndings.contains(String(word.dropFirst($0.count))) }
    }

    static func cyrillicBodyHeadStem(_ word: String) -> String? {
        cyrillicBodyHeads.first { word.hasPrefix($0) && cyrillicNounEndings.contains(String(word.dropFirst($0.count))) }
    }

    static func isCyrillicAdjective(_ word: String) -> Bool {
        word.count >= 5 && cyrillicAdjectiveEndings.contains { word.hasSuffix($0) }
    }

    /// The end (exclusive) of a body's name that opens with the capitalised run `toks[i..<j]`
    /// and goes on in small letters to its head, or nil when it does not.
    static func cyrillicBody(_ toks: [WordToken], from i: Int, runEnd j: Int) -> Int? {
        guard j > i else { return nil }
        var end: Int?
        var head: String?
        if let stem = cyrillicBodyHeadStem(toks[j - 1].lower), toks[j - 1].text != toks[j - 1].text.uppercased() {
            end = j; head = stem   // `Министерство финансов`: the head opens the name
        } else if isCyrillicAdjective(toks[j - 1].lower) {
            var k = j, adjectives = 0
            while k < toks.count, toks[k].kind == .word, !toks[k].isCapitalized {
                if let stem = cyrillicBodyHeadStem(toks[k].lower) { end = k + 1; head = stem; break }
                guard isCyrillicAdjective(toks[k].lower), adjectives < cyrillicBodyAdjectivesMax else { break }
                adjectives += 1; k += 1
            }
        }
        guard var e = end, let h = head else { return nil }
        // (what a ministry or a service is of: one noun in the genitive, or an adjective and its noun)
        if cyrillicBodiesOfSomething.contains(h), e < toks.count, toks[e].kind == .word, !toks[e].isCapitalized {
            let w = toks[e].lower
            let verbal = { (w: String) in !["ов", "ев", "ів"].contains { w.hasSuffix($0) } && cyrillicVerbEndings.contains { w.hasSuffix($0) } }
            if isCyrillicAdjective(w), e + 1 < toks.count, toks[e + 1].kind == .word, !toks[e + 1].isCapitalized, !verbal(toks[e + 1].lower) {
                e += 2
            } else if !verbal(w), w.count >= 4, cyrillicGenitiveEndings.contains(where: { w.hasSuffix($0) }) {
                e += 1
            }
        }
        return e > j || head != nil ? e : nil
    }

    /// The nominative gender of a head stem, for naming a Russian body in the nominative whatever
    /// case the text uses (`Государственной думы` is `Государственная дума`).
    enum Gender { case masculine, feminine, neuter }
    static let russianHeadNominatives: [String: (String, Gender)] = [
        "дум": ("дума", .feminine), "палат": ("палата", .feminine), "школ": ("школа", .feminine), "служб": ("служба", .feminine),
        "академи": ("академия", .feminine), "парти": ("партия", .feminine), "прокуратур": ("прокуратура", .feminine),
        "комисси": ("комиссия", .feminine), "арми": ("армия", .feminine), "бирж": ("биржа", .feminine), "инспекци": ("инспекция", .feminine),
        "администраци": ("администрация", .feminine), "компани": ("компания", .feminine), "корпораци": ("корпорация", .feminine),
        "гварди": ("гвардия", .feminine), "коллеги": ("коллегия", .feminine),
        "банк": ("банк", .masculine), "суд": ("суд", .masculine), "комитет": ("комитет", .masculine), "университет": ("университет", .masculine),
        "институт": ("институт", .masculine), "совет": ("совет", .masculine), "фонд": ("фонд", .masculine), "центр": ("центр", .masculine),
        "союз": ("союз", .masculine), "театр": ("театр", .masculine), "музе": ("музей", .masculine), "завод": ("завод", .masculine),
        "департамент": ("департамент", .masculine), "кабинет": ("кабинет", .masculine),
        "министерств": ("министерство", .neuter), "собрани": ("собрание", .neuter), "управлени": ("управление", .neuter),
        "агентств": ("агентство", .neuter), "правительств": ("правительство", .neuter), "ведомств": ("ведомство", .neuter),
    ]
    /// Endings of the soft adjectives (`высший`, `верхний`), whose nominative is `-ий`, `-яя`, `-ее`.
    static let softAdjectiveEndings = ["ий", "яя", "ее", "его", "ему", "им", "их", "ими", "юю", "ей", "ем"]

    /// Ukrainian's heads and their nominatives (`Верховної Ради` is `Верховна Рада`).
    static let ukrainianHeadNominatives: [String: (String, Gender)] = [
        "рад": ("рада", .feminine), "служб": ("служба", .feminine), "академі": ("академія", .feminine), "парті": ("партія", .feminine),
        "прокуратур": ("прокуратура", .feminine), "компані": ("компанія", .feminine), "адміністраці": ("адміністрація", .feminine),
        "комісі": ("комісія", .feminine), "армі": ("армія", .feminine), "палат": ("палата", .feminine),
        "банк": ("банк", .masculine), "суд": ("суд", .masculine), "комітет": ("комітет", .masculine), "уряд": ("уряд", .masculine),
        "кабінет": ("кабінет", .masculine), "інститут": ("інститут", .masculine), "університет": ("університет", .masculine),
        "фонд": ("фонд", .masculine), "центр": ("центр", .masculine),
        "міністерств": ("міністерство", .neuter), "управлінн": ("управління", .neuter), "агентств": ("агентство", .neuter),
    ]
    /// Ukrainian adjective endings, longest first, and whether they are of the soft kind (`верхній`).
    static let ukrainianAdjectiveEndings: [(ending: String, soft: Bool)] = [
        ("ього", true), ("ьому", true), ("ої", false), ("ою", false), ("ого", false), ("ому", false), ("ими", false),
        ("іми", true), ("ій", true), ("ий", false), ("их", false), ("іх", true), ("ім", true), ("им", false),
        ("а", false), ("я", true), ("у", false), ("ю", true), ("е", false), ("є", true),
    ]

    /// A Russian or Ukrainian body's name in the nominative: its adjectives agree with its head's
    /// gender, its head takes the nominative, what it is of stays as written. Nil when the head is
    /// not one whose gender is known, or an adjective's ending is not read (the name is then kept
    /// as written).
    static func bodyNominative(_ words: [String], ukrainian: Bool) -> String? {
        let heads = ukrainian ? ukrainianHeadNominatives : russianHeadNominatives
        guard let h = words.firstIndex(where: { cyrillicBodyHeadStem($0.lowercased()) != nil }),
              let stem = cyrillicBodyHeadStem(words[h].lowercased()), let (nominative, gender) = heads[stem] else { return nil }
        var out: [String] = []
        for (k, w) in words.enumerated() {
            if k < h {
                guard let adjective = ukrainian ? ukrainianAdjective(w, gender) : russianAdjective(w, gender) else { return nil }
                out.append(adjective)
            } else if k == h {
                let capital = w.first?.isUppercase == true
                out.append(capital ? nominative.prefix(1).uppercased() + nominative.dropFirst() : nominative)
            } else {
                out.append(w)
            }
        }
        return out.joined(separator: " ")
    }

    /// A Russian adjective in the nominative of `gender` (`Государственной` → `Государственная`;
    /// after к, г, х, ж, ш, щ, ч the masculine is `-ий`, the others hard).
    static func russianAdjective(_ word: String, _ gender: Gender) -> String? {
        let lower = word.lowercased()
        guard let ending = cyrillicAdjectiveEndings.filter({ lower.hasSuffix($0) }).max(by: { $0.count < $1.count }) else { return nil }
        let base = String(word.dropLast(ending.count))
        let velar = "кгхжшщч".contains(base.last.map { Character($0.lowercased()) } ?? " ")
        let soft = softAdjectiveEndings.contains(ending) || velar
        switch gender {
        case .masculine: return base + (soft ? "ий" : "ый")
        case .feminine: return base + (soft && !velar ? "яя" : "ая")
        case .neuter: return base + (soft && !velar ? "ее" : "ое")
        }
    }

    /// A Ukrainian adjective in the nominative of `gender` (`Верховної` → `Верховна`).
    static func ukrainianAdjective(_ word: String, _ gender: Gender) -> String? {
        let lower = word.lowercased()
        guard let (ending, soft) = ukrainianAdjectiveEndings.first(where: { lower.hasSuffix($0.ending) }), lower.count - ending.count >= 3 else { return nil }
        let base = String(word.dropLast(ending.count))
        switch gender {
        case .masculine: return base + (soft ? "ій" : "ий")
        case .feminine: return base + (soft ? "я" : "а")
        case .neuter: return base + (soft ? "є" : "е")
        }
    }
}

/// French, Italian, Spanish and Portuguese write a body's adjectives in small letters after its
/// capitalised head (`Assemblée nationale`, `Conseil constitutionnel`, `Banque centrale européenne`,
/// `Corte costituzionale`, `Tribunal constitucional`), and what it is of too (`Cour des comptes`).
extension MentionFinder {
    static let romanceLanguages: Set<String> = ["fr", "it", "es", "pt", "ca"]
    /// Adjectives of institutions in those languages.
    static let romanceBodyAdjectives: WordSet = [
        "national", "nationale", "nationaux", "constitutionnel", "constitutionnelle", "suprême", "central", "centrale", "européen",
        "européenne", "régional", "régionale", "municipal", "municipale", "général", "générale", "fédéral", "fédérale", "supérieur",
        "supérieure", "administratif", "administrative", "départemental", "départementale", "économique", "social", "sociale",
        "international", "internationale", "mondial", "mondiale", "populaire", "socialiste", "communiste", "républicain", "démocrate",
        "nazionale", "costituzionale", "europea", "europeo", "regionale", "suprema", "supremo", "generale", "federale", "popolare",
        "democratico", "democratica", "nacional", "constitucional", "europeia", "regional", "general", "federal", "popular",
        "democrático", "democrática", "mundial", "internacional", "internazionale", "económico", "sociale",
    ]
    /// Small-letter words a Romance body's name takes after its head, at most (`Banque centrale européenne`).
    static let romanceBodyAdjectivesMax = 3
    /// What a body is of, after its adjectives: `des comptes`, `de la concurrence`, `dei conti`.
    static let romanceOfWords: WordSet = ["des", "du", "de", "dei", "del", "della", "degli", "das", "dos", "da"]

    /// The end (exclusive) of a body's name whose capitalised run ends at `j` with a head.
    static func romanceBody(_ toks: [WordToken], runEnd j: Int) -> Int? {
        guard j > 0, j < toks.count, NameHeads.org.contains(withoutElidedArticle(toks[j - 1].lower)) else { return nil }
        var e = j
        while e < toks.count, e - j < romanceBodyAdjectivesMax, toks[e].kind == .word, !toks[e].isCapitalized,
              romanceBodyAdjectives.contains(toks[e].lower) { e += 1 }
        // (`Cour des comptes`, `Chambre régionale des comptes`: `de` and one noun in small letters,
        // when the name took nothing else but its head or adjectives)
        if e + 1 < toks.count, romanceOfWords.contains(toks[e].lower), toks[e + 1].kind == .word, !toks[e + 1].isCapitalized,
           MentionFinder.romanceBodyObjects.contains(toks[e + 1].lower) {
            e += 2
        }
        return e > j ? e : nil
    }
    /// French's and Italian's article elided before a name (`l'Assemblée`, `l'Unione`; written
    /// `L'` only where a sentence opens: mid-sentence `L'Oréal` is the company's own name).
    static let elidedArticles = ["l'", "l’"]
    static func withoutElidedArticle(_ word: String, sentenceInitial: Bool = false) -> String {
        guard word.count > 2, let a = elidedArticles.first(where: { (sentenceInitial ? word.lowercased() : word).hasPrefix($0) }) else { return word }
        return String(word.dropFirst(a.count))
    }

    /// What the courts, chambers and authorities of those languages are of.
    static let romanceBodyObjects: WordSet = [
        "comptes", "conti", "cuentas", "contas", "concurrence", "concorrenza", "competencia", "concorrência", "ministres", "ministri",
        "ministros", "députés", "deputati", "diputados", "deputados", "cassation", "cassazione", "sages",
    ]
}
