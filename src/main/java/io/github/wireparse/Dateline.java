package io.github.wireparse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dateline that opens a wire story: where it was filed, by which agency, and sometimes when.
 *
 * <p>{@code SEOUL, South Korea (AP) —} gives city {@code SEOUL}, region {@code South Korea},
 * country {@code KR} and agency {@link Agency#AP}. {@code LONDON/SINGAPORE, June 14 (Reuters) -}
 * gives two cities and a date. {@code (Bloomberg) --} gives an agency and no place. The text and
 * span cover the whole dateline including the agency credit and the dash, so that the first
 * paragraph starts with the story's first word.
 *
 * @param text        the dateline as written, from its first character to the end of its dash
 * @param start       where it starts in {@link Article#text()}: the index of the first
 *                    character ({@link #span()} gives start and end as a {@link Span})
 * @param end         the index one past the last character
 * @param cities      the place names as written, in order; several for a joint dateline, none
 *                    when the dateline names no place; unmodifiable
 * @param region      the state, province or country as written ({@code Calif.}, {@code South
 *                    Korea}), if any
 * @param countryCode the ISO 3166-1 alpha-2 code of the country, when the region names a country
 *                    or a U.S. state or the city is one that stands alone in datelines; empty when
 *                    it cannot be known
 * @param agency      the agency the credit names, when the library knows it
 * @param credit      the agency credit as written ({@code AP}, {@code Reuters}, {@code TASS}), if
 *                    any
 * @param date        the date, when the dateline carries one
 */
public record Dateline(String text, int start, int end, List<String> cities,
        Optional<String> region, Optional<String> countryCode, Optional<Agency> agency,
        Optional<String> credit, Optional<DatelineDate> date) {

    /**
     * Checks the components and copies any list, so the record is immutable.
     *
     * @param text the value of {@link #text()}
     * @param start the value of {@link #start()}
     * @param end the value of {@link #end()}
     * @param cities the value of {@link #cities()}
     * @param region the value of {@link #region()}
     * @param countryCode the value of {@link #countryCode()}
     * @param agency the value of {@link #agency()}
     * @param credit the value of {@link #credit()}
     * @param date the value of {@link #date()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public Dateline {
        Objects.requireNonNull(text, "text");
        Span.check(start, end);
        cities = List.copyOf(Objects.requireNonNull(cities, "cities"));
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(date, "date");
    }

    /**
     * {@return the first city of the dateline, if it names one}
     */
    public Optional<String> city() {
        return cities.isEmpty() ? Optional.empty() : Optional.of(cities.get(0));
    }

    /**
     * {@return where it stands in {@link Article#text()}: a span from {@link #start()} to
     * {@link #end()}}
     */
    public Span span() {
        return new Span(start, end);
    }
}
