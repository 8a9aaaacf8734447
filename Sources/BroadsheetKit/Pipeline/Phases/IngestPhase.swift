import Foundation

/// Where a document's corpus observation waits between ingest and the corpus statistics: in the
/// work file, in the cache index (files that did not change), or nowhere (no stage asks).
enum Observation: Sendable {
    case none
    case cached(DocumentCache.Entry)
    case spilled(SpillFile.Location)
    case inline([UInt64])
}

/// What ingest learnt of one input file; the document itself waits in the work file.
struct IngestedFile: Sendable {
    var sha256: String
    var observation: Observation
    /// Hashes in the observation (all corpus stages' frames together).
    var observationCount: Int
    var ingested: SpillFile.Location?
    /// The file was read (new or changed since the cache index was written).
    var changed: Bool
    var stamp: DocumentCache.FileStamp?
    var seconds: Double
}

/// Phase 1, ingest with change detection: a file whose size, mtime and inode match the cache
/// index is not read; every other file is read, parsed and laid out, and waits, encoded, in the
/// work file together with what each corpus stage observes of it.
struct IngestPhase {
    /// The stages with corpus statistics; each observes the document as ingested.
    let corpusStages: [any PipelineStage]
    /// Lay out the uncleaned text (no stage will build a clean one).
    let rawText: Bool
    /// Past this many bytes in the work file, ingested pages are read again when their turn comes.
    let spillBudget: Int64
    /// Copy the observations of unchanged files out of the cache index into the work file (a
    /// shard hands its work file to the statistics job, which does not open the shard's cache).
    var materializeCached = false

    func run(_ files: [InputFile], manifest: Manifest, cache: DocumentCache?, useCache: Bool, spill: SpillFile,
             parallel: ParallelRunner, tick: @escaping @Sendable () -> Void) -> [IngestedFile] {
        let stages = corpusStages
        let rawText = self.rawText, budget = spillBudget, materialize = materializeCached
        return parallel.map(count: files.count) { i in
            let file = files[i]
            let stamp = DocumentCache.stamp(file)
            defer { tick() }
            if useCache, let stamp, let entry = cache?.entry(file.id), entry.stamp == stamp,
               let observation = materialize ? IngestPhase.copy(entry, from: cache, to: spill) : .cached(entry) {
                return IngestedFile(sha256: entry.sha256, observation: observation, observationCount: entry.observationCount,
                                    ingested: nil, changed: false, stamp: stamp, seconds: 0)
            }
            let t0 = DispatchTime.now().uptimeNanoseconds
            let doc = Ingestor.read(file, manifest: manifest.entries[file.id], notes: manifest.notes[file.id] ?? [], rawText: rawText)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            // Past the disk budget (or on a write error) the document is simply read again later.
            let location = spill.size < budget ? try? spill.append(DocumentCodec.encode(doc)) : nil
            let hashes = ObservationFrames.join(stages.map { $0.observe(doc) })
            let observation: Observation = hashes.isEmpty ? .none
                : (try? spill.append(ObservationCoding.encode(hashes))).map { .spilled($0) } ?? .inline(hashes)
            return IngestedFile(sha256: doc.sha256, observation: observation, observationCount: hashes.count, ingested: location,
                                changed: true, stamp: stamp, seconds: seconds)
        }
    }
}

extension IngestPhase {
    /// A cached observation copied into the work file (nil when the index cannot give it back:
    /// the file is then read again).
    static func copy(_ entry: DocumentCache.Entry, from cache: DocumentCache?, to spill: SpillFile) -> Observation? {
        guard entry.observationCount > 0 else { return Observation.none }
        guard let hashes = cache?.observation(entry), hashes.count == entry.observationCount else { return nil }
        return (try? spill.append(ObservationCoding.encode(hashes))).map { .spilled($0) } ?? .inline(hashes)
    }
}

/// One document's observations for every corpus stage in one list of hashes (the form the cache
/// index and the work files keep): per stage, its count, then its hashes. No stage observing
/// anything is the empty list.
enum ObservationFrames {
    static func join(_ frames: [[UInt64]]) -> [UInt64] {
        guard frames.contains(where: { !$0.isEmpty }) else { return [] }
        var out: [UInt64] = []
        out.reserveCapacity(frames.reduce(frames.count) { $0 + $1.count })
        for f in frames { out.append(UInt64(f.count)); out.append(contentsOf: f) }
        return out
    }

    /// Stage `k`'s frame (empty when the list is short: a document no stage observed).
    static func frame(_ k: Int, of joined: [UInt64]) -> [UInt64] {
        var at = 0
        for j in 0...k {
            guard at < joined.count else { return [] }
            let n = Int(joined[at])
            guard n >= 0, at + 1 + n <= joined.count else { return [] }
            if j == k { return Array(joined[(at + 1)..<(at + 1 + n)]) }
            at += 1 + n
        }
        return []
    }
}

/// Phase 2, change detection: one digest of everything the tables depend on (file ids and
/// stamps, manifest rows, config, program). When it matches the ledger of the last complete run
/// and the tables on disk are that run's, nothing needs doing.
enum ChangeDetection {
    static func digest(files: [InputFile], stamps: [DocumentCache.FileStamp?], manifest: Manifest, salt: String, program: String) -> String {
        var inputs = FNV1a()
        inputs.add(salt)
        inputs.add(program)
        inputs.add(UInt64(files.count))
        for (i, f) in files.enumerated() {
            inputs.add(f.id)
            if let s = stamps[i] {
                inputs.add(UInt64(bitPattern: s.size)); inputs.add(UInt64(bitPattern: s.mtimeNanos)); inputs.add(s.inode)
            } else {
                inputs.add("\u{2}")
            }
            if let m = manifest.entries[f.id] { for v in [m.title, m.url, m.site, m.published, m.byline] { inputs.add(v ?? "\u{1}") } }
            for n in manifest.notes[f.id] ?? [] { inputs.add(n) }
        }
        return String(inputs.value, radix: 16)
    }
}
