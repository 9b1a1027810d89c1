package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDateTest {

    private static final LocalDate DAY = LocalDate.of(2008, 6, 3);

    @Test
    void givesAsMuchAsThePageStated() {
        PageDate day = new PageDate(DAY, Optional.empty(), Optional.empty(), PageDate.Origin.META, "2008-06-03");
        assertThat(day.localDate()).contains(DAY);
        assertThat(day.localDateTime()).isEmpty();
        assertThat(day.offsetDateTime()).isEmpty();
        assertThat(day.instant()).isEmpty();
        assertThat(day.isoText()).isEqualTo("2008-06-03");

        PageDate local = new PageDate(
                DAY,
                Optional.of(LocalTime.of(11, 5)),
                Optional.empty(),
                PageDate.Origin.VISIBLE_TEXT,
                "June 3, 2008 11:05");
        assertThat(local.localDate()).isEmpty();
        assertThat(local.localDateTime()).contains(LocalDateTime.of(2008, 6, 3, 11, 5));
        assertThat(local.instant()).isEmpty();
        assertThat(local.isoText()).isEqualTo("2008-06-03T11:05:00");

        PageDate full = new PageDate(
                DAY,
                Optional.of(LocalTime.of(11, 5, 30, 250_000_000)),
                Optional.of(ZoneOffset.ofHours(-4)),
                PageDate.Origin.JSON_LD,
                "2008-06-03T11:05:30.25-04:00");
        assertThat(full.instant()).contains(Instant.parse("2008-06-03T15:05:30.250Z"));
        assertThat(full.isoText()).isEqualTo("2008-06-03T11:05:30.25-04:00");
        assertThat(full.origin()).isEqualTo(PageDate.Origin.JSON_LD);
    }

    @Test
    void refusesAnOffsetWithoutATimeAndNulls() {
        assertThatThrownBy(() ->
                        new PageDate(DAY, Optional.empty(), Optional.of(ZoneOffset.UTC), PageDate.Origin.META, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageDate(DAY, Optional.empty(), Optional.empty(), PageDate.Origin.META, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("source");
    }
}
