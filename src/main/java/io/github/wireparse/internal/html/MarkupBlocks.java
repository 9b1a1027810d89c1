package io.github.wireparse.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The HTML path's block walk for markup that is all story: the bodies of feed formats (NITF
 * {@code body.content}, NewsML-G2 {@code inlineXML}, ninjs {@code body_html}), so that there is one
 * body reader. Stateless and thread-safe.
 */
public final class MarkupBlocks {

    private MarkupBlocks() {}

    /**
     * Reads a markup body into its text blocks, one per paragraph, heading or list item, as the HTML
     * path does for a page's article. Every block of the body is kept: a feed's body is all story,
     * so no content scoring runs. jsoup reads the markup as HTML, which resolves no external
     * entities and fetches nothing.
     *
     * @param markup the body's markup
     * @return the blocks' texts, stripped, in reading order, without empty ones
     */
    public static List<String> texts(String markup) {
        Objects.requireNonNull(markup, "markup");
        Document doc = Jsoup.parseBodyFragment(markup);
        HtmlBlocks blocks = HtmlBlocks.walk(doc.body(), false, null);
        List<String> out = new ArrayList<>(blocks.blocks.size());
        for (TextBlock b : blocks.blocks) {
            String t = b.text.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }
}
