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
 * @param span         where it stands in {@link Article#text()}
 * @param authors      the author names, in order; unmodifiable, may be empty
 * @param title        the byline title ("AP Business Writer", "Associated Press Writer"), if any
 * @param organisation the organisation named ("Associated Press", "Reuters"), if stated
 */
public record Byline(String text, Span span, List<String> authors, Optional<String> title,
        Optional<String> organisation) {

    /**
     * Checks the components and copies any list, so the record is immutable.
     *
     * @param text the value of {@link #text()}
     * @param span the value of {@link #span()}
     * @param authors the value of {@link #authors()}
     * @param title the value of {@link #title()}
     * @param organisation the value of {@link #organisation()}
     * @throws NullPointerException if a component is null
     */
    public Byline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organisation, "organisation");
    }
}
