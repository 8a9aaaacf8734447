import Foundation

/// A step of `pipeline.json` as configured: its descriptor and what it built, a per-document
/// stage or the sink that writes the tables.
public struct ConfiguredStage: Sendable {
    public enum Built: Sendable {
        case stage(any PipelineStage)
        case sink(EmitSink)
    }
    public let descriptor: StageDescriptor
    public let built: Built
    public var name: String { descriptor.name }
    public var stage: (any PipelineStage)? { if case let .stage(s) = built { s } else { nil } }
}

/// A loaded, validated `pipeline.json`.
public struct PipelineConfig: Sendable {
    public var input: String
    public var output: String
    public var referenceDate: CivilDate?
    public var workers: Int?
    /// Keep per-document results between runs (top-level `cache`, default true).
    public var cache: Bool = true
    /// Seconds one document may spend in the per-document stages before it becomes an errors row
    /// (top-level `time_budget`, default 60; 0 turns the budget off).
    public var timeBudget: Double = 60
    /// Read files and folders that symbolic links inside the input folder lead to outside it
    /// (top-level `follow_outside_links`, default false).
    public var followOutsideLinks = false
    public var stages: [ConfiguredStage]
    /// sha256 of the config file's bytes (for `run.json`).
    public var sha256: String
    /// Canonical JSON of the stage options, the cache key's config part.
    public var fingerprint: String
    /// Canonical JSON of the sink's options: what the tables look like, not what a document's
    /// results are (part of the change test, not of the cache key).
    public var sinkFingerprint = ""

    /// The per-document stages, in data-flow order.
    public var documentStages: [any PipelineStage] { stages.compactMap(\.stage) }
    /// The table writer's options, when the config writes tables.
    public var emit: EmitSink? { stages.lazy.compactMap { if case let .sink(s) = $0.built { s } else { nil } }.first }

    static let topLevelKeys: [String: String] = [
        "input": "folder of input documents, relative to the config file",
        "output": "folder the tables are written to, relative to the config file",
        "stages": "list of {\"name\", \"options\"} in data-flow order",
        "reference_date": "ISO date relative dates fall back to when a document has no publication date",
        "workers": "worker threads (default: the core count)",
        "cache": "keep per-document results between runs so rebuilds only process changes (default true)",
        "time_budget": "seconds one document may take in the per-document stages before it becomes an errors row (default 60, 0 = off)",
        "follow_outside_links": "read what symbolic links in the input folder lead to outside it (default false: skipped with a warning)",
    ]

    /// Loads and validates a config file. Every problem is collected, then thrown once.
    /// `inputOverride`/`outputOverride` are the command line's `--input`/`--output`.
    public static func load(path: String, inputOverride: String? = nil, outputOverride: String? = nil,
                            checkInput: Bool = true) throws(ConfigError) -> PipelineConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError([ConfigProblem(path: path, message: "cannot read the config file")])
        }
        let directory = (URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path)
        return try parse(data: data, directory: directory, inputOverride: inputOverride,
                         outputOverride: outputOverride, checkInput: checkInput)
    }

    public static func parse(data: Data, directory: String, inputOverride: String? = nil,
                             outputOverride: String? = nil, checkInput: Bool = true) throws(ConfigError) -> PipelineConfig {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ConfigError([ConfigProblem(path: "pipeline.json", message: "not valid JSON (\(jsonErrorHint(error)))")])
        }
        guard let root = object as? [String: Any] else {
            throw ConfigError([ConfigProblem(path: "(top level)", message: "expected a JSON object")])
        }
        var problems: [ConfigProblem] = []
        for key in root.keys.sorted() where topLevelKeys[key] == nil {
            problems.append(ConfigProblem(path: key, message: "unknown key (valid keys: \(topLevelKeys.keys.sorted().joined(separator: ", ")))"))
        }
        func string(_ key: String) -> String? {
            guard let value = root[key] else { return nil }
            guard let s = value as? String, !s.isEmpty else {
                problems.append(ConfigProblem(path: key, message: "expected a non-empty string"))
                return nil
            }
            return s
        }
        func resolve(_ p: String) -> String {
            p.hasPrefix("/") ? p : URL(fileURLWithPath: directory).appendingPathComponent(p).standardizedFileURL.path
        }
        let inputKey = string("input")
        let outputKey = string("output")
        let input = inputOverride ?? inputKey.map(resolve)
        let output = outputOverride ?? outputKey.map(resolve)
        if input == nil && root["input"] == nil { problems.append(ConfigProblem(path: "input", message: "missing (expected the input folder)")) }
        if output == nil && root["output"] == nil { problems.append(ConfigProblem(path: "output", message: "missing (expected the output folder)")) }
        if let input, checkInput {
            var isDir: ObjCBool = false
            if !FileManager.default.fileExists(atPath: input, isDirectory: &isDir) || !isDir.boolValue {
                problems.append(ConfigProblem(path: inputOverride == nil ? "input" : "--input", message: "folder '\(input)' does not exist"))
            }
        }
        var referenceDate: CivilDate?
        if let raw = root["reference_date"] {
            if let s = raw as? String, let d = CivilDate(iso: s) {
                referenceDate = d
            } else {
                problems.append(ConfigProblem(path: "reference_date", message: "expected an ISO date such as \"2009-12-04\""))
            }
        }
        var workers: Int?
        if let raw = root["workers"] {
            if let n = PipelineConfig.number(raw).flatMap({ Int(exactly: $0) }), n >= 1, n <= 256 { workers = n } else {
                problems.append(ConfigProblem(path: "workers", message: "expected an integer from 1 to 256"))
            }
        }
        var cache = true
        if let raw = root["cache"] {
            if let b = raw as? Bool { cache = b } else {
                problems.append(ConfigProblem(path: "cache", message: "expected a boolean (true or false)"))
            }
        }
        var timeBudget = 60.0
        if let raw = root["time_budget"] {
            if let n = PipelineConfig.number(raw), n >= 0, n <= 86_400 { timeBudget = n } else {
                problems.append(ConfigProblem(path: "time_budget", message: "expected a number of seconds from 0 to 86400"))
            }
        }
        var followOutsideLinks = false
        if let raw = root["follow_outside_links"] {
            if let b = raw as? Bool { followOutsideLinks = b } else {
                problems.append(ConfigProblem(path: "follow_outside_links", message: "expected a boolean (true or false)"))
            }
        }
        let context = RunContext(referenceDate: referenceDate, configDirectory: directory, workers: workers ?? 1)
        var stages: [ConfiguredStage] = []
        var fingerprintParts: [String] = []
        var sinkParts: [String] = []
        if let rawStages = root["stages"] {
            if let list = rawStages as? [Any] {
                var available = StageRegistry.ingestProvides
                var seen: [String: Int] = [:]
                var lastOrder = -1
                for (i, item) in list.enumerated() {
                    let path = "stages[\(i)]"
                    guard let entry = item as? [String: Any] else {
                        problems.append(ConfigProblem(path: path, message: "expected an object like {\"name\": \"clean\"}"))
                        continue
                    }
                    for key in entry.keys.sorted() where key != "name" && key != "options" {
                        problems.append(ConfigProblem(path: "\(path).\(key)", message: "unknown key (valid keys: name, options)"))
                    }
                    guard let name = entry["name"] as? String else {
                        problems.append(ConfigProblem(path: "\(path).name", message: "expected a stage name (one of: \(StageRegistry.names.joined(separator: ", ")))"))
                        continue
                    }
                    guard let order = StageRegistry.names.firstIndex(of: name) else {
                        problems.append(ConfigProblem(path: "\(path).name", message: "unknown stage '\(name)' (available stages: \(StageRegistry.names.joined(separator: ", ")))"))
                        continue
                    }
                    let descriptor = StageRegistry.all[order]
                    if let first = seen[name] {
                        problems.append(ConfigProblem(path: "\(path).name", message: "stage '\(name)' is already declared at stages[\(first)]"))
                        continue
                    }
                    seen[name] = i
                    if order < lastOrder {
                        problems.append(ConfigProblem(path: "\(path).name", message: "stage '\(name)' is out of order (stages run in data-flow order: \(StageRegistry.names.joined(separator: " → ")))"))
                    }
                    lastOrder = max(lastOrder, order)
                    let missing = descriptor.needs.filter { !available.contains($0) }
                    if !missing.isEmpty {
                        let providers = missing.compactMap { need in StageRegistry.all.first { $0.provides.contains(need) }?.name }
                        problems.append(ConfigProblem(path: "\(path).name", message: "stage '\(name)' needs \(missing.map(\.rawValue).joined(separator: ", ")); add the '\(providers.joined(separator: "', '"))' stage before it"))
                    }
                    available.formUnion(descriptor.provides)
                    var options: [String: Any] = [:]
                    if let rawOptions = entry["options"] {
                        if let dict = rawOptions as? [String: Any] {
                            options = dict
                        } else if !(rawOptions is NSNull) {
                            problems.append(ConfigProblem(path: "\(path).options", message: "expected an object"))
                            continue
                        }
                    }
                    do {
                        stages.append(ConfiguredStage(descriptor: descriptor, built: try descriptor.make(options, "\(path).options", context)))
                        let canonical = OptionCoding.render(options)
                        if descriptor.isSink { sinkParts.append("\(name)=\(canonical)") } else { fingerprintParts.append("\(name)=\(canonical)") }
                    } catch {
                        problems.append(contentsOf: error.problems)
                    }
                }
            } else {
                problems.append(ConfigProblem(path: "stages", message: "expected a list of stages"))
            }
        } else {
            problems.append(ConfigProblem(path: "stages", message: "missing (expected a list such as [{\"name\": \"clean\"}, {\"name\": \"emit\"}])"))
        }
        if !problems.isEmpty { throw ConfigError(problems) }
        if let ref = referenceDate { fingerprintParts.append("reference_date=\(ref.iso)") }
        return PipelineConfig(input: input!, output: output!, referenceDate: referenceDate, workers: workers,
                              cache: cache, timeBudget: timeBudget, followOutsideLinks: followOutsideLinks, stages: stages, sha256: SHA256.hex(of: Array(data)),
                              fingerprint: fingerprintParts.joined(separator: ";"), sinkFingerprint: sinkParts.joined(separator: ";"))
    }

    private static func jsonErrorHint(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo["NSDebugDescription"] as? String { return detail }
        return ns.localizedDescription
    }
}

extension PipelineConfig {
    /// A JSON number, not a boolean. Foundation on Linux reads `1` and `0` as an NSNumber that
    /// also casts to Bool (`raw is Bool` turned down `"workers": 1`), and `true` as one that casts
    /// to Int; the boolean is the one whose type is not NSNumber itself.
    static func number(_ raw: Any) -> Double? {
        guard let n = raw as? NSNumber, type(of: n) == NSNumber.self || !(raw is Bool) else { return nil }
        return n.doubleValue
    }
}
