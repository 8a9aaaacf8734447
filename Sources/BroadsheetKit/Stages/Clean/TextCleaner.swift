/// Removes site chrome from a plain-text scrape by general means: lines repeated across the corpus
/// at the head or tail, lines repeated twice in a row, short non-sentence lines before the headline,
/// a caption under it, "Last Updated" lines (kept as `updated`), the user's patterns.
struct TextCleaner {
    let options: CleanStage.Options
    let repeated: (String) -> Int
    let userChrome: (String) -> Bool

    func clean(_ doc: inout Document) {
        let lines = doc.blocks.map { ParagraphBuilder.Line(text: $0.text, blankAfter: $0.blankAfter) }
        var keep = [Bool](repeating: true, count: lines.count)
        let n = lines.count

        // Stated dates and user patterns.
        for (i, l) in lines.enumerated() {
            if userChrome(l.text) { keep[i] = false; continue }
            if let (kind, date) = StatedDate.parse(l.text) {
                keep[i] = false
                if kind == .updated { if doc.meta.updated == nil { doc.meta.updated = date } }
                else if doc.meta.published == nil { doc.meta.published = date; doc.meta.publishedSource = .text }
            }
        }
        // A line repeated twice in a row (a caption printed twice, a doubled teaser): every copy goes.
        for i in 1..<max(1, n) where lines[i].text == lines[i - 1].text {
            keep[i] = false; keep[i - 1] = false
        }
        // Corpus repetition: anywhere when very common, else in the head and tail runs.
        for (i, l) in lines.enumerated() where repeated(l.text) >= options.repeatedAnywhereMinDocs { keep[i] = false }
        var head = 0
        while head < n, !keep[head] || repeated(lines[head].text) >= options.repeatedLineMinDocs { keep[head] = false; head += 1 }
        var tail = n - 1
        while tail >= head {
            let l = lines[tail].text
            if !keep[tail] || repeated(l) >= options.repeatedLineMinDocs || LineShape.isTailChrome(l) { keep[tail] = false; tail -= 1 } else { break }
        }

        // Headline: the last headline-shaped line standing alone before the body starts (menus and
        // promotional lines come before it). Non-sentence lines before it are site chrome.
        var titleIndex: Int?
        var seen = 0
        for i in head..<max(head, n) where keep[i] {
            seen += 1
            if seen > 6 { break }
            let line = lines[i].text
            if LineShape.isHeadline(line) && (lines[i].blankAfter || i + 1 == n) && !LineShape.isByline(line) {
                titleIndex = i
                continue
            }
            if LineShape.endsLikeSentence(line) && LineShape.words(line) >= 6 { break }   // the body begins
        }
        if let t = titleIndex {
            for i in head..<t where keep[i] && !LineShape.endsLikeSentence(lines[i].text) { keep[i] = false }
            if doc.meta.title == nil { doc.meta.title = lines[t].text }
            keep[t] = false
            // A caption right under the headline: a non-sentence line running straight into the body.
            var j = t + 1
            while j < n && !keep[j] { j += 1 }
            if j + 1 < n, LineShape.isCaption(lines[j].text), LineShape.isSentence(lines[j + 1].text) || !lines[j].blankAfter {
                keep[j] = false
            }
        }

        var kept: [ParagraphBuilder.Line] = []
        for i in 0..<n {
            if keep[i] {
                kept.append(lines[i])
            } else if !kept.isEmpty {
                kept[kept.count - 1].blankAfter = true
            }
        }
        doc.setParagraphs(ParagraphBuilder.paragraphs(kept))
        var coverage = Coverage()
        for l in lines { coverage.add(l.text, length: l.text.unicodeScalars.count) }
        coverage.judge(&doc)
    }
}

/// Statements a page makes about its own dates: `Last Updated: 07/27/2016`, `Published 4 Dec 2009`.
enum StatedDate {
    enum Kind { case updated, published }

    static func parse(_ line: String) -> (Kind, String)? {
        guard line.unicodeScalars.count <= 90 else { return nil }
        let lower = line.lowercasedFast
        let kind: Kind
        if lower.contains("updated") || lower.contains("modified") { kind = .updated }
        else if lower.contains("published") || lower.contains("posted") { kind = .published }
        else { return nil }
        // The date must be most of the line: a sentence that mentions an update is not a stamp.
        guard lower.split(separator: " ").count <= 10, let date = LooseDate.normalize(afterKeyword(line)) else { return nil }
        return (kind, date)
    }

    private static func afterKeyword(_ line: String) -> String {
        for key in ["updated", "modified", "published", "posted"] {
            if let r = line.range(of: key, options: .caseInsensitive) {
                var rest = line[r.upperBound...]
                if rest.lowercased().hasPrefix(" on") { rest = rest.dropFirst(3) }
                return String(rest)
            }
        }
        return line
    }
}

/// Shapes of lines, by their words and final punctuation.
enum LineShape {
    /// Runs of text between spaces; in Chinese and Japanese, which have none, each ideograph or
    /// kana (as `String.wordCount` counts them).
    static func words(_ s: String) -> Int {
        var n = 0
        var inWord = false
        for b in s.utf8 {
            if b >= 0xE3 { return s.wordCount }   // a lead byte of U+3000 and above: CJK may follow
            if b == 32 { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    static func endsLikeSentence(_ s: String) -> Bool {
        guard let last = s.unicodeScalars.last else { return false }
        return ".!?\"”’'…:;)".unicodeScalars.contains(last) || last.isIdeographicStop || "」』）】》".unicodeScalars.contains(last)
    }

    static func isSentence(_ s: String) -> Bool { endsLikeSentence(s) && words(s) >= 4 }

    /// "By Jane Smith" and the like.
    static func isByline(_ s: String) -> Bool { s.hasPrefix("By ") || s.hasPrefix("by ") || s.hasPrefix("BY ") }


    /// A headline: 2–25 words, no final period or colon, most longer words capitalised or at least
    /// the first; not a dateline.
    static func isHeadline(_ s: String) -> Bool {
        let w = words(s)
        guard (2...25).contains(w), let last = s.unicodeScalars.last, !".:;,".unicodeScalars.contains(last) else { return false }
        // Upper case, a digit, a quote, or a letter of a script without case (CJK, Hangul, Arabic…).
        guard s.unicodeScalars.first.map({ $0.properties.isUppercase || $0.properties.numericType != nil || "\"“‘'「『".unicodeScalars.contains($0)
            || ($0.value >= 0x0590 && $0.properties.isAlphabetic && !$0.properties.isLowercase && !$0.properties.isUppercase) }) ?? false else { return false }
        if s.contains("|") || s.contains(" • ") || s.contains(" · ") || s.contains(" > ") || s.contains(" › ") { return false }  // menus, breadcrumbs
        return !s.contains(" -- ")
    }

    /// A photo caption: several words, no sentence end, or an explicit credit.
    static func isCaption(_ s: String) -> Bool {
        let lower = s.lowercasedFast
        if lower.contains("(photo") || lower.contains("photo:") || lower.contains("(reuters)") && words(s) < 12 { return true }
        return words(s) >= 4 && !endsLikeSentence(s) && !s.contains(" -- ")
    }

    /// Legal and promotional lines typical of a page's foot.
    static func isTailChrome(_ s: String) -> Bool {
        let lower = s.lowercasedFast
        if lower.hasPrefix("copyright") || lower.hasPrefix("©") || lower.contains("all rights reserved") { return true }
        if words(s) <= 5 && !endsLikeSentence(s) {
            for cue in ["share", "follow us", "subscribe", "related", "read more", "advertisement", "comments", "tags"] where lower.hasPrefix(cue) { return true }
        }
        return false
    }
}
