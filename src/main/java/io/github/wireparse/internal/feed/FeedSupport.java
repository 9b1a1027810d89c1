package io.github.wireparse.internal.feed;

import io.github.wireparse.Byline;
import io.github.wireparse.internal.dateline.DatelineParser;
import io.github.wireparse.internal.html.MarkupBlocks;
import io.github.wireparse.internal.text.Bylines;
import java.util.List;

/**
 * What the feed readers use of the other stages: the HTML path's block walk for markup bodies, so
 * that there is one body reader, and the dateline and byline tests of the text pipeline.
 */
final class FeedSupport {

    private FeedSupport() {}

    /** {@return the text blocks of a markup body, as the HTML path reads them} */
    static List<String> markupBlocks(String markup) {
        return MarkupBlocks.texts(markup);
    }

    /** {@return whether the whole of {@code line} is a dateline, or opens with one} */
    static boolean isDateline(String line) {
        return DatelineParser.match(line, 0, line.length()).isPresent();
    }

    /** {@return whether a line reads as a byline to the text pipeline} */
    static boolean isByline(String line) {
        return Bylines.isByline(line);
    }

    /** {@return whether a line is a byline's second line: a staff title or an agency} */
    static boolean isBylineTitle(String line) {
        return Bylines.isBylineTitle(line);
    }

    /** {@return a block known to be a byline, read as the text pipeline reads one} */
    static Byline byline(String text, int start, int end) {
        return Bylines.read(text, start, end);
    }
}
