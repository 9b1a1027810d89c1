package io.github.wireparse.internal.dateline;

import io.github.wireparse.internal.Texts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Place tables for datelines: U.S. states (AP abbreviations, postal codes and full names), Canadian
 * provinces and Australian states, country names with their common variants, and the cities AP lets
 * stand alone in a dateline. Every lookup ignores case, periods and runs of spaces, so {@code Calif.},
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

    static {
        // U.S. states: AP dateline abbreviations, then the names AP never abbreviates, then the
        // full names and postal codes that other agencies and aggregators write.
        for (String s : new String[] {"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.",
                "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.",
                "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.", "N.J.", "N.M.",
                "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Oreg.", "Pa.", "Penn.", "R.I.", "S.C.",
                "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wisc.", "Wyo.",
                "D.C.", "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
                "Alabama", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
                "Delaware", "Florida", "Illinois", "Indiana", "Kansas", "Kentucky", "Louisiana",
                "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
                "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
                "New York", "North Carolina", "North Dakota", "Oklahoma", "Oregon", "Pennsylvania",
                "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Vermont", "Virginia",
                "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
                "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IA",
                "KS", "KY", "LA", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
                "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
                "VT", "VA", "WA", "WV", "WI", "WY", "DC"}) {
            SUBDIVISIONS.put(key(s), "US");
            share(s);
        }
        for (String s : new String[] {"Alberta", "Alta.", "British Columbia", "B.C.", "Manitoba",
                "Man.", "New Brunswick", "N.B.", "Newfoundland", "Nfld.", "Newfoundland and Labrador",
                "N.L.", "Nova Scotia", "N.S.", "Ontario", "Ont.", "Prince Edward Island", "P.E.I.",
                "Quebec", "Que.", "Saskatchewan", "Sask.", "Yukon", "Northwest Territories", "N.W.T.",
                "Nunavut"}) {
            SUBDIVISIONS.put(key(s), "CA");
            share(s);
        }
        for (String s : new String[] {"New South Wales", "N.S.W.", "Queensland", "Victoria",
                "Tasmania", "South Australia", "Western Australia", "Northern Territory",
                "Australian Capital Territory"}) {
            SUBDIVISIONS.put(key(s), "AU");
            share(s);
        }
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isEmpty() && !name.equals(code)) {
                COUNTRIES.putIfAbsent(key(name), code);
                share(name);
            }
        }
        String[][] variants = {
            {"US", "U.S.", "U.S.A.", "USA", "United States", "United States of America", "America"},
            {"GB", "U.K.", "UK", "United Kingdom", "Britain", "Great Britain", "England", "Scotland",
                "Wales", "Northern Ireland"},
            {"KR", "South Korea", "S. Korea", "Korea", "Republic of Korea"},
            {"KP", "North Korea", "N. Korea", "DPRK", "D.P.R.K."},
            {"RU", "Russia", "Russian Federation"}, {"IR", "Iran"}, {"SY", "Syria"},
            {"VN", "Vietnam", "Viet Nam"}, {"LA", "Laos"}, {"TW", "Taiwan"},
            {"CZ", "Czech Republic", "Czechia"}, {"CI", "Ivory Coast", "Cote d'Ivoire",
                "Côte d'Ivoire", "Côte d’Ivoire"},
            {"CD", "Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
                "DR Congo", "D.R. Congo", "DRC", "Zaire", "Congo-Kinshasa"},
            {"CG", "Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"},
            {"MM", "Myanmar", "Burma"}, {"NL", "Netherlands", "The Netherlands", "Holland"},
            {"DE", "Germany", "West Germany"}, {"PS", "West Bank", "Gaza", "Gaza Strip",
                "Palestinian Territories", "Palestine"},
            {"XK", "Kosovo"}, {"TR", "Turkey", "Türkiye", "Turkiye"},
            {"SZ", "Swaziland", "Eswatini"}, {"CV", "Cape Verde", "Cabo Verde"},
            {"TL", "East Timor", "Timor-Leste"},
            {"BA", "Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"},
            {"MK", "Macedonia", "North Macedonia"}, {"AE", "UAE", "U.A.E.", "United Arab Emirates"},
            {"BS", "Bahamas", "The Bahamas"}, {"GM", "Gambia", "The Gambia"},
            {"VA", "Vatican", "Vatican City", "Holy See"}, {"HK", "Hong Kong"}, {"MO", "Macau", "Macao"},
            {"FM", "Micronesia"}, {"BN", "Brunei"}, {"BO", "Bolivia"}, {"VE", "Venezuela"},
            {"TZ", "Tanzania"}, {"MD", "Moldova"}, {"KN", "St. Kitts and Nevis", "Saint Kitts and Nevis"},
            {"LC", "St. Lucia", "Saint Lucia"}, {"VC", "St. Vincent and the Grenadines"},
            {"SA", "Saudi Arabia"}, {"PR", "Puerto Rico"}, {"GU", "Guam"},
            {"SH", "St. Helena", "Saint Helena"}, {"FK", "Falkland Islands", "Falklands"},
        };
        for (String[] v : variants) {
            for (int i = 1; i < v.length; i++) {
                COUNTRIES.put(key(v[i]), v[0]);
                share(v[i]);
            }
        }
        // "Georgia" is the country for AP (which writes the state "Ga.") but the state for agencies
        // that spell states out (ATLANTA, Georgia): it cannot be known, so it gets no country.
        COUNTRIES.remove(key("Georgia"));

        for (String c : new String[] {"ATLANTA", "BALTIMORE", "BOSTON", "CHICAGO", "CINCINNATI",
                "CLEVELAND", "DALLAS", "DENVER", "DETROIT", "HONOLULU", "HOUSTON", "INDIANAPOLIS",
                "LAS VEGAS", "LOS ANGELES", "MIAMI", "MILWAUKEE", "MINNEAPOLIS", "NEW ORLEANS",
                "NEW YORK", "OKLAHOMA CITY", "PHILADELPHIA", "PHOENIX", "PITTSBURGH", "ST. LOUIS",
                "SALT LAKE CITY", "SAN ANTONIO", "SAN DIEGO", "SAN FRANCISCO", "SEATTLE",
                "WASHINGTON"}) {
            STANDALONE.put(key(c), "US");
        }
        String[][] international = {
            {"AMSTERDAM", "NL"}, {"BAGHDAD", "IQ"}, {"BANGKOK", "TH"}, {"BEIJING", "CN"},
            {"BEIRUT", "LB"}, {"BERLIN", "DE"}, {"BRUSSELS", "BE"}, {"CAIRO", "EG"},
            {"DJIBOUTI", "DJ"}, {"DUBLIN", "IE"}, {"GENEVA", "CH"}, {"GIBRALTAR", "GI"},
            {"GUATEMALA CITY", "GT"}, {"HAVANA", "CU"}, {"HELSINKI", "FI"}, {"HONG KONG", "HK"},
            {"ISLAMABAD", "PK"}, {"ISTANBUL", "TR"}, {"JOHANNESBURG", "ZA"}, {"KUWAIT CITY", "KW"},
            {"LONDON", "GB"}, {"LUXEMBOURG", "LU"}, {"MACAU", "MO"}, {"MADRID", "ES"},
            {"MEXICO CITY", "MX"}, {"MILAN", "IT"}, {"MONACO", "MC"}, {"MONTREAL", "CA"},
            {"MOSCOW", "RU"}, {"MUNICH", "DE"}, {"NEW DELHI", "IN"}, {"PANAMA CITY", "PA"},
            {"PARIS", "FR"}, {"PRAGUE", "CZ"}, {"QUEBEC CITY", "CA"}, {"RIO DE JANEIRO", "BR"},
            {"ROME", "IT"}, {"SAN MARINO", "SM"}, {"SAO PAULO", "BR"}, {"SÃO PAULO", "BR"},
            {"SHANGHAI", "CN"}, {"SINGAPORE", "SG"}, {"STOCKHOLM", "SE"}, {"SYDNEY", "AU"},
            {"TOKYO", "JP"}, {"TORONTO", "CA"}, {"VATICAN CITY", "VA"}, {"VIENNA", "AT"},
            {"ZURICH", "CH"}, {"ZÜRICH", "CH"},
            // Not on the sheet's verified list, but some editions have it and it is unambiguous.
            {"OTTAWA", "CA"},
        };
        for (String[] c : international) {
            STANDALONE.put(key(c[0]), c[1]);
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
    static Optional<String> present(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<String> shared = SHARED.get(name);
        return shared != null ? shared : Optional.of(name);
    }

    private Places() {
    }

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
