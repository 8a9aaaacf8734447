/// Marks copies of one story: a wire story syndicated to several sites, an article saved twice
/// with different chrome. Each document is reduced to a sketch of its prose paragraphs (the
/// smallest few hashes, a bottom-k MinHash sketch); two documents whose paragraphs overlap by at
/// least half (estimated Jaccard similarity) carry the same story, and every document of such a
/// group but the first in `doc_id` order gets `duplicate_of` that first one. Memory grows with
/// the number of documents by one small sketch each; the result does not depend on the order in
/// which documents arrive.
final class DuplicateMerge: CorpusMerge {
    /// Paragraph hashes kept per document.
    static let sketchSize = 16
    /// Copies share at least this much of their paragraphs (Jaccard): a copy trimmed to half the
    /// story, or with an editor's note added, is still a copy; two stories quoting one statement are not.
    static let minSimilarity = 0.5
    /// A paragraph in more documents than this is boilerplate that survived cleaning (a standard
    /// disclaimer), not evidence that they are one story; it is not used to pair documents.
    static let maxCopiesOfOneParagraph = 500

    struct Sketch: Sendable {
        var id: String
        var hashes: [UInt64]
    }

    private let sketches = Locked<[Sketch]>([])

    /// The bottom-k sketch of a document's prose paragraphs (empty when it has none).
    /// Each paragraph (they are separated by a blank line) of prose length (kana and ideographs
    /// weighed as in `Coverage`) is hashed by `ChromeKey`, as the shared story's lines are: case,
    /// white space and typography folded, so that one story saved in two encodings or from two
    /// sites (`«…» —` beside `"…" -`) is one sketch.
    static func sketch(_ doc: Document) -> [UInt64] {
        var hashes = Set<UInt64>()
        // (paragraph ends found in the UTF-8, not by splitting on Characters: that is several
        // times the cost of the whole sketch)
        var text = doc.text
        text.withUTF8 { utf8 in
            func take(_ from: Int, _ end: Int) {
                let paragraph = UnsafeBufferPointer(rebasing: utf8[from..<end])
                guard let key = ChromeKey.key(utf8: paragraph, maxChars: .max) else { return }
                let wide = paragraph.reduce(0) { $0 + ($1 >= 0xE3 && $1 <= 0xE9 ? 1 : 0) }
                if key.length + wide * (Coverage.wideCharWeight - 1) >= Coverage.proseMinChars { hashes.insert(key.hash) }
            }
            var start = 0, previousNewline = false
            for i in utf8.indices {
                let newline = utf8[i] == 10
                if newline && previousNewline { take(start, i - 1); start = i + 1 }
                previousNewline = newline && !previousNewline
            }
            take(start, utf8.count)
        }
        return Array(hashes.sorted().prefix(sketchSize))
    }

    func add(_ doc: Document) {
        guard !doc.failed else { return }
        let hashes = DuplicateMerge.sketch(doc)
        guard !hashes.isEmpty else { return }
        sketches.withLock { $0.append(Sketch(id: doc.id, hashes: hashes)) }
    }

    /// The sketches gathered, in `doc_id` order: id, hash count, hashes.
    func export() -> [UInt8] {
        var w = DocumentCodec.Writer()
        let all = sketches.withLock { $0 }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        w.int(all.count)
        for s in all { w.string(s.id); w.int(s.hashes.count); for h in s.hashes { w.u64(h) } }
        return w.bytes
    }

    func absorb(_ part: [UInt8]) throws {
        let more = try DocumentCodec.reading(part) { (r: inout DocumentCodec.Reader) throws(DocumentCodec.DecodeError) in
            try r.array { (r: inout DocumentCodec.Reader) throws(DocumentCodec.DecodeError) in
                Sketch(id: try r.string(), hashes: try r.array { (r: inout DocumentCodec.Reader) throws(DocumentCodec.DecodeError) in try r.u64() })
            }
        }
        sketches.withLock { $0.append(contentsOf: more) }
    }

    /// Estimated Jaccard similarity of two documents' paragraph sets from their sketches (sorted):
    /// the share of the union's smallest `sketchSize` hashes found in both.
    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var i = 0, j = 0, taken = 0, both = 0
        while taken < sketchSize, i < a.count || j < b.count {
            if j >= b.count || (i < a.count && a[i] < b[j]) { i += 1 }
            else if i >= a.count || b[j] < a[i] { j += 1 }
            else { both += 1; i += 1; j += 1 }
            taken += 1
        }
        return taken == 0 ? 0 : Double(both) / Double(taken)
    }

    func resolve() -> any DocumentFinisher {
        let all = sketches.withLock { $0 }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        var parent = Array(all.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = root(a), rb = root(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }   // the first document stays the root
        }
        // Identical sketches (exact copies, the usual case) join at once; only one document per
        // distinct sketch is compared with others.
        var firstWithSketch: [[UInt64]: Int] = [:]
        var representatives: [Int] = []
        for i in all.indices {
            if let first = firstWithSketch[all[i].hashes] { union(first, i) } else {
                firstWithSketch[all[i].hashes] = i
                representatives.append(i)
            }
        }
        var holders: [UInt64: [Int]] = [:]
        for i in representatives { for h in all[i].hashes { holders[h, default: []].append(i) } }
        var judged = Set<UInt64>()   // pairs already compared
        for h in holders.keys.sorted() {
            let list = holders[h]!
            guard list.count >= 2, list.count <= DuplicateMerge.maxCopiesOfOneParagraph else { continue }
            for (k, a) in list.enumerated() {
                for b in list[(k + 1)...] where judged.insert(UInt64(a) << 32 | UInt64(b)).inserted {
                    if DuplicateMerge.similarity(all[a].hashes, all[b].hashes) >= DuplicateMerge.minSimilarity { union(a, b) }
                }
            }
        }
        var originals: [String: String] = [:]
        for i in all.indices where root(i) != i { originals[all[i].id] = all[root(i)].id }
        return DuplicateFinisher(originals: originals)
    }
}

/// Sets `duplicate_of` on the copies the merge found.
struct DuplicateFinisher: DocumentFinisher {
    let originals: [String: String]
    func finish(_ doc: inout Document) {
        doc.duplicateOf = originals[doc.id]
    }
}
