import Foundation

/// Per-document results kept between runs, so a nightly rebuild reprocesses only new or changed
/// documents. Lives in `<output>/.broadsheet-cache/`:
/// - `index.json`: per input file its size, mtime and inode (a cheap change test), content
///   sha256 and the corpus observation the cleaning statistics need;
/// - `docs/<key>.json`: a document after every per-document stage, keyed by content, config,
///   program version, manifest entry and the corpus statistics that touch it.
/// Every file is written under a temporary name and renamed, so a killed run leaves a usable cache.
public final class DocumentCache: @unchecked Sendable {
    public struct FileStamp: Codable, Hashable, Sendable {
        var size: Int64
        var mtimeNanos: Int64
        var inode: UInt64
    }

    public struct Entry: Codable, Sendable {
        var stamp: FileStamp
        var sha256: String
        var observation: [UInt64]
    }

    struct Index: Codable {
        var version: String
        var entries: [String: Entry]
        /// Digest of the last completed run's inputs (ids and result keys) and config.
        var lastRun: String?
    }

    let root: String
    private(set) var index: Index

    public init(outputFolder: String) {
        root = outputFolder + "/.broadsheet-cache"
        let decoded = (try? Data(contentsOf: URL(fileURLWithPath: root + "/index.json")))
            .flatMap { try? JSONDecoder().decode(Index.self, from: $0) }
        if let decoded, decoded.version == Broadsheet.version {
            index = decoded
        } else {
            index = Index(version: Broadsheet.version, entries: [:], lastRun: nil)
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

    /// A cached document for `key`, if any.
    public func document(_ key: String) -> Document? {
        guard let data = FileManager.default.contents(atPath: "\(root)/docs/\(key).json") else { return nil }
        return try? JSONDecoder().decode(Document.self, from: data)
    }

    /// Stores a processed document (called from worker threads; one file per key).
    public func store(_ doc: Document, key: String) {
        var copy = doc
        copy.blocks = []
        copy.containers = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(copy) else { return }
        let path = "\(root)/docs/\(key).json"
        let temp = path + ".tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        if FileManager.default.createFile(atPath: temp, contents: data) { _ = rename(temp, path) }
    }

    /// Writes the index for this run's files and removes results no longer referenced.
    public func commit(entries: [String: Entry], keys: Set<String>, lastRun: String) {
        index.entries = entries
        index.lastRun = lastRun
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        if let data = try? encoder.encode(index) {
            let temp = root + "/index.json.tmp-\(getpid())"
            if FileManager.default.createFile(atPath: temp, contents: data) { _ = rename(temp, root + "/index.json") }
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/docs") else { return }
        for name in names {
            let key = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
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
