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
    China||КНР
    North Korea||КНДР
    United Nations||ООН
    North Atlantic Treaty Organization||НАТО
    Geneva|Женева
    Vienna|Вена;Відень
    Rome|Рим
    Prague|Прага
    Riga|Рига
    Ankara|Анкара
    Istanbul|Стамбул
    Tehran|Тегеран
    Damascus|Дамаск
    Baghdad|Багдад
    Cairo|Каир
    Astana|Астана
    Tashkent|Ташкент
    Yerevan|Ереван;Єреван
    Budapest|Будапешт
    Belgrade|Белград
    Stockholm|Стокгольм
    New York|Нью-Йорк
    Tokyo||Токио
    Baku||Баку
    Tbilisi||Тбилиси
    Helsinki||Хельсинки
    Uzbekistan|Узбекистан
    Latvia|Латвия;Латвія
    Lithuania|Литва
    Estonia|Эстония;Естонія
    Finland|Финляндия;Фінляндія
    Sweden|Швеция;Швеція
    Norway|Норвегия;Норвегія
    Austria|Австрия;Австрія
    Switzerland|Швейцария;Швейцарія
    Belgium|Бельгия;Бельгія
    Hungary|Венгрия;Угорщина
    Serbia|Сербия;Сербія
    Greece|Греция;Греція
    Egypt|Египет
    Afghanistan|Афганистан
    Pakistan|Пакистан
    Iraq|Ирак
    Venezuela|Венесуэла
    Cuba|Куба
    Canada|Канада
    Brazil|Бразилия;Бразилія
    Mexico|Мексика
    Chechnya|Чечня
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
