import Foundation

/// `report.html`: one self-contained page (inline CSS, inline SVG charts, a few lines of inline
/// script to sort tables; nothing fetched) giving the shape of the archive before its rows. Every
/// number is a count over the rows of the tables written in the same run. Charts stay legible
/// from a handful of documents to millions: bars are capped and the page says what was left out,
/// time axes widen from months to years to decades as the span grows.
struct ReportWriter {
    let facts: ReportFacts
    /// The `entities` table's rows (entity_id, name, type, aliases, documents, mentions).
    let entities: [[Cell]]
    let summary: RunSummary

    /// Bars per chart and rows per table; the rest is counted in a note.
    static let barsShown = 20
    static let rowsShown = 50
    /// A time axis longer than this many bars moves to the next coarser unit.
    static let maxTimeBars = 48

    func html() -> [UInt8] {
        var h = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Broadsheet report</title>
        <style>\(ReportWriter.css)</style></head><body>
        <h1>Broadsheet report</h1>
        <p class="lead">\(facts.documents) documents · \(entities.count) entities · \(facts.quotes) quotes · \(facts.dateRows) dates mentioned.
        Every number counts rows of the tables written beside this file (<code>documents.csv</code>, <code>quotes.csv</code>, …).</p>
        <nav>\(["run", "publication", "mentioned", "entities", "speakers", "sites", "errors"].map { "<a href=\"#\($0)\">\($0)</a>" }.joined(separator: " · "))</nav>

        """
        h += runSection()
        h += publicationSection()
        h += mentionedSection()
        h += entitySection()
        h += speakerSection()
        h += siteSection()
        h += errorSection()
        h += "<script>\(ReportWriter.script)</script>\n</body></html>\n"
        return Array(h.utf8)
    }

    // MARK: Sections

    func runSection() -> String {
        let iso = ISO8601DateFormatter()
        let order = DocumentStatus.allCases.map(\.rawValue)
        let statuses = order.map { ($0, facts.statuses[$0] ?? 0) }
        var s = "<section id=\"run\"><h2>The run</h2>\n<div class=\"cols\"><div>\n"
        s += ReportWriter.bars(statuses.map { ($0.0, Double($0.1), "\($0.1)") }, unit: "documents", css: "status")
        let failed = facts.statuses[DocumentStatus.failed.rawValue] ?? 0
        if failed > 0 { s += "<p class=\"warn\">\(failed) document\(failed == 1 ? "" : "s") failed: see <a href=\"#errors\">errors</a>.</p>\n" }
        let notRead = summary.notRead.values.reduce(0, +)
        if notRead > 0 {
            s += "<p class=\"warn\">\(notRead) file\(notRead == 1 ? "" : "s") in the input folder \(notRead == 1 ? "is" : "are") not a page or a text scrape and \(notRead == 1 ? "was" : "were") not read: \(esc(Counts.listed(summary.notRead))).</p>\n"
        }
        s += "</div><div>\n<table class=\"kv\">"
        let rows: [(String, String)] = [
            ("program", "Broadsheet \(summary.version) (build \(summary.build))"),
            ("finished", iso.string(from: summary.finished)),
            ("run time", String(format: "%.2f s", summary.finished.timeIntervalSince(summary.started))),
            ("config sha256", String(summary.configSHA256.prefix(16)) + "…"),
            ("workers", "\(summary.workers)"),
            ("documents processed / reused / failed", "\(summary.processed) / \(summary.reused) / \(summary.failed)"),
        ]
        for (k, v) in rows { s += "<tr><th>\(esc(k))</th><td>\(esc(v))</td></tr>" }
        s += "</table>\n"
        let timings = summary.stageSeconds.filter { $0.1 > 0 }
        if !timings.isEmpty {
            s += "<h3>Seconds per stage</h3>\n" + ReportWriter.bars(timings.map { ($0.0, $0.1, String(format: "%.2f", $0.1)) }, unit: "s", css: "time")
        }
        return s + "</div></div></section>\n"
    }

    func publicationSection() -> String {
        var s = "<section id=\"publication\"><h2>Documents by month of publication</h2>\n"
        let unknown = facts.published[""] ?? 0
        let known = facts.published.filter { !$0.key.isEmpty }
        s += known.isEmpty ? "<p>No document states a publication date.</p>\n" : ReportWriter.timeline(known, unit: "documents")
        if unknown > 0 { s += "<p class=\"note\">\(unknown) document\(unknown == 1 ? "" : "s") without a publication date (not shown).</p>\n" }
        return s + "</section>\n"
    }

    func mentionedSection() -> String {
        var s = "<section id=\"mentioned\"><h2>Dates the articles mention</h2>\n"
        s += facts.mentioned.isEmpty ? "<p>No date was resolved to a calendar day.</p>\n" : ReportWriter.timeline(facts.mentioned, unit: "mentions")
        if facts.unresolvedDates > 0 {
            s += "<p class=\"note\">\(facts.unresolvedDates) of \(facts.dateRows) date expressions have no calendar date (durations, sets, unresolved) and are not shown.</p>\n"
        }
        return s + "</section>\n"
    }

    func entitySection() -> String {
        var s = "<section id=\"entities\"><h2>People and organisations</h2>\n<div class=\"cols\">"
        for (type, title) in [("PERSON", "People"), ("ORG", "Organisations")] {
            let rows = entities.filter { ReportFacts.text($0[2]) == type }
            s += "<div><h3>\(title) by documents</h3>\n"
            let ranked = rows.sorted { a, b in
                (ReportFacts.int(a[4]), ReportFacts.int(a[5])) != (ReportFacts.int(b[4]), ReportFacts.int(b[5]))
                    ? (ReportFacts.int(a[4]), ReportFacts.int(a[5])) > (ReportFacts.int(b[4]), ReportFacts.int(b[5]))
                    : (ReportFacts.text(a[0]) ?? "") < (ReportFacts.text(b[0]) ?? "")
            }
            s += rows.isEmpty ? "<p>None found.</p>" : ReportWriter.bars(ranked.prefix(ReportWriter.barsShown).map {
                (ReportFacts.text($0[1]) ?? "", Double(ReportFacts.int($0[4])), "\(ReportFacts.int($0[4]))")
            }, unit: "documents", css: type == "PERSON" ? "person" : "org", cut: max(0, rows.count - ReportWriter.barsShown), what: "more")
            s += "</div>"
        }
        s += "</div>\n<h3>Top entities</h3>\n"
        let top = entities.filter { ["PERSON", "ORG"].contains(ReportFacts.text($0[2]) ?? "") }
            .sorted { ReportFacts.int($0[4]) != ReportFacts.int($1[4]) ? ReportFacts.int($0[4]) > ReportFacts.int($1[4]) : (ReportFacts.text($0[0]) ?? "") < (ReportFacts.text($1[0]) ?? "") }
        s += ReportWriter.table(["name", "type", "documents", "mentions", "aliases", "entity_id"], numeric: [2, 3], nowrap: [1],
                                rows: top.prefix(ReportWriter.rowsShown).map { r in
                                    [ReportFacts.text(r[1]) ?? "", ReportFacts.text(r[2]) ?? "", "\(ReportFacts.int(r[4]))", "\(ReportFacts.int(r[5]))",
                                     (ReportFacts.text(r[3]) ?? "").replacingOccurrences(of: "|", with: " | "), ReportFacts.text(r[0]) ?? ""]
                                }, total: top.count, of: "people and organisations, by documents (all in entities.csv)")
        return s + "</section>\n"
    }

    func speakerSection() -> String {
        var s = "<section id=\"speakers\"><h2>Who is quoted</h2>\n"
        let q = facts.quotes
        func share(_ n: Int) -> String { q == 0 ? "0 %" : String(format: "%.1f %%", Double(n) * 100 / Double(q)) }
        s += "<p>\(q) quotes: \(facts.unattributedQuotes) (\(share(facts.unattributedQuotes))) with no named speaker, "
            + "\(facts.anonymousQuotes) (\(share(facts.anonymousQuotes))) from an anonymous source.</p>\n"
        let ranked = facts.speakers.sorted { a, b in a.value.total != b.value.total ? a.value.total > b.value.total : a.key < b.key }
        if ranked.isEmpty { return s + "<p>No named speaker.</p></section>\n" }
        s += "<div class=\"legend\"><span class=\"direct\"></span>direct <span class=\"partial\"></span>partial <span class=\"indirect\"></span>indirect</div>\n"
        s += ReportWriter.stacked(ranked.prefix(ReportWriter.barsShown).map { ($0.value.name, [$0.value.direct, $0.value.partial, $0.value.indirect]) },
                                  classes: ["direct", "partial", "indirect"])
        if ranked.count > ReportWriter.barsShown { s += "<p class=\"note\">\(ranked.count - ReportWriter.barsShown) more speakers not shown.</p>\n" }
        s += ReportWriter.table(["speaker", "quotes", "direct", "partial", "indirect"], numeric: [1, 2, 3, 4],
                                rows: ranked.prefix(ReportWriter.rowsShown).map { [$0.value.name, "\($0.value.total)", "\($0.value.direct)", "\($0.value.partial)", "\($0.value.indirect)"] },
                                total: ranked.count, of: "speakers by quotes")
        return s + "</section>\n"
    }

    func siteSection() -> String {
        var s = "<section id=\"sites\"><h2>Sites</h2>\n"
        let ranked = facts.sites.sorted { a, b in a.value.documents != b.value.documents ? a.value.documents > b.value.documents : a.key < b.key }
        s += ReportWriter.table(["site", "documents", "words", "visible characters", "kept characters", "chrome removed"], numeric: [1, 2, 3, 4, 5],
                                rows: ranked.prefix(ReportWriter.rowsShown).map { k, v in
                                    let removed = v.sourceChars == 0 ? "" : String(format: "%.1f %%", Double(max(0, v.sourceChars - v.chars)) * 100 / Double(v.sourceChars))
                                    return [k.isEmpty ? "(site unknown)" : k, "\(v.documents)", "\(v.words)", "\(v.sourceChars)", "\(v.chars)", removed]
                                }, total: ranked.count, of: "sites by documents (columns site, words, source_chars, chars of documents.csv)")
        return s + "</section>\n"
    }

    func errorSection() -> String {
        var s = "<section id=\"errors\"><h2>Errors</h2>\n"
        if facts.errorRows == 0 { return s + "<p>No document failed.</p></section>\n" }
        s += ReportWriter.table(["errors.csv row", "doc_id", "stage", "message"], numeric: [0],
                                rows: facts.failures.map { ["\($0.errorRow)", $0.docID, $0.stage, $0.message] },
                                total: facts.errorRows, of: "rows of errors.csv", anchors: facts.failures.map { "error-\($0.errorRow)" })
        return s + "</section>\n"
    }

    // MARK: Charts (inline SVG) and tables

    /// Horizontal bars, one per item (label, value, value as written).
    static func bars(_ items: [(String, Double, String)], unit: String, css: String, cut: Int = 0, what: String = "") -> String {
        guard !items.isEmpty else { return "" }
        let top = max(items.map(\.1).max() ?? 1, 1e-9)
        let rowH = 22, labelW = 250, barW = 340, width = labelW + barW + 90
        var s = "<svg class=\"chart \(css)\" role=\"img\" aria-label=\"\(esc(unit)) per item\" viewBox=\"0 0 \(width) \(items.count * rowH + 4)\" width=\"\(width)\">"
        for (i, item) in items.enumerated() {
            let y = i * rowH + 2
            let w = max(item.1 > 0 ? 1 : 0, Int((item.1 / top * Double(barW)).rounded()))
            s += "<text x=\"\(labelW - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(esc(clip(item.0, 36)))</text>"
            s += "<rect x=\"\(labelW)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"\(rowH - 6)\"><title>\(esc(item.0)): \(esc(item.2)) \(esc(unit))</title></rect>"
            s += "<text x=\"\(labelW + w + 5)\" y=\"\(y + 15)\">\(esc(item.2))</text>"
        }
        s += "</svg>\n"
        if cut > 0 { s += "<p class=\"note\">\(cut) \(what) not shown.</p>\n" }
        return s
    }

    /// Horizontal stacked bars (one segment per class).
    static func stacked(_ items: [(String, [Int])], classes: [String]) -> String {
        let top = max(items.map { $0.1.reduce(0, +) }.max() ?? 1, 1)
        let rowH = 22, labelW = 250, barW = 340, width = labelW + barW + 90
        var s = "<svg class=\"chart\" role=\"img\" aria-label=\"quotes per speaker\" viewBox=\"0 0 \(width) \(items.count * rowH + 4)\" width=\"\(width)\">"
        for (i, item) in items.enumerated() {
            let y = i * rowH + 2
            s += "<text x=\"\(labelW - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(esc(clip(item.0, 36)))</text>"
            var x = labelW
            for (k, n) in item.1.enumerated() where n > 0 {
                let w = max(1, Int((Double(n) / Double(top) * Double(barW)).rounded()))
                s += "<rect class=\"\(classes[k])\" x=\"\(x)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"\(rowH - 6)\"><title>\(esc(item.0)): \(n) \(classes[k])</title></rect>"
                x += w
            }
            s += "<text x=\"\(x + 5)\" y=\"\(y + 15)\">\(item.1.reduce(0, +))</text>"
        }
        return s + "</svg>\n"
    }

    /// Counts by `YYYY-MM` as vertical bars: by month when the span fits, else by year, else by decade.
    static func timeline(_ months: [String: Int], unit: String) -> String {
        let keys = months.keys.sorted()
        guard let first = keys.first, let last = keys.last, let y0 = Int(first.prefix(4)), let y1 = Int(last.prefix(4)),
              let m0 = Int(first.suffix(2)), let m1 = Int(last.suffix(2)) else { return "" }
        var buckets: [(String, Int)] = []
        let span = (y1 - y0) * 12 + (m1 - m0) + 1
        if span <= maxTimeBars {
            var y = y0, m = m0
            while (y, m) <= (y1, m1) {
                let k = String(format: "%04d-%02d", y, m)
                buckets.append((k, months[k] ?? 0))
                m += 1; if m > 12 { m = 1; y += 1 }
            }
        } else {
            var years: [Int: Int] = [:]
            for (k, v) in months { if let y = Int(k.prefix(4)) { years[y, default: 0] += v } }
            let step = y1 - y0 + 1 <= maxTimeBars ? 1 : y1 - y0 + 1 <= maxTimeBars * 10 ? 10 : 100
            var y = y0 / step * step
            while y <= y1 {
                buckets.append((step == 1 ? String(y) : step == 10 ? "\(y)s" : "\(y)–\(y + 99)", (y..<(y + step)).reduce(0) { $0 + (years[$1] ?? 0) }))
                y += step
            }
        }
        let top = max(buckets.map(\.1).max() ?? 1, 1)
        let colW = max(8, min(40, 760 / max(buckets.count, 1))), chartH = 160, width = buckets.count * colW + 60
        var s = "<svg class=\"chart time\" role=\"img\" aria-label=\"\(esc(unit)) over time\" viewBox=\"0 0 \(width) \(chartH + 40)\" width=\"\(width)\">"
        // (an axis label every ~64 px, whatever the column width)
        let labelEvery = max(1, (64 + colW - 1) / colW)
        for (i, b) in buckets.enumerated() {
            let h = b.1 == 0 ? 0 : max(1, Int(Double(b.1) / Double(top) * Double(chartH)))
            let x = 40 + i * colW
            s += "<rect x=\"\(x + 1)\" y=\"\(chartH - h + 4)\" width=\"\(colW - 2)\" height=\"\(h)\"><title>\(esc(b.0)): \(b.1) \(esc(unit))</title></rect>"
            if i % labelEvery == 0 { s += "<text x=\"\(x)\" y=\"\(chartH + 22)\" class=\"axis\">\(esc(b.0))</text>" }
        }
        s += "<text x=\"0\" y=\"14\" class=\"axis\">\(top)</text><line x1=\"38\" x2=\"\(width)\" y1=\"\(chartH + 4)\" y2=\"\(chartH + 4)\" class=\"base\"/>"
        return s + "</svg>\n"
    }

    /// A table sortable by clicking a header (numeric columns sort as numbers).
    static func table(_ header: [String], numeric: Set<Int>, nowrap: Set<Int> = [], rows: [[String]], total: Int, of what: String,
                      anchors: [String] = []) -> String {
        var s = "<table class=\"sortable\"><thead><tr>"
        for (i, h) in header.enumerated() { s += "<th\(numeric.contains(i) ? " class=\"num\"" : "")>\(esc(h))</th>" }
        s += "</tr></thead><tbody>"
        for (r, row) in rows.enumerated() {
            s += r < anchors.count ? "<tr id=\"\(anchors[r])\">" : "<tr>"
            for (i, c) in row.enumerated() {
                s += "<td\(numeric.contains(i) ? " class=\"num\"" : nowrap.contains(i) ? " class=\"nw\"" : "")>\(esc(c))</td>"
            }
            s += "</tr>"
        }
        s += "</tbody></table>\n"
        s += "<p class=\"note\">\(rows.count < total ? "First \(rows.count) of \(total)" : "All \(total)") \(esc(what)). Click a column to sort.</p>\n"
        return s
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }

    static let css = """
    body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232a;max-width:1180px;margin:24px auto;padding:0 18px}
    h1{margin:0 0 4px}h2{border-bottom:2px solid #e3e7ec;padding-bottom:4px;margin-top:34px}h3{margin:14px 0 6px;font-size:15px}
    .lead{color:#3c4752}nav a{color:#1f5fa8}code{background:#f1f3f5;padding:0 3px;border-radius:3px}
    .cols{display:flex;flex-wrap:wrap;gap:28px}.cols>div{flex:1 1 520px;min-width:0}
    svg.chart{max-width:100%;height:auto;display:block;font-size:12px}svg.chart text{fill:#2b333b}svg.chart .axis{font-size:11px;fill:#5b6671}
    svg.chart rect{fill:#4a7fb5}svg.status rect{fill:#6b8e5a}svg.time rect{fill:#4a7fb5}svg.person rect{fill:#b5654a}svg.org rect{fill:#6a5ab5}
    svg .base{stroke:#9aa5b1}rect.direct,.legend .direct{fill:#2f6f9f;background:#2f6f9f}rect.partial,.legend .partial{fill:#7fb0d6;background:#7fb0d6}
    rect.indirect,.legend .indirect{fill:#c9a74a;background:#c9a74a}.legend span{display:inline-block;width:11px;height:11px;margin:0 4px 0 10px}
    table{border-collapse:collapse;margin:6px 0;font-size:13.5px;max-width:100%}th,td{border-bottom:1px solid #e3e7ec;padding:4px 8px;text-align:left;vertical-align:top}
    td{overflow-wrap:anywhere}th{background:#f4f6f8;cursor:pointer;white-space:nowrap}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.nw{white-space:nowrap}
    table.kv th{cursor:default;background:none;font-weight:600}.note{color:#5b6671;font-size:13px}.warn{color:#a33}
    tr:target{background:#fff3c4}
    @media print{nav{display:none}section{break-inside:avoid}body{max-width:none}}
    """

    /// Click a header to sort its table (numbers as numbers), again to reverse.
    static let script = """
    document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){
    var t=th.closest('table'),b=t.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th),num=th.classList.contains('num');
    var asc=th.getAttribute('data-sort')!=='asc';t.querySelectorAll('th').forEach(function(h){h.removeAttribute('data-sort')});th.setAttribute('data-sort',asc?'asc':'desc');
    var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=x.cells[i].textContent,c=y.cells[i].textContent;
    var r=num?(parseFloat(a)||0)-(parseFloat(c)||0):a.localeCompare(c);return asc?r:-r});rows.forEach(function(r){b.appendChild(r)})})});
    """
}

/// HTML-escapes text for element content and attribute values.
func esc(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.unicodeScalars.append(ch)
        }
    }
    return out
}
