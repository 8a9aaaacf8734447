/// Countries, capitals and bodies as Greek and Cypriot news writes them, each form listed (Greek
/// declines them: `η Αθήνα`, `της Αθήνας`, `στην Ελλάδα`), under the gazetteer's English names,
/// so that a Greek and an English document name one `gpe:greece`. Lines are
/// `English name|form;form;…`.
extension Gazetteer {
    static let greekData = """
    Greece|Ελλάδα;Ελλάδας;Ελλάς;Ελλάδος
    Athens|Αθήνα;Αθήνας;Αθήνες;Αθηνών
    Thessaloniki|Θεσσαλονίκη;Θεσσαλονίκης
    Cyprus|Κύπρος;Κύπρο;Κύπρου
    Nicosia|Λευκωσία;Λευκωσίας
    Turkey|Τουρκία;Τουρκίας
    Ankara|Άγκυρα;Άγκυρας
    Istanbul|Κωνσταντινούπολη;Κωνσταντινούπολης
    Germany|Γερμανία;Γερμανίας
    Berlin|Βερολίνο;Βερολίνου
    France|Γαλλία;Γαλλίας
    Paris|Παρίσι;Παρισιού
    Italy|Ιταλία;Ιταλίας
    Rome|Ρώμη;Ρώμης
    Russia|Ρωσία;Ρωσίας
    Moscow|Μόσχα;Μόσχας
    Ukraine|Ουκρανία;Ουκρανίας
    Kiev|Κίεβο;Κιέβου
    Brussels|Βρυξέλλες;Βρυξελλών
    Europe|Ευρώπη;Ευρώπης
    United States|ΗΠΑ;Ηνωμένες Πολιτείες;Ηνωμένων Πολιτειών
    United Kingdom|Ηνωμένο Βασίλειο;Ηνωμένου Βασιλείου;Βρετανία;Βρετανίας
    London|Λονδίνο;Λονδίνου
    European Union|ΕΕ;Ευρωπαϊκή Ένωση;Ευρωπαϊκής Ένωσης
    NATO|ΝΑΤΟ
    """

    /// Folded Greek form → the English name.
    static var greekForms: [(String, String)] {
        var out: [(String, String)] = []
        for line in greekData.split(separator: "\n") {
            let parts = line.split(separator: "|").map(String.init)
            guard parts.count == 2 else { continue }
            out += parts[1].split(separator: ";").map { (String($0).folded, parts[0]) }
        }
        return out
    }
}
