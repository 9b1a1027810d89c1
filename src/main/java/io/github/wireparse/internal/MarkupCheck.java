package io.github.wireparse.internal;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds markup errors in an HTML source in one linear pass, so that malformed pages can be
 * reported without switching on jsoup's error tracking: with tracking on, jsoup also tracks line
 * starts and rescans its read buffer on every refill, which makes a parse about 1.3 times slower.
 *
 * <p>The check follows the HTML standard's tree construction in outline, not in every detail:
 * start and end tags are matched on a stack of open elements; end tags that close no open element,
 * misnested end tags, elements left open at the end that need an end tag, self-closing syntax on
 * elements that are not void, attributes run together, duplicate attributes, a comment, tag or
 * raw-text element ({@code script}, {@code style}, {@code title}, …) cut off by the end of the
 * page, and {@code <} or {@code </} not followed by a tag name are errors. Optional end tags
 * ({@code p}, {@code li}, {@code td}, …) may be left out, and the start tags that close them
 * implicitly do so. Character references are not checked. Work is linear in the source: each
 * character is looked at a bounded number of times, and the stack of open elements is bounded.
 */
final class MarkupCheck {

    /**
     * The errors found, and what of the source jsoup needs to read: the source less its
     * {@code <script>} (JSON-LD excepted) and {@code <style>} elements or their contents, its
     * comments, the attributes nothing reads ({@link #READ_ATTRIBUTES}; on some tags only the
     * values of bulky ones, {@link #UNREAD_ATTRIBUTES}), links but the canonical one, the content
     * of SVG images and of navigation elements, and white space between tags where it changes
     * nothing (before the body, around block-level elements), which the article does not depend
     * on but which make up about three quarters of a typical news page.
     *
     * @param errors       how many errors
     * @param firstOffset  where the first one is, or -1
     * @param firstMessage what the first one is, or empty
     * @param source       the source
     * @param dropped      the ranges of the source to leave out, as start, end pairs in order
     * @param withNav      the same less the content of {@code <nav>} elements, which only the loose
     *                     reading of a page looks at ({@link #leanReaderWithNav()}); {@code dropped}
     *                     itself when no navigation was left out
     */
    record Result(int errors, int firstOffset, String firstMessage, String source, int[] dropped, int[] withNav) {

        /** {@return whether the lean copy leaves out the content of navigation elements} */
        boolean navLeftOut() {
            return withNav != dropped;
        }

        /** {@return the source less the dropped ranges} */
        String lean() {
            if (dropped.length == 0) {
                return source;
            }
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (int k = 0; k < dropped.length; k += 2) {
                sb.append(source, last, dropped[k]);
                last = dropped[k + 1];
            }
            return sb.append(source, last, source.length()).toString();
        }

        /** {@return a reader of {@link #lean()}, which copies the source once, straight into the reader's buffer} */
        Reader leanReader() {
            return reader(dropped);
        }

        /** {@return a reader of the lean copy with the content of navigation elements kept} */
        Reader leanReaderWithNav() {
            return reader(withNav);
        }

        private Reader reader(int[] dropped) {
            return new Reader() {
                private int pos;
                private int next;

                @Override
                public int read(char[] buf, int off, int len) {
                    int n = source.length();
                    int copied = 0;
                    while (copied < len) {
                        if (next < dropped.length && pos == dropped[next]) {
                            pos = dropped[next + 1];
                            next += 2;
                            continue;
                        }
                        int until = next < dropped.length ? dropped[next] : n;
                        if (pos >= until) {
                            break;
                        }
                        int count = Math.min(len - copied, until - pos);
                        source.getChars(pos, pos + count, buf, off + copied);
                        pos += count;
                        copied += count;
                    }
                    return copied == 0 && len > 0 ? -1 : copied;
                }

                @Override
                public void close() {
                    // nothing to release
                }
            };
        }
    }

    /**
     * Attributes whose values nothing in the pipeline reads, left out of {@link Result#lean()}
     * (the attribute stays, with an empty value) when their value is at least
     * {@link #MIN_DROPPED_VALUE} long. Reading one of them in the pipeline means taking it off
     * this list: {@code LeanParseTest} compares articles from lean and full parses.
     */
    private static final List<String> UNREAD_ATTRIBUTES = List.of("href", "src", "srcset", "sizes", "data-src",
            "data-srcset", "d", "alt", "title", "onclick", "onmousedown", "onload", "aria-label", "data-ylk",
            "data-payload", "points", "transform");
    private static final int MIN_DROPPED_VALUE = 8;
    /** {@link #UNREAD_ATTRIBUTES} by {@link #hash}: an open-addressed table of index + 1, 0 for empty. */
    private static final int[] UNREAD_SLOTS = new int[64];

    static {
        for (int k = 0; k < UNREAD_ATTRIBUTES.size(); k++) {
            String name = UNREAD_ATTRIBUTES.get(k);
            int slot = hash(name, 0, name.length()) & (UNREAD_SLOTS.length - 1);
            while (UNREAD_SLOTS[slot] != 0) {
                slot = (slot + 1) & (UNREAD_SLOTS.length - 1);
            }
            UNREAD_SLOTS[slot] = k + 1;
        }
    }
    /**
     * Attributes that the pipeline (or jsoup's tree builder) reads. Every other attribute of an
     * HTML element is left out of {@link Result#lean()}, name and value, unless its tag keeps all
     * ({@link #KEEP_ATTRIBUTES}). Reading another attribute in the pipeline means adding it here:
     * {@code LeanAttributesTest} checks the attributes the pipeline's sources name against this
     * list, and {@code LeanParseTest} compares articles from lean and full parses.
     */
    static final List<String> READ_ATTRIBUTES = List.of("class", "id", "style", "role", "hidden",
            "aria-hidden", "datetime", "rel", "itemprop", "data-key", "data-source", "data-timestamp", "data-ad",
            "type", "property", "name", "content", "lang", "charset", "http-equiv", "encoding", "xmlns");
    /** {@link #READ_ATTRIBUTES} by {@link #hash}, as {@link #UNREAD_SLOTS}. */
    private static final int[] READ_SLOTS = new int[64];

    static {
        for (int k = 0; k < READ_ATTRIBUTES.size(); k++) {
            String name = READ_ATTRIBUTES.get(k);
            int slot = hash(name, 0, name.length()) & (READ_SLOTS.length - 1);
            while (READ_SLOTS[slot] != 0) {
                slot = (slot + 1) & (READ_SLOTS.length - 1);
            }
            READ_SLOTS[slot] = k + 1;
        }
    }

    /** Deeper nesting than this is counted but not tracked (the scan stays linear). */
    private static final int MAX_STACK = 512;
    /** Distinct unknown tag names told apart, at most. */
    private static final int MAX_UNKNOWN = 4096;
    /** Attributes of one tag compared for duplicates, at most. */
    private static final int MAX_ATTRIBUTES = 32;

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound",
            "frame", "image");
    /** Elements whose content is text up to their end tag. */
    private static final Set<String> RAW = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes",
            "textarea", "title");
    /** Elements whose end tag may be left out. */
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "option", "optgroup",
            "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
            "html", "head", "body");
    /** Start tags that close an open {@code p}. */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header",
            "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3", "h4",
            "h5", "h6", "pre", "listing", "form", "table", "hr", "xmp", "plaintext", "search", "li", "dd", "dt");
    /** The standard's "special" elements: an end tag of another name does not reach past them. */
    private static final Set<String> SPECIAL = Set.of("address", "applet", "area", "article", "aside", "base",
            "basefont", "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col",
            "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure",
            "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
            "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main",
            "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param",
            "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table",
            "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr",
            "xmp");
    /** Elements that end the scope an end tag looks for its element in. */
    private static final Set<String> SCOPE = Set.of("applet", "caption", "html", "table", "td", "th", "marquee",
            "object", "template", "svg", "math");


    private static final int F_VOID = 1;
    private static final int F_RAW = 2;
    private static final int F_OPTIONAL_END = 4;
    private static final int F_CLOSES_P = 8;
    private static final int F_SPECIAL = 16;
    private static final int F_SCOPE = 32;
    private static final int F_HEADING = 64;
    /** HTML start tags that end foreign (SVG, MathML) content. */
    private static final int F_BREAKOUT = 128;
    /** Foreign elements whose content is HTML again. */
    private static final int F_INTEGRATION = 256;
    /**
     * Tags whose attributes all stay in {@link Result#lean()}: the standard's formatting elements
     * (but {@code a}), which the tree builder compares attribute by attribute (the "Noah's Ark"
     * clause); {@code html} and {@code body}, whose attributes a second start tag merges; and the
     * elements whose attributes the pipeline or jsoup's tree builder read (head elements, form
     * controls, {@code isindex}, foreign roots).
     */
    private static final int F_KEEP_ATTRIBUTES = 512;
    /** The standard's formatting elements, which the tree builder may reopen after a misnesting. */
    private static final int F_FORMATTING = 1024;
    private static final Set<String> FORMATTING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr",
            "s", "small", "strike", "strong", "tt", "u");
    /**
     * Block-level start tags before which white space between tags is left out of
     * {@link Result#lean()}: the walk ({@link HtmlBlocks}) ends a block at each, and jsoup's
     * {@code Element.text()} puts a space before each, so white space before them changes nothing.
     */
    private static final int F_BLOCK_START = 2048;
    /** Start tags that do not start the body when read before it. */
    private static final int F_HEAD = 4096;
    private static final Set<String> HEAD_TAGS = Set.of("html", "head", "base", "basefont", "bgsound", "link",
            "meta", "title", "noframes", "style", "noscript", "script", "template");
    private static final Set<String> BLOCK_START = Set.of("address", "article", "aside", "blockquote", "center",
            "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
            "section", "ul", "summary", "menu", "table");
    static final Set<String> KEEP_ATTRIBUTES = Set.of("b", "big", "code", "em", "font", "i", "nobr",
            "s", "small", "strike", "strong", "tt", "u", "html", "body", "head", "link", "base", "meta",
            "script", "style", "title", "template", "svg", "math", "input", "form", "frameset", "frame",
            "annotation-xml", "isindex");
    private static final Set<String> BREAKOUT = Set.of("b", "big", "blockquote", "body", "br", "center", "code",
            "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img",
            "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
            "strike", "sub", "sup", "table", "tt", "u", "ul", "var");
    private static final Set<String> INTEGRATION = Set.of("mi", "mo", "mn", "ms", "mtext", "foreignobject",
            "desc", "title");

    /** The known tag names, each with an id (its index) and its flags. */
    private static final String[] NAMES;
    private static final int[] FLAGS;
    /** An open-addressed table from a name's hash to its id + 1 (0: empty). */
    private static final int[] TABLE = new int[1024];

    static {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (Set<String> set : List.of(VOID, RAW, OPTIONAL_END, CLOSES_P, SPECIAL, SCOPE)) {
            all.addAll(set);
        }
        all.addAll(List.of("a", "b", "i", "span", "button", "svg", "math", "plaintext", "template"));
        all.addAll(BREAKOUT);
        all.addAll(INTEGRATION);
        all.addAll(KEEP_ATTRIBUTES);
        all.addAll(FORMATTING);
        all.addAll(BLOCK_START);
        all.addAll(HEAD_TAGS);
        NAMES = all.toArray(new String[0]);
        FLAGS = new int[NAMES.length];
        for (int id = 0; id < NAMES.length; id++) {
            String t = NAMES[id];
            int f = (VOID.contains(t) ? F_VOID : 0) | (RAW.contains(t) ? F_RAW : 0)
                    | (OPTIONAL_END.contains(t) ? F_OPTIONAL_END : 0) | (CLOSES_P.contains(t) ? F_CLOSES_P : 0)
                    | (SPECIAL.contains(t) ? F_SPECIAL : 0) | (SCOPE.contains(t) ? F_SCOPE : 0)
                    | (t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6'
                            ? F_HEADING : 0)
                    | (BREAKOUT.contains(t) ? F_BREAKOUT : 0) | (INTEGRATION.contains(t) ? F_INTEGRATION : 0)
                    | (KEEP_ATTRIBUTES.contains(t) ? F_KEEP_ATTRIBUTES : 0)
                    | (FORMATTING.contains(t) ? F_FORMATTING : 0) | (HEAD_TAGS.contains(t) ? F_HEAD : 0)
                    | (BLOCK_START.contains(t) && HtmlBlocks.BLOCK_TAGS.contains(t)
                            && org.jsoup.parser.Tag.valueOf(t).isBlock() ? F_BLOCK_START : 0);
            FLAGS[id] = f;
            int slot = hash(t, 0, t.length()) & (TABLE.length - 1);
            while (TABLE[slot] != 0) {
                slot = (slot + 1) & (TABLE.length - 1);
            }
            TABLE[slot] = id + 1;
        }
    }

    private static final int P = id("p");
    private static final int A = id("a");
    private static final int LI = id("li");
    private static final int DD = id("dd");
    private static final int DT = id("dt");
    private static final int TD = id("td");
    private static final int TH = id("th");
    private static final int TR = id("tr");
    private static final int CAPTION = id("caption");
    private static final int TABLE_TAG = id("table");
    private static final int OPTION = id("option");
    private static final int OPTGROUP = id("optgroup");
    private static final int HTML = id("html");
    private static final int HEAD = id("head");
    private static final int BODY = id("body");
    private static final int BR = id("br");
    private static final int SVG = id("svg");
    private static final int NOSCRIPT = id("noscript");
    private static final int MATH = id("math");
    private static final int BUTTON = id("button");
    private static final int ADDRESS = id("address");
    private static final int DIV = id("div");
    private static final int TBODY = id("tbody");
    private static final int THEAD = id("thead");
    private static final int TFOOT = id("tfoot");
    private static final int PLAINTEXT = id("plaintext");
    private static final int SCRIPT = id("script");
    private static final int LINK = id("link");
    private static final int FRAMESET = id("frameset");
    private static final int BASE = id("base");
    private static final int STYLE = id("style");
    private static final int SELECT = id("select");
    private static final int FORM = id("form");
    private static final int TEMPLATE = id("template");
    private static final int PRE = id("pre");
    private static final int LISTING = id("listing");
    private static final int TEXTAREA = id("textarea");
    private static final int NAV = id("nav");

    private static int id(String name) {
        return lookup(name, 0, name.length(), hash(name, 0, name.length()));
    }

    /** {@return the hash of a name in ASCII lower case} */
    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h ^ (h >>> 16);
    }

    /**
     * {@return whether {@code s} holds {@code lower}, a lower-case ASCII name, at {@code from}, in
     * any case} A plain loop: {@link String#regionMatches(boolean, int, String, int, int)} is slow
     * between a UTF-16 and a Latin-1 string, and most pages are UTF-16.
     */
    private static boolean sameLower(String s, int from, String lower) {
        int len = lower.length();
        if (from + len > s.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char c = s.charAt(from + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return the id of the known tag name at {@code s[from, to)}, in any case, or -1}
     *
     * @param hash the name's {@link #hash}
     */
    private static int lookup(String s, int from, int to, int hash) {
        int len = to - from;
        int slot = hash & (TABLE.length - 1);
        while (true) {
            int e = TABLE[slot];
            if (e == 0) {
                return -1;
            }
            String name = NAMES[e - 1];
            if (name.length() == len && sameLower(s, from, name)) {
                return e - 1;
            }
            slot = (slot + 1) & (TABLE.length - 1);
        }
    }

    private final String s;
    private final int n;
    private final int[] stack = new int[MAX_STACK];
    private int depth;
    /** How many elements of each known tag are open. */
    private final int[] open = new int[NAMES.length];
    /** Open elements beyond {@link #MAX_STACK}, not tracked by name. */
    private int overflow;
    /** The stack index of the open {@code svg} or {@code math} root, or -1 outside foreign content. */
    private int foreignFrom = -1;
    private int errors;
    private int firstOffset = -1;
    private String firstMessage = "";
    /** Ranges of the source to leave out of {@link Result#lean()}, as start, end pairs. */
    private int[] dropped = new int[16];
    private int droppedCount;
    /**
     * Whether nothing more is dropped: after a {@code <frameset>}, which ignores script tags, so
     * that their text is read as markup; and on a page holding U+FFFF, from the start.
     */
    private boolean noMoreDrops;
    /**
     * Whether a formatting element may have been closed without its end tag: the tree builder
     * then reopens it at the next text, white space included, so no white space is left out after.
     */
    private boolean formattingLeft;
    /** Whether the last token was a block-level start tag. */
    private boolean afterBlockStart;
    /** Whether nothing has started the page's body yet: no text, no tag but head elements. */
    private boolean beforeBody = true;
    /** Whether a start tag has been read; the one being read, whether one came before it. */
    private boolean tagSeen;
    private boolean tagSeenBefore;
    /** {@link #errors} and {@link #droppedCount} before the start tag being read. */
    private int tagErrorsBefore;
    private int tagDroppedBefore;
    /** How many open elements (on the stack) are not block-level ({@link #F_BLOCK_START}). */
    private int nonBlockOpen;
    /**
     * How many {@code <noscript>} and {@code <template>} elements have opened. Nothing is dropped
     * inside one (see {@link #inIsland}), nor from an SVG image or navigation that holds one.
     */
    private int islands;
    /**
     * The {@code <svg>} root whose content may be left out: its stack index (-1 for none), where
     * its content starts, and {@link #errors} and {@link #droppedCount} when it opened.
     */
    private int svgDepth = -1;
    private int svgContent;
    private int svgErrors;
    /** {@link #islands} when the SVG image opened. */
    private int svgIslands;
    private int svgDropped;
    /**
     * Whether an element opened at an HTML integration point ({@code foreignObject}, {@code desc},
     * {@code title}) since the {@code <svg>} root opened: HTML there, formatting elements above
     * all, can change what the tree builder does after the image, so its content then stays.
     */
    private boolean svgHtml;
    /**
     * The outermost open {@code <nav>} whose content may be left out: its stack index (-1 for
     * none), where its content starts, and {@link #errors} when it opened.
     */
    private int navDepth = -1;
    private int navContent;
    private int navErrors;
    /** {@link #islands} when the navigation opened. */
    private int navIslands;
    /** The content ranges of navigation elements left out, as start, end pairs in order. */
    private int[] navSpans = new int[0];
    private int navSpanCount;
    /** Whether SVG and navigation content may be left out: not on the second pass over a page with a frameset. */
    private final boolean contentDrops;
    /** Whether some SVG content was left out (navigation content counts in {@link #navSpanCount}). */
    private boolean contentDropped;
    /**
     * Whether a {@code <frameset>} came after left-out SVG or navigation content: text in it can
     * decide whether the tree builder takes the frameset, so such a page is checked again keeping it.
     */
    private boolean framesetAfterContentDrop;
    /**
     * Whether a {@code </body>} or {@code </html>} end tag has been read: after it, the tree builder
     * puts white space outside the body until a tag brings it back, so a tag there is never left out.
     */
    private boolean afterBodyEnd;
    /** Where the value of the {@code rel} attribute of the {@code <link>} being read lies, or -1. */
    private int relStart;
    private int relEnd;
    /** Where the text before the tag being read starts. */
    private int textStart;
    private final int[] attrStart = new int[MAX_ATTRIBUTES];
    private final int[] attrEnd = new int[MAX_ATTRIBUTES];
    private final int[] attrHash = new int[MAX_ATTRIBUTES];
    /** Tag names that are not known, numbered after the known ones, in order of first sight. */
    private List<String> unknownNames;
    /** An open-addressed table of {@link #unknownNames} by hash: index + 1, 0 for empty. */
    private int[] unknownSlots;

    private MarkupCheck(String source, boolean contentDrops) {
        this.contentDrops = contentDrops;
        this.s = source;
        this.n = source.length();
        // jsoup's reader takes U+FFFF for the end of its input and reads the markup around it in
        // ways the check does not follow: such a page is parsed whole.
        this.noMoreDrops = source.indexOf('\uFFFF') >= 0;
    }

    /**
     * {@return the markup errors of an HTML source}
     *
     * @param source the page's source
     */
    static Result check(String source) {
        MarkupCheck c = new MarkupCheck(source, true);
        c.run();
        if (c.framesetAfterContentDrop) {
            c = new MarkupCheck(source, false);
            c.run();
        }
        int[] withNav = Arrays.copyOf(c.dropped, c.droppedCount);
        int[] dropped = c.navSpanCount == 0 ? withNav : c.leaveOutNav(withNav);
        return new Result(c.errors, c.firstOffset, c.firstMessage, source, dropped, withNav);
    }

    /**
     * {@return the dropped ranges with each navigation content range in place of the ranges
     * inside it} Every dropped range lies wholly before, inside or after a navigation range.
     */
    private int[] leaveOutNav(int[] ranges) {
        int[] out = new int[ranges.length + navSpanCount];
        int count = 0;
        int k = 0;
        for (int m = 0; m < navSpanCount; m += 2) {
            int from = navSpans[m];
            int to = navSpans[m + 1];
            while (k < ranges.length && ranges[k + 1] <= from) {
                out[count++] = ranges[k];
                out[count++] = ranges[k + 1];
                k += 2;
            }
            while (k < ranges.length && ranges[k] < to) {
                k += 2; // inside the navigation
            }
            out[count++] = from;
            out[count++] = to;
        }
        while (k < ranges.length) {
            out[count++] = ranges[k++];
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Leaves out the text of a script or style element, {@code s[from, to)}, when dropping it
     * cannot change what jsoup builds from the rest: a script may be JSON-LD (kept when its tag
     * mentions JSON at all), and a script holding {@code <!--} may not end at the first
     * {@code </script>} (the standard's escaped script states), so such scripts stay.
     */
    private void drop(int tagStart, int tagEnd, int id, int from, int to) {
        if (id == SCRIPT) {
            for (int k = tagStart; k + 4 <= tagEnd; k++) {
                char c = s.charAt(k);
                if ((c == 'j' || c == 'J') && sameLower(s, k, "json")) {
                    return;
                }
            }
        }
        // The whole element goes when its tags are plain and it is not the page's first tag (which
        // decides the document's mode) nor inside a table (where it splits the table's text) nor
        // after the body's end tag (where a tag brings the tree builder back into the body).
        String end = id == SCRIPT ? "</script>" : "</style>";
        if (droppable() && !afterBodyEnd && errors == tagErrorsBefore && sameLower(s, to, end)) {
            droppedCount = tagDroppedBefore;
            addDropped(tagStart, to + end.length());
            return;
        }
        if (to <= from) {
            return;
        }
        addDropped(from, to);
    }

    /**
     * {@return where a script's text starting at {@code from} ends (at its {@code </script>}), or
     * -1} The standard's script data states, as jsoup follows them: after {@code <!--} the text is
     * "escaped", where a {@code <script>} starts a "double-escaped" part in which
     * {@code </script>} does not end the script; {@code -->} returns to plain script data.
     */
    private int scriptEnd(int from) {
        final int data = 0;
        final int escaped = 1;
        final int doubleEscaped = 2;
        int state = data;
        int i = from;
        // The next "-->" at or after i, looked for again only once i has passed it: linear.
        int dashes = -2;
        while (true) {
            int lt = s.indexOf('<', i);
            if (state != data) {
                if (dashes != -1 && dashes < i) {
                    dashes = s.indexOf("-->", i);
                }
                if (dashes >= 0 && (lt < 0 || dashes < lt)) {
                    state = data;
                    i = dashes + 3;
                    continue;
                }
            }
            if (lt < 0) {
                return -1;
            }
            if (state == data && s.startsWith("<!--", lt)) {
                state = escaped;
                i = lt + 2; // "<!-->" enters and at once leaves
                continue;
            }
            boolean close = lt + 1 < n && s.charAt(lt + 1) == '/';
            int nameAt = close ? lt + 2 : lt + 1;
            if (sameLower(s, nameAt, "script")) {
                int after = nameAt + 6;
                if (after >= n || space(s.charAt(after)) || s.charAt(after) == '>' || s.charAt(after) == '/') {
                    if (close && state != doubleEscaped) {
                        return lt;
                    }
                    if (close) {
                        state = escaped;
                    } else if (state == escaped) {
                        state = doubleEscaped;
                    }
                    i = after;
                    continue;
                }
            }
            i = lt + 1;
        }
    }

    /**
     * {@return whether markup may be left out here} Not after a {@code <frameset>}, not beyond the
     * tracked depth, not in a table (whose text may be moved out) and not at the page's first tag
     * (which decides the document's mode).
     */
    private boolean droppable() {
        return !noMoreDrops && overflow == 0 && open[TABLE_TAG] == 0 && tagSeenBefore && !inIsland();
    }

    /** Notes where the value {@code s[from, to)} lies if it is the {@code rel} of a {@code <link>}. */
    private void noteRel(int id, int nameFrom, int nameTo, int from, int to) {
        if (id == LINK && nameTo - nameFrom == 3 && sameLower(s, nameFrom, "rel")) {
            relStart = from;
            relEnd = to;
        }
    }

    /**
     * {@return whether the {@code <link>} just read may be the canonical one} Its {@code rel} is
     * {@code canonical} in any case, or holds a character reference that might spell it.
     */
    private boolean canonicalRel() {
        if (relStart < 0) {
            return false;
        }
        for (int k = relStart; k < relEnd; k++) {
            if (s.charAt(k) == '&') {
                return true;
            }
        }
        return relEnd - relStart == 9 && sameLower(s, relStart, "canonical");
    }

    private void addDropped(int from, int to) {
        if (noMoreDrops || inIsland() || joinsAcross(from)) {
            return;
        }
        if (droppedCount == dropped.length) {
            dropped = Arrays.copyOf(dropped, dropped.length * 2);
        }
        dropped[droppedCount++] = from;
        dropped[droppedCount++] = to;
    }

    /**
     * {@return whether what stands before {@code from} would join what follows a drop there into
     * new markup or a character reference} A {@code <} that is text, or a {@code &} with only name
     * characters after it: with the comment between them gone, {@code <<!---->/p>} would end a
     * paragraph and {@code &am<!---->p;} would be an ampersand.
     */
    private boolean joinsAcross(int from) {
        int k = from - 1;
        if (k < 0) {
            return false;
        }
        if (s.charAt(k) == '<') {
            return true;
        }
        int limit = Math.max(0, from - MAX_REFERENCE);
        while (k >= limit) {
            char c = s.charAt(k);
            if (c == '&') {
                return true;
            }
            if (!(letter(c) || c >= '0' && c <= '9' || c == '#')) {
                return false;
            }
            k--;
        }
        return false;
    }

    /** Longer than any character reference's name, with its {@code #} or {@code x}. */
    private static final int MAX_REFERENCE = 40;

    /**
     * {@return whether the attribute named {@code s[from, to)} is one whose value nothing reads}
     * Only bulky attributes are listed (links, image sources, event handlers, SVG paths, labels);
     * {@code href} counts only outside {@code <link>} (canonical URLs) and {@code <base>} (which
     * sets the base URI).
     */
    private boolean unread(int from, int to, int hash, int tag) {
        int len = to - from;
        for (int slot = hash & (UNREAD_SLOTS.length - 1); UNREAD_SLOTS[slot] != 0;
                slot = (slot + 1) & (UNREAD_SLOTS.length - 1)) {
            String name = UNREAD_ATTRIBUTES.get(UNREAD_SLOTS[slot] - 1);
            if (name.length() == len && sameLower(s, from, name)) {
                return !(len == 4 && (tag == LINK || tag == BASE) && name.equals("href"));
            }
        }
        return false;
    }

    /**
     * Leaves out the white space between the last tag and a block-level start tag at {@code lt},
     * when the tree builder inserts it as a plain text node: not in foreign content, in tables
     * (whose text may be moved), in selects, templates or preformatted text, nor once a
     * formatting element may be reopened.
     */
    private void dropSpaceBefore(int lt) {
        if (foreignFrom >= 0 || formattingLeft || overflow > 0
                || open[TABLE_TAG] > 0 || open[SELECT] > 0 || open[TEMPLATE] > 0 || open[PRE] > 0
                || open[LISTING] > 0 || open[TEXTAREA] > 0 || open[PLAINTEXT] > 0) {
            return;
        }
        dropSpace(lt);
    }

    /** Leaves out the text between the last tag and {@code lt} if it is all white space. */
    private void dropSpace(int lt) {
        if (droppedCount > 0 && dropped[droppedCount - 1] > textStart) {
            return; // left out already
        }
        for (int k = textStart; k < lt; k++) {
            if (!space(s.charAt(k))) {
                return;
            }
        }
        addDropped(textStart, lt);
    }

    /** {@return whether the attribute named {@code s[from, to)} is one the pipeline reads} */
    private boolean read(int from, int to, int hash) {
        int len = to - from;
        for (int slot = hash & (READ_SLOTS.length - 1); READ_SLOTS[slot] != 0;
                slot = (slot + 1) & (READ_SLOTS.length - 1)) {
            String name = READ_ATTRIBUTES.get(READ_SLOTS[slot] - 1);
            if (name.length() == len && sameLower(s, from, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return the 1-based line and column (in UTF-16 units) of an offset, lines ending at
     * {@code \n}}
     *
     * @param source the text
     * @param offset the offset, clamped to the text
     */
    static int[] lineColumn(String source, int offset) {
        int end = Math.max(0, Math.min(offset, source.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = source.indexOf('\n'); i >= 0 && i < end; i = source.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new int[] {line, end - lineStart + 1};
    }

    private static int flags(int id) {
        return id < FLAGS.length ? FLAGS[id] : 0;
    }

    private String nameOf(int id) {
        int k = id - NAMES.length;
        return k < 0 ? NAMES[id] : k < unknownNames.size() ? unknownNames.get(k) : "?";
    }

    /** {@return the id of the tag name at {@code s[from, to)}} */
    private int tagId(int from, int to) {
        int id = lookup(s, from, to, nameHash);
        if (id >= 0) {
            return id;
        }
        // Names not known: custom elements, typos. Each distinct one gets a string once.
        if (unknownNames == null) {
            unknownNames = new java.util.ArrayList<>();
            unknownSlots = new int[64];
        }
        int len = to - from;
        int mask = unknownSlots.length - 1;
        int slot = nameHash & mask;
        while (unknownSlots[slot] != 0) {
            String name = unknownNames.get(unknownSlots[slot] - 1);
            if (name.length() == len && sameLower(s, from, name)) {
                return NAMES.length + unknownSlots[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        if (unknownNames.size() >= MAX_UNKNOWN) {
            return NAMES.length + MAX_UNKNOWN; // one id for all the rest: a page of random names
        }
        char[] lowered = new char[len];
        for (int k = 0; k < len; k++) {
            char c = s.charAt(from + k);
            lowered[k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c; // as sameLower and hash lower it
        }
        unknownNames.add(new String(lowered));
        unknownSlots[slot] = unknownNames.size();
        if (unknownNames.size() * 2 > unknownSlots.length) {
            int[] old = unknownSlots;
            unknownSlots = new int[old.length * 2];
            for (int e : old) {
                if (e != 0) {
                    String name = unknownNames.get(e - 1);
                    int k = hash(name, 0, name.length()) & (unknownSlots.length - 1);
                    while (unknownSlots[k] != 0) {
                        k = (k + 1) & (unknownSlots.length - 1);
                    }
                    unknownSlots[k] = e;
                }
            }
        }
        return NAMES.length + unknownNames.size() - 1;
    }

    private void error(int at, String message) {
        if (errors++ == 0) {
            firstOffset = at;
            firstMessage = message;
        }
    }

    private void run() {
        int i = 0;
        int strayFrom = -1;
        while (i < n) {
            int lt = s.indexOf('<', i);
            // A '<' that opened no tag is text: the text before the next tag starts at it.
            textStart = strayFrom >= 0 ? strayFrom : i;
            strayFrom = -1;
            if (afterBlockStart && lt > i) {
                // White space opening a block: the walk has just ended a block, so it adds no
                // space, and text() has put one before the block.
                dropSpaceBefore(lt);
            }
            afterBlockStart = false;
            if (beforeBody) {
                for (int k = textStart, end = lt < 0 ? n : lt; k < end; k++) {
                    if (!space(s.charAt(k))) {
                        beforeBody = false; // text starts the body
                        break;
                    }
                }
            }
            if (lt < 0 || lt + 1 >= n) {
                if (lt >= 0) {
                    error(lt, "a '<' that opens no tag");
                }
                break;
            }
            char c = s.charAt(lt + 1);
            if (letter(c)) {
                i = startTag(lt);
            } else if (c == '/') {
                i = endTag(lt);
            } else if (c == '!') {
                i = markupDeclaration(lt);
            } else if (c == '?') {
                int gt = s.indexOf('>', lt + 2);
                i = gt < 0 ? n : gt + 1;
            } else {
                error(lt, "a '<' that opens no tag");
                strayFrom = lt;
                i = lt + 1;
            }
        }
        for (int k = depth - 1; k >= 0; k--) {
            if ((flags(stack[k]) & F_OPTIONAL_END) == 0) {
                error(n, "<" + nameOf(stack[k]) + "> is not closed at the end of the page");
                break;
            }
        }
    }

    private int markupDeclaration(int lt) {
        if (foreignFrom >= 0 && s.startsWith("<![CDATA[", lt)) {
            int end = s.indexOf("]]>", lt + 9);
            return end < 0 ? n : end + 3;
        }
        if (s.startsWith("<!--", lt)) {
            if (s.startsWith("<!-->", lt) || s.startsWith("<!--->", lt)) {
                return s.indexOf('>', lt + 4) + 1; // abruptly closed, as jsoup reads it
            }
            // A comment ends at --> or at --!> (as jsoup reads it).
            int gt = s.indexOf('>', lt + 4);
            while (gt >= 0 && !(gt - 2 >= lt + 4 && s.charAt(gt - 1) == '-' && s.charAt(gt - 2) == '-'
                    || gt - 3 >= lt + 4 && s.charAt(gt - 1) == '!' && s.charAt(gt - 2) == '-'
                            && s.charAt(gt - 3) == '-')) {
                gt = s.indexOf('>', gt + 1);
            }
            if (gt < 0) {
                error(lt, "a comment is not closed");
                return n;
            }
            // Nothing reads comments: the text around one joins up, as the walk reads it anyway;
            // but in a table the text decides whether it is moved out, and a comment splits it.
            if (foreignFrom < 0 && overflow == 0 && open[TABLE_TAG] == 0) {
                addDropped(lt, gt + 1);
            }
            return gt + 1;
        }
        int gt = s.indexOf('>', lt + 2);
        return gt < 0 ? n : gt + 1;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean space(char c) {
        return c < 128 && (CLASS[c] & SPACE) != 0;
    }

    /** The lower-case hash of the name {@link #nameEnd} last read. */
    private int nameHash;

    /** Reads a tag name from {@code from}; {@return where it ends} and sets {@link #nameHash}. */
    private int nameEnd(int from) {
        int i = from;
        int h = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 128 && (CLASS[c] & NAME_STOP) != 0) {
                break;
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
        }
        nameHash = h ^ (h >>> 16);
        return i;
    }

    /** Character classes of ASCII, as bits. */
    private static final byte[] CLASS = new byte[128];
    private static final int SPACE = 1;
    /**
     * Ends a tag or attribute name: white space, {@code / >}. A {@code <} does not: jsoup reads
     * {@code <p<b>} as one element named {@code p<b}, and {@code <p <!---->} as a paragraph with
     * an attribute named {@code <!----}, as the standard's tokenizer does.
     */
    private static final int NAME_STOP = 2;
    /** Ends or spoils an attribute name: white space, {@code / > = " ' <}. */
    private static final int ATTRIBUTE_STOP = 4;

    static {
        for (char c : new char[] {' ', '\n', '\t', '\r', '\f'}) {
            CLASS[c] |= SPACE | NAME_STOP | ATTRIBUTE_STOP;
        }
        for (char c : new char[] {'/', '>'}) {
            CLASS[c] |= NAME_STOP | ATTRIBUTE_STOP;
        }
        for (char c : new char[] {'=', '"', '\'', '<'}) {
            CLASS[c] |= ATTRIBUTE_STOP;
        }
    }

    private int endTag(int lt) {
        if (lt + 2 >= n || !letter(s.charAt(lt + 2))) {
            error(lt, "a '</' that opens no end tag");
            int gt = s.indexOf('>', lt + 2);
            return gt < 0 ? n : gt + 1;
        }
        int ne = nameEnd(lt + 2);
        int id = tagId(lt + 2, ne);
        if (id == BODY || id == HTML) {
            afterBodyEnd = true;
        }
        int gt = tagClose(ne);
        if (gt < 0) {
            error(lt, "the end tag </" + nameOf(id) + "> is cut off by the end of the page");
        }
        // White space closing a block-level element, when all around it are block-level too: the
        // walk ends the block here, and Element.text() puts a space after each block or trims it
        // at the end, so the white space changes nothing.
        if (beforeBody) {
            if (gt == ne && textStart < lt) {
                dropSpace(lt);
            }
            if (id == BODY || id == HTML || id == BR) {
                beforeBody = false;
            }
        } else if (gt == ne && textStart < lt && depth > 0 && stack[depth - 1] == id && nonBlockOpen == 0
                && (flags(id) & F_BLOCK_START) != 0) {
            dropSpaceBefore(lt);
        }
        closeElement(lt, id);
        return gt < 0 ? n : gt + 1;
    }

    /**
     * {@return the {@code >} that ends a tag whose attributes start at {@code from}, or -1 when the
     * page ends first} Attributes are read as the standard's tokenizer (and jsoup) reads them, so
     * a quoted value may hold a {@code >}: an end tag has attributes too, which jsoup ignores.
     */
    private int tagClose(int from) {
        int i = from;
        boolean value = false; // after a name and '=': the next non-space character starts a value
        while (i < n) {
            char c = s.charAt(i);
            if (c == '>') {
                return i;
            }
            if (space(c) || c == '/') {
                i++;
                continue;
            }
            if (value && (c == '"' || c == '\'')) {
                int close = s.indexOf(c, i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
                value = false;
                continue;
            }
            if (value) {
                while (i < n && !space(s.charAt(i)) && s.charAt(i) != '>') {
                    i++; // an unquoted value
                }
                value = false;
                continue;
            }
            // A name: its first character may be anything but white space, '/' or '>'.
            i++;
            while (i < n && (s.charAt(i) >= 128 || (CLASS[s.charAt(i)] & NAME_STOP) == 0)
                    && s.charAt(i) != '=') {
                i++;
            }
            int j = i;
            while (j < n && space(s.charAt(j))) {
                j++;
            }
            if (j < n && s.charAt(j) == '=') {
                i = j + 1;
                value = true;
            }
        }
        return -1;
    }

    private void closeElement(int lt, int id) {
        if (overflow > 0) {
            overflow--;
            return;
        }
        if (id == HTML || id == BODY) {
            return;
        }
        if (id == HEAD) {
            int at = find(id, false);
            if (at >= 0) {
                popTo(lt, at, id, false);
            }
            return;
        }
        if (foreignFrom >= 0 && (id == P || id == BR)) {
            popTo(lt, foreignFrom, id, false); // the standard ends foreign content at </p> and </br>
        }
        if (id == BR) {
            error(lt, "</br> is not a tag");
            return;
        }
        if (foreignFrom >= 0) {
            int at = find(id, false);
            if (at >= foreignFrom) {
                if (contentDrops && id == SVG && at == foreignFrom && at == svgDepth && errors == svgErrors && !svgHtml
                        && islands == svgIslands && droppable()) {
                    contentDropped = true;
                    // Nothing reads inside an SVG image (the walk skips it whole): its content goes
                    // when it held no markup error, which might have ended it elsewhere.
                    droppedCount = svgDropped;
                    addDropped(svgContent, lt);
                }
                popTo(lt, at, id, false);
                return;
            }
            // An end tag of an HTML element around the foreign content closes it too, when the
            // body's rules find that element (the foreign ones in between do not count); else it
            // is ignored, as the standard does, and the foreign content stays open.
            if (at < 0 || bodyTarget(id, foreignFrom - 1) < 0) {
                error(lt, "the end tag </" + nameOf(id) + "> closes no open element");
                return;
            }
            popTo(lt, foreignFrom, id, false);
        }
        int f = flags(id);
        int at = bodyTarget(id, depth - 1);
        if (at < 0) {
            error(lt, "the end tag </" + nameOf(id) + "> closes no open element");
            if ((f & F_FORMATTING) != 0) {
                formattingLeft = true;
            }
            return;
        }
        boolean navEnds = id == NAV && at == navDepth;
        popTo(lt, at, id, true);
        if (navEnds) {
            if (errors == navErrors && islands == navIslands && !formattingLeft && droppable() && !afterBodyEnd
                    && lt > navContent) {
                // The strict reading skips navigation whole: its content goes from this copy.
                // Its inner ranges stay in the dropped ones, for the copy that keeps it.
                if (navSpanCount == navSpans.length) {
                    navSpans = Arrays.copyOf(navSpans, Math.max(8, navSpans.length * 2));
                }
                navSpans[navSpanCount++] = navContent;
                navSpans[navSpanCount++] = lt;
            }
        }
    }

    /**
     * {@return the stack index of the element an end tag closes by the body's rules, or -1} A
     * heading's end tag closes any heading in scope; the special and optional-end ones must be in
     * scope; any other is looked for down from {@code top}, up to the first special element.
     */
    private int bodyTarget(int id, int top) {
        if ((flags(id) & F_HEADING) != 0) {
            // Any heading's end tag closes the innermost heading in scope, of whatever level.
            for (int k = depth - 1; k >= 0; k--) {
                int f = flags(stack[k]);
                if ((f & F_HEADING) != 0) {
                    return k;
                }
                if ((f & F_SCOPE) != 0) {
                    return -1;
                }
            }
            return -1;
        }
        if ((flags(id) & (F_SPECIAL | F_OPTIONAL_END)) != 0) {
            return id < open.length && open[id] == 0 ? -1 : find(id, true);
        }
        for (int k = top; k >= 0; k--) {
            if (stack[k] == id) {
                return k;
            }
            if ((flags(stack[k]) & F_SPECIAL) != 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Finds an open element from the top, in scope or anywhere; -1 when none. */
    private int find(int id, boolean scoped) {
        // The parts of a table look for their element in table scope: cells do not end it.
        boolean tablePart = id == TABLE_TAG || id == TBODY || id == THEAD || id == TFOOT || id == TR;
        for (int k = depth - 1; k >= 0; k--) {
            int e = stack[k];
            if (e == id) {
                return k;
            }
            if (scoped && (flags(e) & F_SCOPE) != 0 && !(tablePart && (e == TD || e == TH || e == CAPTION))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Closes the element at {@code at} and all above it; when {@code check}, an error if one above
     * needs an end tag.
     */
    private void popTo(int lt, int at, int closing, boolean check) {
        if (closing != NOSCRIPT && closing != TEMPLATE && inIsland() && at <= islandAt()) {
            return; // jsoup ends nothing outside a noscript or template from inside it
        }
        boolean reported = !check;
        for (int k = depth - 1; k >= at; k--) {
            int e = stack[k];
            if (!reported && k > at && (flags(e) & F_OPTIONAL_END) == 0) {
                error(lt, "the end tag </" + nameOf(closing) + "> also closes <" + nameOf(e) + ">");
                reported = true;
            }
            if ((flags(e) & F_FORMATTING) != 0 && (k > at || e != closing)) {
                formattingLeft = true;
            }
            if (e < open.length) {
                open[e]--;
            }
            if ((flags(e) & F_BLOCK_START) == 0) {
                nonBlockOpen--;
            }
        }
        depth = at;
        if (navDepth >= depth) {
            navDepth = -1; // the navigation has ended, however
        }
        if (foreignFrom >= depth) {
            foreignFrom = -1;
        }
    }

    private int startTag(int lt) {
        int ne = nameEnd(lt + 1);
        int id = tagId(lt + 1, ne);
        // Attributes, up to the tag's end. Drops made in a tag with an error are taken back: the
        // lean copy leaves out only attributes jsoup reads as plainly as the check does.
        int errorsBefore = errors;
        int droppedBefore = droppedCount;
        tagErrorsBefore = errorsBefore;
        tagDroppedBefore = droppedBefore;
        tagSeenBefore = tagSeen;
        tagSeen = true;
        if (beforeBody) {
            // White space before the body lies in the head or the html element, or is ignored:
            // nothing reads it.
            if (textStart < lt) {
                dropSpace(lt);
            }
            if ((flags(id) & F_HEAD) == 0 && !inIsland()) {
                beforeBody = false;
            }
        } else if ((flags(id) & F_BLOCK_START) != 0 && textStart < lt && id != TABLE_TAG) {
            // Not before a table: text inside it may be moved out to just before it.
            dropSpaceBefore(lt);
        }
        boolean mayDropAttributes = foreignFrom < 0 && (flags(id) & F_KEEP_ATTRIBUTES) == 0;
        int attributeDropsFrom = droppedCount;
        relStart = -1;
        relEnd = -1;
        int i = ne;
        int attrs = 0;
        boolean selfClosing = false;
        while (true) {
            while (i < n && space(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                error(lt, "the tag <" + nameOf(id) + "> is cut off by the end of the page");
                droppedCount = droppedBefore;
                return n;
            }
            char c = s.charAt(i);
            if (c == '>') {
                i++;
                break;
            }
            if (c == '/') {
                if (i + 1 < n && s.charAt(i + 1) == '>') {
                    selfClosing = true;
                    i += 2;
                    break;
                }
                i++;
                continue;
            }
            int as = i;
            if (c == '=' || c == '"' || c == '\'' || c == '<') {
                error(i, "an attribute name starts with " + c + " in <" + nameOf(id) + ">");
            }
            int h = c >= 'A' && c <= 'Z' ? c + 32 : c;
            i++;
            while (i < n) {
                char d = s.charAt(i);
                if (d < 128 && (CLASS[d] & ATTRIBUTE_STOP) != 0) {
                    if ((CLASS[d] & NAME_STOP) != 0 || d == '=') {
                        break;
                    }
                    error(i, "an attribute name holds " + d + " in <" + nameOf(id) + ">");
                }
                h = 31 * h + (d >= 'A' && d <= 'Z' ? d + 32 : d);
                i++;
            }
            int attributeHash = h ^ (h >>> 16);
            if (attrs < MAX_ATTRIBUTES) {
                for (int k = 0; k < attrs; k++) {
                    if (attrHash[k] == attributeHash && attrEnd[k] - attrStart[k] == i - as
                            && s.regionMatches(true, attrStart[k], s, as, i - as)) {
                        error(as, "a duplicate attribute in <" + nameOf(id) + ">");
                        break;
                    }
                }
                attrStart[attrs] = as;
                attrEnd[attrs] = i;
                attrHash[attrs] = attributeHash;
                attrs++;
            }
            int ae = i;
            // The whole attribute goes when nothing reads it and white space stands before it.
            boolean dropWhole = mayDropAttributes && as > 0 && space(s.charAt(as - 1))
                    && !read(as, ae, attributeHash);
            int j = i;
            while (j < n && space(s.charAt(j))) {
                j++;
            }
            if (j >= n || s.charAt(j) != '=') {
                if (dropWhole) {
                    addDropped(as, ae);
                }
                continue;
            }
            j++;
            while (j < n && space(s.charAt(j))) {
                j++;
            }
            if (j >= n) {
                i = j;
                continue;
            }
            char q = s.charAt(j);
            if (q == '"' || q == '\'') {
                int close = s.indexOf(q, j + 1);
                if (close < 0) {
                    error(lt, "an attribute value in <" + nameOf(id) + "> is cut off by the end of the page");
                    droppedCount = droppedBefore;
                    return n;
                }
                i = close + 1;
                noteRel(id, as, ae, j + 1, close);
                if (i < n) {
                    char d = s.charAt(i);
                    if (!space(d) && d != '/' && d != '>') {
                        error(i, "attributes run together in <" + nameOf(id) + ">");
                    }
                }
                if (dropWhole) {
                    addDropped(as, i);
                } else if (close - j - 1 >= MIN_DROPPED_VALUE && unread(as, ae, attributeHash, id)) {
                    addDropped(j + 1, close);
                }
            } else if (q == '>') {
                i = j; // an empty value: the tag ends here
                if (dropWhole) {
                    addDropped(as, j);
                }
            } else {
                i = j;
                while (i < n && !space(s.charAt(i)) && s.charAt(i) != '>') {
                    i++;
                }
                noteRel(id, as, ae, j, i);
                if (dropWhole) {
                    addDropped(as, i);
                }
            }
        }
        if (errors != errorsBefore) {
            droppedCount = droppedBefore;
        }
        boolean html = foreignFrom < 0;
        boolean integration = !html && depth > 0 && (flags(stack[depth - 1]) & F_INTEGRATION) != 0;
        if (id == FRAMESET) {
            noMoreDrops = true;
            framesetAfterContentDrop |= contentDropped || navSpanCount > 0;
        }
        if (id == LINK && html && droppable() && !afterBodyEnd && errors == errorsBefore && !canonicalRel()) {
            // Nothing reads a link but the canonical one: the whole tag goes.
            droppedCount = attributeDropsFrom;
            addDropped(lt, i);
        }
        openElement(lt, id, selfClosing);
        if (id == SVG && html && !selfClosing && foreignFrom == depth - 1 && droppable()
                && errors == errorsBefore) {
            svgDepth = foreignFrom;
            svgContent = i;
            svgErrors = errors;
            svgIslands = islands;
            svgDropped = droppedCount;
            svgHtml = false;
        }
        if (id == NAV && html && navDepth < 0 && contentDrops && depth > 0 && stack[depth - 1] == NAV && droppable()
                && !afterBodyEnd && !formattingLeft && errors == errorsBefore) {
            navDepth = depth - 1;
            navContent = i;
            navErrors = errors;
            navIslands = islands;
        }
        if (html && (flags(id) & F_RAW) != 0) {
            return skipRawText(lt, i, id, true);
        }
        if (!html && !selfClosing && (integration && (flags(id) & F_RAW) != 0
                || id == SCRIPT && foreignFrom >= 0 && stack[foreignFrom] == SVG)) {
            // HTML raw text inside an integration point, or an SVG script, whose text jsoup reads
            // as script data: skipped, never dropped.
            return skipRawText(lt, i, id, false);
        }
        if (id == PLAINTEXT) {
            return n;
        }
        // A nested form start tag is ignored: what follows it does not open a block.
        afterBlockStart = html && (flags(id) & F_BLOCK_START) != 0 && id != FORM;
        return i;
    }

    private int skipRawText(int lt, int from, int id, boolean mayDrop) {
        String name = NAMES[id];
        if (id == SCRIPT) {
            int end = scriptEnd(from);
            if (end < 0) {
                error(lt, "<script> is not closed at the end of the page");
                int at = find(id, false);
                if (at >= 0) {
                    popTo(lt, at, id, false);
                }
                return n;
            }
            if (mayDrop) {
                drop(lt, from, id, from, end);
            }
            return end;
        }
        int i = from;
        while (true) {
            // Looking for a char is vectorised for any string; a two-character needle in a UTF-16
            // string is not.
            int end = s.indexOf('<', i);
            while (end >= 0 && (end + 1 >= n || s.charAt(end + 1) != '/')) {
                end = s.indexOf('<', end + 1);
            }
            if (end < 0) {
                error(lt, "<" + name + "> is not closed at the end of the page");
                int at = find(id, false);
                if (at >= 0) {
                    popTo(lt, at, id, false);
                }
                return n;
            }
            if (sameLower(s, end + 2, name)) {
                int after = end + 2 + name.length();
                if (after >= n || space(s.charAt(after)) || s.charAt(after) == '>' || s.charAt(after) == '/') {
                    if (mayDrop && id == STYLE) {
                        drop(lt, from, id, from, end);
                    }
                    return end; // the end tag is read as an end tag
                }
            }
            i = end + 2;
        }
    }

    private void openElement(int lt, int id, boolean selfClosing) {
        if (foreignFrom >= 0) {
            boolean integration = depth > 0 && (flags(stack[depth - 1]) & F_INTEGRATION) != 0;
            if (integration) {
                svgHtml = true;
            }
            if ((flags(id) & F_BREAKOUT) == 0 || integration) {
                if (!selfClosing) {
                    push(id);
                }
                return;
            }
            // An HTML element ends the foreign content around it.
            popTo(lt, foreignFrom, id, false);
        }
        if (id == HTML || id == HEAD || id == BODY) {
            return;
        }
        if (open[TABLE_TAG] == 0 && (id == TD || id == TH || id == TR || id == TBODY || id == THEAD
                || id == TFOOT || id == CAPTION)) {
            // The tree builder ignores a table part outside a table: it opens nothing.
            error(lt, "<" + nameOf(id) + "> outside a table");
            return;
        }
        if (id == LI) {
            closeListItem(lt, LI, LI);
        } else if (id == DD || id == DT) {
            closeListItem(lt, DD, DT);
        } else if (id == TD || id == TH) {
            closeUpTo(TD, TH, TR);
        } else if (id == TR) {
            closeUpTo(TR, TR, TABLE_TAG);
        } else if (id == TBODY || id == THEAD || id == TFOOT) {
            closeTableSection();
        } else if (id == OPTION) {
            if (depth > 0 && stack[depth - 1] == OPTION) {
                popTo(lt, depth - 1, id, false);
            }
        } else if (id == OPTGROUP) {
            while (depth > 0 && (stack[depth - 1] == OPTION || stack[depth - 1] == OPTGROUP)) {
                popTo(lt, depth - 1, id, false);
            }
        } else if (id == A && open[A] > 0) {
            for (int k = depth - 1; k >= 0 && (flags(stack[k]) & F_SCOPE) == 0; k--) {
                if (stack[k] == A) {
                    formattingLeft = true;
                    error(lt, "a link <a> inside another");
                    break;
                }
            }
        }
        int f = flags(id);
        if ((f & F_CLOSES_P) != 0) {
            if (open[P] > 0) {
                closeP(lt);
            }
            if ((f & F_HEADING) != 0 && depth > 0 && (flags(stack[depth - 1]) & F_HEADING) != 0) {
                error(lt, "a heading <" + nameOf(id) + "> inside another");
                popTo(lt, depth - 1, id, false);
            }
        }
        if ((f & F_VOID) != 0) {
            return;
        }
        if ((id == SVG || id == MATH) && open[NOSCRIPT] == 0) {
            if (!selfClosing) {
                push(id);
                foreignFrom = depth - 1;
            }
            return;
        }
        if (selfClosing) {
            error(lt, "<" + nameOf(id) + "/> is written self-closing but is not a void element");
        }
        push(id);
        if (id == NOSCRIPT || id == TEMPLATE) {
            islands++;
        }
    }

    /**
     * Whether the check is inside a {@code <noscript>} or a {@code <template>}. jsoup 1.24 parses
     * a noscript's content as an island of its own: no foreign content (an {@code <svg>} there is
     * a plain element, and a {@code <title>} in it is text up to {@code </title>}), and it stays in
     * the head when the noscript does; a template's content stays in the template, in the head
     * when the template is there, where the page's metadata reads it. Nothing is dropped inside
     * either, and neither starts the body.
     */
    private boolean inIsland() {
        return open[NOSCRIPT] > 0 || open[TEMPLATE] > 0;
    }

    /** {@return the stack index of the innermost open noscript or template, or -1} */
    private int islandAt() {
        for (int k = depth - 1; k >= 0; k--) {
            if (stack[k] == NOSCRIPT || stack[k] == TEMPLATE) {
                return k;
            }
        }
        return -1;
    }

    private void push(int id) {
        if (depth < MAX_STACK) {
            stack[depth++] = id;
            if (id < open.length) {
                open[id]++;
            }
            if ((flags(id) & F_BLOCK_START) == 0) {
                nonBlockOpen++;
            }
        } else {
            overflow++;
        }
    }

    private void closeP(int lt) {
        for (int k = depth - 1; k >= 0; k--) {
            int e = stack[k];
            if (e == P) {
                popTo(lt, k, P, true);
                return;
            }
            if ((flags(e) & F_SCOPE) != 0 || e == BUTTON) {
                return;
            }
        }
    }

    private void closeListItem(int lt, int a, int b) {
        if (open[a] == 0 && open[b] == 0) {
            return;
        }
        for (int k = depth - 1; k >= 0; k--) {
            int e = stack[k];
            if (e == a || e == b) {
                popTo(lt, k, e, true);
                return;
            }
            if ((flags(e) & F_SPECIAL) != 0 && e != ADDRESS && e != DIV && e != P) {
                return;
            }
        }
    }

    private void closeUpTo(int a, int b, int stop) {
        if (open[a] == 0 && open[b] == 0) {
            return;
        }
        for (int k = depth - 1; k >= 0; k--) {
            int e = stack[k];
            if (e == a || e == b) {
                popTo(0, k, e, false);
                return;
            }
            if (e == stop || e == TABLE_TAG) {
                return;
            }
        }
    }

    private void closeTableSection() {
        for (int k = depth - 1; k >= 0; k--) {
            int e = stack[k];
            if (e == TABLE_TAG) {
                popTo(0, k + 1, e, false);
                return;
            }
            if ((flags(e) & F_OPTIONAL_END) == 0) {
                return;
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MarkupCheck[");
        for (int k = 0; k < depth; k++) {
            sb.append(k == 0 ? "" : ", ").append(nameOf(stack[k]));
        }
        return sb.append(']').toString();
    }
}
