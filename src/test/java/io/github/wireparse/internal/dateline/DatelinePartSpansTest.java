package io.github.wireparse.internal.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Dateline;
import io.github.wireparse.DatelineDate;
import io.github.wireparse.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each part of a dateline carries its own span in the text, which cuts out the part as written. */
class DatelinePartSpansTest {

    /** Text before the dateline, so that spans are offsets into the whole text, not the dateline. */
    private static final String BEFORE = "Headline\n\n";

    private static Dateline parse(String story) {
        String text = BEFORE + story;
        return DatelineParser.match(text, BEFORE.length(), text.length())
                .orElseThrow()
                .dateline();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SEOUL, South Korea (AP) — North Korea said",
                "LONDON/SINGAPORE, June 14 (Reuters) - Oil fell",
                "SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers said",
                "HAILEY, Idaho, Calif. (AP) — A judge said",
                "Chennai [ India ], March 7 (ANI): The state cabinet",
                "KAZAN, March 5. /TASS/. Officials said",
                "MONTREAL, March 20, Reuter - Shares rose",
                "(ANSA) - NAPLES, SEP 14 - Police said",
                "KANSAS CITY, Mo. - March 13 - Farmers said",
                "Aug. 3 (UPI) -- Officials said",
                "(Bloomberg) -- Stocks fell",
                "Pune, Oct 2 (PTI) A fire broke out",
                "GRONINGEN, the Netherlands (AP) — Gas output",
                "***SALVADOR, Feb 26 - Brazil said",
            })
    void eachPartsSpanCutsThePartFromTheText(String story) {
        String text = BEFORE + story;
        Dateline d = parse(story);

        assertThat(d.citySpans()).hasSameSizeAs(d.cities());
        for (int i = 0; i < d.cities().size(); i++) {
            assertThat(d.citySpans().get(i).of(text)).isEqualTo(d.cities().get(i));
        }
        assertThat(d.regionSpan().map(s -> s.of(text))).isEqualTo(d.region());
        assertThat(d.creditSpan().map(s -> s.of(text))).isEqualTo(d.credit());
        assertThat(d.dateSpan().map(s -> s.of(text))).isEqualTo(d.date().map(DatelineDate::text));
        List<Span> parts = new java.util.ArrayList<>(d.citySpans());
        d.regionSpan().ifPresent(parts::add);
        d.creditSpan().ifPresent(parts::add);
        d.dateSpan().ifPresent(parts::add);
        assertThat(parts)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.isWithin(d.span())).isTrue());
    }

    @Test
    void giveThePartsOfAFullDatelineInTextOrder() {
        Dateline d = parse("SPRINGFIELD, Ill., March 3, 2025 (AP) — The mayor said");
        int at = BEFORE.length();
        assertThat(d.citySpan()).contains(new Span(at, at + 11));
        assertThat(d.regionSpan()).contains(new Span(at + 13, at + 17));
        assertThat(d.dateSpan()).contains(new Span(at + 19, at + 32));
        assertThat(d.creditSpan()).contains(new Span(at + 34, at + 36));
    }

    @Test
    void pointsAtTheCityNotAtTheSameWordsInTheCreditBeforeIt() {
        // Anadolu is both the agency's name and a place: the credit that opens the dateline holds
        // the city's text too, and the city's span must be the second occurrence.
        String story = "(Anadolu) - Anadolu, Sep 14 - Police said";
        Dateline d = parse(story);
        int at = BEFORE.length();
        assertThat(d.cities()).containsExactly("Anadolu");
        assertThat(d.citySpan()).contains(new Span(at + 12, at + 19));
        assertThat(d.creditSpan()).contains(new Span(at + 1, at + 8));
    }

    @Test
    void trimsTheSpacesInsideABracketedRegion() {
        Dateline d = parse("Chennai [ India ], March 7 (ANI): The state cabinet");
        int at = BEFORE.length();
        assertThat(d.region()).contains("India");
        assertThat(d.regionSpan()).contains(new Span(at + 10, at + 15));
    }

    @Test
    void spansASecondRegionTogetherWithTheFirstAsTheRegionIsWritten() {
        Dateline d = parse("HAILEY, Idaho, Calif. (AP) — A judge said");
        int at = BEFORE.length();
        assertThat(d.region()).contains("Idaho, Calif.");
        assertThat(d.regionSpan()).contains(new Span(at + 8, at + 21));
    }
}
