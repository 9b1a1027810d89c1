package io.github.wireparse.internal.html;

import io.github.wireparse.Article;
import io.github.wireparse.InputFormat;
import io.github.wireparse.PageDate;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.Problem;
import io.github.wireparse.internal.InputLimit;
import io.github.wireparse.internal.LineIndex;
import io.github.wireparse.internal.Resources;
import io.github.wireparse.internal.text.TextPipeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Reduces an HTML page to its article's blocks, renders them as text separated by blank lines and
 * runs the text pipeline on that, so datelines, bylines, quotes and boilerplate are recognised
 * exactly as in plain text.
 *
 * <p>The steps: read the page's metadata ({@link MetadataExtractor}); look for a known site layout
 * ({@link SiteRules}); walk the page once into text blocks ({@link HtmlBlocks}); pick the main
 * text's blocks ({@link ContentScorer}, or the site's story body); choose the headline (the site's,
 * else the {@code <h1>} that matches the metadata title, else the first {@code <h1>}, else the
 * metadata title) and a visible byline; render headline, byline and body blocks, one per
 * paragraph, separated by blank lines. That rendered text is {@link Article#text()}: every span of
 * the article refers to it, not to the HTML source. The document is only read, never changed.
 */
public final class HtmlPipeline {

    /** Rendered article text beyond this many characters is cut off, with a problem. */
    static final int MAX_TEXT = 1_000_000;

    private static final int MAX_BYLINE = 200;
    private static final int MAX_HEADING = 1000;
    private static final java.util.regex.Pattern READ_TIME = java.util.regex.Pattern.compile(
            "\\s+\\d+\\s+min(?:ute)?s?\\s+read\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A reading that finds less text than this is retried more loosely. */
    private static final int MIN_ARTICLE = 500;

    private HtmlPipeline() {}

    /**
     * {@return a new jsoup HTML parser, as {@code Jsoup.parse} uses; parsers are not thread-safe,
     * so use each once} It tracks parse errors only when the options ask for markup errors: with
     * tracking on, jsoup also tracks line starts, which makes a parse slower.
     *
     * @param options the options
     */
    public static Parser parser(ParseOptions options) {
        Parser parser = Parser.htmlParser();
        if (options.reportMarkupErrors()) {
            parser.setTrackErrors(Math.max(1, options.maxProblems()));
        }
        return parser;
    }

    /**
     * Parses an HTML page with jsoup and extracts its article. A page longer than
     * {@link ParseOptions#maxInputChars()} is cut there before jsoup reads it, with a problem
     * saying so.
     *
     * @param html    the page
     * @param baseUri the page's URI
     * @param options the options
     * @return the article
     */
    public static Article parse(String html, String baseUri, ParseOptions options) {
        int length = html.length();
        int kept = InputLimit.keep(html, options.maxInputChars());
        Problem cut = null;
        if (kept < length) {
            html = html.substring(0, kept);
            cut = cutProblem(InputLimit.message("page", length, kept, "characters", options.maxInputChars()), html);
        }
        return parse(parser(options).parseInput(html, baseUri), options, cut);
    }

    /**
     * {@return the problem saying a page was cut, at the line and column in its source where it
     * was cut (the end of {@code kept}), as markup errors are placed}
     */
    private static Problem cutProblem(String message, String kept) {
        LineIndex lines = new LineIndex(kept);
        return Problem.inMarkup(message, lines.line(kept.length()), lines.column(kept.length()));
    }

    /**
     * Parses a page's bytes with jsoup, detecting the charset as jsoup does (byte order mark, then
     * {@code <meta charset>}, then UTF-8) unless one is given, and extracts its article. A page of
     * more than {@link ParseOptions#maxInputChars()} bytes is cut there (at the start of a UTF-8
     * sequence the cut would split) before jsoup reads it, with a problem saying so.
     *
     * @param bytes   the page
     * @param charset the charset's name, or null to detect it
     * @param baseUri the page's URI
     * @param options the options
     * @return the article
     * @throws IOException if jsoup cannot read the bytes
     */
    public static Article parse(byte[] bytes, @Nullable String charset, String baseUri, ParseOptions options)
            throws IOException {
        int kept = InputLimit.keep(bytes, options.maxInputChars());
        String cutMessage = null;
        if (kept < bytes.length) {
            cutMessage = InputLimit.message("page", bytes.length, kept, "bytes", options.maxInputChars());
            bytes = java.util.Arrays.copyOf(bytes, kept);
        }
        Document document = Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri, parser(options));
        if (charset == null
                && !document.charset().equals(StandardCharsets.UTF_8)
                && !decodes(bytes, document.charset())
                && decodes(bytes, StandardCharsets.UTF_8)) {
            // The page's <meta charset> lies: its bytes are not in the charset it names, but are
            // clean UTF-8, as a browser's check of the bytes would find.
            document = Jsoup.parse(new ByteArrayInputStream(bytes), "UTF-8", baseUri, parser(options));
        }
        Problem cut = null;
        if (cutMessage != null) {
            // Only a cut page is decoded again, to say where in its source the cut is.
            try {
                String source = new String(bytes, document.charset());
                if (source.startsWith("\uFEFF")) {
                    source = source.substring(1);
                }
                cut = cutProblem(cutMessage, source);
            } catch (RuntimeException e) {
                cut = Problem.inMarkup(cutMessage, 1, 1);
            }
        }
        return parse(document, options, cut);
    }

    /** {@return whether bytes decode in a charset without a malformed or unmappable sequence} */
    static boolean decodes(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Extracts the article of a page. Never throws: a page without an article gives an article
     * with a problem saying so. When the options ask for markup errors, the errors the document's
     * parser tracked are reported, each at its line and column in the page's source.
     *
     * @param document the page; not modified
     * @param options  the options
     * @return the article
     */
    public static Article parse(Document document, ParseOptions options) {
        return parse(document, options, null);
    }

    /**
     * Extracts the article of a page, as {@link #parse(Document, ParseOptions)} does.
     *
     * @param cut the problem saying the page's source was cut at
     *            {@link ParseOptions#maxInputChars()}, or null when it was not
     */
    private static Article parse(Document document, ParseOptions options, @Nullable Problem cut) {
        List<Problem> problems = new ArrayList<>();
        if (cut != null) {
            problems.add(cut);
        }
        if (options.reportMarkupErrors()) {
            markupErrors(document, problems);
        }
        PageMetadata metadata;
        // One pass: the strict text walk over the body also feeds the scan for metadata and site
        // markers; the head is scanned on its own.
        PageScan scan = new PageScan();
        HtmlBlocks strict = null;
        try {
            Element body = child(document, "body");
            if (body == null) {
                scan = PageScan.scan(document);
                strict = HtmlBlocks.walk(document, true, null);
            } else {
                Element head = child(document, "head");
                if (head != null) {
                    scan.visitSubtree(head);
                }
                strict = HtmlBlocks.walk(body, true, scan);
            }
            metadata = MetadataExtractor.extract(document, scan);
        } catch (RuntimeException e) {
            problems.add(Problem.inText("could not read the page's metadata: " + e, 0, 1, 1));
            metadata = new PageMetadata(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
        Rendered r;
        try {
            r = render(document, metadata, scan, strict != null ? strict : HtmlBlocks.walk(document, true, null));
        } catch (RuntimeException e) {
            r = new Rendered("", false, List.of("could not extract the article text: " + e), Optional.empty());
        }
        for (String p : r.problems) {
            problems.add(Problem.inText(p, 0, 1, 1));
        }
        if (r.dateline.isPresent() && metadata.published().isEmpty()) {
            PageMetadata m = metadata;
            PageDate opening = r.dateline.get();
            metadata = new PageMetadata(
                    m.canonicalUrl(),
                    m.siteName(),
                    m.title(),
                    m.description(),
                    r.dateline,
                    m.modified().filter(d -> !PageDates.modifiedBeforePublished(d, opening)),
                    m.authors(),
                    m.section(),
                    m.keywords(),
                    m.language(),
                    m.textDirection(),
                    m.imageUrl());
        }
        return TextPipeline.parse(
                r.text, options, new TextPipeline.Hints(InputFormat.HTML, r.headline, Optional.of(metadata), problems));
    }

    /**
     * Adds the parse errors jsoup tracked for a document, each as a problem
     * {@linkplain Problem.InMarkup located in the markup} at its line and column in the page's source ({@code getCursorPos} gives {@code line:column} when jsoup tracked line
     * starts, as it does with error tracking on).
     */
    private static void markupErrors(Document document, List<Problem> problems) {
        Parser parser = document.parser();
        ParseErrorList errors = parser == null ? null : parser.getErrors();
        if (errors == null) {
            return;
        }
        for (ParseError e : errors) {
            int line = 1;
            int column = 1;
            String pos = e.getCursorPos();
            int colon = pos.indexOf(':');
            if (colon > 0) {
                try {
                    line = Math.max(1, Integer.parseInt(pos.substring(0, colon)));
                    column = Math.max(1, Integer.parseInt(pos.substring(colon + 1)));
                } catch (NumberFormatException ignored) {
                    // Not line:column: the problem stays at the start.
                }
            }
            // The position is the problem's location, not part of its message.
            problems.add(Problem.inMarkup("malformed HTML: " + e.getErrorMessage(), line, column));
        }
    }

    /** How many of the article's first blocks that are no headings are looked at for an opening dateline. */
    private static final int OPENING_BLOCKS = 3;

    /**
     * The article text rendered from a page.
     *
     * @param dateline the date the story's opening dateline writes, when the metadata has no
     *                 published date
     */
    private record Rendered(String text, boolean headline, List<String> problems, Optional<PageDate> dateline) {}

    /** Renders the article text. */
    @SuppressWarnings("ReferenceEquality") // the site's body node itself: jsoup's Node.equals is identity too
    private static Rendered render(Document document, PageMetadata metadata, PageScan scan, HtmlBlocks strict) {
        List<String> problems = new ArrayList<>();
        Element body = child(document, "body");
        if (body == null) {
            body = document;
        }
        Optional<SiteRules.Site> site = SiteRules.detect(document, scan);
        Predicate<Element> excluded = site.isPresent() ? site.get()::excludes : e -> false;
        // As Readability does: when the strict reading finds too little, read again more loosely.
        HtmlBlocks page = null;
        List<TextBlock> chosen = List.of();
        int chosenLength = -1;
        HtmlBlocks loose = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            HtmlBlocks p;
            if (attempt == 0) {
                p = strict;
            } else {
                if (loose == null) {
                    loose = HtmlBlocks.walk(body, false, null, strict);
                }
                p = loose;
            }
            Frame root = null;
            if (site.isPresent()) {
                Element siteBody = site.get().body();
                for (Frame f : p.frames) {
                    if (f.el == siteBody) {
                        root = f;
                        break;
                    }
                }
            }
            boolean clean = attempt < 2 && (root == null || site.get().generic());
            List<TextBlock> c = ContentScorer.select(p, root, clean, excluded);
            int length = 0;
            for (TextBlock b : c) {
                length += b.text.length();
            }
            if (length > chosenLength) {
                page = p;
                chosen = c;
                chosenLength = length;
            }
            if (length >= MIN_ARTICLE || root != null) {
                break;
            }
        }
        if (chosenLength == 0) {
            // Nothing read as an article, yet a human may see one: paragraphs inside a link, a
            // page of headings and images, a body that is one bare text node. Take the page's
            // own blocks, outside its chrome and bylines, as they stand.
            if (loose == null) {
                loose = HtmlBlocks.walk(body, false, null, strict);
            }
            List<TextBlock> all = new ArrayList<>();
            for (TextBlock b : loose.blocks) {
                // A paragraph or heading even inside a link; other blocks only when not links
                // (a front page's lists of links, its navigation, are no article).
                String tag = b.owner.tag;
                boolean prose = tag.equals("p") || b.heading;
                boolean links = b.linkDensity() >= 0.5 || tag.equals("li") || tag.equals("nav");
                if (b.chrome == null && b.byline == null && !b.text.isBlank() && (prose || !links)) {
                    all.add(b);
                }
            }
            if (!all.isEmpty()) {
                page = loose;
                chosen = all;
            }
        }
        Objects.requireNonNull(page); // set by the first attempt, whose length beats -1
        // Headline: the site's, else by agreement of the page's h1s and the metadata's titles.
        List<String> titles = titles(metadata, scan);
        Set<String> siteNames = siteKeys(document, metadata, scan, titles);
        Optional<String> headline = Optional.empty();
        if (site.isPresent() && site.get().headline().isPresent()) {
            headline = nonBlank(site.get().headline().get().text());
        }
        // The headline as the page shows it, which the body leaves out and the byline is looked for near.
        Optional<String> shown = headline;
        if (headline.isEmpty()) {
            shown = PageHeadline.choose(h1s(page, chosen), PageHeadline.leads(page.blocks, chosen), titles, siteNames);
            // The publisher's declared headline wins over a shown one it does not match.
            headline = PageHeadline.declared(shown, declaredTitles(metadata, scan), titles, siteNames);
        }
        // Byline: shown on the page (the site's, a byline element, a "By" line near the headline)
        // and stated in the metadata, reconciled.
        List<String> visible = new ArrayList<>();
        if (site.isPresent()) {
            site.get().byline().ifPresent(visible::add);
        }
        for (int i = 0; i < page.bylines.size(); i++) {
            String b = cutByline(page.bylines.get(i));
            if (i + 1 < page.bylines.size() && PageByline.creditLine(page.bylines.get(i + 1))) {
                // "By NAME" over "Associated Press Writer" in one byline element.
                b = b + "\n" + page.bylines.get(i + 1).strip();
                i++;
            }
            visible.add(b);
        }
        visible.addAll(byLinesNearHeadline(page, shown));
        if (visible.isEmpty()) {
            // The walk may have left the byline out with the page's chrome around it: look it up.
            visible.addAll(bylineElements(body));
        }
        Optional<PageByline.Choice> choice = PageByline.choose(visible, metadata.authors(), siteNames);
        Optional<String> byline = choice.map(PageByline.Choice::line);
        Optional<String> bylineSource = choice.flatMap(PageByline.Choice::source);

        // The parts are joined once at the end, into a string of the right size and coder: a
        // builder would be copied when it grows, widened when a non-Latin-1 part comes, and
        // copied again into the string.
        Parts sb = new Parts(chosen.size() + 2);
        headline.ifPresent(sb::append);
        byline.ifPresent(b -> append(sb, b));
        String h = headline.map(HtmlPipeline::key).orElse("");
        String shownKey = shown.map(HtmlPipeline::key).orElse(h);
        String by = byline.map(HtmlPipeline::key).orElse("");
        // A byline cut from two lines ("By NAME" over "Associated Press Writer") is left out of
        // the body by its first line, and its second line with it.
        String bySource = bylineSource
                .map(s -> s.indexOf('\n') > 0 ? s.substring(0, s.indexOf('\n')) : s)
                .map(HtmlPipeline::key)
                .orElse("");
        boolean any = false;
        boolean afterByline = false;
        for (int i = 0; i < chosen.size(); i++) {
            TextBlock b = chosen.get(i);
            boolean wasByline = afterByline;
            afterByline = false;
            if (b.headingLevel == 1
                    && (headline.isEmpty()
                            || b.text.length() <= MAX_HEADING
                                    && (keyEquals(b.text, h) || keyEquals(b.text, shownKey)))) {
                continue;
            }
            if (!bySource.isEmpty() && b.text.length() <= MAX_BYLINE * 2 && keyEquals(b.text, bySource)) {
                afterByline = true;
                continue;
            }
            // The headline as the page shows it repeats above the story; a declared headline that
            // replaced it may be a caption inside the story (a video's title), which stays.
            if (b.text.length() <= MAX_BYLINE * 2 && (near(b.text, shown) || near(b.text, byline))) {
                String k = key(b.text);
                if (!shownKey.isEmpty() && k.equals(shownKey) || !by.isEmpty() && k.equals(by)) {
                    afterByline = !by.isEmpty() && k.equals(by);
                    continue;
                }
            }
            if (wasByline && PageByline.creditLine(b.text)) {
                continue;
            }
            String text = b.text;
            if (i + 1 < chosen.size() && isByline(text) && PageByline.creditLine(chosen.get(i + 1).text)) {
                // A "By" line over its credit or staff title: one byline of two lines, as the
                // text pipeline's byline parser reads it, not a byline and a paragraph.
                text = text + "\n" + chosen.get(i + 1).text.strip();
                i++;
            }
            append(sb, text);
            any = true;
            if (sb.length() > MAX_TEXT) {
                problems.add("article text longer than " + MAX_TEXT + " characters; the rest is left out");
                break;
            }
        }
        if (!any) {
            problems.add(page.blocks.isEmpty() ? "the page has no text" : "no article text found on the page");
        }
        Element ogType = null;
        for (Element m : scan.metas) {
            if (m.attr("property").equals("og:type")) {
                ogType = m;
                break;
            }
        }
        if (ogType != null) {
            String type = ogType.attr("content").trim().toLowerCase(Locale.ROOT);
            if (!type.isEmpty()
                    && !type.equals("article")
                    && !type.startsWith("article")
                    && metadata.published() // a date in the markup only: a front page shows one too
                            .filter(d -> d.origin() == PageDate.Origin.JSON_LD || d.origin() == PageDate.Origin.META)
                            .isEmpty()) {
                problems.add("the page may not be an article: its og:type is " + type
                        + " and it states no publication date");
            }
        }
        String text = sb.join();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        Optional<PageDate> dateline = Optional.empty();
        if (metadata.published().isEmpty()) {
            // The story's first paragraph, after a byline or credit line of the first few blocks.
            Optional<LocalDate> urlDate =
                    PageDates.urlDate(metadata.canonicalUrl().orElse(document.location()));
            int seen = 0;
            for (TextBlock b : chosen) {
                if (b.heading) {
                    continue;
                }
                dateline = PageDates.opening(b.text, urlDate);
                if (dateline.isPresent() || ++seen == OPENING_BLOCKS) {
                    break;
                }
            }
        }
        return new Rendered(text, headline.isPresent(), problems, dateline);
    }

    /**
     * Finds {@code <html>}'s head or body without creating it, as {@link Document#body()} would
     * for a document that lacks one: the document must not change.
     */
    private static @Nullable Element child(Document document, String tag) {
        for (Element top : document.children()) {
            if (top.normalName().equals("html")) {
                for (Element c : top.children()) {
                    if (c.normalName().equals(tag)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** {@return whether a block is about as long as a text, so that it may repeat it} */
    private static boolean near(String block, Optional<String> text) {
        return text.isPresent() && Math.abs(block.length() - text.get().length()) <= 20;
    }

    private static void append(Parts sb, String block) {
        sb.append(sb.length() > 0 ? "\n\n" : "");
        sb.append(block);
    }

    /**
     * Strings to be concatenated, with their total length: {@link #join()} makes them one string
     * with a single copy of each.
     */
    private static final class Parts {
        private final List<String> parts;
        private int length;

        Parts(int expected) {
            parts = new ArrayList<>(expected * 2);
        }

        void append(String s) {
            if (!s.isEmpty()) {
                parts.add(s);
                length += s.length();
            }
        }

        int length() {
            return length;
        }

        /** {@return the parts, concatenated} ({@link String#join} sizes the result once) */
        String join() {
            return String.join("", parts);
        }
    }

    /** {@return the texts of the page's h1s that stand before the article's last block} */
    private static List<String> h1s(HtmlBlocks page, List<TextBlock> chosen) {
        List<String> out = new ArrayList<>();
        int lastBody = chosen.isEmpty() ? Integer.MAX_VALUE : chosen.get(chosen.size() - 1).owner.index;
        for (TextBlock b : page.h1s) {
            if (b.owner.index <= lastBody) {
                out.add(b.text);
            }
        }
        return out;
    }

    /** Meta names that state the page's title, best first ({@code html/title-meta-names.txt}). */
    private static final List<String> TITLE_META = Resources.lines("html/title-meta-names.txt");

    /** {@return the metadata's titles, best first: JSON-LD or Open Graph, Open Graph, Twitter, the page's title} */
    private static List<String> titles(PageMetadata metadata, PageScan scan) {
        List<String> out = new ArrayList<>();
        metadata.title().ifPresent(out::add);
        for (String name : TITLE_META) {
            for (Element m : scan.metas) {
                if (name.equals(m.attr("property")) || name.equals(m.attr("name"))) {
                    String c = m.attr("content").trim();
                    if (!c.isEmpty() && !out.contains(c)) {
                        out.add(c);
                    }
                    break;
                }
            }
        }
        if (scan.title != null) {
            String t = scan.title.text().trim();
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * {@return the titles the publisher declares in structured metadata, best first: JSON-LD
     * {@code headline}, Dublin Core {@code dc:title}, Open Graph, {@code meta name=title}, Twitter} The page's
     * {@code <title>} is none of them: on older pages it is often the site's name or a template's.
     */
    private static List<String> declaredTitles(PageMetadata metadata, PageScan scan) {
        List<String> tags = new ArrayList<>();
        for (String name : DECLARED_TITLE_META) {
            metaContent(scan, name).filter(c -> !tags.contains(c)).ifPresent(tags::add);
        }
        List<String> out = new ArrayList<>();
        String pageTitle = scan.title == null ? "" : scan.title.text().trim();
        // The metadata's title is the JSON-LD headline unless it is one of the tags or the <title>.
        metadata.title()
                .map(String::trim)
                .filter(t -> !t.isEmpty() && !t.equals(pageTitle) && !tags.contains(t))
                .ifPresent(out::add);
        out.addAll(tags);
        return out;
    }

    /**
     * Meta names and properties that declare the article's title, best first, after JSON-LD
     * ({@code html/declared-title-meta-names.txt}).
     */
    private static final List<String> DECLARED_TITLE_META = Resources.lines("html/declared-title-meta-names.txt");

    /** {@return the content of the first meta tag one of whose space-separated names is the name ({@code :} or {@code .} after the prefix), case ignored} */
    private static Optional<String> metaContent(PageScan scan, String name) {
        String dotted = name.replace(':', '.');
        for (Element m : scan.metas) {
            for (String attr : new String[] {"property", "name"}) {
                String v = m.attr(attr);
                if (v.length() < name.length()) {
                    continue;
                }
                for (String n : v.indexOf(' ') < 0 ? new String[] {v} : WORDS.split(v.trim())) {
                    if (n.equalsIgnoreCase(name) || n.equalsIgnoreCase(dotted)) {
                        String c = m.attr("content").trim();
                        if (!c.isEmpty()) {
                            return Optional.of(c);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\s+");

    /**
     * {@return keys of the site's names: og:site_name or the publisher, application-name, the host}
     *
     * @param titles the page's titles, as {@link #titles} gives them
     */
    private static Set<String> siteKeys(Document document, PageMetadata metadata, PageScan scan, List<String> titles) {
        List<String> names = new ArrayList<>();
        metadata.siteName().ifPresent(names::add);
        for (Element m : scan.metas) {
            String n = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (n.equals("og:site_name") || n.equals("application-name")) {
                names.add(m.attr("content"));
            }
        }
        String url = metadata.canonicalUrl().orElse(document.location());
        String host = "";
        try {
            String h = java.net.URI.create(url.replace(" ", "%20")).getHost();
            host = h == null ? "" : h;
        } catch (IllegalArgumentException e) {
            // no host
        }
        // A page may state its headline where a site name belongs (application-name): not a site name.
        if (!names.isEmpty()) {
            Set<String> titleKeys = new HashSet<>();
            for (String t : titles) {
                titleKeys.add(key(t));
            }
            names.removeIf(n -> n.length() > 80 || !titles.isEmpty() && titleKeys.contains(key(n)));
        }
        return PageHeadline.siteKeys(names, host);
    }

    /** Elements that mark a byline: rel=author, itemprop=author, a byline or author class. */
    private static final String BYLINE_ELEMENTS = "[rel=author], [itemprop=author], [itemprop=creator], "
            + "[class~=(?i)(?:^|[\\s_-])(?:byline|author|authors|author-name|writer)(?:$|[\\s_-])]";

    /** {@link #BYLINE_ELEMENTS}, parsed once. */
    static final Evaluator BYLINE_EVALUATOR = QueryParser.parse(BYLINE_ELEMENTS);

    private static final int MAX_BYLINE_ELEMENTS = 12;

    /**
     * {@return the short texts of the first few elements that mark a byline, in page order} The
     * elements are those {@code body.select(BYLINE_ELEMENTS)} finds, in the same order; the
     * selector (whose class test is a regex) runs only on elements that pass a cheap necessary
     * test, and the search stops at the last element that is used.
     */
    private static List<String> bylineElements(Element body) {
        List<Element> found = new ArrayList<>();
        ElementWalk.each(body, e -> {
            if (mayMarkByline(e) && BYLINE_EVALUATOR.matches(body, e)) {
                found.add(e);
            }
            return found.size() < MAX_BYLINE_ELEMENTS;
        });
        List<String> out = new ArrayList<>();
        for (Element e : found) {
            String t = e.text();
            if (!t.isBlank() && t.length() <= MAX_BYLINE) {
                out.add(cutByline(t));
            }
        }
        return out;
    }

    /**
     * {@return whether an element may match {@link #BYLINE_ELEMENTS}} A necessary condition: it has
     * a {@code rel} or {@code itemprop} attribute, or a class attribute holding one of the class
     * words in any ASCII case (the selector's {@code (?i)} is ASCII only, and its longer words
     * hold these).
     */
    static boolean mayMarkByline(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("rel") || e.hasAttr("itemprop")) {
            return true;
        }
        String cls = e.attr("class");
        return cls.length() >= 6
                && (HtmlBlocks.containsIgnoreCase(cls, "author")
                        || HtmlBlocks.containsIgnoreCase(cls, "byline")
                        || HtmlBlocks.containsIgnoreCase(cls, "writer"));
    }

    /** {@return "By" lines among the few blocks after the headline's h1 (or the page's first blocks)} */
    private static List<String> byLinesNearHeadline(HtmlBlocks page, Optional<String> headline) {
        List<String> out = new ArrayList<>();
        int from = -1;
        if (headline.isPresent()) {
            String h = key(headline.get());
            for (int i = 0; i < page.blocks.size(); i++) {
                TextBlock b = page.blocks.get(i);
                if (b.heading && b.text.length() <= MAX_HEADING && keyEquals(b.text, h)) {
                    from = i;
                    break;
                }
            }
        }
        if (from < 0) {
            return out;
        }
        for (int i = Math.max(0, from - 3); i < Math.min(page.blocks.size(), from + 8); i++) {
            String t = cutByline(page.blocks.get(i).text);
            if (isByline(t)) {
                if (i + 1 < page.blocks.size() && PageByline.creditLine(page.blocks.get(i + 1).text)) {
                    // "By NAME" over "Associated Press Writer": the second line is the byline's.
                    t = t + "\n" + page.blocks.get(i + 1).text.strip();
                }
                out.add(t);
            }
        }
        return out;
    }

    /** A byline line often carries the provider and a time after a bar: keep the names part. */
    private static String cutByline(String s) {
        int bar = s.indexOf(" | ");
        String t = bar > 0 ? s.substring(0, bar) : s;
        return READ_TIME.matcher(t).replaceFirst("").trim();
    }

    private static boolean isByline(String s) {
        return s.length() <= MAX_BYLINE
                && s.length() > 4
                && s.startsWith("By")
                && Character.isWhitespace(s.charAt(2))
                && Character.isUpperCase(s.charAt(3));
    }

    /** {@return letters and digits only, lower case: what headings and bylines are matched by} */
    private static String key(String s) {
        return PageByline.key(s);
    }

    /**
     * {@return whether {@code key(s)} equals a key} without building {@code key(s)} while {@code s}
     * is ASCII (most blocks compared with a headline or byline differ early). Lower-casing maps
     * every ASCII character on its own, so a difference in the ASCII part before the first other
     * character is final; from that character on, the key is built and compared.
     */
    static boolean keyEquals(String s, String key) {
        int j = 0;
        int n = key.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return key(s).equals(key);
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                continue;
            }
            if (j >= n || key.charAt(j) != c) {
                return false;
            }
            j++;
        }
        return j == n;
    }

    private static Optional<String> nonBlank(String s) {
        String t = s.trim();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
}
