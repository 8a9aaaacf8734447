import Foundation
import Synchronization

/// Where documents wait between the phases of a run, so memory does not grow with the corpus:
/// an anonymous file in the output folder (unlinked as soon as it is opened, so a killed run leaves
/// nothing behind) that workers append encoded documents to, each at its own reserved range, and
/// read back by location. Concurrent appends and reads never overlap (pwrite/pread on disjoint ranges).
public final class SpillFile: @unchecked Sendable {
    public struct Location: Sendable, Hashable {
        public var offset: Int64
        public var count: Int
    }

    private let fd: Int32
    private let end = Atomic<Int64>(0)

    public init(folder: String) throws {
        let path = "\(folder)/.broadsheet-spill.tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StageFailure("cannot create a work file in \(folder): \(String(cString: strerror(errno)))") }
        unlink(path)
        self.fd = fd
    }

    /// A work file that outlives the process (a shard's results, read by a later job on another
    /// node): `creating` writes a new file at `path`, `reading` opens one to read.
    public init(creating path: String) throws {
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StageFailure("cannot create \(path): \(String(cString: strerror(errno)))") }
        self.fd = fd
    }

    public init(reading path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StageFailure("cannot open \(path): \(String(cString: strerror(errno)))") }
        self.fd = fd
        var st = stat()
        if fstat(fd, &st) == 0 { end.store(Int64(st.st_size), ordering: .relaxed) }
    }

    /// Flushes the file to disk (before a job reports success and the next job reads it).
    public func sync() throws {
        guard fsync(fd) == 0 else { throw StageFailure("cannot flush a work file: \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    /// Bytes written so far.
    public var size: Int64 { end.load(ordering: .relaxed) }

    /// Appends a record; safe from any thread.
    public func append(_ bytes: [UInt8]) throws -> Location {
        let offset = end.add(Int64(bytes.count), ordering: .relaxed).oldValue
        guard !bytes.isEmpty else { return Location(offset: offset, count: 0) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StageFailure("cannot write the run's work file: \(String(cString: strerror(errno)))")
            }
            done += n
        }
        return Location(offset: offset, count: bytes.count)
    }

    /// Reads a record back; safe from any thread.
    public func read(_ location: Location) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: location.count)
        var done = 0
        while done < location.count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, location.count - done, off_t(location.offset) + off_t(done)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StageFailure("cannot read the run's work file: \(String(cString: strerror(errno)))")
            }
            if n == 0 { throw StageFailure("the run's work file is shorter than expected") }
            done += n
        }
        return out
    }
}
