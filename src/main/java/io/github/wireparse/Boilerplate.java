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
 * @param span where it stands in {@link Article#text()}
 */
public record Boilerplate(BoilerplateKind kind, String text, Span span) {

    /**
     * Checks the components and copies any list, so the record is immutable.
     *
     * @param kind the value of {@link #kind()}
     * @param text the value of {@link #text()}
     * @param span the value of {@link #span()}
     * @throws NullPointerException if a component is null
     */
    public Boilerplate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
