import Foundation

/// The output folder: an exclusive lock for the run, and files replaced atomically (written under a
/// temporary name, flushed, renamed), so a run killed at any moment leaves each file whole.
public final class OutputFolder {
    public let path: String
    private var lockFD: Int32 = -1
    static let lockName = ".broadsheet.lock"

    public enum LockError: Error, CustomStringConvertible {
        case held(holder: String)
        case cannotCreate(String)
        public var description: String {
            switch self {
            case let .held(holder): return "another run holds the output folder's lock (\(holder)); try again later"
            case let .cannotCreate(why): return "cannot use the output folder: \(why)"
            }
        }
    }

    public init(path: String) { self.path = path }

    deinit { unlock() }

    /// Creates the folder if needed and takes its lock (non-blocking).
    public func lock() throws(LockError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate("\(path): \(error.localizedDescription)")
        }
        let lockPath = path + "/" + OutputFolder.lockName
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotCreate("\(lockPath): \(String(cString: strerror(errno)))") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            var buf = [UInt8](repeating: 0, count: 256)
            let n = Glibc.read(fd, &buf, 255)
            close(fd)
            let holder = n > 0 ? String(decoding: buf[0..<n], as: UTF8.self).trimmingWhitespace() : "unknown process"
            throw .held(holder: holder.isEmpty ? "unknown process" : holder)
        }
        lockFD = fd
        let me = "pid \(getpid()) on \(ProcessInfo.processInfo.hostName)"
        _ = ftruncate(fd, 0)
        _ = me.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    /// Releases the lock; the lock file is emptied (not removed, which would race a waiting run).
    public func unlock() {
        guard lockFD >= 0 else { return }
        _ = ftruncate(lockFD, 0)
        flock(lockFD, LOCK_UN)
        close(lockFD)
        lockFD = -1
    }

    /// Writes `bytes` to `<name>.tmp-<pid>` and returns that path; `commit` renames it.
    public func stage(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = try stream(name)
        try file.append(bytes)
        file.finish()
        return file.temp
    }

    /// A file being written under a temporary name, in chunks.
    /// Written by one thread at a time (the emitter hands each file to one worker to close).
    public final class StagedFile: @unchecked Sendable {
        public let temp: String
        public let name: String
        private let fd: Int32

        init(folder: String, name: String) throws {
            self.name = name
            temp = "\(folder)/.\(name).tmp-\(getpid())"
            fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw StageFailure("cannot write \(temp): \(String(cString: strerror(errno)))") }
        }

        deinit { if fd >= 0 { close(fd) } }

        public func append(_ bytes: [UInt8]) throws {
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw StageFailure("cannot write \(temp): \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }

        /// Flushes to disk; the file is complete under its temporary name.
        public func finish() { _ = fsync(fd) }
    }

    public func stream(_ name: String) throws -> StagedFile { try StagedFile(folder: path, name: name) }

    /// For tests of crash recovery: the process dies (as if killed) after this many renames of a
    /// commit. Read once; unset in normal use.
    static let dieAfterRenames: Int? = ProcessInfo.processInfo.environment["BROADSHEET_TEST_DIE_AFTER_RENAMES"].flatMap(Int.init)

    /// Renames staged files into place.
    public func commit(_ staged: [(temp: String, name: String)]) throws {
        for (k, (temp, name)) in staged.enumerated() {
            if let n = OutputFolder.dieAfterRenames, k == n { _exit(137) }
            if rename(temp, "\(path)/\(name)") != 0 {
                throw StageFailure("cannot rename \(temp) to \(name): \(String(cString: strerror(errno)))")
            }
        }
        let dir = open(path, O_RDONLY | O_DIRECTORY)
        if dir >= 0 { _ = fsync(dir); close(dir) }
    }

    /// Writes `bytes` as `name` in `folder` (a folder of this output folder's, such as the cache)
    /// under a temporary name first, flushed, then renamed.
    public func commitFile(_ bytes: [UInt8], as name: String, in folder: String) throws {
        let file = try StagedFile(folder: folder, name: name)
        do {
            try file.append(bytes)
            file.finish()
        } catch {
            unlink(file.temp)
            throw error
        }
        if rename(file.temp, "\(folder)/\(name)") != 0 {
            let why = String(cString: strerror(errno))
            unlink(file.temp)
            throw StageFailure("cannot rename \(file.temp) to \(name): \(why)")
        }
    }

    /// Removes temporary files left by runs that were killed.
    public func sweepTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for n in names where n.hasPrefix(".") && n.contains(".tmp-") {
            try? FileManager.default.removeItem(atPath: path + "/" + n)
        }
    }
}
