/// What `report.html` shows of the corpus, counted from the very rows written to the tables (so
/// every number in the report can be checked against the CSV files). Gathered per document while
/// rows are rendered, merged in `doc_id` order; memory follows the distinct months, sites and
/// speakers, not the documents.
struct ReportFacts: Sendable {
    struct Failure: Sendable {
        var docID: String
        var stage: String
        var message: String
        /// 1-based data row of `errors.csv`.
        var errorRow: Int
    }

    struct Site: Sendable {
        var documents = 0
        var words = 0
        var sourceChars = 0
        var chars = 0
    }

    struct Speaker: Sendable {
        var name: String
        var direct = 0
        var partial = 0
        var indirect = 0
        var total: Int { direct + partial + indirect }
    }

    /// Failures listed one by one; past this many the report says how many more there are.
    static let failuresListed = 200

    var documents = 0
    var statuses: [String: Int] = [:]
    var failures: [Failure] = []
    var errorRows = 0
    /// `YYYY-MM` of publication → documents (`""`: no publication date).
    var published: [String: Int] = [:]
    /// `YYYY-MM` of each resolved date mention → mentions.
    var mentioned: [String: Int] = [:]
    var sites: [String: Site] = [:]
    /// Speaker entity id (or the speaker's words when no entity) → quotes by kind.
    var speakers: [String: Speaker] = [:]
    var quotes = 0
    var anonymousQuotes = 0
    var unattributedQuotes = 0
    var dateRows = 0
    var unresolvedDates = 0

    static func column(_ table: String) -> [String: Int] {
        let columns = Tables.all.first { $0.name == table }!.columns
        return Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.name, $0) })
    }
    /// The tables whose rows the facts are counted from.
    static let tables: WordSet = ["documents", "quotes", "dates", "errors"]
    static let doc = column("documents"), quote = column("quotes"), date = column("dates"), error = column("errors")

    /// Column positions, looked up once rather than on every row.
    enum At {
        static let status = doc["status"]!, published = doc["published"]!, site = doc["site"]!, words = doc["words"]!
        static let sourceChars = doc["source_chars"]!, chars = doc["chars"]!
        static let anonymous = quote["anonymous"]!, speaker = quote["speaker"]!, speakerEntity = quote["speaker_entity"]!, kind = quote["kind"]!
        static let day = date["date"]!
        static let errorDoc = error["doc_id"]!, errorStage = error["stage"]!, errorMessage = error["message"]!
    }

    static func text(_ c: Cell) -> String? { if case let .text(s) = c { s } else { nil } }
    static func int(_ c: Cell) -> Int { if case let .int(n) = c { n } else { 0 } }

    /// One document's rows: `rows[table]` in `Tables.all` order.
    mutating func add(document row: [Cell], quotes: [[Cell]], dates: [[Cell]], errors: [[Cell]]) {
        typealias F = ReportFacts
        documents += 1
        let status = F.text(row[At.status]) ?? ""
        statuses[status, default: 0] += 1
        let month = F.text(row[At.published]).map { String($0.prefix(7)) } ?? ""
        published[month.count == 7 ? month : "", default: 0] += 1
        let site = F.text(row[At.site]) ?? ""
        sites[site, default: Site()].documents += 1
        sites[site]!.words += F.int(row[At.words])
        sites[site]!.sourceChars += F.int(row[At.sourceChars])
        sites[site]!.chars += F.int(row[At.chars])
        for q in quotes {
            self.quotes += 1
            if case .bool(true) = q[At.anonymous] { anonymousQuotes += 1; continue }
            guard let name = F.text(q[At.speaker]) else { unattributedQuotes += 1; continue }
            let key = F.text(q[At.speakerEntity]) ?? "text:" + name
            var s = speakers[key] ?? Speaker(name: name)
            switch F.text(q[At.kind]) {
            case "direct": s.direct += 1
            case "partial": s.partial += 1
            default: s.indirect += 1
            }
            speakers[key] = s
        }
        for d in dates {
            dateRows += 1
            if let day = F.text(d[At.day]), day.count >= 7 { mentioned[String(day.prefix(7)), default: 0] += 1 } else { unresolvedDates += 1 }
        }
        for e in errors {
            errorRows += 1
            if failures.count < ReportFacts.failuresListed {
                failures.append(Failure(docID: F.text(e[At.errorDoc]) ?? "", stage: F.text(e[At.errorStage]) ?? "",
                                        message: F.text(e[At.errorMessage]) ?? "", errorRow: errorRows))
            }
        }
    }

    /// Adds the facts of later documents (gathered elsewhere), keeping error rows in order.
    mutating func merge(_ other: ReportFacts) {
        documents += other.documents
        for (k, v) in other.statuses { statuses[k, default: 0] += v }
        for f in other.failures where failures.count < ReportFacts.failuresListed {
            var f = f
            f.errorRow += errorRows
            failures.append(f)
        }
        errorRows += other.errorRows
        for (k, v) in other.published { published[k, default: 0] += v }
        for (k, v) in other.mentioned { mentioned[k, default: 0] += v }
        for (k, v) in other.sites {
            var s = sites[k] ?? Site()
            s.documents += v.documents; s.words += v.words; s.sourceChars += v.sourceChars; s.chars += v.chars
            sites[k] = s
        }
        for (k, v) in other.speakers {
            var s = speakers[k] ?? Speaker(name: v.name)
            s.direct += v.direct; s.partial += v.partial; s.indirect += v.indirect
            speakers[k] = s
        }
        quotes += other.quotes
        anonymousQuotes += other.anonymousQuotes
        unattributedQuotes += other.unattributedQuotes
        dateRows += other.dateRows
        unresolvedDates += other.unresolvedDates
    }
}
