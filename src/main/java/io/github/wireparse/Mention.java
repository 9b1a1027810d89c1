package io.github.wireparse;

import java.util.Objects;

/**
 * A stretch of the story's text that names something: a quote's speaker as written, the speaker's
 * descriptor, or the attribution cue ("said", "told reporters").
 *
 * @param text the words as written, with line breaks joined by single spaces
 * @param span where they stand in {@link Article#text()}
 */
public record Mention(String text, Span span) {

    /**
     * Checks the components and copies any list, so the record is immutable.
     *
     * @param text the value of {@link #text()}
     * @param span the value of {@link #span()}
     * @throws NullPointerException if a component is null
     */
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
