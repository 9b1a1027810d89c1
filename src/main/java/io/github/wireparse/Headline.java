package io.github.wireparse;

import java.util.Objects;

/**
 * The story's headline: in plain text the first line when it stands alone above the body; in HTML
 * the headline the publisher declares in the page's metadata (JSON-LD {@code headline},
 * {@code dc:title}, {@code og:title}, {@code meta name=title}, {@code twitter:title}) when one is
 * usable, else the page's main heading. A main heading that says the same in other words gives way
 * to the declared headline and is not repeated in the body; a declared title that is only the
 * site's name, a section label or a wire slug is never taken.
 *
 * @param text the headline as written, with hard wraps joined by single spaces
 * @param start where it starts in {@link Article#text()}: the index of the first
 *              character ({@link #span()} gives start and end as a {@link Span})
 * @param end the index one past the last character
 */
public record Headline(String text, int start, int end) {

    /**
     * Checks the components.
     *
     * @param text the value of {@link #text()}
     * @param start the value of {@link #start()}
     * @param end the value of {@link #end()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public Headline {
        Objects.requireNonNull(text, "text");
        Span.check(start, end);
    }

    /**
     * {@return where it stands in {@link Article#text()}: a span from {@link #start()} to
     * {@link #end()}}
     */
    public Span span() {
        return new Span(start, end);
    }
}
