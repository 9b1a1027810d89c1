package io.github.wireparse;

/**
 * How a {@link ArticleParser} parses. Immutable; start from {@link #DEFAULTS} and change what you need
 * with the {@code with…} methods.
 *
 * @param extractQuotes      whether to find quotations, speakers and sources (on by default; turning
 *                           it off makes parsing faster and leaves {@link Article#quotes()} empty)
 * @param maxProblems        how many problems to record per article at most (100 by default);
 *                           further ones are counted in one closing problem
 * @param reportMarkupErrors whether an HTML page's markup errors are reported as problems (off by
 *                           default): jsoup then tracks its parse errors, each a problem
 *                           {@linkplain Problem.InMarkup located} at its line and column in the
 *                           page's source, which costs some speed. Problems by default are
 *                           about the article (no headline found, body empty, charset guessed), not
 *                           about the markup
 * @param maxInputChars      the longest input, in UTF-16 chars, that is parsed (by default
 *                           {@link Integer#MAX_VALUE}, no limit); a longer input is cut at that
 *                           length (one char less where the cut would split a surrogate pair),
 *                           with a problem saying so and where, and the article's text is the
 *                           part parsed. For an HTML page the limit applies to its source (to
 *                           its bytes, when it is given as bytes) and again to the article text
 *                           rendered from it. Parsing needs memory proportional to the input (see
 *                           docs/robustness.md), so this bounds the memory a parse of untrusted input
 *                           takes
 */
public record ParseOptions(boolean extractQuotes, int maxProblems, boolean reportMarkupErrors, int maxInputChars) {

    /** The default options: quotes on, at most 100 problems, no markup errors, no input limit. */
    public static final ParseOptions DEFAULTS = new ParseOptions(true, 100, false, Integer.MAX_VALUE);

    /**
     * Checks the components.
     *
     * @param extractQuotes      the value of {@link #extractQuotes()}
     * @param maxProblems        the value of {@link #maxProblems()}
     * @param reportMarkupErrors the value of {@link #reportMarkupErrors()}
     * @param maxInputChars      the value of {@link #maxInputChars()}
     * @throws IllegalArgumentException if a component is out of range
     */
    public ParseOptions {
        if (maxProblems < 0) {
            throw new IllegalArgumentException("maxProblems must not be negative: " + maxProblems);
        }
        if (maxInputChars < 0) {
            throw new IllegalArgumentException("maxInputChars must not be negative: " + maxInputChars);
        }
    }

    /**
     * Returns these options with quote extraction switched on or off.
     *
     * @param extractQuotes whether to find quotations
     * @return the changed options
     */
    public ParseOptions withExtractQuotes(boolean extractQuotes) {
        return new ParseOptions(extractQuotes, maxProblems, reportMarkupErrors, maxInputChars);
    }

    /**
     * Returns these options with another problem limit.
     *
     * @param maxProblems how many problems to record per article at most
     * @return the changed options
     * @throws IllegalArgumentException if {@code maxProblems} is negative
     */
    public ParseOptions withMaxProblems(int maxProblems) {
        return new ParseOptions(extractQuotes, maxProblems, reportMarkupErrors, maxInputChars);
    }

    /**
     * Returns these options with an HTML page's markup errors reported, or not.
     *
     * @param reportMarkupErrors whether jsoup's parse errors become problems
     * @return the changed options
     */
    public ParseOptions withReportMarkupErrors(boolean reportMarkupErrors) {
        return new ParseOptions(extractQuotes, maxProblems, reportMarkupErrors, maxInputChars);
    }

    /**
     * Returns these options with another input limit.
     *
     * @param maxInputChars the longest input, in UTF-16 chars, that is parsed
     * @return the changed options
     * @throws IllegalArgumentException if {@code maxInputChars} is negative
     */
    public ParseOptions withMaxInputChars(int maxInputChars) {
        return new ParseOptions(extractQuotes, maxProblems, reportMarkupErrors, maxInputChars);
    }
}
