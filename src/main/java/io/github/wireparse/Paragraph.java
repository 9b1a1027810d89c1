package io.github.wireparse;

import java.util.Objects;

/**
 * One paragraph of the story's body.
 *
 * <p>The text is the story's words: wire-feed hard wraps are joined by single spaces, leading
 * indentation and trailing spaces are dropped, and the dateline that opens the first paragraph is
 * left out (it is in {@link Article#dateline()}). The span still points at the original characters,
 * from the first word of the paragraph's text to its last.
 *
 * @param text the paragraph's words
 * @param span where they stand in {@link Article#text()}
 */
public record Paragraph(String text, Span span) {

    /**
     * Checks the components and copies any list, so the record is immutable.
     *
     * @param text the value of {@link #text()}
     * @param span the value of {@link #span()}
     * @throws NullPointerException if a component is null
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
