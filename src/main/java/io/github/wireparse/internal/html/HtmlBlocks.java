package io.github.wireparse.internal.html;

import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.text.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Reduces a page to text blocks in one pass over the DOM, without recursion (the walk keeps its
 * own stack of child indexes, as {@link NodeTraversor} walks iteratively, so any nesting depth is
 * safe) and without modifying the document.
 *
 * <p>Every element that is entered gets a {@link Frame} carrying the statistics the scorer needs
 * (text and link characters, commas, paragraphs, images, list items, inputs), summed bottom-up
 * when the element is left. Inline text is collected into a {@link TextBlock} owned by the
 * innermost block-level element; a block ends at every block-level boundary and at {@code <br>}.
 * Elements that never hold story text (scripts, navigation, forms' controls, asides, footers,
 * hidden elements, and elements whose class or id names page chrome such as comments, share bars,
 * newsletter boxes or "most read" rails) are skipped whole.
 */
final class HtmlBlocks {

    static final Set<String> BLOCK_TAGS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "tr",
            "td",
            "th",
            "ul",
            "summary",
            "caption",
            "menu",
            "html",
            "frameset",
            "noframes",
            "option",
            "legend");
    /**
     * Skipped elements whose insides are still scanned for metadata (JSON-LD, meta tags): pages put
     * such data in their footers and asides. Insides of other skipped elements (navigation, chrome
     * named by class) are not scanned, to keep to one pass over the page.
     */
    private static final Set<String> SCANNED_SKIPS = Set.of("footer", "aside", "noscript", "template", "figure");
    /** Elements too large to be a byline whatever their class says. */
    private static final Set<String> CONTAINERS =
            Set.of("html", "body", "main", "article", "section", "table", "tbody", "tr", "ul", "ol", "form", "header");
    /** Elements skipped whole: no story text lives in them. */
    static final Set<String> SKIP_TAGS = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "math",
            "iframe",
            "object",
            "embed",
            "canvas",
            "video",
            "audio",
            "select",
            "button",
            "input",
            "textarea",
            "figure",
            "figcaption",
            "picture",
            "head",
            "title",
            "meta",
            "link",
            "map",
            "source",
            "track",
            "param",
            "noembed",
            "applet",
            "frame",
            "frameset",
            "option",
            "datalist",
            "output",
            "progress",
            "meter",
            "slot");
    /** Elements skipped whole in the strict reading: page furniture, captions, asides. */
    static final Set<String> STRICT_SKIP_TAGS = Set.of("nav", "aside", "footer", "dialog", "label", "menu");

    private static final int K_BLOCK = 1;
    private static final int K_SKIP = 2;
    private static final int K_STRICT_SKIP = 4;
    private static final int K_SCANNED_SKIP = 8;
    private static final int K_CONTAINER = 16;
    private static final int K_TABLE_OR_CODE = 32;
    /** What the tag sets above say about each tag name, as bits: one lookup per element. */
    private static final java.util.Map<String, Integer> TAG_KINDS = tagKinds();

    private static java.util.Map<String, Integer> tagKinds() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        BLOCK_TAGS.forEach(t -> m.merge(t, K_BLOCK, (a, b) -> a | b));
        SKIP_TAGS.forEach(t -> m.merge(t, K_SKIP, (a, b) -> a | b));
        STRICT_SKIP_TAGS.forEach(t -> m.merge(t, K_STRICT_SKIP, (a, b) -> a | b));
        SCANNED_SKIPS.forEach(t -> m.merge(t, K_SCANNED_SKIP, (a, b) -> a | b));
        CONTAINERS.forEach(t -> m.merge(t, K_CONTAINER, (a, b) -> a | b));
        for (String t : new String[] {"table", "code", "pre"}) {
            m.merge(t, K_TABLE_OR_CODE, (a, b) -> a | b);
        }
        return java.util.Map.copyOf(m);
    }

    /**
     * Class and id words of page chrome (after Readability's list, with news-site additions), and
     * below the other class-word sets: each is a knowledge file under {@code html/}.
     */
    static final Keywords UNLIKELY = Keywords.load("html/unlikely-class-words.txt");
    /** Class and id words that rescue an element from {@link #UNLIKELY}. */
    static final Keywords MAYBE = Keywords.load("html/maybe-class-words.txt");
    /** Class and id words of story containers. */
    static final Keywords POSITIVE = Keywords.load("html/positive-class-words.txt");
    /** Class and id words of things around a story. */
    static final Keywords NEGATIVE = Keywords.load("html/negative-class-words.txt");
    /** Class and id words of bylines. */
    private static final Keywords BYLINE_HINT = Keywords.load("html/byline-class-words.txt");
    /** Class and id words of publication times. */
    private static final Keywords TIME_HINT = Keywords.load("html/time-class-words.txt");
    /** The four hint sets above in one, each word standing for its set's bit. */
    private static final Keywords HINTS =
            Keywords.combined(new Keywords[] {UNLIKELY, MAYBE, BYLINE_HINT, TIME_HINT, NEGATIVE, POSITIVE}, new int[] {
                HtmlBlocks.UNLIKELY_BIT,
                HtmlBlocks.MAYBE_BIT,
                HtmlBlocks.BYLINE_BIT,
                HtmlBlocks.TIME,
                HtmlBlocks.NEGATIVE_BIT,
                HtmlBlocks.POSITIVE_BIT
            });
    /** Blocks holding a time element and at most this many characters are taken as timestamps. */
    private static final int MAX_TIMESTAMP_BLOCK = 120;

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    final List<Frame> frames = new ArrayList<>();
    final List<TextBlock> blocks = new ArrayList<>();
    /** The first visible {@code <h1>} elements, in order, at most a few. */
    final List<TextBlock> h1s = new ArrayList<>();
    /** Short blocks inside elements that look like bylines, in order, at most a few. */
    final List<String> bylines = new ArrayList<>();

    /**
     * The text of the block being collected: in {@link #buf}, or, while it is a single run of
     * white-space-clean text from one text node (as most paragraphs are), in {@link #piece}
     * between {@link #pieceStart} and {@link #pieceEnd}, so that it is copied once or not at all.
     */
    private final StringBuilder buf = new StringBuilder();

    private @Nullable String piece;
    private int pieceStart;
    private int pieceEnd;
    private boolean pendingSpace;
    private int bufLinks;
    private @Nullable Frame top;
    private @Nullable Frame blockOwner;
    private final java.util.ArrayDeque<Frame> owners = new java.util.ArrayDeque<>();
    private int inTableOrCode;
    private int inLink;
    private @Nullable Frame chromeFrame;
    private @Nullable Frame bylineFrame;
    private boolean bufTime;
    /** Hint bits per class string and per class or id token: pure functions, shared by walks. */
    private java.util.Map<String, Integer> classHints = new java.util.HashMap<>();

    private java.util.Map<String, Integer> tokenHints = new java.util.HashMap<>();
    private static final int MAX_CACHED_CLASSES = 10_000;
    private static final int ATTRIBUTES = 1;
    private static final int UNLIKELY_BIT = 2;
    private static final int MAYBE_BIT = 4;
    private static final int BYLINE_BIT = 8;
    private static final int TIME = 16;
    /** {@link #NEGATIVE} and {@link #POSITIVE}: what {@link Frame#classWeight()} is made of. */
    private static final int NEGATIVE_BIT = 32;

    private static final int POSITIVE_BIT = 64;
    /**
     * Set when the element has attributes besides a non-blank class and id; when it is not, the
     * lookups of other attributes ({@code hidden}, {@code style}, {@code rel}, ...) would find
     * nothing and are left out.
     */
    private static final int OTHER_ATTRIBUTES = 128;
    /** The class and id weight of the element {@link #hintBits} last looked at. */
    private int lastWeight;

    private final boolean stripUnlikely;
    private final @Nullable PageScan scan;

    private HtmlBlocks(boolean stripUnlikely, @Nullable PageScan scan) {
        this.stripUnlikely = stripUnlikely;
        this.scan = scan;
    }

    /**
     * Walks a subtree.
     *
     * @param root     where to start, usually the body
     * @param stripUnlikely whether to skip elements whose class or id names page chrome
     * @param scan          fed every element under {@code root}, skipped ones included, when not
     *                      null, so that the page needs no separate pass for its metadata
     * @return the blocks and frames
     */
    static HtmlBlocks walk(Element root, boolean stripUnlikely, @Nullable PageScan scan) {
        return walk(root, stripUnlikely, scan, null);
    }

    /**
     * Walks a subtree, reusing what an earlier walk of the same page worked out about its class
     * names and ids.
     *
     * @param root          where to start, usually the body
     * @param stripUnlikely whether to skip elements whose class or id names page chrome
     * @param scan          fed every element under {@code root}, as in {@link #walk(Element, boolean, PageScan)}
     * @param earlier       an earlier walk whose class and id hints to reuse, or null
     * @return the blocks and frames
     */
    static HtmlBlocks walk(Element root, boolean stripUnlikely, @Nullable PageScan scan, @Nullable HtmlBlocks earlier) {
        HtmlBlocks b = new HtmlBlocks(stripUnlikely, scan);
        if (earlier != null) {
            b.classHints = earlier.classHints;
            b.tokenHints = earlier.tokenHints;
        }
        traverse(b.new Walker(), root);
        b.flush();
        return b;
    }

    /**
     * Walks a subtree as {@link NodeTraversor#filter} does for a filter whose {@code head} answers
     * only {@code CONTINUE} or {@code SKIP_ENTIRELY} (children, then {@code tail}, unless skipped
     * entirely), by child index: no sibling lookups, no recursion, so any nesting depth is safe.
     */
    private static void traverse(NodeFilter filter, Node root) {
        if (filter.head(root, 0) != NodeFilter.FilterResult.CONTINUE) {
            return; // skipped entirely: no tail
        }
        Node[] parents = new Node[32];
        int[] next = new int[32];
        int depth = 0;
        parents[0] = root;
        while (depth >= 0) {
            Node parent = parents[depth];
            int i = next[depth];
            if (i >= parent.childNodeSize()) {
                filter.tail(parent, depth);
                parents[depth] = null;
                depth--;
                continue;
            }
            next[depth] = i + 1;
            Node child = parent.childNode(i);
            if (filter.head(child, depth + 1) != NodeFilter.FilterResult.CONTINUE) {
                continue; // skipped entirely: no tail
            }
            if (child.childNodeSize() == 0) {
                filter.tail(child, depth + 1);
                continue;
            }
            depth++;
            if (depth == parents.length) {
                parents = java.util.Arrays.copyOf(parents, depth * 2);
                next = java.util.Arrays.copyOf(next, depth * 2);
            }
            parents[depth] = child;
            next[depth] = 0;
        }
    }

    private final class Walker implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            int attributes = el.attributesSize(); // counts the attributes: ask once per element
            // the class attribute, looked up once for the scan and the hints
            String cls = attributes == 0 ? "" : el.className();
            if (scan != null) {
                scan.visit(el, attributes, cls);
            }
            String tag = el.normalName();
            if (tag.equals("br")) {
                flush();
                return FilterResult.CONTINUE;
            }
            if (tag.equals("img")) {
                if (top != null) {
                    top.images++;
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            int kind = TAG_KINDS.getOrDefault(tag, 0);
            // Elements skipped for their tag alone need no class hints.
            boolean skippedTag = (kind & K_SKIP) != 0 || stripUnlikely && (kind & K_STRICT_SKIP) != 0;
            int hint = attributes == 0 || skippedTag ? 0 : hintBits(el, attributes, cls);
            if (skippedTag || skip(el, tag, kind, hint)) {
                if (top != null && (tag.equals("input") || tag.equals("select") || tag.equals("textarea"))) {
                    top.inputs++;
                }
                if (top != null
                        && (tag.equals("iframe")
                                || tag.equals("embed")
                                || tag.equals("object")
                                || tag.equals("video"))) {
                    top.embeds++;
                }
                if ((kind & K_BLOCK) != 0) {
                    flush();
                }
                if (scan != null && (kind & K_SCANNED_SKIP) != 0) {
                    scan.visitDescendants(el);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean block = (kind & K_BLOCK) != 0;
            if (block) {
                flush();
            }
            Frame f = new Frame(el, top, frames.size());
            f.kind = kind;
            f.classWeight = hint == 0 ? 0 : lastWeight; // what classWeight() would work out again
            frames.add(f);
            if (top != null) {
                top.children++;
            }
            top = f;
            if (block) {
                if (blockOwner != null) {
                    owners.push(blockOwner);
                }
                blockOwner = f;
            }
            if ((kind & K_TABLE_OR_CODE) != 0) {
                inTableOrCode++;
            }
            if (tag.equals("a")) {
                inLink++;
            } else if (tag.equals("header") && chromeFrame == null) {
                f.chrome = true;
                chromeFrame = f;
            } else if (tag.equals("li")) {
                f.listItems++;
            } else if (tag.equals("p")) {
                f.pTags++;
            }
            if (bylineFrame == null && hint != 0 && (kind & K_CONTAINER) == 0 && looksLikeByline(el, hint)) {
                flush();
                f.byline = true;
                bylineFrame = f;
            }
            if (tag.equals("time") || (hint & TIME) != 0) {
                bufTime = true;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        @SuppressWarnings("ReferenceEquality") // the same node: jsoup's Node.equals is identity too
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element el) || top == null || top.el != el) {
                return FilterResult.CONTINUE;
            }
            Frame f = top;
            String tag = f.tag;
            if ((f.kind & K_BLOCK) != 0) {
                flush();
            }
            if (tag.equals("a")) {
                inLink--;
            }
            if (f.chrome) {
                chromeFrame = null;
            }
            if (f.byline) {
                flush();
                bylineFrame = null;
            }
            f.end = frames.size();
            Frame p = f.parent;
            if (p != null) {
                p.textLen += f.textLen;
                p.linkLen += f.linkLen;
                p.commas += f.commas;
                p.paragraphs += f.paragraphs;
                p.images += f.images;
                p.listItems += f.listItems;
                p.inputs += f.inputs;
                p.embeds += f.embeds;
                p.pTags += f.pTags;
            }
            top = p;
            if (f == blockOwner) {
                blockOwner = owners.poll();
            }
            if ((f.kind & K_TABLE_OR_CODE) != 0) {
                inTableOrCode--;
            }
            return FilterResult.CONTINUE;
        }
    }

    private boolean skip(Element el, String tag, int kind, int hint) {
        if ((kind & K_SKIP) != 0 || stripUnlikely && (kind & K_STRICT_SKIP) != 0) {
            return true;
        }
        if (hint == 0) {
            return false;
        }
        // With only a class and an id there is no hidden, aria-hidden, style or role to look up.
        boolean others = (hint & OTHER_ATTRIBUTES) != 0;
        if (others && (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden")) && !tag.equals("span"))) {
            return true;
        }
        String style = others ? el.attr("style") : "";
        if (!style.isEmpty()
                && style.indexOf(':') >= 0
                && (containsIgnoreCase(style, "none") || containsIgnoreCase(style, "hidden"))
                && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        String role = others ? el.attr("role") : "";
        if (!role.isEmpty()
                && (role.equals("navigation")
                        || role.equals("complementary")
                        || role.equals("menu")
                        || role.equals("menubar")
                        || role.equals("dialog")
                        || role.equals("alert")
                        || role.equals("alertdialog")
                        || role.equals("contentinfo")
                        || role.equals("banner"))) {
            return true;
        }
        if (!stripUnlikely
                || tag.equals("body")
                || tag.equals("a")
                || tag.equals("html")
                || tag.equals("main")
                || tag.equals("article")
                || tag.equals("p")
                || bylineFrame != null) {
            return false;
        }
        return (hint & UNLIKELY_BIT) != 0 && (hint & MAYBE_BIT) == 0 && inTableOrCode == 0 && !continuation(el);
    }

    /** Class and id words of a "read more" box, which may fold away the rest of a story. */
    private static final Keywords READ_MORE = Keywords.load("html/read-more-class-words.txt");
    /** Paragraph text a "read more" box must hold to be a story's continuation, not a link to one. */
    private static final int MIN_CONTINUATION = 500;

    /**
     * {@return whether a "read more" element holds the rest of the story rather than a link to
     * it} Mobile layouts fold a story's later paragraphs into such a box behind a "Read more"
     * button: a box whose paragraphs hold {@link #MIN_CONTINUATION} characters or more, hardly any
     * of them in links, is the story's and is read. Only such boxes are looked into, so the cost
     * stays with the pages that have one.
     */
    private static boolean continuation(Element el) {
        String words = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        if (!READ_MORE.in(words)) {
            return false;
        }
        int text = 0;
        int links = 0;
        for (Element p : el.getElementsByTag("p")) {
            text += p.text().length();
            for (Element a : p.getElementsByTag("a")) {
                links += a.text().length();
            }
        }
        return text >= MIN_CONTINUATION && links * 4 < text;
    }

    /**
     * {@return whether a string holds a lower-case ASCII word in any ASCII case} A cheap necessary
     * condition for {@link #HIDDEN_STYLE} (whose case-insensitive matching is ASCII only), so that
     * its regex runs only on styles that may hide the element.
     */
    static boolean containsIgnoreCase(String s, String word) {
        char first = word.charAt(0);
        int len = word.length();
        outer:
        for (int i = 0, last = s.length() - len; i <= last; i++) {
            if ((s.charAt(i) | 0x20) != first) {
                continue;
            }
            for (int k = 1; k < len; k++) {
                char c = s.charAt(i + k);
                if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The class and id hints of an element as bits, with {@link #ATTRIBUTES} always set so that a
     * non-zero value means the element has attributes. Class strings repeat across a page, so
     * their hints are computed once per distinct string.
     */
    private int hintBits(Element el, int attributes, String cls) {
        int bits = ATTRIBUTES;
        int weight = 0;
        int known = 0; // attributes found among class and id
        if (!cls.isEmpty()) {
            known++;
            Integer cached = classHints.get(cls);
            if (cached == null) {
                cached = tokenBits(cls);
                if (classHints.size() < MAX_CACHED_CLASSES) {
                    classHints.put(cls, cached);
                }
            }
            bits |= cached;
            weight += weight(cached);
        }
        String id = el.id();
        if (!id.isEmpty()) {
            known++;
            int idBits = tokenBits(id);
            bits |= idBits;
            weight += weight(idBits);
        }
        lastWeight = weight;
        if (known < attributes) {
            bits |= OTHER_ATTRIBUTES;
            if (el.hasAttr("datetime")) {
                bits |= TIME;
            }
        }
        return bits;
    }

    /** {@return the class weight that the hint bits of a class or an id stand for} */
    private static int weight(int bits) {
        return ((bits & POSITIVE_BIT) != 0 ? 25 : 0) - ((bits & NEGATIVE_BIT) != 0 ? 25 : 0);
    }

    /**
     * {@link #patternBits} worked out per white-space-separated token, each distinct token once
     * per walk: no keyword holds white space and white space is a word boundary, so a keyword
     * matches the whole string exactly when it matches one of its tokens. Pages with utility
     * classes repeat the same tokens in many different class strings.
     */
    private int tokenBits(String str) {
        int n = str.length();
        int bits = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(str.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(str.charAt(i))) {
                i++;
            }
            if (i > start) {
                String token = start == 0 && i == n ? str : str.substring(start, i);
                Integer cached = tokenHints.get(token);
                if (cached == null) {
                    cached = patternBits(token);
                    if (tokenHints.size() < MAX_CACHED_CLASSES) {
                        tokenHints.put(token, cached);
                    }
                }
                bits |= cached;
            }
        }
        return bits;
    }

    /** {@return whether a character separates class tokens: ASCII white space} */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static int patternBits(String str) {
        return HINTS.bits(str.toLowerCase(Locale.ROOT));
    }

    private static int headingLevel(String tag) {
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }

    private static boolean looksLikeByline(Element el, int hint) {
        if ((hint & BYLINE_BIT) != 0) {
            return true;
        }
        if ((hint & OTHER_ATTRIBUTES) == 0) {
            return false; // no rel, no itemprop
        }
        String rel = el.attr("rel");
        if (rel.equals("author")) {
            return true;
        }
        String itemprop = el.attr("itemprop");
        if (itemprop.equals("author") || itemprop.equals("creator")) {
            return true;
        }
        return false;
    }

    private void append(String raw) {
        int n = raw.length();
        int i = 0;
        while (i < n) {
            if (space(raw.charAt(i))) {
                pendingSpace = true;
                i++;
                continue;
            }
            // A run of words separated by single plain spaces is copied as it stands, in one piece:
            // word by word it would come out the same.
            int start = i;
            while (i < n) {
                char c = raw.charAt(i);
                if (!space(c)) {
                    i++;
                } else if (c == ' ' && i + 1 < n && !space(raw.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            int added = i - start;
            if (pendingSpace && bufLength() > 0) {
                spill();
                buf.append(' ');
                added++;
            }
            pendingSpace = false;
            if (piece == null && buf.length() == 0) {
                piece = raw; // the block's text so far is this run: point to it, copy nothing yet
                pieceStart = start;
                pieceEnd = i;
            } else {
                spill();
                buf.append(raw, start, i);
            }
            if (inLink > 0) {
                bufLinks += added;
            }
        }
    }

    /** {@return the length of the block's text so far} */
    private int bufLength() {
        return piece != null ? pieceEnd - pieceStart : buf.length();
    }

    /** Copies the pending piece into the buffer, as more text is about to join it. */
    private void spill() {
        if (piece != null) {
            buf.append(piece, pieceStart, pieceEnd);
            piece = null;
        }
    }

    private static boolean space(char c) {
        if (c < 0x80) {
            return ASCII_SPACE[c];
        }
        return Texts.isSpace(c);
    }

    /** {@link #space} for ASCII, as a table. */
    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_SPACE[c] = c == ' '
                    || c == '\n'
                    || c == '\t'
                    || c == '\r'
                    || c == '\f'
                    || c == 0x0B
                    || c < 0x20 && Character.isWhitespace(c);
        }
    }

    private void flush() {
        pendingSpace = false;
        boolean time = bufTime;
        bufTime = false;
        if (bufLength() == 0) {
            return;
        }
        String text;
        if (piece != null) {
            // The whole block is one run of one text node: its only copy, or none at all.
            text = pieceStart == 0 && pieceEnd == piece.length() ? piece : piece.substring(pieceStart, pieceEnd);
            piece = null;
        } else {
            text = buf.toString();
            buf.setLength(0);
        }
        int links = bufLinks;
        bufLinks = 0;
        Frame owner = blockOwner != null ? blockOwner : top;
        if (owner == null) {
            if (frames.isEmpty()) {
                return;
            }
            owner = frames.get(0); // text left over after the walk: the walk's root holds it
        }
        TextBlock b = new TextBlock(text, owner, links, chromeFrame, bylineFrame, headingLevel(owner.tag));
        b.timestamp = time && text.length() <= MAX_TIMESTAMP_BLOCK;
        blocks.add(b);
        if (bylineFrame != null && text.length() <= 200 && bylines.size() < 8) {
            bylines.add(text);
        }
        owner.textLen += text.length();
        owner.linkLen += links;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                commas++;
            }
        }
        owner.commas += commas;
        if (text.length() >= 25 && !b.heading) {
            owner.paragraphs++;
        }
        if (b.headingLevel == 1 && h1s.size() < 8) {
            h1s.add(b);
        }
        if (b.chrome == null && !b.heading && text.length() >= 25) {
            score(owner, text.length(), commas, links);
        }
    }

    /** Readability's paragraph score, shared out to the paragraph's container and its ancestors. */
    private static void score(Frame owner, int len, int commas, int links) {
        double s = 1 + commas + Math.min(len / 100, 3);
        if (links * 2 > len) {
            s *= 0.3;
        }
        boolean paragraphLike = switch (owner.tag) {
            case "p", "pre", "td", "li", "blockquote", "dd", "dt", "th", "address" -> true;
            default -> false;
        };
        Frame f = paragraphLike ? owner.parent : owner;
        for (int level = 0; f != null && level < 5; level++, f = f.parent) {
            if (level > 0 && (f.tag.equals("body") || f.tag.equals("html") || f.tag.equals("#root"))) {
                break; // text standing directly in the body still makes the body a candidate
            }
            if (!f.candidate) {
                f.candidate = true;
                f.score = initialScore(f);
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            f.score += s / divider;
        }
    }

    private static double initialScore(Frame f) {
        double s = switch (f.tag) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + f.classWeight();
    }
}
