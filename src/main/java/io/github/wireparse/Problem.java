package io.github.wireparse;

import java.util.Objects;

/**
 * Something the parser noticed was off in its input: an unbalanced quotation mark, binary data, an
 * input so large it was cut, a page with no article. Problems never stop a parse; they come back in
 * {@link Article#problems()} next to whatever could be recognised.
 *
 * @param message what is wrong, in a sentence
 * @param line    the 1-based line of the input where it was noticed
 * @param column  the 1-based column (in UTF-16 code units) on that line
 * @param offset  the 0-based UTF-16 offset into the text the article's spans refer to
 */
public record Problem(String message, int line, int column, int offset) {

    /**
     * Checks the components and copies any list, so the record is immutable.
     *
     * @param message the value of {@link #message()}
     * @param line the value of {@link #line()}
     * @param column the value of {@link #column()}
     * @param offset the value of {@link #offset()}
     * @throws NullPointerException if a component is null
     */
    public Problem {
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1 || offset < 0) {
            throw new IllegalArgumentException(
                    "invalid position line " + line + " column " + column + " offset " + offset);
        }
    }

    /** {@return the problem as {@code "message at line L column C"}} */
    @Override
    public String toString() {
        return message + " at line " + line + " column " + column;
    }
}
