package io.github.wireparse.internal.html;

import io.github.wireparse.internal.Resources;
import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.text.BoilerplateRules;
import io.github.wireparse.internal.text.Keywords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's main text among its blocks, after the approach of Readability: each paragraph
 * scores its container and, less, the container's ancestors (one point, one per comma, one per
 * hundred characters up to three); containers start from a tag bonus and a class/id weight and
 * lose what links make up of their text; the best container wins, joined by siblings that score
 * near it or read like prose. Inside the winner, lists, tables and boxes made mostly of links,
 * images or form controls are left out, as Readability's conditional cleaning does. All steps are
 * linear in the number of elements.
 */
final class ContentScorer {

    private static final int TOP_CANDIDATES = 5;
    /** A box holding pictures and at most this much text (and no paragraph) is a caption box. */
    private static final int MAX_CAPTION = 300;

    private ContentScorer() {}

    /**
     * Selects the body blocks.
     *
     * @param page the walked page
     * @param root the element frame known to hold the story (site rules), or null to find it;
     *              in the latter case the best-scoring container and its ancestors are never
     *              cleaned away
     * @param clean whether to leave out link lists, image boxes and forms inside the story (the
     *              caller passes false for a site layout whose story body is known to be clean)
     * @param excluded elements inside a given {@code root} that the site rules know are not story
     * @return the blocks of the main text, in reading order
     */
    static List<TextBlock> select(HtmlBlocks page, @Nullable Frame root, boolean clean, Predicate<Element> excluded) {
        Frame[] top = new Frame[1];
        List<Frame> roots = root != null ? List.of(root) : findRoots(page, top);
        Frame best = top[0];
        if (roots.isEmpty()) {
            return List.of();
        }
        boolean[] dropped = new boolean[page.frames.size()];
        boolean[] inside = new boolean[page.frames.size()];
        for (Frame r : roots) {
            inside[r.index] = true;
            for (int i = r.index + 1; i < r.end; i++) {
                Frame f = page.frames.get(i);
                Frame p = f.parent;
                // The elements around the best-scoring container are the story's spine, never clutter.
                boolean spine = best != null && f.index <= best.index && best.index < f.end;
                dropped[i] = p != null && dropped[p.index]
                        || root != null && excluded.test(f.el)
                        || clean && !spine && unwanted(f);
                inside[i] = true;
            }
        }
        List<TextBlock> out = new ArrayList<>();
        for (TextBlock b : page.blocks) {
            int idx = b.owner.index;
            if (!inside[idx] || dropped[idx]) {
                continue;
            }
            if (b.chrome != null && b.chrome.textLen < 2000 || b.byline != null && b.byline.textLen <= 300) {
                continue;
            }
            if (b.timestamp || !hasLetter(b.text) && !isSeparator(b.text) && !inTable(b)) {
                continue; // a dateline-less time stamp, a counter such as "1 / 5", stray punctuation
            }
            if (b.linkLen * 2 > b.text.length()) {
                continue; // a link standing alone: navigation, teaser, tag
            }
            out.add(b);
        }
        dropHighlights(out);
        return out;
    }

    /** How many of the selected blocks may stand before a highlights box. */
    private static final int MAX_BLOCKS_BEFORE_HIGHLIGHTS = 8;
    /** A highlights item is at most this long: a line, not a paragraph. */
    private static final int MAX_HIGHLIGHT = 200;
    /** A highlights box has at most this many items. */
    private static final int MAX_HIGHLIGHTS = 8;
    /** A label over a highlights box is at most this long. */
    private static final int MAX_HIGHLIGHTS_LABEL = 40;
    /** A block this long, or a {@code <p>} half as long, is story text: the body has begun. */
    private static final int MIN_STORY_BLOCK = 160;
    /**
     * Labels over a box of story highlights or key points, lower case and without a closing
     * colon, in English, German, French, Spanish and Italian.
     */
    private static final Set<String> HIGHLIGHTS_LABELS = Resources.set("html/highlights-labels.txt");
    /** Class and id words of highlights boxes. */
    private static final Keywords HIGHLIGHTS_HINT = Keywords.load("html/highlights-class-words.txt");

    /**
     * Leaves out a box of story highlights standing before the story, as CNN's "STORY HIGHLIGHTS"
     * or a "Key points" box: a list of two to eight short items that comes before the first
     * paragraph of story text and is either labelled as highlights by the block just before it
     * or named so by its class or id (or its box's). The label goes with it. Only the first few
     * blocks are looked at, and only one list's class names, so the cost is bounded per page.
     */
    private static void dropHighlights(List<TextBlock> out) {
        int limit = Math.min(out.size(), MAX_BLOCKS_BEFORE_HIGHLIGHTS + 1);
        for (int i = 0; i < limit; i++) {
            TextBlock b = out.get(i);
            Frame list = listOf(b.owner);
            if (list == null) {
                if (!b.heading
                        && (b.text.length() >= MIN_STORY_BLOCK
                                || b.owner.tag.equals("p") && b.text.length() >= MIN_STORY_BLOCK / 2)) {
                    return; // the story has begun
                }
                continue;
            }
            int j = i;
            while (j < out.size()
                    && j - i <= MAX_HIGHLIGHTS
                    && list.index <= out.get(j).owner.index
                    && out.get(j).owner.index < list.end) {
                if (out.get(j).text.length() > MAX_HIGHLIGHT) {
                    return;
                }
                j++;
            }
            int items = j - i;
            if (items < 2 || items > MAX_HIGHLIGHTS) {
                return;
            }
            boolean labelled = i > 0 && isHighlightsLabel(out.get(i - 1).text);
            if (labelled || namedHighlights(list)) {
                out.subList(labelled ? i - 1 : i, j).clear();
            }
            return;
        }
    }

    /** {@return the list element a block's owner is, or lies in a few levels down, or null} */
    private static @Nullable Frame listOf(@Nullable Frame owner) {
        Frame f = owner;
        for (int level = 0; f != null && level < 3; level++, f = f.parent) {
            if (f.tag.equals("ul") || f.tag.equals("ol")) {
                return f;
            }
        }
        return null;
    }

    /** {@return whether a short block names a highlights box: {@code STORY HIGHLIGHTS}, {@code Key points:}} */
    private static boolean isHighlightsLabel(String text) {
        int n = text.length();
        if (n > MAX_HIGHLIGHTS_LABEL) {
            return false;
        }
        while (n > 0 && (text.charAt(n - 1) == ':' || Texts.isSpace(text.charAt(n - 1)))) {
            n--;
        }
        return HIGHLIGHTS_LABELS.contains(text.substring(0, n).toLowerCase(Locale.ROOT));
    }

    /** {@return whether a list's class or id, or those of the two elements around it, name highlights} */
    private static boolean namedHighlights(Frame list) {
        Frame f = list;
        for (int level = 0; f != null && level < 3; level++, f = f.parent) {
            Element el = f.el;
            String cls = el.className();
            String id = el.id();
            if (!cls.isEmpty() && HIGHLIGHTS_HINT.in(cls.toLowerCase(Locale.ROOT))
                    || !id.isEmpty() && HIGHLIGHTS_HINT.in(id.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inTable(TextBlock b) {
        String t = b.owner.tag;
        return t.equals("td") || t.equals("th") || t.equals("tr");
    }

    private static boolean isSeparator(String s) {
        return BoilerplateRules.isSeparator(s, 0, s.length());
    }

    /** Picks the top candidate and the siblings that go with it, in document order. */
    private static List<Frame> findRoots(HtmlBlocks page, Frame[] best) {
        List<Frame> candidates = new ArrayList<>();
        for (Frame f : page.frames) {
            if (f.candidate) {
                f.finalScore = f.score * (1 - f.linkDensity());
                candidates.add(f);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingDouble((Frame f) -> f.finalScore).reversed());
        Frame top = candidates.get(0);
        best[0] = top;

        // Several strong candidates under one ancestor: the ancestor is the article.
        List<Frame> strong = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, candidates.size()); i++) {
            if (candidates.get(i).finalScore / top.finalScore >= 0.75) {
                strong.add(candidates.get(i));
            }
        }
        if (strong.size() >= 3) {
            IdentityHashMap<Frame, Integer> count = new IdentityHashMap<>();
            for (Frame s : strong) {
                int level = 0;
                for (Frame a = s.parent; a != null && level < 50; a = a.parent, level++) {
                    count.merge(a, 1, Integer::sum);
                }
            }
            int level = 0;
            for (Frame a = top.parent; a != null && !a.tag.equals("body") && level < 50; a = a.parent, level++) {
                if (count.getOrDefault(a, 0) >= 3) {
                    top = a;
                    break;
                }
            }
        }
        if (!top.candidate) {
            top.candidate = true;
        }
        // Climb while the parent scores better than a third of the last score.
        double lastScore = top.finalScore;
        double threshold = lastScore / 3;
        int level = 0;
        for (Frame p = top.parent; p != null && !p.tag.equals("body") && level < 50; p = p.parent, level++) {
            if (!p.candidate) {
                continue;
            }
            if (p.finalScore < threshold) {
                break;
            }
            if (p.finalScore > lastScore) {
                top = p;
                break;
            }
            lastScore = p.finalScore;
        }
        // An only child says nothing its parent would not.
        level = 0;
        while (top.parent != null && !top.parent.tag.equals("body") && top.parent.children == 1 && level++ < 50) {
            top = top.parent;
        }

        Frame parent = top.parent;
        if (parent == null) {
            return List.of(top);
        }
        double siblingThreshold = Math.max(10, top.finalScore * 0.2);
        String topClass = top.el.className();
        List<Frame> roots = new ArrayList<>();
        for (int i = parent.index + 1; i < parent.end; ) {
            Frame s = page.frames.get(i);
            if (s == top) {
                roots.add(s);
            } else {
                double bonus = !topClass.isEmpty() && topClass.equals(s.el.className()) ? top.finalScore * 0.2 : 0;
                if (s.candidate && s.finalScore + bonus >= siblingThreshold) {
                    roots.add(s);
                } else if (s.tag.equals("p") || s.tag.equals("div") && s.children == 0) {
                    double ld = s.linkDensity();
                    if (s.textLen > 80 && ld < 0.25
                            || s.textLen > 0 && s.textLen <= 80 && ld == 0 && s.commas == 0 && s.paragraphs > 0) {
                        roots.add(s);
                    }
                }
            }
            i = s.end; // next sibling
        }
        return roots;
    }

    /** Readability's conditional cleaning, for one element inside the chosen container. */
    private static boolean unwanted(Frame f) {
        switch (f.tag) {
            case "form", "fieldset", "table", "ul", "ol", "div", "section", "dl", "header", "center" -> {}
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                return f.classWeight() < 0;
            }
            default -> {
                return false;
            }
        }
        int weight = f.classWeight();
        double score = f.candidate ? f.finalScore : 0;
        if (weight + score < 0) {
            return true;
        }
        if (f.commas >= 10) {
            return false;
        }
        int p = f.paragraphs;
        int img = f.images;
        boolean isList = f.tag.equals("ul") || f.tag.equals("ol");
        double ld = f.linkDensity();
        int len = f.textLen;
        if (img > 1 && p * 2 < img) {
            return true;
        }
        if (img >= 1 && f.pTags == 0 && len > 0 && len <= MAX_CAPTION && !f.tag.equals("table")) {
            return true; // a picture with a line of text under it: a caption box
        }
        if (!isList && f.listItems > p + 100) {
            return true;
        }
        if (f.inputs > p / 3) {
            return true;
        }
        if (!isList && len < 25 && (img == 0 || img > 2) && len > 0) {
            return ld > 0;
        }
        if (!isList && weight < 25 && ld > 0.2) {
            return true;
        }
        if (isList && ld > 0.5) {
            return true;
        }
        if (weight >= 25 && ld > 0.5) {
            return true;
        }
        return f.embeds == 1 && len < 75 || f.embeds > 1;
    }
}
