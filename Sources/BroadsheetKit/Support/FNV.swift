/// FNV-1a 64-bit: a fast, stable (run to run, machine to machine) hash for cache keys and
/// corpus line statistics. Not for security.
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x100_0000_01b3 }
    }

    public mutating func add(_ s: String) { add(s.utf8); add(CollectionOfOne(0)) }

    public mutating func add(_ n: UInt64) {
        var x = n
        for _ in 0..<8 { add(CollectionOfOne(UInt8(truncatingIfNeeded: x))); x >>= 8 }
    }

    public static func hash(_ s: String) -> UInt64 { var h = FNV1a(); h.add(s.utf8); return h.value }
}
