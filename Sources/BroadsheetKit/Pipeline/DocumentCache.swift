import Foundation

/// Per-document results kept between runs, so a nightly rebuild reprocesses only new or changed
/// documents. Lives in `<output>/.broadsheet-cache/`:
/// - `index.bin`: per input file its size, mtime and inode (a cheap change test), content
///   sha256 and the corpus observation the cleaning statistics need (binary: at hundreds of
///   thousands of files a JSON index took more memory to load than the run itself);
/// - `docs/<key>.bin`: a document after every per-document stage (`DocumentCodec`), keyed by
///   content, config, program version, manifest entry and the corpus statistics that touch it.
/// Every file is written under a temporary name and renamed, so a killed run leaves a usable cache.
public final class DocumentCache: @unchecked Sendable {
    public struct FileStamp: Hashable, Sendable {
        var size: Int64
        var mtimeNanos: Int64
        var inode: UInt64
    }

    public struct Entry: Sendable {
        var stamp: FileStamp
        var sha256: String
        var observation: [UInt64]
    }

    struct Index {
        var version: String
        var entries: [String: Entry]
        /// Digest of the last completed run's inputs (ids and result keys) and config.
        var lastRun: String?
    }

    let root: String
    private(set) var index: Index
    /// Program and record format: a cache written by another version is started afresh.
    static var formatVersion: String { Broadsheet.version + "+codec\(DocumentCodec.version)" }

    public init(outputFolder: String) {
        root = outputFolder + "/.broadsheet-cache"
        let decoded = FileManager.default.contents(atPath: root + "/index.bin").flatMap { try? Index.decode(Array($0)) }
        if let decoded, decoded.version == DocumentCache.formatVersion {
            index = decoded
        } else {
            index = Index(version: DocumentCache.formatVersion, entries: [:], lastRun: nil)
        }
        try? FileManager.default.createDirectory(atPath: root + "/docs", withIntermediateDirectories: true)
    }

    public static func stamp(_ path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStamp(size: Int64(st.st_size), mtimeNanos: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                         inode: UInt64(st.st_ino))
    }

    public func entry(_ id: String) -> Entry? { index.entries[id] }

    public var lastRun: String? { index.lastRun }

    /// The cached record of `key` and its document, if any (a record that does not decode is a miss).
    public func record(_ key: String) -> (bytes: [UInt8], document: Document)? {
        guard case let .success(bytes) = Ingestor.readBytes("\(root)/docs/\(key).bin"),
              let doc = try? DocumentCodec.decode(bytes) else { return nil }
        return (bytes, doc)
    }

    /// A cached document for `key`, if any.
    public func document(_ key: String) -> Document? { record(key)?.document }

    /// Stores a processed document's record (called from worker threads; one file per key).
    public func store(_ record: [UInt8], key: String) {
        let path = "\(root)/docs/\(key).bin"
        let temp = path + ".tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        if FileManager.default.createFile(atPath: temp, contents: Data(record)) { _ = rename(temp, path) }
    }

    /// Writes the index for this run's files and removes results no longer referenced.
    public func commit(entries: [String: Entry], keys: Set<String>, lastRun: String) {
        index.entries = entries
        index.lastRun = lastRun
        let temp = root + "/index.bin.tmp-\(getpid())"
        if FileManager.default.createFile(atPath: temp, contents: Data(index.encode())) { _ = rename(temp, root + "/index.bin") }
        try? FileManager.default.removeItem(atPath: root + "/index.json")   // written by 0.1.0 before the binary index
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/docs") else { return }
        for name in names {
            let key = name.hasSuffix(".bin") ? String(name.dropLast(4)) : name
            if !keys.contains(key) { try? FileManager.default.removeItem(atPath: root + "/docs/" + name) }
        }
    }

    /// The result key of a document: everything its per-document results depend on.
    public static func key(id: String, sha256: String, config: String, manifest: Metadata?, corpus: UInt64) -> String {
        var h = FNV1a()
        h.add(Broadsheet.version); h.add(id); h.add(sha256); h.add(config)
        if let m = manifest {
            for v in [m.title, m.url, m.site, m.published, m.byline] { h.add(v ?? "\u{1}") }
        }
        h.add(corpus)
        var h2 = FNV1a()
        h2.add(String(h.value)); h2.add(sha256); h2.add(id)
        return String(h.value, radix: 16) + String(h2.value, radix: 16)
    }
}

extension DocumentCache.Index {
    static let magic: [UInt8] = [0x42, 0x53, 0x49, 1]   // "BSI", layout 1

    /// Entries in id order, so the file is the same whatever order the run finished in.
    func encode() -> [UInt8] {
        var w = DocumentCodec.Writer()
        w.bytes.append(contentsOf: Self.magic)
        w.string(version)
        w.string(lastRun)
        w.int(entries.count)
        for id in entries.keys.sorted() {
            let e = entries[id]!
            w.string(id)
            w.int(Int(e.stamp.size)); w.int(Int(e.stamp.mtimeNanos)); w.u64(e.stamp.inode)
            w.string(e.sha256)
            w.int(e.observation.count)
            for h in e.observation { w.u64(h) }
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws(DocumentCodec.DecodeError) -> Self {
        try bytes.withUnsafeBufferPointer { (buf) throws(DocumentCodec.DecodeError) -> Self in
            guard buf.count >= 4, Array(buf[0..<4]) == magic else { throw .init(description: "not a cache index") }
            var r = DocumentCodec.Reader(buf: buf, at: 4)
            let version = try r.string()
            let lastRun = try r.optionalString()
            let n = try r.int()
            guard n >= 0, n <= buf.count else { throw .init(description: "bad entry count") }
            var entries: [String: DocumentCache.Entry] = [:]
            entries.reserveCapacity(n)
            for _ in 0..<n {
                let id = try r.string()
                let stamp = DocumentCache.FileStamp(size: Int64(try r.int()), mtimeNanos: Int64(try r.int()), inode: try r.u64())
                let sha = try r.string()
                let count = try r.int()
                guard count >= 0, count <= (buf.count - r.at) / 8 else { throw .init(description: "bad observation count") }
                var observation: [UInt64] = []
                observation.reserveCapacity(count)
                for _ in 0..<count { observation.append(try r.u64()) }
                entries[id] = DocumentCache.Entry(stamp: stamp, sha256: sha, observation: observation)
            }
            return Self(version: version, entries: entries, lastRun: lastRun)
        }
    }
}
