/// A Bloom filter over 64-bit hashes: about 10 bits per expected item, 7 probes (~1 % false
/// positives), never a false negative.
struct BloomFilter {
    private var bits: [UInt64]
    private let mask: UInt64

    init(expected: Int) {
        var words = 1
        while words * 64 < max(expected, 1024) * 10 { words <<= 1 }
        bits = [UInt64](repeating: 0, count: words)
        mask = UInt64(words * 64 - 1)
    }

    /// Adds `h`; returns true when it was (probably) there already.
    mutating func insert(_ h: UInt64) -> Bool {
        var a = h &* 0x9E37_79B9_7F4A_7C15
        a ^= a >> 29
        let b = (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9 | 1
        var present = true
        for _ in 0..<7 {
            let bit = a & mask
            let word = Int(bit >> 6), m = UInt64(1) << (bit & 63)
            if bits[word] & m == 0 { present = false; bits[word] |= m }
            a = a &+ b
        }
        return present
    }
}
