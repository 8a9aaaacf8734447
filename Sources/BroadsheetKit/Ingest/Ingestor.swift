import Foundation

/// Reads one input file into a `Document`: raw bytes hashed, decoded, HTML parsed with libxml2,
/// text split into lines. The raw bytes are dropped before it returns. Never throws: a file that
/// cannot be read becomes a failed document with an error row.
public enum Ingestor {
    public static let stageName = "ingest"
    /// Larger files are refused rather than risking the run's memory.
    public static let maxBytes = 32 * 1024 * 1024

    /// `rawText`: also lay out the uncleaned text (when no stage will build a clean one).
    /// `notes`: problems with this document's manifest row, kept as its warnings.
    public static func read(_ file: InputFile, manifest: Metadata?, notes: [String] = [], rawText: Bool = true) -> Document {
        var doc = Document(id: file.id, format: file.format)
        if let manifest { doc.manifest = manifest }
        for n in notes { doc.warn(stageName, n) }
        let bytes: [UInt8]
        switch file.withCPath({ readBytes($0) }) {
        case let .success(b): bytes = b
        case let .failure(error):
            return failed(doc, error.message)
        }
        doc.bytes = bytes.count
        doc.sha256 = SHA256.hex(of: bytes)
        if bytes.isEmpty { return failed(doc, "empty file") }
        if bytes.count > maxBytes { return failed(doc, "file is larger than the \(maxBytes / 1024 / 1024) MB limit for one document") }
        // A page saved with its images as one file (.mhtml): the page inside it is the document.
        var markup = bytes
        var archive: MHTML.Page?
        if file.format == .html, MHTML.isArchive(bytes) {
            guard let inside = MHTML.page(bytes) else { return failed(doc, "a web archive (MHTML) with no HTML page inside") }
            archive = inside
            markup = inside.html
            if markup.isEmpty { return failed(doc, "a web archive (MHTML) whose HTML page is empty or cannot be decoded") }
        }
        if TextDecoding.looksBinary(markup) { return failed(doc, "binary file (NUL or control bytes): not text or HTML") }
        switch file.format {
        case .text: readText(bytes, into: &doc, layout: rawText)
        case .html:
            do {
                let page = try HTMLReader.parse(markup, url: doc.manifest.url ?? archive?.location, charset: archive?.charset)
                var warnings: [String] = []
                doc.meta = PageMetadata.extract(page, warnings: &warnings, declaredBody: &doc.declaredBody)
                // A web archive says where its page was saved from.
                if doc.meta.url == nil, let saved = archive?.location, saved.hasPrefix("http") {
                    doc.meta.url = saved
                    if doc.meta.published == nil, let p = PageMetadata.dateInURL(saved) { doc.meta.published = p; doc.meta.publishedSource = .htmlMeta }
                }
                doc.encoding = page.encoding
                for w in page.warnings + warnings { doc.warn(stageName, w) }
                doc.blocks = page.blocks
                doc.sourceChars = page.blocks.reduce(0) { $0 + $1.text.scalarCount }
                doc.containers = page.containers
                if rawText { doc.setParagraphs(page.blocks.map(\.text)) }
            } catch {
                return failed(doc, "\(error)")
            }
        }
        // (With a clean stage to come, the article's own text decides there: a page's menus and
        // footer are often another language's.)
        if doc.meta.language == nil, rawText { doc.meta.language = LanguageGuess.guess(doc.text) }
        return doc
    }

    static func readText(_ bytes: [UInt8], into doc: inout Document, layout: Bool = true) {
        let decoded = TextDecoding.decode(bytes)
        doc.encoding = decoded.encoding
        if let w = decoded.warning { doc.warn(stageName, w) }
        let text = Ingestor.unixLineEnds(decoded.text)
        doc.sourceChars = text.scalarCount
        let lines = ParagraphBuilder.lines(of: text)
        doc.blocks = lines.map { SourceBlock(kind: .line, text: $0.text, blankAfter: $0.blankAfter) }
        if layout { doc.setParagraphs(ParagraphBuilder.paragraphs(lines)) }
    }

    /// CRLF and lone CR line ends as LF, in one pass over the bytes (Foundation's string search
    /// ran at a few MB/s on a large scrape); the text itself when it has no CR.
    static func unixLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for b in text.utf8 {
            if b == 13 { out.append(10); previousCR = true; continue }
            if b == 10, previousCR { previousCR = false; continue }
            previousCR = false
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func failed(_ doc: Document, _ message: String) -> Document {
        var d = doc
        d.failed = true
        d.errors.append(DocumentError(stage: stageName, message: message))
        return d
    }

    struct ReadError: Error { var message: String }

    /// POSIX read of a whole file, with errors worded for the `errors` table.
    static func readBytes(_ path: String) -> Result<[UInt8], ReadError> {
        path.withCString { readBytes($0) }
    }

    static func readBytes(_ path: UnsafePointer<CChar>) -> Result<[UInt8], ReadError> {
        // Non-blocking open: a FIFO or device named *.txt must not hang the run.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            switch code {
            case ENOENT: return .failure(ReadError(message: "file disappeared before it could be read"))
            case EACCES: return .failure(ReadError(message: "permission denied reading the file"))
            default: return .failure(ReadError(message: "cannot open the file: \(String(cString: strerror(code)))"))
            }
        }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
            return .failure(ReadError(message: "not a regular file"))
        }
        // The whole file in one buffer of its size (one more byte tells a file that grew since
        // `fstat`), filled by as few reads as the kernel allows; the rest, if any, in chunks.
        let expected = st.st_size > 0 ? min(Int(st.st_size), maxBytes) + 1 : 1 << 16
        var failure: Int32 = 0
        var out = [UInt8](unsafeUninitializedCapacity: expected) { buf, count in
            count = 0
            while count < buf.count {
                let n = Glibc.read(fd, buf.baseAddress! + count, buf.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { return .failure(ReadError(message: "read error: \(String(cString: strerror(failure)))")) }
        guard out.count == expected else { return .success(out) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while out.count <= maxBytes {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(message: "read error: \(String(cString: strerror(errno)))"))
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return .success(out)
    }
}
