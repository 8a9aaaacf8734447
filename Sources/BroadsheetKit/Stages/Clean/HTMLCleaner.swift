import Foundation

/// Finds the article body of an HTML page from the blocks ingest took from libxml2's tree:
/// containers are scored on the text, commas and paragraph structure below them, their class/id
/// hints and link density (the Readability family of scorers); the best container and its strong
/// siblings are kept, and inside them blocks that are link lists, share bars or captions are dropped.
struct HTMLCleaner {
    let options: CleanStage.Options
    /// A block's count in the corpus line statistics, by block index (0: not repeated, or part of a shared story).
    let repeated: (Int) -> Int
    /// Each block's prose length (`Coverage.proseChars`; 0 for headings and what is not running text).
    let prose: [Int]
    /// Each block's length in scalars.
    let lengths: [Int]
    let userChrome: (String) -> Bool

    /// `BS_DEBUG=<doc_id>` prints the chosen containers of that document (read once, not per page).
    static let debugDocument = ProcessInfo.processInfo.environment["BS_DEBUG"]

    /// A page with less prose than this outside its comments is not an article with readers'
    /// comments under it (a blog post's shortest text is longer): its comments may be its text.
    static let discussionPageMaxOtherProse = 200
    /// ... when they hold at least this much prose (a few sentences).
    static let discussionPageMinProse = 300

    /// A result shorter than this (in characters) is worth a second opinion; Readability retries
    /// below the same length.
    static let secondOpinionBelow = 500

    /// What a block that does not read as running text (no sentence end, under
    /// `Coverage.proseMinChars`, or mostly links) adds to its containers' scores, against a prose
    /// block's: a box of date lines, scores or labels has many blocks of 25 characters and more,
    /// and counted in full it outscored articles of a few long paragraphs (a "newswire" column of
    /// time stamps over the post; on the web dev sets, 8 pages better and none worse at one half).
    static let nonProseShare = 0.5

    /// A table's containers: rows in them end a product's specifications, not its text.
    static let tableTags: WordSet = ["table", "tbody", "thead", "tfoot"]

    /// Strong candidates outside the best box, in boxes only the body holds, that make a page of
    /// sections.
    static let sectionsMinApart = 2

    /// Prose (in characters) before a list of teasers that makes it an article's tail of other
    /// stories rather than a section front's own list (a front opens with a line or two).
    static let articleBeforeTeasersMinProse = 600

    /// A box around the best one whose score (its text's points shrink with depth) comes this
    /// close, while holding `enclosingMinProseRatio` times its prose, is the body the best box is
    /// a part of, when the best box is a list (a chapter of sections, one of them a long list of
    /// terms) or the box around is marked as content as strongly (a post's `entry-content`
    /// holding a quoted release's `pr_text`). On the web dev sets, 6 pages better (+0.04 to
    /// +0.35), 3 worse (a byline line let in; −0.01 to −0.09).
    static let enclosingMinScoreShare = 0.75
    /// A heading this long that is this share of the page's title is its headline.
    static let headlineMinChars = 15
    static let headlineTitleShare = 0.4
    /// The box holding the headline, apart from the best, is the article when it scores this share of the best.
    static let headlineBoxMinShare = 0.2
    /// A box around a best scored on its name holds at least this many times its prose.
    static let nameOnlyEnclosingProseRatio = 4.0
    /// ... within this many levels (further up, the box is the page's frame).
    static let nameOnlyEnclosingReach = 3
    /// A box apart from the best that scores this share of it is more of the article.
    static let strongScoreShare = 0.75
    /// The same inside the page's `<main>`, for a box whose class names it as text.
    static let namedStrongScoreShare = 0.5
    static let enclosingMinProseRatio = 2.0
    static let listTags: WordSet = ["ul", "ol", "dl"]

    /// A table of facts: at least this many rows of a label and a value, each a short line,
    /// holding this share of its box's text.
    static let factTableMinRows = 2
    static let factRowMaxChars = 120
    static let factTableShare = 0.8

    /// A chunk of an article cut up by figures or asides holds at least a paragraph's score.
    static let minChunkScore = 10.0
    /// A gallery shows at least this many captioned photos (two are an article's illustrations).
    static let galleryMinFigures = 3

    func clean(_ doc: inout Document) {
        let blocks = doc.blocks
        let containers = doc.containers
        guard !blocks.isEmpty else { doc.setParagraphs([]); Coverage().judge(&doc); return }
        let hinted = containers.map { ClassHints.read(tag: $0.tag, hints: $0.hints) }
        // `<article>` names a composition complete in itself: the story, but also each card of a
        // list ("More from this author", a section's teasers). Beside another `<article>` it is a
        // card, and its tag says nothing of which one is the story.
        var articlesUnder = [Int32: Int]()
        for c in containers where c.tag == "article" { articlesUnder[c.parent, default: 0] += 1 }
        let cardTag = containers.map { $0.tag == "article" && articlesUnder[$0.parent, default: 0] >= 2 }
        // Each block's container chain, outermost first.
        let chains: [[Int32]] = blocks.map { b in
            var chain: [Int32] = []
            var c = b.container
            while c >= 0 && Int(c) < containers.count { chain.append(c); c = containers[Int(c)].parent }
            return chain.reversed()
        }
        let textFigure = HTMLCleaner.textFigures(blocks: blocks, chains: chains, containers: containers, prose: prose)
        let classWeights = hinted.indices.map { hinted[$0].weight - (cardTag[$0] ? ClassHints.articleTagWeight : 0) + (textFigure[$0] ? -ClassHints.figureWeight : 0) }

        // The prose a reader sees, but for readers' comments (often longer than the article) and
        // the page's navigation, asides and footer.
        var notArticle = [Bool](repeating: false, count: containers.count)
        for i in containers.indices {
            let c = containers[i]
            let p = Int(c.parent)
            notArticle[i] = (p >= 0 && notArticle[p]) || hinted[i].discussion || c.tag == "nav" || c.tag == "aside" || c.tag == "footer" || c.tag == "form"
        }
        var coverage = Coverage()
        // Text and link characters under each container.
        var textChars = [Int](repeating: 0, count: containers.count)
        var linkChars = [Int](repeating: 0, count: containers.count)
        var base = [Double](repeating: 0, count: containers.count)
        var proseChars = [Int](repeating: 0, count: containers.count)
        // Short rows of a table below each container (a table of facts: a label and a value a row),
        // and whether a form lies below it (a newsletter's sign-up), for the boxes beside the best.
        var inTable = [Bool](repeating: false, count: containers.count)
        var formBelow = [Bool](repeating: false, count: containers.count)
        for (i, c) in containers.enumerated() {
            inTable[i] = HTMLCleaner.tableTags.contains(c.tag) || c.parent >= 0 && inTable[Int(c.parent)]
            if c.tag == "form" {
                var x = Int(c.parent)
                while x >= 0, !formBelow[x] { formBelow[x] = true; x = Int(containers[x].parent) }
            }
        }
        var factRows = [Int](repeating: 0, count: containers.count)
        var factRowChars = [Int](repeating: 0, count: containers.count)
        for (bi, b) in blocks.enumerated() {
            let len = lengths[bi]
            for c in chains[bi] { textChars[Int(c)] += len; linkChars[Int(c)] += b.linkChars; proseChars[Int(c)] += prose[bi] }
            if let own = chains[bi].last, inTable[Int(own)], len <= HTMLCleaner.factRowMaxChars, b.linkChars * 2 < len {
                for c in chains[bi] { factRows[Int(c)] += 1; factRowChars[Int(c)] += len }
            }
        }
        // The site speaking to its reader (a cookie notice, a request to sign up), once per block.
        // (A heading speaks so too: "Not the answer you're looking for? Browse other questions tagged …".)
        let notices = blocks.map { ClassHints.isSiteNotice($0.text) }
        for (bi, b) in blocks.enumerated() where b.kind != .heading {
            let len = lengths[bi]
            guard len >= 25, Double(b.linkChars) < Double(len) * 0.5, !notices[bi] else { continue }
            var commas = 0
            var utf8 = b.text.utf8.makeIterator()
            while let c = utf8.next() {
                if c == UInt8(ascii: ",") { commas += 1 }
                // Chinese and Japanese commas (，U+FF0C, 、U+3001) weigh the same.
                else if c == 0xEF, utf8.next() == 0xBC, utf8.next() == 0x8C { commas += 1 }
                else if c == 0xE3, utf8.next() == 0x80, utf8.next() == 0x81 { commas += 1 }
            }
            var points = 1.0 + Double(commas) + min(Double(len) / 100.0, 3.0)
            if b.kind == .paragraph { points += 1 }
            if prose[bi] == 0 { points *= HTMLCleaner.nonProseShare }
            for (level, c) in chains[bi].reversed().prefix(5).enumerated() {
                base[Int(c)] += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
            }
        }
        for (bi, b) in blocks.enumerated() where prose[bi] > 0 {
            if b.container >= 0, notArticle[Int(b.container)] { continue }
            coverage.prose += prose[bi]
        }
        let title = doc.meta.title.map { $0.collapsingWhitespace().lowercasedFast }
        if doc.meta.published == nil, let shown = HTMLCleaner.shownDate(blocks: blocks, title: title) {
            doc.meta.published = shown.date
            doc.meta.publishedSource = .text
            if shown.monthFirst {
                doc.warn("clean", "the page's date \(shown.date) is written with slashes that read either way round; it was read month first, as in the United States")
            }
        }
        // Containers beside a linked title (and their parents): a block of text there is the
        // teaser of another post, not a chunk of this one.
        var teaser = Set<Int>()
        for (bi, b) in blocks.enumerated() where b.kind == .heading && b.linkChars * 2 >= lengths[bi] && b.container >= 0 {
            let c = Int(b.container)
            teaser.insert(c)
            if containers[c].parent >= 0 { teaser.insert(Int(containers[c].parent)) }
        }

        /// Whether box `c` lies inside box `anc`.
        func isUnder(_ c: Int, _ anc: Int) -> Bool {
            var x = Int(containers[c].parent)
            while x >= 0 { if x == anc { return true }; x = Int(containers[x].parent) }
            return false
        }
        // The page's headline: a heading that is most of the page's title ("Blog name: headline").
        let headlineBlock: Int? = title.flatMap { title in
            blocks.indices.first { bi in
                let b = blocks[bi]
                guard b.kind == .heading, b.linkChars * 2 < lengths[bi], lengths[bi] >= HTMLCleaner.headlineMinChars else { return false }
                let t = b.text.collapsingWhitespace().lowercasedFast
                return Double(t.utf8.count) >= Double(title.utf8.count) * HTMLCleaner.headlineTitleShare && title.containsBytes(t)
            }
        }

        /// The `<main>` box that is `c` or holds it.
        func mainAround(_ c: Int) -> Int? {
            var x = c
            while x >= 0 { if containers[x].tag == "main" { return x }; x = Int(containers[x].parent) }
            return nil
        }

        /// Whether box `c` is a table of facts and little else: rows of a label and a value, not
        /// links, that hold most of its text.
        func holdsFactTable(_ c: Int) -> Bool {
            textChars[c] > 0 && linkChars[c] * 2 < textChars[c] && factRows[c] >= HTMLCleaner.factTableMinRows
                && Double(factRowChars[c]) >= Double(textChars[c]) * HTMLCleaner.factTableShare
        }

        /// The article's blocks as containers weighted by `weights` give them (the best-scoring
        /// container and its strong siblings, minus the chrome inside them), and whether the
        /// page marks that container as its article.
        func pick(_ weights: [Double]) -> (blocks: [Int], marked: Bool) {
            // Containers inside comments, sidebars, footers and the like are not the article, however
            // much prose they hold.
            var insideNegative = [Bool](repeating: false, count: containers.count)
            for i in containers.indices {
                let p = Int(containers[i].parent)
                if p >= 0 { insideNegative[i] = insideNegative[p] || weights[p] <= ClassHints.negative }
            }
            var score = base
            var best = -1
            var bestScore = 0.0
            for i in containers.indices {
                guard textChars[i] > 0, score[i] > 0 else { score[i] = 0; continue }
                let density = Double(linkChars[i]) / Double(textChars[i])
                var s = (score[i] + weights[i]) * (1 - density)
                if insideNegative[i] { s *= 0.25 }
                score[i] = s
                // Readers' comments, a sidebar or a footer is not the article however much it holds.
                if s > bestScore, weights[i] > ClassHints.negative { bestScore = s; best = i }
            }

            // The box holding the page's headline, apart from the best, that scores a share of it:
            // the article, and the best a sidebar's box of longer prose (a blog's column of event
            // blurbs beside a post that is mostly a list of links).
            var byHeadline = false
            if best >= 0, let h = headlineBlock {
                let chain = chains[h]
                if !chain.contains(Int32(best)),
                   let box = chain.reversed().first(where: { c in
                       let c = Int(c)
                       return score[c] >= bestScore * HTMLCleaner.headlineBoxMinShare && weights[c] > ClassHints.negative && !insideNegative[c]
                           && textChars[c] - linkChars[c] >= textChars[best] - linkChars[best]
                           && containers[c].tag != "body" && containers[c].tag != "html"
                   }), !isUnder(best, Int(box)) {
                    best = Int(box)
                    bestScore = score[best]
                    byHeadline = true
                }
            }

            // When the body is split over sibling blocks (one container per paragraph, or several
            // chunks), several strong candidates share an ancestor: take that ancestor instead.
            if best >= 0 {
                var ancestors: [Int] = []
                var a = Int(containers[best].parent)
                while a >= 0 { ancestors.append(a); a = Int(containers[a].parent) }
                // A panel the reader opens (`<details>`: shipping and returns under a product, a
                // question of a FAQ) that outscores the page is one part of it: the box holding the
                // panel then, with what stands beside it (the product's description).
                if let panel = ([best] + ancestors).first(where: { containers[$0].tag == "details" }),
                   let holder = ancestors.drop(while: { $0 != panel }).dropFirst().first,
                   containers[holder].tag != "body", containers[holder].tag != "html", weights[holder] > ClassHints.negative, !insideNegative[holder] {
                    best = holder
                    bestScore = max(bestScore, score[holder])
                    ancestors = Array(ancestors.drop(while: { $0 != holder }).dropFirst())
                }
                // A part that outscores the body it belongs to (a list's items count in full at
                // its own level, the body's paragraphs lie deeper): the body then.
                if let anc = ancestors.first(where: { a in
                    (HTMLCleaner.listTags.contains(containers[best].tag) || weights[a] > 0 && weights[a] >= weights[best])
                        && containers[a].tag != "body" && containers[a].tag != "html" && weights[a] > ClassHints.negative && !insideNegative[a]
                        && score[a] >= bestScore * HTMLCleaner.enclosingMinScoreShare
                        && Double(proseChars[a]) >= Double(proseChars[best]) * HTMLCleaner.enclosingMinProseRatio }) {
                    best = anc
                    bestScore = max(bestScore, score[anc])
                    ancestors = Array(ancestors.drop(while: { $0 != anc }).dropFirst())
                }
                // A best box that scores on its name more than on its text (a note's `admonition-content`
                // in a page of documentation) inside a box of several times its prose: that box.
                if !byHeadline, weights[best] > base[best] {
                    var a = Int(containers[best].parent), up = 1
                    while a >= 0, up <= HTMLCleaner.nameOnlyEnclosingReach, containers[a].tag != "body", containers[a].tag != "html" {
                        if weights[a] > ClassHints.negative, !insideNegative[a], base[a] > base[best],
                           Double(proseChars[a]) >= Double(max(proseChars[best], Coverage.proseMinChars)) * HTMLCleaner.nameOnlyEnclosingProseRatio {
                            best = a
                            bestScore = max(bestScore, score[a])
                            ancestors = Array(ancestors.drop(while: { $0 != a }).dropFirst())
                            break
                        }
                        a = Int(containers[a].parent)
                        up += 1
                    }
                }

                // Strong candidates inside the best are already taken with it. A page's `<main>`
                // holds its main content: a box outside the one around the best that scores as well
                // (a cookie notice, a newsletter's pitch) is no more of the article.
                // Inside it, a box its class names as text (`prose`, `content`) is strong at a lower
                // score: a product's description, then its details in panels of their own.
                let mainBox = mainAround(best)
                let strong = byHeadline ? [] : containers.indices.filter { c in
                    guard c != best, !ancestors.contains(c), !isUnder(c, best) else { return false }
                    guard let mainBox else { return score[c] >= bestScore * HTMLCleaner.strongScoreShare }
                    guard isUnder(c, mainBox) else { return false }
                    return score[c] >= bestScore * (weights[c] >= ClassHints.positive ? HTMLCleaner.namedStrongScoreShare : HTMLCleaner.strongScoreShare)
                }.sorted { score[$0] > score[$1] }.prefix(4)
                if !strong.isEmpty {
                    // Posts alike in tag and classes (a question and, in a box of their own, its
                    // answers) are taken together: the nearest ancestor holding them all; else
                    // the nearest holding any strong candidate.
                    let eligible = ancestors.filter { containers[$0].tag != "body" && containers[$0].tag != "html" && weights[$0] > ClassHints.negative }
                    let own = containers[best]
                    let alike = own.hints.isEmpty ? [] : strong.filter { containers[$0].hints == own.hints && containers[$0].tag == own.tag }
                    // (Inside the page's `<main>`, the nearest holding them all: a product's
                    // summary, price and all, beside the panels of its details.)
                    let all = mainBox == nil ? nil : eligible.first(where: { anc in strong.allSatisfy { isUnder($0, anc) } })
                    if let anc = (alike.isEmpty ? nil : eligible.first(where: { anc in alike.allSatisfy { isUnder($0, anc) } }))
                        ?? all ?? eligible.first(where: { anc in strong.contains { isUnder($0, anc) } }) {
                        best = anc
                        bestScore = max(bestScore, score[anc])
                    }
                    // A page built of sections (a service page's hero, features, quote, each a box
                    // of its own under the body): strong candidates in boxes no container short of
                    // the body holds make the body the text, less what it marks as chrome.
                    let apart = strong.filter { $0 != best && !isUnder($0, best) && !ancestors.contains($0) }
                    if apart.count >= HTMLCleaner.sectionsMinApart, !eligible.contains(where: { anc in isUnder(best, anc) && apart.allSatisfy { isUnder($0, anc) } }),
                       let body = containers.indices.first(where: { containers[$0].tag == "body" }), weights[body] > ClassHints.negative {
                        best = body
                        bestScore = max(bestScore, score[body])
                    }
                }
            }
            var selected = Set<Int32>()
            if best >= 0 {
                selected.insert(Int32(best))
                let parent = containers[best].parent
                let threshold = max(10, bestScore * 0.2)
                // (Not beside a `<main>`: what the page holds outside it is not its main content.)
                let isMain = mainAround(best) == best
                // (A photo beside the body is not more of it, whatever its class says: `article__image`.
                // Tables weigh below zero, so sibling tables join only a best box that is a table
                // itself: a page laid out in tables, one of current listings beside one of sold.)
                // (In the page's `<main>`, a table of facts beside the best box is more of it, however
                // little it scores: a product's specifications beside its description.)
                // (There too, a box of prose beside it not named as anything, an event's note on
                // access under its description; not one holding a form, a newsletter's sign-up.)
                let inMain = mainAround(best) != nil
                for i in containers.indices where i != best && containers[i].parent == parent && parent >= 0 && !isMain
                    && (score[i] >= threshold || inMain && (holdsFactTable(i) || proseChars[i] > 0 && weights[i] >= 0 && linkChars[i] * 4 < textChars[i] && !formBelow[i]))
                    && weights[i] >= min(0, weights[best])
                    && (containers[i].tag != "figure" || textFigure[i]) && !ClassHints.isMediaOrNotice(containers[i].hints) {
                    selected.insert(Int32(i))
                }
                // An article cut into chunks by figures or asides repeats its container's class
                // (`post__content` in three sections): the other chunks are the article too.
                let own = containers[best]
                if !own.hints.isEmpty {
                    for i in containers.indices where i != best && containers[i].hints == own.hints && containers[i].tag == own.tag
                        && !insideNegative[i] && score[i] >= HTMLCleaner.minChunkScore
                        && !teaser.contains(i) && !(containers[i].parent >= 0 && teaser.contains(Int(containers[i].parent))) {
                        selected.insert(Int32(i))
                    }
                }
            }

            if let debug = HTMLCleaner.debugDocument, debug == doc.id {
                FileHandle.standardError.write(Data("BEST \(best) \(best >= 0 ? containers[best].tag + " " + containers[best].hints : "") score \(bestScore) selected \(selected.sorted())\n".utf8))
                for i in containers.indices.sorted(by: { score[$0] > score[$1] }).prefix(8) {
                    FileHandle.standardError.write(Data("  \(i) \(containers[i].tag) \(containers[i].hints) score \(score[i]) base \(base[i]) prose \(proseChars[i]) text \(textChars[i]) weight \(weights[i]) parent \(containers[i].parent)\n".utf8))
                }
            }
            /// A block inside the article's boxes that is its text: not the page's title again,
            /// not site chrome, a label, a bare count or a notice.
            func isText(_ bi: Int) -> Bool {
                let b = blocks[bi]
                let text = b.text
                if let title, b.kind == .heading, text.lowercasedFast == title { return false }
                let seen = repeated(bi)
                if userChrome(text) || seen >= options.repeatedAnywhereMinDocs { return false }
                if b.kind != .heading && seen >= 2 && LineShape.words(text) <= 3 && !LineShape.endsLikeSentence(text) { return false }
                return !(ClassHints.isBoilerplateLabel(text) || HTMLCleaner.isBareCount(text) || LineShape.isPostAge(text) || notices[bi])
            }
            // (A page with fewer figures than a gallery needs is not walked again for them.)
            let gallery = best >= 0 && containers.lazy.filter({ $0.tag == "figure" }).count >= HTMLCleaner.galleryMinFigures && isGallery(blocks: blocks, chains: chains, lengths: lengths, selected: selected, containers: containers, weights: weights)
            var kept: [Int] = []
            // Sentences mostly made of links; kept when they fall between kept blocks.
            var linkedSentences: [Int] = []
            // Headings that are links; kept as the titles of a list of teasers (below).
            var linkedHeadings: [Int] = []
            // Every block that is mostly a link; the titles of a grid of cards (below).
            var linkedBlocks: [Int] = []
            for (bi, b) in blocks.enumerated() {
                let chain = chains[bi]
                let text = b.text
                let len = lengths[bi]
                let inside: Bool
                if best < 0 {
                    inside = true
                } else if let k = chain.lastIndex(where: { selected.contains($0) }) {
                    // Drop blocks under a negative container nested inside the body (share bars,
                    // asides), but for the standfirst in the article's header.
                    inside = !chain[(k + 1)...].contains { c in
                        weights[Int(c)] <= ClassHints.negative && !((prose[bi] > 0 || isStandfirst(bi, blocks: blocks)) && isArticleHeader(c, near: bi, blocks: blocks, chains: chains, containers: containers))
                            || (containers[Int(c)].tag == "figure" && !gallery && !textFigure[Int(c)])
                    }
                } else {
                    // A paragraph that sits beside the body container, not inside it.
                    let parent = best >= 0 ? containers[best].parent : -1
                    inside = parent >= 0 && chain.last == parent && b.kind == .paragraph && len >= 80 && b.linkChars * 4 < len
                }
                guard inside else {
                    // A blog index sets each entry's linked headline in the entry's header: a
                    // teaser's title if a summary is kept under it (below).
                    if best >= 0, b.kind == .heading, Double(b.linkChars) > Double(len) * options.maxLinkDensity,
                       let k = chain.lastIndex(where: { selected.contains($0) }),
                       chain[(k + 1)...].allSatisfy({ c in weights[Int(c)] > ClassHints.negative || ClassHints.namesHeader(tag: containers[Int(c)].tag, hints: containers[Int(c)].hints) }) {
                        linkedHeadings.append(bi)
                    }
                    continue
                }
                if Double(b.linkChars) > Double(len) * options.maxLinkDensity {
                    if b.kind != .heading, b.linkChars < len, len >= HTMLCleaner.linkedSentenceMinChars,
                       LineShape.words(text) >= HTMLCleaner.linkedSentenceMinWords, HTMLCleaner.endsWithFullStop(text) {
                        linkedSentences.append(bi)
                    }
                    if b.kind == .heading { linkedHeadings.append(bi) }
                    linkedBlocks.append(bi)
                    continue
                }
                if isText(bi) { kept.append(bi) }
            }
            if let first = kept.first, let last = kept.last {
                let within = linkedSentences.filter { $0 > first && $0 < last }
                if !within.isEmpty { kept = (kept + within).sorted() }
            }
            // A section front or a list of results: a linked headline over a summary that is kept,
            // in the same box, is that teaser's title. Kept when the body holds several such pairs
            // (a lone linked heading over a paragraph is a "Read more" box inside an article).
            if linkedHeadings.count >= HTMLCleaner.teaserListMin {
                let keptSet = Set(kept)
                let titles = linkedHeadings.filter { h in
                    teaserSummary(after: h, kept: keptSet, linkedHeadings: linkedHeadings, blocks: blocks, chains: chains)
                }
                if titles.count >= HTMLCleaner.teaserListMin {
                    // After an article's prose the teasers, each in a card of its own, are other
                    // stories ("More from the Gazette" inside the article's box): they go,
                    // summaries and all. (A listicle's items share the article's box.)
                    let cards = Set(titles.map { blocks[$0].container })
                    let firstCard = titles.min()!
                    let articleBlocks = kept.filter { $0 < firstCard }
                    let before = articleBlocks.reduce(0) { $0 + prose[$1] }
                    if before >= HTMLCleaner.articleBeforeTeasersMinProse, cards.count == titles.count,
                       !articleBlocks.contains(where: { cards.contains(blocks[$0].container) }) {
                        kept.removeAll { $0 > firstCard && cards.contains(blocks[$0].container) }
                    } else {
                        kept = (kept + titles).sorted()
                    }
                }
            }
            // A page whose body is a grid of cards (a shop's products, a list of results) with
            // little prose of its own: each card's linked title is the content, and what the
            // cards hold besides (a price, a date) is not a dangling label.
            var cardBlocks = Set<Int>()
            if kept.reduce(0, { $0 + prose[$1] }) < HTMLCleaner.gridMaxProse {
                var grid = gridCards(linked: linkedBlocks, blocks: blocks, containers: containers, chains: chains)
                // A grid beside the kept box in the page's `<main>`: a shop's category page, whose
                // description outscores cards that hold no prose. Its cards are the page's content.
                // (A listing one can filter wraps its filters and its results in one box, named for
                // the filters: `facets-vertical`. The filters' own panel is an `<aside>` or a form.)
                var besideKept = false
                func isChrome(_ c: Int32) -> Bool {
                    notArticle[Int(c)] || weights[Int(c)] <= ClassHints.negative && !ClassHints.namesFilters(containers[Int(c)].hints)
                }
                // (A page without a `<main>`: the box around the kept one, short of the body, when
                // the kept box holds prose for the grid to be beside; a date line alone is no
                // description, and a page with no text kept is read whole below.)
                let region: Int? = best < 0 ? nil : mainAround(best) ?? {
                    let p = Int(containers[best].parent)
                    return kept.contains(where: { prose[$0] > 0 }) && p >= 0 && !HTMLCleaner.pageFrameParents.contains(containers[p].tag) ? p : nil
                }()
                if grid.titles.isEmpty, let region {
                    let linkedInRegion = blocks.indices.filter { bi in
                        let chain = chains[bi]
                        return Double(blocks[bi].linkChars) > Double(lengths[bi]) * options.maxLinkDensity && chain.contains(Int32(region))
                            && !chain.contains(where: { c in selected.contains(c) || isChrome(c) })
                    }
                    grid = gridCards(linked: linkedInRegion, blocks: blocks, containers: containers, chains: chains)
                    besideKept = !grid.titles.isEmpty
                }
                // The grid outweighs the prose around it (a row of linked stories under a short
                // article does not), or the kept box is a paragraph over the grid.
                let outside = kept.reduce(0) { $0 + (grid.members.contains($1) ? 0 : prose[$1]) }
                let inCards = grid.members.reduce(0) { $0 + lengths[$1] }
                if !grid.titles.isEmpty, inCards >= outside || outside <= HTMLCleaner.gridHeaderMaxProse {
                    // (Inside the kept box what the cards say is kept already, but for their links:
                    // links beside a title, a sponsor's address under its name, are not taken. A
                    // card's price inside the card's one link is said, there and beside the kept
                    // box: a price links nowhere but to its product.)
                    let said = grid.members.filter { bi in
                        (besideKept || LineShape.isPrice(blocks[bi].text)) && isText(bi) && !chains[bi].contains(where: isChrome)
                    }
                    kept = Array(Set(kept).union(grid.titles).union(said)).sorted()
                    cardBlocks = grid.members
                }
            }
            if best >= 0, cardBlocks.isEmpty, let mainBox = mainAround(best) {
                let summary = productSummary(kept: kept, main: Int32(mainBox), blocks: blocks, containers: containers, chains: chains) { bi in
                    isText(bi) && !chains[bi].contains { c in notArticle[Int(c)] || weights[Int(c)] <= ClassHints.negative }
                }
                if !summary.isEmpty { kept = Array(Set(kept).union(summary)).sorted() }
            }
            if best >= 0 { takeLead(before: &kept, body: best, blocks: blocks, containers: containers, chains: chains, weights: weights, teaser: teaser) }
            if best >= 0, let h = sectionHeading(before: kept, body: best, blocks: blocks, containers: containers, chains: chains, weights: weights, teaser: teaser, isText: isText) {
                kept.insert(h, at: 0)
            }
            endAtComments(&kept, blocks: blocks)
            endAtSignedComments(&kept, blocks: blocks)
            endAtAuthorBox(&kept, blocks: blocks)
            // Headings left dangling at the end (a "Related" heading whose list was dropped) go too,
            // and short lines after the text (a permalink, a trackback URL) or a copyright notice,
            // but not the items of a list or a table that ends it (a product's features and specifications).
            func endsAList(_ bi: Int) -> Bool {
                let b = blocks[bi]
                return b.kind == .listItem || (b.container >= 0 && HTMLCleaner.tableTags.contains(containers[Int(b.container)].tag))
            }
            while let last = kept.last, !cardBlocks.contains(last), !endsAList(last),
                  LineShape.words(blocks[last].text) <= 4 && !LineShape.endsLikeSentence(blocks[last].text) || LineShape.isLegalLine(blocks[last].text) { kept.removeLast() }
            return (kept, best >= 0 && weights[best] >= ClassHints.positive)
        }

        /// The weights with the words naming readers' comments set aside: for a page whose
        /// comments are its text.
        func weightsReadingDiscussionAsText() -> [Double] {
            containers.indices.map { i in
                ClassHints.read(tag: containers[i].tag, hints: containers[i].hints, discussionAsText: true).weight - (cardTag[i] ? ClassHints.articleTagWeight : 0)
                    + (textFigure[i] ? -ClassHints.figureWeight : 0)
            }
        }

        var (kept, marked) = pick(classWeights)
        let keptProse = kept.reduce(0) { $0 + prose[$1] }
        let keptLength = kept.reduce(0) { $0 + lengths[$1] }
        // A second opinion, with class names set aside (but for readers' comments), when the first
        // found little of the page's prose and no container the page marks as its article:
        // class names mislead on such pages (`<div class="sidebar1">` around the whole page,
        // teasers in a `content` box). It replaces the first when it keeps more prose.
        if kept.isEmpty { marked = false }
        if coverage.prose > 0, !marked, keptLength < HTMLCleaner.secondOpinionBelow,
           Double(keptProse) < Double(coverage.prose) * Coverage.partialShare {
            let plain = containers.indices.map { i in
                ClassHints.weight(tag: containers[i].tag, hints: "") + (hinted[i].discussion ? ClassHints.negative : 0) - (cardTag[i] ? ClassHints.articleTagWeight : 0)
                    + (textFigure[i] ? -ClassHints.figureWeight : 0)
            }
            let second = pick(plain).blocks
            if second.reduce(0, { $0 + prose[$1] }) > keptProse {
                // Both inside the page's one `<main>` (a product's description, unnamed, and its
                // details in boxes named as text), both are its main content.
                func mainOf(_ bi: Int) -> Int? { blocks[bi].container >= 0 ? mainAround(Int(blocks[bi].container)) : nil }
                if let main = kept.first.flatMap(mainOf), kept.allSatisfy({ mainOf($0) == main }), second.allSatisfy({ mainOf($0) == main }) {
                    kept = Array(Set(kept).union(second)).sorted()
                } else {
                    kept = second
                }
            }
        }
        // A page whose text is all discussion (an issue tracker's thread, a forum whose posts are
        // classed as comments): no article was found, outside the comments it shows next to no
        // prose, and the comments are its content, read with the words naming them set aside.
        // (A photo post has a box its class names as the article, outside the comments, however
        // little text it holds: its readers' comments stay out.)
        if kept.isEmpty, coverage.prose < HTMLCleaner.discussionPageMaxOtherProse {
            var discussionProse = 0
            var holdsDiscussion = [Bool](repeating: false, count: containers.count)
            for (bi, chain) in chains.enumerated()
                where chain.contains(where: { hinted[Int($0)].discussion }) && !chain.contains(where: { HTMLCleaner.pageFrameTags.contains(containers[Int($0)].tag) }) {
                discussionProse += prose[bi]
                for c in chain { holdsDiscussion[Int(c)] = true }
            }
            let articleBox = containers.indices.contains { classWeights[$0] >= ClassHints.positive && !holdsDiscussion[$0] && !notArticle[$0] }
            if discussionProse >= HTMLCleaner.discussionPageMinProse, !articleBox {
                let thread = pick(weightsReadingDiscussionAsText()).blocks
                let threadProse = thread.reduce(0) { $0 + prose[$1] }
                if threadProse > 0 {
                    kept = thread
                    doc.warn("clean", "the page shows no article outside its comments (\(threadProse) characters of prose in them): kept the discussion as its text")
                }
            }
        }
        // A discussion thread (a forum topic, a question on a community site): the opening post
        // is short and the replies, marked as comments, hold the page's text, each in a box
        // like the post's own. They are kept when they outweigh the post; readers' comments
        // under a blog post sit in boxes of their own kind (`comment-content`, not
        // `entry-content`) and go.
        let openingProse = kept.reduce(0) { $0 + prose[$1] }
        var isThread = HTMLCleaner.isDiscussionAddress(doc.meta.url)
        if let first = kept.first, openingProse < HTMLCleaner.threadMaxOpening {
            let replies = threadReplies(after: first, like: kept, blocks: blocks, containers: containers, chains: chains, discussion: hinted.map(\.discussion))
            let replyProse = replies.reduce(0) { $0 + prose[$1] }
            let posts = Set(replies.map { blocks[$0].container })
            if posts.count >= HTMLCleaner.threadMinReplies, replyProse > openingProse {
                kept = Array(Set(kept).union(replies)).sorted()
                isThread = true
            } else if HTMLCleaner.isDiscussionAddress(doc.meta.url) {
                // A page whose address names it a thread (`/comments/`, `/threads/`,
                // `viewtopic.php`): its replies are its text, in whatever boxes the site draws
                // them (Reddit's `<shreddit-comment>`), read as a page that is all discussion is.
                let thread = pick(weightsReadingDiscussionAsText()).blocks
                if thread.reduce(0, { $0 + prose[$1] }) > openingProse * 2 {
                    // (with the opening post, when the page sets it apart from the replies' box)
                    kept = Array(Set(kept).union(thread)).sorted()
                } else {
                    // Or its posts in boxes alike to the opening post's, named for nothing the
                    // page's words read (Discuz!'s `td.t_f` in a table a post).
                    kept = Array(Set(kept).union(postsAlike(kept, blocks: blocks, containers: containers, chains: chains, notArticle: notArticle, weights: classWeights))).sorted()
                }
            }
        }
        // Over each post of a thread, its stamp of date and time ("01-10-2025, 07:40 AM #1"):
        // furniture, where an article's one stamp may be part of its text.
        // So are a post's attribution with its stamp ("by hillwalker » Sat Jan 11, 2025 6:42 pm")
        // and a reply's subject ("Re: …").
        if isThread { kept.removeAll { LineShape.isPostStamp(blocks[$0].text) || LineShape.isPostAttribution(blocks[$0].text) || LineShape.isAgedPostHead(blocks[$0].text) || blocks[$0].kind == .heading && LineShape.isReplySubject(blocks[$0].text) } }
        // A page drawn by scripts (its markup holds a shell, the story sits in its JSON-LD) or
        // one that shows a stub: the body the page declares, when the page shows under half of it.
        // (The declared text is read only when its raw length, an upper bound, could pass.)
        let shownLength = kept.reduce(0) { $0 + lengths[$1] }
        if let declared = doc.declaredBody, Double(shownLength) < Double(declared.utf8.count) * HTMLCleaner.declaredBodyShare {
            let paragraphs = HTMLCleaner.paragraphs(ofDeclared: declared)
            let declaredLength = paragraphs.reduce(0) { $0 + $1.unicodeScalars.count }
            if declaredLength >= HTMLCleaner.declaredBodyMinChars, Double(shownLength) < Double(declaredLength) * HTMLCleaner.declaredBodyShare {
                doc.setParagraphs(paragraphs)
                coverage.judge(&doc)
                doc.warn("clean", "the page shows \(shownLength) characters of its article; the text is the \(declaredLength)-character articleBody of its JSON-LD")
                return
            }
        }
        // A page where no container reads as an article (a short note, a test page, a list of
        // teasers) keeps what a reader sees outside the page's chrome rather than nothing.
        var fellBack = false
        if kept.isEmpty {
            kept = visibleText(blocks: blocks, containers: containers, notArticle: notArticle, weights: classWeights, notices: notices)
            fellBack = !kept.isEmpty
        }
        // A story that opens with a wire dateline (`HOUSTON, Nov. 5, 2026 /Wire/ --`) is dated by it
        // when nothing else dates the page.
        if doc.meta.published == nil, let first = kept.first(where: { prose[$0] > 0 }), let date = Dateline.opening(blocks[first].text) {
            doc.meta.published = date
            doc.meta.publishedSource = .text
        }
        if let teasers = teaserList(kept, blocks: blocks) {
            doc.warn("clean", "the page is a list of \(teasers) teasers (a section front or a list of results?), not one article")
        }
        // (A shop's card runs its price and its button into one line: "£24.00 Add to basket".)
        doc.setParagraphs(kept.map { LineShape.isPrice(blocks[$0].text) ? ClassHints.droppingLabelTail(blocks[$0].text) : blocks[$0].text })
        coverage.judge(&doc)
        if doc.status == .ok, !fellBack, let shown = proseBeforePaywall(kept, blocks: blocks, containers: containers, chains: chains, weights: classWeights) {
            doc.status = .partial
            doc.statusDetail = "the page shows \(shown) characters of prose before a paywall; the article goes on behind it"
        }
        // Text kept for want of an article is flagged: it may be all the page has (a short note),
        // or a page that is not an article (an index, an error or a login page).
        if fellBack, doc.status == .ok {
            let chars = kept.reduce(0) { $0 + lengths[$1] }
            let linked = kept.reduce(0) { $0 + blocks[$1].linkChars }
            doc.status = .partial
            doc.statusDetail = Double(linked) > Double(chars) * HTMLCleaner.listingLinkShare
                ? "no article found; most of the page's \(chars) characters of text are links (an index or listing page?): kept them all"
                : "no article found; kept the \(chars) characters of text the page shows outside navigation, sidebars and footers"
        }
    }

    /// Figures whose content is text rather than a picture: a quotation (a testimonial's
    /// `<figure><blockquote>…</blockquote><figcaption>name, role</figcaption>`), a table or a code
    /// listing (WordPress sets every table in a `<figure>`). A photo's figure holds no text but
    /// its caption (`figcaption` and `caption` blocks, `.other`, outside any table); a box of
    /// links to other stories set in a `<figure>` holds no prose.
    static func textFigures(blocks: [SourceBlock], chains: [[Int32]], containers: [SourceContainer], prose: [Int]) -> [Bool] {
        var text = [Bool](repeating: false, count: containers.count)
        guard containers.contains(where: { $0.tag == "figure" }) else { return text }
        for (bi, b) in blocks.enumerated() {
            let chain = chains[bi]
            guard let k = chain.lastIndex(where: { containers[Int($0)].tag == "figure" }) else { continue }
            let content = b.kind != .other && prose[bi] > 0 || b.kind == .quote || b.kind == .preformatted
                || chain[(k + 1)...].contains { tableTags.contains(containers[Int($0)].tag) }
            if content { text[Int(chain[k])] = true }
        }
        return text
    }

    /// Whether a page's address names it a discussion: a forum's thread, a community's post and
    /// its comments, a question with its answers.
    static func isDiscussionAddress(_ url: String?) -> Bool {
        guard let url else { return false }
        let parts = url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        // (A forum's own host: `forum.example.org`, `community.example.com`.)
        if parts.count >= 3, parts[0].hasSuffix(":") {
            let host = String(parts[2]).lowercasedFast
            if discussionHosts.contains(where: { host.hasPrefix($0) }) { return true }
        }
        guard let path = parts.dropFirst(3).first else { return false }
        let p = ("/" + path).lowercasedFast
        return discussionPaths.contains { p.contains($0) }
    }
    /// Hosts that serve a forum.
    static let discussionHosts = ["forum.", "forums.", "community.", "discuss.", "discourse.", "bbs."]
    static let discussionPaths = ["/comments/", "/thread/", "/threads/", "/topic/", "/topics/", "viewtopic.php", "showthread.php", "/t/", "/questions/",
                                  "/forum/", "/forums/", "/discussion/", "/discussions/", "/thread-", "viewthread", "/item?id="]

    /// Text kept for want of an article that is mostly links is a listing, and said to be one.
    static let listingLinkShare = 0.5

    /// The blocks a reader sees outside navigation, sidebars, footers, readers' comments and
    /// containers named as chrome, links included, site chrome repeated across the corpus left out.
    func visibleText(blocks: [SourceBlock], containers: [SourceContainer], notArticle: [Bool], weights: [Double], notices: [Bool]) -> [Int] {
        var negative = [Bool](repeating: false, count: containers.count)
        for i in containers.indices {
            let p = Int(containers[i].parent)
            negative[i] = notArticle[i] || weights[i] <= ClassHints.negative || (p >= 0 && negative[p])
        }
        var kept: [Int] = []
        for (bi, b) in blocks.enumerated() {
            if b.container >= 0, negative[Int(b.container)] { continue }
            let text = b.text
            if userChrome(text) || repeated(bi) >= options.repeatedAnywhereMinDocs || ClassHints.isBoilerplateLabel(text) || notices[bi] { continue }
            kept.append(bi)
        }
        return kept
    }
}
