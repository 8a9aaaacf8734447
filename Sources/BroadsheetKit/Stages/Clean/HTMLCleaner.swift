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
        var coverage = Coverage()
        let title = doc.meta.title.map { $0.collapsingWhitespace().lowercasedFast }
        let page = PageLayout(blocks: blocks, containers: containers, lengths: lengths, prose: prose, title: title)
        coverage.prose = page.articleProse
        let hinted = page.hinted, cardTag = page.cardTag, chains = page.chains, textFigure = page.textFigure
        let classWeights = page.classWeights, notArticle = page.notArticle, notices = page.notices
        func mainAround(_ c: Int) -> Int? { page.mainAround(c) }
        func pick(_ weights: [Double]) -> (blocks: [Int], marked: Bool) { self.pick(weights, on: page, docID: doc.id) }
        // Full stops put the day first in Europe, the month first on the American sites that use
        // them (`Published: 01.09.2008` in Tucson is 9 January): read by the article's language,
        // once its text is known, on every way out of this function.
        var dottedEitherWay: String?
        defer { if let stamp = dottedEitherWay { HTMLCleaner.settleDottedDate(&doc, stamp: stamp) } }
        if doc.meta.published == nil || doc.meta.updated == nil || doc.meta.byline == nil {
            let (published, updated, byline) = HTMLCleaner.shownDates(blocks: blocks, title: title,
                wanted: (doc.meta.published == nil, doc.meta.updated == nil, doc.meta.byline == nil))
            if doc.meta.byline == nil { doc.meta.byline = byline }
            if doc.meta.published == nil, let shown = published {
                doc.meta.published = shown.date
                doc.meta.publishedSource = .text
                if shown.eitherWay == "/" {
                    doc.warn("clean", "the page's date \(shown.date) is written with slashes that read either way round; it was read month first, as in the United States")
                } else if shown.eitherWay == "." {
                    dottedEitherWay = shown.stamp
                }
            }
            // (an update before the publication is some other story's stamp)
            if doc.meta.updated == nil, let updated, doc.meta.published.map({ updated.prefix(10) >= $0.prefix(10) }) ?? true {
                doc.meta.updated = updated
            }
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
                let keptNow = Set(kept)
                let threadAdds = thread.reduce(0) { $0 + (keptNow.contains($1) ? 0 : prose[$1]) }
                // (Its posts in boxes alike to the opening post's, named for nothing the page's
                // words read: Discuz!'s `td.t_f` in a table a post; a question's answers, whose
                // comments a reading of comments as text would bring too.)
                let alike = threadAdds > openingProse ? [] : postsAlike(kept, blocks: blocks, containers: containers, chains: chains, notArticle: notArticle, weights: classWeights)
                let alikeAdds = alike.reduce(0) { $0 + (keptNow.contains($1) ? 0 : prose[$1]) }
                // (Short replies are taken when the opening post stands alone, one box of prose:
                // a question kept with its answers has its thread, and what a reading of comments
                // adds to it is the comments under each post.)
                let postAlone = Set(kept.lazy.filter { prose[$0] > 0 }.map { blocks[$0].container }).count == 1
                if threadAdds > openingProse || postAlone && alikeAdds == 0 && threadAdds >= HTMLCleaner.threadMinReplyProse {
                    // (with the opening post, when the page sets it apart from the replies' box)
                    kept = Array(keptNow.union(thread)).sorted()
                } else {
                    kept = Array(keptNow.union(alike)).sorted()
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
        if doc.meta.title == nil, let first = kept.first,
           let headline = HTMLCleaner.headingOver(first, through: kept.prefix(HTMLCleaner.untitledHeadlineKeptReach).last ?? first, blocks: blocks) {
            doc.meta.title = headline
        }
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
