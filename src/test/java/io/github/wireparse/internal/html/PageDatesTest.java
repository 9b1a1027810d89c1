package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.PageDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDatesTest {

    private static final PageDate.Origin V = PageDate.Origin.VISIBLE_TEXT;

    @Test
    void readsMonthNamesOfOtherLanguages() {
        assertThat(PageDates.find("Publié le 4 mai 2015 à 13h36", V).map(PageDate::date))
                .contains(LocalDate.of(2015, 5, 4));
        assertThat(PageDates.find("Aktualisiert: 4. März 2015", V).map(PageDate::date))
                .contains(LocalDate.of(2015, 3, 4));
        assertThat(PageDates.find("Publicado el 4 de mayo de 2015", V).map(PageDate::date))
                .contains(LocalDate.of(2015, 5, 4));
        assertThat(PageDates.find("12 dicembre 2008", V).map(PageDate::date)).contains(LocalDate.of(2008, 12, 12));
        assertThat(PageDates.find("3 Décembre 2008", V).map(PageDate::date)).contains(LocalDate.of(2008, 12, 3));
        assertThat(PageDates.parse("4 juni 2015", PageDate.Origin.META).map(PageDate::date))
                .contains(LocalDate.of(2015, 6, 4));
    }

    @Test
    void readsDigitsWithFullStopsAndCjkSignsInADateElement() {
        assertThat(PageDates.find("12.10.2015, 19:16 Uhr", V, Optional.empty()).map(PageDate::localDateTime))
                .contains(Optional.of(LocalDateTime.of(2015, 10, 12, 19, 16)));
        assertThat(PageDates.find("dpa am 25.01.2022", V, Optional.empty()).map(PageDate::date))
                .contains(LocalDate.of(2022, 1, 25));
        assertThat(PageDates.find("2016年10月14日07:17", V, Optional.empty()).map(PageDate::localDateTime))
                .contains(Optional.of(LocalDateTime.of(2016, 10, 14, 7, 17)));
        assertThat(PageDates.find("2008년 6월 3일", V, Optional.empty()).map(PageDate::date))
                .contains(LocalDate.of(2008, 6, 3));
        // Not a date: a version number, a day that does not exist.
        assertThat(PageDates.find("version 1.2.3", V, Optional.empty())).isEmpty();
        assertThat(PageDates.find("31.02.2015", V, Optional.empty())).isEmpty();
    }

    @Test
    void datesAMonthAndDayWithoutAYearByThePagesUrl() {
        Optional<LocalDate> url =
                PageDates.urlDate("http://www.example.com/world/storm-hits/2015/03/18/abc_story.html");
        assertThat(url).contains(LocalDate.of(2015, 3, 18));
        assertThat(PageDates.find("March 18 at 3:57 PM", V, url).map(PageDate::localDateTime))
                .contains(Optional.of(LocalDateTime.of(2015, 3, 18, 15, 57)));
        assertThat(PageDates.find("18 March, 15:57", V, url).map(PageDate::localDateTime))
                .contains(Optional.of(LocalDateTime.of(2015, 3, 18, 15, 57)));
        // Another day than the URL's: not read; no URL date: not read.
        assertThat(PageDates.find("March 19 at 3:57 PM", V, url)).isEmpty();
        assertThat(PageDates.find("March 18 at 3:57 PM", V, Optional.empty())).isEmpty();
    }

    @Test
    void readsDatesInUrlPaths() {
        assertThat(PageDates.urlDate("http://news.example.com/2008-06-03/senate-votes"))
                .contains(LocalDate.of(2008, 6, 3));
        assertThat(PageDates.urlDate("http://news.example.com/20080603/senate-votes.html"))
                .contains(LocalDate.of(2008, 6, 3));
        assertThat(PageDates.urlDate("http://news.example.com/2008/13/45/x")).isEmpty();
        assertThat(PageDates.urlDate("http://news.example.com/story/123456789")).isEmpty();
        assertThat(PageDates.urlDate("")).isEmpty();
    }

    @Test
    void readsTheDateOfTheDatelineOpeningTheStory() {
        assertThat(PageDates.opening("Feb. 23, 2015 -- Life-threatening allergies have grown common.", Optional.empty())
                        .map(PageDate::date))
                .contains(LocalDate.of(2015, 2, 23));
        assertThat(PageDates.opening("WASHINGTON, June 3, 2008 (AP) — The Senate voted.", Optional.empty())
                        .map(PageDate::date))
                .contains(LocalDate.of(2008, 6, 3));
        Optional<LocalDate> url = Optional.of(LocalDate.of(2008, 6, 3));
        assertThat(PageDates.opening("LONDON, June 3 (Reuters) - Shares fell.", url)
                        .map(PageDate::date))
                .contains(LocalDate.of(2008, 6, 3));
        assertThat(PageDates.opening("LONDON, June 3 (Reuters) - Shares fell.", Optional.empty()))
                .isEmpty();
        // A date inside a sentence, or after a long run of words, is no dateline's.
        assertThat(PageDates.opening(
                        "The council met on June 3, 2008 to discuss the budget and other matters - and agreed.",
                        Optional.empty()))
                .isEmpty();
        assertThat(PageDates.opening("No dash here, June 3, 2008.", Optional.empty()))
                .isEmpty();
    }
}
