import Foundation

/// The type-erased description of one registered stage.
public struct StageDescriptor: Sendable {
    public let name: String
    public let summary: String
    public let needs: [Capability]
    public let provides: [Capability]
    /// Option keys with their defaults, as JSON values.
    public let defaults: [(key: String, value: String, help: String)]
    /// The table writer rather than a per-document stage.
    public let isSink: Bool
    let make: @Sendable (_ options: [String: Any], _ path: String, _ context: RunContext) throws(ConfigError) -> ConfiguredStage.Built

    init<S: RegisteredStage>(_ type: S.Type) {
        self.init(step: type, isSink: false) { .stage($0) }
    }

    init(_ type: EmitSink.Type) {
        self.init(step: type, isSink: true) { .sink($0) }
    }

    private init<S: RegisteredStep>(step type: S.Type, isSink: Bool, built: @escaping @Sendable (S) -> ConfiguredStage.Built) {
        self.isSink = isSink
        name = S.name
        summary = S.summary
        needs = S.needs
        provides = S.provides
        let defaultsObject = OptionCoding.encode(S.Options())
        defaults = defaultsObject.keys.sorted().map { key in
            (key, OptionCoding.render(defaultsObject[key]!), S.Options.help[key] ?? "")
        }
        make = { options, path, context throws(ConfigError) in
            let decoded: S.Options = try OptionCoding.decode(S.Options.self, from: options, path: path)
            do {
                return built(try S(options: decoded, context: context))
            } catch let error as ConfigError {
                // Stages name their own options as `stages.<name>.options…`; give the config's index.
                let prefix = "stages.\(S.name).options"
                throw ConfigError(error.problems.map { p in
                    p.path.hasPrefix(prefix) ? ConfigProblem(path: path + p.path.dropFirst(prefix.count), message: p.message) : p
                })
            } catch {
                throw ConfigError([ConfigProblem(path: path, message: "\(error)")])
            }
        }
    }
}

/// Every stage Broadsheet knows, in data-flow order. Adding a stage is a deliberate change here
/// (and in the test that pins this list).
public enum StageRegistry {
    public static let all: [StageDescriptor] = [
        StageDescriptor(CleanStage.self),
        StageDescriptor(SegmentStage.self),
        StageDescriptor(DatesStage.self),
        StageDescriptor(QuotesStage.self),
        StageDescriptor(EntitiesStage.self),
        StageDescriptor(EmitSink.self),
    ]

    public static var names: [String] { all.map(\.name) }

    public static func descriptor(named name: String) -> StageDescriptor? {
        all.first { $0.name == name }
    }

    /// Capabilities that exist before any configured stage runs (ingest provides them).
    public static let ingestProvides: Set<Capability> = [.text]
}

/// Strict decoding of stage options: defaults merged under the user's keys, snake_case keys,
/// unknown keys and wrong types reported with their dotted path.
enum OptionCoding {
    static func encode<O: Encodable>(_ value: O) -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(value),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }

    static func render(_ value: Any) -> String {
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes]),
           let text = String(data: data, encoding: .utf8) {
            return text
        }
        return "\(value)"
    }

    static func decode<O: StageOptions>(_ type: O.Type, from user: [String: Any], path: String) throws(ConfigError) -> O {
        var merged = encode(O())
        var problems: [ConfigProblem] = []
        let known = Set(merged.keys)
        for key in user.keys.sorted() {
            if known.contains(key) {
                merged[key] = user[key]
            } else {
                let valid = known.isEmpty ? "this stage takes no options" : "valid options: " + known.sorted().joined(separator: ", ")
                problems.append(ConfigProblem(path: "\(path).\(key)", message: "unknown option (\(valid))"))
            }
        }
        if !problems.isEmpty { throw ConfigError(problems) }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            let data = try JSONSerialization.data(withJSONObject: merged, options: [.fragmentsAllowed])
            return try decoder.decode(O.self, from: data)
        } catch let error as DecodingError {
            throw ConfigError([describe(error, path: path)])
        } catch {
            throw ConfigError([ConfigProblem(path: path, message: "\(error)")])
        }
    }

    private static func describe(_ error: DecodingError, path: String) -> ConfigProblem {
        func keyPath(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce(path) { acc, key in
                if let i = key.intValue { return "\(acc)[\(i)]" }
                return "\(acc).\(snake(key.stringValue))"
            }
        }
        switch error {
        case let .typeMismatch(type, context):
            return ConfigProblem(path: keyPath(context.codingPath), message: "expected \(typeName(type))")
        case let .valueNotFound(type, context):
            return ConfigProblem(path: keyPath(context.codingPath), message: "expected \(typeName(type)), got null")
        case let .keyNotFound(key, context):
            return ConfigProblem(path: keyPath(context.codingPath + [key]), message: "missing")
        case let .dataCorrupted(context):
            return ConfigProblem(path: keyPath(context.codingPath), message: context.debugDescription)
        @unknown default:
            return ConfigProblem(path: path, message: "\(error)")
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Bool.Type: return "a boolean (true or false)"
        case is Int.Type: return "an integer"
        case is Double.Type: return "a number"
        case is String.Type: return "a string"
        case is [String].Type: return "a list of strings"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return name
        }
    }

    static func snake(_ key: String) -> String {
        var out = ""
        for ch in key {
            if ch.isUppercase { out += "_" + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }
}
