import Foundation

/// Phase 3, corpus statistics: every stage that asks (`needsCorpusBefore`) builds its statistics
/// from all documents' observations, one observation per distinct content (a file saved twice
/// does not make its own text look repeated). On a cluster one job runs it over every shard's
/// observations and hands the result to the shards as bytes (`state`/`restore`).
struct CorpusStatisticsPhase {
    /// One document's observation, by the sha256 of its content (empty: unreadable, skipped).
    struct Item: Sendable {
        var sha256: String
        var count: Int
    }

    /// Prepares `stages` (those that ask) in place; returns the seconds each took, by `<stage>.corpus`.
    static func run(_ stages: inout [any PipelineStage], items: [Item], observation: @escaping @Sendable (Int) -> [UInt64],
                    parallel: ParallelRunner) -> [String: Double] {
        var timings: [String: Double] = [:]
        let corpus = stages.indices.filter { stages[$0].needsCorpusBefore }
        guard !corpus.isEmpty else { return timings }
        var seen = Set<String>()
        var distinct: [Int] = []
        var total = 0
        for (i, item) in items.enumerated() where !item.sha256.isEmpty && item.count > 0 && seen.insert(item.sha256).inserted {
            distinct.append(i)
            total += item.count
        }
        seen.removeAll()
        let chosen = distinct
        for (frame, k) in corpus.enumerated() {
            let t0 = Date()
            let source = ObservationSource(count: chosen.count, totalItems: total,
                                           fetch: { ObservationFrames.frame(frame, of: observation(chosen[$0])) })
            stages[k].prepare(observations: source, parallel: parallel)
            timings[stages[k].name + ".corpus"] = Date().timeIntervalSince(t0)
        }
        return timings
    }

    /// What the per-document results depend on in the statistics, for one document (a cache key part).
    static func signature(_ stages: [any PipelineStage], observation: [UInt64]) -> UInt64 {
        let corpus = stages.filter(\.needsCorpusBefore)
        guard !corpus.isEmpty else { return 0 }
        if corpus.count == 1 { return corpus[0].corpusSignature(ObservationFrames.frame(0, of: observation)) }
        var h = FNV1a()
        for (frame, stage) in corpus.enumerated() { h.add(stage.corpusSignature(ObservationFrames.frame(frame, of: observation))) }
        return h.value
    }

    /// The prepared statistics of every corpus stage, as one record: per stage its name and bytes.
    static func state(of stages: [any PipelineStage]) -> [UInt8] {
        var w = DocumentCodec.Writer()
        let corpus = stages.filter(\.needsCorpusBefore)
        w.int(corpus.count)
        for s in corpus { w.string(s.name); let bytes = s.corpusState(); w.int(bytes.count); w.bytes.append(contentsOf: bytes) }
        return w.bytes
    }

    /// Gives each corpus stage its statistics from `state` (written by `state(of:)` for the same config).
    static func restore(_ stages: inout [any PipelineStage], from state: [UInt8]) throws {
        typealias R = DocumentCodec.Reader
        let parts = try DocumentCodec.reading(state) { (r: inout R) throws(DocumentCodec.DecodeError) in
            try r.array { (r: inout R) throws(DocumentCodec.DecodeError) -> (String, [UInt8]) in
                let name = try r.string()
                let n = try r.int()
                guard n >= 0, n <= r.buf.count - r.at else { throw .init(description: "corpus statistics cut short") }
                defer { r.at += n }
                return (name, Array(r.buf[r.at..<(r.at + n)]))
            }
        }
        let corpus = stages.indices.filter { stages[$0].needsCorpusBefore }
        guard parts.map(\.0) == corpus.map({ stages[$0].name }) else {
            throw StageFailure("the corpus statistics were built for stages \(parts.map(\.0)), this config has \(corpus.map { stages[$0].name })")
        }
        for (k, part) in zip(corpus, parts) { try stages[k].restoreCorpusState(part.1) }
    }
}
