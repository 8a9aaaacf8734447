import CLibXML2
import Glibc

/// What one walk over libxml2's tree yields: paragraph-like blocks with their container chain,
/// the containers with class/id hints, and the page's metadata sources.
public struct ParsedPage: Sendable {
    public var blocks: [SourceBlock] = []
    public var containers: [SourceContainer] = []
    public var title: String?
    /// `<meta>` name/property/itemprop (lower-cased) → content, first occurrence wins.
    public var meta: [String: String] = [:]
    public var canonical: String?
    public var language: String?
    public var jsonLD: [String] = []
    /// The `<time datetime>` values (and hAtom's `<abbr class="published" title>`) outside
    /// readers' posts and lists of other stories, in page order (see `TimeElements`).
    public var timeDatetimes: [String] = []
    public var h1: String?
    /// The charset the page was read as (`utf-8`, `windows-1251`, …).
    public var encoding = "utf-8"
    /// What the reader had to repair or could not follow (bad bytes, a wrong charset declaration,
    /// libxml2's own messages), for the warnings table.
    public var warnings: [String] = []
}

/// Which `<time datetime>` elements may date the page.
enum TimeElements {
    /// Class and id words of boxes whose times are not the page's: a reader's comment or review,
    /// the replies under a post, the lists of other stories beside it. A product page's first
    /// `<time>` is a shopper's review's. (`reviews`, plural: a critic's review is the article.)
    static let elsewhereTokens: WordSet = [
        "comment", "comments", "commentlist", "reviews", "reply", "replies", "discussion", "disqus", "respond", "related",
        "sidebar", "trending", "popular", "mostread", "recommended", "recommendations", "outbrain", "taboola",
    ]
    /// Class words that say what a box has or shows (`has-sidebar`, `no-comments`), not what it is.
    static let stateWords = ["has", "with", "no", "show", "hide", "is", "page"]

    /// Whether a time inside these boxes (innermost last) belongs to something other than the
    /// page. A word counts whole, between `-`, `_` and `:`; the page's `<html>` and `<body>` classes
    /// describe the page (`single-post comments-open`), not a box in it.
    static func elsewhere(_ boxes: [SourceContainer]) -> Bool {
        boxes.contains(where: elsewhere)
    }

    /// Whether a time inside this one box belongs to something other than the page.
    static func elsewhere(_ box: SourceContainer) -> Bool {
        guard box.tag != "html" && box.tag != "body" else { return false }
        return box.hints.split(separator: " ").contains { word in
            let tokens = word.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" })
            guard let first = tokens.first, !stateWords.contains(String(first)) else { return false }
            return tokens.contains { elsewhereTokens.contains(String($0)) }
        }
    }
}

/// Parses HTML with libxml2 (network off, no external entities, errors silenced) and walks the
/// tree once, iteratively, so deep nesting cannot overflow a worker's stack.
public enum HTMLReader {
    /// libxml2's global state (its mutexes among them) set up exactly once, whichever thread asks
    /// first: libxml2 2.9's own first-use initialisation is not safe when two threads parse at once
    /// (seen as two test threads deadlocked in xmlRMutexLock under xmlDictCreate).
    private static let libxml: Void = xmlInitParser()

    /// Sets libxml2 up ahead of the first parse (`parse` also makes sure of it) and silences its
    /// generic error channel on this thread (each parse does so on its own).
    public static func initialize() {
        _ = libxml
        bs_silence_errors()
    }

    /// The charset a page declares for itself in its first 4 KB: an XML declaration's `encoding`,
    /// a `<meta charset>` or a `<meta http-equiv content="…; charset=…">`, lower-cased.
    /// Only `<meta>` and `<?xml` count (a `<script charset>` names a script's encoding, not the page's).
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096)).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        func find(_ needle: [UInt8], from: Int, to: Int) -> Int? {
            guard !needle.isEmpty, to - needle.count >= from else { return nil }
            var i = from
            while i + needle.count <= to {
                if head[i] == needle[0] && Array(head[i..<i + needle.count]) == needle { return i }
                i += 1
            }
            return nil
        }
        func name(after at: Int, to: Int) -> String? {
            var j = at
            while j < to && (head[j] == 32 || head[j] == 61 || head[j] == 34 || head[j] == 39) { j += 1 }
            var out: [UInt8] = []
            while j < to, out.count < 40 {
                let c = head[j]
                guard (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 45 || c == 95 || c == 58 || c == 46 else { break }
                out.append(c); j += 1
            }
            return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
        }
        if head.starts(with: Array("<?xml".utf8)), let close = find(Array("?>".utf8), from: 5, to: head.count),
           let at = find(Array("encoding".utf8), from: 5, to: close) {
            return name(after: at + 8, to: close)
        }
        var from = 0
        while let meta = find(Array("<meta".utf8), from: from, to: head.count) {
            let close = head[meta...].firstIndex(of: 62) ?? head.count   // ">"
            if let at = find(Array("charset".utf8), from: meta, to: close), let found = name(after: at + 7, to: close) { return found }
            from = close
        }
        return nil
    }

    /// Parses the page. Throws when libxml2 cannot start a parser for it. `charset`: what the
    /// page's carrier declares (a web archive's part header), which wins over the page's own
    /// `<meta>`, as an HTTP header does.
    public static func parse(_ bytes: [UInt8], url: String?, charset: String? = nil) throws -> ParsedPage {
        try parse(bytes, url: url, droppingUnreadAttributes: true, charset: charset)
    }

    /// `parse`, with the attribute rewriting switchable so a test can hold the two parses side by side.
    static func parse(_ bytes: [UInt8], url: String?, droppingUnreadAttributes: Bool, charset: String? = nil) throws -> ParsedPage {
        _ = libxml
        // Script and style text goes before the charset is decided (a script's bytes are not the
        // page's text) and before parsing (libxml2 reads raw text a character at a time). The
        // stripping scans for ASCII `<`, so UTF-16 and UTF-32 are converted first.
        let decoded: DecodedText
        if TextDecoding.wideForm(bytes) != nil {
            var utf8 = TextDecoding.decode(bytes)
            utf8.utf8 = dropUnreadElementText(utf8.utf8)
            decoded = utf8
        } else {
            decoded = TextDecoding.decode(dropUnreadElementText(bytes), declared: charset ?? declaredCharset(bytes))
        }
        let utf8 = droppingUnreadAttributes ? dropUnreadAttributes(decoded.utf8) : decoded.utf8
        // The page is handed over as valid UTF-8 and its own charset declaration is ignored:
        // libxml2 would otherwise switch to a declared charset mid-page and stop at the first byte
        // that does not fit it.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        // libxml2's SAX events straight into the page builder: no tree is built, walked and freed.
        // The calls are those htmlReadMemory makes, with our handler in place of the tree builder's.
        let box = PageBuilderBox()
        let parsed: Bool = utf8.withUnsafeBufferPointer { buf in
            guard let start = buf.baseAddress, buf.count > 0 else { return true }
            return start.withMemoryRebound(to: CChar.self, capacity: buf.count) { base in
                guard let ctxt = htmlCreateMemoryParserCtxt(base, Int32(clamping: buf.count)) else { return false }
                defer { htmlFreeParserCtxt(ctxt) }
                if let sax = ctxt.pointee.sax {
                    sax.pointee = PageBuilderBox.handler()
                }
                ctxt.pointee.userData = Unmanaged.passUnretained(box).toOpaque()
                // libxml2's error channels are per thread: every worker routes them to this page.
                bs_capture_errors(Unmanaged.passUnretained(box).toOpaque(), PageBuilderBox.libxmlError)
                defer { bs_capture_errors(nil, nil) }
                _ = htmlCtxtUseOptions(ctxt, options)
                ctxt.pointee.html = 1
                if let handler = xmlFindCharEncodingHandler("UTF-8") { _ = xmlSwitchToEncoding(ctxt, handler) }
                _ = htmlParseDocument(ctxt)
                if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc); ctxt.pointee.myDoc = nil }
                return true
            }
        }
        guard parsed else { throw StageFailure("libxml2 could not parse the page") }
        box.builder.finish()
        var page = box.builder.page
        page.encoding = decoded.encoding
        if let warning = decoded.warning { page.warnings.insert(warning, at: 0) }
        return page
    }
}

/// Elements whose content is never article text.
private let skippedTags: Set<String> = [
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option", "input",
    "textarea", "canvas", "video", "audio", "object", "embed", "map", "head", "math", "picture", "source", "label", "legend",
]

/// Elements that end a paragraph-like block.
private let blockTags: [String: SourceBlock.Kind] = [
    "p": .paragraph, "h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading,
    "li": .listItem, "dt": .listItem, "dd": .listItem, "blockquote": .quote, "pre": .preformatted,
    "tr": .other, "figcaption": .other, "caption": .other, "address": .other, "summary": .other,
]

/// A custom element (`<product-recommendations>`, `<media-gallery>`): a web component's box,
/// named by its author for what it holds. (libxml2 gives names lower-cased.)
private func isCustomElement(_ tag: String) -> Bool {
    tag.utf8.contains(UInt8(ascii: "-")) && tag.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } == true && !tag.contains(":")
}

/// Elements that group blocks; each becomes a scored container.
private let containerTags: Set<String> = [
    "div", "section", "article", "main", "body", "html", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot",
    "form", "header", "footer", "nav", "aside", "figure", "details", "fieldset", "center", "span-block",
]


/// Builds a `ParsedPage` from libxml2's SAX events, in document order: paragraph-like blocks with
/// their container chain, containers with class/id hints, and the page's metadata sources.
/// Skipped elements (scripts, forms, hidden ones…) and `<head>` contribute no text; the title,
/// the first `<h1>` and JSON-LD scripts are captured whole.
private struct PageBuilder {
    var page = ParsedPage()
    /// The block being gathered, as UTF-8 (libxml2 hands out UTF-8 whatever the page's encoding).
    private var text: [UInt8] = []
    private var pendingSpace = false
    /// The pending space was a line break inside `<pre>` (code and verse keep their lines).
    private var pendingLineBreak = false
    /// An inline element has just closed, with nothing read since.
    private var afterInlineEnd = false
    /// Two inline elements meet with no text between (`<span>£130.00</span><span>4.7</span>`): a
    /// space goes between them if a new word starts there (see `startsAWord`).
    private var pendingJoin = false
    private var preDepth = 0
    private var linkChars = 0
    private var containerStack: [Int32] = []
    private var blockKindStack: [(SourceBlock.Kind, Int)] = []
    /// Inside a `<figcaption>` (its depth in `blockKindStack`): what it holds is a caption, in
    /// `<p>`s or not.
    private var captionAt: Int?
    private var linkDepth = 0
    /// Open links that began outside any paragraph-like block (`<a class="card">` around a card),
    /// not inline in one (an unclosed `<a>` in a paragraph that swallows the next ones).
    private var blockLinkDepth = 0
    /// A headline has been read inside the innermost such link: a paragraph after it is the
    /// card's summary (one with no headline, `<a><p>READ MORE: …</p></a>`, is a link).
    private var headlineInBlockLink = false
    /// For each open table cell, the lines that ended inside it (at a `<br>`, a paragraph, a box).
    private var cellLines: [Int] = []
    /// A cell that ended this many lines is a column of a layout table, not a value (one `<br>`
    /// in a cell of a data table splits a label from its unit).
    static let layoutCellMinLines = 2

    private enum Frame {
        case normal(isContainer: Bool, isBlock: Bool, isLink: Bool, isCell: Bool, isBlockLink: Bool, outerHeadline: Bool)
        /// A paragraph inside a link: a card's summary under its linked title, read as text; the
        /// link depth to restore when it closes.
        case summary(linkDepth: Int)
        /// Inside an element whose content is ignored (counted in `skipping`).
        case skip
        case head
        case headChild
    }
    private var frames: [Frame] = []
    /// Open elements whose content is being ignored.
    private var skipping = 0
    private var inHead = false

    private enum CaptureKind { case title, h1, jsonLD }
    /// Raw text of an element and everything under it (what xmlNodeGetContent gives), collected
    /// until the element closes at `depth`.
    private var captures: [(kind: CaptureKind, depth: Int, bytes: [UInt8])] = []

    /// What the builder needs to know about an element name, worked out once per name per page
    /// (libxml2 interns names in the parser's dictionary, so the name pointer is the key).
    private struct TagInfo {
        var name: String
        var skipped: Bool
        var block: SourceBlock.Kind?
        var level: Int
        var container: Bool
        /// A custom element: its name is a hint.
        var custom: Bool
        var role: TagRole
    }
    /// Elements the builder treats apart from their block or container part.
    private enum TagRole {
        case none, head, meta, link, title, script, html, time, abbr, lineBreak, cell, anchor, h1, button, caption
        init(_ tag: String) {
            switch tag {
            case "head": self = .head
            case "meta": self = .meta
            case "link": self = .link
            case "title": self = .title
            case "script": self = .script
            case "html": self = .html
            case "time": self = .time
            case "abbr": self = .abbr
            case "br", "hr": self = .lineBreak
            case "td", "th": self = .cell
            case "a": self = .anchor
            case "h1": self = .h1
            case "button": self = .button
            case "figcaption": self = .caption
            default: self = .none
            }
        }
    }
    private var tagInfo: [UnsafeRawPointer: TagInfo] = [:]
    private var timesElsewhere: [Int32: Bool] = [:]

    /// Whether a `<time>` opened here is inside a box whose times are not the page's
    /// (`TimeElements`); each box is judged once, as a comment list holds a time per comment.
    private mutating func timeElsewhere() -> Bool {
        for box in containerStack {
            let judged = timesElsewhere[box] ?? TimeElements.elsewhere(page.containers[Int(box)])
            timesElsewhere[box] = judged
            if judged { return true }
        }
        return false
    }

    private mutating func info(_ n: UnsafePointer<xmlChar>) -> TagInfo {
        let key = UnsafeRawPointer(n)
        if let known = tagInfo[key] { return known }
        let tag = String(cString: n)
        let level = tag.utf8.count == 2 && tag.hasPrefix("h") ? Int(String(tag.last!)) ?? 0 : 0
        let custom = isCustomElement(tag)
        let made = TagInfo(name: tag, skipped: skippedTags.contains(tag), block: blockTags[tag], level: level, container: containerTags.contains(tag) || custom,
                           custom: custom, role: TagRole(tag))
        tagInfo[key] = made
        return made
    }

    fileprivate mutating func start(_ n: UnsafePointer<xmlChar>?, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if skipping > 0 { skip(); return }
        guard let n else { frames.append(.headChild); return }
        let tagged = info(n)
        let role = tagged.role
        let attrs = Attributes(atts)
        if inHead {
            switch role {
            case .meta: readMeta(attrs); skip()
            case .link: readLink(attrs); skip()
            case .title:
                if page.title == nil { capture(.title) }
                skip()
            case .script:
                if isJSONLD(attrs) { capture(.jsonLD) }
                skip()
            default: frames.append(.headChild)
            }
            return
        }
        if role == .head { frames.append(.head); inHead = true; return }
        // An accordion's question is the button that is all of its heading ("<h3><button>Why …?</button></h3>"),
        // or one that opens a panel (`aria-expanded`, `aria-controls`, a class naming an accordion).
        if tagged.skipped, !(role == .button && (blockKindStack.last?.0 == .heading || attrs.values.opensPanel)) {
            if role == .script, isJSONLD(attrs) { capture(.jsonLD) }
            skip()
            return
        }
        if role == .title, page.title == nil { capture(.title) }
        // The attributes the walk reads, gathered in one pass over them.
        let read = atts == nil ? AttributeValues() : attrs.values
        if atts != nil {
            if role == .html, let lang = read.lang { page.language = lang }
            if role == .meta { readMeta(attrs); skip(); return }
            if role == .link { readLink(attrs); skip(); return }
            if role == .time, let dt = read.datetime, !timeElsewhere() {
                page.timeDatetimes.append(dt)
            }
            // hAtom, the blogs' microformat before `<time>`: `<abbr class="published" title="2012-07-15T09:30:00">`.
            if role == .abbr, let stamp = attrs["title"], let cls = attrs["class"],
               cls.lowercasedFast.split(separator: " ").contains("published"), !timeElsewhere() {
                page.timeDatetimes.append(stamp)
            }
            // Markup hides a folded answer or tab until it is opened: the page's text all the same.
            if read.hidesElement || read.hiddenByMarkup && !ClassHints.foldsContent(read.hints) { skip(); return }
        } else if role == .meta || role == .link {
            skip(); return
        }
        if role == .lineBreak { flush(); skip(); return }
        if role == .cell { pendingSpace = true }   // cells of a row read as one line
        // A date or time in its own element is a word of its own ("By Jo Price<time>1 September").
        if role == .time { pendingSpace = true }
        let isBlock = tagged.block != nil
        let isContainer = tagged.container
        // A heading's link to its own anchor (`<h2 id="usage"><a href="#usage">Usage</a></h2>`, the
        // permalink of documentation and blog sections) is the heading's text, not a way off the page.
        let isLink = role == .anchor && !(read.inPageLink && blockKindStack.last?.0 == .heading)
        if isBlock || isContainer { flush() }
        if isContainer {
            let parent = containerStack.last ?? -1
            // A custom element's name says what it is (`product-recommendations`, `media-gallery`):
            // a hint like its class.
            let hints = tagged.custom ? (read.hints.isEmpty ? tagged.name : tagged.name + " " + read.hints) : read.hints
            page.containers.append(SourceContainer(tag: tagged.name, hints: hints, parent: parent))
            containerStack.append(Int32(page.containers.count - 1))
        }
        // A paragraph inside a link (`<a class="card"><h3>Title</h3><p>Summary …</p></a>`, a
        // card that is all one link): the summary is text, as it would be beside a linked title.
        if tagged.block == .paragraph, linkDepth > 0, blockLinkDepth > 0, headlineInBlockLink {
            blockKindStack.append((.paragraph, tagged.level))
            frames.append(.summary(linkDepth: linkDepth))
            linkDepth = 0
            afterInlineEnd = false
            return
        }
        if role == .caption, captionAt == nil { captionAt = blockKindStack.count }
        if let kind = tagged.block {
            blockKindStack.append((kind, tagged.level))
            if kind == .preformatted { preDepth += 1 }
            if role == .h1, page.h1 == nil { capture(.h1) }
        }
        if isLink { linkDepth += 1 }
        let isBlockLink = isLink && blockKindStack.isEmpty
        let outerHeadline = headlineInBlockLink
        if isBlockLink { blockLinkDepth += 1; headlineInBlockLink = false }
        if tagged.block == .heading, blockLinkDepth > 0 { headlineInBlockLink = true }
        // (A drop cap, `<span>T</span>he`, is an element then text: it stays one word.)
        if afterInlineEnd, !isBlock, !isContainer, preDepth == 0 { pendingJoin = true }
        afterInlineEnd = false
        if role == .cell { cellLines.append(0) }
        frames.append(.normal(isContainer: isContainer, isBlock: isBlock, isLink: isLink, isCell: role == .cell, isBlockLink: isBlockLink, outerHeadline: outerHeadline))
    }

    fileprivate mutating func end() {
        guard let frame = frames.popLast() else { return }
        switch frame {
        case .skip: skipping -= 1
        case .head: inHead = false
        case .headChild: break
        case let .summary(depth):
            flush()
            blockKindStack.removeLast()
            linkDepth = depth
            afterInlineEnd = false
        case let .normal(isContainer, isBlock, isLink, isCell, isBlockLink, outerHeadline):
            if isBlockLink { blockLinkDepth -= 1; headlineInBlockLink = outerHeadline }
            // A cell of several lines is a column of a layout table: its text ends with it
            // (a menu's last link is not the first words of the story in the next cell).
            if isCell, let lines = cellLines.popLast(), lines >= PageBuilder.layoutCellMinLines { flush() }
            if isLink { linkDepth -= 1 }
            afterInlineEnd = !isBlock && !isContainer && !isCell
            if isBlock || isContainer { flush() }
            if isBlock, blockKindStack.removeLast().0 == .preformatted { preDepth -= 1 }
            if isBlock, let at = captionAt, blockKindStack.count <= at { captionAt = nil }
            if isContainer { containerStack.removeLast() }
        }
        while let last = captures.last, last.depth >= frames.count {
            captures.removeLast()
            let raw = String(decoding: last.bytes, as: UTF8.self)
            switch last.kind {
            case .title:
                let t = raw.collapsingWhitespace()
                if page.title == nil, !t.isEmpty { page.title = t }
            case .h1:
                let t = raw.collapsingWhitespace()
                if page.h1 == nil, !t.isEmpty { page.h1 = t }
            case .jsonLD:
                page.jsonLD.append(raw)
            }
        }
    }

    fileprivate mutating func characters(_ chars: UnsafePointer<xmlChar>?, _ count: Int) {
        guard let chars, count > 0 else { return }
        let bytes = UnsafeBufferPointer(start: UnsafePointer<UInt8>(chars), count: count)
        for k in captures.indices { captures[k].bytes.append(contentsOf: bytes) }
        if skipping > 0 || inHead { return }
        // (Text run straight on from an inline element is judged as two elements side by side
        // are: `<span class="label">Date</span>Saturday 12 April` is two words.)
        if afterInlineEnd, preDepth == 0 { pendingJoin = true }
        afterInlineEnd = false
        appendText(bytes)
    }

    /// Ignores this element and everything under it.
    private mutating func skip() {
        skipping += 1
        frames.append(.skip)
    }

    /// Starts capturing the text of the element just being opened (its frame is pushed next).
    private mutating func capture(_ kind: CaptureKind) {
        captures.append((kind, frames.count, []))
    }

    mutating func finish() {
        flush()
    }

    // MARK: Text

    /// Appends text bytes, white space runs collapsed to one space and zero-width spaces dropped;
    /// `linkChars` counts Unicode scalars inside links.
    private mutating func appendText(_ buf: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = buf.count
        while i < n {
            let b = buf[i]
            if b < 0x80 {
                if b == 32 || (b >= 9 && b <= 13) {
                    pendingSpace = true
                    if b == 10 && preDepth > 0 { pendingLineBreak = true }
                    i += 1
                    continue
                }
                // a run of visible ASCII goes in whole
                var j = i + 1
                while j < n, buf[j] > 32, buf[j] < 0x80 { j += 1 }
                appendRun(UnsafeBufferPointer(rebasing: buf[i..<j]))
                i = j
                continue
            }
            // A multi-byte sequence: its length from the lead byte, cut short at the buffer's end.
            let want = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            let len = min(want, n - i)
            var v = UInt32(b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07))
            for k in 1..<max(len, 1) { v = v << 6 | UInt32(buf[i + k] & 0x3F) }
            let sequence = UnsafeBufferPointer(rebasing: buf[i..<i + len])
            i += len
            if len == 1 { continue }   // a stray continuation byte (libxml2 never emits one)
            if v == 0x200B { continue }
            if (Unicode.Scalar(v) ?? " ").isSpaceLike { pendingSpace = true; continue }
            appendScalar(sequence)
        }
    }

    /// Appends visible ASCII (one scalar per byte).
    @inline(__always)
    private mutating func appendRun(_ bytes: UnsafeBufferPointer<UInt8>) {
        if pendingJoin {
            pendingJoin = false
            if !pendingSpace, let last = text.last, PageBuilder.startsAWord(bytes[0], after: last) { pendingSpace = true }
        }
        if pendingSpace && !text.isEmpty { text.append(pendingLineBreak ? 10 : 32); if linkDepth > 0 { linkChars += 1 } }
        pendingSpace = false
        pendingLineBreak = false
        text.append(contentsOf: bytes)
        if linkDepth > 0 { linkChars += bytes.count }
    }

    @inline(__always)
    private mutating func appendScalar(_ bytes: UnsafeBufferPointer<UInt8>) {
        pendingJoin = false
        if pendingSpace && !text.isEmpty { text.append(pendingLineBreak ? 10 : 32); if linkDepth > 0 { linkChars += 1 } }
        pendingSpace = false
        pendingLineBreak = false
        text.append(contentsOf: bytes)
        if linkDepth > 0 { linkChars += 1 }
    }

    /// Whether text beginning `first` after text ending `last`, in two inline elements side by
    /// side, is a new word: a number after a number (`£130.00` `4.7`) or a capital after a
    /// small letter or digit (`2 hours ago` `Rachel Clun`). Pages also split one word across
    /// elements (`<font>E</font><font>ffects</font>`, `<em>b</em><em>y</em>`), which stays whole.
    @inline(__always)
    static func startsAWord(_ first: UInt8, after last: UInt8) -> Bool {
        let digit = { (b: UInt8) in b >= 48 && b <= 57 }
        let upper = { (b: UInt8) in b >= 65 && b <= 90 }
        let lower = { (b: UInt8) in b >= 97 && b <= 122 }
        return digit(first) ? digit(last) : upper(first) && (lower(last) || digit(last))
    }

    private mutating func flush() {
        pendingJoin = false
        pendingSpace = false
        pendingLineBreak = false
        guard !text.isEmpty else { linkChars = 0; return }
        if !cellLines.isEmpty { cellLines[cellLines.count - 1] += 1 }
        let (kind, level) = captionAt != nil ? (.other, 0) : blockKindStack.last ?? (.other, 0)
        page.blocks.append(SourceBlock(kind: kind, text: String(decoding: text, as: UTF8.self), linkChars: linkChars,
                                       container: containerStack.last ?? -1, level: level))
        text.removeAll(keepingCapacity: true)
        linkChars = 0
    }

    // MARK: Metadata

    private func isJSONLD(_ attrs: Attributes) -> Bool {
        attrs["type"]?.lowercasedFast.containsBytes("ld+json") ?? false
    }

    private mutating func readMeta(_ attrs: Attributes) {
        guard let content = attrs["content"] else {
            if let cs = attrs["charset"], page.meta["charset"] == nil { page.meta["charset"] = cs }
            return
        }
        let keys: [StaticString] = ["property", "name", "itemprop", "http-equiv"]
        for key in keys {
            if let k = attrs[key]?.lowercasedFast, !k.isEmpty, page.meta[k] == nil {
                page.meta[k] = content.collapsingWhitespace()
            }
        }
    }

    private mutating func readLink(_ attrs: Attributes) {
        if let rel = attrs["rel"]?.lowercasedFast, rel.split(separator: " ").contains("canonical"), let href = attrs["href"], page.canonical == nil {
            page.canonical = href.trimmingWhitespace()
        }
    }
}

/// The page builder behind libxml2's context pointer: a value in one box, so each SAX event is
/// one access to it, where a class's every property write was a runtime exclusivity check.
private final class PageBuilderBox {
    /// One box per parse, reached only from that parse's callbacks on one thread, one event at a
    /// time: the runtime's exclusivity check on each event (about 1 % of a run) cannot fire.
    @exclusivity(unchecked) var builder = PageBuilder()

    static func handler() -> htmlSAXHandler {
        var h = htmlSAXHandler()
        h.startElement = { ctx, name, atts in PageBuilderBox.from(ctx)?.builder.start(name, atts) }
        h.endElement = { ctx, _ in PageBuilderBox.from(ctx)?.builder.end() }
        h.characters = { ctx, chars, len in PageBuilderBox.from(ctx)?.builder.characters(chars, Int(len)) }
        h.cdataBlock = { ctx, chars, len in PageBuilderBox.from(ctx)?.builder.characters(chars, Int(len)) }
        h.ignorableWhitespace = { ctx, chars, len in PageBuilderBox.from(ctx)?.builder.characters(chars, Int(len)) }
        h.initialized = 1
        return h
    }

    /// libxml2's structured error handler. HTML parse errors (bad nesting and the like) are the
    /// normal state of web pages and stay silent; anything fatal, and input, I/O or encoding
    /// trouble, becomes a warning of this page (at most a few, however many libxml2 raises).
    static let libxmlError: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<xmlError>?) -> Void = { ctx, error in
        guard let box = from(ctx), let e = error?.pointee else { return }
        let domain = xmlErrorDomain(rawValue: UInt32(e.domain))
        let serious = e.level == XML_ERR_FATAL || domain == XML_FROM_IO || domain == XML_FROM_I18N || domain == XML_FROM_MEMORY
        guard serious, box.builder.page.warnings.count < 3 else { return }
        let message = e.message.map { String(cString: $0).trimmingWhitespace() } ?? "error \(e.code)"
        box.builder.page.warnings.append("libxml2: \(message)")
    }

    static func from(_ ctx: UnsafeMutableRawPointer?) -> PageBuilderBox? {
        ctx.map { Unmanaged<PageBuilderBox>.fromOpaque($0).takeUnretainedValue() }
    }
}

/// An element's attributes as the SAX start event gives them (name, value, …, NULL), read on
/// demand: most elements are asked for two or three names. The HTML parser lower-cases names and
/// drops repeated attributes; an attribute without a value reads as "".
private struct Attributes {
    let atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    init(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) { self.atts = atts }

    subscript(name: StaticString) -> String? {
        guard let atts else { return nil }
        var k = 0
        while let n = atts[k] {
            if strcmp(UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0 {
                return atts[k + 1].map { String(cString: $0) } ?? ""
            }
            k += 2
        }
        return nil
    }

    /// The values the walk reads from every element, found in one pass over its attributes
    /// (most elements carry one or two; asking for each name would compare every name each time).
    var values: AttributeValues {
        var v = AttributeValues()
        guard let atts else { return v }
        var k = 0
        while let n = atts[k] {
            let value = atts[k + 1]
            k += 2
            let name = UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self)
            func isName(_ s: StaticString) -> Bool { strcmp(name, UnsafeRawPointer(s.utf8Start).assumingMemoryBound(to: CChar.self)) == 0 }
            func text() -> String { value.map { String(cString: $0) } ?? "" }
            switch UInt8(bitPattern: name[0]) {
            case UInt8(ascii: "c") where isName("class"):
                v.hintValues.0 = value ?? AttributeValues.noValue
                if let value, ClassHints.hidesText(UnsafeBufferPointer(start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)))) {
                    v.hidesElement = true
                }
            case UInt8(ascii: "i") where isName("id"): v.hintValues.1 = value ?? AttributeValues.noValue
            case UInt8(ascii: "r") where isName("role"): v.hintValues.2 = value ?? AttributeValues.noValue
            case UInt8(ascii: "i") where isName("itemprop"): v.hintValues.3 = value ?? AttributeValues.noValue
            // What a script-built page names its parts when its classes are hashed (`sc-18fde0d6-0`):
            // `data-component="byline-block"`, `data-testid="more-on-this-story"`.
            case UInt8(ascii: "d") where isName("data-component") || isName("data-testid"): v.hintValues.4 = value ?? AttributeValues.noValue
            case UInt8(ascii: "h") where isName("hidden"): v.hiddenByMarkup = true
            case UInt8(ascii: "a") where isName("aria-hidden"): if text() == "true" { v.hiddenByMarkup = true }
            case UInt8(ascii: "a") where isName("aria-expanded") || isName("aria-controls"): v.controlsPanel = true
            case UInt8(ascii: "s") where isName("style"):
                let style = text().lowercasedFast
                if style.containsBytes("display:none") || style.containsBytes("display: none") { v.hiddenByMarkup = true }
            case UInt8(ascii: "l") where isName("lang"): if v.lang == nil { v.lang = text() }
            case UInt8(ascii: "x") where isName("xml:lang"): if v.xmlLang == nil { v.xmlLang = text() }
            case UInt8(ascii: "d") where isName("datetime"): v.datetime = text()
            case UInt8(ascii: "h") where isName("href"):
                // `#comments`, `#respond`: the way down to the readers' comments, not a section's name
                if let value, value[0] == UInt8(ascii: "#"), value[1] != 0, !ClassHints.namesDiscussion(text().lowercasedFast) { v.inPageLink = true }
            default: break
            }
        }
        if v.lang == nil { v.lang = v.xmlLang }
        return v
    }
}

/// What the page walk takes from an element's attributes.
private struct AttributeValues {
    /// class, id, role, itemprop and a data-component or data-testid, as libxml2 holds them until
    /// the element's event returns. A present attribute without a value (it reads as "").
    static var noValue: UnsafePointer<xmlChar> { UnsafePointer<xmlChar>(("" as StaticString).utf8Start) }
    var hintValues: (UnsafePointer<xmlChar>?, UnsafePointer<xmlChar>?, UnsafePointer<xmlChar>?, UnsafePointer<xmlChar>?, UnsafePointer<xmlChar>?) = (nil, nil, nil, nil, nil)
    /// A class whose text is not the page's own (off screen, a pull quote: see `ClassHints.hidesText`).
    var hidesElement = false
    /// `hidden`, `aria-hidden="true"` or an inline `display: none`.
    var hiddenByMarkup = false
    /// `aria-expanded` or `aria-controls`: the element opens or closes a panel.
    var controlsPanel = false
    /// A control that opens a folded panel (an FAQ's question): by its ARIA state or its class.
    var opensPanel: Bool { controlsPanel || ClassHints.foldsContent(hints) }
    var lang: String?
    var xmlLang: String?
    var datetime: String?
    /// An `href` to a named place on the same page (`#usage`; a bare `#` is a script's button,
    /// `#comments` the way to the comments).
    var inPageLink = false

    /// The container hints: class, id, role, itemprop and data-component or data-testid values
    /// joined by a space, lower-cased (built for containers only).
    var hints: String {
        var parts: [String] = []
        for value in [hintValues.0, hintValues.1, hintValues.2, hintValues.3, hintValues.4] {
            if let value { parts.append(String(cString: value)) }
        }
        return parts.count == 1 ? parts[0].lowercasedFast : parts.joined(separator: " ").lowercasedFast
    }
}
