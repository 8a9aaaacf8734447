import Foundation

/// Pages that are not articles, and pages that show little of theirs: a grid of cards (a shop's
/// category page), a thread whose replies the site marks as comments, a page drawn by scripts
/// that declares its body in JSON-LD; and the counts beside posts that are not text.
extension HTMLCleaner {
    /// Cards that make a grid: fewer side by side is a "related" box or a pair of buttons.
    static let gridMinCards = 4
    /// A body with less prose than this (in characters) is read as a grid's header when a grid
    /// of cards follows; an article with a row of linked cards inside it has more.
    static let gridMaxProse = 1_000
    /// A category's description over its grid is a paragraph or two; a short article beside a
    /// row of other stories has more prose than this.
    static let gridHeaderMaxProse = 500
    /// How far above a grid's first card its heading is looked for, in blocks.
    static let gridHeadingLookBack = 3
    /// Groups a listing in groups shows at least (one group is a grid or too few cards).
    static let gridMinGroups = 2
    /// A card's linked title that is not a heading has at least this many words.
    static let cardTitleMinWords = 2
    /// Blocks a card that is all links shows to say more than a title: the title and a price.
    static let linkedCardMinBlocks = 2
    /// How far above a linked title its card may start (`li > div.card > div.info > h3 > a`;
    /// Shopify's themes nest the title five boxes deep: `li.grid__item > div.card-wrapper >
    /// div.card > div.card__content > div.card__information > h3`).
    static let gridCardDepth = 6

    /// The cards of a grid: containers alike in tag and classes under one parent, each with a
    /// linked title, at least `gridMinCards` of them. Returns each card's first linked block and
    /// every block inside the cards.
    func gridCards(linked: [Int], blocks: [SourceBlock], containers: [SourceContainer], chains: [[Int32]]) -> (titles: [Int], members: Set<Int>) {
        struct Key: Hashable { let parent: Int32; let tag: String; let hints: String }
        guard linked.count >= HTMLCleaner.gridMinCards else { return ([], []) }
        for depth in 0..<HTMLCleaner.gridCardDepth {
            // Each card's first linked block, by card, for cards `depth` levels above the title.
            var titleOfCard: [Int32: Int] = [:]
            // (A lone linked word over a post is its author's name, not a card's title: a thread's
            // comments are not a grid of cards.)
            for bi in linked where blocks[bi].kind == .heading || LineShape.words(blocks[bi].text) >= HTMLCleaner.cardTitleMinWords {
                let chain = chains[bi]
                guard chain.count > depth + 1 else { continue }
                let card = chain[chain.count - 1 - depth]
                if titleOfCard[card] == nil { titleOfCard[card] = bi }
            }
            var groups: [Key: [Int32]] = [:]
            for card in titleOfCard.keys {
                let c = containers[Int(card)]
                groups[Key(parent: c.parent, tag: c.tag, hints: ClassHints.kindOfBox(c.hints)), default: []].append(card)
            }
            var grids = groups.values.filter { $0.count >= HTMLCleaner.gridMinCards }
            if grids.isEmpty {
                // A listing in groups, each under a heading of its own (openings by department,
                // stories by day): cards alike in boxes alike, all under one box.
                var grouped: [Key: [Int32]] = [:]
                for card in titleOfCard.keys {
                    let c = containers[Int(card)]
                    guard c.parent >= 0 else { continue }
                    let p = containers[Int(c.parent)]
                    grouped[Key(parent: p.parent, tag: p.tag + ">" + c.tag, hints: ClassHints.kindOfBox(p.hints) + ">" + ClassHints.kindOfBox(c.hints)), default: []].append(card)
                }
                grids = grouped.values.filter { g in
                    g.count >= HTMLCleaner.gridMinCards && Set(g.map { containers[Int($0)].parent }).count >= HTMLCleaner.gridMinGroups
                }
            }
            guard !grids.isEmpty else { continue }
            // Blocks by card; a card that is only its link is a list of links ("Recent posts").
            // A card that is all one link says more when the link holds more than its title (a
            // shop's `<a>` round the name and the price).
            var members: [Int32: [Int]] = [:]
            let cardSet = Set(grids.flatMap { $0 })
            for (bi, chain) in chains.enumerated() {
                if let card = chain.last(where: { cardSet.contains($0) }) { members[card, default: []].append(bi) }
            }
            func saysMore(_ card: Int32) -> Bool {
                let inCard = members[card, default: []].filter { lengths[$0] > 0 && !ClassHints.isBoilerplateLabel(blocks[$0].text) }
                return inCard.contains { bi in blocks[bi].linkChars * 2 < lengths[bi] } || inCard.count >= HTMLCleaner.linkedCardMinBlocks
            }
            /// A grid under a heading that names it as other pages' ("Related products", "You
            /// may also like") is not this page's content.
            func isRecirculation(_ g: [Int32]) -> Bool {
                guard let first = g.compactMap({ members[$0]?.first }).min() else { return false }
                let heading = (max(0, first - HTMLCleaner.gridHeadingLookBack)..<first).last { blocks[$0].kind == .heading }
                return heading.map { blocks[$0].level > 1 && ClassHints.isRecirculationHeading(blocks[$0].text) } ?? false
            }
            let cards = grids.filter { g in g.filter(saysMore).count * 2 >= g.count && !isRecirculation(g) }.flatMap { $0 }
            guard !cards.isEmpty else { continue }
            let titles = cards.compactMap { titleOfCard[$0] }.sorted()
            return (titles, Set(cards.flatMap { members[$0, default: []] }))
        }
        return listCards(linked: linked, blocks: blocks, containers: containers)
    }

    /// Cards that are the items of one list, each opened by a linked heading (WooCommerce's
    /// `ul.products > li > a > h2 + span.price`): an `<li>` is a block, not a box, so the cards
    /// are the runs of the list's blocks from one linked heading to the next.
    private func listCards(linked: [Int], blocks: [SourceBlock], containers: [SourceContainer]) -> (titles: [Int], members: Set<Int>) {
        var headingsByList: [Int32: [Int]] = [:]
        for bi in linked where blocks[bi].kind == .heading {
            let c = blocks[bi].container
            if c >= 0, HTMLCleaner.listTags.contains(containers[Int(c)].tag) { headingsByList[c, default: []].append(bi) }
        }
        for (list, titles) in headingsByList.sorted(by: { $0.key < $1.key }) where titles.count >= HTMLCleaner.gridMinCards {
            var members = Set<Int>()
            var saying = 0
            for (k, title) in titles.enumerated() {
                let end = k + 1 < titles.count ? titles[k + 1] : blocks.count
                var bi = title
                var said = 0
                while bi < end, blocks[bi].container == list {
                    members.insert(bi)
                    if bi != title, lengths[bi] > 0, !ClassHints.isBoilerplateLabel(blocks[bi].text) { said += 1 }
                    bi += 1
                }
                if said > 0 { saying += 1 }
            }
            if saying * 2 >= titles.count { return (titles, members) }
        }
        return ([], [])
    }

    /// An opening post of a thread is shorter than this (in characters of prose); an article
    /// is longer, and what follows it under "comment" classes is readers' comments.
    static let threadMaxOpening = 1_000
    /// Replies (posts in containers of their own) that make a thread.
    static let threadMinReplies = 3
    /// On a page whose address names a thread, the replies a reading of its comments as text
    /// must add to the opening post: a short reply's worth (two replies of a sentence or two
    /// under a long question are the thread too).
    static let threadMinReplyProse = 80
    /// schema.org's names for the text of a post, a reply or a review, as `itemprop` gives them.
    static let schemaTextProperties: Set<String> = ["articlebody", "text", "reviewbody", "commenttext", "description"]
    /// The page's frame around a thread: replies are never in these.
    static let pageFrameTags: WordSet = ["nav", "aside", "header", "footer", "form"]

    /// The running text of the replies after block `first`: prose in containers named as
    /// comments or replies, outside navigation, sidebars, headers and footers, not mostly links,
    /// in a box alike in tag and classes to one of the opening post's.
    func threadReplies(after first: Int, like opening: [Int], blocks: [SourceBlock], containers: [SourceContainer], chains: [[Int32]], discussion: [Bool]) -> [Int] {
        struct Box: Hashable { let tag: String; let hints: String }
        func box(_ bi: Int) -> Box? {
            let c = blocks[bi].container
            guard c >= 0, !containers[Int(c)].hints.isEmpty else { return nil }
            // (Discourse marks the opening post's box `itemprop="articleBody"` and each reply's
            // `itemprop="text"`: the same box for all that.)
            let hints = containers[Int(c)].hints.split(separator: " ").filter { !HTMLCleaner.schemaTextProperties.contains(String($0)) }.joined(separator: " ")
            return hints.isEmpty ? nil : Box(tag: containers[Int(c)].tag, hints: hints)
        }
        let postBoxes = Set(opening.compactMap(box))
        guard !postBoxes.isEmpty else { return [] }
        var replies: [Int] = []
        for bi in (first + 1)..<blocks.count where prose[bi] > 0 && blocks[bi].linkChars * 2 < lengths[bi] {
            let chain = chains[bi]
            guard chain.contains(where: { discussion[Int($0)] }),
                  !chain.contains(where: { HTMLCleaner.pageFrameTags.contains(containers[Int($0)].tag) }) else { continue }
            guard let b = box(bi), postBoxes.contains(b) else { continue }
            let text = blocks[bi].text
            if userChrome(text) || repeated(bi) >= options.repeatedAnywhereMinDocs || ClassHints.isSiteNotice(text) { continue }
            replies.append(bi)
        }
        return replies
    }

    /// How many boxes above a product's headline its summary (name, price, facts) may start.
    static let summaryMaxDepth = 3

    /// A product's summary beside its kept description, in the page's `<main>` box `main`: the
    /// box round the headline, apart from the kept text, that shows the price (the name, the
    /// price, a list of its facts); or, where the headline stands alone, the box round the first
    /// price between it and the description (a buy box: the price, the stock, the order number).
    /// A price above the headline (a market ticker over a story) is no product's. Returns the
    /// summary's blocks that `isText` takes and that are not links.
    func productSummary(kept: [Int], main: Int32, blocks: [SourceBlock], containers: [SourceContainer], chains: [[Int32]], isText: (Int) -> Bool) -> [Int] {
        guard let firstKept = kept.first,
              let headline = blocks.indices.first(where: { blocks[$0].kind == .heading && blocks[$0].level == 1 && chains[$0].contains(main) }),
              headline < firstKept else { return [] }
        let keptSet = Set(kept)
        func blocksIn(_ box: Int32) -> [Int] { blocks.indices.filter { chains[$0].contains(box) } }
        var summary: [Int]? = nil
        var box = blocks[headline].container
        for _ in 0..<HTMLCleaner.summaryMaxDepth where box >= 0 && box != main {
            let inBox = blocksIn(box)
            if inBox.contains(where: keptSet.contains) { break }
            if inBox.contains(where: { LineShape.isPrice(blocks[$0].text) }) { summary = inBox; break }
            box = containers[Int(box)].parent
        }
        if summary == nil, let price = (headline..<firstKept).first(where: { chains[$0].contains(main) && LineShape.isPrice(blocks[$0].text) && isText($0) }) {
            var box = blocks[price].container
            for _ in 0..<HTMLCleaner.summaryMaxDepth {
                let up = containers[Int(box)].parent
                guard up >= 0, up != main, !blocksIn(up).contains(where: keptSet.contains) else { break }
                box = up
            }
            summary = blocksIn(box)
        }
        return (summary ?? []).filter { bi in blocks[bi].linkChars * 2 < lengths[bi] && isText(bi) }
    }

    /// How far above the opening post's text its box, named by a class, is looked for.
    static let postBoxMaxDepth = 3

    /// The prose of a thread's other posts, in boxes alike in tag and kind of class to the box
    /// round the opening post's text, outside the page's frame and its chrome.
    func postsAlike(_ opening: [Int], blocks: [SourceBlock], containers: [SourceContainer], chains: [[Int32]], notArticle: [Bool], weights: [Double]) -> [Int] {
        guard let first = opening.first(where: { prose[$0] > 0 }) else { return [] }
        let chain = chains[first]
        guard let box = chain.reversed().prefix(HTMLCleaner.postBoxMaxDepth).first(where: { !ClassHints.kindOfBox(containers[Int($0)].hints).isEmpty }) else { return [] }
        let tag = containers[Int(box)].tag, kind = ClassHints.kindOfBox(containers[Int(box)].hints)
        let alike = containers.map { $0.tag == tag && ClassHints.kindOfBox($0.hints) == kind }
        return blocks.indices.filter { bi in
            prose[bi] > 0 && blocks[bi].linkChars * 2 < lengths[bi]
                && chains[bi].contains { alike[Int($0)] }
                && !chains[bi].contains { c in notArticle[Int(c)] || weights[Int(c)] <= ClassHints.negative || HTMLCleaner.pageFrameTags.contains(containers[Int(c)].tag) }
                && !userChrome(blocks[bi].text) && repeated(bi) < options.repeatedAnywhereMinDocs
        }
    }

    /// A declared body shorter than this (in characters) is a summary, not the article.
    static let declaredBodyMinChars = 500
    /// The page's own text is taken unless it is under this share of the declared body (the two
    /// are the same article on most pages that declare one; a stub or a script's shell is less).
    static let declaredBodyShare = 0.5

    /// The paragraphs of a JSON-LD `articleBody`: its lines, markup some sites leave in it
    /// removed, the common entities read, white space collapsed.
    static func paragraphs(ofDeclared body: String) -> [String] {
        var text = body
        if text.contains("<") {
            var out = ""
            var inTag = false
            for c in text.unicodeScalars {
                if c == "<" { inTag = true; continue }
                if c == ">" && inTag { inTag = false; out.unicodeScalars.append(" "); continue }
                if !inTag { out.unicodeScalars.append(c) }
            }
            text = out
        }
        if text.contains("&") {
            for (entity, char) in [("&nbsp;", " "), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: entity, with: char)
            }
        }
        return text.split(whereSeparator: \.isNewline).map { String($0).collapsingWhitespace() }.filter { !$0.isEmpty }
    }

    /// A count that stands alone: a post's votes, a comment tally, a page number ("27", "1,204").
    /// Prices and figures with a unit or a sign ("$19.00", "27%") say what they count.
    /// So is a count of what readers did ("12 Likes", "3 replies", "1.2K views").
    static func isBareCount(_ text: String) -> Bool {
        /// Digits with their separators, and (`multiples`) the K and M of "1.2K", "3M".
        func isCount<S: Collection>(_ s: S, multiples: Bool) -> Bool where S.Element == UInt8 {
            !s.isEmpty && s.count <= bareCountMaxBytes && s.allSatisfy {
                ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".")
                    || multiples && ($0 == UInt8(ascii: "K") || $0 == UInt8(ascii: "k") || $0 == UInt8(ascii: "M"))
            }
        }
        let bytes = text.utf8
        if isCount(bytes, multiples: false) { return true }
        // A tally alone in its thousands or millions ("1.2K" claps): digits, then the multiple.
        if let last = bytes.last, last == UInt8(ascii: "K") || last == UInt8(ascii: "k") || last == UInt8(ascii: "M"),
           let first = bytes.first, first >= 0x30, first <= 0x39, isCount(bytes.dropLast(), multiples: false) { return true }
        guard bytes.count <= readerCountMaxBytes, bytes.contains(0x20), let first = bytes.first, first >= 0x30, first <= 0x39 else { return false }
        // Counts side by side, each bare or naming what it counts: "57 31 comments", "1.2K likes 340 replies",
        // and a rating out of readers' votes: "4.92 from 38 votes", "4.8 out of 5 stars".
        var afterCount = false, named = false
        for word in bytes.split(separator: 0x20) {
            if isCount(word, multiples: true) { afterCount = true; continue }
            let w = String(decoding: word, as: UTF8.self).lowercasedFast
            if afterCount, ratingConnectors.contains(w) { continue }
            guard afterCount, readerActs.contains(w) else { return false }
            afterCount = false; named = true
        }
        return named
    }
    static let ratingConnectors: WordSet = ["from", "out", "of"]
    static let bareCountMaxBytes = 7
    static let readerCountMaxBytes = 40
    /// What a count beside a post or a comment counts.
    static let readerActs: WordSet = [
        "like", "likes", "comment", "comments", "reply", "replies", "view", "views", "share", "shares", "vote", "votes",
        "point", "points", "follower", "followers", "reaction", "reactions", "retweet", "retweets", "repost", "reposts",
        "upvote", "upvotes", "answer", "answers", "kudos", "rating", "ratings", "review", "reviews", "star", "stars",
    ]
}
