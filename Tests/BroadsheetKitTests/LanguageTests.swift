import Foundation
import Testing
@testable import BroadsheetKit

/// The `language` column: what the page declares, else what CLD2 reads in the text; and the
/// article's own language when the page's template says another.
@Suite struct LanguageTests {
    /// Sentences of the kind a news archive holds, in scripts and languages the old list of
    /// function words did not know. (Written for this test.)
    @Test(arguments: [
        ("Sejm przyjął w piątek ustawę o podatkach, a opozycja zapowiedziała skargę do trybunału.", "pl"),
        ("Уряд ухвалив у вівторок зміни до бюджету, повідомили в міністерстві фінансів.", "uk"),
        ("시의회는 어제 본회의에서 내년도 예산안을 통과시켰다고 밝혔다.", "ko"),
        ("أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية.", "ar"),
        ("הממשלה אישרה הערב את התוכנית החדשה לשיפור התחבורה הציבורית בעיר.", "he"),
        ("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των μικρών επιχειρήσεων.", "el"),
        ("Belediye meclisi dün akşam yeni bütçeyi oy çokluğuyla kabul etti.", "tr"),
        ("市議会は昨日、来年度の予算案を賛成多数で可決した。", "ja"),
        ("市議會昨天以多數票通過了明年的預算案，反對黨表示將繼續監督。", "zh"),
        ("Regeringen meddelade på tisdagen att skatten på bensin sänks från januari.", "sv"),
        ("The council approved next year's budget on Tuesday after a long debate.", "en"),
    ])
    func languageIsReadFromTheText(_ sentence: String, _ code: String) {
        #expect(LanguageGuess.guess(sentence) == code)
    }

    /// A results table (club names and scores with a few English words) is no language's text:
    /// no answer rather than the clubs' language.
    @Test func aTableOfNamesIsNoLanguage() {
        let table = (1...12).map { "Zvezdara \($0) Obilic 0\nHajduk Kula 2 Sloga Kraljevo 1\nRadnicki Nis \($0 % 3) Mladost Lucani 2" }.joined(separator: "\n")
        #expect(LanguageGuess.detect("Results of league matches played on Sunday:\n" + table) != "sr")
        #expect(LanguageGuess.detect("") == nil)
    }

    /// English prose is known as English by its function words without asking CLD2; German
    /// prose and a short line are not.
    @Test func plainEnglishNeedsNoDetector() {
        let english = "The council approved the budget on Tuesday after a long debate. The mayor said the plan would pay for new schools and for the repair of the roads, and that taxes would not rise. Opponents said it was too late to change the course of the city and that the money would run out."
        #expect(LanguageGuess.plainlyEnglish(english))
        #expect(!LanguageGuess.plainlyEnglish(LanguageTests.german.joined(separator: "\n\n")))
        #expect(!LanguageGuess.plainlyEnglish("The end of the road."))
    }

    @Test func cld2CodesBecomeISO6391() {
        #expect(LanguageGuess.iso639_1("iw") == "he")
        #expect(LanguageGuess.iso639_1("zh-Hant") == "zh")
        #expect(LanguageGuess.iso639_1("un") == nil)
        #expect(LanguageGuess.iso639_1("xx-Kana") == nil)
        #expect(LanguageGuess.iso639_1("haw") == nil)
        #expect(LanguageGuess.iso639_1("de") == "de")
    }

    static func page(lang: String?, body: [String]) -> [UInt8] {
        let html = """
            <html\(lang.map { " lang=\"\($0)\"" } ?? "")><head><meta charset="utf-8"><title>Stadtrat beschließt Haushalt</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/contact">Contact us</a></nav>
            <article><h1>Stadtrat beschließt Haushalt</h1>\(body.map { "<p>\($0)</p>" }.joined())</article>
            <footer>Copyright 2024 Example Media. All rights reserved. Privacy policy. Terms of use.</footer></body></html>
            """
        return Array(html.utf8)
    }

    static let german = [
        "Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen. Nach einer langen Debatte stimmten 31 Mitglieder dafür, zwölf dagegen.",
        "Die Oberbürgermeisterin sprach von einem soliden Plan, der Investitionen in Schulen und den Nahverkehr ermöglicht. Die Opposition kritisierte die neuen Schulden.",
        "Gestern hatte der Finanzausschuss noch über mehrere Änderungsanträge beraten, die nun teilweise in den Entwurf aufgenommen wurden.",
    ]

    func cleaned(_ bytes: [UInt8]) throws -> Document {
        let dir = Paths.temporary("language")
        let url = dir.appendingPathComponent("page.html")
        try Data(bytes).write(to: url)
        var doc = Ingestor.read(InputFile(id: "page.html", path: url.path, format: .html), manifest: nil, rawText: false)
        try CleanStage(options: .init(), context: RunContext()).process(&doc)
        return doc
    }

    /// A German story in a site template that says `lang="en"` is German: the later stages read
    /// it as German (`Gestern`, no English capitals rule), and a warning says the declaration was overruled.
    @Test func theArticlesLanguageOverrulesTheTemplates() throws {
        let doc = try cleaned(Self.page(lang: "en", body: Self.german))
        #expect(doc.meta.language == "de")
        #expect(doc.warnings.contains { $0.stage == "clean" && $0.message.contains("'de', not 'en' as the page declares") })
        let undeclared = try cleaned(Self.page(lang: nil, body: Self.german))
        #expect(undeclared.meta.language == "de")
        #expect(!undeclared.warnings.contains { $0.stage == "clean" && $0.message.contains("language set") })
        let agreed = try cleaned(Self.page(lang: "de-DE", body: Self.german))
        #expect(agreed.meta.language == "de")
        #expect(!agreed.warnings.contains { $0.message.contains("language set") })
    }

    /// A Polish page saved in ISO-8859-2 with no declaration is read and named Polish.
    @Test func anUndeclaredLatin2PageIsPolish() throws {
        let body = "<html><head><title>Sejm przyjął budżet</title></head><body><div class=\"tresc\"><h1>Sejm przyjął budżet</h1>"
            + "<p>Sejm przyjął w piątek ustawę budżetową na przyszły rok. Za głosowało 235 posłów, przeciw było 210, a pięciu wstrzymało się od głosu.</p>"
            + "<p>Minister finansów podkreśliła, że deficyt nie przekroczy zakładanego poziomu, a wydatki na ochronę zdrowia wzrosną.</p>"
            + "<p>Ustawa trafi teraz do Senatu, który ma na jej rozpatrzenie dwadzieścia dni. Opozycja zapowiada zgłoszenie poprawek.</p></div></body></html>"
        let latin2 = try #require(body.data(using: .isoLatin2))
        let doc = try cleaned(Array(latin2))
        #expect(doc.meta.language == "pl")
        #expect(doc.text.contains("Ustawa trafi teraz do Senatu"))
    }
}
