package io.github.wireparse.internal.text;

import io.github.wireparse.Byline;
import io.github.wireparse.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * The text pipeline's byline tests, for the feed readers ({@code internal.feed}), which find a
 * transmission's byline lines by their place in the header and read them as the text pipeline
 * does. Stateless and thread-safe.
 */
public final class Bylines {

    private Bylines() {}

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
                .filter(b -> b.authors().equals(List.of("JOHN DOE")))
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
    public static Byline read(String text, int start, int end) {
        return BylineParser.parse(text, start, end)
                .orElseGet(() -> new Byline(
                        Texts.join(text, start, end), start, end, List.of(), Optional.empty(), Optional.empty()));
    }
}
