package io.github.wireparse;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Something the parser noticed was off in its input: an unbalanced quotation mark, binary data, an
 * input so large it was cut, a page with no article, malformed markup. Problems never stop a parse;
 * they come back in {@link Article#problems()} next to whatever could be recognised.
 *
 * <p>A problem is located in one of two coordinate systems, named by the type of its
 * {@link #location()}:
 * <ul>
 *   <li>{@link InText}: an offset into {@link Article#text()}, the text the spans refer to (the
 *       input itself for plain text, the text rendered from the page for HTML), with the line and
 *       column of that offset in the same text. Most problems are located so.</li>
 *   <li>{@link InMarkup}: a line and column in an HTML page's source, for a markup error that
 *       jsoup reported ({@link ParseOptions#reportMarkupErrors()}). The source is not the article
 *       text, so such a problem has no offset into it.</li>
 * </ul>
 *
 * @param message  what is wrong, in a sentence
 * @param location where it was noticed, and in which coordinates
 */
public record Problem(String message, Location location) {

    /**
     * Checks the components.
     *
     * @param message the value of {@link #message()}
     * @param location the value of {@link #location()}
     * @throws NullPointerException if a component is null
     */
    public Problem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /**
     * Makes a problem located in the article text.
     *
     * @param message what is wrong
     * @param offset  the 0-based UTF-16 offset into {@link Article#text()}
     * @param line    the 1-based line of that offset
     * @param column  the 1-based column of that offset, in UTF-16 code units
     * @return the problem
     * @throws NullPointerException     if {@code message} is null
     * @throws IllegalArgumentException if a coordinate is out of range
     */
    public static Problem inText(String message, int offset, int line, int column) {
        return new Problem(message, new InText(offset, line, column));
    }

    /**
     * Makes a problem located in an HTML page's markup source.
     *
     * @param message what is wrong
     * @param line    the 1-based line of the page's source
     * @param column  the 1-based column on that line
     * @return the problem
     * @throws NullPointerException     if {@code message} is null
     * @throws IllegalArgumentException if a coordinate is out of range
     */
    public static Problem inMarkup(String message, int line, int column) {
        return new Problem(message, new InMarkup(line, column));
    }

    /** {@return the 1-based line where the problem was noticed, in the text its location names} */
    public int line() {
        return location.line();
    }

    /** {@return the 1-based column where the problem was noticed, in the text its location names} */
    public int column() {
        return location.column();
    }

    /**
     * {@return the 0-based UTF-16 offset into {@link Article#text()}, for a problem located
     * {@linkplain InText in the text}; empty for one in the markup source}
     */
    public OptionalInt offset() {
        return location instanceof InText t ? OptionalInt.of(t.offset()) : OptionalInt.empty();
    }

    /**
     * {@return the problem as {@code "message at line L column C"}, with {@code " of the markup
     * source"} added for a problem located there}
     */
    @Override
    public String toString() {
        return message + " at line " + line() + " column " + column()
                + (location instanceof InMarkup ? " of the markup source" : "");
    }

    /**
     * Where a problem was noticed: {@link InText} or {@link InMarkup}, two coordinate systems.
     */
    public sealed interface Location permits InText, InMarkup {

        /** {@return the 1-based line} */
        int line();

        /** {@return the 1-based column, in UTF-16 code units} */
        int column();
    }

    /**
     * A place in {@link Article#text()}: an offset, and its line and column in that text.
     *
     * @param offset the 0-based UTF-16 offset
     * @param line   the 1-based line of the offset
     * @param column the 1-based column of the offset, in UTF-16 code units
     */
    public record InText(int offset, int line, int column) implements Location {

        /**
         * Checks the components.
         *
         * @param offset the value of {@link #offset()}
         * @param line the value of {@link #line()}
         * @param column the value of {@link #column()}
         * @throws IllegalArgumentException if the offset is negative or the line or column is
         *         below 1
         */
        public InText {
            if (line < 1 || column < 1 || offset < 0) {
                throw new IllegalArgumentException(
                        "invalid position line " + line + " column " + column + " offset " + offset);
            }
        }
    }

    /**
     * A place in an HTML page's source, as jsoup reports its markup errors: a line and a column.
     * The source is not the article text, so there is no offset into it.
     *
     * @param line   the 1-based line of the source
     * @param column the 1-based column on that line
     */
    public record InMarkup(int line, int column) implements Location {

        /**
         * Checks the components.
         *
         * @param line the value of {@link #line()}
         * @param column the value of {@link #column()}
         * @throws IllegalArgumentException if the line or column is below 1
         */
        public InMarkup {
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException("invalid position line " + line + " column " + column);
            }
        }
    }
}
