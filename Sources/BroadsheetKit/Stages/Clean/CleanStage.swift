import Foundation

/// Keeps the article text a reader sees: the body of an HTML page (boilerplate scored away) or a
/// plain-text scrape without its site chrome. Sets `title` and `updated` found in the text.
/// Corpus barrier: lines repeated across many documents are counted before any document is cleaned.
public struct CleanStage: RegisteredStage {
    public struct Options: StageOptions {
        /// A line or block seen in at least this many distinct documents is site chrome when it stands
        /// in a document's leading or trailing chrome.
        public var repeatedLineMinDocs = 2
        /// …and anywhere in a document when seen in at least this many.
        public var repeatedAnywhereMinDocs = 4
        /// Extra chrome patterns (regular expressions, matched against whole trimmed lines/blocks).
        public var removePatterns: [String] = []
        /// HTML blocks whose share of link text exceeds this are dropped.
        public var maxLinkDensity = 0.5
        public init() {}
        public static let help: [String: String] = [
            "repeated_line_min_docs": "a line in at least this many documents is chrome at a document's head or tail",
            "repeated_anywhere_min_docs": "a line in at least this many documents is chrome anywhere",
            "remove_patterns": "regular expressions for your own sources' chrome lines (whole line)",
            "max_link_density": "HTML blocks with a larger share of link text are dropped",
        ]
    }

    public static let name = "clean"
    public static let summary = "drop boilerplate and site chrome; title, dates and byline from the page"
    public static let needs: [Capability] = [.text]
    public static let provides: [Capability] = [.cleanText]

    let options: Options
    let patterns: [NSRegularExpression]
    /// Hash of a line's chrome key → number of distinct documents (by content) containing it.
    var lineCounts: [UInt64: Int] = [:]

    public init(options: Options, context: RunContext) throws {
        self.options = options
        var compiled: [NSRegularExpression] = []
        var problems: [ConfigProblem] = []
        for (i, p) in options.removePatterns.enumerated() {
            do { compiled.append(try NSRegularExpression(pattern: p, options: [.caseInsensitive])) } catch {
                problems.append(ConfigProblem(path: "stages.clean.options.remove_patterns[\(i)]", message: "not a valid regular expression: \(p)"))
            }
        }
        if options.repeatedLineMinDocs < 2 {
            problems.append(ConfigProblem(path: "stages.clean.options.repeated_line_min_docs", message: "expected an integer of at least 2"))
        }
        if !problems.isEmpty { throw ConfigError(problems) }
        patterns = compiled
    }

    public var needsCorpusBefore: Bool { true }

    /// The distinct lines (blocks) of a document, hashed.
    public func observe(_ doc: Document) -> [UInt64] {
        guard !doc.failed else { return [] }
        return Set(doc.blocks.lazy.compactMap { ChromeKey.hash($0.text) }).sorted()
    }

    /// Counts, per line, how many distinct documents contain it. The runner passes one
    /// observation per distinct content, so a file saved twice does not make its own text chrome.
    ///
    /// Two passes, so that memory follows the repeated lines rather than all lines of the corpus:
    /// the first finds the lines seen in two or more documents with a Bloom filter of lines seen
    /// once (~1.2 bytes per distinct line; a false positive only adds a candidate), the second
    /// counts the candidates exactly.
    public mutating func prepare(observations: ObservationSource, parallel: ParallelRunner) {
        var seenOnce = BloomFilter(expected: observations.totalItems)
        var candidates = Set<UInt64>()
        observations.forEach { obs in
            for h in obs where seenOnce.insert(h) { candidates.insert(h) }
        }
        var counts: [UInt64: Int] = [:]
        observations.forEach { obs in
            for h in obs where candidates.contains(h) { counts[h, default: 0] += 1 }
        }
        lineCounts = counts.filter { $0.value >= 2 }
    }

    /// Which of this document's lines count as repeated, and how strongly.
    public func corpusSignature(_ observation: [UInt64]) -> UInt64 {
        var h = FNV1a()
        for line in observation {
            let n = lineCounts[line] ?? 0
            guard n >= 2 else { continue }
            h.add(line)
            h.add(UInt64(min(n, max(options.repeatedLineMinDocs, options.repeatedAnywhereMinDocs))))
        }
        return h.value
    }

    public func process(_ doc: inout Document) throws {
        guard !doc.failed else { return }
        let repeated: (String) -> Int = { text in ChromeKey.hash(text).flatMap { lineCounts[$0] } ?? 0 }
        let userChrome: (String) -> Bool = { line in
            if patterns.isEmpty { return false }
            let range = NSRange(line.startIndex..., in: line)
            return patterns.contains { $0.firstMatch(in: line, options: [.anchored], range: range).map { $0.range.length == range.length } ?? false }
        }
        switch doc.format {
        case .text:
            TextCleaner(options: options, repeated: repeated, userChrome: userChrome).clean(&doc)
        case .html:
            HTMLCleaner(options: options, repeated: repeated, userChrome: userChrome).clean(&doc)
        }
        doc.blocks = []
        doc.containers = []
    }
}

/// The key lines are counted under: lower-cased, white space collapsed, digits kept.
enum ChromeKey {
    /// Hash of the key; nil for lines too long to be chrome.
    static func hash(_ text: String) -> UInt64? {
        // ASCII lines (nearly all chrome) are keyed and hashed in one pass over the bytes, with the
        // same result as hashing `of(text)`.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x100_0000_01b3
        var count = 0
        var pendingSpace = false
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b == 32 || (b >= 9 && b <= 13) { pendingSpace = count > 0; continue }
            if pendingSpace { h = (h ^ 32) &* prime; count += 1; pendingSpace = false }
            h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* prime
            count += 1
            if count > 400 { return nil }
        }
        if ascii { return count == 0 ? nil : h }
        // Not ASCII: the same key scalar by scalar (String.lowercased() maps scalar by scalar too).
        h = 0xcbf2_9ce4_8422_2325
        count = 0
        pendingSpace = false
        for c in text.unicodeScalars {
            if c.isSpaceLike || c == "\u{200B}" { pendingSpace = count > 0; continue }
            if pendingSpace { h = (h ^ 32) &* prime; count += 1; pendingSpace = false }
            count += 1
            if count > 400 { return nil }
            if c.value < 128 {
                let b = UInt8(truncatingIfNeeded: c.value)
                h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* prime
            } else {
                for b in c.properties.lowercaseMapping.utf8 { h = (h ^ UInt64(b)) &* prime }
            }
        }
        return count == 0 ? nil : h
    }

    static func of(_ text: String) -> String {
        let t = text.collapsingWhitespace()
        guard t.unicodeScalars.count <= 400 else { return "" }
        return t.lowercasedFast
    }
}
