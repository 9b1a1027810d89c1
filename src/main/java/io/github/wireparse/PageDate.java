package io.github.wireparse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A date an HTML page states for its article (when it was published or last modified), as far as
 * the page states it: always the calendar date, the time of day when given, and the offset from UTC
 * when given (a zone abbreviation such as {@code EST} is read as its offset). Nothing is assumed:
 * a date-time without an offset keeps no offset rather than being taken as UTC.
 *
 * @param date   the calendar date, as the page writes it (in the page's own offset, when it has one)
 * @param time   the time of day, when the page gives one
 * @param offset the offset from UTC, when the page gives a time with an offset or zone
 * @param origin where on the page the date was found
 * @param source the text the date was read from, as written (an attribute value or visible text)
 */
public record PageDate(
        LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset, Origin origin, String source) {

    /** Where on a page a date was found. */
    public enum Origin {
        /** JSON-LD data: {@code datePublished}, {@code dateModified}. */
        JSON_LD,
        /**
         * A meta tag: {@code article:published_time}, {@code og:updated_time}, Dublin Core and the
         * other names a page uses for its dates, or an {@code itemprop} date.
         */
        META,
        /**
         * The machine-readable value of a time element in the page: {@code <time datetime>}, or a
         * layout's time stamp element carrying the date in an attribute.
         */
        TIME_ELEMENT,
        /** The visible text of a time stamp or dateline element. */
        VISIBLE_TEXT
    }

    /**
     * Checks the components: an offset only comes with a time.
     *
     * @param date the value of {@link #date()}
     * @param time the value of {@link #time()}
     * @param offset the value of {@link #offset()}
     * @param origin the value of {@link #origin()}
     * @param source the value of {@link #source()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an offset is given without a time
     */
    public PageDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(source, "source");
        if (offset.isPresent() && time.isEmpty()) {
            throw new IllegalArgumentException("an offset needs a time: " + source);
        }
    }

    /**
     * {@return the date, time and offset as one value, when the page gave all three}
     */
    public Optional<OffsetDateTime> offsetDateTime() {
        return time.flatMap(t -> offset.map(o -> OffsetDateTime.of(date, t, o)));
    }

    /**
     * {@return the instant, when the page gave the time with an offset}
     */
    public Optional<Instant> instant() {
        return offsetDateTime().map(OffsetDateTime::toInstant);
    }

    /**
     * {@return the date and time of day without an offset, when the page gave a time}
     */
    public Optional<LocalDateTime> localDateTime() {
        return time.map(t -> LocalDateTime.of(date, t));
    }

    /**
     * {@return the calendar date alone, when that is all the page gave (no time of day)}
     */
    public Optional<LocalDate> localDate() {
        return time.isEmpty() ? Optional.of(date) : Optional.empty();
    }

    /**
     * {@return the date as ISO 8601 text, as precise as the page was}: {@code 2024-03-05},
     * {@code 2024-03-05T08:15:00} or {@code 2024-03-05T08:15:00+01:00} (seconds always written,
     * a fraction only when there is one)
     */
    public String isoText() {
        return offsetDateTime()
                .map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format)
                .or(() -> localDateTime().map(DateTimeFormatter.ISO_LOCAL_DATE_TIME::format))
                .orElseGet(date::toString);
    }
}
