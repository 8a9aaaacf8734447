/// A compact binary form of `Document`, for the run's spill file and the result cache. Decoding a
/// document is a copy of its strings (JSON decoding cost ~2 ms per article; this, microseconds), so
/// documents need not stay in memory between the phases of a run.
///
/// Layout: the magic `BSD` + format version byte, then every field in declaration order; integers
/// as LEB128 varints (zig-zag for signed), strings as a varint byte count and UTF-8, optionals
/// behind a 0/1 byte, arrays behind their count. Any change to `Document` bumps `version`.
public enum DocumentCodec {
    public static let version: UInt8 = 5
    static let magic: [UInt8] = [0x42, 0x53, 0x44]   // "BSD"

    public struct DecodeError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func encode(_ doc: Document) -> [UInt8] {
        var w = Writer()
        w.bytes.reserveCapacity(doc.text.utf8.count * 3 + doc.blocks.count * 48 + 1024)
        w.bytes.append(contentsOf: magic)
        w.bytes.append(version)
        w.string(doc.id)
        w.byte(doc.format == .html ? 0 : 1)
        w.string(doc.sha256)
        w.int(doc.bytes)
        w.int(doc.sourceChars)
        w.metadata(doc.meta)
        w.metadata(doc.manifest)
        w.int(doc.blocks.count)
        for b in doc.blocks {
            w.byte(SourceBlock.Kind.allCases.firstIndex(of: b.kind)!)
            w.string(b.text); w.int(b.linkChars); w.int(Int(b.container)); w.int(b.level); w.bool(b.blankAfter)
        }
        w.int(doc.containers.count)
        for c in doc.containers { w.string(c.tag); w.string(c.hints); w.int(Int(c.parent)) }
        w.string(doc.declaredBody)
        w.string(doc.text)
        w.int(doc.paragraphs.count)
        for p in doc.paragraphs { w.span(p) }
        w.int(doc.sentences.count)
        for s in doc.sentences { w.int(s.paragraph); w.span(s.span); w.string(s.text); w.int(s.words) }
        w.int(doc.dates.count)
        for d in doc.dates {
            w.int(d.sentence); w.span(d.span); w.string(d.text); w.raw(d.type); w.string(d.value); w.string(d.date)
            w.raw(d.granularity); w.string(d.anchor); w.raw(d.resolution); w.string(d.resolutionDetail)
        }
        w.int(doc.quotes.count)
        for q in doc.quotes {
            w.int(q.sentence); w.span(q.span); w.string(q.text); w.raw(q.kind); w.string(q.speaker); w.string(q.speakerEntity)
            w.string(q.speakerText); w.string(q.speakerRole); w.bool(q.anonymous); w.string(q.cue); w.raw(q.attribution)
            w.bool(q.speakerSpan != nil)
            if let s = q.speakerSpan { w.span(s) }
        }
        w.int(doc.mentions.count)
        for m in doc.mentions { w.int(m.sentence); w.span(m.span); w.string(m.text); w.raw(m.type); w.string(m.key); w.string(m.entityID) }
        w.int(doc.errors.count)
        for e in doc.errors { w.string(e.stage); w.string(e.message) }
        w.int(doc.warnings.count)
        for e in doc.warnings { w.string(e.stage); w.string(e.message) }
        w.bool(doc.failed)
        w.string(doc.encoding)
        w.raw(doc.status)
        w.string(doc.statusDetail)
        w.string(doc.duplicateOf)
        return w.bytes
    }

    public static func decode(_ bytes: [UInt8]) throws(DecodeError) -> Document {
        try bytes.withUnsafeBufferPointer { (buf) throws(DecodeError) -> Document in
            var r = Reader(buf: buf)
            guard buf.count >= 4, Array(buf[0..<3]) == magic else { throw DecodeError(description: "not a Broadsheet document record") }
            guard buf[3] == version else { throw DecodeError(description: "document record format \(buf[3]), expected \(version)") }
            r.at = 4
            var doc = Document(id: try r.string(), format: try r.byte() == 0 ? .html : .text)
            doc.sha256 = try r.string()
            doc.bytes = try r.int()
            doc.sourceChars = try r.int()
            doc.meta = try r.metadata()
            doc.manifest = try r.metadata()
            doc.blocks = try r.array { (r: inout Reader) throws(DecodeError) in
                let kinds = SourceBlock.Kind.allCases
                let k = try r.byte()
                guard k < kinds.count else { throw DecodeError(description: "bad block kind") }
                return SourceBlock(kind: kinds[k], text: try r.string(), linkChars: try r.int(), container: Int32(clamping: try r.int()),
                                   level: try r.int(), blankAfter: try r.bool())
            }
            doc.containers = try r.array { (r: inout Reader) throws(DecodeError) in
                SourceContainer(tag: try r.string(), hints: try r.string(), parent: Int32(clamping: try r.int()))
            }
            doc.declaredBody = try r.optionalString()
            doc.text = try r.string()
            doc.paragraphs = try r.array { (r: inout Reader) throws(DecodeError) in try r.span() }
            doc.sentences = try r.array { (r: inout Reader) throws(DecodeError) in
                Sentence(paragraph: try r.int(), span: try r.span(), text: try r.string(), words: try r.int())
            }
            doc.dates = try r.array { (r: inout Reader) throws(DecodeError) in
                DateMention(sentence: try r.int(), span: try r.span(), text: try r.string(), type: try r.raw(), value: try r.string(),
                            date: try r.optionalString(), granularity: try r.raw(), anchor: try r.optionalString(), resolution: try r.raw(),
                            resolutionDetail: try r.optionalString())
            }
            doc.quotes = try r.array { (r: inout Reader) throws(DecodeError) in
                Quote(sentence: try r.int(), span: try r.span(), text: try r.string(), kind: try r.raw(), speaker: try r.optionalString(),
                      speakerEntity: try r.optionalString(), speakerText: try r.optionalString(), speakerRole: try r.optionalString(),
                      anonymous: try r.bool(), cue: try r.optionalString(), attribution: try r.raw(),
                      speakerSpan: try r.bool() ? try r.span() : nil)
            }
            doc.mentions = try r.array { (r: inout Reader) throws(DecodeError) in
                Mention(sentence: try r.int(), span: try r.span(), text: try r.string(), type: try r.raw(), key: try r.string(),
                        entityID: try r.optionalString())
            }
            doc.errors = try r.array { (r: inout Reader) throws(DecodeError) in DocumentError(stage: try r.string(), message: try r.string()) }
            doc.warnings = try r.array { (r: inout Reader) throws(DecodeError) in DocumentError(stage: try r.string(), message: try r.string()) }
            doc.failed = try r.bool()
            doc.encoding = try r.string()
            doc.status = try r.raw()
            doc.statusDetail = try r.optionalString()
            doc.duplicateOf = try r.optionalString()
            guard r.at == buf.count else { throw DecodeError(description: "trailing bytes in a document record") }
            return doc
        }
    }

    /// Reads a record of the same integer and string forms with `body`, which must consume it all
    /// (corpus states and merge parts that pass between the phases of a sharded run).
    static func reading<T>(_ bytes: [UInt8], _ body: (inout Reader) throws(DecodeError) -> T) throws(DecodeError) -> T {
        try bytes.withUnsafeBufferPointer { (buf) throws(DecodeError) -> T in
            var r = Reader(buf: buf)
            let value = try body(&r)
            guard r.at == buf.count else { throw DecodeError(description: "trailing bytes in a record") }
            return value
        }
    }

    /// A zig-zag LEB128 integer, its bytes taken from `next` (shared by every reader of these forms).
    static func varint(_ next: () throws(DecodeError) -> Int) throws(DecodeError) -> Int {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = UInt64(try next())
            guard shift < 64 else { throw DecodeError(description: "bad integer in a record") }
            v |= (b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(truncatingIfNeeded: Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
    }

    struct Writer {
        var bytes: [UInt8] = []

        mutating func byte(_ b: Int) { bytes.append(UInt8(truncatingIfNeeded: b)) }
        mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

        mutating func int(_ n: Int) {
            var v = UInt64(bitPattern: Int64(n) << 1 ^ Int64(n) >> 63)   // zig-zag
            while v >= 0x80 { bytes.append(UInt8(truncatingIfNeeded: v) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }

        mutating func string(_ s: String) {
            var s = s
            s.withUTF8 { u in int(u.count); bytes.append(contentsOf: u) }
        }

        mutating func string(_ s: String?) {
            bool(s != nil)
            if let s { string(s) }
        }

        mutating func span(_ s: ScalarSpan) { int(s.start); int(s.end) }

        mutating func u64(_ v: UInt64) { for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (UInt64(k) * 8))) } }

        mutating func raw<R: RawRepresentable>(_ value: R) where R.RawValue == String { string(value.rawValue) }

        mutating func metadata(_ m: Metadata) {
            for v in [m.title, m.url, m.site, m.published, m.updated, m.byline, m.language] { string(v) }
            raw(m.publishedSource)
        }
    }

    struct Reader {
        let buf: UnsafeBufferPointer<UInt8>
        var at = 0

        mutating func byte() throws(DecodeError) -> Int {
            guard at < buf.count else { throw DecodeError(description: "document record cut short") }
            defer { at += 1 }
            return Int(buf[at])
        }

        mutating func bool() throws(DecodeError) -> Bool { try byte() != 0 }

        mutating func int() throws(DecodeError) -> Int { try DocumentCodec.varint { () throws(DecodeError) in try byte() } }

        mutating func string() throws(DecodeError) -> String {
            let n = try int()
            guard n >= 0, n <= buf.count - at else { throw DecodeError(description: "document record cut short") }
            defer { at += n }
            return String(decoding: UnsafeBufferPointer(rebasing: buf[at..<at + n]), as: UTF8.self)
        }

        mutating func optionalString() throws(DecodeError) -> String? { try bool() ? try string() : nil }

        mutating func span() throws(DecodeError) -> ScalarSpan { ScalarSpan(try int(), try int()) }

        mutating func u64() throws(DecodeError) -> UInt64 {
            guard buf.count - at >= 8 else { throw DecodeError(description: "record cut short") }
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(buf[at + k]) << (UInt64(k) * 8) }
            at += 8
            return v
        }

        mutating func raw<R: RawRepresentable>() throws(DecodeError) -> R where R.RawValue == String {
            let s = try string()
            guard let v = R(rawValue: s) else { throw DecodeError(description: "unknown value '\(s)' in a document record") }
            return v
        }

        mutating func array<T>(_ element: (inout Reader) throws(DecodeError) -> T) throws(DecodeError) -> [T] {
            let n = try int()
            guard n >= 0, n <= buf.count - at else { throw DecodeError(description: "document record cut short") }
            var out: [T] = []
            out.reserveCapacity(n)
            for _ in 0..<n { out.append(try element(&self)) }
            return out
        }

        mutating func metadata() throws(DecodeError) -> Metadata {
            var m = Metadata()
            m.title = try optionalString(); m.url = try optionalString(); m.site = try optionalString()
            m.published = try optionalString(); m.updated = try optionalString(); m.byline = try optionalString()
            m.language = try optionalString()
            m.publishedSource = try raw()
            return m
        }
    }
}
