/// Counts by name, listed for people: the largest first, names alphabetical among equals
/// (`.jpg 12, .pdf 3, (none) 1`).
enum Counts {
    static func listed(_ counts: [String: Int]) -> String {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
