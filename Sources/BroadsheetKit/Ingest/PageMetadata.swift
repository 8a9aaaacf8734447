import Foundation

/// Derives document metadata from a parsed page: Open Graph, Twitter cards, JSON-LD, common meta
/// names, `<time datetime>`, `<title>` without the site suffix, and a date in the URL.
public enum PageMetadata {
    public static func extract(_ page: ParsedPage) -> Metadata {
        var ignored: [String] = []
        return extract(page, warnings: &ignored)
    }

    /// The page's metadata; a date the page states but that cannot be its date (a CMS placeholder
    /// such as `0001-01-01`, an impossible time) is refused with a warning, and the next source
    /// is asked instead.
    public static func extract(_ page: ParsedPage, warnings: inout [String]) -> Metadata {
        var body: String?
        return extract(page, warnings: &warnings, declaredBody: &body)
    }

    /// The page's metadata, and in `declaredBody` the article body its JSON-LD declares, if any.
    public static func extract(_ page: ParsedPage, warnings: inout [String], declaredBody: inout String?) -> Metadata {
        var m = Metadata()
        let ld = JSONLDFacts(page.jsonLD)
        declaredBody = ld.articleBody
        if ld.freeToRead == false {
            warnings.append("the page marks its article as not free to read (JSON-LD isAccessibleForFree false): the text may stop where its paywall starts")
        }
        let meta = page.meta
        func first(_ keys: [String]) -> String? {
            for k in keys { if let v = meta[k], !v.isEmpty { return v } }
            return nil
        }
        let siteName = first(["og:site_name", "application-name", "twitter:site"]) ?? ld.publisher
        m.site = siteName.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
        // A forum's or a blog's banner is often its only `<h1>`: the site's name, which the
        // `<title>` carries beside the page's own.
        let declared = first(["og:title", "twitter:title"]) ?? ld.headline
        if declared == nil, let own = page.h1.flatMap({ titleBeside(siteName: $0, in: page) }) {
            m.title = own
        } else if declared == nil, let headline = headlineInTitle(page, site: siteName) {
            m.title = headline
        } else {
            m.title = declared ?? page.h1 ?? page.title.map { stripSiteSuffix($0, site: m.site) }
            if let t = m.title { m.title = stripSiteSuffix(t, site: m.site) }
        }
        if m.site == nil, let raw = page.title, let title = m.title { m.site = siteBeside(title, in: raw) }
        m.url = page.canonical ?? first(["og:url", "twitter:url"]) ?? ld.url
        func believable(_ raw: String?, _ what: String) -> String? {
            guard let raw else { return nil }
            switch LooseDate.check(raw) {
            case let .valid(value): return value
            case let .refused(why): warnings.append("\(what) \(why); not used"); return nil
            case .unreadable: return nil
            }
        }
        let metaKeys = ["article:published_time", "article:published", "datepublished", "date", "pubdate", "publishdate", "publish-date",
                        "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time",
                        "citation_publication_date"]
        var candidates: [(raw: String, what: String, source: DateSource)] = []
        if let p = ld.published { candidates.append((p, "JSON-LD datePublished", .jsonLD)) }
        for k in metaKeys { if let v = meta[k], !v.isEmpty { candidates.append((v, "<meta \(k)>", .htmlMeta)) } }
        for t in page.timeDatetimes { candidates.append((t, "<time datetime>", .htmlMeta)) }
        // Older and regional CMSs name the date their own way; asked after the common names and
        // the page's `<time>`, a creation date last (it is the publication date where a CMS
        // states nothing else, and a revision date is never taken for it).
        for k in otherPublishedKeys + createdKeys { if let v = meta[k], !v.isEmpty { candidates.append((v, "<meta \(k)>", .htmlMeta)) } }
        for c in candidates {
            if let p = believable(c.raw, c.what) { m.published = p; m.publishedSource = c.source; break }
        }
        if m.published == nil, let u = m.url, let p = dateInURL(u) {
            m.published = p; m.publishedSource = .htmlMeta
        }
        m.updated = believable(ld.modified, "JSON-LD dateModified")
            ?? believable(first(["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
                                 "lastmodified", "last_modified", "revision_date", "article_date_updated", "dc.date.modified"]), "<meta> modified date")
        m.byline = first(["author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"]).flatMap(cleanByline) ?? ld.author
        if let b = m.byline, b.hasPrefix("http") { m.byline = ld.author }
        if let lang = page.language ?? first(["og:locale", "content-language", "language", "dc.language"]) {
            let code = lang.lowercasedFast.prefix { $0.isLetter }
            if code.count == 2 { m.language = String(code) }
        }
        return m
    }

    static func cleanByline(_ raw: String) -> String? {
        var s = raw.collapsingWhitespace()
        for prefix in ["By ", "by ", "BY "] where s.hasPrefix(prefix) { s = String(s.dropFirst(prefix.count)) }
        // (a name of two words or more set in capitals, `SCOTT SHANE`, is read in its own case;
        // one word in capitals may be letters, `CP`, `TV3`)
        if s.contains(" "), s.contains(where: \.isLetter), !s.contains(where: \.isLowercase) { s = NameCase.readingCapitals(s) }
        return s.isEmpty ? nil : s
    }

    /// `Headline | Site`, `Headline - Site`, `Headline — Site`: drop the part naming the site, or a
    /// short trailing part when the site is unknown.
    public static func stripSiteSuffix(_ title: String, site: String?) -> String {
        let t = title.collapsingWhitespace()
        let siteFolded = site.flatMap { $0.isEmpty ? nil : $0.folded }
        for sep in titleSeparators {
            guard let r = t.range(of: sep, options: .backwards) else { continue }
            let head = String(t[..<r.lowerBound]), tail = String(t[r.upperBound...])
            if let siteFolded {
                let tailFolded = tail.folded
                if tailFolded.contains(siteFolded) || siteFolded.contains(tailFolded) { return head }
            }
            if tail.split(separator: " ").count <= 4 && head.split(separator: " ").count >= 3 { return head }
        }
        return t
    }

    /// When the `<h1>` is the site's name and the page's own title stands beside it in the
    /// `<title>` (`Rust on the sills - Old Toyota Forum`, `Old Toyota Forum: Rust on the sills`)
    /// and again as a heading of the page, that title. (The heading is asked for because a
    /// `<title>` also reads `Site - Section` over a section's `<h1>`.)
    static func titleBeside(siteName h1: String, in page: ParsedPage) -> String? {
        guard let title = page.title else { return nil }
        let h = h1.collapsingWhitespace().folded
        let t = title.collapsingWhitespace()
        // Blogger writes `Site: Post title`.
        if let colon = t.range(of: ": "), String(t[..<colon.lowerBound]).folded == h {
            let own = String(t[colon.upperBound...])
            if !own.isEmpty, page.blocks.contains(where: { $0.kind == .heading && $0.text.folded == own.folded }) { return own }
        }
        guard !h.isEmpty, let r = titleSeparators.lazy.compactMap({ t.range(of: $0, options: .backwards) }).first else { return nil }
        let head = String(t[..<r.lowerBound]), tail = String(t[r.upperBound...])
        guard tail.folded == h, head.count > tail.count else { return nil }
        // A forum's later pages put their number between the two (`Rust on the sills - Page 2 - Old
        // Toyota Forum`): the title is the longest front part a heading repeats.
        var own = head
        while !own.trimmingWhitespace().isEmpty {
            let folded = own.folded
            if page.blocks.contains(where: { $0.kind == .heading && $0.text.folded == folded }) { return own }
            guard let cut = titleSeparators.lazy.compactMap({ own.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
            own = String(own[..<cut.lowerBound])
        }
        return nil
    }

    /// Publication dates under the names older and regional CMSs give them (`OriginalPublicationDate`,
    /// `DISPLAYDATE`, `dateofpublication`; meta names are read in lower case).
    static let otherPublishedKeys = ["originalpublicationdate", "publicationdate", "publication_date", "publication-date",
                                     "published", "published_date", "published-date", "date_published", "dateofpublication",
                                     "dc.date.publication", "dcterms.issued", "dcterms.date", "article.published",
                                     "article_date_original", "article_date", "publish_date", "rbpubdate", "displaydate", "pdate"]
    /// When the page was made, which a CMS that states nothing else sets at publication.
    static let createdKeys = ["created", "date_created", "datecreated", "creation_date", "content_create_date",
                              "dc.date.created", "dc.created"]

    /// A block shorter than this is no headline found in the `<title>` (a section's name, `Sport`).
    static let titleHeadlineMinWords = 3

    /// The headline as the `<title>` holds it between the site's and the section's names
    /// (`TV3 > News > National News > Story > Officials get down to …`, `Aussies need doubles win
    /// at Hopman Cup - ABC News`): the longest heading of the page the `<title>` contains, else
    /// the longest other block (older templates set the headline in a styled `<div>`), for
    /// pages whose first `<h1>` is the site's or the section's name (`Sport`, `Local Teams`,
    /// `The Columbus Dispatch`). A block that names the site is not the headline.
    static func headlineInTitle(_ page: ParsedPage, site: String?) -> String? {
        guard let raw = page.title else { return nil }
        let title = raw.collapsingWhitespace().folded
        let siteName = site.map { $0.collapsingWhitespace().folded }.flatMap { $0.isEmpty ? nil : $0 }
        var best: (text: String, heading: Bool, length: Int, at: Range<String.Index>)?
        for b in page.blocks where b.text.utf8.count <= raw.utf8.count + 8 && b.linkChars * 2 < b.text.count {
            let text = b.text.collapsingWhitespace()
            let folded = text.folded
            guard folded.split(separator: " ").count >= titleHeadlineMinWords, let at = title.range(of: folded),
                  bounded(at, in: title), Dateline.standalone(text) == nil else { continue }
            if let siteName, folded.contains(siteName) { continue }
            let heading = b.kind == .heading
            if let best, (best.heading && !heading) || (best.heading == heading && best.length >= folded.count) { continue }
            best = (text, heading, folded.count, at)
        }
        // (a headline set in capitals is read in the `<title>`'s own letters, where folding kept
        // the `<title>` character for character)
        let shown = raw.collapsingWhitespace()
        if let best, !best.text.contains(where: \.isLowercase), shown.count == title.count {
            let lower = title.distance(from: title.startIndex, to: best.at.lowerBound), length = title.distance(from: best.at.lowerBound, to: best.at.upperBound)
            let from = shown.index(shown.startIndex, offsetBy: lower)
            return String(shown[from..<shown.index(from, offsetBy: length)])
        }
        return best?.text
    }

    /// Whether a part found in a `<title>` stands between its separators: the whole of a phrase,
    /// not its first words (`Structure of education system` in `Structure of education system in Ukraine`).
    static func bounded(_ r: Range<String.Index>, in title: String) -> Bool {
        func side(_ chars: Substring) -> Bool {
            // (the next character that is not a space is a separator's, or there is none; an
            // ellipsis separates too: `AdelaideNow... Heart surgeon to detail affair`)
            let next = chars.drop { $0 == " " }
            guard let c = next.first else { return true }
            return "|-–—:<>»«›‹/\\()[]•·~=*…".contains(c) || next.hasPrefix("..")
        }
        return side(title[r.upperBound...]) && side(Substring(title[..<r.lowerBound].reversed()))
    }

    /// A publication's name is a few words (`ABC News (Australian Broadcasting Corporation)`).
    static let siteNameMaxWords = 6
    /// A section's name alone beside the headline is no publication's.
    static let sectionNames: WordSet = ["news", "sport", "sports", "opinion", "business", "world", "politics", "home", "blog", "blogs",
                                        "entertainment", "technology", "tech", "local", "health", "science", "story", "article", "video",
                                        "breaking news", "world news", "latest news", "top stories"]

    /// The publication a `<title>` names beside the headline, for pages whose metadata names none:
    /// its last part after the headline (`Aussies need doubles win at Hopman Cup - ABC News`,
    /// `… - NFL News Story - WJAC Johnstown`), else its first part before it (`TV3 > News > … >
    /// Officials get down to planning …`).
    static func siteBeside(_ headline: String, in raw: String) -> String? {
        let t = raw.collapsingWhitespace()
        let own = headline.collapsingWhitespace()
        guard !own.isEmpty, own.count < t.count, let r = t.range(of: own, options: .caseInsensitive) else { return nil }
        func parts(_ s: Substring) -> [String] {
            var marked = String(s)
            for separator in titlePartSeparators { marked = marked.replacingOccurrences(of: separator, with: "\u{1F}") }
            return marked.split(separator: "\u{1F}").map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "|-–—:>»«›·"))) }.filter { !$0.isEmpty }
        }
        // (the far end of the `<title>`: its last part when the headline opens it, its first when
        // the headline ends it)
        let after = parts(t[r.upperBound...]), before = parts(t[..<r.lowerBound])
        guard let site = before.isEmpty ? after.last : after.isEmpty ? before.first : nil,
              (1...siteNameMaxWords).contains(LineShape.words(site)), let first = site.unicodeScalars.first,
              first.properties.isUppercase || first.properties.numericType != nil || site.contains("."),
              !site.contains("?"), !site.contains("!"), !site.contains(": "), !sectionNames.contains(site.lowercasedFast), Dateline.standalone(site) == nil else { return nil }
        // A part that is not plainly a publication's name (`Italy`, `Academic Programs`, `Monday
        // 11.12.12`) is left out: the name has a publication's word or is a web address.
        let words = LooseDate.tokenize(site.lowercasedFast)
        guard words.contains(where: { publicationWords.contains($0) }) || isWebAddress(site) else { return nil }
        return site.hasSuffix(".") && !site.hasSuffix("..") ? String(site.dropLast()) : site
    }

    /// Words that name a publication (`The Hindu` aside, most do): a news site's title ends with one.
    static let publicationWords: WordSet = [
        "news", "times", "post", "herald", "journal", "tribune", "telegraph", "guardian", "daily", "online", "blog", "radio", "tv",
        "press", "reuters", "afp", "ap", "upi", "bbc", "cnn", "abc", "nbc", "cbs", "fox", "magazine", "gazette", "star", "mail", "express",
        "standard", "chronicle", "observer", "review", "today", "weekly", "network", "channel", "sun", "independent", "courier",
        "dispatch", "register", "record", "bulletin", "wire", "examiner", "inquirer", "enquirer", "advertiser", "monitor", "mirror",
        "week", "insider", "report", "reporter", "leader", "globe", "age", "australian", "hindu",
    ]

    /// `SignOnSanDiego.com`, `thewest.com.au`, `Independent.ie`: a host name as a site calls itself.
    static func isWebAddress(_ s: String) -> Bool {
        guard !s.contains(" ") || s.lowercased().hasPrefix("www."), let dot = s.lastIndex(of: ".") else { return false }
        let tld = s[s.index(after: dot)...]
        return (2...4).contains(tld.count) && tld.allSatisfy { $0.isASCII && $0.isLetter }
    }

    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "]
    /// …and those that also part a site's and a section's names from the headline (`TV3 > News > …`).
    static let titlePartSeparators = titleSeparators + [" > ", " : ", " » ", " « ", " › ", " -- "]

    /// `/2009/12/04/` or `/2009-12-04` in a URL path.
    static func dateInURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        for i in 0..<parts.count where parts[i].count == 4 {
            guard let y = Int(parts[i]), (1990...2100).contains(y), i + 2 < parts.count,
                  parts[i + 1].count <= 2, parts[i + 2].count <= 2,
                  let mo = Int(parts[i + 1]), let d = Int(parts[i + 2]),
                  let date = CivilDate(year: y, month: mo, day: d) else { continue }
            return date.iso
        }
        return nil
    }
}

/// The article facts in a page's JSON-LD blocks (NewsArticle and friends, `@graph` included).
struct JSONLDFacts {
    var headline: String?
    var published: String?
    var modified: String?
    var author: String?
    var publisher: String?
    var url: String?
    /// The longest `articleBody` (or a forum post's `text`) of the page's article objects.
    var articleBody: String?
    /// `isAccessibleForFree`, the structured-data mark of an article behind a paywall.
    var freeToRead: Bool?

    init(_ scripts: [String]) {
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            visit(object, depth: 0)
        }
    }

    private static let articleTypes: WordSet = [
        "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "webpage", "liveblogposting", "scholarlyarticle", "techarticle", "backgroundnewsarticle", "discussionforumposting",
    ]

    private mutating func visit(_ object: Any, depth: Int) {
        guard depth < 8 else { return }
        if let list = object as? [Any] { for item in list { visit(item, depth: depth + 1) }; return }
        guard let dict = object as? [String: Any] else { return }
        if let graph = dict["@graph"] { visit(graph, depth: depth + 1) }
        let types: [String] = ((dict["@type"] as? [Any]) ?? [dict["@type"] as Any]).compactMap { ($0 as? String)?.lowercasedFast }
        guard types.contains(where: { Self.articleTypes.contains($0) }) else { return }
        let isWebPage = types == ["webpage"]
        if !isWebPage || headline == nil {
            if headline == nil { headline = (dict["headline"] as? String ?? dict["name"] as? String)?.collapsingWhitespace() }
        }
        if published == nil { published = dict["datePublished"] as? String ?? dict["dateCreated"] as? String }
        if modified == nil { modified = dict["dateModified"] as? String }
        if url == nil { url = dict["url"] as? String ?? dict["mainEntityOfPage"] as? String }
        if author == nil { author = Self.names(dict["author"] ?? dict["creator"]) }
        if publisher == nil { publisher = Self.names(dict["publisher"]) }
        if let body = dict["articleBody"] as? String ?? dict["text"] as? String, body.count > articleBody?.count ?? 0 { articleBody = body }
        if freeToRead == nil, let free = dict["isAccessibleForFree"] {
            if let b = free as? Bool { freeToRead = b } else if let t = free as? String { freeToRead = t.lowercasedFast != "false" }
        }
    }

    private static func names(_ value: Any?) -> String? {
        guard let value else { return nil }
        if let s = value as? String { return s.isEmpty || s.hasPrefix("http") ? nil : s }
        if let d = value as? [String: Any] { return (d["name"] as? String)?.collapsingWhitespace() }
        if let list = value as? [Any] {
            let all = list.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }
}
