package io.github.wireparse.internal.dateline;

import io.github.wireparse.Agency;
import io.github.wireparse.Dateline;
import io.github.wireparse.DatelineDate;
import io.github.wireparse.Span;
import io.github.wireparse.internal.Resources;
import io.github.wireparse.internal.Texts;
import java.util.Locale;
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
 * <p>The scanner reads one bounded window at the start of a block ({@link Cursor}), left to right,
 * with no regular expression and no backtracking beyond a few characters: the work per block is
 * constant. It collects the {@link Parts} it reads; dates are read by {@link Dates}, places and
 * credits are looked up in {@link Places} and {@link Agencies}.
 */
public final class DatelineParser {

    /** How far into a paragraph a dateline may reach. */
    private static final int WINDOW = 240;

    private static final int MAX_WORD = 30;
    private static final int MAX_WORDS = 6;
    private static final int MAX_PLACES = 4;
    private static final int MAX_CREDIT = 40;

    /**
     * Lower-case words that may join the words of a place name ({@code Rio de Janeiro}), from
     * {@code io/github/wireparse/dateline/place-particles.txt}.
     */
    private static final Set<String> PARTICLES = Set.copyOf(Resources.lines("dateline/place-particles.txt"));

    /**
     * Words that never continue a place name, from
     * {@code io/github/wireparse/dateline/place-stop-words.txt}: a headline in capitals
     * ({@code GRAIN SHIPMENTS TO THE USSR -- USDA}) is told from a place by them.
     */
    private static final Set<String> STOP_WORDS = Set.copyOf(Resources.lines("dateline/place-stop-words.txt"));

    /** The window being read. */
    private final Cursor in;

    private DatelineParser(Cursor in) {
        this.in = in;
    }

    /**
     * A dateline found at the start of a block.
     *
     * @param dateline  the dateline
     * @param bodyStart where the paragraph's own words start, after the dateline's dash
     */
    public record Match(Dateline dateline, int bodyStart) {}

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
        Optional<Parts> s = at(text, start, end).scan();
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
        DatelineParser parser = at(text, start, end);
        return parser.scan().map(s -> s.toMatch(parser.in, end));
    }

    /** {@return a parser for the window at the start of a block, after its white space} */
    private static DatelineParser at(String text, int start, int end) {
        int first = Texts.skipSpace(text, start, end);
        return new DatelineParser(new Cursor(text, first, Math.min(end, first + WINDOW), end));
    }

    /** Reads a dateline from the window's start. */
    private Optional<Parts> scan() {
        int p = in.start;
        while (in.has(p) && in.at(p) == '*') {
            p++; // Reuters-21578 flags some datelines with asterisks
        }
        if (!in.has(p)) {
            return Optional.empty();
        }
        Parts s = new Parts();
        char c = in.at(p);
        if (c == '(') {
            in.pos = p;
            return creditFirst(s);
        }
        if (Character.isDigit(c) || Dates.monthAt(in, p)) {
            int after = date(p, s);
            if (after > p) {
                in.pos = after;
                return tail(s);
            }
        }
        int after = places(p, s);
        if (after < 0) {
            return Optional.empty();
        }
        in.pos = after;
        return tail(s);
    }

    /**
     * {@code (ANSA) - NAPLES, SEP 14 -}, {@code (Bloomberg) --}, {@code (CNN) Text}, read from
     * the cursor's position.
     */
    private Optional<Parts> creditFirst(Parts s) {
        // Only a known agency may open a dateline: "(CORRECTED) - " opens headlines.
        int after = credit(in.pos, s, false);
        if (after < 0) {
            return Optional.empty();
        }
        int q = in.skipBlanks(after);
        int dashEnd = dash(q, true);
        if (dashEnd > 0) {
            s.dashed = true;
            // Agency first, then perhaps a place and date closed by a second dash (ANSA).
            int r = in.skipBlanks(dashEnd);
            Parts place = new Parts();
            int pe = in.has(r) ? places(r, place) : -1;
            if (pe > 0) {
                in.pos = pe;
                Optional<Parts> full = tail(place);
                if (full.isPresent() && full.get().credit == null && full.get().dashed && full.get().date != null) {
                    place.creditOf(s);
                    return full;
                }
            }
            s.endOfDash = dashEnd;
            return Optional.of(s);
        }
        if (s.agency != null && q > after && in.has(q) && Character.isUpperCase(in.at(q))) {
            s.endOfDash = after; // a bare known credit: (CNN) Text
            return Optional.of(s);
        }
        return Optional.empty();
    }

    /**
     * Reads what may follow the place or the date, from the cursor's position: region, date,
     * credit, then the dash.
     */
    private Optional<Parts> tail(Parts s) {
        for (int step = 0; step < 6 && in.has(in.pos); step++) {
            int q = in.skipBlanks(in.pos);
            if (!in.has(q)) {
                break;
            }
            char c = in.at(q);
            if (c == ',') {
                if (afterComma(q + 1, s)) {
                    continue;
                }
                in.pos = q + 1; // a stray comma before the dash: CHICAGO, March 4, -
                continue;
            }
            if (c == '[' && s.bracketRegion == null && s.date == null && s.credit == null) {
                int close = -1;
                for (int i = q + 1; in.has(i) && i - q <= MAX_CREDIT; i++) {
                    if (in.at(i) == ']') {
                        close = i;
                        break;
                    }
                }
                if (close < 0) {
                    return Optional.empty();
                }
                String inside = in.slice(q + 1, close).trim();
                if (inside.isEmpty()) {
                    return Optional.empty();
                }
                int from = q + 1;
                while (in.at(from) <= ' ') {
                    from++; // as trim() drops them
                }
                s.bracketRegion = inside;
                s.bracketSpan = new Span(from, from + inside.length());
                in.pos = close + 1;
                continue;
            }
            if ((c == '(' || c == '/') && s.credit == null) {
                int e = c == '(' ? credit(q, s, true) : slashCredit(q, s);
                if (e < 0 && c == '/' && s.date == null && s.cities.size() < MAX_PLACES) {
                    // SURABAYA, Indonesia/JAKARTA (Reuters) -: a further place after a region.
                    int r = in.skipBlanks(q + 1);
                    int ne = name(r, true);
                    if (ne > r) {
                        s.city(in, r, ne);
                        s.capitals &= in.isCapitals(r, ne);
                        in.pos = ne;
                        continue;
                    }
                }
                if (e < 0) {
                    return Optional.empty();
                }
                in.pos = e;
                continue;
            }
            if (c == '.' && s.date != null && s.credit == null && in.has(q + 1) && in.at(q + 1) != '-') {
                in.pos = q + 1; // TASS: March 5. /TASS/.
                continue;
            }
            if (s.date == null
                    && s.credit == null
                    && q > in.pos
                    && !s.cities.isEmpty()
                    && (s.region != null || s.words <= 3)) {
                int d = date(q, s); // RICHMOND, Va. Feb 26 -
                if (d > q) {
                    in.pos = d;
                    continue;
                }
            }
            break;
        }
        return close(s);
    }

    /**
     * Reads what follows a comma that ends before {@code commaEnd}: a date, a bare credit, a
     * mistyped date or a region. Returns whether one was read; the cursor is then after it.
     */
    private boolean afterComma(int commaEnd, Parts s) {
        int r = in.skipBlanks(commaEnd);
        if (s.date == null && s.credit == null) {
            int d = date(r, s);
            if (d > r) {
                in.pos = d;
                return true;
            }
        }
        if (s.credit == null && !s.cities.isEmpty()) {
            int w = in.wordEnd(r);
            Optional<Agency> a = Agencies.of(in.slice(r, w));
            if (w > r && a.isPresent() && isDashAhead(w)) {
                s.credit(in, r, w, a.get()); // MONTREAL, March 20, Reuter -
                in.pos = w;
                return true;
            }
        }
        if (s.date == null && s.credit == null && s.capitals && !s.cities.isEmpty()) {
            int g = Dates.garbled(in, r);
            if (g > r) {
                in.pos = g; // a mistyped date (March 2O, Marhc 3) is kept in the text only
                return true;
            }
        }
        if (s.regions < 2 && s.date == null && s.credit == null && !s.cities.isEmpty()) {
            int n = in.startsWith("the ", r) ? r + 4 : r; // GRONINGEN, the Netherlands
            int e = name(n, false);
            e = e > n ? e : r;
            if (e > r) {
                // HAILEY, Idaho, Calif.: a second region extends the first as written.
                s.region = s.region == null ? in.slice(r, e) : in.slice(s.regionStart, e);
                if (s.regions == 0) {
                    s.regionStart = r;
                }
                s.regionEnd = e;
                s.regionCountry = Places.countryOfRegion(in.slice(r, e)).or(() -> s.regionCountry);
                s.regions++;
                in.pos = e;
                return true;
            }
        }
        return false;
    }

    /** Reads the dash that closes a dateline at the cursor's position, or decides it needs none. */
    private Optional<Parts> close(Parts s) {
        int p = in.pos;
        int q = in.skipBlanks(p);
        int dashEnd = dash(q, s.credit != null || s.date != null);
        if (dashEnd < 0) {
            boolean placeLike = s.capitals || s.region != null || s.bracketRegion != null;
            if (s.agency != null && q > p && in.has(q) && (s.date != null || placeLike && in.endsLine(p, q))) {
                // PTI and IANS: a known credit and no dash, the text following a space; or a
                // dateline that ends its line, the text following on the next one.
                s.endOfDash = p;
                return Optional.of(s);
            }
            if (s.agency != null && !s.cities.isEmpty() && q > p && in.has(q) && startsSentence(in.at(q))) {
                // Aggregator copy that dropped the dash: NEW YORK (AP) The ... Not strong enough
                // to split blocks or reject a headline (CANADIAN PACIFIC (CP) CONFIRMS EARNINGS).
                s.bare = true;
                s.endOfDash = p;
                return Optional.of(s);
            }
            if (!in.has(q) && in.limit == in.blockEnd && (s.date != null || s.credit != null && placeLike)) {
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
        s.dashed = true;
        if (s.credit == null && s.date == null && (!s.capitals || s.words > 4)) {
            // A title-case place, or a long run of capitals (a sentence in an all-capitals
            // feed), with neither credit nor date: not believed.
            return Optional.empty();
        }
        s.endOfDash = dashEnd;
        if (s.date == null && s.credit == null) {
            // KANSAS CITY, Mo. - March 13 -: the date after a first dash, closed by a second.
            int r = in.skipBlanks(dashEnd);
            Optional<DatelineDate> date = Dates.read(in, r);
            if (date.isPresent()) {
                int d = r + date.get().text().length();
                int e2 = dash(in.skipBlanks(d), true);
                if (e2 > 0) {
                    s.date(date.get(), r);
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
    private int dash(int q, boolean afterCredit) {
        if (!in.has(q)) {
            return -1;
        }
        char c = in.at(q);
        int e;
        boolean hyphens = false;
        if (c == '—' || c == '–' || c == '―') {
            e = q + 1;
            if (in.has(e) && in.at(e) == c) {
                e++;
            }
        } else if (c == '-') {
            e = q + 1;
            while (in.has(e) && e - q < 3 && in.at(e) == '-') {
                e++;
            }
            hyphens = true;
        } else if (c == '_') {
            e = q + 1;
        } else if (c == ':' && afterCredit) {
            e = q + 1;
        } else if (c == '.' && afterCredit && in.has(q + 1) && in.at(q + 1) == '-') {
            e = q + 2;
        } else {
            return -1;
        }
        boolean spaced = !in.has(e) || Texts.isSpace(in.at(e));
        if (!spaced && (c == '_' || !afterCredit && hyphens)) {
            return -1;
        }
        if (!spaced && Character.isDigit(in.at(e))) {
            return -1; // a range such as Feb 26-27, not a dash
        }
        return e;
    }

    /** Whether a character may open a paragraph's first sentence: a capital or a quote mark. */
    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || c == '"' || c == '“' || c == '`' || c == '\'' || c == '‘';
    }

    /** Whether a dash follows after blanks (used to accept a bare credit word). */
    private boolean isDashAhead(int p) {
        int q = in.skipBlanks(p);
        if (!in.has(q)) {
            return false;
        }
        char c = in.at(q);
        return c == '-' || c == '—' || c == '–' || c == '_';
    }

    /**
     * Reads {@code (CREDIT)} at {@code q}: a known agency, or with {@code unknownToo} any
     * credit-like words followed by a dash. Returns the offset after it, or -1.
     */
    private int credit(int q, Parts s, boolean unknownToo) {
        int close = -1;
        for (int i = q + 1; in.has(i) && i - q <= MAX_CREDIT + 1; i++) {
            char c = in.at(i);
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
        String inside = in.slice(q + 1, close).trim();
        if (inside.isEmpty() || !Character.isLetter(inside.charAt(0)) || !creditLike(inside)) {
            return -1;
        }
        Optional<Agency> a = Agencies.of(inside);
        if (a.isEmpty() && !unknownToo) {
            return -1;
        }
        if (a.isEmpty() && dash(in.skipBlanks(close + 1), true) < 0) {
            return -1; // an unknown credit is only believed when a dash follows it: (KUNA) -
        }
        s.credit(in, q + 1, close, a.orElse(null));
        return close + 1;
    }

    /** A credit is one to four words of letters, digits and a little punctuation, not a sentence. */
    private static boolean creditLike(String inside) {
        int words = 1;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '.' && c != '&' && c != '/' && c != '\'') {
                return false;
            }
        }
        return words <= 4 && Character.isUpperCase(inside.charAt(0))
                || Agencies.of(inside).isPresent();
    }

    /** Reads {@code /TASS/} and a period after it. Returns the offset after it, or -1. */
    private int slashCredit(int q, Parts s) {
        int i = q + 1;
        while (in.has(i) && i - q <= 20 && (Character.isLetter(in.at(i)) || in.at(i) == '-')) {
            i++;
        }
        if (!in.has(i) || i - q < 3 || in.at(i) != '/') {
            return -1;
        }
        String inside = in.slice(q + 1, i);
        Optional<Agency> a = Agencies.of(inside);
        if (a.isEmpty() && dash(in.skipBlanks(i + 1), true) < 0) {
            return -1; // an unknown slashed credit is only believed when a dash follows: /PRNewswire/ --
        }
        s.credit(in, q + 1, i, a.orElse(null));
        int e = i + 1;
        if (in.has(e) && in.at(e) == '.') {
            e++;
            s.dashed = true;
        }
        return e;
    }

    /**
     * Reads one or several places ({@code LONDON/SINGAPORE}) at {@code p} into {@code s.cities}.
     * Returns the offset after the last, or -1.
     */
    private int places(int p, Parts s) {
        int e = name(p, true);
        if (e <= p) {
            return -1;
        }
        s.capitals = in.isCapitals(p, e);
        s.words = in.wordCount(p, e);
        s.city(in, p, e);
        for (int k = 1; k < MAX_PLACES; k++) {
            int q = in.skipBlanks(e);
            if (!in.has(q) || in.at(q) != '/') {
                break;
            }
            int r = in.skipBlanks(q + 1);
            int e2 = name(r, true);
            if (e2 <= r) {
                break;
            }
            s.capitals &= in.isCapitals(r, e2);
            s.city(in, r, e2);
            e = e2;
        }
        return e;
    }

    /**
     * Reads a place name: up to six words joined by single spaces, each capitalised or a particle
     * such as {@code de}. A word that starts a date, or a word no place name holds ({@code TO},
     * {@code SAYS}), ends the name. Returns the offset after the name, or {@code p}.
     */
    private int name(int p, boolean isPlace) {
        if (!in.has(p) || !Character.isUpperCase(in.at(p))) {
            return p;
        }
        int e = in.wordEnd(p);
        if (e == p || e - p > MAX_WORD) {
            return p;
        }
        int end = e;
        for (int k = 1; k < MAX_WORDS; k++) {
            if (!in.has(end) || in.at(end) != ' ' && in.at(end) != '\u00A0') {
                break;
            }
            int w = end + 1;
            int we = in.wordEnd(w);
            if (we == w || we - w > MAX_WORD) {
                break;
            }
            String word = in.slice(w, we);
            // lower case commutes with dropping the final period: one toLowerCase serves both
            String lower = word.toLowerCase(Locale.ROOT);
            if (Dates.isMonth(stripPeriod(lower)) && Dates.end(in, w) > w) {
                break;
            }
            if (STOP_WORDS.contains(lower)) {
                break;
            }
            // GARDEN Grove: the case may change inside a name
            boolean ok = Character.isUpperCase(word.charAt(0)) || PARTICLES.contains(word);
            if (!ok || Agencies.of(word).isPresent() && !isPlace) {
                break;
            }
            end = we;
        }
        return end;
    }

    private static String stripPeriod(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** Reads a date at {@code p} into {@code s.date}. Returns the offset after it, or {@code p}. */
    private int date(int p, Parts s) {
        Optional<DatelineDate> d = Dates.read(in, p);
        if (d.isEmpty()) {
            return p;
        }
        s.date(d.get(), p);
        return p + d.get().text().length();
    }
}
