/// Turns the lines of a plain-text scrape into paragraphs. Blank lines always separate paragraphs;
/// within a run of lines, a text hard-wrapped at a fixed width is re-joined, while a text with one
/// paragraph per line keeps each line.
public enum ParagraphBuilder {
    public struct Line: Sendable, Hashable {
        public var text: String
        public var blankAfter: Bool
        public init(text: String, blankAfter: Bool) { self.text = text; self.blankAfter = blankAfter }
    }

    /// Splits raw text into trimmed, white-space-collapsed non-empty lines, noting blank lines.
    public static func lines(of text: String) -> [Line] {
        var out: [Line] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw).collapsingWhitespace()
            if line.isEmpty {
                if !out.isEmpty { out[out.count - 1].blankAfter = true }
            } else {
                out.append(Line(text: line, blankAfter: false))
            }
        }
        return out
    }

    /// True when most lines inside multi-line runs end near one fixed width (a hard-wrapped text).
    public static func isHardWrapped(_ lines: [Line]) -> Bool {
        var inner: [Int] = []   // lengths of lines that are followed by another line of the same run
        for (i, l) in lines.enumerated() where !l.blankAfter && i + 1 < lines.count {
            inner.append(l.text.unicodeScalars.count)
        }
        guard inner.count >= 3 else { return false }
        let sorted = inner.sorted()
        let width = sorted[sorted.count * 9 / 10]
        guard (30...130).contains(width) else { return false }
        let near = inner.filter { $0 >= width * 3 / 4 && $0 <= width + 2 }.count
        guard near * 10 >= inner.count * 7 else { return false }
        // No line of a wrapped text runs far past its width: short lines each over a long one are
        // headlines over their stories (a news digest), not a wrapped paragraph's lines.
        let over = lines.filter { $0.text.unicodeScalars.count > width + wrapOverrun }.count
        return over * 5 <= inner.count
    }
    /// Characters a line of a hard-wrapped text may run past the wrap width (a word that did not fit).
    static let wrapOverrun = 15

    /// Paragraph texts from lines.
    public static func paragraphs(_ lines: [Line]) -> [String] {
        guard isHardWrapped(lines) else { return lines.map(\.text) }
        var out: [String] = []
        var current = ""
        for l in lines {
            if current.isEmpty { current = l.text }
            else if current.hasSuffix("-"), current.dropLast().last?.isLetter == true, l.text.first?.isLowercase == true {
                current = String(current.dropLast()) + l.text
            } else { current += " " + l.text }
            if l.blankAfter { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
