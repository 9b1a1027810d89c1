package io.github.wireparse.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What the feed readers ({@code io.github.wireparse.internal.feed}) use of this package: the HTML
 * path's block walk for markup bodies (NITF {@code body.content}, NewsML-G2 {@code inlineXML},
 * ninjs {@code body_html}), so that there is one body reader, and the dateline and byline tests of
 * the text pipeline.
 */
public final class FeedSupport {

    private FeedSupport() {
    }

    /**
     * Reads a markup body into its text blocks, one per paragraph, heading or list item, as the HTML
     * path does for a page's article. Every block of the body is kept: a feed's body is all story,
     * so no content scoring runs. jsoup reads the markup as HTML, which resolves no external
     * entities and fetches nothing.
     *
     * @param markup the body's markup
     * @return the blocks' texts, in reading order
     */
    public static List<String> markupBlocks(String markup) {
        Document doc = Jsoup.parseBodyFragment(markup);
        HtmlBlocks blocks = HtmlBlocks.walk(doc.body(), false, null);
        List<String> out = new ArrayList<>(blocks.blocks.size());
        for (HtmlBlocks.TextBlock b : blocks.blocks) {
            String t = b.text.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * {@return whether the whole of {@code line} is a dateline, or opens with one}
     *
     * @param line the line
     */
    public static boolean isDateline(String line) {
        return DatelineParser.match(line, 0, line.length()).isPresent();
    }

    /**
     * {@return whether a line reads as a byline to the text pipeline}
     *
     * @param line the line
     */
    public static boolean isByline(String line) {
        return BylineParser.parse(line, 0, line.length()).isPresent();
    }

    /**
     * {@return whether a line is a byline's second line: a staff title or an agency
     * ({@code AP Sports Writer}, {@code Associated Press})}
     *
     * @param line the line
     */
    public static boolean isBylineTitle(String line) {
        String probe = "By JOHN DOE, " + line.strip();
        return BylineParser.parse(probe, 0, probe.length())
                .filter(b -> b.authors().equals(java.util.List.of("JOHN DOE")))
                .filter(b -> b.title().isPresent() || b.organisation().isPresent())
                .isPresent();
    }

    /**
     * Reads a block known to be a byline, as the text pipeline reads one; a byline the pipeline's
     * rules do not recognise ({@code By dpa correspondents}) is kept all the same, with no authors.
     *
     * @param text  the whole text
     * @param start the byline's first character
     * @param end   the byline's end
     * @return the byline
     */
    public static io.github.wireparse.Byline byline(String text, int start, int end) {
        return BylineParser.parse(text, start, end).orElseGet(() -> new io.github.wireparse.Byline(
                Texts.join(text, start, end), start, end, List.of(), java.util.Optional.empty(),
                java.util.Optional.empty()));
    }
}
