import Dispatch
import Synchronization

/// The one place that knows Dispatch: runs an indexed body on `workers` threads, each index once.
/// Results go into index slots, so output order never depends on scheduling.
public struct ParallelRunner: Sendable {
    public let workers: Int

    public init(workers: Int) { self.workers = max(1, workers) }

    /// Calls `body(i)` for every `i` in `0..<count`, concurrently.
    public func forEach(count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        if workers == 1 || count == 1 {
            for i in 0..<count { body(i) }
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(workers, count)) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                if i >= count { break }
                body(i)
            }
        }
    }

    /// Maps `0..<count` to results in index order.
    public func map<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T?>(repeating: nil, count: count)
        forEach(count: count) { i in slots[i] = body(i) }
        return slots.values.map { $0! }
    }

    /// Mutates every element of `items` in place, concurrently (one writer per index).
    public func update<T: Sendable>(_ items: inout [T], _ body: @Sendable (inout T) -> Void) {
        let slots = Slots<T?>(items.map { Optional($0) })
        items.removeAll()
        forEach(count: slots.count) { i in
            var value = slots[i]!
            slots[i] = nil
            body(&value)
            slots[i] = value
        }
        items = slots.values.map { $0! }
    }
}

/// Index slots shared across worker threads. Safe because each index has exactly one writer and
/// readers wait for `concurrentPerform` to return. Raw storage, so that no Swift exclusivity
/// check sees two threads touching one array.
final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T>
    init(repeating value: T, count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: value)
    }
    init(_ values: [T]) {
        buffer = .allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
    }
    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
    var count: Int { buffer.count }
    subscript(i: Int) -> T {
        get { buffer[i] }
        set { buffer[i] = newValue }
    }
    var values: [T] { Array(buffer) }
}
