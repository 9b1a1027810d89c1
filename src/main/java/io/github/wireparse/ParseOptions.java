package io.github.wireparse;

/**
 * How a {@link WireParser} parses. Immutable; start from {@link #DEFAULTS} and change what you need
 * with the {@code with…} methods.
 *
 * @param extractQuotes whether to find quotations, speakers and sources (on by default; turning it
 *                      off makes parsing faster and leaves {@link Article#quotes()} empty)
 * @param maxProblems   how many problems to record per article at most (100 by default); further
 *                      ones are counted in one closing problem
 */
public record ParseOptions(boolean extractQuotes, int maxProblems) {

    /** The default options: quotes on, at most 100 problems. */
    public static final ParseOptions DEFAULTS = new ParseOptions(true, 100);

    /**
     * Checks the components and copies any list, so the record is immutable.
     *
     * @param extractQuotes the value of {@link #extractQuotes()}
     * @param maxProblems the value of {@link #maxProblems()}
     * @throws IllegalArgumentException if a component is out of range
     */
    public ParseOptions {
        if (maxProblems < 0) {
            throw new IllegalArgumentException("maxProblems must not be negative: " + maxProblems);
        }
    }

    /**
     * Returns these options with quote extraction switched on or off.
     *
     * @param extractQuotes whether to find quotations
     * @return the changed options
     */
    public ParseOptions withExtractQuotes(boolean extractQuotes) {
        return new ParseOptions(extractQuotes, maxProblems);
    }

    /**
     * Returns these options with another problem limit.
     *
     * @param maxProblems how many problems to record per article at most
     * @return the changed options
     * @throws IllegalArgumentException if {@code maxProblems} is negative
     */
    public ParseOptions withMaxProblems(int maxProblems) {
        return new ParseOptions(extractQuotes, maxProblems);
    }
}
