package io.github.wireparse;

import java.util.Objects;

/**
 * A stretch of the story's text that names something: a quote's speaker as written, the speaker's
 * descriptor, or the attribution cue ("said", "told reporters").
 *
 * @param text the words as written, with line breaks joined by single spaces
 * @param start where they start in {@link Article#text()}: the index of the first
 *              character ({@link #span()} gives start and end as a {@link Span})
 * @param end the index one past the last character
 */
public record Mention(String text, int start, int end) {

    /**
     * Checks the components.
     *
     * @param text the value of {@link #text()}
     * @param start the value of {@link #start()}
     * @param end the value of {@link #end()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public Mention {
        Objects.requireNonNull(text, "text");
        Span.check(start, end);
    }

    /**
     * {@return where they stand in {@link Article#text()}: a span from {@link #start()} to
     * {@link #end()}}
     */
    public Span span() {
        return new Span(start, end);
    }
}
