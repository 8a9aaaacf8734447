/// Place names from GeoNames (see `Places+Data.swift`): evidence that a capitalised run names a
/// place (GPE: countries, US states, cities; LOC: continents).
public enum Places {
    /// FNV-1a hashes of the folded names (the data is folded by its generator). Hashes rather than
    /// strings: the table loads in one pass over the bytes, without 47,000 string allocations.
    static let gpe: Set<UInt64> = hashes(gpeData)
    static let loc: Set<UInt64> = hashes(locData)

    static func hashes(_ data: String) -> Set<UInt64> {
        var out = Set<UInt64>(minimumCapacity: 50_000)
        let start: UInt64 = 0xcbf2_9ce4_8422_2325, prime: UInt64 = 0x100_0000_01b3
        var h = start, length = 0, leading = true
        for b in data.utf8 {
            if b == UInt8(ascii: "|") || b == 10 {
                if length > 0 { out.insert(h) }
                h = start; length = 0; leading = true
                continue
            }
            if leading && b == 32 { continue }   // the indentation of each line
            leading = false
            h = (h ^ UInt64(b)) &* prime
            length += 1
        }
        if length > 0 { out.insert(h) }
        return out
    }

    /// The place type of a name (folded match), or nil.
    public static func type(of name: String) -> EntityType? {
        var h = FNV1a()
        h.add(name.folded.utf8)
        if gpe.contains(h.value) { return .gpe }
        if loc.contains(h.value) { return .loc }
        return nil
    }
}
