import CXlsxWriter
import CXlsxShims
import Foundation

/// `broadsheet.xlsx` through libxlsxwriter in constant-memory mode (each sheet's rows stream to
/// a temporary file; memory stays flat however long the tables are): one sheet per table, header
/// row frozen and bold, autofilter on, column widths set, integers as numbers and calendar dates
/// as dates. Every cell shows what the CSV file holds (a spreadsheet's CSV export of a sheet gives
/// back the CSV rows), so booleans stay the words `true`/`false` and date-times with a UTC offset
/// stay text; long text is cut at 32,767 characters as in the CSV. A table longer than a sheet
/// continues on `<table> 2`, `<table> 3`, …; the `about` sheet lists every table's sheets and rows.
final class WorkbookWriter {
    /// Data rows per sheet: Excel's 1,048,576 rows less the header.
    static let sheetRowLimit = 1_048_575
    /// This workbook's rows per sheet (the limit; tests set fewer).
    let rowsPerSheet: Int
    /// zlib's level for the file's zip entries (`emit.xlsx_compression_level`).
    let compressionLevel: Int
    /// Threads that may deflate the file's entries when it closes (the run's workers).
    let threads: Int
    static let fileName = "broadsheet.xlsx"

    struct Sheet {
        var table: String
        var columns: [Column]
        /// Per column: whether its text is written as a date where it reads as one.
        var dates: [Bool] { columns.map(WorkbookWriter.holdsDates) }
        var sheets: [Worksheet] = []
        var rows = 0
        /// Rows on the current sheet.
        var onSheet = 0
    }

    let temp: String
    typealias Worksheet = UnsafeMutablePointer<lxw_worksheet>
    typealias Format = UnsafeMutablePointer<lxw_format>
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let bold: Format
    private let dateFormat: Format
    private let dateTimeFormat: Format
    private var tables: [String: Sheet] = [:]
    private var order: [String] = []
    private var about: Worksheet
    private var closed = false
    /// Sheet-level problems (libxlsxwriter's error codes) met while writing.
    private var failure: String?

    init(folder: String, tables: [(name: String, columns: [Column])], rowsPerSheet: Int = WorkbookWriter.sheetRowLimit,
         compressionLevel: Int = EmitSink.Options().xlsxCompressionLevel, threads: Int = 2) throws {
        self.rowsPerSheet = rowsPerSheet
        self.compressionLevel = compressionLevel
        self.threads = threads
        temp = "\(folder)/.\(WorkbookWriter.fileName).tmp-\(getpid())"
        var options = lxw_workbook_options(constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: nil, use_zip64: UInt8(LXW_TRUE.rawValue))
        guard let wb = temp.withCString({ workbook_new_opt($0, &options) }) else {
            throw StageFailure("cannot create \(temp) (libxlsxwriter)")
        }
        workbook = wb
        guard let bold = workbook_add_format(wb), let dateFormat = workbook_add_format(wb), let dateTimeFormat = workbook_add_format(wb),
              let about = workbook_add_worksheet(wb, "about") else {
            throw StageFailure("cannot set up \(temp) (libxlsxwriter)")
        }
        format_set_bold(bold)
        format_set_num_format(dateFormat, "yyyy-mm-dd")
        format_set_num_format(dateTimeFormat, "yyyy-mm-dd\"T\"hh:mm:ss")
        // A format takes its index in the workbook on first use; taken here, once, so that sheets
        // written on several threads only read it.
        for f in [bold, dateFormat, dateTimeFormat] { _ = lxw_format_get_xf_index(f) }
        self.bold = bold; self.dateFormat = dateFormat; self.dateTimeFormat = dateTimeFormat; self.about = about
        // A fixed creation stamp: the same inputs give the same bytes (libxlsxwriter stamps the
        // current time when none is set).
        var props = lxw_doc_properties()
        props.created = 1
        "Broadsheet tables".withCString { title in
            props.title = UnsafeMutablePointer(mutating: title)
            _ = workbook_set_properties(wb, &props)
        }
        for t in tables {
            order.append(t.name)
            addTable(t.name, t.columns.filter(\.inCSV))
        }
    }

    private func addTable(_ name: String, _ columns: [Column]) {
        var sheet = Sheet(table: name, columns: columns)
        sheet.sheets.append(newSheet(name, columns))
        tables[name] = sheet
    }

    private func newSheet(_ name: String, _ columns: [Column]) -> Worksheet {
        let ws = workbook_add_worksheet(workbook, name)!
        for (i, c) in columns.enumerated() {
            worksheet_set_column(ws, lxw_col_t(i), lxw_col_t(i), WorkbookWriter.width(c), nil)
            worksheet_write_string(ws, 0, lxw_col_t(i), c.name, bold)
        }
        worksheet_freeze_panes(ws, 1, 0)
        return ws
    }

    /// Characters of width for a column, by what it holds.
    static func width(_ c: Column) -> Double {
        switch (c.type, c.name) {
        case (.integer, _), (.boolean, _): return max(8, Double(c.name.count) + 2)
        case (.date, _), (_, "published"), (_, "updated"): return 12
        case (_, "text"), (_, "message"), (_, "status_detail"), (_, "aliases"), (_, "title"): return 60
        case (_, "doc_id"), (_, "url"), (_, "sha256"): return 30
        default: return 18
        }
    }

    /// Rows placed on one sheet: written by whichever thread owns the sheet's table (the sheet
    /// pointer goes to that one thread only, hence unchecked).
    struct Placed: @unchecked Sendable {
        let sheet: Worksheet
        /// The sheet row of the first of `rows` (the header is row 0).
        let firstRow: Int
        let rows: ArraySlice<[Cell]>
        let columns: [Column]
        /// Per column: `WorkbookWriter.holdsDates`.
        let dates: [Bool]
        /// A sheet this table has just filled: its autofilter is set after its last rows.
        let finished: (sheet: Worksheet, rows: Int)?
    }

    /// Decides where `table`'s next rows go, adding continuation sheets as they fill (on the
    /// caller's thread, in the order rows arrive, so sheets are added in the same order every run).
    func place(_ table: String, _ rows: [[Cell]]) -> [Placed] {
        guard var t = tables[table] else { return [] }
        var out: [Placed] = []
        var start = 0
        var finished: (sheet: Worksheet, rows: Int)?
        let dates = t.dates
        while start < rows.count {
            if t.onSheet == rowsPerSheet {
                finished = (t.sheets.last!, t.onSheet)
                t.sheets.append(newSheet("\(table) \(t.sheets.count + 1)", t.columns))
                t.onSheet = 0
            }
            let n = min(rows.count - start, rowsPerSheet - t.onSheet)
            out.append(Placed(sheet: t.sheets.last!, firstRow: t.onSheet + 1, rows: rows[start..<(start + n)], columns: t.columns, dates: dates,
                              finished: finished))
            finished = nil
            t.onSheet += n
            t.rows += n
            start += n
        }
        tables[table] = t
        return out
    }

    /// Writes placed rows; returns libxlsxwriter's first complaint, if any. Touches only the
    /// placed sheets (constant-memory rows go to each sheet's own file, formats were given
    /// their indices up front), so different tables' rows may be written on different threads.
    func write(_ p: Placed) -> String? {
        var problem: String?
        for (k, row) in p.rows.enumerated() {
            if let e = write(row, dates: p.dates, at: lxw_row_t(p.firstRow + k), to: p.sheet), problem == nil { problem = e }
        }
        if let f = p.finished { finishSheet(f.sheet, rows: f.rows, columns: p.columns.count) }
        return problem
    }

    /// Appends rows to `table`'s sheet on this thread (cells in the table's CSV columns).
    func append(_ table: String, _ rows: [[Cell]]) {
        for p in place(table, rows) { if let e = write(p), failure == nil { failure = e } }
    }

    private func write(_ row: [Cell], dates: [Bool], at r: lxw_row_t, to ws: Worksheet) -> String? {
        var problem: String?
        for (i, cell) in row.enumerated() {
            let c = lxw_col_t(i)
            var result = LXW_NO_ERROR
            switch cell {
            case .text(nil): continue
            case let .int(n): result = worksheet_write_number(ws, r, c, Double(n), nil)
            case let .bool(b): result = worksheet_write_string(ws, r, c, b ? "true" : "false", nil)
            case let .text(s?):
                if dates[i], var dt = WorkbookWriter.datetime(s) {
                    result = worksheet_write_datetime(ws, r, c, &dt, s.utf8.count > 10 ? dateTimeFormat : dateFormat)
                } else {
                    var text = s
                    if text.utf8.count > CSVWriter.maxCellUnits, text.utf16.count > CSVWriter.maxCellUnits { text = CSVWriter.cut(text) }
                    // (withCString lends the string's own bytes; passing the String converts a copy.)
                    result = text.withCString { worksheet_write_string(ws, r, c, $0, nil) }
                }
            }
            if result != LXW_NO_ERROR, problem == nil { problem = String(cString: lxw_strerror(result)) }
        }
        return problem
    }

    /// Columns whose text is a date or date-time where it reads as one (written as a date cell).
    static func holdsDates(_ c: Column) -> Bool { c.type == .date || c.name == "published" || c.name == "updated" }

    /// Records a problem met on another thread (before `close`).
    func record(_ problem: String) { if failure == nil { failure = problem } }

    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` with no offset (an offset stays text: a sheet's
    /// date has no time zone, and the shown value must be the CSV's).
    static func datetime(_ s: String) -> lxw_datetime? {
        let b = Array(s.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for k in from..<(from + count) { guard b[k] >= 48 && b[k] <= 57 else { return nil }; v = v * 10 + Int(b[k] - 48) }
            return v
        }
        guard b.count == 10 || b.count == 16 || b.count == 19, let y = num(0, 4), b[4] == 45, let m = num(5, 2), b[7] == 45, let d = num(8, 2),
              (1900...9999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        var dt = lxw_datetime(year: Int32(y), month: Int32(m), day: Int32(d), hour: 0, min: 0, sec: 0)
        if b.count > 10 {
            guard b[10] == 84, let h = num(11, 2), b[13] == 58, let mi = num(14, 2), h < 24, mi < 60 else { return nil }
            dt.hour = Int32(h); dt.min = Int32(mi)
            if b.count == 19 { guard b[16] == 58, let sec = num(17, 2), sec < 60 else { return nil }; dt.sec = Double(sec) }
            else { return nil }   // (HH:MM alone would show as HH:MM:00, not the CSV's text)
        }
        return dt
    }

    private func finishSheet(_ ws: Worksheet, rows: Int, columns: Int) {
        worksheet_autofilter(ws, 0, 0, lxw_row_t(rows), lxw_col_t(max(0, columns - 1)))
    }

    /// Completes every sheet and the `about` sheet, and writes the file under its temporary name.
    func close() throws -> (temp: String, name: String) {
        guard !closed else { throw StageFailure("workbook closed twice") }
        closed = true
        let header: [Cell] = [.text("table"), .text("sheets"), .text("rows"), .text("note")]
        for (i, h) in header.enumerated() { if case let .text(s?) = h { worksheet_write_string(about, 0, lxw_col_t(i), s, bold) } }
        worksheet_set_column(about, 0, 0, 14, nil)
        worksheet_set_column(about, 1, 1, 30, nil)
        worksheet_set_column(about, 2, 2, 12, nil)
        worksheet_set_column(about, 3, 3, 80, nil)
        for (k, name) in order.enumerated() {
            let t = tables[name]!
            finishSheet(t.sheets.last!, rows: t.onSheet, columns: t.columns.count)
            let r = lxw_row_t(k + 1)
            let names = (0..<t.sheets.count).map { $0 == 0 ? name : "\(name) \($0 + 1)" }
            worksheet_write_string(about, r, 0, name, nil)
            worksheet_write_string(about, r, 1, names.joined(separator: ", "), nil)
            worksheet_write_number(about, r, 2, Double(t.rows), nil)
            if t.sheets.count > 1 {
                worksheet_write_string(about, r, 3, "longer than one sheet (\(rowsPerSheet) rows): continued on the next sheets in order", nil)
            }
        }
        // libxlsxwriter zips every part inside workbook_close, from this thread (CXlsxShims).
        broadsheet_zip_set_level(Int32(compressionLevel), Int32(threads))
        let result = workbook_close(workbook)
        broadsheet_zip_set_level(-1, 1)
        guard result == LXW_NO_ERROR else { throw StageFailure("cannot write \(WorkbookWriter.fileName): \(String(cString: lxw_strerror(result)))") }
        if let failure { throw StageFailure("cannot write \(WorkbookWriter.fileName): \(failure)") }
        return (temp, WorkbookWriter.fileName)
    }

    deinit {
        if !closed { _ = workbook_close(workbook); unlink(temp) }
    }
}

/// The workbook written on threads of its own while the other tables are rendered and written:
/// libxlsxwriter's XML work overlaps the rest instead of following it. Rows are placed on their
/// sheets on the caller's thread, in order, then written by lanes: the two largest tables
/// (mentions, sentences) each have one, the others share a third, so no table's rows are ever
/// written by two threads. At most `backlog` batches wait per lane, so memory stays flat; the file
/// is completed after every lane has drained.
final class WorkbookPipe: @unchecked Sendable {
    /// Batches of rows that may wait for a lane.
    static let backlog = 4
    /// Tables with a lane of their own (the largest; every other table shares lane 0).
    static let ownLanes = ["mentions", "sentences"]

    private final class Lane: @unchecked Sendable {
        let queue: DispatchQueue
        let slots = DispatchSemaphore(value: WorkbookPipe.backlog)
        /// The first problem this lane met (read after the lane drains).
        var problem: String?
        init(_ k: Int) { queue = DispatchQueue(label: "broadsheet.workbook.\(k)") }
    }

    private let writer: WorkbookWriter
    private let lanes: [Lane]
    private var closing: Result<(temp: String, name: String), any Error>?

    init(_ writer: WorkbookWriter) {
        self.writer = writer
        lanes = (0...WorkbookPipe.ownLanes.count).map { Lane($0) }
    }

    static func lane(of table: String) -> Int { (ownLanes.firstIndex(of: table) ?? -1) + 1 }

    /// Queues rows for their tables' sheets (in the order given, after every earlier batch).
    func send(_ rows: [(table: String, rows: [[Cell]])]) {
        guard !rows.isEmpty else { return }
        var perLane = Array(repeating: [WorkbookWriter.Placed](), count: lanes.count)
        for (table, r) in rows { perLane[WorkbookPipe.lane(of: table)].append(contentsOf: writer.place(table, r)) }
        for (k, placed) in perLane.enumerated() where !placed.isEmpty {
            let lane = lanes[k]
            lane.slots.wait()
            lane.queue.async { [self] in
                for p in placed { if let e = writer.write(p), lane.problem == nil { lane.problem = e } }
                lane.slots.signal()
            }
        }
    }

    /// Completes the file on lane 0 once every lane has drained (zipping the sheets takes a
    /// while: the caller writes the report meanwhile).
    func startClosing() {
        lanes[0].queue.async { [self] in closeOnce() }
    }

    /// Waits for the file started by `startClosing` (or completes it now).
    func finish() throws -> (temp: String, name: String) {
        try lanes[0].queue.sync {
            closeOnce()
            return try closing!.get()
        }
    }

    /// On lane 0.
    private func closeOnce() {
        guard closing == nil else { return }
        for lane in lanes.dropFirst() { lane.queue.sync {} }
        for lane in lanes { if let p = lane.problem { writer.record(p) } }
        closing = Result { try writer.close() }
    }
}
