import Foundation

/// A value behind a lock, shared across worker threads. NSLock (a pthread mutex) rather than
/// `Synchronization.Mutex`: on Linux the latter locks with raw futex calls that ThreadSanitizer
/// cannot see, so every access behind it was reported as a race.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
