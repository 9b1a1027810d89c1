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
 * <p>Each part that is written in the dateline also has its own span in {@link Article#text()}
 * ({@link #citySpans()}, {@link #regionSpan()}, {@link #creditSpan()}, {@link #dateSpan()}), inside
 * the dateline's span, so a caller can mark up the parts without searching the text for them. The
 * {@linkplain #countryCode() country code} and the {@linkplain #agency() agency} are looked up, not
 * written: the text they come from is the region (or the city) and the credit.
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
 * @param citySpans   where each of {@link #cities()} stands in {@link Article#text()}, in the same
 *                    order; unmodifiable
 * @param regionSpan  where {@link #region()} stands, present exactly when the region is
 * @param creditSpan  where {@link #credit()} stands (the words inside the brackets or slashes),
 *                    present exactly when the credit is
 * @param dateSpan    where {@link #date()} stands, present exactly when the date is
 */
public record Dateline(
        String text,
        int start,
        int end,
        List<String> cities,
        Optional<String> region,
        Optional<String> countryCode,
        Optional<Agency> agency,
        Optional<String> credit,
        Optional<DatelineDate> date,
        List<Span> citySpans,
        Optional<Span> regionSpan,
        Optional<Span> creditSpan,
        Optional<Span> dateSpan) {

    /**
     * Checks the components and keeps unmodifiable copies of {@code cities} and
     * {@code citySpans}, so the record stays as built when the caller later changes a list it
     * passed.
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
     * @param citySpans the value of {@link #citySpans()}
     * @param regionSpan the value of {@link #regionSpan()}
     * @param creditSpan the value of {@link #creditSpan()}
     * @param dateSpan the value of {@link #dateSpan()}
     * @throws NullPointerException if a component, or an element of a list, is null
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it,
     *         if {@code citySpans} does not hold one span per city, or if a part's span is present
     *         without the part or the part without its span
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
        citySpans = List.copyOf(Objects.requireNonNull(citySpans, "citySpans"));
        Objects.requireNonNull(regionSpan, "regionSpan");
        Objects.requireNonNull(creditSpan, "creditSpan");
        Objects.requireNonNull(dateSpan, "dateSpan");
        if (citySpans.size() != cities.size()) {
            throw new IllegalArgumentException(cities.size() + " cities but " + citySpans.size() + " city spans");
        }
        pair("region", region, regionSpan);
        pair("credit", credit, creditSpan);
        pair("date", date, dateSpan);
        Span whole = new Span(start, end);
        for (Span s : citySpans) {
            inside("a city", s, whole);
        }
        regionSpan.ifPresent(s -> inside("the region", s, whole));
        creditSpan.ifPresent(s -> inside("the credit", s, whole));
        dateSpan.ifPresent(s -> inside("the date", s, whole));
    }

    private static void inside(String part, Span span, Span whole) {
        if (!span.isWithin(whole)) {
            throw new IllegalArgumentException(part + " at " + span + " lies outside the dateline at " + whole);
        }
    }

    private static void pair(String part, Optional<?> value, Optional<Span> span) {
        if (value.isPresent() != span.isPresent()) {
            throw new IllegalArgumentException(
                    part + (value.isPresent() ? " without" : " absent but with") + " a span");
        }
    }

    /**
     * {@return where the first city stands in {@link Article#text()}, if the dateline names one}
     */
    public Optional<Span> citySpan() {
        return citySpans.isEmpty() ? Optional.empty() : Optional.of(citySpans.get(0));
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
