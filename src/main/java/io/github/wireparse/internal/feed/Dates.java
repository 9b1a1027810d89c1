package io.github.wireparse.internal.feed;

import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date-times feeds write: ISO 8601 in its full and basic forms, ANPA trailers. */
final class Dates {

    /** ISO 8601 basic form as NITF writes it: {@code 20151210T191044Z}, {@code 20170102T222800+0000}. */
    private static final DateTimeFormatter BASIC = new DateTimeFormatterBuilder()
            .appendPattern("uuuuMMdd'T'HHmm")
            .optionalStart()
            .appendPattern("ss")
            .optionalEnd()
            .appendOffset("+HHMM", "Z")
            .toFormatter();
    /** ISO 8601 with an offset that may lack its colon: {@code 2017-10-11T10:41:00+0100}. */
    private static final DateTimeFormatter EXTENDED = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalEnd()
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();
    /** An ANPA trailer's date and time: {@code AP-WF-02-20-16 0337GMT}. */
    private static final Pattern ANPA = Pattern.compile("(\\d\\d)-(\\d\\d)-(\\d\\d) (\\d\\d)(\\d\\d) ?GMT");

    private Dates() {}

    /** {@return the instant an ISO 8601 date-time with an offset names, if it is one} */
    static Optional<Instant> iso(String s) {
        String t = s.strip();
        // Each form is tried only when it reads the whole value and finds an offset in it, so that
        // a value in another form costs no exception (they are slow to build).
        for (DateTimeFormatter f : new DateTimeFormatter[] {EXTENDED, BASIC}) {
            if (fitsWithOffset(f, t)) {
                try {
                    return Optional.of(OffsetDateTime.parse(t, f).toInstant());
                } catch (DateTimeParseException e) {
                    // an impossible date or time: try the next form
                }
            }
        }
        try {
            // No offset given: only ninjs and AP write UTC this way ("2018-05-28T16:40:08").
            if (t.length() >= 16 && t.charAt(10) == 'T') {
                return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeParseException e) {
            // not a date-time
        }
        return Optional.empty();
    }

    /** {@return whether a formatter reads the whole of {@code t}, an offset included} */
    private static boolean fitsWithOffset(DateTimeFormatter f, String t) {
        ParsePosition pos = new ParsePosition(0);
        TemporalAccessor parsed = f.parseUnresolved(t, pos);
        return parsed != null
                && pos.getErrorIndex() < 0
                && pos.getIndex() == t.length()
                && parsed.isSupported(ChronoField.OFFSET_SECONDS);
    }

    static Optional<Instant> anpaTrailer(String s) {
        Matcher m = ANPA.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int yy = Integer.parseInt(m.group(3));
            int year = yy >= 70 ? 1900 + yy : 2000 + yy; // ANPA writes two digits
            return Optional.of(LocalDateTime.of(
                            year,
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5)))
                    .toInstant(ZoneOffset.UTC));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
