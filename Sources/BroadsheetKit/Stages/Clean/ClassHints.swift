import Foundation

/// Class and id hints of containers, and boilerplate labels.
enum ClassHints {
    /// The weight of a container that is not the article (navigation, sidebars, comments): at or
    /// below it, what the container holds is not taken.
    static let negative = -25.0
    /// The weight of a container whose class or tag names the article (`entry-content`, `<article>`).
    static let positive = 25.0
    /// What the tags `<article>` and `<main>` add: less than a class naming the article.
    static let articleTagWeight = 10.0
    /// What `<figure>` weighs: a photo and its caption beside the text, most often.
    static let figureWeight = -10.0

    /// Distinctive words: matched anywhere in a class or id.
    static let negativeWords: [String] = [
        "comment", "social", "related", "newsletter", "subscribe", "subscription", "cookie", "consent",
        "promo", "sidebar", "footer", "breadcrumb", "advert", "sponsor", "popup", "modal",
        "recommend", "outbrain", "taboola", "disqus", "masthead", "pagination", "toolbar", "signup", "trending",
        "author-bio", "more-stories", "read-more", "readmore", "navbar", "navigation", "paywall", "newswire",
        // Shoppers' reviews under a product are its readers' comments (a critic's review is
        // `review`, singular).
        "reviews",
        // Readers' comments in other languages' class names (French and Dutch `reactions`,
        // `reacties`; German `kommentare`; Spanish `comentarios`).
        "reactions", "reacties", "kommentar", "comentario",
        // A forum post's furniture: the poster's box beside it (rank, post count, avatar), the
        // signature under it, and the board's list of who is online.
        "postprofile", "userinfo", "user-info", "userdetails", "user-details", "signature", "whoisonline", "online-list",
        "onlinelist", "users-online", "userextras", "message-cell--user",
    ]
    /// Short words: matched as whole tokens of a class or id only.
    static let negativeTokens: WordSet = [
        "nav", "ad", "ads", "adv", "advertisement", "footer", "header", "aside", "meta", "tools", "tag", "tags", "topics",
        "popular", "latest", "share", "sharing", "shares", "menu", "banner", "widget", "login", "byline", "caption",
        "credit", "credits", "skip", "hidden", "print", "jump", "teaser", "overlay", "rail", "sidebar", "promo", "social",
        "facet", "facets", "filter", "filters", "metadata",
        // A shop's terms of delivery beside a product, the same on all its pages ("Free delivery
        // on orders over £50").
        "shipping",
        // "Is this page useful?", "Was this article helpful?": the site asking about itself.
        "feedback",
        // What a site leaves off paper (`no-print` reads as "print" already): MediaWiki's "From
        // Wikipedia, the free encyclopedia", its navigation boxes.
        "noprint",
    ]
    static let positiveWords: [String] = ["article", "content", "entry", "post-body", "story", "main", "body", "text", "blog", "news", "prose"]

    /// Class words that file a post under a taxonomy (WordPress's `post_class()` gives every
    /// article `tag-<slug>` and `category-<slug>`): they say what the post is about, not that the
    /// container is a tag list.
    /// (WooCommerce's `post_class()` says so of a product too: `shipping-taxable`, whatever
    /// the product is, which is no box of delivery terms.)
    static let taxonomyPrefixes = ["tag-", "tags-", "category-", "categories-", "topic-", "topics-", "cat-", "post_tag-", "shipping-taxable"]
    static let anchorTokens = ["article", "content", "entry", "story"]
    static let discussionWords = ["comment", "disqus", "respond", "discussion", "reply", "replies", "reviews", "reactions", "reacties", "kommentar", "comentario"]

    private static let taxonomyMatcher = ByteWords(taxonomyPrefixes)
    private static let negativeWordMatcher = ByteWords(negativeWords)
    private static let negativeTokenMatcher = ByteWords(negativeTokens)
    private static let positiveMatcher = ByteWords(positiveWords)
    private static let anchorMatcher = ByteWords(anchorTokens)
    private static let discussionMatcher = ByteWords(discussionWords)

    /// The class/id weight of a container and whether it holds readers' comments, in one pass over
    /// the hint bytes without allocating (pages carry thousands of containers). The hints are read
    /// as space-separated class words, those filing the post under a taxonomy set aside; distinctive
    /// words match anywhere in a class word, short ones as whole tokens (split at `_`, `-`, `:`),
    /// positive and anchoring words as token prefixes (`content-sidebar`, `contentwithsidebar`).
    /// With `discussionAsText`, words naming readers' comments weigh nothing (a page whose whole
    /// text is a discussion: its posts' `comment-body` is then a body like any other).
    static func read(tag: String, hints: String, discussionAsText: Bool = false) -> (weight: Double, discussion: Bool) {
        var w = 0.0
        switch tag {
        case "article", "main": w += articleTagWeight
        case "nav", "aside", "footer", "form", "header": w -= 25
        case "figure": w += figureWeight
        case "ul", "ol", "dl", "table": w -= 3
        default: break
        }
        guard !hints.isEmpty else { return (w, false) }
        var h = hints
        let (distinctive, negativeToken, positive, anchored, discussion) = h.withUTF8 { buf -> (Bool, Bool, Bool, Bool, Bool) in
            var distinctive = false, negativeToken = false, positive = false, anchored = false, discussion = false
            var wordStart = 0
            for i in 0...buf.count where i == buf.count || buf[i] == 32 {
                defer { wordStart = i + 1 }
                guard i > wordStart else { continue }
                let word = UnsafeBufferPointer(rebasing: buf[wordStart..<i])
                if taxonomyMatcher.beginsWithWord(word) || isUtilityClass(word) { continue }
                // (Whether this word names comments matters only when they are read as text.)
                var discussing = false
                if !discussion || discussionAsText {
                    discussing = discussionMatcher.occurs(in: word)
                    if discussing { discussion = true }
                }
                if !distinctive, !(discussionAsText && discussing) { distinctive = negativeWordMatcher.occurs(in: word) }
                var start = 0
                for j in 0...word.count {
                    let separator = j == word.count || word[j] == 95 || word[j] == 45 || word[j] == 58   // _ - :
                    guard separator else { continue }
                    if j > start {
                        let token = UnsafeBufferPointer(rebasing: word[start..<j])
                        // (`hidden` beside a screen width or a way of showing the page hides the box
                        // there only: `hidden-xs`, `no-js-hidden`, `quick-add-hidden`.)
                        if !negativeToken, negativeTokenMatcher.isWord(token) {
                            negativeToken = !hiddenWord.isWord(token) || !hiddenSomewhere(word)
                        }
                        if !anchored { anchored = anchorMatcher.beginsWithWord(token) }
                        if !positive { positive = positiveMatcher.beginsWithWord(token) || ClassHints.endsWithAnchor(token) }
                    }
                    start = j + 1
                }
            }
            return (distinctive, negativeToken, positive, anchored, discussion)
        }
        let negative = distinctive || negativeToken
        if distinctive && !anchored { w -= 25 }
        else if negative && !positive { w -= 25 } else if positive && !negative { w += 25 } else if positive && negative { w -= 5 }
        // The page's own classes (`single-post comments-open`, feature flags such as
        // `feature_chompcommentimages`, `sidebar-visible`, `has-sidebar`) say what the page shows
        // beside its text, not that the whole page is readers' comments or chrome.
        if tag == "html" || tag == "body" { return (max(w, 0), false) }
        return (w, discussion)
    }

    /// Utility classes (Tailwind's and Bootstrap's `text-gray-600`, `text-center`,
    /// `overflow-hidden`, `md:text-lg`, `justify-content-between`) style a box and say nothing of
    /// what it holds, but their words are the words hints are read for: on a page built with
    /// them, `text-*` on every other box named it the article and `overflow-hidden` named a
    /// service page's opening section chrome.
    static func isUtilityClass(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        var variant = false
        for i in word.indices where word[i] == UInt8(ascii: ":") { start = i + 1; variant = true }
        if start < word.count, word[start] == UInt8(ascii: "!") || word[start] == UInt8(ascii: "-") { start += 1 }
        guard start < word.count else { return false }
        let w = UnsafeBufferPointer(rebasing: word[start...])
        // A box shown or hidden at some widths only (`md:hidden`, `lg:block`) is shown at others.
        if variant, responsiveDisplay.isWord(w) { return true }
        if wholeUtilityFamilies.contains(where: { f in w.count > f.count && w.starts(with: f) }) { return true }
        // `text-` and `content-` are utilities by their value: `text-center`, `text-gray-600`,
        // `text-2xl`, `content-center`, but `text-body`, `content-area` name what a box holds.
        guard let family = valuedUtilityFamilies.first(where: { f in w.count > f.count && w.starts(with: f) }) else { return false }
        let value = UnsafeBufferPointer(rebasing: w[family.count...])
        let first = value[0]
        if first == UInt8(ascii: "[") || (first >= 0x30 && first <= 0x39) { return true }
        var end = 0
        while end < value.count, value[end] != UInt8(ascii: "-") { end += 1 }
        return utilityValues.isWord(UnsafeBufferPointer(rebasing: value[..<end]))
    }
    private static let wholeUtilityFamilies: [[UInt8]] = ["overflow-", "justify-content-", "align-content-", "place-content-"].map { Array($0.utf8) }
    private static let valuedUtilityFamilies: [[UInt8]] = ["text-", "content-"].map { Array($0.utf8) }
    private static let responsiveDisplay = ByteWords(["hidden", "block", "flex", "grid", "inline", "inline-block", "contents"])
    /// Values of `text-` and `content-` utilities: sizes, alignment, wrapping, case, and the colour
    /// scales of Tailwind and the theme colours of Bootstrap.
    private static let utilityValues = ByteWords([
        "xs", "sm", "base", "md", "lg", "xl", "left", "center", "right", "justify", "start", "end", "between", "around",
        "evenly", "baseline", "stretch", "normal", "none", "wrap", "nowrap", "balance", "pretty", "ellipsis", "clip",
        "uppercase", "lowercase", "capitalize", "truncate", "break", "decoration", "reset", "opacity", "muted", "primary",
        "secondary", "tertiary", "success", "danger", "warning", "info", "light", "dark", "white", "black", "transparent",
        "current", "inherit", "foreground", "accent", "emphasis", "bg", "slate", "gray", "grey", "zinc", "neutral", "stone",
        "red", "orange", "amber", "yellow", "lime", "green", "emerald", "teal", "cyan", "sky", "blue", "indigo", "violet",
        "purple", "fuchsia", "pink", "rose",
    ])

    /// Whether lower-cased hints (or an in-page link's target) name readers' comments.
    static func namesDiscussion(_ hints: String) -> Bool { discussionMatcher.occurs(in: hints) }

    /// Whether hints name a listing's filters (`facets`, `filter-panel`).
    static func namesFilters(_ hints: String) -> Bool { filterMatcher.occurs(in: hints) }
    private static let filterMatcher = ByteWords(["facet", "filter"])

    /// Whether a container is a paywall's box (`paywall`, `regwall`, `subscriber-only`).
    static func namesPaywall(_ hints: String) -> Bool { paywallMatcher.occurs(in: hints) }
    private static let paywallMatcher = ByteWords(["paywall", "regwall", "subscriber-only", "subscribers-only", "subscriberonly"])

    /// Whether a container is a header: `<header>`, or a class or id with the word `header`.
    static func namesHeader(tag: String, hints: String) -> Bool {
        if tag == "header" { return true }
        guard !hints.isEmpty else { return false }
        var h = hints
        return h.withUTF8 { hasToken(headerWord, in: $0) }
    }
    /// Whether one of `words` is a whole token of `buf`, split at spaces, `_`, `-` and `:`.
    private static func hasToken(_ words: ByteWords, in buf: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        for j in 0...buf.count where j == buf.count || buf[j] == 32 || buf[j] == 95 || buf[j] == 45 || buf[j] == 58 {
            defer { start = j + 1 }
            if words.isWord(UnsafeBufferPointer(rebasing: buf[start..<j])) { return true }
        }
        return false
    }
    private static let headerWord = ByteWords(["header"])
    private static let hiddenWord = ByteWords(["hidden"])
    /// Where a box is hidden when `hidden` comes with one of these: screen widths, the page
    /// without scripts or printed, a shop's quick-add window.
    private static let hidingContexts = ByteWords([
        "xs", "sm", "md", "lg", "xl", "xlg", "xxl", "mobile", "tablet", "desktop", "phone", "small", "medium", "large",
        "portrait", "landscape", "js", "print", "add",
    ])
    /// Whether a class word with `hidden` in it names where the box is hidden (see `hidingContexts`).
    private static func hiddenSomewhere(_ word: UnsafeBufferPointer<UInt8>) -> Bool { hasToken(hidingContexts, in: word) }

    /// (Not "entry": a `tbentry` is a trackback; not "story": a `topstory` box is often a teaser.)
    private static let anchorSuffixes: [[UInt8]] = ["content", "article"].map { Array($0.utf8) }
    /// A class word that ends in a word naming the article (`artcontent`, `postcontent`, `mainarticle`).
    static func endsWithAnchor(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        anchorSuffixes.contains { a in
            token.count > a.count && zip(token[(token.count - a.count)...], a).allSatisfy { $0 | 0x20 == $1 }
        }
    }

    /// Classes of elements whose text is not the page's own: kept off screen for screen readers
    /// ("Opens in a new window", "Posted on", "Skip to content"), MediaWiki's "[edit]" links
    /// beside headings, and pull quotes, which print a line of the article again in large type
    /// (read twice, a quote would be counted twice).
    private static let notOwnTextMatcher = ByteWords([
        "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "screenreader-only",
        "element-invisible", "mw-editsection", "pullquote", "pull-quote", "pull_quote", "pullout-quote", "wp-block-pullquote",
    ])
    /// Whether a class attribute names one of those classes (a whole class word).
    static func hidesText(_ classes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        for i in 0...classes.count where i == classes.count || classes[i] == 32 {
            if i > start, notOwnTextMatcher.isWord(UnsafeBufferPointer(rebasing: classes[start..<i])) { return true }
            start = i + 1
        }
        return false
    }

    /// The class words that say what kind of box this is, without those naming this one box:
    /// WordPress gives each post in a list `post-88` and `category-soil`, and cards alike in
    /// kind differ in those.
    static func kindOfBox(_ hints: String) -> String {
        guard hints.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 || $0 == UInt8(ascii: "-") }) else { return hints }
        return hints.split(separator: " ").filter { word in
            !word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } && !taxonomyPrefixes.contains { word.hasPrefix($0) }
        }.joined(separator: " ")
    }

    /// Words of the panels a page folds until a reader opens them (an FAQ's answers, accordions,
    /// tabs), matched anywhere in the class, id and role.
    private static let foldMatcher = ByteWords(["accordion", "collapse", "faq", "answer", "tabpanel", "tab-pane", "tab-panel", "expandable"])
    static func foldsContent(_ hints: String) -> Bool { foldMatcher.occurs(in: hints) }

    /// The class/id weight of a container.
    static func weight(tag: String, hints: String) -> Double { read(tag: tag, hints: hints).weight }

    /// Words of containers around photos, video and notices (captions, disclosures), matched anywhere in the hints.
    private static let mediaOrNoticeMatcher = ByteWords(["photo", "image", "img", "media", "picture", "gallery", "video", "disclaimer", "disclosure"])
    static func isMediaOrNotice(_ hints: String) -> Bool { mediaOrNoticeMatcher.occurs(in: hints) }

    static let labels: WordSet = [
        "advertisement", "advertising", "share", "share this", "share this article", "tweet", "email", "print", "comments",
        "read more", "continue reading", "related", "related articles", "more", "close", "subscribe", "sign up",
        "skip to content", "skip to main content", "story continues below advertisement", "ad", "sponsored",
        // The furniture of pages drawn by today's templates: contents boxes, feedback widgets,
        // recirculation and consent buttons.
        "on this page", "in this article", "table of contents", "edit this page", "edit on github", "was this page helpful",
        "was this article helpful", "was this helpful", "copy link", "listen to this article", "share this story",
        "you may also like", "you might also like", "related stories", "recommended for you", "trending now", "most popular",
        "most read", "skip advertisement", "back to top", "scroll to top", "loading", "accept all", "reject all",
        "manage preferences", "cookie settings", "contents",
        // A forum's buttons under each post and over the thread.
        "like", "reply", "quote", "recommended posts", "join the conversation",
        "jump to", "skip to", "jump to recipe", "jump to section",
        // A shop's buttons drawn as links.
        "add to cart", "add to basket", "add to bag", "buy now", "quick view", "quick shop", "select options", "choose options",
        "view product", "add to wishlist", "add to wish list", "compare",
        // A metadata list's terms standing alone ("From:", "Published").
        "from", "published", "updated", "posted", "posted on", "posted by", "written by",
        // "Advertisement" in the languages of the archives.
        "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade", "реклама", "advertentie", "reklame",
        "reklama", "annons", "mainos", "广告", "廣告", "広告", "광고",
    ]

    /// Words of the heading over readers' comments, in the languages of the archives: alone
    /// (plural), after a count ("2 comments", "1 response") or before "to" ("12 Responses to …").
    static let commentsHeadingWords: WordSet = [
        "comments", "comment", "responses", "response", "replies", "reply", "trackbacks", "kommentare",
        "kommentar", "commentaires", "commentaire", "comentarios", "comentários", "commenti", "reacties", "kommentarer",
        "komentarze", "комментарии", "комментариев", "评论", "コメント",
    ]
    /// Singular forms also head sections of articles ("Response" in an article about an API).
    static let singularCommentWords: WordSet = ["comment", "response", "reply", "kommentar", "commentaire"]
    static let commentsHeadingOpeners = ["leave a reply", "leave a comment", "post a comment", "add a comment", "add comment",
                                         "reader comments", "readers' comments", "join the discussion", "one response", "one comment"]

    /// Whether a heading opens the readers' comments: "Comments", "12 Responses to “…”",
    /// "Leave a Reply", "Kommentare (3)".
    static func isCommentsHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 120 else { return false }
        let lower = text.lowercasedFast
        if commentsHeadingOpeners.contains(where: { lower.hasPrefix($0) }) { return true }
        let words = lower.split { !$0.isLetter && !$0.isNumber }
        guard let k = words.firstIndex(where: { !$0.allSatisfy(\.isNumber) }), commentsHeadingWords.contains(String(words[k])) else { return false }
        let counted = k > 0
        let rest = words[(k + 1)...]
        // "12 Responses to …", "Comments on …"; a count after the word: "Kommentare (3)".
        if let next = rest.first, !rest.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return next == "to" || next == "on" }
        return counted || !rest.isEmpty || !singularCommentWords.contains(String(words[k]))
    }

    /// A heading over other pages' cards: "Related products", "You may also like", "Customers
    /// also bought", "More from this author". (A page's own title may say "Bestsellers": only
    /// headings below the title are read so.)
    static func isRecirculationHeading(_ text: String) -> Bool {
        guard text.utf8.count <= recirculationHeadingMaxBytes else { return false }
        var t = text
        return t.withUTF8 { recirculationPhrases.occurs(in: $0) }
    }
    static let recirculationHeadingMaxBytes = 60
    private static let recirculationPhrases = CaselessPhrases([
        "related", "you may also like", "you might also like", "you may like", "also bought", "also viewed", "also purchased",
        "recommended", "recently viewed", "similar", "more from", "more like this", "more stories", "read next", "other products",
        "frequently bought together", "complete the look", "trending", "most popular", "most read",
    ])

    /// `text` without a label that ends it ("£24.00 Add to basket" → "£24.00"), when something
    /// is left.
    static func droppingLabelTail(_ text: String) -> String {
        let words = text.split(separator: " ")
        for n in stride(from: min(labelTailMaxWords, words.count - 1), through: 1, by: -1) where isBoilerplateLabel(words.suffix(n).joined(separator: " ")) {
            return words.dropLast(n).joined(separator: " ")
        }
        return text
    }
    static let labelTailMaxWords = 4

    static func isBoilerplateLabel(_ text: String) -> Bool {
        // The longest label is 35 characters: longer text is a label only behind a wall of punctuation.
        guard text.utf8.count <= 160 else { return false }
        let label = trimmingPunctuation(text.lowercasedFast)
        // (A line of punctuation alone, a separator's "•" or "|", says nothing.)
        return label.isEmpty || labels.contains(label) || isProfileLine(label) || isSkipLink(label) || isSortControl(label)
    }

    /// A list's order picker ("Sort by: Best", "Sorted by: Highest score (default)"), a few words.
    static func isSortControl(_ label: String) -> Bool {
        guard label.utf8.count <= sortControlMaxBytes, label.hasPrefix("sort") else { return false }
        return label.hasPrefix("sort by") || label.hasPrefix("sorted by") || label.hasPrefix("sort:")
    }
    static let sortControlMaxBytes = 48

    /// A screen reader's way round a box ("Skip to content", "Skip past newsletter promotion") and
    /// the frame a site puts round an embedded post it asks leave to load ("Skip twitter post by
    /// …", "Allow Instagram content?", "End of YouTube post"): a few words, never the text.
    static func isSkipLink(_ label: String) -> Bool {
        // (most lines a page holds are none: one byte decides for them)
        guard label.utf8.count <= skipLinkMaxBytes, let first = label.utf8.first,
              first == UInt8(ascii: "s") || first == UInt8(ascii: "j") || first == UInt8(ascii: "e") || first == UInt8(ascii: "a") else { return false }
        if skipLinkPrefixes.contains(where: { label.hasPrefix($0) }) { return true }
        let words = label.split(separator: " ")
        guard words.count >= 3 else { return false }
        // "skip twitter post", "end of youtube post", "allow instagram content"
        if words[0] == "skip", words[2] == "post" { return true }
        if words[0] == "allow", words[2] == "content", words.count == 3 { return true }
        return words.count >= 4 && words[0] == "end" && words[1] == "of" && words[3] == "post"
    }
    /// Room for a poster's name of several words after "by".
    static let skipLinkMaxBytes = 80
    static let skipLinkPrefixes = ["skip to ", "skip past ", "jump to navigation", "jump to content", "jump to main content"]

    /// A site's notice to its reader about cookies ("We and our partners use cookies … on your
    /// device"), whatever box it sits in: the word cookie, the site speaking of itself and the
    /// reader addressed. Banners without a telling class outscore a short article; a story about
    /// cookies reports them, it does not speak as the site to "you".
    /// So is a line that asks the reader to sign up, subscribe, follow or write to the site
    /// ("Sign up for our newsletter …", "Follow us on Instagram", "Email us at …"): a short line
    /// with one of `siteAsks` in it.
    static func isSiteNotice(_ text: String) -> Bool {
        guard text.utf8.count >= siteNoticeMinBytes, text.utf8.count <= siteNoticeMaxBytes else { return false }
        var t = text
        return t.withUTF8 { buf in
            if buf.count <= siteAskMaxBytes, siteAsks.occurs(in: buf) { return true }
            guard cookieWord.occurs(in: buf) else { return false }
            var site = false, reader = false
            var start = -1
            for i in 0...buf.count {
                let b = i < buf.count ? buf[i] | 0x20 : 0
                if b >= 97 && b <= 122 { if start < 0 { start = i }; continue }
                guard start >= 0 else { continue }
                defer { start = -1 }
                guard i - start <= 10 else { continue }   // (the longest word listed)
                let word = buf[start..<i].map { $0 | 0x20 }
                word.withUnsafeBufferPointer { w in
                    if !site, siteVoice.isWord(w) { site = true }
                    if !reader, readerAddressed.isWord(w) { reader = true }
                }
                if site && reader { return true }
            }
            return false
        }
    }
    /// The site's requests to its reader, in lower case.
    static let siteAsks = CaselessPhrases([
        "sign up for our", "signup for our", "subscribe to our", "follow us on", "email us at", "e-mail us at", "like us on facebook",
        "download our app", "get our newsletter", "newsletter delivered to your inbox", "sent straight to your inbox", "to your inbox",
        // A publication asking for its readers' money.
        "support our journalism", "support our reporting", "support independent journalism", "support local journalism", "enjoying our reporting",
        // A forum's own lines under a thread: closed to replies, other questions like it.
        "new replies are no longer allowed", "browse other questions tagged",
        // ... and its asks to join before replying.
        "post now and register later", "sign in now to post", "log in to reply", "sign in to reply", "you must be logged in to",
        // A review site's note on its affiliate links.
        "we may earn a commission", "may earn an affiliate commission", "we earn from qualifying purchases", "as an amazon associate",
        "we may receive a commission", "may earn a small commission", "may contain affiliate links", "contains affiliate links",
        // A newsletter's frame, kept when the email is archived on the web.
        "view this email in your browser", "view this email in a browser", "you are receiving this email because", "you're receiving this email because",
        "you received this email because", "unsubscribe from this list", "update subscription preferences", "update your preferences or unsubscribe",
    ])
    /// A request is a line or two; a paragraph that says more is text.
    static let siteAskMaxBytes = 300
    /// A notice is a sentence or two; an article's paragraph on cookies may be longer.
    static let siteNoticeMinBytes = 40
    static let siteNoticeMaxBytes = 1_500
    private static let cookieWord = CaselessPhrases(["cookie"])
    /// The site speaking of itself (lower case, ASCII words; English, German, French, Spanish).
    private static let siteVoice = ByteWords(["we", "our", "us", "wir", "unsere", "unserer", "uns", "nous", "notre", "nos", "utilizamos", "usamos", "nuestro", "nuestra", "nuestros", "nuestras"])
    /// The reader addressed.
    private static let readerAddressed = ByteWords(["you", "your", "ihre", "ihr", "ihnen", "vous", "votre", "vos", "usted", "tu"])

    /// A line of a forum poster's profile beside a post: "Joined: Mar 2019", "Posts: 4,381",
    /// "Member since 2008" (a label, then a short value with a number in it). Relative stamps
    /// ("3 hours ago") are not taken for labels: the L3S news truth keeps them under headlines.
    static func isProfileLine(_ label: String) -> Bool {
        guard label.utf8.count <= profileLineMaxBytes, let lead = profileLabels.first(where: { label.hasPrefix($0) }) else { return false }
        let value = label.dropFirst(lead.count)
        // "posts:", not "postseason"; without the colon ("Joined Mar 2019", "Messages 1,204", as
        // XenForo writes them) a value that is only a count or a month and year ("Registered
        // 2,000 voters" is a headline).
        guard value.first == ":" || lead.hasSuffix("since") || value.first == " " && isCountOrMonth(value) else { return false }
        return value.contains(where: \.isNumber)
    }
    /// "Registered: November 01, 2001" is 29; a sentence that starts with "Posts" is longer.
    static let profileLineMaxBytes = 40

    /// Words that are each a count ("1,204") or a month ("mar", "march"): a profile's value.
    private static func isCountOrMonth(_ value: Substring) -> Bool {
        let words = value.split(separator: " ")
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { w in
            w.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") } || LooseDate.monthNames[String(w)] != nil
        }
    }
    static let profileLabels = ["joined", "join date", "posts", "registered", "member since", "reputation", "karma", "messages", "likes received", "reaction score",
                                "beiträge", "registriert", "mitglied seit", "inscrit", "mensajes", "registrado", "сообщений", "зарегистрирован"]

    /// The text without punctuation (Unicode's P* categories, as `CharacterSet.punctuationCharacters`)
    /// at either end, read over scalars rather than through NSString.
    static func trimmingPunctuation(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func isPunctuation(_ c: Unicode.Scalar) -> Bool {
            switch c.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
            default: return false
            }
        }
        guard let first = scalars.firstIndex(where: { !isPunctuation($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isPunctuation($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }
}
