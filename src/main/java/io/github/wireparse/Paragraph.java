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
 * @param start where they start in {@link Article#text()}: the index of the first
 *              character ({@link #span()} gives start and end as a {@link Span})
 * @param end the index one past the last character
 */
public record Paragraph(String text, int start, int end) implements BodyElement {

    /**
     * Checks the components.
     *
     * @param text the value of {@link #text()}
     * @param start the value of {@link #start()}
     * @param end the value of {@link #end()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Span.check(start, end);
    }

    /**
     * {@return where they stand in {@link Article#text()}: a span from {@link #start()} to
     * {@link #end()}}
     */
    @Override
    public Span span() {
        return new Span(start, end);
    }
}
