import Foundation

/// What the last complete run wrote into the output folder: for each table file its size, mtime,
/// ctime and inode as they stood right after the rename, and the digest of the inputs, config and
/// program that produced them. Written after the tables are in place, so a run that died while
/// writing (killed, disk full) leaves the previous ledger, which then no longer matches the disk.
/// A later run that finds its inputs unchanged trusts the tables only when every file still
/// matches; otherwise it writes them again from the cache. ctime cannot be set back by hand, so
/// an edit that restores a file's size and mtime is still seen.
public struct OutputLedger: Sendable, Equatable {
    public struct FileRecord: Sendable, Equatable {
        public var name: String
        public var size: Int64
        public var mtimeNanos: Int64
        public var ctimeNanos: Int64
        public var inode: UInt64
    }

    /// Digest of the inputs (ids, stamps, manifest rows), config and program the tables came from.
    public var inputs: String
    public var files: [FileRecord]
    /// Figures of that run that a run leaving the tables as they are reports again.
    public var failed: Int
    public var statuses: [String: Int]

    static let fileName = "outputs.json"

    /// The record of `names` as they stand in `folder` now (nil if one is missing).
    public static func record(folder: String, names: [String], inputs: String, failed: Int, statuses: [String: Int]) -> OutputLedger? {
        var files: [FileRecord] = []
        for name in names.sorted() {
            guard let r = current(folder + "/" + name, name: name) else { return nil }
            files.append(r)
        }
        return OutputLedger(inputs: inputs, files: files, failed: failed, statuses: statuses)
    }

    static func current(_ path: String, name: String) -> FileRecord? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return FileRecord(name: name, size: Int64(st.st_size),
                          mtimeNanos: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                          ctimeNanos: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec), inode: UInt64(st.st_ino))
    }

    /// Why the tables in `folder` are not what this ledger recorded, or nil when every file is.
    public func damage(in folder: String) -> String? {
        var problems: [String] = []
        for f in files {
            guard let now = OutputLedger.current(folder + "/" + f.name, name: f.name) else { problems.append("\(f.name) is missing"); continue }
            if now.size != f.size { problems.append("\(f.name) changed size (\(f.size) → \(now.size) bytes)") }
            else if now != f { problems.append("\(f.name) was modified or replaced") }
        }
        return problems.isEmpty ? nil : problems.joined(separator: "; ")
    }

    public static func load(cacheFolder: String) -> OutputLedger? {
        guard let data = FileManager.default.contents(atPath: cacheFolder + "/" + fileName),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let inputs = object["inputs"] as? String, let list = object["files"] as? [[String: Any]],
              let failed = object["failed"] as? Int, let statuses = object["statuses"] as? [String: Int] else { return nil }
        var files: [FileRecord] = []
        for f in list {
            guard let name = f["name"] as? String, let size = (f["size"] as? NSNumber)?.int64Value,
                  let mtime = (f["mtime_ns"] as? NSNumber)?.int64Value, let ctime = (f["ctime_ns"] as? NSNumber)?.int64Value,
                  let inode = (f["inode"] as? NSNumber)?.uint64Value else { return nil }
            files.append(FileRecord(name: name, size: size, mtimeNanos: mtime, ctimeNanos: ctime, inode: inode))
        }
        return OutputLedger(inputs: inputs, files: files, failed: failed, statuses: statuses)
    }

    public func bytes() -> [UInt8] {
        let object: [String: Any] = [
            "inputs": inputs, "failed": failed, "statuses": statuses,
            "files": files.map { ["name": $0.name, "size": $0.size, "mtime_ns": $0.mtimeNanos, "ctime_ns": $0.ctimeNanos, "inode": $0.inode] },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return Array(data) + [10]
    }

    /// Removes the ledger (before tables are replaced: until the new one is written, no run may
    /// take the folder for current).
    public static func invalidate(cacheFolder: String) {
        unlink(cacheFolder + "/" + fileName)
    }
}
