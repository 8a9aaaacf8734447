import Glibc

// The byte scans a page goes through before libxml2 parses it: what they take out is text or
// attributes the page walk would never read, and libxml2 would copy a character at a time.

/// A page's bytes as the pre-parse scans read them: ASCII case folding, `memchr` searches, and
/// comments stepped over to where libxml2 ends them.
private struct MarkupBytes {
    let buf: UnsafeBufferPointer<UInt8>
    let base: UnsafePointer<UInt8>
    var n: Int { buf.count }

    @inline(__always) func lower(_ k: Int) -> UInt8 { let b = buf[k]; return b >= 65 && b <= 90 ? b + 32 : b }

    func find(_ from: Int, _ byte: UInt8) -> Int? {
        guard from < n, let p = memchr(base + from, Int32(byte), n - from) else { return nil }
        return UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self) - base
    }

    /// A scan that rewrites the page: `scan` appends what it keeps of `bytes[0..<decided]` to
    /// `out` and says whether it changed anything; the rest of the page follows as it is. The page
    /// itself comes back when nothing changed.
    static func rewrite(_ bytes: [UInt8], _ scan: (MarkupBytes, inout [UInt8]) -> (decided: Int, changed: Bool)) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buf -> [UInt8] in
            guard let base = buf.baseAddress else { return bytes }
            var out: [UInt8] = []
            let (decided, changed) = scan(MarkupBytes(buf: buf, base: base), &out)
            guard changed else { return bytes }
            out.append(contentsOf: buf[decided...])
            return out
        }
    }

    /// Where scanning goes on after the comment whose `<!--` opens at `open`: past its `-->`, or
    /// past its last dash when it is never closed.
    func afterComment(_ open: Int) -> Int {
        var k = open + 4
        while let dash = find(k, 45) {   // "-"
            if dash + 2 < n, buf[dash + 1] == 45, buf[dash + 2] == 62 { return dash + 3 }
            k = dash + 1
        }
        return max(k, open + 1)
    }
}

extension HTMLReader {
    /// The page without the text of its `<script>` and `<style>` elements (JSON-LD scripts kept)
    /// and the drawing inside its inline `<svg>` icons (never read: the page walk skips `svg`):
    /// on news pages that is over half the bytes, and libxml2 reads raw text a character at a
    /// time, while this is a `memchr` scan. A script ends at its first `</script` (any case), as
    /// in libxml2 and browsers; comments are stepped over whole, so a tag inside one is not taken
    /// for an element. The same pass closes a `<title>` a truncated page left open (below).
    static func dropUnreadElementText(_ bytes: [UInt8]) -> [UInt8] {
        MarkupBytes.rewrite(bytes) { m, out in
            let buf = m.buf, n = m.n
            var copied = 0   // bytes[0..<copied] are decided (copied to out, or dropped)
            var i = 0
            func lower(_ k: Int) -> UInt8 { m.lower(k) }
            func find(_ from: Int, _ byte: UInt8) -> Int? { m.find(from, byte) }
            func matches(_ k: Int, _ word: StaticString) -> Bool {
                let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
                guard k + w.count <= n else { return false }
                for j in 0..<w.count where lower(k + j) != w[j] { return false }
                return true
            }
            /// Where the first element that can only stand in the body starts (n: none).
            let bodyNames: [StaticString] = ["body", "div", "p>", "p ", "table", "h1", "h2", "ul", "center", "font"]
            func firstBodyElement(from: Int) -> Int {
                var k = from
                while let lt = find(k, 60) {
                    if bodyNames.contains(where: { matches(lt + 1, $0) }) { return lt }
                    k = lt + 1
                }
                return n
            }
            var titleSeen = false
            var repaired = false
            while let lt = find(i, 60) {   // "<"
                i = lt + 1
                if matches(i, "!--") {
                    i = m.afterComment(lt)
                    continue
                }
                if !titleSeen, matches(i, "title"), i + 5 < n, buf[i + 5] == 62 || buf[i + 5] == 32 {   // "<title>" or "<title "
                    titleSeen = true
                    // A title left open (a page cut short by its crawler) would take the whole page
                    // into it: it is closed at the end of its line when no "</title" comes before
                    // the body's first element.
                    guard let gt = find(i, 62) else { break }
                    let bodyAt = firstBodyElement(from: gt + 1)
                    var close = gt + 1
                    var closed = false
                    while let c = find(close, 60), c < bodyAt {
                        if c + 1 < n, buf[c + 1] == 47, matches(c + 2, "title") { closed = true; break }
                        close = c + 1
                    }
                    i = gt + 1
                    if !closed, bodyAt < n {
                        let lineEnd = min(find(gt + 1, 10) ?? bodyAt, bodyAt)
                        if out.isEmpty { out.reserveCapacity(n + 8) }
                        out.append(contentsOf: buf[copied..<lineEnd])
                        out.append(contentsOf: Array("</title>".utf8))
                        copied = lineEnd
                        repaired = true
                        // The title's line is copied as it stands: a script or an icon on it (a
                        // crawler's truncation) is past the point the scan may rewrite.
                        i = lineEnd
                    }
                    continue
                }
                let name: StaticString
                if matches(i, "script") { name = "script" } else if matches(i, "style") { name = "style" } else if matches(i, "svg") { name = "svg" } else { continue }
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
            return (copied, copied > 0 || repaired)
        }
    }
}

extension HTMLReader {
    /// The page without the attributes the page walk never reads (links' targets, image sources,
    /// event handlers, `data-*`, inline styles that hide nothing, …): after the scripts they are
    /// most of a news page's bytes, and libxml2 copies every attribute value a character at a time.
    /// A start tag is rewritten only when it reads cleanly (a name, then attributes each after
    /// white space, with a quoted or plain value or none, then `>` or `/>`); any other tag goes to
    /// libxml2 as it came. `<meta>`, `<link>`, `<script>` and `<style>` tags are left whole, the
    /// text of the last two is stepped over (JSON-LD is read raw), and so are comments, the
    /// DOCTYPE, end tags and processing instructions, each to where libxml2 ends it. The same pass
    /// squeezes the white space around text (`squeezeSpace`).
    /// Runs on the decoded UTF-8, so the charset detector still sees every byte of the page.
    static func dropUnreadAttributes(_ bytes: [UInt8]) -> [UInt8] {
        MarkupBytes.rewrite(bytes) { m, out in
            let buf = m.buf, base = m.base, n = m.n
            var copied = 0   // bytes[0..<copied] are decided (copied to out, or dropped)
            func lower(_ k: Int) -> UInt8 { m.lower(k) }
            func find(_ from: Int, _ byte: UInt8) -> Int? { m.find(from, byte) }
            func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 12 || b == 13 }
            func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
            func isNameByte(_ b: UInt8) -> Bool { isLetter(b) || (b >= 48 && b <= 57) || b == 45 || b == 95 || b == 58 || b == 46 }
            func named(_ from: Int, _ to: Int, _ word: StaticString) -> Bool {
                guard to - from == word.utf8CodeUnitCount else { return false }
                for j in 0..<(to - from) where lower(from + j) != word.utf8Start[j] { return false }
                return true
            }
            /// Whether the walk reads the attribute `buf[name..<nameEnd]` with the value `buf[value..<valueEnd]`.
            func isRead(_ name: Int, _ nameEnd: Int, _ value: Int, _ valueEnd: Int) -> Bool {
                switch lower(name) {
                case 99: return named(name, nameEnd, "class")
                case 105: return named(name, nameEnd, "id") || named(name, nameEnd, "itemprop")
                case 114: return named(name, nameEnd, "role")
                case 104:
                    // a link's target is read only when it is a place on the page (`#usage`)
                    if named(name, nameEnd, "href") { return valueEnd - value >= 2 && buf[value] == 35 }
                    return named(name, nameEnd, "hidden")
                case 97: return named(name, nameEnd, "aria-hidden") || named(name, nameEnd, "aria-expanded") || named(name, nameEnd, "aria-controls")
                case 108: return named(name, nameEnd, "lang")
                case 120: return named(name, nameEnd, "xml:lang")
                case 116:
                    // a `title` is read only as hAtom's date (`<abbr class="published" title="2012-07-15">`)
                    guard named(name, nameEnd, "title"), valueEnd - value >= 10 else { return false }
                    return (0..<4).allSatisfy { buf[value + $0] >= 48 && buf[value + $0] <= 57 } && buf[value + 4] == 45
                case 100: return named(name, nameEnd, "datetime") || named(name, nameEnd, "data-component") || named(name, nameEnd, "data-testid")
                case 115:
                    // an inline style is read only for `display: none`
                    guard named(name, nameEnd, "style") else { return false }
                    var k = value
                    while k + 4 <= valueEnd {
                        if lower(k) == 110, lower(k + 1) == 111, lower(k + 2) == 110, lower(k + 3) == 101 { return true }
                        k += 1
                    }
                    return false
                default: return false
                }
            }
            /// Reads the start tag whose name begins at `start` (just after `<`): its end (one past
            /// `>`), or nil when it does not read cleanly. With `rewrite`, appends the tag without
            /// the attributes the walk never reads; otherwise says, in `drops`, whether it has any.
            func startTag(_ start: Int, rewrite: Bool, drops: inout Bool) -> Int? {
                var k = start
                while k < n, isNameByte(buf[k]) { k += 1 }
                if rewrite { out.append(contentsOf: buf[copied..<k]) }
                while true {
                    let spaceStart = k
                    while k < n, isSpace(buf[k]) { k += 1 }
                    guard k < n else { return nil }
                    if buf[k] == 62 {   // ">"
                        if rewrite { out.append(contentsOf: buf[spaceStart...k]) }
                        return k + 1
                    }
                    if buf[k] == 47 {   // "/>"
                        guard k + 1 < n, buf[k + 1] == 62 else { return nil }
                        if rewrite { out.append(contentsOf: buf[spaceStart...(k + 1)]) }
                        return k + 2
                    }
                    guard k > spaceStart, isLetter(buf[k]) || buf[k] == 95 || buf[k] == 58 else { return nil }
                    let name = k
                    while k < n, isNameByte(buf[k]) { k += 1 }
                    let nameEnd = k
                    var value = k, valueEnd = k
                    var j = k
                    while j < n, isSpace(buf[j]) { j += 1 }
                    if j < n, buf[j] == 61 {   // "="
                        j += 1
                        while j < n, isSpace(buf[j]) { j += 1 }
                        guard j < n else { return nil }
                        let q = buf[j]
                        if q == 34 || q == 39 {
                            guard let close = find(j + 1, q) else { return nil }
                            value = j + 1; valueEnd = close; k = close + 1
                        } else {
                            value = j
                            while j < n, !isSpace(buf[j]), buf[j] != 62 {
                                let b = buf[j]
                                guard b != 34, b != 39, b != 60, b != 61, b != 96 else { return nil }
                                j += 1
                            }
                            guard j > value else { return nil }
                            valueEnd = j; k = j
                        }
                    }
                    if isRead(name, nameEnd, value, valueEnd) {
                        if rewrite { out.append(contentsOf: buf[spaceStart..<k]) }
                    } else {
                        drops = true
                    }
                }
            }
            /// `buf[from..<to]` as one byte, a line break if it holds one, when it is a run of white space.
            func squeeze(_ from: Int, _ to: Int) {
                guard to - from >= 2 else { return }
                if out.isEmpty { out.reserveCapacity(n) }
                out.append(contentsOf: buf[copied..<from])
                out.append(memchr(base + from, 10, to - from) != nil ? 10 : 32)
                copied = to
            }
            /// The white space that opens and closes the text `buf[from..<to]` (the indentation
            /// between tags, most of it), each run as one byte: the page walk reads any run as one
            /// space (one line break in `<pre>`), and libxml2 steps through it a character at a
            /// time. Only libxml2's blanks are counted, so blank text stays blank to it.
            func squeezeSpace(_ from: Int, _ to: Int) {
                func isBlank(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 9 || b == 13 }
                var a = from
                while a < to, isBlank(buf[a]) { a += 1 }
                squeeze(from, a)
                guard a < to else { return }
                var b = to
                while b > a, isBlank(buf[b - 1]) { b -= 1 }
                squeeze(b, to)
            }
            var i = 0
            while let lt = find(i, 60) {   // "<"
                squeezeSpace(i, lt)
                i = lt + 1
                guard i < n else { break }
                if buf[i] == 33, i + 2 < n, buf[i + 1] == 45, buf[i + 2] == 45 {   // "<!--"
                    i = m.afterComment(lt)
                    continue
                }
                if buf[i] == 33, i + 8 <= n, named(i + 1, i + 8, "doctype") {
                    // A DOCTYPE's quoted identifiers run to their closing quote, past any markup:
                    // one that takes in a "<" (a page cut short) ends the rewriting.
                    var k = i + 8
                    var clean = true
                    while k < n, buf[k] != 62 {
                        if buf[k] == 34 || buf[k] == 39 {
                            guard let close = find(k + 1, buf[k]), memchr(base + k, 60, close - k) == nil else { clean = false; break }
                            k = close
                        }
                        k += 1
                    }
                    guard clean else { break }
                    i = k
                    continue
                }
                if buf[i] == 33 || buf[i] == 63 || buf[i] == 47 {
                    // "<!…", "<?…" and "</…" end at their first ">" in libxml2, quotes or not
                    guard let gt = find(i, 62) else { break }
                    i = gt + 1
                    continue
                }
                guard isLetter(buf[i]) else { continue }
                var nameEnd = i
                while nameEnd < n, isNameByte(buf[nameEnd]) { nameEnd += 1 }
                // A tag that does not read cleanly ends the rewriting: what libxml2 makes of it (an
                // unclosed quote takes in the markup up to the next quote) is not guessed at.
                var drops = false
                guard let end = startTag(i, rewrite: false, drops: &drops) else { break }
                let isScript = named(i, nameEnd, "script")
                if isScript || named(i, nameEnd, "style") {
                    // to the closing tag: the text between is the script's or the style's
                    let element: StaticString = isScript ? "script" : "style"
                    let length = element.utf8CodeUnitCount
                    var k = end
                    var closing: Int?
                    while let c = find(k, 60) {
                        if c + 2 + length <= n, buf[c + 1] == 47, named(c + 2, c + 2 + length, element) { closing = c; break }
                        k = c + 1
                    }
                    guard let close = closing else { break }
                    i = close + 2
                    continue
                }
                if drops, !named(i, nameEnd, "meta"), !named(i, nameEnd, "link") {
                    if out.isEmpty { out.reserveCapacity(n) }
                    _ = startTag(i, rewrite: true, drops: &drops)
                    copied = end
                }
                i = end
            }
            return (copied, copied > 0)
        }
    }
}
