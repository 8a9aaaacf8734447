import Foundation
import Testing
@testable import BroadsheetKit

/// The lexicon tables every stage looks words up in, and the build identity the cache keys on.
@Suite struct SupportTests {
    @Test func wordSetAnswersAsASetOfStringsWould() {
        let words: WordSet = ["may", "june", "déclaré", "", "a"]
        #expect(words.contains("may") && words.contains("june") && words.contains("a") && words.contains(""))
        #expect(!words.contains("May") && !words.contains("ma") && !words.contains("mayor") && !words.contains("jun"))
        // The same word with its accent written as a combining mark, as some pages store it.
        #expect(words.contains("de\u{301}clare\u{301}"))
        #expect(words.count == 5 && Array(words) == ["may", "june", "déclaré", "", "a"])
        // Grown past its first table many times over, every word is still found and no other.
        let many = WordSet((0..<5000).map { "w\($0)" })
        #expect((0..<5000).allSatisfy { many.contains("w\($0)") })
        #expect(!(5000..<6000).contains { many.contains("w\($0)") })
        #expect(words.union(["mars", "may"]).count == 6)
        #expect(WordSet(["a", "b"]) == WordSet(["b", "a"]))
    }

    @Test func wordMapKeepsTheFirstOrderAndTheLastValue() {
        var months: WordMap<Int> = ["jan": 1, "feb": 2]
        months["march"] = 3
        months["jan"] = 11
        #expect(months["jan"] == 11 && months["march"] == 3 && months["mar"] == nil)
        #expect(months.keys == ["jan", "feb", "march"] && months.count == 3)
        #expect(months.map(\.value) == [11, 2, 3])
        var counts = WordMap<[Int]>()
        counts["x", default: []].append(1)
        counts["x", default: []].append(2)
        #expect(counts["x"] == [1, 2])
        // Built from a dictionary, whose order differs from run to run: keys in sorted order.
        #expect(WordMap(["b": 2, "a": 1, "c": 3]).keys == ["a", "b", "c"])
    }

    @Test func wordCountReadsBytesAsItReadsScalars() {
        let texts = ["", "One two, three.", "U.S. officials' 3,000-page report", "Müller sagte: „Nein“ — 12. März",
                     "記者会見で首相は述べた。", "don’t stop ’til", "  spaces\tand\nlines  ", "Ελληνικά και русский", "emoji 👍🏽 ok", "-,.'", "सितम्बर फ़रवरी", "cafe\u{301} ok"]
        for t in texts { #expect(t.wordCount == t.wordCountByScalars, "\(t)") }
        #expect("U.S. officials' 3,000-page report".wordCount == 4)
        // A mark on a letter (a virama, a nukta, a decomposed accent) is inside its word.
        #expect("सितम्बर फ़रवरी".wordCount == 2 && "cafe\u{301} ok".wordCount == 2)
    }

    /// The byte path of `lowercasedFast` gives what `lowercased()` gives, for every scalar it
    /// handles itself (Latin-1, punctuation and currency signs, CJK) beside ASCII, and hands the
    /// rest to the stdlib.
    @Test func lowercasingCommonScalarsMatchesTheStdlib() {
        let ranges: [ClosedRange<UInt32>] = [0x80...0xFF, 0x2000...0x20BF, 0x3000...0x9FFF]
        for range in ranges {
            for v in range {
                guard let c = Unicode.Scalar(v) else { continue }
                let s = "Ab" + String(Character(c)) + "Z’"
                #expect(s.commonLowercased == s.lowercased(), "U+\(String(v, radix: 16))")
            }
        }
        for s in ["Ärger über Öl", "L’ÉTÉ À PARIS", "東京 Tokyo – “Quoted”", "ÀÉÎÕÜ×ÝÞß"] { #expect(s.lowercasedFast == s.lowercased()) }
        // Outside those ranges the stdlib decides (Greek, Cyrillic, fullwidth capitals, Roman numerals).
        for s in ["ΑΘΗΝΑ", "МОСКВА", "ＡＢＣ", "Ⅻ"] {
            #expect(s.commonLowercased == nil)
            #expect(s.lowercasedFast == s.lowercased())
        }
    }

    @Test func buildIdentityIsTheLinkersBuildID() throws {
        // The test runner is linked like the program: its build ID is what the cache would key on.
        let id = try #require(ExecutableBuildID.read())
        #expect(id.count >= 16)
        #expect(ExecutableBuildID.read(path: "/etc/hostname") == nil)
        #expect(Broadsheet.build.count == 16)
    }
}
