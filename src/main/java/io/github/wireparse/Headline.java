package io.github.wireparse;

import java.util.Objects;

/**
 * The story's headline: in plain text the first line when it stands alone above the body; in HTML
 * the page's main heading.
 *
 * @param text the headline as written, with hard wraps joined by single spaces
 * @param span where it stands in {@link Article#text()}
 */
public record Headline(String text, Span span) {

    /**
     * Checks the components and copies any list, so the record is immutable.
     *
     * @param text the value of {@link #text()}
     * @param span the value of {@link #span()}
     * @throws NullPointerException if a component is null
     */
    public Headline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
