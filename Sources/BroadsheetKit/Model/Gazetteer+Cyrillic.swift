/// Countries, capitals and regions as Russian and Ukrainian news writes them, in every case
/// (`CyrillicCases`: `России`, `в Москве`, `в Україні`), under the gazetteer's English names, so
/// that a Russian and an English document name one `gpe:russia`. Lines are
/// `English name|nominatives;…|irregular forms;…`.
extension Gazetteer {
    static let cyrillicData = """
    Russia|Россия;Росія
    Moscow|Москва
    Ukraine|Украина;Україна
    Kiev|Киев;Київ|Києва;Києві;Києвом;Києву
    Belarus|Беларусь;Білорусь
    Minsk|Минск;Мінськ
    Kazakhstan|Казахстан
    China|Китай
    Beijing|Пекин;Пекін
    Germany|Германия;Німеччина
    Berlin|Берлин;Берлін
    France|Франция;Франція
    Paris|Париж
    United Kingdom|Великобритания;Великобританія
    London|Лондон
    Poland|Польша;Польща
    Warsaw|Варшава
    Turkey|Турция;Туреччина
    Israel|Израиль;Ізраїль
    Iran|Иран;Іран
    Syria|Сирия;Сирія
    Japan|Япония;Японія
    India|Индия;Індія
    Europe|Европа;Європа
    Washington|Вашингтон
    St. Petersburg|Санкт-Петербург;Петербург
    Crimea|Крым;Крим|Крыму;Криму
    Georgia|Грузия;Грузія
    Armenia|Армения;Вірменія
    Azerbaijan|Азербайджан
    Moldova|Молдавия;Молдова
    Italy|Италия;Італія
    Spain|Испания;Іспанія
    Brussels|Брюссель
    Kremlin|Кремль
    United States||США
    European Union||ЕС;ЄС
    """

    /// Folded Cyrillic form → the English name's entry.
    static var cyrillicForms: [(String, String)] {
        var out: [(String, String)] = []
        for line in cyrillicData.split(separator: "\n") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2 else { continue }
            var forms = parts[1].split(separator: ";").flatMap { CyrillicCases.forms(String($0)) }
            if parts.count > 2 { forms += parts[2].split(separator: ";").map(String.init) }
            out += forms.map { ($0.folded, parts[0]) }
        }
        return out
    }
}
