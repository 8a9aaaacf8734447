import Foundation
import Testing
@testable import BroadsheetKit

@Suite struct CleanTests {
    func clean(_ docs: [Document], options: CleanStage.Options = .init()) throws -> [Document] {
        var stage = try CleanStage(options: options, context: RunContext())
        stage.prepare(observations: docs.map { stage.observe($0) }, parallel: ParallelRunner(workers: 1))
        return try docs.map { d in var d = d; try stage.process(&d); return d }
    }

    func text(_ id: String, _ body: String) -> Document {
        var doc = Document(id: id, format: .text)
        Ingestor.readText(Array(body.utf8), into: &doc)
        doc.sha256 = SHA256.hex(of: Array(body.utf8))
        return doc
    }

    @Test func scrapeChromeIsRemovedByGeneralMeans() throws {
        let chrome = "Skip to content\n\nBreaking News\n\n"
        let legal = "\n\nSite Name has been blocked in some countries.\n\nTo find out more, click here."
        let docs = try clean([
            text("a.txt", chrome + "Ministers Meet in Oslo\n\nA photo caption without a full stop\nOSLO -- Ministers met on Monday to discuss the plan.\n\nThey agreed to meet again." + legal),
            text("b.txt", chrome + ". Last Updated: 07/27/2016\n\nFarmers Protest Prices\n\nA caption printed twice\nA caption printed twice\nPARIS -- Farmers blocked roads on Tuesday.\n\nPolice watched." + legal),
        ])
        #expect(docs[0].meta.title == "Ministers Meet in Oslo")
        #expect(docs[0].text == "OSLO -- Ministers met on Monday to discuss the plan.\n\nThey agreed to meet again.")
        #expect(docs[1].meta.title == "Farmers Protest Prices")
        #expect(docs[1].meta.updated == "2016-07-27")
        #expect(docs[1].meta.published == nil)
        #expect(docs[1].text == "PARIS -- Farmers blocked roads on Tuesday.\n\nPolice watched.")
    }

    /// Hindi ends its sentences with a danda (।), Urdu with its own full stop (۔): their
    /// paragraphs are prose as English ones are, and a scrape in those languages keeps its article
    /// (before, no line ended like a sentence: the Urdu scrape was empty and the Hindi one kept
    /// only its menu, with status ok).
    @Test func proseEndingInADandaOrAnUrduStopIsTheArticle() throws {
        let hindi = ["सरकार ने शुक्रवार को किसानों के लिए एक नई योजना की घोषणा की। इस योजना के तहत छोटे किसानों को हर साल सहायता मिलेगी।",
                     "कृषि मंत्री ने कहा कि योजना से देश के करोड़ों किसानों को लाभ होगा। पहली किस्त अगले महीने जारी की जाएगी।"]
        let urdu = ["وزیراعظم نے جمعہ کو کسانوں کے لیے ایک نئی اسکیم کا اعلان کیا۔ اس اسکیم کے تحت چھوٹے کسانوں کو ہر سال مالی امداد ملے گی۔",
                    "وزیر زراعت نے کہا کہ اس سے ملک کے لاکھوں کسانوں کو فائدہ ہوگا۔ پہلی قسط اگلے ماہ جاری کی جائے گی۔"]
        let docs = try clean([text("hi.txt", "मुख्य पृष्ठ\nदेश\nविदेश\n\n" + hindi.joined(separator: "\n\n")),
                              text("ur.txt", urdu.joined(separator: "\n\n"))])
        for (doc, paragraphs) in zip(docs, [hindi, urdu]) {
            #expect(doc.status == .ok, "\(doc.id)")
            for p in paragraphs { #expect(doc.text.contains(p), "\(doc.id)") }
        }
        #expect(Coverage.proseChars(hindi[0]) > 0 && Coverage.proseChars(urdu[0]) > 0)
    }

    /// A single scrape (no other page of its site to compare with) in Ukrainian, Polish or
    /// English: the link to another story inside it, the share bar and the advertisement label
    /// under it are the site's, in every language.
    @Test func storyLinksShareBarsAndAdLabelsInTheArchivesLanguages() throws {
        let docs = try clean([
            text("uk.txt", "Уряд ухвалив зміни до бюджету\n\nКабінет міністрів у четвер ухвалив зміни до бюджету, повідомили в міністерстві.\n\nЧитайте також: Верховна Рада розгляне бюджет у грудні\n\nОпозиція вимагатиме додаткових коштів.\n\nПоділитися: Facebook Twitter Telegram\n\nРеклама"),
            text("pl.txt", "Sejm przyjął ustawę\n\nSejm przyjął w czwartek ustawę o ochronie lasów.\n\nCzytaj także: Rekordowe upały w Hiszpanii\n\nReklama\n\nBranża drzewna ostrzega przed wzrostem cen.\n\nUdostępnij: Facebook Twitter"),
            text("en.txt", "Council Approves Budget\n\nThe council approved the budget on Thursday.\n\nRead more: Parliament to debate the budget in December\n\nThe opposition wants more money for roads.\n\nRead more: the report says it is not enough."),
        ])
        #expect(docs[0].text == "Кабінет міністрів у четвер ухвалив зміни до бюджету, повідомили в міністерстві.\n\nОпозиція вимагатиме додаткових коштів.")
        #expect(docs[1].text == "Sejm przyjął w czwartek ustawę o ochronie lasów.\n\nBranża drzewna ostrzega przed wzrostem cen.")
        // (a sentence that starts with the words is the story's)
        #expect(docs[2].text == "The council approved the budget on Thursday.\n\nThe opposition wants more money for roads.\n\nRead more: the report says it is not enough.")
    }

    /// A scraped thread: each reply's line of age ("2 hours ago") counts from when the page was
    /// saved; it is not text, and no date is read from it.
    @Test func aScrapedThreadsAgeLinesAreNotText() throws {
        let docs = try clean([
            text("thread.txt", "Ferry times this summer?\n\nDoes anyone know when the first ferry leaves on weekdays now?\n\nharbourfan · 2 hours ago\n\nThe early boat leaves at ten past six since the timetable changed.\n\nsailor_j · 3 hours ago\n\nAnd on Saturdays the first boat is at seven."),
        ])
        #expect(!docs[0].text.contains("ago"))
        #expect(docs[0].text.contains("The early boat leaves at ten past six"))
    }

    /// A scrape's byline under the headline names the writer (the line stays in the text); a
    /// story that opens "By the time …" names no one.
    @Test func aScrapesBylineNamesTheWriter() throws {
        let docs = try clean([
            text("by.txt", "Harbour plan approved after long debate\n\nBy Ana Silva, Staff Writer\n\nThe harbour board approved the plan on Tuesday after a long debate about the cost of the new quay."),
            text("time.txt", "Harbour plan approved after long debate\n\nBy the time the board voted, most of the public had left the hall after a long debate about the quay."),
        ])
        #expect(docs[0].meta.byline == "Ana Silva")
        #expect(docs[0].text.hasPrefix("By Ana Silva"))
        #expect(docs[1].meta.byline == nil)
    }

    /// Regression: in a scrape shaped headline / dateline / body (Wikinews, many archives) the
    /// dateline became the title, the headline was lost and no publication date was set.
    @Test func datelineUnderTheHeadlineDatesTheDocument() throws {
        let scrape = "Council Approves New Tram Line\n\nFriday, July 21, 2017\n\nThe city council on Friday approved a new tram line after a debate that lasted until late yesterday.\n\nWork starts next spring."
        let doc = try clean([text("tram.txt", scrape)])[0]
        #expect(doc.meta.title == "Council Approves New Tram Line")
        #expect(doc.meta.published == "2017-07-21" && doc.meta.publishedSource == .text)
        #expect(doc.text.hasPrefix("The city council on Friday approved"))
        let dated = try textDocument(scrape, stages: [CleanStage(options: .init(), context: RunContext()), segmenter, dater])
        let yesterday = try #require(dated.dates.first { $0.text == "yesterday" })
        #expect(yesterday.value == "2017-07-20" && yesterday.resolution == .relative)

        for (line, expected) in [("21 July 2017", "2017-07-21"), ("Fri 21st July 2017, 10:30 BST", "2017-07-21"), ("07/21/2017", "2017-07-21"),
                                 ("2017-07-21", "2017-07-21"), ("Published: July 21, 2017", "2017-07-21")] {
            let d = try clean([text("d.txt", "Council Approves New Tram Line\n\n\(line)\n\nThe city council on Friday approved a new tram line for the east side.")])[0]
            #expect(d.meta.published == expected, "\(line)")
            #expect(d.meta.title == "Council Approves New Tram Line", "\(line)")
        }
        // A sentence about a date is not a dateline; a day and month alone are not a year.
        let sentence = try clean([text("s.txt", "Tram Line Approved\n\nOn July 21, 2017 the council approved a new tram line for the east side.")])[0]
        #expect(sentence.meta.published == nil && sentence.text.hasPrefix("On July 21, 2017"))
        let yearless = try clean([text("y.txt", "Tram Line Approved\n\nFriday, July 21\n\nThe council approved a new tram line for the east side.")])[0]
        #expect(yearless.meta.published == nil && yearless.meta.title == "Tram Line Approved")
    }

    @Test func wireDatelineOpeningTheStoryDatesIt() throws {
        let doc = try clean([text("w.txt", "Tram Line Approved\n\nLYON, July 21, 2017 (Wire) - The city council approved a new tram line on Friday.\n\nWork starts next spring.")])[0]
        #expect(doc.meta.published == "2017-07-21")
        #expect(doc.text.hasPrefix("LYON, July 21, 2017 (Wire) - The city council"))
        let yearless = try clean([text("w.txt", "Tram Line Approved\n\nLYON, July 21 (Wire) - The city council approved a new tram line on Friday.")])[0]
        #expect(yearless.meta.published == nil)
    }

    /// Wire copy as archives keep it: a headline ending in a full stop, then the place in capitals
    /// and the date on a line of their own. The line dates the story and stays in it.
    @Test func wirePlaceAndDateLineDatesTheStory() throws {
        for (line, expected) in [("LYON 2017-07-21", "2017-07-21"), ("SAINT-ÉTIENNE, France 2017-07-21", "2017-07-21"),
                                 ("N'DJAMENA, July 21, 2017", "2017-07-21"), ("2017-07-21", "2017-07-21")] {
            let scrape = "Council approves new tram line for the east side.\n\n\(line)\n\nThe city council on Friday approved a new tram line after a long debate."
            let doc = try clean([text("w.txt", scrape)])[0]
            #expect(doc.meta.published == expected, "\(line)")
            let dated = try textDocument(scrape, stages: [CleanStage(options: .init(), context: RunContext()), segmenter, dater])
            #expect(dated.dates.first { $0.text == "Friday" }?.value == "2017-07-21", "\(line)")
        }
        for line in ["LYON", "TRAM LINE 2", "On 2017-07-21 the council met."] {
            let doc = try clean([text("w.txt", "Council approves new tram line for the east side.\n\n\(line)\n\nThe city council approved a new tram line after a long debate.")])[0]
            #expect(doc.meta.published == nil, "\(line)")
        }
    }

    /// A press release's place and date in the case of running text, on a line of its own under
    /// the headline, in the archives' languages: it dates the story and is never its title (it
    /// was the title, the headline was lost and nothing was dated). A stamp's `Updated:` is no place.
    @Test func aPlaceAndDateInRunningCaseDateTheStoryAndAreNoTitle() throws {
        for (head, line, body, expected) in [
            ("Council Approves New Tram Line", "London, 12 March 2024", "The city council on Tuesday approved a new tram line after a long debate.", "2024-03-12"),
            ("Le conseil adopte la ligne de tram", "Paris, le 12 mars 2024", "Le conseil municipal a adopté mardi une nouvelle ligne de tram après un long débat.", "2024-03-12"),
            ("Stadtrat beschließt neue Straßenbahn", "Frankfurt am Main, 14. März 2024", "Der Stadtrat hat am Donnerstag eine neue Straßenbahnlinie beschlossen.", "2024-03-14"),
            ("El consejo aprueba el tranvía", "Rio de Janeiro, 10 de abril de 2024", "El consejo municipal aprobó el martes una nueva línea de tranvía tras un largo debate.", "2024-04-10"),
            ("Совет одобрил новую линию трамвая", "Москва, 15 марта 2024 года", "Городской совет в пятницу одобрил новую линию трамвая после долгих споров.", "2024-03-15"),
            ("Рада схвалила нову лінію трамваю", "Київ, 15 березня 2024 року", "Міська рада в п'ятницю схвалила нову лінію трамваю після довгих суперечок.", "2024-03-15"),
        ] {
            for gap in ["\n\n", "\n"] {
                let doc = try clean([text("p.txt", "\(head)\(gap)\(line)\n\n\(body)")])[0]
                #expect(doc.meta.title == head, "\(line)")
                #expect(doc.meta.published == expected, "\(line)")
                #expect(doc.text.hasPrefix(String(body.prefix(12))), "\(line)")
            }
        }
        #expect(Dateline.placed("Last Updated: Tuesday, 20 December 2005") == nil)
        #expect(Dateline.placed("Council Approves Tram, 2024") == nil)
    }

    /// A page's stamp in the archives' other languages dates it: `Publié le 12 mars 2024 à 10h30`,
    /// `Veröffentlicht am 14.03.2024, 16:40 Uhr · Von Anna Keller`, `Actualizado el 3 de abril de
    /// 2024` (an update), `Опубликовано 15 марта 2024` (no date was read from them).
    @Test func stampsInOtherLanguagesDateThePage() {
        let cases: [(String, StatedDate.Kind, String)] = [
            ("Publié le 12 mars 2024 à 10h30", .published, "2024-03-12"), ("Veröffentlicht am 14.03.2024, 16:40 Uhr · Von Anna Keller", .published, "2024-03-14"),
            ("Actualizado el 3 de abril de 2024", .updated, "2024-04-03"), ("Опубликовано 15 марта 2024", .published, "2024-03-15"),
            ("Pubblicato il 5 maggio 2024", .published, "2024-05-05"), ("Mis à jour le 13 mars 2024", .updated, "2024-03-13"),
        ]
        for (line, kind, date) in cases {
            let read = StatedDate.parse(line)
            #expect(read?.0 == kind && read?.1.hasPrefix(date) == true, "\(line)")
        }
        #expect(StatedDate.parse("Publié dans la rubrique Politique") == nil)
        #expect(StatedByline.parseAfterStamp("Veröffentlicht am 14.03.2024, 16:40 Uhr · Von Anna Keller") == "Anna Keller")
        #expect(StatedByline.parseAfterStamp("March 4, 2025 | By Ana Silva") == "Ana Silva")
    }

    /// The date that closes a byline's line dates the story: `By Jane Smith, London, 12 March 2024`.
    @Test func theDateClosingABylineDatesTheStory() throws {
        for (line, expected) in [("By Ana Silva, London, 12 March 2024", "2024-03-12"), ("By Ana Silva | March 12, 2024", "2024-03-12"),
                                 ("By Ana Silva, Staff Writer", nil)] {
            let doc = try clean([text("b.txt", "Harbour plan approved after long debate\n\n\(line)\n\nThe harbour board approved the plan on Tuesday after a long debate about the quay.")])[0]
            #expect(doc.meta.byline == "Ana Silva", "\(line)")
            #expect(doc.meta.published == expected, "\(line)")
        }
    }

    /// Wire copy whose headline ends in a full stop, then the writer's name and the place and
    /// date: the headline is the title and stays in the text, and the name and dateline under it
    /// are text too (the name was the title, or the dateline was).
    @Test func aHeadlineEndingInAFullStopIsTheTitleAndKeepsWhatFollows() throws {
        let scrape = "Harbour board approves new quay.\n\nAna Silva\n\nLISBON 2017-07-21\n\nThe harbour board on Friday approved a new quay after a long debate about its cost."
        let doc = try clean([text("w.txt", scrape)])[0]
        #expect(doc.meta.title == "Harbour board approves new quay")
        #expect(doc.meta.published == "2017-07-21")
        #expect(doc.text.hasPrefix("Harbour board approves new quay.\n\nAna Silva\n\nLISBON 2017-07-21\n\nThe harbour board"))
        // Short sentences one under another are a text's first sentences, not a headline and its story.
        let short = try clean([text("s.txt", "The works end in September.\n\nPrices rise from May.\n\nA new rule applies in October.")])[0]
        #expect(short.meta.title == nil)
        // A long first sentence is the story's first sentence, not its headline.
        let lede = try clean([text("l.txt", "The harbour board on Friday approved a new quay after a long debate about what it would cost the town.\n\nWork starts next spring.")])[0]
        #expect(lede.meta.title == nil)
    }

    /// The writer's post on a line under the byline (`Staff Writer`, `Reuters`) is no headline:
    /// it was the title, and the headline and the byline were lost. (A scrape written for this test.)
    @Test func theWritersPostUnderTheBylineIsNoTitle() throws {
        let scrape = "School board votes to close two schools\n\nBy Marcus Webb\nStaff Writer\nPublished Jan. 14, 2026 at 9:02 PM\n\n"
            + "The district board voted 4-3 on Monday night to close two elementary schools at the end of the school year."
        let doc = try clean([text("w.txt", scrape)])[0]
        #expect(doc.meta.title == "School board votes to close two schools")
        #expect(doc.meta.byline == "Marcus Webb")
        #expect(doc.meta.published == "2026-01-14")
    }

    @Test func userPatternsRemoveLines() throws {
        var options = CleanStage.Options()
        options.removePatterns = ["Follow us on .*"]
        let docs = try clean([text("a.txt", "Headline Here Today\n\nThe council met on Monday.\n\nFollow us on Mastodon\n\nIt voted to close the library.")], options: options)
        #expect(docs[0].text == "The council met on Monday.\n\nIt voted to close the library.")
    }

    @Test func hardWrappedTextIsRejoined() throws {
        let wrapped = """
        The committee said on Tuesday that the new rules would take effect next
        year, after a consultation that drew more than four thousand responses from
        businesses, unions and members of the public across the country.

        A second paragraph follows here, also wrapped at the same fixed width of
        the original newswire feed that produced this text for the archive.
        """
        let docs = try clean([text("w.txt", wrapped)])
        #expect(docs[0].paragraphs.count == 2)
        #expect(docs[0].text.hasPrefix("The committee said on Tuesday that the new rules would take effect next year, after"))
    }

    /// A digest of short headlines each over a one-line story is no wrapped text: the headlines
    /// (about one length, like a wrap width) stay paragraphs of their own, not the opening words
    /// of the story below them.
    @Test func headlinesOverOneLineStoriesAreNotAWrappedText() throws {
        let digest = """
        REGIONAL DIGEST

        Ferry service resumes after strike
        HULL — Ferries between Hull and Rotterdam sailed again on Tuesday after a four-day strike by deck crews ended with a pay deal, the operator said.

        Library extends opening hours
        YORK — The city's central library will open until 9pm on weekdays from next month, the council announced, after a public consultation.

        Police appeal after bike thefts
        SELBY — Officers are asking for dashcam footage after eleven bicycles were stolen from sheds in the town over the weekend, police said.

        Stadium plan wins approval
        DONCASTER — Councillors approved plans for a 6,000-seat stadium on the edge of the town at a meeting on Wednesday evening.
        """
        let paragraphs = try clean([text("d.txt", digest)])[0].text.components(separatedBy: "\n\n")
        #expect(paragraphs.contains("Library extends opening hours"))
        #expect(paragraphs.contains { $0.hasPrefix("SELBY — Officers are asking") })
    }

    @Test func htmlArticleBodyAndMetadata() throws {
        let bytes = Array(try Data(contentsOf: Paths.fixtures.appendingPathComponent("corpus/article.html")))
        var doc = Document(id: "article.html", format: .html)
        let page = try HTMLReader.parse(bytes, url: nil)
        doc.meta = PageMetadata.extract(page)
        doc.blocks = page.blocks
        doc.containers = page.containers
        doc = try clean([doc])[0]
        #expect(doc.meta.title == "Council votes to close library")
        #expect(doc.meta.published == "2021-05-04T09:00:00Z")
        #expect(doc.meta.publishedSource == .jsonLD)
        #expect(doc.meta.byline == "Ana Ruiz")
        #expect(doc.meta.site == "The Valley Post")
        #expect(doc.text.contains("The council voted 7-2 on Monday"))
        #expect(doc.text.contains("Residents gathered"))
        for chrome in ["Accept cookies", "Share on", "Sign up", "Related", "Comments", "All rights reserved", "gtag", "Home"] {
            #expect(!doc.text.contains(chrome), "chrome left: \(chrome)")
        }
    }

    @Test func windows1252PageKeepsAccentedNames() throws {
        let html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u{e9}</title></head><body><article><p>Jos\u{e9} Mar\u{ed}a Aznar and Fran\u{e7}ois Hollande met in Besan\u{e7}on on Monday to talk.</p></article></body></html>"
        let bytes = Array(html.data(using: .windowsCP1252)!)
        let page = try HTMLReader.parse(bytes, url: nil)
        #expect(page.encoding == "windows-1252")
        #expect(page.blocks.map(\.text).joined().contains("José María Aznar and François Hollande"))
    }

    @Test func siteSuffixIsStrippedFromTitles() {
        #expect(PageMetadata.stripSiteSuffix("Ferry strike ends after nine days | The Harbour Times", site: "The Harbour Times") == "Ferry strike ends after nine days")
        #expect(PageMetadata.stripSiteSuffix("Ferry strike ends - BBC News", site: nil) == "Ferry strike ends")
        #expect(PageMetadata.stripSiteSuffix("Well - this is a headline", site: nil) == "Well - this is a headline")
    }

    @Test func headlineIsFoundWithoutCorpusStatistics() throws {
        let scrape = "Get the latest updates as we post them — right on your browser\n\n. Last Updated: 07/27/2016\n\nRussia Reassures NATO on Security\n\nBRUSSELS -- Russia sought to reassure NATO that its ideas were not aimed at the alliance.\n\nBy John Smith is not a byline here."
        let docs = try clean([text("single.txt", scrape)])
        #expect(docs[0].meta.title == "Russia Reassures NATO on Security")
        #expect(docs[0].meta.updated == "2016-07-27")
        #expect(docs[0].text.hasPrefix("BRUSSELS -- Russia sought"))
    }

    @Test func scriptStyleAndDrawingTextIsDroppedBeforeParsing() {
        func strip(_ html: String) -> String { String(decoding: HTMLReader.dropUnreadElementText(Array(html.utf8)), as: UTF8.self) }
        #expect(strip("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>") == "<p>a</p><script></script><p>b</p>")
        #expect(strip("<STYLE type=\"text/css\">p{}</STYLE><p>b</p>") == "<STYLE type=\"text/css\"></STYLE><p>b</p>")
        // JSON-LD is metadata we read: kept
        let ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
        #expect(strip(ld) == ld)
        // a tag inside a comment is not an element; quotes in the start tag are respected
        #expect(strip("<!-- <script> --><p>kept</p><script data-x=\"a>b\">x</script>") == "<!-- <script> --><p>kept</p><script data-x=\"a>b\"></script>")
        // names that only start like script/style, unterminated scripts, and stray "<" are left alone
        #expect(strip("<scripts>x</scripts><styled>y</styled>") == "<scripts>x</scripts><styled>y</styled>")
        #expect(strip("<p>a</p><script>never closed") == "<p>a</p><script>never closed")
        #expect(strip("a < b <script") == "a < b <script")
        // an inline icon's drawing: the element stays, its inside goes
        #expect(strip("<p>Share <svg viewBox=\"0 0 24 24\"><path d=\"M12 2L2 7\"/><title>Tweet</title></svg> this</p>")
                == "<p>Share <svg viewBox=\"0 0 24 24\"></svg> this</p>")
        #expect(strip("<svgx>kept</svgx><svg>never closed") == "<svgx>kept</svgx><svg>never closed")
        // a title left open is closed at its line's end; a script or icon on that line stays as it
        // was (the fuzzer's page: the scan had gone back before what it had already copied)
        #expect(strip("<title>Cut <svg><path/></svg> short\n<body><div><script>x()</script><p>Text</p></div></body>")
                == "<title>Cut <svg><path/></svg> short</title>\n<body><div><script></script><p>Text</p></div></body>")
        // the page still parses to the same blocks
        let page = "<html><body><div class=\"article-body\"><p>First paragraph, with a comma.</p><script>document.write('<p>ad</p>')</script><p>Second.</p></div></body></html>"
        let blocks = try? HTMLReader.parse(Array(page.utf8), url: nil).blocks.map(\.text)
        #expect(blocks == ["First paragraph, with a comma.", "Second."])
    }

    /// The attributes the page walk never reads go before parsing; those it reads, metadata tags,
    /// scripts, and every tag that does not read cleanly (with all that follows it) reach libxml2
    /// as they came.
    @Test func unreadAttributesAreDroppedBeforeParsing() {
        func drop(_ html: String) -> String { String(decoding: HTMLReader.dropUnreadAttributes(Array(html.utf8)), as: UTF8.self) }
        #expect(drop(#"<a href="/x" onclick="go()">x</a>"#) == "<a>x</a>")
        #expect(drop(#"<DIV Class="story" data-id=7 ID='m' role=main itemprop="articleBody" hidden lang="fr" style="color: red">"#)
                == #"<DIV Class="story" ID='m' role=main itemprop="articleBody" hidden lang="fr">"#)
        #expect(drop(#"<p style="DISPLAY: NONE" aria-hidden="true" title="t"><time datetime="2024-01-02" title="t">"#)
                == #"<p style="DISPLAY: NONE" aria-hidden="true"><time datetime="2024-01-02">"#)
        #expect(drop(#"<img src="a.jpg" alt="A > B"/><br>"#) == "<img/><br>")
        let untouched = [
            // what metadata and JSON-LD are read from
            #"<meta property="og:title" content="T"><link rel="canonical" href="https://ex.com/a"><script type="application/ld+json">{"a": "<p data-y=1>"}</script>"#,
            // comments, processing instructions and end tags end where libxml2 ends them
            #"<!-- <a href="x"> --><?php echo '<a href="'.$u.'">'; ?><p>t</p></a href="y">"#,
            // an unclosed quote, or a name libxml2 skips, stops the rewriting
            #"<a href="x>y <b title="t">z</b><i class=q data-q=1>"#,
            #"<a @click="go" href="x">y</a><b title="t">"#,
            // a DOCTYPE cut short runs to the next quote
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.0//EN\" \"http://www.w3.org/TR/REC-html40/lo\n<a href=\"/x\">x</a>",
        ]
        for html in untouched { #expect(drop(html) == html) }
        #expect(drop(#"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1.dtd"><a href="/x">x</a>"#)
                == #"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1.dtd"><a>x</a>"#)
    }

    /// Tag soup made of the pieces that trip a byte scanner (unclosed quotes, stray `<` and `>`,
    /// comments, PIs, a DOCTYPE cut short, scripts holding markup, prefixed and bogus attribute
    /// names, runs of white space inside and outside `<pre>`) parses to the same page with and
    /// without the rewriting.
    @Test func droppingUnreadAttributesLeavesThePageAsLibxml2ReadsIt() throws {
        let pieces = [
            "<p>", "</p>", "<div class=\"Story main\" data-id=\"7\">", "</div>", "<a href=\"/x\" onclick=\"go()\">", "</a>",
            "<a href='/y\">", "<!-- a <b title=\"c\"> comment -->", "<!--", "-->", "<?php echo '<a href=\"", "\">'; ?>",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD", "\"", "'", ">", "<", " ", "\n", "The council met on Tuesday. ", "Zürich, 1 €. ",
            "<img src=a.jpg alt=\"b > c\"/>", "<span style=\"display: none\">hidden</span>", "<span style=\"color:red\">shown</span>",
            "<b title=t>", "</b>", "<script>var s = '<p class=\"x\">';</script>", "<script type=\"application/ld+json\">{\"a\": \"<b x=1>\"}</script>",
            "<style>p { color: red }</style>", "<meta name=\"description\" content=\"A page\">", "<link rel=\"canonical\" href=\"https://ex.com/a\">",
            "<h1 data-x=\"1\">", "</h1>", "<table border=0><tr><td nowrap>cell</td></tr></table>", "&amp;", "<br/>", "<p hidden>gone</p>",
            "<div aria-hidden=\"true\">gone too</div>", "<time datetime=\"2020-01-02\" class=t>Jan 2</time>", "<atom:link rel=\"hub\" href=\"h\"/>",
            "<a @click=\"go\" href=\"z\">", "<iframe src=\"q\"></iframe>", "<html lang=\"de\" dir=ltr>", "<title>A title</title>",
            "<div id=main role=article itemprop=articleBody>", "<p class=\"a\"id=\"b\">", "</div x=\"<p>\">", "<![CDATA[ <p a=\"1\"> ]]>",
            // white space the rewriting squeezes, in and out of preformatted text and titles
            "<pre>", "</pre>", "<pre class=\"code\">\n    ", "  \n  ", "\t\t", "\r\n", "\u{0C}\u{0C}", "    x  =  1\n    y = 2\n",
            "<title>\n  Spaced   title \n</title>", "<textarea>  a\n\n  b  </textarea>",
        ]
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        func described(_ page: ParsedPage) -> String {
            var page = page
            page.warnings = []
            return String(describing: page)
        }
        var rewritten = 0
        for _ in 0..<1500 {
            let html = (0..<(5 + next(40))).map { _ in pieces[next(pieces.count)] }.joined()
            let bytes = Array(html.utf8)
            if HTMLReader.dropUnreadAttributes(bytes) != bytes { rewritten += 1 }
            let plain = try HTMLReader.parse(bytes, url: nil, droppingUnreadAttributes: false)
            let dropped = try HTMLReader.parse(bytes, url: nil, droppingUnreadAttributes: true)
            #expect(described(plain) == described(dropped), "\(html)")
        }
        #expect(rewritten > 500)   // the soup exercises the rewriting, not only its refusals
    }

    /// A date or time in its own element is a word of its own, whatever runs into it (a byline,
    /// an Arabic dateline); other inline elements side by side still join within a word.
    @Test func aTimeElementIsAWordOfItsOwn() throws {
        let html = "<html><body><p>By Ana Ruiz<time datetime=\"2025-09-01\">1 September 2025</time></p><p>القاهرة - محمد علي<time>٤ ديسمبر ٢٠٢٥</time></p><p>m<sup>2</sup> and <em>b</em><em>y</em></p></body></html>"
        let texts = try HTMLReader.parse(Array(html.utf8), url: nil).blocks.map(\.text)
        #expect(texts == ["By Ana Ruiz 1 September 2025", "القاهرة - محمد علي ٤ ديسمبر ٢٠٢٥", "m2 and by"])
    }

    /// What the SAX page builder takes from a page: head metadata only from the head, the first
    /// h1 and the title captured whole (inline markup included), hidden and skipped elements
    /// giving no text, JSON-LD captured, containers with their hints and chain.
    @Test func pageBuilderReadsEventsLikeTheTree() throws {
        let html = """
        <!DOCTYPE html><html lang="fr"><head><title> Le <b>titre</b>  du jour </title>
        <meta property="og:site_name" content="  La  Gazette "><link rel="canonical" href=" https://ex.fr/a ">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "H"}</script>
        <script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
        <body><nav class="site-nav"><a href="/">Accueil</a></nav>
        <div id="main" class="Article-Body"><h1>Un <em>grand</em> titre</h1>
        <p>Premier paragraphe,&nbsp;avec&#160;des espaces\u{200B} insécables.</p>
        <p hidden>caché</p><p style="display: none">caché aussi</p><div aria-hidden="true"><p>encore caché</p></div>
        <p>Deuxième<br>ligne</p><meta itemprop="datePublished" content="2024-03-14"><time datetime="2024-03-14T08:00">hier</time>
        <table><tr><td>a</td><td>b</td></tr></table><form><p>formulaire</p></form></div></body></html>
        """
        let page = try HTMLReader.parse(Array(html.utf8), url: nil)
        #expect(page.title == "Le titre du jour")
        #expect(page.h1 == "Un grand titre")
        #expect(page.language == "fr")
        #expect(page.meta["og:site_name"] == "La Gazette")
        #expect(page.meta["datepublished"] == "2024-03-14")
        #expect(page.canonical == "https://ex.fr/a")
        #expect(page.jsonLD.count == 1 && page.jsonLD[0].contains("NewsArticle"))
        #expect(page.timeDatetimes == ["2024-03-14T08:00"])
        let texts = page.blocks.map(\.text)
        #expect(texts == ["Accueil", "Un grand titre", "Premier paragraphe, avec des espaces insécables.", "Deuxième", "ligne",
                          "hier", "a b", "formulaire"])   // forms are scored away by clean, not skipped here
        #expect(page.blocks[0].linkChars == "Accueil".count)
        let body = try #require(page.containers.firstIndex { $0.hints == "article-body main" })
        #expect(page.blocks[2].container == Int32(body))
        #expect(page.blocks[1].kind == .heading && page.blocks[1].level == 1)
    }
    /// Inline elements side by side with no space between, or text run straight on from one: a
    /// new word there (a capital after a small letter, a number after a number) is spaced; a word
    /// split across elements (a drop cap, styled initials) stays whole, and so does code.
    @Test func inlineElementsSideBySideAreSpacedWhereAWordStarts() throws {
        let html = """
        <html><body><p><span>2 hours ago</span><span>Rachel Clun</span><span>Business reporter</span></p>
        <p><span class="price">£130.00</span><span class="rating">4.7 (212)</span></p>
        <p><span class="dropcap">T</span>he council met. <font size="+1">E</font><font>ffects</font> of <em>b</em><em>y</em>-laws.</p>
        <pre><span class="kw">self</span><span class="p">.</span><span>count</span><span>Value</span></pre>
        <p><span class="label">Date</span>Saturday 12 April, <b>Mc</b>donald's at <span>£</span>4.50 per m<sup>2</sup></p></body></html>
        """
        let texts = try HTMLReader.parse(Array(html.utf8), url: nil).blocks.map(\.text)
        #expect(texts == ["2 hours ago Rachel Clun Business reporter", "£130.00 4.7 (212)", "The council met. Effects of by-laws.", "self.countValue",
                          "Date Saturday 12 April, Mcdonald's at £4.50 per m2"])
    }

    /// Bytes that are not UTF-8 inside a script (not parsed) do not make a UTF-8 page read as windows-1252.
    @Test func invalidBytesInsideScriptsDoNotChangeTheEncoding() throws {
        var page = Array("<html><body><p>Café crème à Besançon, déjà vu.</p><script>var s = \"".utf8)
        page += [0xE9, 0xFF, 0x80]
        page += Array("\";</script></body></html>".utf8)
        let parsed = try HTMLReader.parse(page, url: nil)
        #expect(parsed.blocks.map(\.text) == ["Café crème à Besançon, déjà vu."])
    }
}
