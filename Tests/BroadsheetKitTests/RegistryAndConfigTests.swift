import Foundation
import Testing
@testable import BroadsheetKit

@Suite struct RegistryTests {
    @Test func registryListIsPinned() {
        #expect(StageRegistry.names == ["clean", "segment", "dates", "quotes", "entities", "emit"])
    }

    @Test func everyStageDocumentsEveryOption() {
        for d in StageRegistry.all {
            for option in d.defaults {
                #expect(!option.help.isEmpty, "option \(d.name).\(option.key) has no help text")
            }
        }
    }
}

@Suite struct ConfigTests {
    let dir = Paths.temporary("config")

    func parse(_ json: String) throws(ConfigError) -> PipelineConfig {
        try? FileManager.default.createDirectory(atPath: dir.path + "/in", withIntermediateDirectories: true)
        return try PipelineConfig.parse(data: Data(json.utf8), directory: dir.path)
    }

    func problems(_ json: String) -> [ConfigProblem] {
        do { _ = try parse(json); return [] } catch { return error.problems }
    }

    @Test func validConfigLoadsWithDefaults() throws {
        let config = try parse(#"{"input": "in", "output": "out", "stages": [{"name": "segment"}, {"name": "emit"}]}"#)
        #expect(config.stages.map(\.name) == ["segment", "emit"])
        #expect(config.input == dir.path + "/in")
        #expect(config.output == dir.path + "/out")
        #expect(config.emit?.options.formats == ["csv", "jsonl", "xlsx", "report"])
    }

    /// Regression: Foundation on Linux reads `1` and `0` as numbers that also cast to Bool, so
    /// `"workers": 1` and `"time_budget": 0` were turned down as not integers.
    @Test func oneWorkerAndNoTimeBudgetAreNumbersNotBooleans() throws {
        let config = try parse(#"{"input": "in", "output": "out", "workers": 1, "time_budget": 0, "stages": [{"name": "segment"}, {"name": "emit"}]}"#)
        #expect(config.workers == 1)
        #expect(config.timeBudget == 0)
        let p = problems(#"{"input": "in", "output": "out", "workers": true, "time_budget": false, "stages": [{"name": "segment"}]}"#)
        #expect(Set(p.map(\.path)).isSuperset(of: ["workers", "time_budget"]))
    }

    @Test func typoInOptionNamesTheKeyPath() {
        let p = problems(#"{"input": "in", "output": "out", "stages": [{"name": "clean", "options": {"repeated_line_min_doc": 3}}, {"name": "emit"}]}"#)
        #expect(p.count == 1)
        #expect(p.first?.path == "stages[0].options.repeated_line_min_doc")
        #expect(p.first?.message.contains("repeated_line_min_docs") == true)
    }

    @Test func wrongTypeSaysWhatWasExpected() {
        let p = problems(#"{"input": "in", "output": "out", "stages": [{"name": "emit", "options": {"bom": "yes"}}]}"#)
        #expect(p.first?.path == "stages[0].options.bom")
        #expect(p.first?.message.contains("boolean") == true)
    }

    @Test func unknownStageListsTheAvailableOnes() {
        let p = problems(#"{"input": "in", "output": "out", "stages": [{"name": "cleen"}]}"#)
        #expect(p.first?.path == "stages[0].name")
        #expect(p.first?.message.contains("available stages: clean, segment") == true)
    }

    @Test func stageWithMissingNeedsIsRejected() {
        let p = problems(#"{"input": "in", "output": "out", "stages": [{"name": "quotes"}, {"name": "emit"}]}"#)
        #expect(p.first?.path == "stages[0].name")
        #expect(p.first?.message.contains("needs sentences") == true)
        #expect(p.first?.message.contains("'segment'") == true)
    }

    @Test func everyProblemIsReportedTogether() {
        let p = problems(#"{"input": "missing-folder", "output": "out", "colour": 1, "workers": 0, "reference_date": "yesterday", "stages": [{"name": "dates"}, {"name": "nope"}]}"#)
        let paths = Set(p.map(\.path))
        #expect(paths.isSuperset(of: ["colour", "input", "workers", "reference_date", "stages[0].name", "stages[1].name"]))
    }

    @Test func stagesOutOfOrderAreRejected() {
        let p = problems(#"{"input": "in", "output": "out", "stages": [{"name": "segment"}, {"name": "clean"}]}"#)
        #expect(p.contains { $0.path == "stages[1].name" && $0.message.contains("out of order") })
    }

    @Test func badRegularExpressionInCleanPatterns() {
        let p = problems(#"{"input": "in", "output": "out", "stages": [{"name": "clean", "options": {"remove_patterns": ["(unclosed"]}}]}"#)
        #expect(p.first?.path == "stages[0].options.remove_patterns[0]")
    }

    @Test func notJSONIsOneClearError() {
        let p = problems("{\"input\": ")
        #expect(p.count == 1)
        #expect(p.first?.message.contains("not valid JSON") == true)
    }
}
