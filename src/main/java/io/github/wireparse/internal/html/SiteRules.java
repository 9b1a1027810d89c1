package io.github.wireparse.internal.html;

import io.github.wireparse.internal.Resources;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * What we know about the markup of particular publishers, used before the generic scorer: where
 * the story body, headline and byline sit, and what inside the body is not story text.
 *
 * <ul>
 *   <li>apnews.com, Brightspot design (since about mid-2023): {@code h1.Page-headline},
 *       {@code div.Page-byline}, body {@code div.RichTextStoryBody}; embeds
 *       ({@code div.Enhancement}), ads ({@code div.FreeStar}) and inline cards
 *       ({@code aside.InlineCard}) are left out.</li>
 *   <li>apnews.com, "Titanium" design (until 2023): {@code div.CardHeadline h1} or
 *       {@code [data-key=card-headline] h1}, bylines in {@code span[class^=Component-bylines]},
 *       body {@code div[data-key=article]} or {@code div.Article}.</li>
 *   <li>AP's hosted pages and other hNews pages: {@code .hentry} with {@code .entry-title},
 *       {@code .byline} (and {@code .bylinetitle}) and {@code .entry-content}.</li>
 * </ul>
 */
final class SiteRules {

    /** A class attribute holding one of AP's non-story box classes ({@code html/ap-excluded-classes.txt}). */
    private static final Pattern AP_EXCLUDED_CLASS = Pattern.compile("(?:^|\\s)(?:"
            + Resources.lines("html/ap-excluded-classes.txt").stream()
                    .map(c ->
                            c.endsWith("*") ? Pattern.quote(c.substring(0, c.length() - 1)) + "\\S*" : Pattern.quote(c))
                    .collect(Collectors.joining("|"))
            + ")(?:\\s|$)");

    private SiteRules() {}

    /**
     * The site-specific findings for a page.
     *
     * @param name     a short name of the rule that matched, for problems and tests
     * @param body     the element holding the story's paragraphs
     * @param headline the headline element, if found
     * @param byline   the byline text as the page shows it, if found
     */
    record Site(String name, Element body, Optional<Element> headline, Optional<String> byline) {

        /**
         * {@return whether the layout is a generic microformat (hNews) whose story body may
         * still hold clutter, so the generic cleaning applies}
         */
        boolean generic() {
            return name.equals("hnews");
        }

        /** {@return whether an element inside the body is known not to be story text} */
        boolean excludes(Element e) {
            if (!name.startsWith("apnews")) {
                return false;
            }
            String cls = e.className();
            if (!cls.isEmpty() && AP_EXCLUDED_CLASS.matcher(cls).find()) {
                return true;
            }
            String tag = e.normalName();
            return tag.equals("aside")
                    || tag.equals("figure")
                    || tag.equals("div") && (e.hasAttr("data-ad") || "ad-placeholder".equals(e.id()));
        }
    }

    // The selectors below, parsed once rather than on every page.
    private static final Evaluator AP_PAGE_HEADLINE = QueryParser.parse("h1.Page-headline");
    private static final Evaluator AP_PAGE_AUTHORS =
            QueryParser.parse("div.Page-byline .Page-authors, div.Page-authors");
    private static final Evaluator AP_PAGE_BYLINE = QueryParser.parse("div.Page-byline");
    private static final Evaluator AP_CARD_HEADLINE =
            QueryParser.parse("div.CardHeadline h1, [data-key=card-headline] h1");
    private static final Evaluator AP_CARD_BYLINE =
            QueryParser.parse("span[class^=Component-bylines], div.CardHeadline span > span");
    private static final Evaluator ENTRY_CONTENT = QueryParser.parse(".entry-content");
    /**
     * The class of an hNews entry's content: {@code firstInEntry(doc, ENTRY_CONTENT_CLASS)[0]} is
     * what {@code doc.selectFirst(".hnews .entry-content, .hentry .entry-content")} finds, in one
     * walk that stops there.
     */
    private static final String[] ENTRY_CONTENT_CLASS = {"entry-content"};

    /**
     * Looks for a known site layout.
     *
     * @param doc  the page
     * @param scan what a pass over the page found
     * @return the findings, or empty for a page no rule knows
     */
    static Optional<Site> detect(Document doc, PageScan scan) {
        Element body = scan.richTextStoryBody;
        if (body != null) {
            Element h = doc.selectFirst(AP_PAGE_HEADLINE);
            Element by = doc.selectFirst(AP_PAGE_AUTHORS);
            if (by == null) {
                by = doc.selectFirst(AP_PAGE_BYLINE);
            }
            return Optional.of(new Site(
                    "apnews-brightspot",
                    body,
                    Optional.ofNullable(h),
                    Optional.ofNullable(by).map(Element::text).map(SiteRules::byPrefixed)));
        }
        body = scan.dataKeyArticle;
        if (body == null && scan.cardHeadline != null) {
            body = scan.divArticle;
        }
        if (body != null) {
            Element h = doc.selectFirst(AP_CARD_HEADLINE);
            Element by = doc.selectFirst(AP_CARD_BYLINE);
            return Optional.of(new Site(
                    "apnews-titanium",
                    body,
                    Optional.ofNullable(h),
                    Optional.ofNullable(by).map(Element::text).map(SiteRules::byPrefixed)));
        }
        Element entryRoot = scan.hentry;
        Element entry = entryRoot == null ? null : entryRoot.selectFirst(ENTRY_CONTENT);
        if (entry == null && entryRoot != null) {
            // what doc.selectFirst(".hnews .entry-content, .hentry .entry-content") finds
            entry = firstInEntry(doc, ENTRY_CONTENT_CLASS)[0];
        }
        if (entry != null && paragraphs(entry, 2) >= 2) {
            // What doc.selectFirst(".hnews .C, .hentry .C") gives for the three classes C, in one pass.
            Element[] first = firstInEntry(doc, ENTRY_PARTS);
            Element h = first[0];
            Element by = first[1];
            Optional<String> byline = Optional.ofNullable(by).map(Element::text);
            Element title = first[2];
            String titleText = byline.isPresent() && title != null ? title.text() : "";
            if (!titleText.isBlank()) {
                byline = Optional.of(byline.get() + "\n" + titleText);
            }
            return Optional.of(new Site("hnews", entry, Optional.ofNullable(h), byline));
        }
        return Optional.empty();
    }

    /** The classes of an hNews entry's title, byline and byline title, as {@link #firstInEntry} takes them. */
    private static final String[] ENTRY_PARTS = {"entry-title", "byline", "bylinetitle"};

    /**
     * {@return for each class, the first element in document order that has it and lies inside an
     * element of class {@code hnews} or {@code hentry} (null when none does)} That is what {@code
     * doc.selectFirst(".hnews .C, .hentry .C")} finds for each class {@code C} (classes compared
     * as jsoup's selector compares them, ignoring case), with one pass over the page instead of
     * one per class.
     */
    private static @Nullable Element[] firstInEntry(Document doc, String[] classes) {
        @Nullable Element[] found = new Element[classes.length];
        int[] missing = {classes.length};
        ElementWalk.each(doc, e -> {
            if (e.attributesSize() == 0) {
                return true;
            }
            for (int i = 0; i < classes.length; i++) {
                if (found[i] == null && e.hasClass(classes[i]) && inEntry(e)) {
                    found[i] = e;
                    missing[0]--;
                }
            }
            return missing[0] > 0;
        });
        return found;
    }

    /** {@return how many {@code <p>} elements an element is or holds, counted up to {@code max}} */
    private static int paragraphs(Element root, int max) {
        int[] n = {0};
        ElementWalk.each(root, e -> {
            if (e.normalName().equals("p")) {
                n[0]++;
            }
            return n[0] < max;
        });
        return n[0];
    }

    /** {@return whether an ancestor of an element has the class {@code hnews} or {@code hentry}} */
    private static boolean inEntry(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasClass("hnews") || p.hasClass("hentry")) {
                return true;
            }
        }
        return false;
    }

    /** AP prints bylines as {@code By NAME}; some layouts drop the "By" in the markup. */
    private static String byPrefixed(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.regionMatches(true, 0, "By ", 0, 3)) {
            return t.isEmpty() ? t : "By" + t.substring(2);
        }
        return t;
    }
}
