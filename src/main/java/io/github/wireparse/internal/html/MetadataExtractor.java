package io.github.wireparse.internal.html;

import io.github.wireparse.PageDate;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.TextDirection;
import io.github.wireparse.internal.Resources;
import io.github.wireparse.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page's metadata: JSON-LD ({@code NewsArticle} and its kin, alone, in arrays or in an
 * {@code @graph}; authors as objects, arrays or strings), Open Graph and {@code article:*} meta
 * tags, other common meta names, {@code <link rel=canonical>}, {@code <html lang>} and the
 * {@code dir} of the page or its main content. JSON-LD wins over meta tags where both say
 * something, except for the canonical URL and the lead image, which the page's own tags state more
 * reliably. Dates ({@link PageDates}) come from JSON-LD, then the date meta names, then
 * {@code <time datetime>} and time stamp attributes, then the visible text of elements whose class
 * names a date, each noted with where it came from.
 */
final class MetadataExtractor {

    /** JSON-LD types that describe an article, best first. */
    private static final List<String> ARTICLE_TYPES = Resources.lines("html/article-types.txt");

    /**
     * {@return the JSON-LD article's title: its {@code headline}, else its {@code name}} When both
     * are given and differ, the one the page's {@code <title>} agrees with: some pages put a
     * description in {@code headline} ({@code "constitutional monarchy in Oceania"} for {@code
     * "New Zealand"}), others the site's name in {@code name}.
     */
    private static Optional<String> jsonLdTitle(Optional<String> headline, Optional<String> name, PageScan scan) {
        if (headline.isPresent() && name.isPresent() && scan.title != null) {
            String page = scan.title.text();
            boolean h = PageHeadline.agree(headline.get(), page);
            boolean n = PageHeadline.agree(name.get(), page);
            if (n && !h) {
                return name;
            }
        }
        return headline.or(() -> name);
    }

    private static final int MAX_JSON_ITEMS = 10_000;
    /** Visible date text that says it is the modification date ({@code html/modified-date-words.txt}). */
    private static final Pattern UPDATED = Pattern.compile(
            Resources.lines("html/modified-date-words.txt").stream()
                    .map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|", "\\b(?:", ")")),
            Pattern.CASE_INSENSITIVE);

    /** Space between the names of a meta property; compiled once (String.split would compile it per call). */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    /** Meta names that name an author the Dublin Core or analytics way. */
    private static final Set<String> CREATOR_META = Resources.set("html/creator-meta-names.txt");

    /**
     * Meta names read besides {@code og:*}, {@code article:*}, {@link #CREATOR_META} and the date
     * names of {@link PageDates}.
     */
    private static final Set<String> WANTED_META = wanted(Resources.lines("html/meta-names.txt"));

    private static Set<String> wanted(List<String> names) {
        Set<String> s = new java.util.HashSet<>(names);
        s.addAll(CREATOR_META);
        s.addAll(PageDates.PUBLISHED_META);
        s.addAll(PageDates.MODIFIED_META);
        return Set.copyOf(s);
    }

    private MetadataExtractor() {}

    /** What the JSON-LD says about the article. */
    private static final class LdArticle {
        int rank = Integer.MAX_VALUE;

        @Nullable
        Map<String, Object> article;

        Optional<String> publisher = Optional.empty();
        /** The publisher the article object itself names. */
        Optional<String> articlePublisher = Optional.empty();
    }

    /**
     * Extracts the metadata of a page.
     *
     * @param doc the page
     * @return the metadata; empty parts where the page says nothing
     */
    static PageMetadata extract(Document doc) {
        return extract(doc, PageScan.scan(doc));
    }

    /**
     * Extracts the metadata of a page already scanned.
     *
     * @param doc  the page
     * @param scan what a pass over the page found
     * @return the metadata; empty parts where the page says nothing
     */
    static PageMetadata extract(Document doc, PageScan scan) {
        Map<String, String> meta = new java.util.HashMap<>();
        List<String> articleAuthors = new ArrayList<>();
        List<String> articleTags = new ArrayList<>();
        List<String> creators = new ArrayList<>();
        for (Element m : scan.metas) {
            String keys = m.hasAttr("property")
                    ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String content = clean(m.hasAttr("content") ? m.attr("content") : m.attr("datetime"));
            if (content.isEmpty()) {
                continue;
            }
            // A property may list several names, space-separated: "og:title twitter:title".
            for (String k : WHITESPACE_RUN.split(keys.trim(), -1)) {
                String key = k.toLowerCase(Locale.ROOT);
                if (!key.startsWith("og:") && !key.startsWith("article:") && !WANTED_META.contains(key)) {
                    continue;
                }
                if (key.equals("article:author")
                        || key.equals("article:author_name")
                        || key.equals("author") && meta.containsKey("author")) {
                    articleAuthors.add(content);
                }
                if (CREATOR_META.contains(key)) {
                    creators.add(content);
                }
                if (key.equals("article:tag")) {
                    articleTags.add(content);
                }
                meta.putIfAbsent(key, content);
            }
        }
        LdArticle ld = jsonLd(scan.jsonLd);
        Map<String, Object> a = ld.article;

        Optional<String> canonical = Optional.empty();
        Element link = scan.canonical;
        if (link != null) {
            String href = link.attr("href");
            canonical =
                    nonEmpty(plainAbsolute(href) ? href : link.absUrl("href")).or(() -> nonEmpty(href));
        }
        if (canonical.isEmpty()) {
            canonical = nonEmpty(meta.get("og:url"));
        }
        if (canonical.isEmpty() && a != null) {
            canonical = str(a.get("url")).or(() -> id(a.get("mainEntityOfPage")));
        }
        canonical = canonical.map(u -> resolve(doc.location(), u));

        // og:site_name, unless it is the article's JSON-LD publisher with a slogan added
        // ("Daily Example - All the news"): then the publisher's name alone.
        Optional<String> ogSite = nonEmpty(meta.get("og:site_name"));
        if (ogSite.isPresent()
                && ld.articlePublisher.isPresent()
                && ogSite.get().length() > ld.articlePublisher.get().length()
                && ogSite.get().startsWith(ld.articlePublisher.get())) {
            ogSite = ld.articlePublisher;
        }
        Optional<String> site = ogSite.or(() -> ld.publisher).or(() -> nonEmpty(meta.get("application-name")));
        Optional<String> title = Optional.empty();
        Optional<String> description = Optional.empty();
        Optional<PageDate> published = Optional.empty();
        Optional<PageDate> modified = Optional.empty();
        List<String> authors = new ArrayList<>();
        Optional<String> section = Optional.empty();
        List<String> keywords = new ArrayList<>();
        Optional<String> image = Optional.empty();
        if (a != null) {
            title = jsonLdTitle(str(a.get("headline")), str(a.get("name")), scan);
            description = str(a.get("description"));
            published = str(a.get("datePublished")).flatMap(v -> PageDates.parse(v, PageDate.Origin.JSON_LD));
            modified = str(a.get("dateModified")).flatMap(v -> PageDates.parse(v, PageDate.Origin.JSON_LD));
            names(a.get("author"), authors);
            section = strings(a.get("articleSection")).stream().findFirst();
            for (String k : strings(a.get("keywords"))) {
                splitKeywords(k, keywords);
            }
            image = imageUrl(a.get("image"));
        }
        title = title.or(() -> nonEmpty(meta.get("og:title")))
                .or(() -> nonEmpty(meta.get("twitter:title")))
                .or(() -> scan.title == null ? Optional.empty() : nonEmpty(scan.title.text()));
        description =
                description.or(() -> nonEmpty(meta.get("og:description"))).or(() -> nonEmpty(meta.get("description")));
        published = published.or(() -> firstDate(meta, PageDates.PUBLISHED_META));
        modified = modified.or(() -> firstDate(meta, PageDates.MODIFIED_META));
        if (published.isEmpty() && scan.timestamp != null) {
            Element t = scan.timestamp;
            published = PageDates.parse(
                    t.hasAttr("data-timestamp") ? t.attr("data-timestamp") : t.attr("data-source"),
                    PageDate.Origin.TIME_ELEMENT);
        }
        if (published.isEmpty() || modified.isEmpty()) {
            // <time datetime>: one saying it holds the modification date is that; of the others,
            // one saying it holds the publication date wins over the first.
            PageDate timePublished = null;
            boolean stated = false;
            PageDate timeModified = null;
            List<Element> times = scan.times;
            if (times.isEmpty() && published.isEmpty()) {
                // The text walk skips page chrome a <time> may sit in; look once more, only here.
                List<Element> found = new ArrayList<>();
                ElementWalk.each(doc, t -> {
                    if (t.normalName().equals("time") && t.hasAttr("datetime")) {
                        found.add(t);
                    }
                    return found.size() < PageScan.MAX_DATES;
                });
                times = found;
            }
            for (Element t : times) {
                Optional<PageDate> d = PageDates.parse(t.attr("datetime"), PageDate.Origin.TIME_ELEMENT);
                if (d.isEmpty()) {
                    continue;
                }
                if (statesModified(t)) {
                    if (timeModified == null) {
                        timeModified = d.get();
                    }
                } else if (timePublished == null || !stated && statesPublished(t)) {
                    timePublished = d.get();
                    stated = statesPublished(t);
                }
            }
            if (published.isEmpty()) {
                published = Optional.ofNullable(timePublished);
            }
            if (modified.isEmpty()) {
                modified = Optional.ofNullable(timeModified);
            }
        }
        if (published.isEmpty()) {
            // A date element may write a month and day only: the URL's date gives the year when it is that day.
            Optional<LocalDate> urlDate =
                    PageDates.urlDate(canonical.orElse("")).or(() -> PageDates.urlDate(doc.location()));
            // A time stamp element may carry the date machine-readable in its title. One whose
            // text says "Updated" states the modification date.
            Optional<PageDate> updated = Optional.empty();
            for (Element e : scan.dateTexts) {
                String text = e.text();
                Optional<PageDate> d = PageDates.parse(e.attr("title"), PageDate.Origin.TIME_ELEMENT)
                        .filter(x -> x.time().isPresent())
                        .or(() -> PageDates.find(text, PageDate.Origin.VISIBLE_TEXT, urlDate));
                if (d.isEmpty()) {
                    continue;
                }
                if (UPDATED.matcher(text).find()) {
                    updated = updated.or(() -> d);
                } else {
                    published = d;
                    break;
                }
            }
            if (modified.isEmpty()) {
                modified = updated;
            }
        }
        if (authors.isEmpty()) {
            for (String s : articleAuthors) {
                if (!s.startsWith("http")) {
                    authors.add(withoutBy(s));
                }
            }
            if (authors.isEmpty()) {
                for (String s : creators) {
                    if (!s.startsWith("http") && !authors.contains(withoutBy(s))) {
                        authors.add(withoutBy(s));
                    }
                }
            }
            if (authors.isEmpty()) {
                nonEmpty(meta.get("author"))
                        .filter(s -> !s.startsWith("http"))
                        .map(MetadataExtractor::withoutBy)
                        .filter(s -> !s.isEmpty())
                        .ifPresent(authors::add);
            }
        }
        section = section.or(() -> nonEmpty(meta.get("article:section")));
        if (keywords.isEmpty()) {
            nonEmpty(meta.get("keywords"))
                    .or(() -> nonEmpty(meta.get("news_keywords")))
                    .ifPresent(k -> splitKeywords(k, keywords));
        }
        if (keywords.isEmpty()) {
            keywords.addAll(articleTags);
        }
        Element html = doc.firstElementChild();
        Optional<TextDirection> direction = direction(html);
        if (direction.isEmpty() && html != null) {
            // Not doc.body(): that adds a body to a document without one.
            for (Element child : html.children()) {
                if (child.normalName().equals("body")) {
                    direction = direction(child);
                    break;
                }
            }
        }
        if (direction.isEmpty()) {
            direction = direction(scan.directed);
        }
        Optional<String> pageLang = html == null ? Optional.empty() : nonEmpty(html.attr("lang"));
        Optional<String> language = pageLang.or(() -> nonEmpty(meta.get("content-language")))
                .or(() -> ld.article == null ? Optional.empty() : str(ld.article.get("inLanguage")))
                .or(() -> nonEmpty(meta.get("og:locale")).map(l -> l.replace('_', '-')));
        Optional<String> ogImage = nonEmpty(meta.get("og:image"))
                .or(() -> nonEmpty(meta.get("og:image:url")))
                .or(() -> nonEmpty(meta.get("twitter:image")));
        if (ogImage.isPresent()) {
            image = ogImage;
        }
        image = image.map(u -> resolve(doc.location(), u));
        if (published.isPresent()) {
            PageDate p = published.get();
            modified = modified.filter(m -> !PageDates.modifiedBeforePublished(m, p));
        }
        return new PageMetadata(
                canonical,
                site,
                title,
                description,
                published,
                modified,
                dedupe(authors),
                section,
                dedupe(keywords),
                language,
                direction,
                image);
    }

    private static Optional<TextDirection> direction(@Nullable Element el) {
        if (el == null) {
            return Optional.empty();
        }
        return switch (el.attr("dir").trim().toLowerCase(Locale.ROOT)) {
            case "ltr" -> Optional.of(TextDirection.LTR);
            case "rtl" -> Optional.of(TextDirection.RTL);
            case "auto" -> Optional.of(TextDirection.AUTO);
            default -> Optional.empty();
        };
    }

    /** {@return whether a time element says it holds the modification date (itemprop or class)} */
    private static boolean statesModified(Element t) {
        String s = (t.attr("itemprop") + " " + t.className()).toLowerCase(Locale.ROOT);
        return s.contains("modif") || s.contains("updat");
    }

    /** {@return whether a time element says it holds the publication date (itemprop, class or pubdate)} */
    private static boolean statesPublished(Element t) {
        String s = (t.attr("itemprop") + " " + t.className()).toLowerCase(Locale.ROOT);
        return t.hasAttr("pubdate") || s.contains("publish") || s.contains("created");
    }

    // ---------------------------------------------------------------- JSON-LD

    /**
     * {@return a script's {@link Element#data()}} A script parsed from a page holds one data node,
     * whose text is returned as it is rather than copied through a builder.
     */
    private static String data(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode d) {
            return d.getWholeData();
        }
        return script.data();
    }

    private static LdArticle jsonLd(List<Element> scripts) {
        LdArticle best = new LdArticle();
        for (Element script : scripts) {
            Optional<Object> root = Json.read(data(script));
            if (root.isEmpty()) {
                continue;
            }
            Deque<Object> todo = new ArrayDeque<>();
            todo.push(root.get());
            int seen = 0;
            while (!todo.isEmpty() && seen++ < MAX_JSON_ITEMS) {
                Object o = todo.pop();
                if (o instanceof List<?> list) {
                    for (int i = list.size() - 1; i >= 0; i--) {
                        todo.push(list.get(i));
                    }
                } else if (o instanceof Map<?, ?> map) {
                    Map<String, Object> m = cast(map);
                    int rank = rank(m.get("@type"));
                    if (rank < best.rank) {
                        best.rank = rank;
                        best.article = m;
                    }
                    Object graph = m.get("@graph");
                    if (graph != null) {
                        todo.push(graph);
                    }
                    Object main = m.get("mainEntity");
                    if (main instanceof Map || main instanceof List) {
                        todo.push(main);
                    }
                    if (best.publisher.isEmpty() && m.get("publisher") instanceof Map<?, ?> p) {
                        best.publisher = str(p.get("name"));
                    }
                    if (best.publisher.isEmpty()
                            && hasType(m.get("@type"), "Organization")
                            && rank(m.get("@type")) == Integer.MAX_VALUE) {
                        best.publisher = str(m.get("name"));
                    }
                }
            }
        }
        if (best.article != null && best.article.get("publisher") instanceof Map<?, ?> p) {
            best.articlePublisher = str(p.get("name"));
            best.publisher = best.articlePublisher.or(() -> best.publisher);
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static int rank(@Nullable Object type) {
        int best = Integer.MAX_VALUE;
        for (String t : strings(type)) {
            int r = ARTICLE_TYPES.indexOf(t.replace("http://schema.org/", "").replace("https://schema.org/", ""));
            if (r >= 0 && r < best) {
                best = r;
            }
        }
        return best;
    }

    private static boolean hasType(@Nullable Object type, String name) {
        return strings(type).contains(name);
    }

    /** Collects person names from an author value: string, object, array, or nested mixes. */
    private static void names(@Nullable Object v, List<String> out) {
        if (v == null) {
            return;
        }
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(v);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < 1000) {
            Object o = todo.pop();
            if (o instanceof String s) {
                String c = clean(unescape(s));
                if (c.regionMatches(true, 0, "By ", 0, 3)) {
                    c = c.substring(3).trim();
                }
                if (!c.isEmpty() && !c.startsWith("http")) {
                    out.add(c);
                }
            } else if (o instanceof List<?> list) {
                for (int i = list.size() - 1; i >= 0; i--) {
                    todo.push(list.get(i));
                }
            } else if (o instanceof Map<?, ?> m) {
                Object name = m.get("name");
                if (name instanceof String) {
                    todo.push(name);
                } else if (m.get("mainEntity") != null) {
                    todo.push(m.get("mainEntity"));
                } else if (name instanceof List) {
                    todo.push(name);
                }
            }
        }
    }

    private static Optional<String> imageUrl(@Nullable Object v) {
        Object o = v;
        for (int i = 0; i < 4 && o != null; i++) {
            if (o instanceof String s) {
                return nonEmpty(s);
            }
            if (o instanceof List<?> l) {
                o = l.isEmpty() ? null : l.get(0);
            } else if (o instanceof Map<?, ?> m) {
                o = m.get("url") != null ? m.get("url") : m.get("contentUrl");
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> id(@Nullable Object v) {
        if (v instanceof Map<?, ?> m) {
            return str(m.get("@id")).or(() -> str(m.get("url")));
        }
        return str(v);
    }

    private static Optional<String> str(@Nullable Object v) {
        if (v instanceof String s) {
            return nonEmpty(unescape(s));
        }
        if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String s) {
            return nonEmpty(unescape(s));
        }
        return Optional.empty();
    }

    private static List<String> strings(@Nullable Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            nonEmpty(s).ifPresent(out::add);
        } else if (v instanceof Collection<?> l) {
            for (Object o : l) {
                if (o instanceof String s) {
                    nonEmpty(s).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static String unescape(String s) {
        return s.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(s, false) : s;
    }

    private static void splitKeywords(String k, List<String> out) {
        for (String part : k.split(",", -1)) { // -1 keeps trailing empty parts, skipped below anyway
            String p = clean(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
    }

    /**
     * {@return an author value without the {@code By} a page's meta tag sometimes opens it with
     * ({@code <meta name="author" content="By Fergus Jensen">}), as JSON-LD authors are read}
     */
    static String withoutBy(String s) {
        String t = s.strip();
        return t.regionMatches(true, 0, "By ", 0, 3) ? t.substring(3).strip() : t;
    }

    private static List<String> dedupe(List<String> l) {
        Set<String> s = new LinkedHashSet<>(l);
        return List.copyOf(s);
    }

    // ---------------------------------------------------------------- values

    private static Optional<PageDate> firstDate(Map<String, String> meta, List<String> keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null) {
                Optional<PageDate> d = PageDates.parse(v, PageDate.Origin.META);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether a URL is absolute ({@code http} or {@code https}) and written so plainly
     * that resolving it, as {@link Element#absUrl} does, gives it back unchanged} It must read as
     * a {@link URI} with a server host, no user information, no empty port and no dot segments
     * (nor any path segment opening with a dot): such URLs skip the costly resolution.
     */
    static boolean plainAbsolute(String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        return uri.getHost() != null
                && uri.getRawUserInfo() == null
                && !uri.getRawAuthority().endsWith(":")
                && !uri.getRawPath().contains("/.");
    }

    private static String resolve(String base, String url) {
        if (base.isEmpty() || url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        try {
            return URI.create(base).resolve(url.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static Optional<String> nonEmpty(@Nullable String s) {
        if (s == null) {
            return Optional.empty();
        }
        String c = clean(s);
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    /** Collapses white space and trims. */
    static String clean(String s) {
        if (isClean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Texts.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@return whether {@link #clean} would give a text back unchanged: single plain spaces between words only} */
    private static boolean isClean(String s) {
        int n = s.length();
        if (n > 0 && (Texts.isSpace(s.charAt(0)) || Texts.isSpace(s.charAt(n - 1)))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (Texts.isSpace(c) && (c != ' ' || Texts.isSpace(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }
}
