package io.github.wireparse.internal.dateline;

import io.github.wireparse.Agency;
import io.github.wireparse.Dateline;
import io.github.wireparse.DatelineDate;
import io.github.wireparse.Span;
import io.github.wireparse.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a dateline read so far, and what they make: places, region, date, credit, dash.
 * Fields are null until read; {@link #toMatch} turns them into the model's {@code Optional}s,
 * taking the tables' shared ones where it can.
 */
final class Parts {

    /** The cities, in order: one, or several joined by slashes. */
    final List<String> cities = new ArrayList<>();
    /** Where each of {@link #cities} stands, in the same order. */
    final List<Span> citySpans = new ArrayList<>();
    /** The region after the city as written, several joined: {@code HAILEY, Idaho, Calif.}. */
    @Nullable
    String region;
    /** Where {@link #region} starts. */
    int regionStart;
    /** Where {@link #region} ends. */
    int regionEnd;
    /** How many regions were read. */
    int regions;
    /** The country of the last region the tables know. */
    Optional<String> regionCountry = Optional.empty();
    /** A bracketed region: {@code Chennai [India]}. */
    @Nullable
    String bracketRegion;
    /** Where {@link #bracketRegion} stands. */
    @Nullable
    Span bracketSpan;
    /** The credit as written, without its brackets or slashes. */
    @Nullable
    String credit;
    /** Where {@link #credit} stands. */
    @Nullable
    Span creditSpan;
    /** The agency the credit names. */
    @Nullable
    Agency agency;
    /** The date, if one was read. */
    @Nullable
    DatelineDate date;
    /** Where {@link #date} starts. */
    int dateStart;
    /** Whether a dash (or the period of {@code /TASS/.}) closed a part. */
    boolean dashed;
    /** Where the paragraph's text may start: after the dateline's dash. */
    int endOfDash;
    /** Whether every place is written in capitals. */
    boolean capitals;
    /** The number of words of the first place. */
    int words;
    /** Read as a place and a bare credit, with no dash and no date. */
    boolean bare;

    /** Adds a city read from {@code from} to {@code to}. */
    void city(Cursor in, int from, int to) {
        cities.add(in.slice(from, to));
        citySpans.add(new Span(from, to));
    }

    /**
     * Sets the credit to the characters from {@code from} to {@code to}, without the white space
     * and control characters at either end (as {@link String#trim()} drops them), and the agency
     * it names.
     */
    void credit(Cursor in, int from, int to, @Nullable Agency named) {
        int s = from;
        int e = to;
        while (s < e && in.at(s) <= ' ') {
            s++;
        }
        while (e > s && in.at(e - 1) <= ' ') {
            e--;
        }
        credit = in.slice(s, e);
        creditSpan = new Span(s, e);
        agency = named;
    }

    /** Takes the credit of other parts (read before a place, as in {@code (ANSA) - NAPLES}). */
    void creditOf(Parts other) {
        credit = other.credit;
        creditSpan = other.creditSpan;
        agency = other.agency;
    }

    /** Sets the date, read at {@code at}. */
    void date(DatelineDate read, int at) {
        date = read;
        dateStart = at;
    }

    /** A credit or a date: more than a capitalised word and a dash. */
    boolean strong() {
        return date != null || credit != null && !bare;
    }

    /**
     * {@return the dateline these parts make}
     *
     * @param in  the cursor they were read with
     * @param end the block's end
     */
    DatelineParser.Match toMatch(Cursor in, int end) {
        // Known places, codes, agencies and credits are the tables' shared Optionals.
        Optional<String> reg = Places.present(region != null ? region : bracketRegion);
        Optional<Span> regSpan =
                region != null ? Optional.of(new Span(regionStart, regionEnd)) : Optional.ofNullable(bracketSpan);
        Optional<String> country = Optional.empty();
        if (bracketRegion != null) {
            country = Places.countryOfRegion(bracketRegion);
        }
        if (country.isEmpty()) {
            country = regionCountry;
        }
        if (country.isEmpty() && reg.isEmpty() && cities.size() == 1) {
            country = Places.countryOfStandaloneCity(cities.get(0));
        }
        Dateline d = new Dateline(
                in.slice(in.start, endOfDash),
                in.start,
                endOfDash,
                cities,
                reg,
                country,
                Agencies.present(agency),
                Agencies.credit(credit),
                Optional.ofNullable(date),
                citySpans,
                regSpan,
                Optional.ofNullable(creditSpan),
                date == null
                        ? Optional.empty()
                        : Optional.of(
                                new Span(dateStart, dateStart + date.text().length())));
        return new DatelineParser.Match(d, Texts.skipSpace(in.text, endOfDash, end));
    }
}
