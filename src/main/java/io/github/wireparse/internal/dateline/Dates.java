package io.github.wireparse.internal.dateline;

import io.github.wireparse.DatelineDate;
import io.github.wireparse.internal.Months;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.Year;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the date of a dateline: {@code Feb 26}, {@code Feb. 9, 2024}, {@code MARCH  23},
 * {@code 21 mar}, {@code 2 March}, {@code 1996-08-20}, with the month names of
 * {@code io/github/wireparse/dateline/months.tsv} ({@link io.github.wireparse.internal.Months}); and recognises a mistyped one
 * ({@code March 2O}) so that it is not taken for a place.
 */
final class Dates {

    /** The month table's file, from the class path's root. */
    static final String MONTHS_RESOURCE = Months.RESOURCE;

    private static final Map<String, Integer> MONTHS = Months.numbers();
    /** The first letters of the month names, in lower case. */
    private static final String MONTH_INITIALS;

    static {
        StringBuilder initials = new StringBuilder();
        for (String spelling : MONTHS.keySet()) {
            if (initials.indexOf(spelling.substring(0, 1)) < 0) {
                initials.append(spelling.charAt(0));
            }
        }
        MONTH_INITIALS = initials.toString();
    }

    private Dates() {}

    /**
     * {@return false when no month name can start with {@code c}: an ASCII letter whose lower case
     * starts none (other characters are left to the table)}
     */
    static boolean mayStartMonth(char c) {
        if (c >= 0x80) {
            return true;
        }
        char l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return MONTH_INITIALS.indexOf(l) >= 0;
    }

    /** {@return whether a lower-case word is a month name} */
    static boolean isMonth(String lower) {
        return MONTHS.containsKey(lower);
    }

    /** {@return whether a month name stands at {@code p}} */
    static boolean monthAt(Cursor in, int p) {
        return mayStartMonth(in.at(p)) && MONTHS.containsKey(in.lowerLetters(p));
    }

    /**
     * {@return the end of a date read at {@code p}, or {@code p} when none stands there}
     *
     * @param in the cursor
     * @param p  where the date may start
     */
    static int end(Cursor in, int p) {
        return read(in, p).map(d -> p + d.text().length()).orElse(p);
    }

    /**
     * Reads a date at {@code p}. The date's {@link DatelineDate#text() text} is the characters it
     * was read from, so it ends at {@code p + text().length()}.
     *
     * @param in the cursor
     * @param p  where the date may start
     * @return the date, or empty
     */
    static Optional<DatelineDate> read(Cursor in, int p) {
        if (!in.has(p)) {
            return Optional.empty();
        }
        int month;
        int day;
        int end;
        if (isIsoDate(in, p)) {
            // RCV1-style LONDON 1996-08-20
            try {
                return Optional.of(new DatelineDate(
                        in.slice(p, p + 10),
                        MonthDay.of(
                                Integer.parseInt(in.slice(p + 5, p + 7)), Integer.parseInt(in.slice(p + 8, p + 10))),
                        Optional.of(Year.of(Integer.parseInt(in.slice(p, p + 4))))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        if (Character.isDigit(in.at(p))) {
            int de = in.digits(p, 2);
            if (de < 0) {
                return Optional.empty();
            }
            day = Integer.parseInt(in.slice(p, de));
            int m = in.spaces(de);
            if (m == de) {
                return Optional.empty();
            }
            String w = in.lowerLetters(m);
            Integer mm = MONTHS.get(w);
            if (mm == null || w.isEmpty()) {
                return Optional.empty();
            }
            month = mm;
            end = m + w.length();
            if (in.has(end) && in.at(end) == '.') {
                end++;
            }
        } else {
            String w = in.lowerLetters(p);
            Integer mm = MONTHS.get(w);
            if (mm == null || w.isEmpty()) {
                return Optional.empty();
            }
            month = mm;
            int i = p + w.length();
            if (in.has(i) && in.at(i) == '.') {
                i++;
            }
            int d = in.spaces(i);
            if (d == i) {
                return Optional.empty();
            }
            int de = in.digits(d, 2);
            if (de < 0) {
                return Optional.empty();
            }
            day = Integer.parseInt(in.slice(d, de));
            end = de;
        }
        if (in.has(end) && Character.isLetterOrDigit(in.at(end))) {
            return Optional.empty();
        }
        MonthDay md;
        try {
            md = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        Optional<Year> year = Optional.empty();
        int y = end;
        if (in.has(y) && in.at(y) == ',') {
            y++;
        }
        y = in.spaces(y);
        int ye = in.digits(y, 4);
        if (ye - y == 4
                && (!in.has(ye) || !Character.isLetterOrDigit(in.at(ye)))
                && (in.startsWith("19", y) || in.startsWith("20", y))) {
            year = Optional.of(Year.of(Integer.parseInt(in.slice(y, ye))));
            end = ye;
        }
        return Optional.of(new DatelineDate(in.slice(p, end), md, year));
    }

    /**
     * Reads a date-like token that is not a date, closed by a dash: a word of three to nine letters,
     * then a number of one to three digits possibly mistyped ({@code Narch 2}, {@code March 119},
     * {@code March 2O}). Returns the offset after it, or {@code p}.
     */
    static int garbled(Cursor in, int p) {
        int i = p;
        while (in.has(i) && i - p < 10 && Character.isLetter(in.at(i))) {
            i++;
        }
        if (i - p < 3 || !Character.isUpperCase(in.at(p))) {
            return p;
        }
        if (in.has(i) && in.at(i) == '.') {
            i++;
        }
        int d = in.spaces(i);
        if (d == i || !in.has(d) || !Character.isDigit(in.at(d))) {
            return p;
        }
        int e = d;
        while (in.has(e) && e - d < 4 && Character.isLetterOrDigit(in.at(e))) {
            e++;
        }
        if (in.has(e) && Character.isLetterOrDigit(in.at(e))) {
            return p;
        }
        int q = in.skipBlanks(e);
        return in.has(q) && in.at(q) == '-' ? e : p;
    }

    /** Whether {@code YYYY-MM-DD} (from 1900 on) stands at {@code p}, not followed by a digit. */
    private static boolean isIsoDate(Cursor in, int p) {
        int lim = in.limit;
        if (p + 10 > lim || p + 10 < lim && Character.isLetterOrDigit(in.at(p + 10))) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = in.at(p + i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return in.startsWith("19", p) || in.startsWith("20", p);
    }
}
