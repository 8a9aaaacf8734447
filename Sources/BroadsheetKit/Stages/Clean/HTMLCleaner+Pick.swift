import Foundation

// How the cleaner picks a page's article from its layout: the best-scoring box (`chooseBox`), the
// boxes beside it that are more of the article (`boxesBeside`), and the blocks in them that are its
// text (`keptBlocks`).

extension HTMLCleaner {
    /// The box chosen as the article's, with every box's score.
    struct BoxChoice {
        /// The chosen box (-1: none scores).
        let best: Int
        let bestScore: Double
        let score: [Double]
        /// Boxes inside one whose class weight marks it chrome.
        let insideNegative: [Bool]
    }

    /// The article's blocks as containers weighted by `weights` give them (the best-scoring
    /// container and its strong siblings, minus the chrome inside them), and whether the
    /// page marks that container as its article.
    func pick(_ weights: [Double], on page: PageLayout, docID: String) -> (blocks: [Int], marked: Bool) {
        let choice = chooseBox(weights, on: page)
        let best = choice.best
        let selected = boxesBeside(choice, weights, on: page)
        if let debug = HTMLCleaner.debugDocument, debug == docID {
            let containers = page.containers, score = choice.score
            FileHandle.standardError.write(Data("BEST \(best) \(best >= 0 ? containers[best].tag + " " + containers[best].hints : "") score \(choice.bestScore) selected \(selected.sorted())\n".utf8))
            for i in containers.indices.sorted(by: { score[$0] > score[$1] }).prefix(8) {
                FileHandle.standardError.write(Data("  \(i) \(containers[i].tag) \(containers[i].hints) score \(score[i]) base \(page.base[i]) prose \(page.proseChars[i]) text \(page.textChars[i]) weight \(weights[i]) parent \(containers[i].parent)\n".utf8))
            }
        }
        let kept = keptBlocks(in: selected, best: best, weights, on: page)
        return (kept, best >= 0 && weights[best] >= ClassHints.positive)
    }

    /// The best-scoring box that is not chrome, moved to the box holding the page's headline, a
    /// panel's holder, the body a part outscores, or the box around several strong candidates.
    func chooseBox(_ weights: [Double], on page: PageLayout) -> BoxChoice {
        let containers = page.containers, chains = page.chains
        let textChars = page.textChars, linkChars = page.linkChars, proseChars = page.proseChars, base = page.base
        func isUnder(_ c: Int, _ anc: Int) -> Bool { page.isUnder(c, anc) }
        func mainAround(_ c: Int) -> Int? { page.mainAround(c) }
        let headlineBlock = page.headlineBlock
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
        return BoxChoice(best: best, bestScore: bestScore, score: score, insideNegative: insideNegative)
    }

    /// The chosen box and the boxes beside it that are more of the article: siblings that score
    /// a share of it (or, in the page's `<main>`, hold facts or unnamed prose), and the other
    /// chunks of an article cut up by figures or asides.
    func boxesBeside(_ choice: BoxChoice, _ weights: [Double], on page: PageLayout) -> Set<Int32> {
        let containers = page.containers, textChars = page.textChars, linkChars = page.linkChars, proseChars = page.proseChars
        let best = choice.best, bestScore = choice.bestScore, score = choice.score, insideNegative = choice.insideNegative
        let teaser = page.teaser, formBelow = page.formBelow, textFigure = page.textFigure
        func mainAround(_ c: Int) -> Int? { page.mainAround(c) }
        func holdsFactTable(_ c: Int) -> Bool { page.holdsFactTable(c) }
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
            // (Beside an `<article>`, a story complete in itself, such boxes are widgets: a match
            // report's table of statistics, an event's map.)
            let inMain = mainAround(best) != nil && containers[best].tag != "article"
            // (A page set out in titled `<section>`s, the best one of them: the others that hold
            // prose are its other parts, however short (an event's venue under its description,
            // a course's entry requirements under its overview).)
            let titledSections = isTitledSection(best, on: page)
            func isProse(_ i: Int) -> Bool { proseChars[i] > 0 && weights[i] >= 0 && linkChars[i] * 4 < textChars[i] && !formBelow[i] }
            for i in containers.indices where i != best && containers[i].parent == parent && parent >= 0 && !isMain
                && (score[i] >= threshold || inMain && (holdsFactTable(i) || isProse(i)) || titledSections && isProse(i) && isTitledSection(i, on: page)
                    || i < best && holdsKeyPoints(i, on: page))
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
        return selected
    }

    /// The blocks of the selected boxes that are the article's text, with what a page of teasers,
    /// a grid of cards or a product shows as its content, the lead before the body, and the
    /// chrome at its end taken off.
    func keptBlocks(in selected: Set<Int32>, best: Int, _ weights: [Double], on page: PageLayout) -> [Int] {
        let blocks = page.blocks, containers = page.containers, chains = page.chains, prose = page.prose
        func mainAround(_ c: Int) -> Int? { page.mainAround(c) }
        let lengths = page.lengths, title = page.title, notices = page.notices, notArticle = page.notArticle
        let teaser = page.teaser, textFigure = page.textFigure
        /// A block inside the article's boxes that is its text: not the page's title again,
        /// not site chrome, a label, a bare count or a notice.
        func isText(_ bi: Int) -> Bool {
            let b = blocks[bi]
            let text = b.text
            if let title, b.kind == .heading, text.lowercasedFast == title { return false }
            let seen = repeated(bi)
            if userChrome(text) || seen >= options.repeatedAnywhereMinDocs { return false }
            if b.kind != .heading && seen >= 2 && LineShape.words(text) <= 3 && !LineShape.endsLikeSentence(text) { return false }
            return !(ClassHints.isBoilerplateLabel(text) || HTMLCleaner.isBareCount(text) || LineShape.isPostAge(text) || LineShape.isReadingTime(text) || LineShape.isFilingLine(text) || notices[bi])
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
                // asides), but for the standfirst in the article's header and the title in the
                // header of an entry inside the body (each update of a live blog).
                inside = !chain[(k + 1)...].contains { c in
                    weights[Int(c)] <= ClassHints.negative && !((prose[bi] > 0 || isStandfirst(bi, blocks: blocks)) && isArticleHeader(c, near: bi, blocks: blocks, chains: chains, containers: containers))
                        && !isEntryTitle(bi, header: c, body: chain[k], page: page)
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
        dropOrphanHeadings(&kept, page: page)
        // Headings left dangling at the end (a "Related" heading whose list was dropped) go too,
        // and short lines after the text (a permalink, a trackback URL), but not the items of a
        // list or a table that ends it (a product's features and specifications). A copyright
        // notice goes wherever it sits (a newsletter laid out in tables sets it in a cell).
        func endsAList(_ bi: Int) -> Bool {
            let b = blocks[bi]
            return b.kind == .listItem || (b.container >= 0 && HTMLCleaner.tableTags.contains(containers[Int(b.container)].tag))
        }
        while let last = kept.last, !cardBlocks.contains(last),
              !endsAList(last) && LineShape.words(blocks[last].text) <= 4 && !LineShape.endsLikeSentence(blocks[last].text) || LineShape.isLegalLine(blocks[last].text) { kept.removeLast() }
        return kept
    }

    /// Whether box `c` holds the key points of what follows it (a live blog's summary over its
    /// feed): list items of a clause each, without links (a title over them at most), which a
    /// prose measure misses for want of full stops.
    func holdsKeyPoints(_ c: Int, on page: PageLayout) -> Bool {
        guard page.proseChars[c] == 0, page.linkChars[c] == 0, page.textChars[c] >= HTMLCleaner.keyPointsMinChars,
              let first = page.firstBlock(in: c) else { return false }
        var points = 0, headings = 0
        for bi in first..<page.blocks.count {
            guard page.chains[bi].contains(Int32(c)) else { break }
            let b = page.blocks[bi]
            if b.kind == .heading { headings += 1; continue }
            guard b.kind == .listItem, LineShape.words(b.text) >= HTMLCleaner.keyPointMinWords else { return false }
            points += 1
        }
        return points >= 2 && headings <= 1
    }

    /// Whether box `c` is a `<section>` that opens with a heading.
    func isTitledSection(_ c: Int, on page: PageLayout) -> Bool {
        guard page.containers[c].tag == "section", let first = page.firstBlock(in: c) else { return false }
        return page.blocks[first].kind == .heading
    }

    /// Whether block `bi` is the title of an entry inside the body, set in the entry's own
    /// `<header>` (named for being one: `post__header`): a heading, not a link, with a box of the
    /// body's between the body and the header (the update of a live blog, a dated entry of a
    /// log). The article's own header, right under the body, is not one: its heading is the
    /// page's headline.
    func isEntryTitle(_ bi: Int, header c: Int32, body: Int32, page: PageLayout) -> Bool {
        let b = page.blocks[bi], header = page.containers[Int(c)]
        guard b.kind == .heading, b.linkChars * 2 < page.lengths[bi], bi != page.headlineBlock, header.tag == "header",
              header.parent >= 0, header.parent != body else { return false }
        return page.isUnder(Int(header.parent), Int(body))
    }
}
