/// One problem in a configuration: the dotted key path and what was expected there.
public struct ConfigProblem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) { self.path = path; self.message = message }
    public var description: String { "\(path): \(message)" }
}

/// Every problem found in a configuration, reported together (exit 78, nothing written).
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var problems: [ConfigProblem]
    public init(_ problems: [ConfigProblem]) { self.problems = problems }
    public var description: String {
        problems.map { "config error: \($0)" }.joined(separator: "\n")
    }
}
