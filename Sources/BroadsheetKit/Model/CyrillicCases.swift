/// The forms Russian and Ukrainian give a name in their grammatical cases, made from the
/// nominative by the regular endings (Russian and Ukrainian together). News names people and
/// places in every case (`по словам Алексея Кудрина`, `в Москве`, `в Україні`); a made form that
/// no one writes costs nothing.
enum CyrillicCases {
    enum Case: Sendable { case nominative, genitive, dative, accusative, instrumental, prepositional }

    static func forms(_ name: String) -> [String] { tagged(name).map(\.form) }

    /// Each form with the case it is written in (where two cases share a form, the first).
    static func tagged(_ name: String) -> [(form: String, case: Case)] {
        let stem = String(name.dropLast())
        let endings: [(String, Case)]
        var base = stem
        switch name.last {
        case "й":   // Алексей, Дмитрий, Сергій
            endings = [("я", .genitive), ("ю", .dative), ("ем", .instrumental), ("е", .prepositional), ("и", .prepositional), ("єм", .instrumental), ("ї", .prepositional)]
        case "а":   // Анна, Никита, Москва, Україна
            endings = [("ы", .genitive), ("и", .genitive), ("е", .dative), ("у", .accusative), ("ой", .instrumental), ("ою", .instrumental), ("і", .dative)]
        case "я":   // Мария, Наталья, Россия, Росія
            endings = [("и", .genitive), ("е", .dative), ("ю", .accusative), ("ей", .instrumental), ("ї", .genitive), ("єю", .instrumental), ("ёй", .instrumental), ("ію", .instrumental)]
        case "о":   // Дмитро, Павло
            endings = [("а", .genitive), ("у", .dative), ("ом", .instrumental), ("ові", .dative)]
        case "ь":   // Игорь, Беларусь, Брюссель
            endings = [("я", .genitive), ("ю", .dative), ("ем", .instrumental), ("е", .prepositional), ("и", .genitive), ("і", .prepositional)]
        default:    // Антон, Киев, Берлин
            base = name
            endings = [("а", .genitive), ("у", .dative), ("ом", .instrumental), ("е", .prepositional), ("ові", .dative), ("і", .prepositional)]
        }
        return [(name, .nominative)] + endings.map { (base + $0.0, $0.1) }
    }
}

/// A Russian person's name as news writes it in another case, back in the nominative, for the
/// entity's canonical name (`Дмитрия Пескова` → `Дмитрий Песков`, `с Марией Захаровой` →
/// `Мария Захарова`). The first name tells the case and the gender (`FirstNames`); the surname
/// and a patronymic follow by their regular endings. A first name whose form is also some
/// name's nominative (`Александра`) tells nothing, and the name is left as written.
enum CyrillicNames {
    static func nominative(_ words: [String], ukrainian: Bool = false) -> [String]? {
        guard words.count >= 2, words.count <= 3, let first = FirstNames.cyrillicCase(words[0]) else { return nil }
        // A foreign man's first name that does not decline (`Джо`, `Энтони`) tells no case: the
        // surname's own ending does (`Джо Байдена`, `Энтони Блинкеном`).
        let indeclinable = first.case == .nominative && !first.female && words[0].last.map { !isConsonant($0) && !declinableFinals.contains($0) } ?? false
        guard first.case != .nominative || indeclinable else { return nil }
        var out = [first.nominative]
        if words.count == 3 {
            // a patronymic (`Владимировича`), or a second given name declined as a surname (`Реджепом Тайипом Эрдоганом`)
            let middle = patronymic(words[1])
            out.append(middle != words[1] ? middle : surname(words[1], case: indeclinable ? nil : first.case, female: first.female, ukrainian: ukrainian) ?? words[1])
        }
        guard let surname = surname(words[words.count - 1], case: indeclinable ? nil : first.case, female: first.female, ukrainian: ukrainian) else { return nil }
        out.append(surname)
        return out == words ? nil : out
    }
    /// The last letters of first names that decline (`Никита`, `Илья`, `Алексей`, `Игорь`).
    static let declinableFinals: Set<Character> = ["а", "я", "й", "ь"]

    /// Endings of a man's surname in a case and what they are in the nominative, longest first.
    static let maleEndings: [(String, String)] = [
        ("ского", "ский"), ("цкого", "цкий"), ("скому", "ский"), ("цкому", "цкий"), ("ским", "ский"), ("цким", "цкий"), ("ском", "ский"), ("цком", "цкий"),
        ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"),
        ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"),
        ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын"),
        ("ове", "ов"), ("еве", "ев"), ("ёве", "ёв"), ("ине", "ин"), ("ыне", "ын"),
        ("ого", "ый"), ("ому", "ый"), ("ым", "ый"),
    ]
    /// Ukrainian men's surnames (`Зеленського`, `Ніколенка`, `Резнікові`, `Шмигаля`).
    static let maleEndingsUkrainian: [(String, String)] = [
        ("ського", "ський"), ("цького", "цький"), ("ському", "ський"), ("цькому", "цький"), ("ським", "ський"), ("цьким", "цький"),
        ("енкові", "енко"), ("енком", "енко"), ("енка", "енко"), ("енку", "енко"),
        ("овим", "ов"), ("евим", "ев"), ("іним", "ін"), ("ова", "ов"), ("ева", "ев"), ("іна", "ін"), ("ову", "ов"), ("еву", "ев"), ("іну", "ін"),
        ("ові", "ов"), ("еві", "ев"), ("іні", "ін"),
        ("ого", "ий"), ("ому", "ий"), ("им", "ий"),
        ("лем", "ль"), ("ля", "ль"), ("лю", "ль"), ("леві", "ль"),
    ]
    /// Ukrainian women's surnames (`Венедіктової`, `Стефанішиною`).
    static let femaleEndingsUkrainian: [(String, String)] = [
        ("ської", "ська"), ("ській", "ська"), ("ською", "ська"), ("ську", "ська"), ("цької", "цька"), ("цькій", "цька"), ("цькою", "цька"),
        ("ової", "ова"), ("овій", "ова"), ("овою", "ова"), ("евої", "ева"), ("евій", "ева"), ("евою", "ева"),
        ("іної", "іна"), ("іній", "іна"), ("іною", "іна"), ("иної", "ина"), ("иній", "ина"), ("иною", "ина"), ("ову", "ова"), ("іну", "іна"),
    ]
    /// A woman's surname: the adjectival endings decline (`Захаровой`), a consonant ending does not (`Меркель`).
    static let femaleEndings: [(String, String)] = [
        ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"), ("ской", "ская"), ("цкой", "цкая"),
        ("скую", "ская"), ("цкую", "цкая"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина"), ("ыну", "ына"),
    ]
    /// The case ending a foreign or consonant-final man's surname takes (`Байдена`, `Блинкеном`).
    static let consonantEndings: [CyrillicCases.Case: [String]] = [.genitive: ["а"], .accusative: ["а"], .dative: ["у"], .instrumental: ["ом", "ем"], .prepositional: ["е"]]
    static let consonantEndingsUkrainian: [CyrillicCases.Case: [String]] = [.genitive: ["а"], .accusative: ["а"], .dative: ["ові", "у"], .instrumental: ["ом", "ем"], .prepositional: ["і", "ові"]]
    /// Stem endings after which the instrumental is `-ем` (`Шольцем`, `Бушем`).
    static let softInstrumental: Set<Character> = ["ц", "ж", "ш", "ч", "щ"]
    /// Stem endings after which `-у` is no dative ending but the name's own (`Шойгу`).
    static let ownFinalU: Set<Character> = ["г", "к", "х"]

    /// The surname in the nominative, its case known (`nil`: told by its ending alone).
    static func surname(_ word: String, case: CyrillicCases.Case?, female: Bool, ukrainian: Bool = false) -> String? {
        guard word.count >= 3 else { return nil }
        let table = ukrainian ? (female ? femaleEndingsUkrainian : maleEndingsUkrainian) : (female ? femaleEndings : maleEndings)
        for (ending, nominative) in table where word.hasSuffix(ending) && word.count > ending.count + 1 {
            return String(word.dropLast(ending.count)) + nominative
        }
        if female { return word }
        let endings = `case`.map { (ukrainian ? consonantEndingsUkrainian : consonantEndings)[$0] ?? [] } ?? ["ом", "ем", "у", "а"]
        for ending in endings where word.hasSuffix(ending) {
            let stem = word.dropLast(ending.count)
            guard let last = stem.last, isConsonant(last), stem.count >= 2 else { continue }
            if ending == "у", ownFinalU.contains(last) { continue }
            if ending == "ем", !softInstrumental.contains(last) { continue }
            return String(stem)
        }
        return word
    }

    /// `Владимировича` → `Владимирович`, `Петровны` → `Петровна`.
    static func patronymic(_ word: String) -> String {
        for (ending, nominative) in [("ичем", "ич"), ("ича", "ич"), ("ичу", "ич"), ("иче", "ич"), ("вной", "вна"), ("вны", "вна"), ("вне", "вна"), ("вну", "вна"), ("чной", "чна"), ("чны", "чна")]
        where word.hasSuffix(ending) && word.count > ending.count + 2 {
            return String(word.dropLast(ending.count)) + nominative
        }
        return word
    }

    /// Case endings of Russian and Ukrainian surnames, longest first (`Сазанова`, `Кудриным`,
    /// `Набиуллиной`, `Пищанської`).
    static let caseEndings = ["ими", "ыми", "ому", "ого", "ої", "ою", "ой", "ом", "ым", "им", "ую", "а", "у", "е", "ы", "и", "ю", "і"]
    /// Those of them an adjectival surname takes, whose nominative ends in -ий/-ый (`Зеленського`).
    static let adjectivalCaseEndings: Set<String> = ["ого", "ому", "им", "ым"]

    /// The nominatives a Cyrillic surname in another case may stand for: the stem, and the stem
    /// with a feminine `-а` (`Набиуллиной` → `Набиуллина`); none for a surname in Latin letters.
    static func surnameStems(_ word: String) -> [String] {
        guard let first = word.unicodeScalars.first, (0x0400...0x04FF).contains(first.value) else { return [] }
        var out: [String] = []
        for ending in caseEndings where word.count > ending.count + 2 && word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            out += [stem, stem + "а"]
            // (an adjectival surname: `Зеленського`, `Навального` → `Зеленський`, `Навальный`)
            if adjectivalCaseEndings.contains(ending) { out += [stem + "ий", stem + "ый"] }
        }
        return out
    }

    static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є", "ь", "ъ", "й"]
    static func isConsonant(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first, (0x0400...0x04FF).contains(s.value) else { return false }
        return !vowels.contains(Character(c.lowercased()))
    }
}
