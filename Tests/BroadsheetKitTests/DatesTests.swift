import Foundation
import Testing
@testable import BroadsheetKit

@Suite struct DatesTests {
    func dates(_ text: String, published: String? = "2009-12-01") throws -> [DateMention] {
        try textDocument(text, published: published, stages: [segmenter, dater]).dates
    }

    @Test func absoluteAndRelativeDatesWithSpans() throws {
        let (text, spans) = marked("Russia will meet NATO on ⟦December 4⟧ after talks ⟦last week⟧. The treaty of ⟦June 22, 1994⟧ was signed ⟦two years ago⟧, ⟦yesterday⟧ said an official.")
        let found = try dates(text)
        #expect(found.map(\.span) == spans)
        #expect(found.map(\.value) == ["2009-12-04", "2009-W48", "1994-06-22", "2007", "2009-11-30"])
        #expect(found.map(\.resolution) == [.relative, .relative, .absolute, .relative, .relative])
        #expect(found[0].anchor == "2009-12-01")
        #expect(found[0].date == "2009-12-04")
        #expect(found[2].anchor == nil)
    }

    @Test func shapesOfAbsoluteDates() throws {
        let found = try dates("Filed 07/27/2016, revised 2009-12-04, due in June 2008, in 1994, in the 1990s, in the 21st century, in Q3 2008, in fiscal 1998, in summer 2009.")
        #expect(found.map(\.value) == ["2016-07-27", "2009-12-04", "2008-06", "1994", "199", "20", "2008-Q3", "1998", "2009-SU"])
        #expect(found.map(\.granularity) == [.day, .day, .month, .year, .decade, .century, .quarter, .year, .season])
    }

    @Test func durationsSetsAndTimes() throws {
        let found = try dates("In the last twenty four hours, after six months of talks, the council meets every week and reports annually at 5 p.m. today.")
        let pairs = found.map { "\($0.type.rawValue) \($0.value)" }
        #expect(pairs.contains("DURATION PT24H"))
        #expect(pairs.contains("DURATION P6M"))
        #expect(pairs.contains("SET P1W"))
        #expect(pairs.contains("SET P1Y"))
        #expect(pairs.contains("TIME 2009-12-01T17:00"))
    }

    @Test func deicticReferences() throws {
        let found = try dates("Prices are rising now. Officials recently met and will plan for the future.")
        #expect(found.map(\.value) == ["PRESENT_REF", "PAST_REF", "FUTURE_REF"])
    }

    @Test func thingsThatAreNotDates() throws {
        let found = try dates("The 16-nation alliance sent 18,000 peacekeepers and F-16 jets. They may march in a protest march. Call 555-1234. The score was 3-2.")
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test func bareDayMonthTakesTheYearNearestThePublicationDate() throws {
        let january = try dates("The summit opened on December 30.", published: "2010-01-02")
        #expect(january.first?.value == "2009-12-30")
        let future = try dates("The envoys will meet on January 5.", published: "2009-12-20")
        #expect(future.first?.value == "2010-01-05")
    }

    /// Regression: "June 22" became 1975-06-22 because the text mentions the 1975 Helsinki accord,
    /// and two December 2009 articles resolved a year off in opposite directions. A year mentioned
    /// is not evidence of when the article was written: without a publication date, relative
    /// dates stay unresolved and say why.
    @Test func yearsMentionedInTheTextDoNotDateIt() throws {
        let guessed = try dates("The body is best known for its 1975 Helsinki accord. Ministers meet again on June 22. The 2008 war began in August 2008.", published: nil)
        let june = try #require(guessed.first { $0.text == "June 22" })
        #expect(june.value == "XXXX-06-22" && june.date == nil)
        #expect(june.resolution == .unresolved)
        #expect(june.resolutionDetail?.contains("no publication date") == true)
        #expect(guessed.first { $0.text == "1975" }?.resolution == .absolute)
    }

    /// Full dates the text states, all within a year, are strong evidence: month-day expressions
    /// take the year they point to (`inferred`), and what needs the publication day stays unresolved.
    @Test func fullDatesInTheTextInferTheYear() throws {
        let found = try dates("On December 1, 2009, Rogozin spoke. Talks resumed on December 4. Yesterday nobody came.", published: nil)
        let december = try #require(found.first { $0.text == "December 4" })
        #expect(december.value == "2009-12-04")
        #expect(december.resolution == .inferred)
        #expect(december.anchor == "2009-12-01")
        #expect(december.resolutionDetail?.contains("2009-12-01") == true)
        #expect(found.first { $0.text == "Yesterday" }?.date == nil)
        let spread = try dates("On June 5, 1994, it began. On June 1, 2009, it ended. Talks resumed on December 4.", published: nil)
        #expect(spread.first { $0.text == "December 4" }?.resolution == .unresolved)
    }

    @Test func referenceDateFromTheConfigIsTheFallbackAnchor() throws {
        let stage = try DatesStage(options: .init(), context: RunContext(referenceDate: CivilDate(iso: "2016-07-27")))
        let doc = try textDocument("He spoke yesterday.", stages: [segmenter, stage])
        #expect(doc.dates.first?.value == "2016-07-26")
        #expect(doc.dates.first?.anchor == "2016-07-27")
    }

    @Test func calendarArithmetic() {
        let d = CivilDate(iso: "2009-12-04")!
        #expect(d.weekday == 4)  // Friday
        #expect(d.isoWeek.week == 49)
        #expect(d.adding(days: 28).iso == "2010-01-01")
        #expect(CivilDate(iso: "2024-01-31")!.adding(months: 1).iso == "2024-02-29")
        #expect(CivilDate(dayNumber: d.dayNumber) == d)
    }

    @Test func anaphoricAndVagueNewsExpressions() throws {
        let found = try dates("The plant opened in 1994. That year it made a loss. In the near term prices will rise; the past year was hard. Sales fell a year earlier, the company said in its report on the quarter, and in recent years.", published: "1998-02-13")
        let values = Dictionary(found.map { ($0.text.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["that year"] == "1994")
        #expect(values["the near term"] == "FUTURE_REF")
        #expect(values["the past year"] == "1997")
        #expect(values["a year earlier"] == "1996-Q4")   // the latest quarter (1997-Q4) a year before
        #expect(values["recent years"] == "PAST_REF")
    }

    /// Skipping words outside the grammar's vocabulary must never change a match: same matches
    /// with and without the skip, over random text built from date-heavy pieces and the fixtures.
    @Test func vocabularySkipChangesNothing() throws {
        var rng = RobustnessTests.SplitMix(state: 1122)
        var texts = (0..<300).map { _ in RobustnessTests().randomText(&rng, length: 60) }
        for name in ["wire.txt"] {
            texts.append(try String(contentsOf: Paths.fixtures.appendingPathComponent("corpus/\(name)"), encoding: .utf8))
        }
        texts.append("In the 1990s and the '80s, twenty-four hours later, the fiscal year 2009, early next month, every Monday, "
                     + "three weeks ago, the past few days, two thousand and nine, noon Friday, the latest quarter, year-earlier results.")
        let anchors = [DateAnchor(date: CivilDate(year: 2009, month: 12, day: 4), kind: .relative), DateAnchor(date: nil, kind: .unresolved)]
        // Sentences drawn from the grammar's own words, the context-only words, numbers and
        // punctuation: where skipping a word could lose a match, some of these would show it.
        var words = Array(DateGrammar.vocabulary.union(DateGrammar.contextOnlyWords)).sorted()
        words += ["1998", "12", "5", "2009", "30", ",", ".", "-", "'", "’", "s", "Friday", "March", "Q", "3", "the", "a", "year", "years"]
        for _ in 0..<4000 {
            var sentence: [String] = []
            for _ in 0..<(4 + Int(rng.next() % 10)) {
                // context-only words often, so each is tried as a first token many times
                let pool = rng.next() % 3 == 0 ? Array(DateGrammar.contextOnlyWords).sorted() : words
                var w = pool[Int(rng.next() % UInt64(pool.count))]
                if rng.next() % 4 == 0, let f = w.first { w = f.uppercased() + w.dropFirst() }
                sentence.append(w)
            }
            texts.append(sentence.joined(separator: " "))
        }
        var found = 0
        for text in texts {
            let tokens = DateTokenizer.tokenize(Array(text.unicodeScalars))
            for anchor in anchors {
                let fast = DateGrammar(tokens: tokens, anchor: anchor).matches()
                var slow = DateGrammar(tokens: tokens, anchor: anchor)
                slow.skipsOutsideVocabulary = false
                let all = slow.matches()
                #expect(fast.map { "\($0.first)-\($0.last) \($0.value)" } == all.map { "\($0.first)-\($0.last) \($0.value)" })
                found += fast.count
            }
        }
        #expect(found > 100)
    }

    /// Every word written in the grammar's patterns is in the skip vocabulary (re-read from source).
    @Test func vocabularyCoversTheGrammarsWords() throws {
        let folder = Paths.package.appendingPathComponent("Sources/BroadsheetKit/Stages/Dates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("DateGrammar") }
        #expect(files.count >= 3)
        let literal = try NSRegularExpression(pattern: #""((?:[^"\\\n]|\\.)*)""#)
        let word = try NSRegularExpression(pattern: #"^[A-Za-z][A-Za-z'’.\-]*$"#)
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n").map { line in line.components(separatedBy: "//").first ?? "" }.joined(separator: "\n")
            let ns = source as NSString
            for m in literal.matches(in: source, range: NSRange(location: 0, length: ns.length)) {
                let s = ns.substring(with: m.range(at: 1))
                guard word.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil else { continue }
                #expect(DateGrammar.vocabulary.contains(s.lowercased()) || DateGrammar.contextOnlyWords.contains(s.lowercased()), "\(file): \"\(s)\" is missing from DateGrammar.grammarWords")
            }
        }
    }
}
