/// Splits the document text into sentences inside its paragraphs (no sentence crosses a paragraph
/// break), with scalar offsets into the text.
public struct SegmentStage: RegisteredStage {
    public struct Options: StageOptions {
        /// Sentences longer than this many scalars are cut at the next white space (runaway text).
        public var maxSentenceChars = 5000
        /// A document text longer than this many scalars is an errors row (no article is this long;
        /// a page this size would take the later stages minutes and gigabytes).
        public var maxTextChars = 2_000_000
        public init() {}
        public static let help: [String: String] = [
            "max_sentence_chars": "a sentence longer than this is cut at white space (guards against text without punctuation)",
            "max_text_chars": "a document whose text is longer than this is reported in errors instead of segmented",
        ]
    }

    public static let name = "segment"
    public static let summary = "paragraphs into sentences with offsets (abbreviations, initials, quotes, lists, ellipses)"
    public static let needs: [Capability] = [.text]
    public static let provides: [Capability] = [.sentences]

    let options: Options
    let splitter = SentenceSplitter()

    public init(options: Options, context: RunContext) throws {
        guard options.maxSentenceChars >= 100 else {
            throw ConfigError([ConfigProblem(path: "stages.segment.options.max_sentence_chars", message: "expected an integer of at least 100")])
        }
        self.options = options
    }

    public func process(_ doc: inout Document) throws {
        guard !doc.failed else { return }
        let count = doc.text.unicodeScalars.count
        if count > options.maxTextChars {
            throw StageFailure("text of \(count) characters is over the limit of \(options.maxTextChars) (segment.max_text_chars)")
        }
        let scalars = Array(doc.text.unicodeScalars)
        var sentences: [Sentence] = []
        for (p, span) in doc.paragraphs.enumerated() {
            try TimeBudget.check(Self.name)
            let para = Array(scalars[span.start..<span.end])
            for r in splitter.split(para) {
                for piece in capped(r, in: para) {
                    let text = String(scalars: para[piece])
                    sentences.append(Sentence(paragraph: p, span: ScalarSpan(span.start + piece.lowerBound, span.start + piece.upperBound),
                                              text: text, words: text.wordCount))
                }
            }
        }
        doc.sentences = sentences
    }

    /// Cuts an overlong range at white space.
    private func capped(_ r: Range<Int>, in para: [Unicode.Scalar]) -> [Range<Int>] {
        guard r.count > options.maxSentenceChars else { return [r] }
        var out: [Range<Int>] = []
        var start = r.lowerBound
        while r.upperBound - start > options.maxSentenceChars {
            var cut = start + options.maxSentenceChars
            while cut > start + 1, !para[cut].isSpaceLike { cut -= 1 }
            if cut <= start + 1 { cut = start + options.maxSentenceChars }
            var end = cut
            while end > start, para[end - 1].isSpaceLike { end -= 1 }
            out.append(start..<end)
            start = cut
            while start < r.upperBound, para[start].isSpaceLike { start += 1 }
        }
        if start < r.upperBound { out.append(start..<r.upperBound) }
        return out
    }
}
