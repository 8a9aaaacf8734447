import Glibc

/// A fixed set of words (a lexicon: months, speech verbs, name heads), built once and then only
/// asked `contains`. Every stage asks its lexicons about most tokens of every document, and a
/// `Set<String>` pays for a seeded SipHash and a Unicode-aware comparison on each question; this
/// hashes the UTF-8 bytes with FNV-1a into an open-addressed table and compares bytes.
/// Keys are compared as bytes, then (only for a key with a combining mark, which a page's text may
/// hold decomposed: `e` + U+0301) as `String`s, canonically, as a `Set<String>` would.
public struct WordSet: Sendable, Equatable, ExpressibleByArrayLiteral, Sequence {
    /// The words in the order first given (iteration, `union`).
    private var words: [String] = []
    private var table = ByteKeyTable()

    public init() {}

    public init(arrayLiteral elements: String...) { self.init(elements) }

    public init<S: Sequence>(_ elements: S) where S.Element == String {
        for w in elements { insert(w) }
    }

    public var count: Int { words.count }
    public var isEmpty: Bool { words.isEmpty }

    public func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    @discardableResult
    public mutating func insert(_ word: String) -> Bool {
        guard table.insert(word, index: words.count) else { return false }
        words.append(word)
        return true
    }

    @inline(__always)
    public func contains(_ word: String) -> Bool {
        switch table.lookup(word) {
        case .found: return true
        case .absent: return false
        case .maybeDecomposed: return words.contains(word)
        }
    }

    public func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String {
        var out = self
        for w in other { out.insert(w) }
        return out
    }

    /// The same words, whatever their order.
    public static func == (a: WordSet, b: WordSet) -> Bool { a.count == b.count && a.words.allSatisfy(b.contains) }
}

/// A fixed map from words to values (month names to numbers, first names to genders), looked up
/// as `WordSet` looks up its words.
public struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral, Sequence {
    /// The keys in the order first given (iteration).
    public private(set) var keys: [String] = []
    private var values: [Value] = []
    private var table = ByteKeyTable()

    public init() {}

    public init(dictionaryLiteral elements: (String, Value)...) {
        for (k, v) in elements { self[k] = v }
    }

    /// The pairs in the keys' sorted order (a dictionary's own order differs from run to run).
    public init(_ dictionary: [String: Value]) {
        for k in dictionary.keys.sorted() { self[k] = dictionary[k] }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var i = 0
        return AnyIterator {
            guard i < keys.count else { return nil }
            defer { i += 1 }
            return (keys[i], values[i])
        }
    }

    private func index(_ key: String) -> Int? {
        switch table.lookup(key) {
        case let .found(k): return k
        case .absent: return nil
        case .maybeDecomposed: return keys.firstIndex(of: key)
        }
    }

    public subscript(key: String) -> Value? {
        get { index(key).map { values[$0] } }
        set {
            if let i = table.find(key) {
                guard let newValue else { preconditionFailure("WordMap does not remove keys") }
                values[i] = newValue
            } else if let newValue {
                table.insert(key, index: keys.count)
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    public subscript(key: String, default fallback: @autoclosure () -> Value) -> Value {
        get { self[key] ?? fallback() }
        set { self[key] = newValue }
    }
}

/// The open-addressed table behind `WordSet` and `WordMap`: the keys' UTF-8 bytes end to end,
/// and a slot array at most half full (linear probing), each slot holding its key's index and the
/// high half of its hash, so that a miss (most questions) reads only slots.
struct ByteKeyTable: Sendable {
    private var bytes: [UInt8] = []
    /// Key i's bytes are `bytes[starts[i]..<starts[i + 1]]`.
    private var starts: [Int32] = [0]
    /// 0 when empty, else the key's hash's high 32 bits, then its index + 1 in the low 32 bits.
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 16)

    private var keyCount: Int { starts.count - 1 }

    /// Whether the text holds a combining mark of the Latin, Greek and Cyrillic scripts
    /// (U+0300–U+036F, lead bytes 0xCC and 0xCD), so that a byte miss may still be a canonical match.
    static func mayBeDecomposed<C: Collection>(_ utf8: C) -> Bool where C.Element == UInt8 {
        utf8.contains { $0 == 0xCC || $0 == 0xCD }
    }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 { hashAndHighBits(b).hash }

    /// The key's hash, and its bytes OR-ed together (below 0x80: ASCII, no combining mark).
    @inline(__always)
    private static func hashAndHighBits(_ b: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, bits: UInt8) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var bits: UInt8 = 0
        for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3; bits |= x }
        // FNV's low bits mix poorly for short keys; fold the high half in before masking.
        return (h ^ (h >> 29), bits)
    }

    /// What a lookup found: the key's index, or none, and then whether a canonical comparison
    /// could still match (the key holds a combining mark).
    enum Lookup { case found(Int), absent, maybeDecomposed }

    @inline(__always)
    func find(_ key: String) -> Int? {
        if case let .found(k) = lookup(key) { return k }
        return nil
    }

    @inline(__always)
    func lookup(_ key: String) -> Lookup {
        if let found = key.utf8.withContiguousStorageIfAvailable({ lookup(bytes: $0) }) { return found }
        return Array(key.utf8).withUnsafeBufferPointer { lookup(bytes: $0) }
    }

    func lookup(bytes key: UnsafeBufferPointer<UInt8>) -> Lookup {
        let (h, bits) = ByteKeyTable.hashAndHighBits(key)
        let tag = h >> 32
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var at = Int(truncatingIfNeeded: h) & mask
            while true {
                let slot = slots[at]
                if slot == 0 { return bits >= 0xC0 && ByteKeyTable.mayBeDecomposed(key) ? .maybeDecomposed : .absent }
                if slot >> 32 == tag {
                    let k = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                    if keyEquals(k, key) { return .found(k) }
                }
                at = (at + 1) & mask
            }
        }
    }

    private func keyEquals(_ k: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let from = Int(starts[k]), count = Int(starts[k + 1]) - from
        guard count == key.count else { return false }
        guard count > 0 else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + from, key.baseAddress!, count) == 0 }
    }

    /// Adds the key as index `index` unless it is there already (false then).
    @discardableResult
    mutating func insert(_ key: String, index: Int) -> Bool {
        if find(key) != nil { return false }
        precondition(index == keyCount && index < Int(Int32.max), "keys are added in order")
        bytes.append(contentsOf: key.utf8)
        starts.append(Int32(bytes.count))
        if keyCount * 2 > slots.count { rehash(to: slots.count * 2) } else { place(keyCount - 1) }
        return true
    }

    private func keyHash(_ k: Int) -> UInt64 {
        bytes.withUnsafeBufferPointer { ByteKeyTable.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[k])..<Int(starts[k + 1])])) }
    }

    private mutating func place(_ k: Int) {
        let h = keyHash(k)
        let mask = slots.count - 1
        var at = Int(truncatingIfNeeded: h) & mask
        while slots[at] != 0 { at = (at + 1) & mask }
        slots[at] = (h >> 32) << 32 | UInt64(k + 1)
    }

    private mutating func rehash(to size: Int) {
        slots = [UInt64](repeating: 0, count: size)
        for k in 0..<keyCount { place(k) }
    }
}
