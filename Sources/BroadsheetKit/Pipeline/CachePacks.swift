import Foundation

/// Where the result cache keeps its documents: pack files in `docs/`, each holding the frames one
/// run appended as its workers finished documents, rather than two files per document. Creating a
/// file cost about half a millisecond on the machines measured (a quarter of what a document's
/// whole processing costs) and costs more on a cluster's shared filesystem.
///
/// A frame is a result key, that document's part of the corpus merges and its record, each
/// sealed (`CacheSeal`). The cache index lists the live frames; a pack the index does not name (a
/// killed run's) is read frame by frame when the cache opens, and every frame whose seals hold is
/// taken, so a killed run's finished documents are not computed again. A run flushes its pack to
/// disk once, before the index that names it is written.
final class CachePacks: @unchecked Sendable {
    /// Where a frame is; 24 bytes, as a cache of a million documents keeps a million of them.
    struct Frame: Sendable {
        var pack: Int32
        var keyCount: Int32
        var offset: Int64
        var partCount: Int32
        var recordCount: Int32

        init(pack: Int, offset: Int64, keyCount: Int, partCount: Int, recordCount: Int) {
            self.pack = Int32(pack); self.offset = offset
            self.keyCount = Int32(keyCount); self.partCount = Int32(partCount); self.recordCount = Int32(recordCount)
        }

        var packIndex: Int { Int(pack) }
        /// Header, key, part and its seal, record and its seal.
        var size: Int { CachePacks.headerSize + Int(keyCount) + Int(partCount) + Int(recordCount) + 2 * CacheSeal.length }
        var partOffset: Int64 { offset + Int64(CachePacks.headerSize + Int(keyCount)) }
        var recordOffset: Int64 { partOffset + Int64(Int(partCount) + CacheSeal.length) }
    }

    /// A result key as two 64-bit hashes of it, held without a string's allocation (the frame on
    /// disk keeps the key itself).
    struct Key: Hashable, Sendable {
        var hi: UInt64
        var lo: UInt64

        init(hi: UInt64, lo: UInt64) { self.hi = hi; self.lo = lo }

        init(_ key: String) {
            var a = FNV1a(), b = FNV1a()
            b.add(CachePacks.keySeed)
            a.add(key.utf8); b.add(key.utf8)
            hi = a.value; lo = b.value
        }
    }
    /// What sets the second hash of a key apart from the first.
    static let keySeed: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// "BSF" and the frame layout, then the key's, part's and record's byte counts (u32 each, little-endian).
    static let magic: [UInt8] = [0x42, 0x53, 0x46, 1]
    static let headerSize = 16
    /// A pack under this size is copied into the run's own pack whenever the run writes one, so a
    /// nightly run's few new documents do not leave one more small file each night.
    static let smallPack: Int64 = 32 << 20
    static let suffix = ".pack"

    let folder: String
    /// Packs by number: those the index named and those found beside them, then this run's.
    private var names: [String]
    /// The frames the cache opened with, by key.
    private let opened: [Key: Frame]
    private let state: Locked<State>

    private struct State {
        var readers: [Int: Int32] = [:]
        /// This run's pack: its number, descriptor and size so far, and the frames it holds.
        var pack = -1
        var fd: Int32 = -1
        var end: Int64 = 0
        var added: [Key: Frame] = [:]
    }

    /// Opens the packs in `folder`: `frames` from the index (of packs `names`), and every frame of
    /// a pack the index does not name.
    init(folder: String, names: [String], frames: [Key: Frame]) {
        self.folder = folder
        var names = names
        let gone = Set(names.indices.filter { access("\(folder)/\(names[$0])", R_OK) != 0 })
        var opened = frames.filter { _, f in f.packIndex < names.count && !gone.contains(f.packIndex) }
        let known = Set(names)
        let unnamed = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(CachePacks.suffix) && !known.contains($0) }.sorted()
        for name in unnamed {
            let found = CachePacks.scan("\(folder)/\(name)", pack: names.count)
            if found.isEmpty { continue }
            names.append(name)
            for (key, frame) in found where opened[key] == nil { opened[key] = frame }
        }
        self.names = names
        self.opened = opened
        state = Locked(State())
    }

    deinit {
        state.withLock { s in
            for fd in s.readers.values { close(fd) }
            if s.fd >= 0 { close(s.fd) }
        }
    }

    /// The frames of a pack no index names, read in order up to the first that is cut short or
    /// whose seals fail.
    static func scan(_ path: String, pack: Int) -> [Key: Frame] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [:] }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return [:] }
        var found: [Key: Frame] = [:]
        var offset: Int64 = 0
        while offset + Int64(headerSize) <= Int64(st.st_size) {
            guard let header = read(fd, at: offset, count: headerSize), Array(header[0..<4]) == magic else { break }
            let counts = (0..<3).map { k in (0..<4).reduce(0) { $0 | Int(header[4 + 4 * k + $1]) << (8 * $1) } }
            // (a damaged header may claim up to 4 GB a part: no frame holds more than Int32 counts)
            guard counts.allSatisfy({ $0 <= Int(Int32.max) }) else { break }
            let frame = Frame(pack: pack, offset: offset, keyCount: counts[0], partCount: counts[1], recordCount: counts[2])
            guard offset + Int64(frame.size) <= Int64(st.st_size),
                  let key = read(fd, at: offset + Int64(headerSize), count: Int(frame.keyCount)),
                  sealed(fd, at: frame.partOffset, count: Int(frame.partCount)) != nil,
                  sealed(fd, at: frame.recordOffset, count: Int(frame.recordCount)) != nil else { break }
            found[Key(String(decoding: key, as: UTF8.self))] = frame
            offset += Int64(frame.size)
        }
        return found
    }

    private static func read(_ fd: Int32, at offset: Int64, count: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset) + off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return nil }
            done += n
        }
        return out
    }

    private static func write(_ fd: Int32, _ bytes: [UInt8], at offset: Int64) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }

    /// `count` bytes and their seal at `offset`, without the seal; nil when the seal does not hold.
    private static func sealed(_ fd: Int32, at offset: Int64, count: Int) -> [UInt8]? {
        read(fd, at: offset, count: count + CacheSeal.length).flatMap(CacheSeal.opened)
    }

    private func frame(_ key: String) -> Frame? { opened[Key(key)] }

    private func reader(_ pack: Int) -> Int32 {
        state.withLock { s in
            if let fd = s.readers[pack] { return fd }
            let fd = open("\(folder)/\(names[pack])", O_RDONLY | O_CLOEXEC)
            if fd >= 0 { s.readers[pack] = fd }
            return fd
        }
    }

    /// The merge part of `key`'s document, when the cache opened with it.
    func part(_ key: String) -> [UInt8]? {
        guard let f = frame(key) else { return nil }
        let fd = reader(f.packIndex)
        return fd < 0 ? nil : CachePacks.sealed(fd, at: f.partOffset, count: Int(f.partCount))
    }

    /// The record of `key`'s document, when the cache opened with it.
    func record(_ key: String) -> [UInt8]? {
        guard let f = frame(key) else { return nil }
        let fd = reader(f.packIndex)
        return fd < 0 ? nil : CachePacks.sealed(fd, at: f.recordOffset, count: Int(f.recordCount))
    }

    /// Appends a frame to this run's pack (created on the first); safe from any thread.
    func append(key: String, part: [UInt8], record: [UInt8]) {
        let keyBytes = Array(key.utf8)
        guard [keyBytes.count, part.count, record.count].allSatisfy({ $0 <= Int(Int32.max) }) else { return }
        var bytes = CachePacks.magic
        bytes.reserveCapacity(CachePacks.headerSize + keyBytes.count + part.count + record.count + 2 * CacheSeal.length)
        for n in [keyBytes.count, part.count, record.count] {
            for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: n >> (8 * k))) }
        }
        bytes += keyBytes
        bytes += CacheSeal.sealed(part)
        bytes += CacheSeal.sealed(record)
        guard let (fd, pack, offset) = reserve(bytes.count) else { return }
        guard CachePacks.write(fd, bytes, at: offset) else { return }
        let frame = Frame(pack: pack, offset: offset, keyCount: keyBytes.count, partCount: part.count, recordCount: record.count)
        state.withLock { $0.added[Key(key)] = frame }
    }

    /// A range of `count` bytes at the end of this run's pack, creating the pack if need be.
    private func reserve(_ count: Int) -> (fd: Int32, pack: Int, offset: Int64)? {
        state.withLock { s in
            if s.fd < 0 {
                var now = timespec()
                clock_gettime(CLOCK_REALTIME, &now)
                let name = String(format: "%010lx-%d-%08x", now.tv_sec, getpid(), UInt32.random(in: 0...UInt32.max)) + CachePacks.suffix
                let fd = open("\(folder)/\(name)", O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                guard fd >= 0 else { return nil }
                s.fd = fd
                s.pack = names.count
                names.append(name)
            }
            defer { s.end += Int64(count) }
            return (s.fd, s.pack, s.end)
        }
    }

    /// The live frames after a run, for the index: the run's own and those opened with, for `live`
    /// keys only. Packs left mostly dead, and small packs when the run wrote one, have their live
    /// frames copied into the run's pack first, which is then flushed to disk. Returns the pack
    /// names the frames refer to (renumbered).
    func settle(live: Set<String>) -> (names: [String], frames: [Key: Frame]) {
        // Called once, after the workers: nothing else touches the state now.
        let liveKeys = Set(live.map(Key.init))
        var frames = opened.filter { liveKeys.contains($0.key) }
        for (key, f) in state.withLock({ $0.added }) where liveKeys.contains(key) { frames[key] = f }
        var liveBytes: [Int: Int64] = [:]
        for f in frames.values { liveBytes[f.packIndex, default: 0] += Int64(f.size) }
        let own = state.withLock { $0.pack }
        let folded = liveBytes.sorted(by: { $0.key < $1.key }).filter { pack, bytes in
            var st = stat()
            guard pack != own, stat("\(folder)/\(names[pack])", &st) == 0 else { return false }
            return bytes * 2 < Int64(st.st_size) || (own >= 0 && Int64(st.st_size) < CachePacks.smallPack)
        }.map(\.key)
        // (the frames of the packs to fold, in pack order: a nightly run's few, not the whole cache)
        let foldSet = Set(folded)
        let byPack = folded.isEmpty ? [:] : Dictionary(grouping: frames.filter { foldSet.contains($0.value.packIndex) }
            .sorted { ($0.value.pack, $0.value.offset) < ($1.value.pack, $1.value.offset) }) { $0.value.packIndex }
        for pack in folded {
            let fd = reader(pack)
            guard fd >= 0 else { continue }
            // Copied whole, seals and all: the bytes are not read, only moved.
            for (key, f) in byPack[pack] ?? [] {
                guard let raw = CachePacks.read(fd, at: f.offset, count: f.size), let (out, to, offset) = reserve(raw.count),
                      CachePacks.write(out, raw, at: offset) else { continue }
                var moved = f
                moved.pack = Int32(to)
                moved.offset = offset
                frames[key] = moved
            }
        }
        // (The run's pack may have been made just now, for the frames copied into it.)
        let (mine, written) = state.withLock { s in (s.pack, s.fd < 0 || fsync(s.fd) == 0) }
        if !written { frames = frames.filter { $0.value.packIndex != mine } }
        // Only the packs still referred to, numbered afresh.
        var renumber: [Int: Int] = [:]
        var kept: [String] = []
        for pack in Set(frames.values.map(\.packIndex)).sorted() { renumber[pack] = kept.count; kept.append(names[pack]) }
        for (key, f) in frames { frames[key]!.pack = Int32(renumber[f.packIndex]!) }
        return (kept, frames)
    }
}
