package io.github.wireparse.internal.dateline;

import io.github.wireparse.Agency;
import io.github.wireparse.Dateline;
import io.github.wireparse.DatelineDate;
import io.github.wireparse.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a dateline read so far, and what they make: places, region, date, credit, dash.
 * Fields are null until read; {@link #toMatch} turns them into the model's {@code Optional}s,
 * taking the tables' shared ones where it can.
 */
final class Parts {

    /** The cities, in order: one, or several joined by slashes. */
    final List<String> cities = new ArrayList<>();
    /** The region after the city as written, several joined: {@code HAILEY, Idaho, Calif.}. */
    String region;
    /** Where {@link #region} starts. */
    int regionStart;
    /** How many regions were read. */
    int regions;
    /** The country of the last region the tables know. */
    Optional<String> regionCountry = Optional.empty();
    /** A bracketed region: {@code Chennai [India]}. */
    String bracketRegion;
    /** The credit as written, without its brackets or slashes. */
    String credit;
    /** The agency the credit names. */
    Agency agency;
    DatelineDate date;
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
        Dateline d = new Dateline(in.slice(in.start, endOfDash), in.start, endOfDash,
                cities, reg, country, Agencies.present(agency), Agencies.credit(credit),
                Optional.ofNullable(date));
        return new DatelineParser.Match(d, Texts.skipSpace(in.text, endOfDash, end));
    }
}
