package io.github.wireparse.internal.dateline;

import io.github.wireparse.internal.Texts;

import io.github.wireparse.Agency;
import io.github.wireparse.Dateline;
import io.github.wireparse.DatelineDate;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the dateline that opens a story's first paragraph, in the house styles of the wire
 * services:
 * <ul>
 *   <li>{@code PLACE[, REGION][, DATE] (CREDIT) DASH}: {@code SEOUL, South Korea (AP) —},
 *       {@code OSLO, March 3 (Reuters) -}, {@code Lagos (AFP) -}, {@code Jan. 1(Xinhua) --},
 *       {@code Pune, Oct 2 (PTI)} (no dash), {@code Quito, Apr 8 (EFE).-};</li>
 *   <li>joint places: {@code LONDON/SINGAPORE, June 14 (Reuters) -};</li>
 *   <li>a bracketed country: {@code Chennai [India], March 7 (ANI):};</li>
 *   <li>a slashed credit: {@code KAZAN, March 5. /TASS/.}; a bare credit after the date:
 *       {@code MONTREAL, March 20, Reuter -};</li>
 *   <li>the credit first: {@code (ANSA) - NAPLES, SEP 14 -}, {@code (Bloomberg) --},
 *       {@code (CNN)};</li>
 *   <li>the date first: {@code Aug. 3 (UPI) --};</li>
 *   <li>no credit: {@code SALVADOR, Feb 26 -} (Reuters-21578), {@code REGINA —} (Canadian Press),
 *       {@code WASHINGTON _} (New York Times News Service).</li>
 * </ul>
 * Dashes may be {@code —}, {@code –}, {@code --}, {@code -}, {@code _}, {@code :} or {@code .-}.
 * A dateline without a credit and without a date must name its place in capitals and end in a dash,
 * so that an ordinary sentence ({@code WASHINGTON state officials said …}) is never taken for one.
 *
 * <p>The scanner reads one bounded window at the start of a block, left to right, with no regular
 * expression and no backtracking beyond a few characters: the work per block is constant.
 */
public final class DatelineParser {

    /** How far into a paragraph a dateline may reach. */
    private static final int WINDOW = 240;
    private static final int MAX_WORD = 30;
    private static final int MAX_WORDS = 6;
    private static final int MAX_PLACES = 4;
    private static final int MAX_CREDIT = 40;

    /** Lower-case words that may join the words of a place name: {@code Rio de Janeiro}. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del",
            "della", "di", "du", "des", "la", "le", "les", "el", "al", "am", "an", "der", "den",
            "upon", "sur", "es", "van", "von", "aan", "ter", "lès", "sous", "en", "y", "of", "the", "and", "im", "bei", "ob");

    /**
     * Words that never continue a place name: a headline in capitals ({@code GRAIN SHIPMENTS TO
     * THE USSR -- USDA}) is told from a place by them.
     */
    private static final Set<String> STOP_WORDS = Set.of("to", "for", "in", "on", "at", "by", "with",
            "from", "says", "said", "sees", "is", "are", "was", "were", "will", "has", "have", "had",
            "not", "than", "into", "may");

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "enero", "ene", "gennaio", "gen", "janeiro", "janvier", "janv",
                "januar", "jänner"},
            {"february", "feb", "febrero", "febbraio", "fevereiro", "fev", "février", "fevrier",
                "févr", "fevr", "fév", "februar"},
            {"march", "mar", "marzo", "março", "marco", "mars", "märz", "maerz"},
            {"april", "apr", "abril", "abr", "aprile", "avril", "avr"},
            {"may", "mayo", "maggio", "mag", "maio", "mai"},
            {"june", "jun", "junio", "giugno", "giu", "junho", "juin", "juni"},
            {"july", "jul", "julio", "luglio", "lug", "julho", "juillet", "juil", "juli"},
            {"august", "aug", "agosto", "ago", "août", "aout"},
            {"september", "sep", "sept", "septiembre", "setiembre", "set", "settembre", "setembro",
                "septembre"},
            {"october", "oct", "octubre", "ottobre", "ott", "outubro", "out", "octobre", "oktober",
                "okt"},
            {"november", "nov", "noviembre", "novembre", "novembro"},
            {"december", "dec", "diciembre", "dic", "dicembre", "dezembro", "dez", "décembre",
                "decembre", "déc", "dezember"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    /** The first letters of the month names, in lower case. */
    private static final String MONTH_INITIALS;

    static {
        StringBuilder sb = new StringBuilder();
        for (String m : MONTHS.keySet()) {
            if (sb.indexOf(m.substring(0, 1)) < 0) {
                sb.append(m.charAt(0));
            }
        }
        MONTH_INITIALS = sb.toString();
    }

    private DatelineParser() {
    }

    /**
     * {@return false when no month name can start with {@code c}: an ASCII letter whose lower case
     * starts none (other characters are left to the table)}
     */
    private static boolean mayStartMonth(char c) {
        if (c >= 0x80) {
            return true;
        }
        char l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return MONTH_INITIALS.indexOf(l) >= 0;
    }

    /**
     * A dateline found at the start of a block.
     *
     * @param dateline  the dateline
     * @param bodyStart where the paragraph's own words start, after the dateline's dash
     */
    public record Match(Dateline dateline, int bodyStart) {
    }

    /**
     * Tells whether a line starts like a dateline, for deciding block boundaries and headlines. Only
     * datelines with a credit or a date count here; a word in capitals and a dash ({@code BEIRUT - },
     * {@code REGINA —}) is only believed where a dateline is expected, since headlines such as
     * {@code GRAIN SHIPMENTS -- USDA} have the same shape.
     *
     * @param text  the whole text
     * @param start the line's first character
     * @param end   the line's end
     * @return whether the line opens with a dateline
     */
    public static boolean startsWithDateline(String text, int start, int end) {
        Optional<Scan> s = scan(text, start, end);
        return s.isPresent() && s.get().strong();
    }

    /**
     * Looks for a dateline at the start of a block.
     *
     * @param text  the whole text
     * @param start the block's first character
     * @param end   the block's end
     * @return the dateline, or empty
     */
    public static Optional<Match> match(String text, int start, int end) {
        return scan(text, start, end).map(s -> s.toMatch(text, end));
    }

    /** The parts read so far. */
    private static final class Scan {
        final int first;
        final List<String> cities = new ArrayList<>();
        String region;
        String bracketRegion;
        String credit;
        Agency agency;
        DatelineDate date;
        String dash;
        int endOfDash;
        boolean capitals;
        int words;
        int regions;
        int regionStart;
        Optional<String> regionCountry = Optional.empty();

        /** The end of the block being read, to know when a dateline stands alone. */
        int blockEnd = -1;

        Scan(int first) {
            this.first = first;
        }

        /** Read as a place and a bare credit, with no dash and no date. */
        boolean bare;

        /** A credit or a date: more than a capitalised word and a dash. */
        boolean strong() {
            return date != null || credit != null && !bare;
        }

        Match toMatch(String text, int end) {
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
            Dateline d = new Dateline(text.substring(first, endOfDash), first, endOfDash,
                    cities, reg, country, Agencies.present(agency), Agencies.credit(credit),
                    Optional.ofNullable(date));
            return new Match(d, Texts.skipSpace(text, endOfDash, end));
        }
    }

    private static Optional<Scan> scan(String text, int start, int end) {
        int first = Texts.skipSpace(text, start, end);
        int lim = Math.min(end, first + WINDOW);
        int p = first;
        while (p < lim && text.charAt(p) == '*') {
            p++; // Reuters-21578 flags some datelines with asterisks
        }
        if (p >= lim) {
            return Optional.empty();
        }
        Scan s = new Scan(first);
        s.blockEnd = end;
        char c = text.charAt(p);
        if (c == '(') {
            return creditFirst(text, p, lim, s);
        }
        if (Character.isDigit(c) || mayStartMonth(c) && MONTHS.containsKey(word(text, p, lim))) {
            int after = date(text, p, lim, s);
            if (after > p) {
                return tail(text, after, lim, s);
            }
        }
        int after = places(text, p, lim, s);
        if (after < 0) {
            return Optional.empty();
        }
        return tail(text, after, lim, s);
    }

    /** {@code (ANSA) - NAPLES, SEP 14 -}, {@code (Bloomberg) --}, {@code (CNN) Text}. */
    private static Optional<Scan> creditFirst(String text, int p, int lim, Scan s) {
        // Only a known agency may open a dateline: "(CORRECTED) - " opens headlines.
        int after = credit(text, p, lim, s, false);
        if (after < 0) {
            return Optional.empty();
        }
        int q = skipBlanks(text, after, lim);
        int dashEnd = dash(text, q, lim, s, true);
        if (dashEnd > 0) {
            // Agency first, then perhaps a place and date closed by a second dash (ANSA).
            int r = skipBlanks(text, dashEnd, lim);
            Scan place = new Scan(s.first);
            place.blockEnd = s.blockEnd;
            int pe = r < lim ? places(text, r, lim, place) : -1;
            if (pe > 0) {
                Optional<Scan> full = tail(text, pe, lim, place);
                if (full.isPresent() && full.get().credit == null && full.get().dash != null
                        && full.get().date != null) {
                    place.credit = s.credit;
                    place.agency = s.agency;
                    return full;
                }
            }
            s.endOfDash = dashEnd;
            return Optional.of(s);
        }
        if (s.agency != null && q > after && q < lim && Character.isUpperCase(text.charAt(q))) {
            s.endOfDash = after; // a bare known credit: (CNN) Text
            return Optional.of(s);
        }
        return Optional.empty();
    }

    /** Reads what may follow the place or the date: region, date, credit, then the dash. */
    private static Optional<Scan> tail(String text, int p, int lim, Scan s) {
        for (int step = 0; step < 6 && p < lim; step++) {
            int q = skipBlanks(text, p, lim);
            if (q >= lim) {
                break;
            }
            char c = text.charAt(q);
            if (c == ',') {
                int r = skipBlanks(text, q + 1, lim);
                if (s.date == null && s.credit == null) {
                    int d = date(text, r, lim, s);
                    if (d > r) {
                        p = d;
                        continue;
                    }
                }
                if (s.credit == null && !s.cities.isEmpty()) {
                    int w = wordEnd(text, r, lim);
                    Optional<Agency> a = Agencies.of(text.substring(r, w));
                    if (w > r && a.isPresent() && isDashAhead(text, w, lim)) {
                        s.credit = text.substring(r, w); // MONTREAL, March 20, Reuter -
                        s.agency = a.get();
                        p = w;
                        continue;
                    }
                }
                if (s.date == null && s.credit == null && s.capitals && !s.cities.isEmpty()) {
                    int g = garbledDate(text, r, lim);
                    if (g > r) {
                        p = g; // a mistyped date (March 2O, Marhc 3) is kept in the text only
                        continue;
                    }
                }
                if (s.regions < 2 && s.date == null && s.credit == null && !s.cities.isEmpty()) {
                    int n = text.startsWith("the ", r) ? r + 4 : r; // GRONINGEN, the Netherlands
                    int e = name(text, n, lim, false);
                    e = e > n ? e : r;
                    if (e > r) {
                        // HAILEY, Idaho, Calif.: a second region extends the first as written.
                        s.region = s.region == null ? text.substring(r, e) : text.substring(s.regionStart, e);
                        if (s.regions == 0) {
                            s.regionStart = r;
                        }
                        s.regionCountry = Places.countryOfRegion(text.substring(r, e))
                                .or(() -> s.regionCountry);
                        s.regions++;
                        p = e;
                        continue;
                    }
                }
                p = q + 1; // a stray comma before the dash: CHICAGO, March 4, -
                continue;
            }
            if (c == '[' && s.bracketRegion == null && s.date == null && s.credit == null) {
                int close = -1;
                for (int i = q + 1; i < lim && i - q <= MAX_CREDIT; i++) {
                    if (text.charAt(i) == ']') {
                        close = i;
                        break;
                    }
                }
                if (close < 0) {
                    return Optional.empty();
                }
                String inside = text.substring(q + 1, close).trim();
                if (inside.isEmpty()) {
                    return Optional.empty();
                }
                s.bracketRegion = inside;
                p = close + 1;
                continue;
            }
            if ((c == '(' || c == '/') && s.credit == null) {
                int e = c == '(' ? credit(text, q, lim, s) : slashCredit(text, q, lim, s);
                if (e < 0 && c == '/' && s.date == null && s.cities.size() < MAX_PLACES) {
                    // SURABAYA, Indonesia/JAKARTA (Reuters) -: a further place after a region.
                    int r = skipBlanks(text, q + 1, lim);
                    int ne = name(text, r, lim, true);
                    if (ne > r) {
                        s.cities.add(text.substring(r, ne));
                        s.capitals &= isCapitals(text, r, ne);
                        p = ne;
                        continue;
                    }
                }
                if (e < 0) {
                    return Optional.empty();
                }
                p = e;
                continue;
            }
            if (c == '.' && s.date != null && s.credit == null && q + 1 < lim
                    && text.charAt(q + 1) != '-') {
                p = q + 1; // TASS: March 5. /TASS/.
                continue;
            }
            if (s.date == null && s.credit == null && q > p && !s.cities.isEmpty()
                    && (s.region != null || s.words <= 3)) {
                int d = date(text, q, lim, s); // RICHMOND, Va. Feb 26 -
                if (d > q) {
                    p = d;
                    continue;
                }
            }
            break;
        }
        int q = skipBlanks(text, p, lim);
        int dashEnd = dash(text, q, lim, s, s.credit != null || s.date != null);
        if (dashEnd < 0) {
            boolean placeLike = s.capitals || s.region != null || s.bracketRegion != null;
            if (s.agency != null && q > p && q < lim
                    && (s.date != null || placeLike && endsLine(text, p, q))) {
                // PTI and IANS: a known credit and no dash, the text following a space; or a
                // dateline that ends its line, the text following on the next one.
                s.endOfDash = p;
                return Optional.of(s);
            }
            if (s.agency != null && !s.cities.isEmpty() && q > p && q < lim
                    && startsSentence(text.charAt(q))) {
                // Aggregator copy that dropped the dash: NEW YORK (AP) The ... Not strong enough
                // to split blocks or reject a headline (CANADIAN PACIFIC (CP) CONFIRMS EARNINGS).
                s.bare = true;
                s.endOfDash = p;
                return Optional.of(s);
            }
            if (q >= lim && lim == s.blockEnd && (s.date != null || s.credit != null && placeLike)) {
                // A dateline standing alone on its line, without a dash: PARIS, Jan 5 (AFP)
                s.endOfDash = p;
                return Optional.of(s);
            }
            if (s.credit != null && "TASS".equalsIgnoreCase(s.credit) && q == p) {
                s.endOfDash = p;
                return Optional.of(s);
            }
            return Optional.empty();
        }
        if (s.credit == null && s.date == null && (!s.capitals || s.words > 4)) {
            // A title-case place, or a long run of capitals (a sentence in an all-capitals
            // feed), with neither credit nor date: not believed.
            return Optional.empty();
        }
        s.endOfDash = dashEnd;
        if (s.date == null && s.credit == null) {
            // KANSAS CITY, Mo. - March 13 -: the date after a first dash, closed by a second.
            int r = skipBlanks(text, dashEnd, lim);
            Scan probe = new Scan(s.first);
            int d = date(text, r, lim, probe);
            if (d > r) {
                int r2 = skipBlanks(text, d, lim);
                int e2 = dash(text, r2, lim, probe, true);
                if (e2 > 0) {
                    s.date = probe.date;
                    s.dash = probe.dash;
                    s.endOfDash = e2;
                }
            }
        }
        return Optional.of(s);
    }

    /**
     * Reads a dash at {@code q}. Returns the offset after it, or -1. A plain hyphen or an
     * underscore must be followed by white space or the end of the block; a colon and {@code .-}
     * are only believed after a credit or date ({@code afterCredit}).
     */
    private static int dash(String text, int q, int lim, Scan s, boolean afterCredit) {
        if (q >= lim) {
            return -1;
        }
        char c = text.charAt(q);
        int e;
        String d;
        if (c == '—' || c == '–' || c == '―') {
            e = q + 1;
            d = String.valueOf(c);
            if (e < lim && text.charAt(e) == c) {
                e++;
            }
        } else if (c == '-') {
            e = q + 1;
            while (e < lim && e - q < 3 && text.charAt(e) == '-') {
                e++;
            }
            d = e - q == 1 ? "-" : "--";
        } else if (c == '_') {
            e = q + 1;
            d = "_";
        } else if (c == ':' && afterCredit) {
            e = q + 1;
            d = ":";
        } else if (c == '.' && afterCredit && q + 1 < lim && text.charAt(q + 1) == '-') {
            e = q + 2;
            d = ".-";
        } else {
            return -1;
        }
        boolean spaced = e >= lim || Texts.isSpace(text.charAt(e));
        if (!spaced && (d.equals("_") || !afterCredit && (d.equals("-") || d.equals("--")))) {
            return -1;
        }
        if (!spaced && Character.isDigit(text.charAt(e))) {
            return -1; // a range such as Feb 26-27, not a dash
        }
        s.dash = d;
        return e;
    }

    /** Whether a character may open a paragraph's first sentence: a capital or a quote mark. */
    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || c == '"' || c == '“' || c == '`' || c == '\'' || c == '‘';
    }

    /** Whether a line break lies between {@code p} and {@code q}. */
    private static boolean endsLine(String text, int p, int q) {
        for (int i = p; i < q; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether a dash follows after blanks (used to accept a bare credit word). */
    private static boolean isDashAhead(String text, int p, int lim) {
        int q = skipBlanks(text, p, lim);
        if (q >= lim) {
            return false;
        }
        char c = text.charAt(q);
        return c == '-' || c == '—' || c == '–' || c == '_';
    }

    /** Reads {@code (CREDIT)}. Returns the offset after it, or -1. */
    private static int credit(String text, int q, int lim, Scan s) {
        return credit(text, q, lim, s, true);
    }

    private static int credit(String text, int q, int lim, Scan s, boolean unknownToo) {
        int close = -1;
        for (int i = q + 1; i < lim && i - q <= MAX_CREDIT + 1; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                close = i;
                break;
            }
            if (c == '(' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        if (close < 0) {
            return -1;
        }
        String inside = text.substring(q + 1, close).trim();
        if (inside.isEmpty() || !Character.isLetter(inside.charAt(0)) || !creditLike(inside)) {
            return -1;
        }
        Optional<Agency> a = Agencies.of(inside);
        if (a.isEmpty() && !unknownToo) {
            return -1;
        }
        if (a.isEmpty()) {
            // An unknown credit is only believed when a dash follows it: (KUNA) -
            Scan probe = new Scan(q);
            if (dash(text, skipBlanks(text, close + 1, lim), lim, probe, true) < 0) {
                return -1;
            }
        }
        s.credit = inside;
        s.agency = a.orElse(null);
        return close + 1;
    }

    /** A credit is one to four words of letters, digits and a little punctuation, not a sentence. */
    private static boolean creditLike(String inside) {
        int words = 1;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '.' && c != '&'
                    && c != '/' && c != '\'') {
                return false;
            }
        }
        return words <= 4 && Character.isUpperCase(inside.charAt(0))
                || Agencies.of(inside).isPresent();
    }

    /** Reads {@code /TASS/} and a period after it. Returns the offset after it, or -1. */
    private static int slashCredit(String text, int q, int lim, Scan s) {
        int i = q + 1;
        while (i < lim && i - q <= 20 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        if (i >= lim || i - q < 3 || text.charAt(i) != '/') {
            return -1;
        }
        String inside = text.substring(q + 1, i);
        Optional<Agency> a = Agencies.of(inside);
        if (a.isEmpty()) {
            // An unknown slashed credit is only believed when a dash follows: /PRNewswire/ --
            Scan probe = new Scan(q);
            if (dash(text, skipBlanks(text, i + 1, lim), lim, probe, true) < 0) {
                return -1;
            }
        }
        s.credit = inside;
        s.agency = a.orElse(null);
        int e = i + 1;
        if (e < lim && text.charAt(e) == '.') {
            e++;
            s.dash = ".";
        }
        return e;
    }

    /**
     * Reads one or several places ({@code LONDON/SINGAPORE}) into {@code s.cities}. Returns the
     * offset after the last, or -1.
     */
    private static int places(String text, int p, int lim, Scan s) {
        int e = name(text, p, lim, true);
        if (e <= p) {
            return -1;
        }
        s.capitals = isCapitals(text, p, e);
        s.words = wordCount(text, p, e);
        s.cities.add(text.substring(p, e));
        for (int k = 1; k < MAX_PLACES; k++) {
            int q = skipBlanks(text, e, lim);
            if (q >= lim || text.charAt(q) != '/') {
                break;
            }
            int r = skipBlanks(text, q + 1, lim);
            int e2 = name(text, r, lim, true);
            if (e2 <= r) {
                break;
            }
            s.capitals &= isCapitals(text, r, e2);
            s.cities.add(text.substring(r, e2));
            e = e2;
        }
        return e;
    }

    private static int wordCount(String text, int from, int to) {
        int n = 1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0') {
                n++;
            }
        }
        return n;
    }

    private static boolean isCapitals(String text, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Reads a place name: up to six words joined by single spaces, each capitalised or a particle
     * such as {@code de}. A word that starts a date, or a word no place name holds ({@code TO},
     * {@code SAYS}), ends the name. Returns the offset after the name, or {@code p}.
     */
    private static int name(String text, int p, int lim, boolean isPlace) {
        if (p >= lim || !Character.isUpperCase(text.charAt(p))) {
            return p;
        }
        int e = wordEnd(text, p, lim);
        if (e == p || e - p > MAX_WORD) {
            return p;
        }
        int end = e;
        for (int k = 1; k < MAX_WORDS; k++) {
            if (end >= lim || text.charAt(end) != ' ' && text.charAt(end) != '\u00A0') {
                break;
            }
            int w = end + 1;
            int we = wordEnd(text, w, lim);
            if (we == w || we - w > MAX_WORD) {
                break;
            }
            String word = text.substring(w, we);
            // lower case commutes with dropping the final period: one toLowerCase serves both
            String lower = word.toLowerCase(Locale.ROOT);
            if (MONTHS.containsKey(stripPeriod(lower))) {
                Scan probe = new Scan(w);
                if (date(text, w, lim, probe) > w) {
                    break;
                }
            }
            if (STOP_WORDS.contains(lower)) {
                break;
            }
            char f = word.charAt(0);
            boolean ok;
            if (Character.isUpperCase(f)) {
                ok = true; // GARDEN Grove: the case may change inside a name
            } else {
                ok = PARTICLES.contains(word);
            }
            if (!ok || Agencies.of(word).isPresent() && !isPlace) {
                break;
            }
            end = we;
        }
        // A name never ends on a particle.
        return end;
    }

    /** The end of a word of letters, marks, periods, apostrophes and inner hyphens. */
    private static int wordEnd(String text, int p, int lim) {
        int i = p;
        if (i >= lim || !Character.isLetter(text.charAt(i))) {
            return p;
        }
        while (i < lim) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '.' || c == '\'' || c == '’') {
                i++;
            } else if (c == '-' && i + 1 < lim && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The lower-cased word of letters at {@code p}, for the month table. */
    private static String word(String text, int p, int lim) {
        int i = p;
        while (i < lim && i - p < 12 && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(p, i).toLowerCase(Locale.ROOT);
    }

    private static String stripPeriod(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * Reads a date: {@code Feb 26}, {@code Feb. 9, 2024}, {@code MARCH  23}, {@code 21 mar},
     * {@code 2 March}. Sets {@code s.date} and returns the offset after it, or {@code p}.
     */
    private static int date(String text, int p, int lim, Scan s) {
        if (p >= lim) {
            return p;
        }
        int month;
        int day;
        int end;
        if (isIsoDate(text, p, lim)) {
            // RCV1-style LONDON 1996-08-20
            try {
                s.date = new DatelineDate(text.substring(p, p + 10),
                        MonthDay.of(Integer.parseInt(text.substring(p + 5, p + 7)),
                                Integer.parseInt(text.substring(p + 8, p + 10))),
                        Optional.of(Year.of(Integer.parseInt(text.substring(p, p + 4)))));
                return p + 10;
            } catch (DateTimeException e) {
                return p;
            }
        }
        if (Character.isDigit(text.charAt(p))) {
            int de = digits(text, p, lim, 2);
            if (de < 0) {
                return p;
            }
            day = Integer.parseInt(text.substring(p, de));
            int m = spaces(text, de, lim);
            if (m == de) {
                return p;
            }
            String w = word(text, m, lim);
            Integer mm = MONTHS.get(w);
            if (mm == null || w.isEmpty()) {
                return p;
            }
            month = mm;
            end = m + w.length();
            if (end < lim && text.charAt(end) == '.') {
                end++;
            }
        } else {
            String w = word(text, p, lim);
            Integer mm = MONTHS.get(w);
            if (mm == null || w.isEmpty()) {
                return p;
            }
            month = mm;
            int i = p + w.length();
            if (i < lim && text.charAt(i) == '.') {
                i++;
            }
            int d = spaces(text, i, lim);
            if (d == i) {
                return p;
            }
            int de = digits(text, d, lim, 2);
            if (de < 0) {
                return p;
            }
            day = Integer.parseInt(text.substring(d, de));
            end = de;
        }
        if (end < lim && (Character.isLetterOrDigit(text.charAt(end)))) {
            return p;
        }
        MonthDay md;
        try {
            md = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return p;
        }
        Optional<Year> year = Optional.empty();
        int y = end;
        if (y < lim && text.charAt(y) == ',') {
            y++;
        }
        y = spaces(text, y, lim);
        int ye = digits(text, y, lim, 4);
        if (ye - y == 4 && (ye >= lim || !Character.isLetterOrDigit(text.charAt(ye)))
                && (text.startsWith("19", y) || text.startsWith("20", y))) {
            year = Optional.of(Year.of(Integer.parseInt(text.substring(y, ye))));
            end = ye;
        }
        s.date = new DatelineDate(text.substring(p, end), md, year);
        return end;
    }

    /**
     * Reads a date-like token that is not a date, closed by a dash: a word of three to nine letters,
     * then a number of one to three digits possibly mistyped ({@code Narch 2}, {@code March 119},
     * {@code March 2O}). Returns the offset after it, or {@code p}.
     */
    private static int garbledDate(String text, int p, int lim) {
        int i = p;
        while (i < lim && i - p < 10 && Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (i - p < 3 || !Character.isUpperCase(text.charAt(p))) {
            return p;
        }
        if (i < lim && text.charAt(i) == '.') {
            i++;
        }
        int d = spaces(text, i, lim);
        if (d == i || d >= lim || !Character.isDigit(text.charAt(d))) {
            return p;
        }
        int e = d;
        while (e < lim && e - d < 4 && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        if (e < lim && Character.isLetterOrDigit(text.charAt(e))) {
            return p;
        }
        int q = skipBlanks(text, e, lim);
        return q < lim && text.charAt(q) == '-' ? e : p;
    }

    /** Whether {@code YYYY-MM-DD} (from 1900 on) stands at {@code p}, not followed by a digit. */
    private static boolean isIsoDate(String text, int p, int lim) {
        if (p + 10 > lim || p + 10 < lim && Character.isLetterOrDigit(text.charAt(p + 10))) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(p + i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return text.startsWith("19", p) || text.startsWith("20", p);
    }

    /** The end of a run of one to {@code max} digits at {@code p} not followed by a digit, or -1. */
    private static int digits(String text, int p, int lim, int max) {
        int i = p;
        while (i < lim && i - p < max && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == p || i < lim && Character.isDigit(text.charAt(i))) {
            return -1;
        }
        return i;
    }

    /** Skips up to three spaces (not line breaks) inside a date. */
    private static int spaces(String text, int p, int lim) {
        int i = p;
        while (i < lim && i - p < 3 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    /** Skips spaces and tabs, and a single line break, inside a dateline. */
    private static int skipBlanks(String text, int p, int lim) {
        int i = p;
        boolean broke = false;
        while (i < lim) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (broke && c == '\n' && text.charAt(i - 1) != '\r') {
                    break;
                }
                broke = true;
                i++;
            } else if (Texts.isSpace(c)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
