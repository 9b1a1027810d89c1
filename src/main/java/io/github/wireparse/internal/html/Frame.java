package io.github.wireparse.internal.html;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Statistics of one element of a walked page ({@link HtmlBlocks}): where it lies in the walk's
 * list of frames ({@link #index} up to {@link #end}), the text, link, comma, paragraph, image,
 * list item, form control and embed counts of everything inside it (summed bottom-up when the
 * walk leaves the element), and what the scorer ({@link ContentScorer}) works out about it.
 */
final class Frame {
    final Element el;
    final @Nullable Frame parent;
    final int index;
    final String tag;
    int end;
    int textLen;
    int linkLen;
    int commas;
    int paragraphs;
    int images;
    int listItems;
    int inputs;
    int children;
    int embeds;
    /** How many {@code <p>} elements lie inside. */
    int pTags;

    double score;
    /** The score less what links make up, set by the scorer. */
    double finalScore;

    boolean candidate;
    /** Whether this is a header element: text inside is page or story furniture. */
    boolean chrome;
    /** Whether this element looks like a byline. */
    boolean byline;

    int classWeight = Integer.MIN_VALUE;
    /** The tag's {@code HtmlBlocks.TAG_KINDS} bits. */
    int kind;

    Frame(Element el, @Nullable Frame parent, int index) {
        this.el = el;
        this.parent = parent;
        this.index = index;
        this.tag = el.normalName();
    }

    double linkDensity() {
        return textLen == 0 ? 0 : (double) linkLen / textLen;
    }

    int classWeight() {
        if (classWeight == Integer.MIN_VALUE) {
            int w = 0;
            String cls = el.className().toLowerCase(Locale.ROOT);
            if (!cls.isEmpty()) {
                if (HtmlBlocks.NEGATIVE.in(cls)) {
                    w -= 25;
                }
                if (HtmlBlocks.POSITIVE.in(cls)) {
                    w += 25;
                }
            }
            String id = el.id().toLowerCase(Locale.ROOT);
            if (!id.isEmpty()) {
                if (HtmlBlocks.NEGATIVE.in(id)) {
                    w -= 25;
                }
                if (HtmlBlocks.POSITIVE.in(id)) {
                    w += 25;
                }
            }
            classWeight = w;
        }
        return classWeight;
    }
}
