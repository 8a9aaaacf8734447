import Foundation
import Testing
@testable import BroadsheetKit

@Suite struct SegmentTests {
    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter().split(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test(arguments: [
        ("Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
        ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
        ("They closed the deal with Pitt, Briggs & Co. It closed yesterday.", ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]),
        ("I work for the U.S. Government in Virginia.", ["I work for the U.S. Government in Virginia."]),
        ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
        ("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
         ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."]),
        ("She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]),
        ("Her email is Jane.Doe@example.com. I sent her an email.", ["Her email is Jane.Doe@example.com.", "I sent her an email."]),
        ("She turned to him, \"This is great.\" she said.", ["She turned to him, \"This is great.\" she said."]),
        ("She works at Yahoo! in the accounting department.", ["She works at Yahoo! in the accounting department."]),
        ("He will brief envoys on Sept. 24 in Brussels.", ["He will brief envoys on Sept. 24 in Brussels."]),
        ("Gen. Wesley Clark spoke. \"We are ready.\" The talks ended.", ["Gen. Wesley Clark spoke.", "\"We are ready.\"", "The talks ended."]),
        ("1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
        ("I never meant that.... She left the store.", ["I never meant that....", "She left the store."]),
    ])
    func splits(_ input: String, _ expected: [String]) {
        #expect(sentences(input) == expected)
    }

    @Test func offsetsAreUnicodeScalarsAndNoSentenceCrossesAParagraph() throws {
        let (text, spans) = marked("⟦Zürich café « opened ».⟧ ⟦It closed.⟧\n\n⟦Next paragraph without a stop⟧\n\n⟦Last one.⟧")
        let doc = try textDocument(text, stages: [segmenter])
        #expect(doc.sentences.map(\.span) == spans)
        #expect(doc.sentences.map(\.paragraph) == [0, 0, 1, 2])
        for s in doc.sentences { #expect(slice(doc.text, s.span) == s.text) }
    }

    /// A German ordinal after an article ends no sentence (`im 20. Jahrhundert`, `zum 3. Mal`);
    /// a figure that does end one still does.
    @Test func germanOrdinalsAfterAnArticle() {
        splits("Im 20. Jahrhundert wuchs die Stadt. Sie feiert zum 3. Mal.", ["Im 20. Jahrhundert wuchs die Stadt.", "Sie feiert zum 3. Mal."])
        splits("Die Zahl stieg auf 20. Danach sank sie.", ["Die Zahl stieg auf 20.", "Danach sank sie."])
    }

    /// A page's numbered list puts each item in a paragraph of its own: its number (or a section's
    /// Roman numeral) opens the item's sentence rather than standing as a sentence "1.". A figure
    /// ending a sentence, a lone letter and a war's numeral inside a paragraph are as before; a
    /// reference mark after a stop stays with the sentence it ends.
    @Test func aNumberedItemKeepsItsNumber() throws {
        splits("1. Log into your account on the site", ["1. Log into your account on the site"])
        splits("12. Go to the settings page. Click on Widgets.", ["12. Go to the settings page.", "Click on Widgets."])
        splits("• 3. Remind me what it is like.", ["• 3. Remind me what it is like."])
        splits("II. My interest in the project", ["II. My interest in the project"])
        splits("XIV. The findings", ["XIV. The findings"])
        splits("He fought in World War II. The war ended in 1945.", ["He fought in World War II.", "The war ended in 1945."])
        splits("The score was 2. Nobody expected it.", ["The score was 2.", "Nobody expected it."])
        splits("IV. ", ["IV."])
        splits("Netscape made the code free.[3] One day later it registered a site.[12]",
               ["Netscape made the code free.[3]", "One day later it registered a site.[12]"])
        let doc = try textDocument("Here is how:\n\n1. Log into your account.\n\n2. Open the settings.", stages: [segmenter])
        #expect(doc.sentences.map(\.text) == ["Here is how:", "1. Log into your account.", "2. Open the settings."])
    }

    /// Scripts with stops of their own end sentences with them: Hindi's danda, Urdu's full stop,
    /// the Arabic question mark; a word with a virama is one word.
    @Test func sentencesEndAtOtherScriptsStops() throws {
        splits("बैठक 3 सितम्बर को हुई थी। क्या यह सही है? हाँ।", ["बैठक 3 सितम्बर को हुई थी।", "क्या यह सही है?", "हाँ।"])
        splits("انہوں نے کہا کہ ملک ترقی کرے گا۔ کیا یہ ممکن ہے؟ جی ہاں۔", ["انہوں نے کہا کہ ملک ترقی کرے گا۔", "کیا یہ ممکن ہے؟", "جی ہاں۔"])
        splits("هل انتهى الاجتماع؟ نعم، انتهى مساء أمس.", ["هل انتهى الاجتماع؟", "نعم، انتهى مساء أمس."])
        let doc = try textDocument("बैठक 3 सितम्बर को हुई थी।", stages: [segmenter])
        #expect(doc.sentences.map(\.words) == [6])
    }

    @Test func runawaySentenceIsCut() throws {
        let long = Array(repeating: "word", count: 3000).joined(separator: " ")
        let doc = try textDocument(long, stages: [segmenter])
        #expect(doc.sentences.count > 1)
        #expect(doc.sentences.allSatisfy { $0.span.length <= 5000 })
    }

    /// Quality gate: the Golden Rules from ../shared (skipped when absent).
    @Test(.enabled(if: Paths.sharedExists)) func goldenRulesFloor() throws {
        let data = try Data(contentsOf: Paths.shared.appendingPathComponent("eval/segment/golden_en.json"))
        let cases = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        var passed = 0
        for c in cases {
            let doc = try textDocument(c["text"] as! String, stages: [segmenter])
            let got = doc.sentences.map { $0.text.trimmingWhitespace() }
            let want = (c["sentences"] as! [String]).map { $0.trimmingWhitespace() }
            if got == want { passed += 1 }
        }
        #expect(passed >= 40, "golden rules passed: \(passed)/\(cases.count)")
    }
}

/// Regression: a Unicode ellipsis made the splitter loop forever.
@Suite struct SegmentRegressionTests {
    @Test func unicodeEllipsisDoesNotHang() {
        let text = Array("Wait… what? He paused… Then he left.".unicodeScalars)
        let ranges = SentenceSplitter().split(text)
        #expect(ranges.count >= 2)
    }
}
