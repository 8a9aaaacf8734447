/// Month and weekday names of the archives' languages other than English, shared by the dates
/// stage (dates in the text of documents in those languages) and the cleaner (the date a page
/// shows under its headline).
public enum CalendarWords {
    /// Month names, month by month: French, German, Spanish, Italian, Portuguese, Dutch; Polish,
    /// Czech and Ukrainian in the genitive a date writes and the nominative (Russian likewise; Polish
    /// also in the locative, `w marcu 2025`);
    /// Swedish, Danish, Norwegian, Indonesian, Romanian, Turkish; Arabic as Egypt and the Gulf
    /// write the Gregorian months (with and without their hamza) and as the Levant and Iraq do
    /// (`آذار`, two words for four of them: `كانون الثاني`, which the dates stage reads as one);
    /// Urdu; Hindi (with and without the nukta); Hebrew (also with the `ב` of "in" it writes dates
    /// with: `15 בינואר 2025`); Greek, in the genitive a date takes, the nominative and the
    /// accusative (`τον Μάρτιο 2026`). A form means one month in every language listed.
    static let monthForms: [[String]] = [
        ["janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari", "января", "январь",
         "stycznia", "styczeń", "styczniu", "ledna", "leden", "січня", "січень", "ianuarie", "ocak", "يناير", "كانون الثاني", "جنوری", "जनवरी", "ינואר", "בינואר", "ιανουαρίου", "ιανουάριος", "ιανουάριο"],
        ["février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "февраля", "февраль",
         "lutego", "luty", "lutym", "února", "unora", "únor", "лютого", "лютий", "februarie", "şubat", "subat", "فبراير", "شباط", "فروری", "फ़रवरी", "फरवरी", "פברואר", "בפברואר", "φεβρουαρίου", "φεβρουάριος", "φεβρουάριο"],
        ["mars", "märz", "marzo", "março", "marco", "maart", "марта", "март",
         "marca", "marzec", "marcu", "března", "brezna", "březen", "березня", "березень", "maret", "martie", "mart", "مارس", "آذار", "marts", "مارچ", "मार्च", "מרץ", "במרץ", "μαρτίου", "μάρτιος", "μάρτιο"],
        ["avril", "april", "abril", "aprile", "апреля", "апрель",
         "kwietnia", "kwiecień", "kwietniu", "dubna", "duben", "квітня", "квітень", "aprilie", "nisan", "أبريل", "ابريل", "إبريل", "نيسان", "اپریل", "अप्रैल", "अप्रेल", "אפריל", "באפריל", "απριλίου", "απρίλιος", "απρίλιο"],
        ["mai", "mayo", "maggio", "maio", "mei", "мая", "май",
         "maja", "maj", "maju", "května", "kvetna", "květen", "травня", "травень", "mayıs", "mayis", "مايو", "أيار", "ايار", "مئی", "मई", "מאי", "במאי", "μαΐου", "μάιος", "μάιο"],
        ["juin", "juni", "junio", "giugno", "junho", "июня", "июнь",
         "czerwca", "czerwiec", "czerwcu", "června", "cervna", "červen", "червня", "червень", "iunie", "haziran", "يونيو", "يونيه", "حزيران", "جون", "जून", "יוני", "ביוני", "ιουνίου", "ιούνιος", "ιούνιο"],
        ["juillet", "juli", "julio", "luglio", "julho", "июля", "июль",
         "lipca", "lipiec", "lipcu", "července", "cervence", "červenec", "липня", "липень", "iulie", "temmuz", "يوليو", "يوليه", "تموز", "جولائی", "जुलाई", "יולי", "ביולי", "ιουλίου", "ιούλιος", "ιούλιο"],
        ["août", "aout", "august", "agosto", "augustus", "августа", "август",
         "sierpnia", "sierpień", "sierpniu", "srpna", "srpen", "серпня", "серпень", "augusti", "agustus", "ağustos", "agustos", "أغسطس", "اغسطس", "آب", "اگست", "अगस्त", "אוגוסט", "באוגוסט", "αυγούστου", "αύγουστος", "αύγουστο"],
        ["septembre", "september", "septiembre", "setiembre", "settembre", "setembro", "сентября", "сентябрь",
         "września", "wrzesień", "wrześniu", "září", "zari", "вересня", "вересень", "septembrie", "eylül", "eylul", "سبتمبر", "أيلول", "ايلول", "ستمبر", "सितंबर", "सितम्बर", "ספטמבר", "בספטמבר", "σεπτεμβρίου", "σεπτέμβριος", "σεπτέμβριο"],
        ["octobre", "oktober", "octubre", "ottobre", "outubro", "октября", "октябрь",
         "października", "październik", "październiku", "října", "rijna", "říjen", "жовтня", "жовтень", "octombrie", "ekim", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "اکتوبر", "अक्टूबर", "अक्तूबर", "אוקטובר", "באוקטובר", "οκτωβρίου", "οκτώβριος", "οκτώβριο"],
        ["novembre", "november", "noviembre", "novembro", "ноября", "ноябрь",
         "listopada", "listopad", "listopadzie", "listopadu", "листопада", "листопад", "noiembrie", "kasım", "kasim", "نوفمبر", "تشرين الثاني", "نومبر", "नवंबर", "नवम्बर", "נובמבר", "בנובמבר", "νοεμβρίου", "νοέμβριος", "νοέμβριο"],
        ["décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "december", "декабря", "декабрь",
         "grudnia", "grudzień", "grudniu", "prosince", "prosinec", "грудня", "грудень", "desember", "decembrie", "aralık", "aralik", "ديسمبر", "كانون الأول", "كانون الاول", "دسمبر", "दिसंबर", "दिसम्बर", "דצמבר", "בדצמבר", "δεκεμβρίου", "δεκέμβριος", "δεκέμβριο"],
    ]

    /// The languages whose month names `monthForms` holds (language codes as documents carry them).
    public static let monthLanguages: Set<String> = [
        "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "uk", "ru", "sv", "da", "no", "nb", "nn", "id", "ro", "tr", "ar", "ur", "hi", "he", "el",
    ]

    /// Month name (lower-cased) → month number, 1–12.
    public static let monthsAbroad: WordMap<Int> = {
        var out: [String: Int] = [:]
        for (k, forms) in monthForms.enumerated() { for f in forms { out[f] = k + 1 } }
        return WordMap(out)
    }()

    /// Weekday names a shown date may open with (`Dienstag, 12. März 2024`, `mardi 12 mars 2024`,
    /// `wtorek, 12 marca 2024`).
    public static let weekdaysAbroad: WordSet = [
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "segunda", "terça", "quarta", "quinta", "sexta", "feira",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
        "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή",
    ]

    /// Words that join the parts of a shown date or stand beside its time in those languages
    /// (`12 de marzo de 2024`, `le 12 mars 2024`, `um 16:40 Uhr`, `à 9h30`, `2024 г.`, `2024 року`, `2024 r.`, `오전 9:30`).
    public static let dateJoinersAbroad: WordSet = ["de", "del", "le", "um", "uhr", "à", "h", "г", "года", "року", "р", "r", "godz", "kl", "klo", "saat", "오전", "오후", "午前", "午後"]
}
