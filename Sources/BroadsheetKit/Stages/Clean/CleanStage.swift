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
    /// Hash of a repeated line's chrome key → the set of documents containing it, folded to one
    /// number (the xor of their identities): lines of one story copied onto several sites share it.
    var lineGroups: [UInt64: UInt64] = [:]

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
    public var needsCorpusAfter: Bool { true }

    /// Copies of one story across the corpus (`duplicate_of`).
    public func makeMerge() -> (any CorpusMerge)? { DuplicateMerge() }

    /// The distinct lines (blocks) of a document, hashed; long ones too, which are never chrome
    /// but tell copies of one story apart from site chrome (`SharedStory`).
    public func observe(_ doc: Document) -> [UInt64] {
        guard !doc.failed else { return [] }
        return Set(doc.blocks.lazy.compactMap { ChromeKey.hash($0.text, maxChars: ChromeKey.storyLineMaxChars) }).sorted()
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
        var groups: [UInt64: UInt64] = [:]
        observations.forEach { obs in
            // A document's identity is its set of lines (copies of one content are observed once).
            var identity = FNV1a()
            for h in obs { identity.add(h) }
            for h in obs where candidates.contains(h) {
                counts[h, default: 0] += 1
                groups[h, default: 0] ^= identity.value
            }
        }
        lineCounts = counts.filter { $0.value >= 2 }
        lineGroups = groups.filter { lineCounts[$0.key] != nil }
    }

    /// The repeated lines in hash order: hash, document count, group.
    public func corpusState() -> [UInt8] {
        var w = DocumentCodec.Writer()
        w.int(lineCounts.count)
        for (line, n) in lineCounts.sorted(by: { $0.key < $1.key }) { w.u64(line); w.int(n); w.u64(lineGroups[line] ?? 0) }
        return w.bytes
    }

    public mutating func restoreCorpusState(_ state: [UInt8]) throws {
        var counts: [UInt64: Int] = [:], groups: [UInt64: UInt64] = [:]
        try DocumentCodec.reading(state) { (r: inout DocumentCodec.Reader) throws(DocumentCodec.DecodeError) in
            for _ in 0..<max(0, try r.int()) {
                let line = try r.u64()
                counts[line] = try r.int()
                groups[line] = try r.u64()
            }
        }
        lineCounts = counts
        lineGroups = groups
    }

    /// Which of this document's lines count as repeated, and how strongly.
    public func corpusSignature(_ observation: [UInt64]) -> UInt64 {
        var h = FNV1a()
        for line in observation {
            let n = lineCounts[line] ?? 0
            guard n >= 2 else { continue }
            h.add(line)
            h.add(UInt64(n))
            h.add(lineGroups[line] ?? 0)
        }
        return h.value
    }

    public func process(_ doc: inout Document) throws {
        guard !doc.failed else { return }
        // Each block's prose length (0: not running text), and its corpus count after the shared
        // story's lines are exempted (0: not repeated), looked up only for the blocks a cleaner asks about.
        let measured = doc.blocks.map { Coverage.measure($0.text, linkChars: $0.linkChars) }
        let prose = doc.blocks.indices.map { doc.blocks[$0].kind == .heading ? 0 : measured[$0].prose }
        let blocks = doc.blocks
        let counts = lineCounts
        // Each block's key is made once, for the shared story and the cleaner both.
        let keys = BlockKeys(blocks)
        let story = counts.isEmpty ? SharedStory()
            : SharedStory(keys, prose: doc.blocks.indices.map { doc.blocks[$0].kind == .heading ? 0 : measured[$0].reading }, counts: counts, groups: lineGroups)
        let repeated: (Int) -> Int = { i in
            guard !counts.isEmpty, let key = keys[i], key.length <= ChromeKey.chromeMaxChars, !story.lines.contains(key.hash) else { return 0 }
            return counts[key.hash] ?? 0
        }
        let userChrome: (String) -> Bool = { line in
            if patterns.isEmpty { return false }
            let range = NSRange(line.startIndex..., in: line)
            return patterns.contains { $0.firstMatch(in: line, options: [.anchored], range: range).map { $0.range.length == range.length } ?? false }
        }
        switch doc.format {
        case .text:
            TextCleaner(options: options, repeatedCount: repeated, prose: prose, userChrome: userChrome).clean(&doc)
        case .html:
            HTMLCleaner(options: options, repeated: repeated, prose: prose, lengths: measured.map(\.length), userChrome: userChrome).clean(&doc)
        }
        CleanStage.readLanguage(&doc)
        doc.blocks = []
        doc.containers = []
        doc.declaredBody = nil
    }
}

extension CleanStage {
    /// Share of the article's letters (percent) its language must hold to overrule the language
    /// the page declares: a clear majority, so that a bilingual article keeps its declared language.
    static let languageOverrideSharePercent: Int32 = 70

    /// The document's language is its article's: read from the cleaned text when the page
    /// declares none (ingest leaves it to this stage), and the declaration overruled when the
    /// text is clearly another language (a site template's `lang="en"` on a German story). The
    /// stages after this one read the text by its language (dates' relative words, names' capitals).
    static func readLanguage(_ doc: inout Document) {
        guard let declared = doc.meta.language else {
            doc.meta.language = LanguageGuess.guess(doc.text)
            return
        }
        if declared == "en", LanguageGuess.plainlyEnglish(doc.text) { return }
        guard let read = LanguageGuess.detect(doc.text, minShare: languageOverrideSharePercent, sample: LanguageGuess.checkSampleBytes),
              read != declared else { return }
        doc.warn(name, "the article's text is in '\(read)', not '\(declared)' as the page declares: language set to '\(read)'")
        doc.meta.language = read
    }
}

/// The paragraphs a document shares with other documents as one story (a wire copy on several
/// sites, an article saved twice with different chrome): repeated lines, but not site chrome.
/// Chrome repeats across a site's pages at their edges and is a small part of each page's prose;
/// a copied story is most of the prose of every copy. When the repeated prose of a document is
/// most of its prose, the lines of that story (those shared by exactly its group of documents, or
/// by fewer) are kept as body, whatever the repeated-line rules say.
struct SharedStory {
    /// A document whose repeated prose is at least this share of its prose is a copy of a story.
    static let storyShare = 0.5
    /// …and at least this many characters of it, read as Latin letters (two lines of a footer are not a story).
    static let storyMinChars = 200

    /// Chrome keys of the lines that are the shared story.
    private(set) var lines = Set<UInt64>()

    init() {}

    /// `prose`: each block's prose length as read (`Coverage.measure`'s `reading`: a Japanese
    /// story of 170 characters says what 500 Latin letters say). Only prose blocks are looked up
    /// unless a story is found (most blocks of a page are short links and labels).
    init(_ keys: BlockKeys, prose: [Int], counts: [UInt64: Int], groups: [UInt64: UInt64]) {
        let total = prose.reduce(0, +)
        var byGroup: [UInt64: (chars: Int, count: Int)] = [:]
        var repeated: [(key: UInt64, count: Int, group: UInt64, prose: Bool)] = []
        var repeatedChars = 0
        for (i, chars) in prose.enumerated() where chars > 0 {
            guard let key = keys[i]?.hash, let n = counts[key] else { continue }
            let group = groups[key] ?? 0
            repeated.append((key, n, group, true))
            byGroup[group, default: (0, n)].chars += chars
            repeatedChars += chars
        }
        guard repeatedChars >= SharedStory.storyMinChars, Double(repeatedChars) >= Double(total) * SharedStory.storyShare,
              let story = byGroup.max(by: { ($0.value.chars, $1.key) < ($1.value.chars, $0.key) }) else { return }
        // The story's own lines (its headline and subheads too: exactly its documents), and prose
        // lines in no more documents than it (a copy trimmed or extended by one paragraph).
        for (i, chars) in prose.enumerated() where chars == 0 {
            guard let key = keys[i]?.hash, let n = counts[key] else { continue }
            repeated.append((key, n, groups[key] ?? 0, false))
        }
        for line in repeated where line.group == story.key || (line.prose && line.count <= story.value.count) { lines.insert(line.key) }
    }
}

/// One document's block keys (`ChromeKey.key` up to a story line's length), each made when first
/// asked for: the shared story and the cleaner ask for many of the same blocks.
final class BlockKeys {
    private let blocks: [SourceBlock]
    private var made: [(hash: UInt64, length: Int)??]
    init(_ blocks: [SourceBlock]) {
        self.blocks = blocks
        made = Array(repeating: nil, count: blocks.count)
    }
    subscript(i: Int) -> (hash: UInt64, length: Int)? {
        if let known = made[i] { return known }
        let key = ChromeKey.key(blocks[i].text, maxChars: ChromeKey.storyLineMaxChars)
        made[i] = .some(key)
        return key
    }
}

/// The key lines are counted under: lower-cased, white space collapsed, digits kept.
enum ChromeKey {
    /// Longer lines are never site chrome, however often they repeat.
    static let chromeMaxChars = 400
    /// Lines up to this long are counted for the corpus statistics (longer ones are not lines of
    /// an article but runaway text).
    static let storyLineMaxChars = 5000

    /// Hash of the key; nil for empty lines and lines longer than `maxChars`.
    static func hash(_ text: String, maxChars: Int = chromeMaxChars) -> UInt64? { key(text, maxChars: maxChars)?.hash }

    /// Hash of the key and its length in scalars; nil for empty lines and lines longer than `maxChars`.
    /// One pass: ASCII bytes are keyed as they come (nearly all chrome is ASCII); from the first
    /// other byte on, scalar by scalar, lower-cased the way `String.lowercased()` maps them. The
    /// result equals hashing `of(text)`.
    static func key(_ text: String, maxChars: Int = chromeMaxChars) -> (hash: UInt64, length: Int)? {
        var text = text
        return text.withUTF8 { key(utf8: $0, maxChars: maxChars) }
    }

    /// `key` of a string's UTF-8 bytes (valid UTF-8).
    static func key(utf8 buf: UnsafeBufferPointer<UInt8>, maxChars: Int = chromeMaxChars) -> (hash: UInt64, length: Int)? {
        asciiKeys.withUnsafeBufferPointer { table -> (hash: UInt64, length: Int)? in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            let prime: UInt64 = 0x100_0000_01b3
            var count = 0
            var pendingSpace = false
            let n = buf.count
            var i = 0
            while i < n {
                let b = buf[i]
                if b < 0x80 {
                    // Without branches: whether a byte is a space is what a branch predictor
                    // cannot guess in running text (it was half this loop's time).
                    i += 1
                    let k = table[Int(b)]
                    let isSpace = k == 0
                    let spaceFirst = pendingSpace && !isSpace
                    let before = spaceFirst ? (h ^ 32) &* prime : h
                    let keyed = (before ^ UInt64(k)) &* prime
                    h = isSpace ? h : keyed
                    count &+= isSpace ? 0 : spaceFirst ? 2 : 1
                    pendingSpace = isSpace ? count > 0 : false
                    if count > maxChars { return nil }
                    continue
                }
                let (v, length) = ChromeKey.scalar(buf, at: i)
                let bytes = UnsafeBufferPointer(rebasing: buf[i..<i + length])
                i += length
                let c = Unicode.Scalar(v) ?? " "
                if c.isSpaceLike || v == 0x200B { pendingSpace = count > 0; continue }
                if pendingSpace { h = (h ^ 32) &* prime; count += 1; pendingSpace = false }
                count += 1
                if count > maxChars { return nil }
                // Quote marks and dashes as the ASCII ones: copies of one story on two sites
                // differ in their typography (`«…» —` beside `"…" -`), not in their lines.
                if let plain = ChromeKey.plainPunctuation(v) {
                    h = (h ^ UInt64(plain)) &* prime
                    continue
                }
                if let lower = ChromeKey.twoByteLowercase(v) {
                    h = (h ^ UInt64(0xC0 | lower >> 6)) &* prime
                    h = (h ^ UInt64(0x80 | lower & 0x3F)) &* prime
                    continue
                }
                // Punctuation, symbols, CJK and Hangul have no case: their bytes go in as they are.
                if !(v >= 0x2000 && v <= 0x2BFF) && !(v >= 0x3000 && v <= 0x9FFF) && !(v >= 0xAC00 && v <= 0xD7A3),
                   c.properties.changesWhenLowercased {
                    for x in c.properties.lowercaseMapping.utf8 { h = (h ^ UInt64(x)) &* prime }
                } else {
                    for x in bytes { h = (h ^ UInt64(x)) &* prime }
                }
            }
            return count == 0 ? nil : (h, count)
        }
    }

    /// Each ASCII byte's key byte (`keyByte`), 0 for white space.
    private static let asciiKeys: [UInt8] = (0..<128).map { (i: Int) -> UInt8 in
        let b = UInt8(i)
        return b == 32 || (b >= 9 && b <= 13) ? 0 : keyByte(b)
    }

    /// The lower case of a scalar of two UTF-8 bytes whose lower case is one scalar of two bytes
    /// (itself when it has no case): Latin-1, Greek and Cyrillic's basic letters, the alphabets of
    /// most non-English news. The stdlib's property tables, asked scalar by scalar, made a Russian
    /// line cost twice an English one. Nil for every other scalar (the tables then). Equal to
    /// `lowercaseMapping` (tested scalar by scalar).
    @inline(__always)
    static func twoByteLowercase(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x80...0xBF, 0xD7, 0xDF...0xFF, 0x430...0x45F, 0x3AC...0x3CE: return v
        case 0xC0...0xDE, 0x410...0x42F, 0x391...0x3A1, 0x3A3...0x3AB: return v + 0x20
        case 0x400...0x40F: return v + 0x50
        default: return nil
        }
    }

    /// An ASCII byte as a key holds it: letters lower-cased, the apostrophe as the quote mark.
    @inline(__always)
    static func keyByte(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b == 0x27 ? 0x22 : b }

    /// The scalar whose UTF-8 starts at `buf[i]` (a lead byte of 0x80 or more) and its length in
    /// bytes; the text is valid UTF-8, as a Swift string's bytes always are (a sequence cut short
    /// by the buffer's end reads as far as it goes).
    @inline(__always)
    static func scalar(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b = buf[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var v = UInt32(b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
        for k in 1..<min(length, buf.count - i) { v = v << 6 | UInt32(buf[i + k] & 0x3F) }
        return (v, min(length, buf.count - i))
    }

    static func of(_ text: String, maxChars: Int = chromeMaxChars) -> String {
        let t = text.collapsingWhitespace()
        guard t.unicodeScalars.count <= maxChars else { return "" }
        var plain = String.UnicodeScalarView()
        for c in t.lowercasedFast.unicodeScalars { plain.append(plainPunctuation(c.value).map { Unicode.Scalar($0) } ?? c) }
        return String(plain)
    }

    /// The ASCII mark a quote mark, an apostrophe or a dash stands for in a key (`"` for all
    /// quotes and apostrophes, `-` for all dashes); nil for every other character.
    static func plainPunctuation(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x27, 0x22, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A: return 0x22
        case 0x2010...0x2015, 0x2212: return 0x2D
        default: return nil
        }
    }
}
