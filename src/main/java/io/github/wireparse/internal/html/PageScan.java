package io.github.wireparse.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the whole page collecting what the metadata reader and the site rules look at, so
 * that neither has to search the page again: meta tags, the canonical link, JSON-LD scripts and the
 * first elements carrying the class names of known layouts.
 */
final class PageScan {

    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();

    /** The first {@code <time>} elements with a {@code datetime} attribute, at most {@link #MAX_DATES}. */
    final List<Element> times = new ArrayList<>();
    /**
     * The first elements whose class names them a date, time stamp or dateline, at most
     * {@link #MAX_DATES}: their visible text may state the article's date.
     */
    final List<Element> dateTexts = new ArrayList<>();
    /** How many time elements and date texts are kept. */
    static final int MAX_DATES = 8;

    @Nullable
    Element canonical;
    /**
     * The first visible time stamp apnews.com marks up: {@code bsp-timestamp[data-timestamp]}
     * (epoch milliseconds) or {@code span.Timestamp[data-source]} (ISO 8601).
     */
    @Nullable
    Element timestamp;
    /** The first {@code <main>} or {@code <article>} element with a {@code dir} attribute. */
    @Nullable
    Element directed;
    /** The first {@code <title>} element. */
    @Nullable
    Element title;
    /** apnews.com, Brightspot: {@code div.RichTextStoryBody}. */
    @Nullable
    Element richTextStoryBody;
    /** apnews.com, Titanium: {@code div[data-key=article]}. */
    @Nullable
    Element dataKeyArticle;
    /** apnews.com, Titanium: {@code div.CardHeadline} or {@code [data-key=card-headline]}. */
    @Nullable
    Element cardHeadline;
    /** apnews.com, Titanium: {@code div.Article}. */
    @Nullable
    Element divArticle;
    /** hNews: the first {@code .hnews} or {@code .hentry} element. */
    @Nullable
    Element hentry;

    /** Starts an empty scan, to be fed by {@link #visit} and {@link #visitDescendants}. */
    PageScan() {}

    /**
     * Scans a whole page.
     *
     * @param doc the page
     * @return what was found
     */
    static PageScan scan(Document doc) {
        PageScan s = new PageScan();
        s.visitSubtree(doc);
        return s;
    }

    /**
     * Visits an element and everything inside it.
     *
     * @param root the element
     */
    void visitSubtree(Element root) {
        ElementWalk.each(root, el -> {
            visit(el);
            return true;
        });
    }

    /**
     * Visits what lies inside an element, not the element itself: for subtrees the text walk skips.
     *
     * @param root the element
     */
    @SuppressWarnings("ReferenceEquality") // the root node itself: jsoup's Node.equals is identity too
    void visitDescendants(Element root) {
        if (root.childrenSize() == 0) {
            return;
        }
        ElementWalk.each(root, el -> {
            if (el != root) {
                visit(el);
            }
            return true;
        });
    }

    /**
     * {@return whether an element is SVG or MathML content} An icon's {@code <title>} or a
     * script inside an SVG image is no part of the page's metadata.
     *
     * @param el the element
     */
    private static boolean foreign(Element el) {
        String ns = el.tag().namespace();
        return Parser.NamespaceSvg.equals(ns) || Parser.NamespaceMathml.equals(ns);
    }

    /**
     * {@return whether a class attribute names a date: {@code date}, {@code dateline},
     * {@code timestamp}, {@code published}, {@code pubTime}, {@code posted}, German {@code datum}, Spanish {@code fecha}, in any case; not {@code updated} or {@code candidate}}
     *
     * @param cls the class attribute
     */
    static boolean namesDate(String cls) {
        // the shortest word ("date") has four letters
        for (int i = 0, last = cls.length() - 4; i <= last; i++) {
            char c0 = cls.charAt(i);
            char c1 = cls.charAt(i + 1);
            if ((c0 | c1) < 0x80) {
                // ASCII: a word is tried only where its first two letters stand, in either case
                int c = c0 | 0x20;
                int d = c1 | 0x20;
                if (!(c == 'd' && d == 'a'
                        || c == 'f' && d == 'e'
                        || c == 't' && d == 'i'
                        || c == 'p' && (d == 'u' || d == 'o'))) {
                    continue;
                }
            }
            if ((c0 == 'd' || c0 == 'D')
                            && (cls.regionMatches(true, i, "date", 0, 4) && startsDateWord(cls, i)
                                    || cls.regionMatches(true, i, "datum", 0, 5))
                    || (c0 == 'f' || c0 == 'F') && cls.regionMatches(true, i, "fecha", 0, 5)
                    || (c0 == 't' || c0 == 'T') && cls.regionMatches(true, i, "timestamp", 0, 9)
                    || (c0 == 'p' || c0 == 'P')
                            && (cls.regionMatches(true, i, "publish", 0, 7)
                                    || cls.regionMatches(true, i, "pubtime", 0, 7)
                                    || cls.regionMatches(true, i, "posted", 0, 6))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return whether the {@code date} at {@code i} of a class attribute starts or ends a word:
     * {@code date}, {@code entry-date}, {@code publishDate}, {@code pubdate}, {@code artdate_pub},
     * {@code dateline}; not {@code update} nor a word running on both sides ({@code candidates})}
     */
    private static boolean startsDateWord(String cls, int i) {
        if (i >= 2 && cls.regionMatches(true, i - 2, "up", 0, 2)) {
            return false;
        }
        return i == 0
                || !Character.isLetter(cls.charAt(i - 1))
                || cls.charAt(i) == 'D'
                || i + 4 == cls.length()
                || !Character.isLowerCase(cls.charAt(i + 4));
    }

    /**
     * Looks at one element.
     *
     * @param el the element
     */
    void visit(Element el) {
        int attributes = el.attributesSize();
        visit(el, attributes, attributes == 0 ? "" : el.className());
    }

    /**
     * Looks at one element whose attributes the caller has already counted.
     *
     * @param el         the element
     * @param attributes {@code el.attributesSize()}
     * @param cls        {@code el.className()}, read once for the walk and the scan
     */
    void visit(Element el, int attributes, String cls) {
        if (attributes == 0) {
            if (title == null && el.normalName().equals("title") && !foreign(el)) {
                title = el;
            }
            return;
        }
        String tag = el.normalName();
        if (foreign(el)) {
            return;
        }
        switch (tag) {
            case "meta" -> metas.add(el);
            case "title" -> {
                if (title == null) {
                    title = el;
                }
            }
            case "link" -> {
                if (canonical == null && el.attr("rel").equalsIgnoreCase("canonical") && el.hasAttr("href")) {
                    canonical = el;
                }
            }
            case "script" -> {
                if (el.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(el);
                }
            }
            case "time" -> {
                if (times.size() < MAX_DATES && el.hasAttr("datetime")) {
                    times.add(el);
                }
            }
            default -> {
                if (directed == null && (tag.equals("main") || tag.equals("article")) && el.hasAttr("dir")) {
                    directed = el;
                }
                if (timestamp == null
                        && (tag.equals("bsp-timestamp") && el.hasAttr("data-timestamp")
                                || cls.contains("Timestamp") && el.hasAttr("data-source"))) {
                    timestamp = el;
                }
                if (dataKeyArticle == null || cardHeadline == null) {
                    String dataKey = el.attr("data-key"); // read once for both
                    if (dataKeyArticle == null && tag.equals("div") && dataKey.equals("article")) {
                        dataKeyArticle = el;
                    }
                    if (cardHeadline == null && dataKey.equals("card-headline")) {
                        cardHeadline = el;
                    }
                }
                if (cls.isEmpty()) {
                    return;
                }
                if (dateTexts.size() < MAX_DATES && namesDate(cls)) {
                    dateTexts.add(el);
                }
                if (richTextStoryBody == null
                        && tag.equals("div")
                        && cls.contains("RichTextStoryBody")
                        && el.hasClass("RichTextStoryBody")) {
                    richTextStoryBody = el;
                }
                if (cardHeadline == null && cls.contains("CardHeadline") && el.hasClass("CardHeadline")) {
                    cardHeadline = el;
                }
                if (divArticle == null && tag.equals("div") && cls.contains("Article") && el.hasClass("Article")) {
                    divArticle = el;
                }
                if (hentry == null
                        && (cls.contains("hnews") && el.hasClass("hnews")
                                || cls.contains("hentry") && el.hasClass("hentry"))) {
                    hentry = el;
                }
            }
        }
    }
}
