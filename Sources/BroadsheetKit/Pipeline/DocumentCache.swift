import Foundation

/// Per-document results kept between runs, so a nightly rebuild reprocesses only new or changed
/// documents. Lives in `<output>/.broadsheet-cache/`:
/// - `index.bin`: per input file its size, mtime and inode (a cheap change test), content
///   sha256 and the corpus observation the cleaning statistics need (binary: at hundreds of
///   thousands of files a JSON index took more memory to load than the run itself), and where in
///   the packs each live result is;
/// - `docs/*.pack`: per document, its record after every per-document stage (`DocumentCodec`) and
///   its part of the corpus merges (names, story sketch), under a key made of content, config,
///   program version, manifest entry and the corpus statistics that touch it (`CachePacks`).
/// The index is written under a temporary name and renamed, so a killed run leaves a usable cache;
/// the documents it finished are found in its pack by the next run.
public final class DocumentCache: @unchecked Sendable {
    public struct FileStamp: Hashable, Sendable {
        var size: Int64
        var mtimeNanos: Int64
        var inode: UInt64
    }

    /// What the index says of one input file. Its corpus observation stays in the index file
    /// (`observation(_:)` reads it), so a loaded index costs ~100 bytes per file, not kilobytes.
    public struct Entry: Sendable {
        var stamp: FileStamp
        var sha256: String
        var observationOffset: Int64
        var observationCount: Int
    }

    struct Index {
        var version: String
        var entries: [String: Entry]
        var packs: [String] = []
        var frames: [CachePacks.Key: CachePacks.Frame] = [:]
    }

    /// The cache folder (`<output>/.broadsheet-cache`).
    public let root: String
    private(set) var index: Index
    /// The index file this run loaded, kept open for its observations (still readable after the
    /// new index is renamed over it).
    private let indexFD: Int32
    private let packs: CachePacks
    /// Program and record format: a cache written by another build is started afresh (its corpus
    /// observations, too, are the old program's).
    let formatVersion: String

    public convenience init(outputFolder: String, program: String = Broadsheet.build) {
        self.init(root: outputFolder + "/.broadsheet-cache", program: program)
    }

    /// A cache in `root` (a shard keeps its own, beside the others).
    public init(root: String, program: String = Broadsheet.build) {
        self.root = root
        formatVersion = program + "+codec\(DocumentCodec.version)"
        let fd = open(root + "/index.bin", O_RDONLY | O_CLOEXEC)
        let decoded = fd >= 0 ? try? Index.load(fd) : nil
        if let decoded, decoded.version == formatVersion {
            index = decoded
            indexFD = fd
        } else {
            index = Index(version: formatVersion, entries: [:])
            if fd >= 0 { close(fd) }
            indexFD = -1
        }
        try? FileManager.default.createDirectory(atPath: root + "/docs", withIntermediateDirectories: true)
        packs = CachePacks(folder: root + "/docs", names: index.packs, frames: index.frames)
        index.packs = []
        index.frames = [:]
    }

    public static func stamp(_ file: InputFile) -> FileStamp? {
        var st = stat()
        guard file.withCPath({ stat($0, &st) }) == 0 else { return nil }
        return FileStamp(size: Int64(st.st_size), mtimeNanos: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                         inode: UInt64(st.st_ino))
    }

    deinit { if indexFD >= 0 { close(indexFD) } }

    public func entry(_ id: String) -> Entry? { index.entries[id] }

    /// The corpus observation an entry recorded (empty if the index file cannot be read).
    public func observation(_ e: Entry) -> [UInt64] {
        guard indexFD >= 0, e.observationCount > 0 else { return [] }
        var raw = [UInt8](repeating: 0, count: e.observationCount * 8)
        let n = raw.withUnsafeMutableBytes { pread(indexFD, $0.baseAddress, $0.count, off_t(e.observationOffset)) }
        guard n == raw.count else { return [] }
        return ObservationCoding.decode(raw)
    }

    /// The cached record of `key` and its document, if any (a record that does not decode is a miss).
    public func record(_ key: String) -> (bytes: [UInt8], document: Document)? {
        guard let bytes = recordBytes(key), let doc = try? DocumentCodec.decode(bytes) else { return nil }
        return (bytes, doc)
    }

    /// Stores a processed document's record and its part of the corpus merges (called from worker
    /// threads), in this run's pack.
    public func store(_ record: [UInt8], mergePart: [UInt8], key: String) {
        packs.append(key: key, part: mergePart, record: record)
    }

    /// The cached part of the corpus merges of `key`'s document (stored beside its record): a
    /// rebuild feeds the merges from these few hundred bytes instead of decoding each document.
    public func mergePart(_ key: String) -> [UInt8]? { packs.part(key) }

    /// The cached record of `key`, undecoded (nil when missing or when its seal does not hold).
    public func recordBytes(_ key: String) -> [UInt8]? { packs.record(key) }

    /// One input file's line for the next run's index.
    public struct Row {
        var id: String
        var stamp: FileStamp
        var sha256: String
        var observation: [UInt64]
    }

    /// Writes the index for this run's files (`row(i)` for each of `count` files, nil to leave a
    /// file out), streamed to disk, and removes results no longer referenced.
    public func commit(count: Int, row: (Int) -> Row?, keys: Set<String>) {
        // Streamed through the output folder's staged-file writer, a megabyte at a time.
        if let file = try? OutputFolder.StagedFile(folder: root, name: "index.bin") {
            var w = DocumentCodec.Writer()
            w.bytes.append(contentsOf: Index.magic)
            w.string(formatVersion)
            do {
                for i in 0..<count {
                    guard let r = row(i) else { continue }
                    w.bool(true)
                    w.string(r.id)
                    w.int(Int(r.stamp.size)); w.int(Int(r.stamp.mtimeNanos)); w.u64(r.stamp.inode)
                    w.string(r.sha256)
                    w.int(r.observation.count)
                    for h in r.observation { w.u64(h) }
                    if w.bytes.count >= 1 << 20 { try file.append(w.bytes); w.bytes.removeAll(keepingCapacity: true) }
                }
                w.bool(false)
                let (names, frames) = packs.settle(live: keys)
                w.int(names.count)
                for n in names { w.string(n) }
                w.int(frames.count)
                for (key, f) in frames.sorted(by: { ($0.key.hi, $0.key.lo) < ($1.key.hi, $1.key.lo) }) {
                    w.u64(key.hi); w.u64(key.lo)
                    w.int(f.packIndex); w.int(Int(f.offset)); w.int(Int(f.keyCount)); w.int(Int(f.partCount)); w.int(Int(f.recordCount))
                    if w.bytes.count >= 1 << 20 { try file.append(w.bytes); w.bytes.removeAll(keepingCapacity: true) }
                }
                try file.append(w.bytes)
                file.finish()
                guard rename(file.temp, root + "/index.bin") == 0 else { unlink(file.temp); return }
                // Whatever the new index does not name: packs left with no live result, and the
                // one-file-per-document results of builds before the packs.
                let keep = Set(names)
                for name in (try? FileManager.default.contentsOfDirectory(atPath: root + "/docs")) ?? [] where !keep.contains(name) {
                    unlink(root + "/docs/" + name)
                }
            } catch {
                unlink(file.temp)   // the previous index stays
            }
        }
        try? FileManager.default.removeItem(atPath: root + "/index.json")   // written by 0.1.0 before the binary index
    }

    /// The result key of a document: everything its per-document results depend on.
    public static func key(id: String, sha256: String, config: String, program: String, manifest: Metadata?, notes: [String] = [],
                           corpus: UInt64) -> String {
        var h = FNV1a()
        h.add(program); h.add(id); h.add(sha256); h.add(config)
        if let m = manifest {
            for v in [m.title, m.url, m.site, m.published, m.byline] { h.add(v ?? "\u{1}") }
        }
        for n in notes { h.add(n) }
        h.add(corpus)
        var h2 = FNV1a()
        h2.add(String(h.value)); h2.add(sha256); h2.add(id)
        return String(h.value, radix: 16) + String(h2.value, radix: 16)
    }
}

extension DocumentCache.Index {
    /// "BSI", layout 6: version, then entries each behind a 1 byte (0 ends the list): id, size,
    /// mtime, inode, sha256, observation count and the observation as little-endian u64s; then the
    /// packs' names, and the live frames: key (its two hashes), pack, offset and the key's, part's
    /// and record's counts.
    static let magic: [UInt8] = [0x42, 0x53, 0x49, 6]
    /// Room made ahead for the frames an index lists; more grow the table as they are read.
    static let framesReservedAtMost = 1 << 18

    /// Reads the index from `fd` in chunks, skipping over the observations (their offsets are kept).
    static func load(_ fd: Int32) throws(DocumentCodec.DecodeError) -> Self {
        var r = ChunkReader(fd: fd)
        guard try r.bytes(4) == magic else { throw .init(description: "not a cache index") }
        let version = try r.string()
        var entries: [String: DocumentCache.Entry] = [:]
        while try r.byte() != 0 {
            let id = try r.string()
            let stamp = DocumentCache.FileStamp(size: Int64(try r.int()), mtimeNanos: Int64(try r.int()), inode: try r.u64())
            let sha = try r.string()
            let count = try r.int()
            guard count >= 0, count <= Int.max / 8 else { throw .init(description: "bad observation count") }
            let offset = r.offset
            try r.skip(count * 8)
            entries[id] = DocumentCache.Entry(stamp: stamp, sha256: sha, observationOffset: offset, observationCount: count)
        }
        let packCount = try r.int()
        guard packCount >= 0 else { throw .init(description: "bad pack count") }
        var packs: [String] = []   // (appended as read: `map` would make room for the count the file claims)
        for _ in 0..<packCount { packs.append(try r.string()) }
        let frameCount = try r.int()
        guard frameCount >= 0 else { throw .init(description: "bad frame count") }
        var frames: [CachePacks.Key: CachePacks.Frame] = [:]
        // (the count is the file's word: a damaged one must not ask for terabytes before the
        // frames themselves run out)
        frames.reserveCapacity(min(frameCount, Self.framesReservedAtMost))
        for _ in 0..<frameCount {
            let key = CachePacks.Key(hi: try r.u64(), lo: try r.u64())
            let (pack, offset, keyCount, partCount, recordCount) = (try r.int(), try r.int(), try r.int(), try r.int(), try r.int())
            guard (0..<packCount).contains(pack), offset >= 0, [keyCount, partCount, recordCount].allSatisfy({ (0...Int(Int32.max)).contains($0) }) else {
                throw .init(description: "bad frame in the cache index")
            }
            let frame = CachePacks.Frame(pack: pack, offset: Int64(offset), keyCount: keyCount, partCount: partCount, recordCount: recordCount)
            frames[key] = frame
        }
        return Self(version: version, entries: entries, packs: packs, frames: frames)
    }
}

/// Sequential reads of a file through a 1 MB buffer, with the same integer and string forms as
/// `DocumentCodec`.
struct ChunkReader {
    let fd: Int32
    private var buffer: [UInt8] = []
    private var at = 0
    /// File offset of the next unread byte.
    private(set) var offset: Int64 = 0

    init(fd: Int32) { self.fd = fd }

    private mutating func fill(_ need: Int) throws(DocumentCodec.DecodeError) {
        if buffer.count - at >= need { return }
        buffer.removeFirst(at)
        at = 0
        var chunk = [UInt8](repeating: 0, count: max(1 << 20, need))
        while buffer.count < need {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset) + off_t(buffer.count)) }
            if n < 0 { if errno == EINTR { continue }; throw .init(description: "cannot read the cache index") }
            if n == 0 { throw .init(description: "cache index cut short") }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    mutating func byte() throws(DocumentCodec.DecodeError) -> Int {
        try fill(1)
        defer { at += 1; offset += 1 }
        return Int(buffer[at])
    }

    mutating func bytes(_ n: Int) throws(DocumentCodec.DecodeError) -> [UInt8] {
        try fill(n)
        defer { at += n; offset += Int64(n) }
        return Array(buffer[at..<at + n])
    }

    mutating func skip(_ n: Int) throws(DocumentCodec.DecodeError) {
        let buffered = min(n, buffer.count - at)
        at += buffered
        offset += Int64(n)
        if n > buffered { buffer.removeAll(keepingCapacity: true); at = 0 }
    }

    mutating func int() throws(DocumentCodec.DecodeError) -> Int {
        try DocumentCodec.varint { () throws(DocumentCodec.DecodeError) in try byte() }
    }

    mutating func u64() throws(DocumentCodec.DecodeError) -> UInt64 {
        var v: UInt64 = 0
        for (k, b) in try bytes(8).enumerated() { v |= UInt64(b) << (UInt64(k) * 8) }
        return v
    }

    mutating func string() throws(DocumentCodec.DecodeError) -> String {
        let n = try int()
        guard n >= 0, n <= 1 << 24 else { throw .init(description: "bad string in the cache index") }
        return String(decoding: try bytes(n), as: UTF8.self)
    }
}

/// Observations (line hashes) as little-endian u64s, for the spill file and the cache index.
enum ObservationCoding {
    static func encode(_ hashes: [UInt64]) -> [UInt8] {
        var w = DocumentCodec.Writer()
        w.bytes.reserveCapacity(hashes.count * 8)
        for h in hashes { w.u64(h) }
        return w.bytes
    }

    static func decode(_ raw: [UInt8]) -> [UInt64] {
        raw.withUnsafeBufferPointer { buf in
            var r = DocumentCodec.Reader(buf: buf)
            return (0..<raw.count / 8).compactMap { _ in try? r.u64() }
        }
    }
}

/// The last eight bytes of every cache file: a 64-bit check of the bytes before them and their
/// count. The cache's files are renamed into place without an fsync each (two per document cost a
/// run that fills the cache a fifth of its time), so after a power cut a file may be there with
/// its tail, or all of it, never written; a run takes only files whose check holds. It guards
/// against lost writes, not against tampering: the check is no cryptographic hash.
enum CacheSeal {
    static let length = 8

    /// Mixes eight bytes at a step (a file of 20 KB in a few microseconds), then the tail and the
    /// count, through a multiply-rotate round and a final avalanche (SplitMix64's).
    static func check(_ b: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        var i = 0
        while i + 8 <= b.count {
            let w = UInt64(littleEndian: b.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            h = ((h ^ w) &* 0xBF58_476D_1CE4_E5B9).rotated(27)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < b.count { tail |= UInt64(b[i]) << shift; shift += 8; i += 1 }
        h = ((h ^ tail) &* 0xBF58_476D_1CE4_E5B9).rotated(27) ^ UInt64(b.count)
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }

    static func sealed(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        let h = bytes.withUnsafeBytes { check($0) }
        out.reserveCapacity(bytes.count + length)
        for k in 0..<length { out.append(UInt8(truncatingIfNeeded: h >> (8 * UInt64(k)))) }
        return out
    }

    /// The bytes before the check, or nil when the check does not hold.
    static func opened(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= length else { return nil }
        let body = bytes.count - length
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: body, as: UInt64.self)) == check(UnsafeRawBufferPointer(rebasing: raw[0..<body]))
        }
        return ok ? Array(bytes[0..<body]) : nil
    }
}

extension UInt64 {
    fileprivate func rotated(_ k: UInt64) -> UInt64 { (self << k) | (self >> (64 - k)) }
}
