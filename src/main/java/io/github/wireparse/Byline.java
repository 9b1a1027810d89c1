package io.github.wireparse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The story's byline: who wrote it, as the line under the headline states it.
 *
 * <p>For {@code By KIM TONG-HYUNG and HYUNG-JIN KIM Associated Press} the authors are
 * {@code KIM TONG-HYUNG} and {@code HYUNG-JIN KIM}, there is no title and the organisation is
 * {@code Associated Press}; for {@code By JOSH BOAK, AP Economics Writer} the title is
 * {@code AP Economics Writer}. Names keep the capitals they were written in.
 *
 * @param text         the byline as written, line breaks joined by single spaces
 * @param start        where it starts in {@link Article#text()}: the index of the first
 *                     character ({@link #span()} gives start and end as a {@link Span})
 * @param end          the index one past the last character
 * @param authors      the author names, in order; unmodifiable, may be empty
 * @param title        the byline title ("AP Business Writer", "Associated Press Writer"), if any
 * @param organisation the organisation named ("Associated Press", "Reuters"), if stated
 */
public record Byline(
        String text, int start, int end, List<String> authors, Optional<String> title, Optional<String> organisation) {

    /**
     * Checks the components and keeps an unmodifiable copy of {@code authors}, so the record
     * stays as built when the caller later changes the list it passed.
     *
     * @param text the value of {@link #text()}
     * @param start the value of {@link #start()}
     * @param end the value of {@link #end()}
     * @param authors the value of {@link #authors()}
     * @param title the value of {@link #title()}
     * @param organisation the value of {@link #organisation()}
     * @throws NullPointerException if a component, or an element of a list, is null
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public Byline {
        Objects.requireNonNull(text, "text");
        Span.check(start, end);
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organisation, "organisation");
    }

    /**
     * {@return where it stands in {@link Article#text()}: a span from {@link #start()} to
     * {@link #end()}}
     */
    public Span span() {
        return new Span(start, end);
    }
}
