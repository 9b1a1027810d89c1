package io.github.wireparse;

import java.util.Objects;

/**
 * Text that travels with a story without being part of it: separators, contributor lines,
 * corrections, copyright, promos, captions, timestamps, advertisement markers and page chrome.
 * Boilerplate may stand before the body (timestamps, editor's notes, advisories), inside it
 * (captions, advertisement markers) or after it (the trailer).
 *
 * @param kind what it is
 * @param text the text as written, line breaks joined by single spaces
 * @param start where it starts in {@link Article#text()}: the index of the first
 *              character ({@link #span()} gives start and end as a {@link Span})
 * @param end the index one past the last character
 */
public record Boilerplate(BoilerplateKind kind, String text, int start, int end) implements BodyElement {

    /**
     * Checks the components.
     *
     * @param kind the value of {@link #kind()}
     * @param text the value of {@link #text()}
     * @param start the value of {@link #start()}
     * @param end the value of {@link #end()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public Boilerplate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Span.check(start, end);
    }

    /**
     * {@return where it stands in {@link Article#text()}: a span from {@link #start()} to
     * {@link #end()}}
     */
    @Override
    public Span span() {
        return new Span(start, end);
    }
}
