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

extension Places {
    /// US states as AP style and the Postal Service abbreviate them after a town ("SAN JOSE,
    /// Calif. -", "Albany, N.Y."). Undotted forms are words too ("Mass", "Miss", "Ill", "Pa"), so
    /// they count only in that place, after a town and a comma and before the full stop.
    static let stateAbbreviations: WordMap<String> = [
        "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado", "Conn": "Connecticut",
        "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas",
        "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota",
        "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nebr": "Nebraska", "Nev": "Nevada",
        "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "Penn": "Pennsylvania", "Tenn": "Tennessee", "Vt": "Vermont",
        "Va": "Virginia", "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
        "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
        "N.D.": "North Dakota", "S.C.": "South Carolina", "S.D.": "South Dakota", "R.I.": "Rhode Island", "W.Va.": "West Virginia",
        "D.C.": "District of Columbia",
    ]

    /// The Postal Service's codes of the fifty states and the District of Columbia.
    static let postalCodes: WordMap<String> = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado", "CT": "Connecticut",
        "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
        "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
        "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
        "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
        "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
        "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
        "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    ]

    /// The fifty states, folded: places of their own rank, never a town that a surname shares.
    static let usStates: WordSet = WordSet(usStateData.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map(String.init))
}
