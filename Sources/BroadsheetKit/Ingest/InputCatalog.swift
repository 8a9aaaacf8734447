import Foundation

/// One input file found under the input folder.
public struct InputFile: Sendable, Hashable {
    /// Path relative to the input folder, `/`-separated: the document id. Always readable text: a
    /// file name that is not UTF-8 is decoded from the encoding its bytes read as.
    public var id: String
    /// The file's path as the file system spells it (bytes, no terminating NUL).
    public var rawPath: [UInt8]
    public var format: DocumentFormat

    /// The path for messages (not for opening: `rawPath` is exact).
    public var path: String { String(decoding: rawPath, as: UTF8.self) }

    public init(id: String, path: String, format: DocumentFormat) {
        self.id = id
        self.rawPath = Array(path.utf8)
        self.format = format
    }

    init(id: String, rawPath: [UInt8], format: DocumentFormat) {
        self.id = id
        self.rawPath = rawPath
        self.format = format
    }

    /// Calls `body` with the path as a C string.
    public func withCPath<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        (rawPath + [0]).withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { body($0) }
        }
    }
}

/// Lists the documents of an input folder (recursively, sorted by id) and reads its manifest.
public enum InputCatalog {
    /// What the listing found, and what it left out on purpose (each with a reason).
    public struct Listing: Sendable {
        public var files: [InputFile] = []
        public var skipped: [String] = []
        /// Files of other kinds that were not read (a PDF, an image), counted by extension
        /// (`.pdf`; `(none)` for a name without one), so that a run says what it left out.
        public var notRead: [String: Int] = [:]

        /// One line for the log naming what was not read, or nil.
        public var notReadNote: String? {
            guard !notRead.isEmpty else { return nil }
            let total = notRead.values.reduce(0, +)
            return "\(total) file\(total == 1 ? "" : "s") under the input folder are not pages or text scrapes and were not read (\(Counts.listed(notRead))); see run.json"
        }
    }

    /// Every `*.html`, `*.htm` and `*.txt` file under `root`, hidden names left out. A symbolic
    /// link is followed when it leads inside `root` (or anywhere, with `followOutside`): a link
    /// to `/etc/passwd` in a folder of articles must not be published in the tables.
    public static func list(_ root: String, followOutside: Bool = false) -> Listing {
        var listing = Listing()
        let rootBytes = Array(root.utf8)
        guard let realRoot = realPath(rootBytes) else { return listing }
        var visited = Set<[UInt64]>()
        var found: [(id: [UInt8], path: [UInt8], format: DocumentFormat)] = []

        func walk(_ dir: [UInt8], relative: [UInt8]) {
            var st = stat()
            guard stat(cString(dir), &st) == 0, visited.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted else { return }
            guard let handle = cString(dir).withUnsafeBufferPointer({ opendir($0.baseAddress!) }) else {
                listing.skipped.append("\(display(relative.isEmpty ? dir : relative)): cannot read the folder (\(String(cString: strerror(errno))))")
                return
            }
            var names: [[UInt8]] = []
            while let entry = readdir(handle) {
                // The name is read where it lies, up to its NUL: copying the whole `dirent`
                // (`entry.pointee`) reads `sizeof(dirent)` bytes, past a short record at the end of
                // readdir's buffer, and crashed a run over 20,000 files now and then.
                let at = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
                let name = Array(UnsafeRawBufferPointer(start: at, count: strlen(at.assumingMemoryBound(to: CChar.self))))
                if name.first == UInt8(ascii: ".") || name.isEmpty { continue }
                names.append(name)
            }
            closedir(handle)
            for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                let path = dir + [UInt8(ascii: "/")] + name
                let rel = relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name
                var link = stat()
                guard lstat(cString(path), &link) == 0 else { continue }
                var target = link
                if (link.st_mode & S_IFMT) == S_IFLNK {
                    guard let resolved = realPath(path) else {
                        listing.skipped.append("\(display(rel)): a symbolic link to nothing (skipped)")
                        continue
                    }
                    let inside = resolved == realRoot || resolved.starts(with: realRoot + [UInt8(ascii: "/")])
                    if !inside && !followOutside {
                        if format(of: name) != nil || isDirectory(path) {
                            listing.skipped.append("\(display(rel)): a symbolic link leading outside the input folder, to \(display(resolved)) (skipped; set \"follow_outside_links\": true to read it)")
                        }
                        continue
                    }
                    guard stat(cString(path), &target) == 0 else { continue }
                }
                switch target.st_mode & S_IFMT {
                case S_IFDIR:
                    walk(path, relative: rel)
                case S_IFREG, S_IFIFO, S_IFCHR, S_IFBLK, S_IFSOCK:
                    // The name decides; ingest reports what is not a regular file. A regular file
                    // under another name that a server or a mirroring tool gave a page
                    // (`story.shtml`, `article.php`, `index` with no extension) is one when its
                    // first bytes open an HTML document.
                    if let f = format(of: name) { found.append((rel, path, f)) }
                    else if relative.isEmpty && name == Array("manifest.csv".utf8) { continue }
                    else if (target.st_mode & S_IFMT) == S_IFREG, mayBePage(name), opensHTML(path) { found.append((rel, path, .html)) }
                    else { listing.notRead[kind(of: name), default: 0] += 1 }
                default:
                    continue
                }
            }
        }
        walk(rootBytes, relative: [])

        // Ids: UTF-8 names as they are; other names decoded (and told apart should two meet).
        var taken = Set<String>()
        var pending: [(Int, String)] = []
        var ids = [String](repeating: "", count: found.count)
        for (i, f) in found.enumerated() {
            if let id = String(validating: f.id, as: UTF8.self) { ids[i] = id; taken.insert(id) } else {
                pending.append((i, TextDecoding.decode(f.id).text))
            }
        }
        for (i, decoded) in pending {
            var id = decoded
            if taken.contains(id) {
                var h = FNV1a()
                for b in found[i].id { h.add(UInt64(b)) }
                id += "#" + String(String(h.value, radix: 16).prefix(8))
            }
            taken.insert(id)
            ids[i] = id
        }
        listing.files = found.indices.map { InputFile(id: ids[$0], rawPath: found[$0].path, format: found[$0].format) }
            .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        return listing
    }

    /// A file name's extension, lower-cased, read before a query string (`index.html?page=2`,
    /// as wget saves a page, is `html`); nil when the name has none.
    static func fileExtension(_ name: [UInt8]) -> String? {
        let path = name.prefix { $0 != UInt8(ascii: "?") }
        guard let dot = path.lastIndex(of: UInt8(ascii: ".")), dot != path.startIndex else { return nil }
        return String(decoding: path[(dot + 1)...], as: UTF8.self).lowercasedFast
    }

    static func format(of name: [UInt8]) -> DocumentFormat? {
        guard let ext = fileExtension(name) else { return nil }
        switch ext {
        // (.mht, .mhtml: a page saved with its images as one web archive; ingest takes the page out.)
        case "html", "htm", "mht", "mhtml": return .html
        case "txt": return .text
        default: return nil
        }
    }

    /// Extensions servers and mirroring tools give pages (and none at all), worth a look at the
    /// first bytes; any other extension names another kind of file.
    static let pageExtensions: WordSet = ["xhtml", "xht", "shtml", "shtm", "php", "php3", "asp", "aspx", "jsp", "cfm", "cgi", "pl"]

    static func mayBePage(_ name: [UInt8]) -> Bool { fileExtension(name).map { pageExtensions.contains($0) } ?? true }

    /// How many bytes of a file are read to tell whether it opens an HTML document.
    static let sniffBytes = 1024

    /// Whether the file's first bytes (past a byte-order mark, white space and comments) open an
    /// HTML document: `<!DOCTYPE html`, `<html`, `<head`, `<body`, or an XML declaration before one.
    static func opensHTML(_ path: [UInt8]) -> Bool {
        let fd = cString(path).withUnsafeBufferPointer { open($0.baseAddress!, O_RDONLY) }
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: sniffBytes)
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, sniffBytes) }
        guard n > 0 else { return false }
        return startsLikeHTML(buf[..<n])
    }

    static func startsLikeHTML(_ head: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: head, as: UTF8.self).lowercasedFast
        var rest = Substring(text)
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        while true {
            rest = rest.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
            if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") { rest = rest[end.upperBound...]; continue }
            if rest.hasPrefix("<?xml"), let end = rest.range(of: "?>") { rest = rest[end.upperBound...]; continue }
            break
        }
        return ["<!doctype html", "<html", "<head", "<body"].contains { rest.hasPrefix($0) }
    }

    /// The extension a file is counted under when it is not read.
    static func kind(of name: [UInt8]) -> String { fileExtension(name).map { "." + $0 } ?? "(none)" }

    private static func cString(_ bytes: [UInt8]) -> [CChar] { bytes.map { CChar(bitPattern: $0) } + [0] }

    private static func isDirectory(_ path: [UInt8]) -> Bool {
        var st = stat()
        return stat(cString(path), &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    private static func realPath(_ path: [UInt8]) -> [UInt8]? {
        guard let resolved = cString(path).withUnsafeBufferPointer({ realpath($0.baseAddress!, nil) }) else { return nil }
        defer { free(resolved) }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
    }

    private static func display(_ bytes: [UInt8]) -> String { TextDecoding.decode(bytes).text }

    /// `manifest.csv` rows by doc_id. Problems are returned, not thrown: a bad manifest row should
    /// not stop a nightly run.
    public static func manifest(_ root: String) -> Manifest {
        let path = URL(fileURLWithPath: root).appendingPathComponent("manifest.csv").path
        guard let data = FileManager.default.contents(atPath: path) else { return Manifest() }
        return Manifest.parse(TextDecoding.decode(Array(data)).text)
    }
}
