package io.github.wireparse.internal.html;

import io.github.wireparse.PageDate;
import io.github.wireparse.internal.Months;
import io.github.wireparse.internal.Resources;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates news pages write, with {@code java.time}: ISO 8601 with or without offset,
 * seconds or fraction ({@code 2024-03-05T08:15:00.000Z}, {@code 2024-03-05 08:15},
 * {@code 2024-03-05T08:15:00+0100}, {@code 2024-03-05}), RFC 1123 ({@code Tue, 3 Jun 2008 11:05:30
 * GMT}), English day-month-year and month-day-year with an optional time, am/pm and zone
 * abbreviation ({@code June 3, 2008 11:05 a.m. EDT}), the same with French, German, Spanish,
 * Italian, Portuguese and Dutch month names (the month table {@code dateline/months.tsv}: {@code 4. Mai 2015},
 * {@code 4 de mayo de 2015}), and epoch seconds or milliseconds. In a date element's text also
 * {@code 12.10.2015}, {@code 2016年10月14日} and, dated by the page's URL, {@code March 18}. Zone
 * abbreviations come from {@code html/zone-abbreviations.tsv}; the meta names that state dates
 * from {@code html/date-meta-names.tsv}. A time without an offset or a known zone keeps no offset.
 */
final class PageDates {

    /** Meta names stating the published date, best first. */
    static final List<String> PUBLISHED_META;
    /** Meta names stating the modified date, best first. */
    static final List<String> MODIFIED_META;

    private static final Map<String, ZoneOffset> ZONES = new HashMap<>();

    static {
        List<String> published = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        for (String line : Resources.lines("html/date-meta-names.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].equals("name")) {
                continue;
            }
            (f[1].equals("modified") ? modified : published).add(f[0]);
        }
        PUBLISHED_META = List.copyOf(published);
        MODIFIED_META = List.copyOf(modified);
        for (String line : Resources.lines("html/zone-abbreviations.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].equals("abbreviation")) {
                continue;
            }
            ZONES.put(f[0].toUpperCase(Locale.ROOT), ZoneOffset.of(f[1]));
        }
    }

    /** Month numbers of the month names, every language ({@code dateline/months.tsv}). */
    private static final Map<String, Integer> MONTH_NUMBERS = Months.numbers();
    /** The month names as a regex alternation, longest first. */
    private static final String MONTH_WORDS = MONTH_NUMBERS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|"));

    private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    /** A time after a date, with am/pm and a zone: groups hour, minute, second, am/pm, zone. */
    private static final String TIME = "(?:\\s*(?:,|at|@|-|–|—|/|\\|)?\\s*(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?"
            + "\\s*([ap]\\.?\\s?m\\.?)?\\s*(Z|[A-Z]{2,5}\\b|(?:GMT|UTC)?[+-]\\d{1,2}(?::?\\d{2})?)?)?";

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})"
            + "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{0,9}))?)?)?"
            + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2})?)?|\\(?[A-Za-z]{1,5}\\)?)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    /** Day, month name, year; Spanish and Portuguese put {@code de} between them ({@code 4 de mayo de 2015}). */
    private static final Pattern DMY = Pattern.compile(
            "(?<![\\p{L}\\d])" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(" + MONTH_WORDS
                    + ")\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern MDY = Pattern.compile(
            "(?<![\\p{L}\\d])" + WEEKDAY + "(" + MONTH_WORDS
                    + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A month name and day without a year ({@code March 18 at 3:57 PM}): groups month, day, then {@link #TIME}'s. */
    private static final Pattern MD_NO_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + WEEKDAY + "(" + MONTH_WORDS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.])"
                    + "(?!,?\\s+\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A day and month name without a year ({@code 18 March, 15:57}): groups day, month, then {@link #TIME}'s. */
    private static final Pattern DM_NO_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(" + MONTH_WORDS
                    + ")(?![\\p{L}])\\.?(?!,?\\s+(?:de\\s+)?\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Day, month and year in digits with full stops, as Europe writes them ({@code 12.10.2015, 19:16 Uhr}). */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.]\\d)(?:,?\\s*(?:um\\s+|à\\s+)?(\\d{1,2})[:.h](\\d{2}))?");
    /** Year, month and day with the Chinese, Japanese or Korean signs ({@code 2016年10月14日07:17}). */
    private static final Pattern CJK = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]\\s*(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    /** A date in a URL's path: {@code /2008/06/03/}, {@code /2008-06-03/}, {@code /20080603/}. */
    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20|21)\\d{2})([/-]?)(\\d{2})\\2(\\d{2})(?=[/_.-]|$)");

    private static final Pattern BASIC_TIME =
            Pattern.compile("(?<=^\\d{4}-\\d{2}-\\d{2})T(\\d{2})(\\d{2})(\\d{2})?(?=[Zz+-]|$)");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final int MAX_LENGTH = 200;

    private PageDates() {}

    /**
     * Reads a value that is a date and nothing more (an attribute or a JSON-LD value).
     *
     * @param value  the text
     * @param origin where it was found
     * @return the date, or empty when the text is not one of the forms read
     */
    static Optional<PageDate> parse(String value, PageDate.Origin origin) {
        String v = value.trim();
        if (v.isEmpty() || v.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            Instant i = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            OffsetDateTime t = i.atOffset(ZoneOffset.UTC);
            return Optional.of(new PageDate(
                    t.toLocalDate(), Optional.of(t.toLocalTime()), Optional.of(ZoneOffset.UTC), origin, value));
        }
        // ISO basic time after an extended date: 2016-06-13T1603Z.
        Matcher basic = BASIC_TIME.matcher(v);
        if (basic.find()) {
            v = v.substring(0, basic.start()) + "T" + basic.group(1) + ":" + basic.group(2)
                    + (basic.group(3) == null ? "" : ":" + basic.group(3)) + v.substring(basic.end());
        }
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            Optional<PageDate> d = iso(m, origin, value);
            if (d.isPresent()) {
                return d;
            }
        }
        Optional<PageDate> t = textual(v, origin, value, true);
        if (t.isPresent()) {
            return t;
        }
        // An ISO date followed by what no form above reads (a time of 24:00, a lower-case t): the date.
        Matcher date = ISO_DATE.matcher(v);
        if (date.lookingAt()) {
            try {
                return Optional.of(new PageDate(
                        isoDate(date.group(1), date.group(2), date.group(3)),
                        Optional.empty(),
                        Optional.empty(),
                        origin,
                        value));
            } catch (DateTimeException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the first date written in visible text ({@code Posted June 3, 2008 at 11:05 am}).
     *
     * @param text   the text
     * @param origin where it was found
     * @return the date, or empty when the text holds none
     */
    static Optional<PageDate> find(String text, PageDate.Origin origin) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<PageDate> t = textual(text, origin, text, false);
        if (t.isPresent()) {
            return t;
        }
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            Optional<PageDate> d = iso(m, origin, text);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the first date written in visible text, as {@link #find(String, PageDate.Origin)}
     * does, and also the forms only a date element uses: digits with full stops ({@code
     * 12.10.2015, 19:16 Uhr}), the Chinese, Japanese and Korean year-month-day signs, and a month
     * and day without a year ({@code March 18 at 3:57 PM}) when the page's URL dates it to that
     * very day, whose year it takes.
     *
     * @param text    the text
     * @param origin  where it was found
     * @param urlDate the date the page's URL holds, if any
     * @return the date, or empty when the text holds none
     */
    static Optional<PageDate> find(String text, PageDate.Origin origin, Optional<LocalDate> urlDate) {
        Optional<PageDate> d = find(text, origin);
        if (d.isPresent() || text.length() > MAX_LENGTH) {
            return d;
        }
        for (Pattern p : new Pattern[] {DOTTED, CJK}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                boolean dayFirst = p == DOTTED;
                try {
                    LocalDate date = LocalDate.of(
                            year(m.group(dayFirst ? 3 : 1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(dayFirst ? 1 : 3)));
                    Optional<LocalTime> time = m.group(4) == null
                            ? Optional.empty()
                            : Optional.of(LocalTime.of(
                                    Integer.parseInt(m.group(4)),
                                    Integer.parseInt(m.group(5)),
                                    p == CJK && m.group(6) != null ? Integer.parseInt(m.group(6)) : 0));
                    return Optional.of(new PageDate(date, time, Optional.empty(), origin, text));
                } catch (DateTimeException | NumberFormatException e) {
                    // not a date: try the next form
                }
            }
        }
        if (urlDate.isEmpty()) {
            return Optional.empty();
        }
        LocalDate ref = urlDate.get();
        Matcher md = MD_NO_YEAR.matcher(text);
        Matcher dm = DM_NO_YEAR.matcher(text);
        boolean mdFound = md.find();
        boolean dmFound = dm.find();
        Matcher m;
        int day;
        int month;
        if (mdFound && (!dmFound || md.start() <= dm.start())) {
            m = md;
            month = 1;
            day = 2;
        } else if (dmFound) {
            m = dm;
            day = 1;
            month = 2;
        } else {
            return Optional.empty();
        }
        try {
            if (month(m.group(month)) != ref.getMonthValue() || Integer.parseInt(m.group(day)) != ref.getDayOfMonth()) {
                return Optional.empty();
            }
            return Optional.of(withTime(ref, m, 3, origin, text));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The dash that ends a dateline: {@code --}, an em or en dash, or a hyphen with spaces around. */
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s(?:--|—|–|-)\\s");
    /** Longest dateline read for its date, in characters and in words. */
    private static final int MAX_DATELINE = 60;

    private static final int MAX_DATELINE_WORDS = 8;

    /**
     * {@return the date the dateline opening a story's first paragraph writes ({@code Feb. 23,
     * 2015 -- Life-threatening ...}, {@code WASHINGTON, June 3, 2008 (AP) -- ...}; {@code
     * LONDON, June 3 (Reuters) - ...} when the URL dates the page to that day), as visible text}
     * The dateline is what comes before the first dash, when that is short: a few words.
     *
     * @param paragraph the story's first paragraph
     * @param urlDate   the date the page's URL holds, if any
     */
    static Optional<PageDate> opening(String paragraph, Optional<LocalDate> urlDate) {
        Matcher m = DATELINE_DASH.matcher(paragraph);
        if (!m.find() || m.start() > MAX_DATELINE) {
            return Optional.empty();
        }
        String head = paragraph.substring(0, m.start()).strip();
        if (head.isEmpty() || head.split("\\s+").length > MAX_DATELINE_WORDS) {
            return Optional.empty();
        }
        return find(head, PageDate.Origin.VISIBLE_TEXT, urlDate);
    }

    /**
     * {@return the date a URL's path holds ({@code /2008/06/03/}, {@code /2008-06-03/},
     * {@code /20080603/}), if any}
     *
     * @param url the URL
     */
    static Optional<LocalDate> urlDate(String url) {
        if (url.length() > 2000) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            try {
                return Optional.of(
                        LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            } catch (DateTimeException | NumberFormatException e) {
                // not a date: look further
            }
        }
        return Optional.empty();
    }

    /** {@return a date with the time {@link #TIME}'s groups from {@code first} on hold, if any} */
    private static PageDate withTime(LocalDate date, Matcher m, int first, PageDate.Origin origin, String source) {
        if (m.group(first) == null) {
            return new PageDate(date, Optional.empty(), Optional.empty(), origin, source);
        }
        int hour = Integer.parseInt(m.group(first));
        String ampm = m.group(first + 3);
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return new PageDate(date, Optional.empty(), Optional.empty(), origin, source);
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        LocalTime time = LocalTime.of(
                hour,
                Integer.parseInt(m.group(first + 1)),
                m.group(first + 2) == null ? 0 : Integer.parseInt(m.group(first + 2)));
        return new PageDate(date, Optional.of(time), offset(m.group(first + 4)), origin, source);
    }

    private static Optional<PageDate> iso(Matcher m, PageDate.Origin origin, String source) {
        try {
            LocalDate date = isoDate(m.group(1), m.group(2), m.group(3));
            if (m.group(4) == null) {
                return Optional.of(new PageDate(date, Optional.empty(), Optional.empty(), origin, source));
            }
            int nanos = 0;
            String fraction = m.group(7);
            if (fraction != null && !fraction.isEmpty()) {
                nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
            }
            LocalTime time = LocalTime.of(
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    nanos);
            return Optional.of(new PageDate(date, Optional.of(time), offset(m.group(8)), origin, source));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<PageDate> textual(String v, PageDate.Origin origin, String source, boolean whole) {
        Matcher dmy = DMY.matcher(v);
        Matcher mdy = MDY.matcher(v);
        boolean d = whole ? dmy.matches() : dmy.find();
        boolean md = whole ? mdy.matches() : mdy.find();
        Matcher m;
        int day;
        int month;
        if (d && (!md || dmy.start() <= mdy.start())) {
            m = dmy;
            day = 1;
            month = 2;
        } else if (md) {
            m = mdy;
            day = 2;
            month = 1;
        } else {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(year(m.group(3)), month(m.group(month)), Integer.parseInt(m.group(day)));
            if (m.group(4) == null) {
                return Optional.of(new PageDate(date, Optional.empty(), Optional.empty(), origin, source));
            }
            int hour = Integer.parseInt(m.group(4));
            String ampm = m.group(7);
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.of(new PageDate(date, Optional.empty(), Optional.empty(), origin, source));
                }
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            LocalTime time = LocalTime.of(
                    hour, Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return Optional.of(new PageDate(date, Optional.of(time), offset(m.group(8)), origin, source));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate isoDate(String y, String mo, String d) {
        // A placeholder year (0001-01-01, 9999-12-31) is no date: the next source is read instead.
        return LocalDate.of(year(y), Integer.parseInt(mo), Integer.parseInt(d));
    }

    /**
     * {@return whether a page's modified date comes before its published date, which no page means:
     * compared as instants when both give a time with an offset, else as calendar dates}
     *
     * @param modified  the modified date
     * @param published the published date
     */
    static boolean modifiedBeforePublished(PageDate modified, PageDate published) {
        Optional<java.time.Instant> m = modified.instant();
        Optional<java.time.Instant> p = published.instant();
        if (m.isPresent() && p.isPresent()) {
            return m.get().isBefore(p.get());
        }
        return modified.date().isBefore(published.date());
    }

    private static int year(String y) {
        int year = Integer.parseInt(y);
        if (year < 1900 || year > 2199) {
            throw new DateTimeException("year out of range: " + y);
        }
        return year;
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = MONTH_NUMBERS.get(w);
        if (n == null) {
            throw new DateTimeException("not a month: " + word);
        }
        return n;
    }

    /** {@return the offset a zone text stands for: {@code Z}, {@code +01:00}, {@code +0100}, {@code GMT+2}, {@code EST}} */
    private static Optional<ZoneOffset> offset(@Nullable String zone) {
        if (zone == null) {
            return Optional.empty();
        }
        String z = zone.replace("(", "").replace(")", "").toUpperCase(Locale.ROOT);
        if (z.startsWith("GMT") && z.length() > 3 || z.startsWith("UTC") && z.length() > 3) {
            z = z.substring(3);
        }
        ZoneOffset named = ZONES.get(z);
        if (named != null) {
            return Optional.of(named);
        }
        if (z.isEmpty() || z.charAt(0) != '+' && z.charAt(0) != '-') {
            return Optional.empty();
        }
        String digits = z.substring(1).replace(":", "");
        try {
            int hours;
            int minutes = 0;
            int seconds = 0;
            if (digits.length() <= 2) {
                hours = Integer.parseInt(digits);
            } else if (digits.length() == 4 || digits.length() == 6) {
                hours = Integer.parseInt(digits.substring(0, 2));
                minutes = Integer.parseInt(digits.substring(2, 4));
                seconds = digits.length() == 6 ? Integer.parseInt(digits.substring(4)) : 0;
            } else {
                return Optional.empty();
            }
            int sign = z.charAt(0) == '-' ? -1 : 1;
            return Optional.of(ZoneOffset.ofHoursMinutesSeconds(sign * hours, sign * minutes, sign * seconds));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
