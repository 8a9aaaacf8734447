import Foundation

/// Where the article starts and ends inside the box the cleaner chose: its lead and key points
/// before the body, readers' comments and signed replies after it, links and galleries within.
extension HTMLCleaner {
    /// A paragraph of the article can be mostly links ("Read <a>the committee's full report on
    /// harbour finances</a>."): a block over the link-density bar that is a whole sentence of
    /// this length, between kept blocks, is kept (on the web dev sets 19 pages better, 3 worse).
    static let linkedSentenceMinChars = 60
    static let linkedSentenceMinWords = 8

    /// Teasers (a linked headline over a kept summary) that make the body a list of them.
    static let teaserListMin = 3
    /// A teaser's summary is a line or two (in characters, the median over the page's teasers);
    /// a listicle's items say more under their linked headings.
    static let teaserMaxSummary = 300
    /// A page of teasers is mostly teasers (a share of the kept text).
    static let teaserPageShare = 0.5

    /// Blocks a teaser's summary may stand below its headline: a date, a byline and a picture
    /// between them.
    static let teaserSummaryReach = 4
    /// A date or a byline between a teaser's headline and its summary is a few words.
    static let teaserStampMaxWords = 6

    /// True when a kept paragraph under linked heading `h` is its summary: nothing but unkept lines
    /// between them, and the box holding both (the teaser's card) holds no other linked heading.
    /// (A blog's index sets the headline in the entry's header and the summary in a box below it.)
    func teaserSummary(after h: Int, kept: Set<Int>, linkedHeadings: [Int], blocks: [SourceBlock], chains: [[Int32]]) -> Bool {
        var k = h + 1
        // (A kept date or byline between them is stepped over too: `<h2><a>…</a></h2><time>12 March</time><p>…`.)
        while k < blocks.count, k - h <= HTMLCleaner.teaserSummaryReach, blocks[k].kind != .heading,
              !kept.contains(k) || blocks[k].kind != .paragraph && LineShape.words(blocks[k].text) <= HTMLCleaner.teaserStampMaxWords { k += 1 }
        guard k < blocks.count, k - h <= HTMLCleaner.teaserSummaryReach, kept.contains(k), blocks[k].kind == .paragraph else { return false }
        if blocks[k].container == blocks[h].container { return true }
        let shared = zip(chains[h], chains[k]).prefix { $0 == $1 }.count
        guard shared > 0 else { return false }
        let card = chains[h][shared - 1]
        return !linkedHeadings.contains { $0 != h && chains[$0].contains(card) }
    }

    /// Ends with a full stop, question or exclamation mark (or one inside closing quotes): a
    /// sentence, not a list entry ending in ")" ("Comments (0) | TrackBack (0)") or a label in ":".
    static func endsWithFullStop(_ text: String) -> Bool {
        for c in text.unicodeScalars.reversed() {
            if c == "\"" || c == "”" || c == "’" || c == "'" || c == "»" || c == "」" { continue }
            return c == "." || c == "!" || c == "?" || c == "…" || c.isIdeographicStop || c.isOtherScriptStop
        }
        return false
    }

    /// A lead sits right before the body: at most a headline, a byline and a date between them.
    static let leadLookBack = 4
    /// A heading or a line right under the headline this long is its standfirst, not a section's title.
    static let subtitleMinWords = 8
    /// Leads are a paragraph or two; more prose before the body is another story's.
    static let leadMaxBlocks = 2
    /// A button's label or a count is a word or two.
    static let controlMaxWords = 2
    /// A control's line: a count ("24") or a label ("Share") of a word or two.
    static func isControl(_ text: String) -> Bool {
        LineShape.words(text) <= controlMaxWords && (isBareCount(text) || ClassHints.isBoilerplateLabel(text))
    }
    /// A key point says something: a clause, not a label or a name.
    static let keyPointMinWords = 6
    /// Two key points at the least.
    static let keyPointsMinChars = 60
    /// A share bar's or a tag row's links, each a word or two.
    static let linkRowMaxWords = 8
    /// A lead is a sentence; an address or a file name is one word.
    static let leadMinWords = 4

    /// A gallery ("In pictures: …"): the captions of its photos are its text. The body holds at
    /// least `galleryMinFigures` captioned figures whose captions outweigh its other prose.
    func isGallery(blocks: [SourceBlock], chains: [[Int32]], lengths: [Int], selected: Set<Int32>, containers: [SourceContainer], weights: [Double]) -> Bool {
        var figures = Set<Int32>()
        var captionChars = 0, otherChars = 0
        for (bi, b) in blocks.enumerated() {
            let chain = chains[bi]
            guard let k = chain.lastIndex(where: { selected.contains($0) }) else { continue }
            let below = chain[(k + 1)...]
            if below.contains(where: { weights[Int($0)] <= ClassHints.negative }) { continue }
            if let figure = below.first(where: { containers[Int($0)].tag == "figure" }) {
                figures.insert(figure)
                captionChars += lengths[bi]
            } else if b.linkChars * 2 < lengths[bi] {
                otherChars += lengths[bi]
            }
        }
        return figures.count >= HTMLCleaner.galleryMinFigures && captionChars > otherChars
    }

    /// A lead set apart from the body (`<div class="abstract">`, `<div class="firstpara">` before
    /// `<div class="bodytext">`, or text straight in their common parent) is the article's first
    /// paragraph: prose right before the body, under the body's parent, and in nothing the page
    /// marks as chrome, is kept. Headings, bylines and dates between them are stepped over.
    func takeLead(before kept: inout [Int], body: Int, blocks: [SourceBlock], containers: [SourceContainer], chains: [[Int32]], weights: [Double], teaser: Set<Int>) {
        guard let first = kept.first else { return }
        let parent = containers[body].parent
        guard parent >= 0 else { return }
        // A `<main>` that opens with the body, set in a wrapper beside the list's own header (a
        // blog's archive title and description above `<main>`, in the same column): the lead may
        // come from that wrapper.
        // So may the wrapper round a box that holds nothing before the body (a post's header beside its
        // `available-content` box).
        let outer: Int32 = {
            let nothingBeforeBody = first > 0 && !chains[first - 1].contains(parent)
            guard containers[Int(parent)].tag == "main" || nothingBeforeBody else { return -1 }
            let wrapper = containers[Int(parent)].parent
            return wrapper >= 0 && !HTMLCleaner.pageFrameParents.contains(containers[Int(wrapper)].tag) ? wrapper : -1
        }()
        var taken: [Int] = []
        var bi = first - 1
        // (Buttons and counts between, `Share`, `24`, are not counted against the reach.)
        var stepped = 0
        while bi >= 0, stepped < HTMLCleaner.leadLookBack, taken.count < HTMLCleaner.leadMaxBlocks {
            defer { bi -= 1 }
            if !HTMLCleaner.isControl(blocks[bi].text) { stepped += 1 }
            let chain = chains[bi]
            // (There, a link the body holds above its first kept block, a card's category over
            // its title, is passed over; any other block in the body ends the lead.)
            if chain.contains(Int32(body)) {
                if outer >= 0, blocks[bi].linkChars * 2 >= lengths[bi] { continue }
                break
            }
            guard let at = chain.firstIndex(of: parent) ?? (outer >= 0 ? chain.firstIndex(of: outer) : nil) else { break }
            let below = chain[(at + 1)...]
            if below.contains(where: { c in
                teaser.contains(Int(c)) || weights[Int(c)] <= ClassHints.negative && !isArticleHeader(c, near: bi, blocks: blocks, chains: chains, containers: containers)
                    && !isListHeader(c, beside: body, containers: containers)
            }) {
                // (A row of a few links in chrome between the standfirst and the body, a share
                // bar's "Teilen Facebook X", is stepped over; anything else there ends the lead.)
                if blocks[bi].linkChars * 2 >= lengths[bi], LineShape.words(blocks[bi].text) <= HTMLCleaner.linkRowMaxWords, !teaser.contains(Int(chain.last ?? -1)) { continue }
                break
            }
            // A photo's caption or a disclosure box sits there too.
            if below.contains(where: { containers[Int($0)].tag == "figure" || ClassHints.isMediaOrNotice(containers[Int($0)].hints) }) { continue }
            guard prose[bi] > 0 || isStandfirst(bi, blocks: blocks) else { continue }
            // The same text as a kept block (a teaser copy of the first paragraph), a link's
            // address written out (one long word with dots in it), or the byline.
            let text = blocks[bi].text
            if LineShape.words(text) < HTMLCleaner.leadMinWords || ClassHints.isSiteNotice(text) || LineShape.isByline(text) { continue }
            if kept.contains(where: { blocks[$0].text.hasPrefix(text) }) { continue }
            taken.append(bi)
        }
        guard !taken.isEmpty else { return }
        // A list of key points above the body: its short items go with its long ones.
        let lists = Set(taken.filter { blocks[$0].kind == .listItem }.map { blocks[$0].container })
        if !lists.isEmpty {
            for bi in max(0, first - HTMLCleaner.leadLookBack)..<first where !taken.contains(bi) && blocks[bi].kind == .listItem
                && lists.contains(blocks[bi].container) && blocks[bi].linkChars * 2 < lengths[bi] {
                taken.append(bi)
            }
        }
        kept = (taken + kept).sorted()
    }

    /// The heading right before the body, beside it in one box (`<h2>About our tea</h2><div
    /// class="rich-text">…`): its section's title, when it is one (level 2 or more, two words or
    /// more, not a link, and text by `isText`), in nothing negative or a teaser.
    func sectionHeading(before kept: [Int], body: Int, blocks: [SourceBlock], containers: [SourceContainer], chains: [[Int32]],
                        weights: [Double], teaser: Set<Int>, isText: (Int) -> Bool) -> Int? {
        let parent = containers[body].parent
        guard let first = kept.first, first > 0, parent >= 0 else { return nil }
        let h = first - 1, b = blocks[h]
        guard b.kind == .heading, b.level >= 2, b.linkChars * 2 < lengths[h], LineShape.words(b.text) >= HTMLCleaner.sectionHeadingMinWords,
              let at = chains[h].firstIndex(of: parent), !chains[h].contains(Int32(body)),
              !chains[h][(at + 1)...].contains(where: { weights[Int($0)] <= ClassHints.negative || teaser.contains(Int($0)) }), isText(h) else { return nil }
        return h
    }
    /// A section's title is two words or more; one is a label ("Share", "Advertisement").
    static let sectionHeadingMinWords = 2

    /// The standfirst right under the headline, often written without a full stop, or set as
    /// the heading below it: `<h1>…</h1><h2 class="subtitle">Fares will rise by a tenth in April</h2>`.
    func isStandfirst(_ bi: Int, blocks: [SourceBlock]) -> Bool {
        let b = blocks[bi]
        return (b.kind == .paragraph || b.kind == .heading && b.level >= 2) && bi >= 1 && blocks[bi - 1].kind == .heading && blocks[bi - 1].level == 1
            && LineShape.words(b.text) >= HTMLCleaner.subtitleMinWords && b.linkChars * 4 < lengths[bi]
    }

    /// A list's own header (Drupal's `view-header` over `view-content`, a `<header>` beside the
    /// list of posts in their box): the words that open the list, not the site's header, which
    /// stands beside the page's frame rather than the list.
    func isListHeader(_ c: Int32, beside body: Int, containers: [SourceContainer]) -> Bool {
        let parent = containers[body].parent
        guard parent >= 0, containers[Int(c)].parent == parent, !HTMLCleaner.pageFrameParents.contains(containers[Int(parent)].tag) else { return false }
        return ClassHints.namesHeader(tag: containers[Int(c)].tag, hints: containers[Int(c)].hints)
    }
    static let pageFrameParents: WordSet = ["body", "html"]

    /// The article's own header (`<header>`, `class="article-header"`) holds its headline, and
    /// often the standfirst under it: it is chrome to the class hints, but not that standfirst.
    /// Told from the site's header by the headline beside the block.
    func isArticleHeader(_ c: Int32, near bi: Int, blocks: [SourceBlock], chains: [[Int32]], containers: [SourceContainer]) -> Bool {
        guard ClassHints.namesHeader(tag: containers[Int(c)].tag, hints: containers[Int(c)].hints) else { return false }
        let window = max(0, bi - HTMLCleaner.leadLookBack)..<bi
        return window.contains { blocks[$0].kind == .heading && blocks[$0].level == 1 && chains[$0].contains(c) }
    }

    /// Readers' comments that share the article's container start under a heading of their own
    /// ("Comments", "12 Responses to …", "Leave a Reply"): the article ends there, once some prose
    /// came before. The heading itself is often dropped as a label, so every block in the span of
    /// `kept` (block indices in reading order) is read.
    /// A "Comments" heading followed, in the same box, by a heading of its own level that opens
    /// no comments is a section of the text (a manual's "Comments" on its file format, then
    /// "Per-project config file"), not the readers' comments.
    func endAtComments(_ kept: inout [Int], blocks: [SourceBlock]) {
        guard let first = kept.first, let last = kept.last,
              let cut = (first..<last).first(where: { blocks[$0].kind == .heading && ClassHints.isCommentsHeading(blocks[$0].text)
                  && !isSectionAmongSections($0, upTo: last, blocks: blocks) }),
              kept.contains(where: { $0 < cut && prose[$0] > 0 }) else { return }
        kept.removeAll { $0 >= cut }
    }

    /// A heading that opens a box of links, none of them kept (an event's "Attendees (18)" over
    /// its avatars, "Top stories" over a list of teasers), titles nothing left: it goes too,
    /// wherever it stands. A heading within a box (a photo's caption after "View larger image"),
    /// over a box whose dropped lines are not links (a credit, a date), or alone in its box (set
    /// apart in a `<div>` of its own, over a body in the next box) stays.
    /// So does a box of links opened by a heading that names other pages ("Products related to
    /// this item" over a carousel), with whatever of it was kept (the cards' prices).
    func dropOrphanHeadings(_ kept: inout [Int], page: PageLayout) {
        let blocks = page.blocks, chains = page.chains
        let keptSet = Set(kept)
        var dropped = Set<Int>()
        for h in kept {
            let box = blocks[h].container
            guard blocks[h].kind == .heading, box >= 0, h == 0 || !chains[h - 1].contains(box) else { continue }
            // (Past a kept block only a heading naming other pages reads on: the others stay.)
            let otherPages = blocks[h].level > 1 && ClassHints.isRecirculationHeading(blocks[h].text)
            var next = h + 1, chars = 0, linked = 0, anyKept = false
            while next < blocks.count, chains[next].contains(box) {
                if keptSet.contains(next) { anyKept = true; if !otherPages { break } }
                chars += page.lengths[next]; linked += blocks[next].linkChars; next += 1
            }
            guard chars > 0, linked * 2 >= chars else { continue }
            if !anyKept {
                dropped.insert(h)
            } else if otherPages {
                dropped.formUnion(h..<next)
            }
        }
        if !dropped.isEmpty { kept.removeAll { dropped.contains($0) } }
    }

    /// The writer's box after the article ("About the author", "Sobre la firma", "Über den
    /// Autor"): a line that is only that label, once prose came before, ends the article.
    func endAtAuthorBox(_ kept: inout [Int], blocks: [SourceBlock]) {
        guard let cut = kept.indices.first(where: { k in
                  blocks[kept[k]].text.utf8.count <= HTMLCleaner.authorBoxLabelMaxBytes
                      && HTMLCleaner.authorBoxLabels.contains(ClassHints.trimmingPunctuation(blocks[kept[k]].text.lowercasedFast))
                      || kept.count - k <= HTMLCleaner.authorBoxMaxBlocks && isAboutAName(blocks[kept[k]])
              }),
              kept[..<cut].contains(where: { prose[$0] > 0 }) else { return }
        kept.removeSubrange(cut...)
    }
    /// "About Sam Patel" over a line or two at the end: the writer's box.
    static let authorBoxMaxBlocks = 3
    /// "About Our Company", "About This Project": not a person.
    static let notAName: WordSet = ["our", "us", "the", "this", "these", "me", "we", "my", "your", "its", "their"]
    /// A heading "About" and a person's name (two or three capitalised words, a first name first).
    private func isAboutAName(_ b: SourceBlock) -> Bool {
        guard b.kind == .heading, b.text.hasPrefix("About ") else { return false }
        let words = b.text.dropFirst(6).split(separator: " ")
        // (A first name opens a person's name: "About Northby Water" over a job advert is the employer.)
        guard let first = words.first, !HTMLCleaner.notAName.contains(first.lowercased()), FirstNames.isFirstName(String(first)) else { return false }
        return (2...3).contains(words.count) && words.allSatisfy { w in w.first.map { $0.isUppercase } == true && w.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" } }
    }
    /// A line longer than this is no author box's label (the labels are a few words; a paragraph
    /// is not lower-cased to find out).
    static let authorBoxLabelMaxBytes = 64
    static let authorBoxLabels: WordSet = [
        "about the author", "about the writer", "about the authors", "sobre la firma", "sobre el autor", "sobre la autora", "sobre o autor",
        "über den autor", "über die autorin", "zur autorin", "zum autor", "à propos de l'auteur", "l'auteur", "sull'autore", "об авторе",
        "o autorze", "over de auteur", "om skribenten",
    ]

    private func isSectionAmongSections(_ h: Int, upTo last: Int, blocks: [SourceBlock]) -> Bool {
        let level = blocks[h].level, box = blocks[h].container
        guard level > 0 else { return false }
        return (h + 1...last).contains { k in
            blocks[k].kind == .heading && blocks[k].level == level && blocks[k].container == box && !ClassHints.isCommentsHeading(blocks[k].text)
        }
    }
}

extension HTMLCleaner {
    /// Signed lines that make a comment thread: at least this many after the article's prose...
    static let signedCommentsMin = 3
    /// ...by at least this many different people (a blog's own "Posted by" under each of its
    /// posts repeats one name).
    static let signedCommentsMinNames = 2
    /// A signature line is short: "Posted by: tom3465, farnworth on 8:21pm Tue 1 Jan 08".
    static let signatureMaxChars = 160

    /// Readers' comments that sit in the article's own container with no heading or class to
    /// say so, only a signature line over each ("Posted by: …", "Comment from …"): the article
    /// ends at the first signature after its prose.
    func endAtSignedComments(_ kept: inout [Int], blocks: [SourceBlock]) {
        var signed: [(at: Int, name: String)] = []
        var proseSeen = false
        for (k, bi) in kept.enumerated() {
            if prose[bi] > 0 && !proseSeen { proseSeen = true }
            guard proseSeen, lengths[bi] <= HTMLCleaner.signatureMaxChars, let name = HTMLCleaner.signature(blocks[bi].text) else { continue }
            signed.append((k, name))
        }
        guard signed.count >= HTMLCleaner.signedCommentsMin, Set(signed.map(\.name)).count >= HTMLCleaner.signedCommentsMinNames,
              let first = signed.first, kept[..<first.at].contains(where: { prose[$0] > 0 }) else { return }
        kept.removeSubrange(first.at...)
    }

    static let signatureOpeners = ["posted by", "comment by", "commented by", "comment from", "submitted by", "reply from", "reply by"]

    /// The name a signature line gives ("Posted by: Ann, Bury on 9:06pm" → "ann, bury"), or nil.
    static func signature(_ text: String) -> String? {
        let lower = text.lowercasedFast
        guard let opener = signatureOpeners.first(where: { lower.hasPrefix($0) }) else { return nil }
        var rest = Substring(lower.dropFirst(opener.count))
        guard let first = rest.first, first == " " || first == ":" else { return nil }
        rest = rest.drop { $0 == " " || $0 == ":" }
        for stop in [" on ", " at ", " @ ", " | ", " ("] {
            if let r = rest.range(of: stop) { rest = rest[..<r.lowerBound] }
        }
        let name = rest.trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }
}
