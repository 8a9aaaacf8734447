/// Place names from GeoNames (see `Places+Data.swift`): evidence that a capitalised run names a
/// place (GPE: countries, US states, cities; LOC: continents).
public enum Places {
    static let table: [String: EntityType] = {
        var m: [String: EntityType] = [:]
        for name in gpeData.split(whereSeparator: { $0 == "|" || $0 == "\n" }) {
            let key = String(name).trimmingWhitespace().folded
            if !key.isEmpty { m[key] = .gpe }
        }
        for name in locData.split(whereSeparator: { $0 == "|" || $0 == "\n" }) {
            let key = String(name).trimmingWhitespace().folded
            if !key.isEmpty { m[key] = .loc }
        }
        return m
    }()

    /// The place type of a name (folded match), or nil.
    public static func type(of name: String) -> EntityType? { table[name.folded] }
}
