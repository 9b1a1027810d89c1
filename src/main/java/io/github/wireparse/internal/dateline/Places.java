package io.github.wireparse.internal.dateline;

import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.Tsv;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Place tables for datelines, read from {@code io/github/wireparse/dateline/}: U.S. states (AP
 * abbreviations, postal codes and full names), Canadian provinces and Australian states
 * ({@code subdivisions.tsv}), country names with their common variants ({@code countries.tsv}), and
 * the cities AP lets stand alone in a dateline ({@code standalone-cities.tsv}). Every lookup ignores case, periods and runs of spaces, so {@code Calif.},
 * {@code CALIF.} and {@code calif} are the same key.
 *
 * <p>Country names come from the JDK's English display names of every ISO 3166-1 code, plus the
 * variants wire copy uses ({@code U.S.}, {@code Britain}, {@code South Korea}, {@code Ivory Coast},
 * {@code West Germany} …). Jerusalem stands alone in AP datelines but gets no country: the parser
 * never guesses where the answer is disputed or unknown.
 */
public final class Places {

    /** States, provinces and territories. */
    private static final Map<String, String> SUBDIVISIONS = new HashMap<>();
    /** Countries and the territories wire copy writes like countries. */
    private static final Map<String, String> COUNTRIES = new HashMap<>();

    private static final Map<String, String> STANDALONE = new HashMap<>();
    /**
     * Every country code and every state, province and country name of the tables as spelled
     * there, as a shared {@code Optional}: datelines that name them hold these instead of copies.
     */
    private static final Map<String, Optional<String>> SHARED = new HashMap<>();

    /** The tables' files, from the class path's root. */
    static final String SUBDIVISIONS_RESOURCE = "dateline/subdivisions.tsv";

    static final String COUNTRIES_RESOURCE = "dateline/countries.tsv";
    static final String STANDALONE_RESOURCE = "dateline/standalone-cities.tsv";
    /** The code that marks an ambiguous country name in {@link #COUNTRIES_RESOURCE}. */
    private static final String AMBIGUOUS = "-";

    static {
        for (List<String> r : Tsv.rows(SUBDIVISIONS_RESOURCE, "name", "country")) {
            SUBDIVISIONS.put(key(r.get(0)), r.get(1));
            share(r.get(0));
        }
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isEmpty() && !name.equals(code)) {
                COUNTRIES.putIfAbsent(key(name), code);
                share(name);
            }
        }
        for (List<String> r : Tsv.rows(COUNTRIES_RESOURCE, "name", "code")) {
            if (r.get(1).equals(AMBIGUOUS)) {
                COUNTRIES.remove(key(r.get(0)));
            } else {
                COUNTRIES.put(key(r.get(0)), r.get(1));
                share(r.get(0));
            }
        }
        for (List<String> r : Tsv.rows(STANDALONE_RESOURCE, "city", "country")) {
            STANDALONE.put(key(r.get(0)), r.get(1));
        }
        for (Map<String, String> codes : List.of(SUBDIVISIONS, COUNTRIES, STANDALONE)) {
            codes.values().forEach(Places::share);
        }
    }

    private static void share(String spelled) {
        SHARED.putIfAbsent(spelled, Optional.of(spelled));
    }

    /**
     * {@return a place name or country code as an {@code Optional}: the tables' shared one when it
     * is spelled exactly as there, else a new one; empty for null}
     *
     * @param name the name or code, or null
     */
    static Optional<String> present(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<String> shared = SHARED.get(name);
        return shared != null ? shared : Optional.of(name);
    }

    private Places() {}

    /**
     * Normalises a place name for lookup: lower case, periods dropped, curly apostrophes made
     * straight, runs of spaces made one.
     */
    static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c == '’') {
                c = '\'';
            }
            if (Texts.isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /**
     * {@return the ISO 3166-1 alpha-2 code of the country a dateline region names: a country, a
     * U.S. state, a Canadian province or an Australian state}
     *
     * @param region the region as written
     */
    public static Optional<String> countryOfRegion(String region) {
        String k = key(region);
        String c = SUBDIVISIONS.get(k);
        return present(c != null ? c : COUNTRIES.get(k));
    }

    /**
     * {@return the country of a city written alone in a dateline: one of AP's stand-alone cities,
     * or a city-state or country named on its own ({@code SINGAPORE}, {@code BAHRAIN})}
     *
     * @param city the city as written
     */
    static Optional<String> countryOfStandaloneCity(String city) {
        String k = key(city);
        String c = STANDALONE.get(k);
        if (c != null) {
            return present(c);
        }
        // A country or city-state named on its own; never a state or province.
        return k.length() > 3 ? present(COUNTRIES.get(k)) : Optional.empty();
    }
}
