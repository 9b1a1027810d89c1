package io.github.wireparse.internal.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wireparse.Agency;
import io.github.wireparse.Dateline;
import io.github.wireparse.DatelineDate;
import java.time.Duration;
import java.time.MonthDay;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    private static Dateline parse(String text) {
        return DatelineParser.match(text, 0, text.length()).orElseThrow().dateline();
    }

    private static Optional<DatelineParser.Match> match(String text) {
        return DatelineParser.match(text, 0, text.length());
    }

    @Test
    void parsesDatelineWithState() {
        Dateline d = parse("EDEN PRAIRIE, Minn. (AP) — A retailer said Friday …");
        assertThat(d.text()).isEqualTo("EDEN PRAIRIE, Minn. (AP) —");
        assertThat(d.cities()).containsExactly("EDEN PRAIRIE");
        assertThat(d.region()).contains("Minn.");
        assertThat(d.countryCode()).contains("US");
        assertThat(d.agency()).contains(Agency.AP);
        assertThat(d.credit()).contains("AP");
        assertThat(d.date()).isEmpty();
    }

    @Test
    void sharesOneValueOfTheTablesPerKnownPlaceCodeAgencyAndCredit() {
        Dateline lisbon = parse("LISBON, Portugal (AP) — Text");
        Dateline porto = parse("PORTO, Portugal (AP) — Other text");
        assertThat(lisbon.region()).contains("Portugal").isSameAs(porto.region());
        assertThat(lisbon.countryCode()).contains("PT").isSameAs(porto.countryCode());
        assertThat(lisbon.agency()).contains(Agency.AP).isSameAs(porto.agency());
        assertThat(lisbon.credit()).contains("AP").isSameAs(porto.credit());

        Dateline london = parse("LONDON (Reuters) - Text");
        Dateline reading = parse("READING, England (Reuters) - Text");
        assertThat(london.countryCode()).contains("GB").isSameAs(reading.countryCode());
        assertThat(london.credit()).contains("Reuters").isSameAs(reading.credit());
    }

    @Test
    void keepsAPlaceOrCreditSpelledOutsideTheTablesAsWritten() {
        Dateline d = parse("SMALLVILLE, Freedonia (A.P.) — Text");
        assertThat(d.region()).contains("Freedonia");
        assertThat(d.countryCode()).isEmpty();
        assertThat(d.agency()).contains(Agency.AP);
        assertThat(d.credit()).contains("A.P.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CHARLESTON, W.Va. (AP) — Text | W.Va. | US",
                "BOISE, Idaho (AP) — Text | Idaho | US",
                "SEOUL, South Korea (AP) — Text | South Korea | KR",
                "HALIFAX, Nova Scotia (AP) — Text | Nova Scotia | CA",
                "MANCHESTER, England (AP) — Text | England | GB",
                "ABIDJAN, Ivory Coast (AP) — Text | Ivory Coast | CI",
                "GRONINGEN, the Netherlands, March 31 - Text | the Netherlands | NL",
            })
    void resolvesRegionToCountry(String text, String region, String country) {
        Dateline d = parse(text);
        assertThat(d.region()).contains(region);
        assertThat(d.countryCode()).contains(country);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "WASHINGTON (AP) — Text | US",
                "NEW YORK (AP) _ Text | US",
                "LONDON, March 3 (Reuters) - Text | GB",
                "Beijing (AFP) - Text | CN",
                "SINGAPORE, June 14 (Reuters) - Text | SG",
            })
    void resolvesStandaloneCityToCountry(String text, String country) {
        assertThat(parse(text).countryCode()).contains(country);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "REGINA — Text",
                "JERUSALEM (AP) — Text",
                "SAVANNAH, Georgia (Reuters) - Text",
                "LONDON/SINGAPORE, June 14 (Reuters) - Text"
            })
    void leavesCountryEmptyWhenItCannotBeKnown(String text) {
        assertThat(parse(text).countryCode()).isEmpty();
    }

    @Test
    void parsesAggregatorDatelineWithoutDash() {
        Dateline d = parse("NEW YORK (AP) The city's subway will run all night.");
        assertThat(d.text()).isEqualTo("NEW YORK (AP)");
        String headline = "CANADIAN PACIFIC (CP) CONFIRMS EARNINGS";
        assertThat(DatelineParser.startsWithDateline(headline, 0, headline.length()))
                .isFalse();
        assertThat(match("The Associated Press (AP) reported on Monday")).isEmpty();
    }

    @Test
    void parsesJointDatelineWithRegionInside() {
        Dateline d = parse("SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers said");
        assertThat(d.cities()).containsExactly("SURABAYA", "JAKARTA");
        assertThat(d.region()).contains("Indonesia");
    }

    @Test
    void parsesJointDateline() {
        Dateline d = parse("LONDON/SINGAPORE, June 14 (Reuters) - Oil rose");
        assertThat(d.cities()).containsExactly("LONDON", "SINGAPORE");
        assertThat(d.date().map(DatelineDate::monthDay)).contains(MonthDay.of(6, 14));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SALVADOR, Feb 26 - Showers | Feb 26 | 2 | 26",
                "HOUSTON, March 26 - Oil | March 26 | 3 | 26",
                "TOKYO, APRIL 7 - Japan | APRIL 7 | 4 | 7",
                "NAIROBI, Feb. 9 (AFP) - Police | Feb. 9 | 2 | 9",
                "AMSTERDAM, 2 March - Dutch | 2 March | 3 | 2",
                "Londres, 21 mar (EFE).- El | 21 mar | 3 | 21",
                "PARIS, 5 janv (AFP) - Le | 5 janv | 1 | 5",
                "Dar es Salaam, Aug 8 (Xinhua) -- The | Aug 8 | 8 | 8",
                "DETROIT, March 4 -General Motors | March 4 | 3 | 4",
            })
    void parsesDateAsWrittenWithoutYear(String text, String written, int month, int day) {
        DatelineDate date = parse(text).date().orElseThrow();
        assertThat(date.text()).isEqualTo(written);
        assertThat(date.monthDay()).isEqualTo(MonthDay.of(month, day));
        assertThat(date.year()).isEmpty();
    }

    @Test
    void parsesYearOnlyWhenStated() {
        DatelineDate date =
                parse("WASHINGTON, Feb. 9, 2024 (UPI) -- Text").date().orElseThrow();
        assertThat(date.text()).isEqualTo("Feb. 9, 2024");
        assertThat(date.year()).contains(Year.of(2024));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SEOUL, South Korea (AP) — Text | —",
                "TOKYO (Kyodo) – Text | –",
                "MAREA, Syria, Nov. 8 (UPI) -- Text | --",
                "OSLO, March 3 (Reuters) - Text | -",
                "NEW YORK (AP) _ Text | _",
                "New Delhi [India], Sept 20 (ANI): Text | :",
                "Seoul, Nov 29 (EFE).- Text | .-",
            })
    void acceptsEveryDashVariant(String text, String dash) {
        Optional<DatelineParser.Match> m = match(text);
        assertThat(m).isPresent();
        assertThat(m.get().dateline().text()).endsWith(dash);
        assertThat(text.substring(m.get().bodyStart())).isEqualTo("Text");
    }

    @Test
    void parsesAgencyFirstAnsaDateline() {
        Dateline d = parse("(ANSA) - NAPLES, SEP 14 - Police said");
        assertThat(d.text()).isEqualTo("(ANSA) - NAPLES, SEP 14 -");
        assertThat(d.cities()).containsExactly("NAPLES");
        assertThat(d.agency()).contains(Agency.ANSA);
        assertThat(d.date().map(DatelineDate::monthDay)).contains(MonthDay.of(9, 14));
    }

    @Test
    void takesNoPlaceAfterLeadingCreditWithoutDate() {
        Dateline d = parse("(Bloomberg) -- U.S. - China talks resumed");
        assertThat(d.text()).isEqualTo("(Bloomberg) --");
        assertThat(d.cities()).isEmpty();
    }

    @Test
    void parsesAniBracketedCountry() {
        Dateline d = parse("Chennai [India], March 7 (ANI): The state cabinet");
        assertThat(d.cities()).containsExactly("Chennai");
        assertThat(d.region()).contains("India");
        assertThat(d.countryCode()).contains("IN");
        assertThat(d.agency()).contains(Agency.ANI);
    }

    @Test
    void parsesTassSlashedCredit() {
        Optional<DatelineParser.Match> m = match("KAZAN, March 5. /TASS/. Officials said");
        Dateline d = m.orElseThrow().dateline();
        assertThat(d.text()).isEqualTo("KAZAN, March 5. /TASS/.");
        assertThat(d.agency()).contains(Agency.TASS);
        assertThat(d.date().map(DatelineDate::text)).contains("March 5");
        assertThat(m.get().bodyStart()).isEqualTo(24);
    }

    @Test
    void parsesCreditWithoutSpaceAfterDate() {
        Dateline d = parse("BEIJING, Jan. 1(Xinhua) -- China's railways");
        assertThat(d.agency()).contains(Agency.XINHUA);
        assertThat(d.date().map(DatelineDate::monthDay)).contains(MonthDay.of(1, 1));
    }

    @Test
    void parsesPtiDatelineWithoutDash() {
        Optional<DatelineParser.Match> m = match("Pune, Oct 2 (PTI) A fire broke out");
        assertThat(m.orElseThrow().dateline().text()).isEqualTo("Pune, Oct 2 (PTI)");
        assertThat(m.get().dateline().agency()).contains(Agency.PTI);
    }

    @Test
    void parsesBareReuterCreditAfterDate() {
        Dateline d = parse("MONTREAL, March 20, Reuter - The company");
        assertThat(d.agency()).contains(Agency.REUTERS);
        assertThat(d.credit()).contains("Reuter");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "(Bloomberg) -- Copper rose | BLOOMBERG",
                "(CNN) — A storm | CNN",
                "(CNN) A storm | CNN",
                "Jan. 5 (Bloomberg) -- Copper | BLOOMBERG",
                "(AP) -- The Senate | AP",
                "LONDON, Jan 5 (Reuters Breakingviews) - Banks | REUTERS",
                "Aug. 3 (UPI) -- Firefighters | UPI",
                "IZMIR (AA) - A fair | ANADOLU",
                "Hamburg (dpa) - The port | DPA",
            })
    void mapsCreditToAgency(String text, Agency agency) {
        assertThat(parse(text).agency()).contains(agency);
    }

    @Test
    void keepsUnknownSlashedCreditBeforeADash() {
        Dateline d = parse("NEW YORK, Jan. 5, 2015 /PRNewswire/ -- Acme said");
        assertThat(d.credit()).contains("PRNewswire");
        assertThat(d.agency()).isEmpty();
        assertThat(d.date().flatMap(DatelineDate::year)).contains(Year.of(2015));
    }

    @Test
    void keepsUnknownCreditAsWritten() {
        Dateline d = parse("KUWAIT CITY (KUNA) - The cabinet");
        assertThat(d.credit()).contains("KUNA");
        assertThat(d.agency()).isEmpty();
        assertThat(d.countryCode()).contains("KW");
    }

    @Test
    void parsesCreditlessCapitalDatelines() {
        assertThat(parse("REGINA — Saskatchewan's premier").cities()).containsExactly("REGINA");
        assertThat(parse("WASHINGTON _ A Senate panel").cities()).containsExactly("WASHINGTON");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PARIS, Jan 5 (AFP) | PARIS",
                "BANGKOK, Thailand (AP) | BANGKOK",
                "LONDON 1996-08-20 | LONDON",
            })
    void parsesDatelineStandingAloneWithoutDash(String text, String city) {
        Optional<DatelineParser.Match> m = match(text);
        assertThat(m.orElseThrow().dateline().cities()).containsExactly(city);
        assertThat(m.get().bodyStart()).isEqualTo(text.length());
    }

    @Test
    void ignoresWrappedLineEndingInTitleCaseNameAndCredit() {
        String line = "Canadian Pacific Railway (CP)";
        assertThat(DatelineParser.startsWithDateline(line, 0, line.length())).isFalse();
        assertThat(match(line + "\nsaid on Tuesday it would")).isEmpty();
    }

    @Test
    void parsesCreditClosingItsLineWithTheTextOnTheNext() {
        String text = "BANGKOK, Thailand (AP)\nMore than 150 former officers were freed.";
        Optional<DatelineParser.Match> m = match(text);
        assertThat(m.orElseThrow().dateline().text()).isEqualTo("BANGKOK, Thailand (AP)");
        assertThat(text.substring(m.get().bodyStart())).startsWith("More than");
    }

    @Test
    void parsesIsoDateWithYear() {
        DatelineDate d = parse("LONDON 1996-08-20").date().orElseThrow();
        assertThat(d.monthDay()).isEqualTo(MonthDay.of(8, 20));
        assertThat(d.year()).contains(Year.of(1996));
    }

    @Test
    void parsesDatelineOnItsOwnLine() {
        String text = "NEW YORK, March 2 -";
        Optional<DatelineParser.Match> m = match(text);
        assertThat(m.orElseThrow().bodyStart()).isEqualTo(text.length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "WASHINGTON state officials said Tuesday they will add a ferry route.",
                "WASHINGTON — is a word here but a sentence follows",
                "Officials - in a sentence - said",
                "The company said (Reuters) it would",
                "(CORRECTED) - BANK PLACES NOTES",
                "U.S. officials said on Tuesday",
            })
    void ignoresOrdinarySentences(String text) {
        if (text.startsWith("WASHINGTON —")) {
            // A word in capitals and a dash at the top of the first paragraph is a dateline...
            assertThat(match(text)).isPresent();
            // ...but never strong enough to split blocks or reject a headline.
            assertThat(DatelineParser.startsWithDateline(text, 0, text.length()))
                    .isFalse();
            return;
        }
        assertThat(match(text)).isEmpty();
    }

    @Test
    void ignoresWashingtonOpeningOrdinarySentence() {
        assertThat(match("WASHINGTON state officials said Tuesday")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GRAIN SHIPMENTS TO THE USSR -- USDA",
                "ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER",
                "COPPER PRICES RISE - TRADERS"
            })
    void doesNotTakeCapitalHeadlinesForDatelines(String headline) {
        assertThat(DatelineParser.startsWithDateline(headline, 0, headline.length()))
                .isFalse();
    }

    @Test
    void readsOnlyABoundedWindow() {
        String big = "A".repeat(5_000_000) + ", March 3 (Reuters) - Text";
        assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThat(match(big)).isEmpty());
        String words = "WORD ".repeat(1_000_000);
        assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThat(match(words)).isEmpty());
    }
}
