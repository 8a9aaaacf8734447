import Foundation

/// A page as the cleaner measures it before choosing its article: each block's chain of boxes,
/// outermost first, and for each box the text, links and prose below it, the score its blocks
/// give it (commas, length, paragraphs, nearer blocks counting more), its class weight, and
/// whether it is chrome (navigation, asides, footers, forms, readers' comments). Built once per
/// page; `HTMLCleaner.pick` reads it with whichever class weights it is given.
struct PageLayout {
    let blocks: [SourceBlock]
    let containers: [SourceContainer]
    /// Each block's length in scalars, and its prose length (`Coverage.proseChars`).
    let lengths: [Int]
    let prose: [Int]
    /// The page's `<title>`, white space collapsed and lower-cased.
    let title: String?
    /// Each box's class/id weight and whether its class names readers' comments (`ClassHints.read`).
    let hinted: [(weight: Double, discussion: Bool)]
    /// An `<article>` beside another `<article>`: a card of a list.
    let cardTag: [Bool]
    let chains: [[Int32]]
    let textFigure: [Bool]
    /// The class weights the first pick reads (`hinted`, less a card's tag and a photo's figure).
    let classWeights: [Double]
    let notArticle: [Bool]
    let textChars: [Int]
    let linkChars: [Int]
    let proseChars: [Int]
    /// The score the blocks below each box give it, before class weights and link density.
    let base: [Double]
    let formBelow: [Bool]
    let factRows: [Int]
    let factRowChars: [Int]
    /// Blocks in which the site speaks to its reader (`ClassHints.isSiteNotice`).
    let notices: [Bool]
    /// Boxes beside a linked title, and their parents: a teaser's.
    let teaser: Set<Int>
    /// The page's headline: a heading that is most of its title.
    let headlineBlock: Int?
    /// The prose outside navigation, asides, footers, forms and comments (`Coverage.prose`).
    let articleProse: Int

    init(blocks: [SourceBlock], containers: [SourceContainer], lengths: [Int], prose: [Int], title: String?) {
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
        var articleProse = 0
        for (bi, b) in blocks.enumerated() where prose[bi] > 0 {
            if b.container >= 0, notArticle[Int(b.container)] { continue }
            articleProse += prose[bi]
        }
        // Containers beside a linked title (and their parents): a block of text there is the
        // teaser of another post, not a chunk of this one.
        var teaser = Set<Int>()
        for (bi, b) in blocks.enumerated() where b.kind == .heading && b.linkChars * 2 >= lengths[bi] && b.container >= 0 {
            let c = Int(b.container)
            teaser.insert(c)
            if containers[c].parent >= 0 { teaser.insert(Int(containers[c].parent)) }
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
        self.blocks = blocks; self.containers = containers; self.lengths = lengths; self.prose = prose; self.title = title
        self.hinted = hinted; self.cardTag = cardTag; self.chains = chains; self.textFigure = textFigure; self.classWeights = classWeights
        self.notArticle = notArticle; self.textChars = textChars; self.linkChars = linkChars; self.proseChars = proseChars; self.base = base
        self.formBelow = formBelow; self.factRows = factRows; self.factRowChars = factRowChars; self.notices = notices; self.teaser = teaser
        self.headlineBlock = headlineBlock; self.articleProse = articleProse
    }

    /// The first block (in reading order) inside box `c`, if it holds any.
    func firstBlock(in c: Int) -> Int? {
        chains.firstIndex { $0.contains(Int32(c)) }
    }

    /// Whether box `c` lies inside box `anc`.
    func isUnder(_ c: Int, _ anc: Int) -> Bool {
        var x = Int(containers[c].parent)
        while x >= 0 { if x == anc { return true }; x = Int(containers[x].parent) }
        return false
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
}
