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
    public var timeDatetimes: [String] = []
    public var h1: String?
}

/// Parses HTML with libxml2 (network off, no external entities, errors silenced) and walks the
/// tree once, iteratively, so deep nesting cannot overflow a worker's stack.
public enum HTMLReader {
    /// Call once on the main thread before any worker parses.
    public static func initialize() {
        xmlInitParser()
        bs_silence_errors()
    }

    /// Picks the encoding to hand libxml2: BOM, then valid UTF-8, then the page's own declaration,
    /// then windows-1252.
    public static func detectEncoding(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if TextDecoding.isValidUTF8(bytes) { return "UTF-8" }
        if let declared = declaredCharset(bytes) {
            switch declared {
            case "utf-8", "utf8":
                return "windows-1252" // declared UTF-8 but invalid: the bytes are really a legacy code page
            case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "cp1252", "windows-1252", "x-cp1252":
                return "windows-1252"
            default:
                return declared
            }
        }
        return "windows-1252"
    }

    /// The charset named in the first 4 KB (`<meta charset>` or `content="…; charset=…"`), lower-cased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096)).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < head.count {
            if head[i] == needle[0] && Array(head[i..<i + needle.count]) == needle {
                var j = i + needle.count
                while j < head.count && (head[j] == 32 || head[j] == 61 || head[j] == 34 || head[j] == 39) { j += 1 }
                var name: [UInt8] = []
                while j < head.count, name.count < 40 {
                    let c = head[j]
                    let ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 45 || c == 95 || c == 58 || c == 46
                    if !ok { break }
                    name.append(c); j += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }

    /// Parses the page. Throws when libxml2 builds no tree at all.
    public static func parse(_ bytes: [UInt8], url: String?) throws -> ParsedPage {
        let encoding = detectEncoding(bytes)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let bytes = dropScriptAndStyleText(bytes)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { base in
                htmlReadMemory(base, Int32(clamping: buf.count), url, encoding, options)
            }
        }
        guard let doc else { throw StageFailure("libxml2 could not parse the page (encoding \(encoding))") }
        defer { xmlFreeDoc(doc) }
        var walker = TreeWalker()
        if let root = xmlDocGetRootElement(doc) {
            walker.walk(root)
        }
        return walker.page
    }
}

extension HTMLReader {
    /// The page without the text of its `<script>` and `<style>` elements (JSON-LD scripts kept):
    /// on news pages that is over half the bytes, and libxml2 reads raw text a character at a
    /// time, while this is a `memchr` scan. A script ends at its first `</script` (any case), as
    /// in libxml2 and browsers; comments are stepped over whole, so a tag inside one is not taken
    /// for an element.
    static func dropScriptAndStyleText(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buf -> [UInt8] in
            guard let base = buf.baseAddress else { return bytes }
            let n = buf.count
            var out: [UInt8] = []
            var copied = 0   // bytes[0..<copied] are decided (copied to out, or dropped)
            var i = 0
            func lower(_ k: Int) -> UInt8 { let b = buf[k]; return b >= 65 && b <= 90 ? b + 32 : b }
            func matches(_ k: Int, _ word: StaticString) -> Bool {
                let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
                guard k + w.count <= n else { return false }
                for j in 0..<w.count where lower(k + j) != w[j] { return false }
                return true
            }
            func find(_ from: Int, _ byte: UInt8) -> Int? {
                guard from < n, let p = memchr(base + from, Int32(byte), n - from) else { return nil }
                return UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self) - base
            }
            while let lt = find(i, 60) {   // "<"
                i = lt + 1
                if matches(i, "!--") {
                    // step over the comment
                    var k = i + 3
                    while let dash = find(k, 45) {   // "-"
                        if dash + 2 < n, buf[dash + 1] == 45, buf[dash + 2] == 62 { k = dash + 3; break }
                        k = dash + 1
                    }
                    i = max(k, i)
                    continue
                }
                let name: StaticString
                if matches(i, "script") { name = "script" } else if matches(i, "style") { name = "style" } else { continue }
                let afterName = i + name.utf8CodeUnitCount
                guard afterName < n else { break }
                let d = buf[afterName]
                guard d == 62 || d == 47 || d == 32 || (d >= 9 && d <= 13) else { continue }
                // end of the start tag, quotes respected
                var k = afterName
                var quote: UInt8 = 0
                while k < n {
                    let b = buf[k]
                    if quote != 0 { if b == quote { quote = 0 } } else if b == 34 || b == 39 { quote = b } else if b == 62 { break }
                    k += 1
                }
                guard k < n else { break }
                let contentStart = k + 1
                if name.utf8CodeUnitCount == 6 {
                    var isJSONLD = false
                    var a = afterName
                    while a + 7 <= k { if matches(a, "ld+json") { isJSONLD = true; break }; a += 1 }
                    if isJSONLD { i = contentStart; continue }
                }
                // the closing tag
                var end = contentStart
                var closing: Int?
                while let c = find(end, 60) {
                    if c + 1 < n, buf[c + 1] == 47, matches(c + 2, name) { closing = c; break }
                    end = c + 1
                }
                guard let close = closing else { break }   // unterminated: leave the rest to libxml2
                if close > contentStart {
                    if out.isEmpty { out.reserveCapacity(n) }
                    out.append(contentsOf: buf[copied..<contentStart])
                    copied = close
                }
                i = close + 2
            }
            if copied == 0 { return bytes }
            out.append(contentsOf: buf[copied..<n])
            return out
        }
    }
}

/// Elements whose content is never article text.
private let skippedTags: Set<String> = [
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option", "input",
    "textarea", "canvas", "video", "audio", "object", "embed", "map", "head", "math", "picture", "source",
]

/// Elements that end a paragraph-like block.
private let blockTags: [String: SourceBlock.Kind] = [
    "p": .paragraph, "h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading,
    "li": .listItem, "dt": .listItem, "dd": .listItem, "blockquote": .quote, "pre": .preformatted,
    "tr": .other, "figcaption": .other, "caption": .other, "address": .other, "summary": .other,
]

/// Elements that group blocks; each becomes a scored container.
private let containerTags: Set<String> = [
    "div", "section", "article", "main", "body", "html", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot",
    "form", "header", "footer", "nav", "aside", "figure", "details", "fieldset", "center", "span-block",
]

private struct TreeWalker {
    var page = ParsedPage()
    /// The block being gathered, as UTF-8 (libxml2 hands out UTF-8 whatever the page's encoding).
    private var text: [UInt8] = []
    private var pendingSpace = false
    private var linkChars = 0
    private var containerStack: [Int32] = []
    private var blockKindStack: [(SourceBlock.Kind, Int)] = []
    private var linkDepth = 0

    private enum Step {
        case enter(xmlNodePtr)
        case exit(isContainer: Bool, isBlock: Bool, isLink: Bool)
    }

    /// What the walker needs to know about an element name, worked out once per name per page
    /// (libxml2 interns names in the document's dictionary, so the name pointer is the key).
    private struct TagInfo {
        var name: String
        var skipped: Bool
        var block: SourceBlock.Kind?
        var level: Int
        var container: Bool
    }
    private var tagInfo: [UnsafeRawPointer: TagInfo] = [:]

    private mutating func info(_ node: xmlNodePtr) -> TagInfo {
        guard let n = node.pointee.name else { return TagInfo(name: "", skipped: false, block: nil, level: 0, container: false) }
        let key = UnsafeRawPointer(n)
        if let known = tagInfo[key] { return known }
        let tag = String(cString: n)
        let level = tag.utf8.count == 2 && tag.hasPrefix("h") ? Int(String(tag.last!)) ?? 0 : 0
        let made = TagInfo(name: tag, skipped: skippedTags.contains(tag), block: blockTags[tag], level: level, container: containerTags.contains(tag))
        tagInfo[key] = made
        return made
    }

    mutating func walk(_ root: xmlNodePtr) {
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case let .enter(node):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    appendText(node.pointee.content)
                case XML_ELEMENT_NODE:
                    let tagged = info(node)
                    let tag = tagged.name
                    if tag == "head" { readHead(node); continue }
                    if tagged.skipped {
                        if tag == "script" { readScript(node) }
                        continue
                    }
                    if tag == "title", page.title == nil { page.title = contentText(node) }
                    if node.pointee.properties != nil {
                        let attrs = Attributes(node)
                        if tag == "html", let lang = attrs["lang"] ?? attrs["xml:lang"] { page.language = lang }
                        if tag == "meta" { readMeta(attrs); continue }
                        if tag == "link" { readLink(attrs); continue }
                        if tag == "time", let dt = attrs["datetime"] { page.timeDatetimes.append(dt) }
                        if attrs.hidesElement { continue }
                    } else if tag == "meta" || tag == "link" {
                        continue
                    }
                    if tag == "br" || tag == "hr" { flush(); continue }
                    if tag == "td" || tag == "th" { pendingSpace = true }   // cells of a row read as one line
                    let isBlock = tagged.block != nil
                    let isContainer = tagged.container
                    let isLink = tag == "a"
                    if isBlock || isContainer { flush() }
                    if isContainer {
                        let hints = node.pointee.properties == nil ? "" : Attributes(node).hints
                        let parent = containerStack.last ?? -1
                        page.containers.append(SourceContainer(tag: tag, hints: hints, parent: parent))
                        containerStack.append(Int32(page.containers.count - 1))
                    }
                    if let kind = tagged.block {
                        blockKindStack.append((kind, tagged.level))
                        if tag == "h1", page.h1 == nil { page.h1 = contentText(node) }
                    }
                    if isLink { linkDepth += 1 }
                    stack.append(.exit(isContainer: isContainer, isBlock: isBlock, isLink: isLink))
                    var child = node.pointee.last
                    while let c = child { stack.append(.enter(c)); child = c.pointee.prev }
                default:
                    continue
                }
            case let .exit(isContainer, isBlock, isLink):
                if isLink { linkDepth -= 1 }
                if isBlock || isContainer { flush() }
                if isBlock { blockKindStack.removeLast() }
                if isContainer { containerStack.removeLast() }
            }
        }
        flush()
    }

    /// Appends a text node's UTF-8 bytes, white space runs collapsed to one space and zero-width
    /// spaces dropped; `linkChars` counts Unicode scalars inside links.
    private mutating func appendText(_ content: UnsafeMutablePointer<xmlChar>?) {
        guard let content else { return }
        var p = UnsafePointer<UInt8>(content)
        while true {
            let b = p.pointee
            if b == 0 { break }
            if b < 0x80 {
                p += 1
                if b == 32 || (b >= 9 && b <= 13) { pendingSpace = true; continue }
                appendScalar(UnsafeBufferPointer(start: p - 1, count: 1))
                continue
            }
            // A multi-byte sequence: its length from the lead byte, stopping at a NUL.
            var n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            for k in 1..<max(n, 1) where p[k] == 0 { n = k; break }
            var v = UInt32(b & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07))
            for k in 1..<max(n, 1) { v = v << 6 | UInt32(p[k] & 0x3F) }
            let scalar = Unicode.Scalar(v) ?? " "
            let sequence = UnsafeBufferPointer(start: p, count: n)
            p += n
            if n == 1 { continue }   // a stray continuation byte (libxml2 never emits one)
            if v == 0x200B { continue }
            if scalar.isSpaceLike { pendingSpace = true; continue }
            appendScalar(sequence)
        }
    }

    @inline(__always)
    private mutating func appendScalar(_ bytes: UnsafeBufferPointer<UInt8>) {
        if pendingSpace && !text.isEmpty { text.append(32); if linkDepth > 0 { linkChars += 1 } }
        pendingSpace = false
        text.append(contentsOf: bytes)
        if linkDepth > 0 { linkChars += 1 }
    }

    private mutating func flush() {
        pendingSpace = false
        guard !text.isEmpty else { linkChars = 0; return }
        let (kind, level) = blockKindStack.last ?? (.other, 0)
        page.blocks.append(SourceBlock(kind: kind, text: String(decoding: text, as: UTF8.self), linkChars: linkChars,
                                       container: containerStack.last ?? -1, level: level))
        text.removeAll(keepingCapacity: true)
        linkChars = 0
    }

    /// The element's name (libxml2's HTML parser lower-cases element and attribute names).
    private func name(of node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n)
    }

    /// All text under a node, white space collapsed.
    private func contentText(_ node: xmlNodePtr) -> String? {
        guard let raw = xmlNodeGetContent(node) else { return nil }
        defer { bs_xmlFree(raw) }
        let s = String(cString: raw).collapsingWhitespace()
        return s.isEmpty ? nil : s
    }

    private mutating func readHead(_ head: xmlNodePtr) {
        var stack: [xmlNodePtr] = []
        var child = head.pointee.children
        while let c = child { stack.append(c); child = c.pointee.next }
        stack.reverse()
        var budget = 100_000
        while let node = stack.popLast(), budget > 0 {
            budget -= 1
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            let tag = name(of: node)
            let attrs = Attributes(node)
            switch tag {
            case "meta": readMeta(attrs)
            case "link": readLink(attrs)
            case "title": if page.title == nil { page.title = contentText(node) }
            case "script": readScript(node)
            default:
                var inner: [xmlNodePtr] = []
                var c = node.pointee.children
                while let n = c { inner.append(n); c = n.pointee.next }
                stack.append(contentsOf: inner.reversed())
            }
        }
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

    private mutating func readScript(_ node: xmlNodePtr) {
        let attrs = Attributes(node)
        guard let type = attrs["type"]?.lowercasedFast, type.contains("ld+json") else { return }
        guard let raw = xmlNodeGetContent(node) else { return }
        defer { bs_xmlFree(raw) }
        page.jsonLD.append(String(cString: raw))
    }
}

/// An element's attributes, read on demand: most elements are asked for two or three names, so
/// a linear scan of libxml2's list beats building a dictionary per element. The first of
/// duplicate attributes wins, as in browsers.
private struct Attributes {
    let node: xmlNodePtr
    init(_ node: xmlNodePtr) { self.node = node }

    /// `hidden`, `aria-hidden="true"` or an inline `display: none`.
    var hidesElement: Bool {
        if self["hidden"] != nil || self["aria-hidden"] == "true" { return true }
        if let style = self["style"]?.lowercasedFast, style.contains("display:none") || style.contains("display: none") { return true }
        return false
    }

    /// The container hints: class, id, role and itemprop values joined by a space, lower-cased.
    var hints: String {
        var parts: [String] = []
        let names: [StaticString] = ["class", "id", "role", "itemprop"]
        for n in names { if let v = self[n] { parts.append(v) } }
        return parts.count == 1 ? parts[0].lowercasedFast : parts.joined(separator: " ").lowercasedFast
    }

    subscript(name: StaticString) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, strcmp(UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self),
                                              UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0 {
                guard let child = a.pointee.children, let c = child.pointee.content else { return "" }
                return String(cString: c)
            }
            attr = a.pointee.next
        }
        return nil
    }
}
