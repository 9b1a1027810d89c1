package io.github.wireparse.internal.html;

import io.github.wireparse.PageMetadata;
import io.github.wireparse.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page's metadata: JSON-LD ({@code NewsArticle} and its kin, alone, in arrays or in an
 * {@code @graph}; authors as objects, arrays or strings), Open Graph and {@code article:*} meta
 * tags, other common meta names, {@code <link rel=canonical>} and {@code <html lang>}. JSON-LD wins
 * over meta tags where both say something, except for the canonical URL and the lead image, which
 * the page's own tags state more reliably.
 */
final class MetadataExtractor {

    /** JSON-LD types that describe an article, best first. */
    private static final List<String> ARTICLE_TYPES = List.of(
            "NewsArticle",
            "ReportageNewsArticle",
            "AnalysisNewsArticle",
            "Article",
            "LiveBlogPosting",
            "BlogPosting",
            "OpinionNewsArticle",
            "BackgroundNewsArticle",
            "ReviewNewsArticle",
            "Report",
            "TechArticle",
            "SocialMediaPosting",
            "WebPage");

    private static final Pattern DATE_SPACE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
    private static final Pattern OFFSET_NO_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern EPOCH = Pattern.compile("\\d{10,13}");
    private static final int MAX_JSON_ITEMS = 10_000;
    /** Meta names read besides {@code og:*} and {@code article:*}. */
    private static final Set<String> WANTED_META = Set.of(
            "twitter:title",
            "twitter:image",
            "description",
            "keywords",
            "news_keywords",
            "author",
            "application-name",
            "content-language",
            "datepublished",
            "datemodified",
            "pubdate",
            "publishdate",
            "publish-date",
            "parsely-pub-date",
            "sailthru.date",
            "dc.date.issued",
            "dcterms.created",
            "dcterms.modified",
            "date",
            "lastmod",
            "dc.creator",
            "dc:creator",
            "dcterms.creator",
            "parsely-author",
            "sailthru.author");
    /** Meta names that name an author the Dublin Core or analytics way. */
    private static final Set<String> CREATOR_META =
            Set.of("dc.creator", "dc:creator", "dcterms.creator", "parsely-author", "sailthru.author");

    private MetadataExtractor() {}

    /** What the JSON-LD says about the article. */
    private static final class LdArticle {
        int rank = Integer.MAX_VALUE;

        @Nullable
        Map<String, Object> article;

        Optional<String> publisher = Optional.empty();
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
            for (String k : keys.trim().split("\\s+", -1)) {
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

        Optional<String> site = nonEmpty(meta.get("og:site_name"))
                .or(() -> ld.publisher)
                .or(() -> nonEmpty(meta.get("application-name")));
        Optional<String> title = Optional.empty();
        Optional<String> description = Optional.empty();
        Optional<Instant> published = Optional.empty();
        Optional<Instant> modified = Optional.empty();
        List<String> authors = new ArrayList<>();
        Optional<String> section = Optional.empty();
        List<String> keywords = new ArrayList<>();
        Optional<String> image = Optional.empty();
        if (a != null) {
            title = str(a.get("headline")).or(() -> str(a.get("name")));
            description = str(a.get("description"));
            published = str(a.get("datePublished")).flatMap(MetadataExtractor::instant);
            modified = str(a.get("dateModified")).flatMap(MetadataExtractor::instant);
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
        published = published.or(() -> firstInstant(
                meta,
                "article:published_time",
                "datepublished",
                "og:published_time",
                "pubdate",
                "publishdate",
                "publish-date",
                "parsely-pub-date",
                "sailthru.date",
                "dc.date.issued",
                "dcterms.created",
                "date"));
        if (published.isEmpty() && scan.timestamp != null) {
            Element t = scan.timestamp;
            published = instant(t.hasAttr("data-timestamp") ? t.attr("data-timestamp") : t.attr("data-source"));
        }
        modified = modified.or(() -> firstInstant(
                meta, "article:modified_time", "datemodified", "og:updated_time", "lastmod", "dcterms.modified"));
        if (authors.isEmpty()) {
            for (String s : articleAuthors) {
                if (!s.startsWith("http")) {
                    authors.add(s);
                }
            }
            if (authors.isEmpty()) {
                for (String s : creators) {
                    if (!s.startsWith("http") && !authors.contains(s)) {
                        authors.add(s);
                    }
                }
            }
            if (authors.isEmpty()) {
                nonEmpty(meta.get("author")).filter(s -> !s.startsWith("http")).ifPresent(authors::add);
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
                image);
    }

    // ---------------------------------------------------------------- JSON-LD

    private static LdArticle jsonLd(List<Element> scripts) {
        LdArticle best = new LdArticle();
        for (Element script : scripts) {
            Optional<Object> root = Json.read(script.data());
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
            best.publisher = str(p.get("name")).or(() -> best.publisher);
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

    private static List<String> dedupe(List<String> l) {
        Set<String> s = new LinkedHashSet<>(l);
        return List.copyOf(s);
    }

    // ---------------------------------------------------------------- values

    private static Optional<Instant> firstInstant(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null) {
                Optional<Instant> i = instant(v);
                if (i.isPresent()) {
                    return i;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a date as pages write it: ISO 8601 with or without offset (UTC assumed when absent),
     * with a space instead of {@code T}, an offset without colon, a bare date, or epoch seconds or
     * milliseconds.
     *
     * @param value the text
     * @return the instant, or empty
     */
    static Optional<Instant> instant(String value) {
        String v = value.trim();
        if (v.isEmpty() || v.length() > 60) {
            return Optional.empty();
        }
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            return Optional.of(v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
        }
        char first = v.charAt(0);
        if (!(first >= '0' && first <= '9' || first == '+' || first == '-')) {
            return Optional.empty(); // every shape below starts with the year: spare three failed parses
        }
        v = DATE_SPACE.matcher(v).replaceFirst("$1T$2");
        v = OFFSET_NO_COLON.matcher(v).replaceFirst("$1:$2");
        if (v.endsWith(" UTC") || v.endsWith(" GMT")) {
            v = v.substring(0, v.length() - 4) + "Z";
        }
        boolean hasTime = v.length() > 10 && v.charAt(10) == 'T';
        boolean hasOffset =
                hasTime && (v.endsWith("Z") || v.endsWith("z") || v.lastIndexOf('+') > 10 || v.lastIndexOf('-') > 10);
        if (hasOffset) {
            try {
                return Optional.of(OffsetDateTime.parse(v).toInstant());
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        if (hasTime) {
            try {
                return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        try {
            if (v.length() >= 10) {
                return Optional.of(
                        LocalDate.parse(v.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeParseException e) {
            // not a date
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
