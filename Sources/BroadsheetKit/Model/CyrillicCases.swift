/// The forms Russian and Ukrainian give a name in their grammatical cases, made from the
/// nominative by the regular endings (Russian and Ukrainian together). News names people and
/// places in every case (`по словам Алексея Кудрина`, `в Москве`, `в Україні`); a made form that
/// no one writes costs nothing.
enum CyrillicCases {
    static func forms(_ name: String) -> [String] {
        let stem = String(name.dropLast())
        switch name.last {
        case "й":   // Алексей, Дмитрий, Сергій
            return [name] + ["я", "ю", "ем", "е", "и", "єм", "ї"].map { stem + $0 }
        case "а":   // Анна, Никита, Москва, Україна
            return [name] + ["ы", "и", "е", "у", "ой", "ою", "і"].map { stem + $0 }
        case "я":   // Мария, Наталья, Россия, Росія
            return [name] + ["и", "е", "ю", "ей", "ї", "єю", "ёй", "ію"].map { stem + $0 }
        case "о":   // Дмитро, Павло
            return [name] + ["а", "у", "ом", "ові"].map { stem + $0 }
        case "ь":   // Игорь, Беларусь, Брюссель
            return [name] + ["я", "ю", "ем", "е", "и", "і"].map { stem + $0 }
        default:    // Антон, Киев, Берлин
            return [name] + ["а", "у", "ом", "е", "ові", "і"].map { name + $0 }
        }
    }
}
