package io.github.wireparse;

import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * The date a dateline carries ({@code Feb 26}, {@code March 5.}, {@code 21 mar}). Most wire
 * datelines state a month and a day but no year, so the year is only present when the text writes
 * one.
 *
 * @param text     the date as written
 * @param monthDay the month and day
 * @param year     the year, only when the text states it
 */
public record DatelineDate(String text, MonthDay monthDay, Optional<Year> year) {

    /**
     * Checks the components.
     *
     * @param text the value of {@link #text()}
     * @param monthDay the value of {@link #monthDay()}
     * @param year the value of {@link #year()}
     * @throws NullPointerException if a component is null
     */
    public DatelineDate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(monthDay, "monthDay");
        Objects.requireNonNull(year, "year");
    }
}
