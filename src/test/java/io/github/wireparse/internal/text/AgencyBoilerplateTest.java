package io.github.wireparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.internal.dateline.Places;
import io.github.wireparse.internal.text.BoilerplateRules.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyBoilerplateTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reuter",
                "REUTER",
                "REUTER...",
                "Reuter \u0003",
                "Enditem",
                "Fin",
                "-0-",
                "-30-",
                "(END)",
                "MORE",
                "==Kyodo",
                "--IANS",
                "sct/lth",
                "bur-jm/dc",
                "PTI ABC XYZ",
                "This report by The Canadian Press was first published March 3, 2024."
            })
    void classifiesEndMarksInTheTrailer(String block) {
        assertThat(BoilerplateRules.classify(block, Position.TRAILING)).contains(BoilerplateKind.END_MARK);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "((jane.doe@example.com; +44 20 1234 5678))",
                "Keywords: MARKETS OIL/",
                "Our Standards: The Thomson Reuters Trust Principles.",
                "Companies in this story: (TSX:ABC)",
                "To contact the reporter on this story: Jane Doe in London at jdoe@example.net",
                "kdh@example.kr"
            })
    void classifiesAgencyTrailerLines(String block) {
        assertThat(BoilerplateRules.classify(block, Position.TRAILING)).contains(BoilerplateKind.OTHER);
    }

    @Test
    void doesNotTakeEndMarksForBoilerplateInTheBody() {
        assertThat(BoilerplateRules.classify("Reuter", Position.BODY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(Adds analyst comment, updates prices in paragraph 4)",
                "(Updates with closing prices)",
                "(ATTN: ADDS details in paras 3-4)",
                "(LEAD)"
            })
    void classifiesAdvisoriesAtTheTop(String block) {
        assertThat(BoilerplateRules.classify(block, Position.LEADING)).contains(BoilerplateKind.ADVISORY);
        assertThat(BoilerplateRules.classify(block, Position.BODY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "(LEAD) S. Korea's exports rise | 6",
                "(2nd LD) N. Korea fires missile | 8",
                "(URGENT) Quake hits | 8",
                "(CORRECTED) - BANK PLACES NOTES | 0",
                "Exports rise (LEAD) | 0",
            })
    void findsYonhapHeadlineTag(String headline, int end) {
        assertThat(BoilerplateRules.headlineTagEnd(headline, 0, headline.length()))
                .isEqualTo(end);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The bank said so.\\n Reuter\\n\u0003 | 19",
                "SAO SIMAO NIL. REUTER | 15",
                "The ministry said. Enditem | 19",
                "prices eased. (Reporting by Jane Doe; Editing by Sam Roe) | 14",
                "prices eased.\\nReporting by Jane Doe; Editing by Sam Roe | 14",
                "The plan was praised by the staff of Reuters | -1",
                "The figure was 12.3 pct. | -1",
            })
    void findsTrailingItemAtTheEndOfTheLastBlock(String block, int start) {
        String text = block.replace("\\n", "\n");
        assertThat(BoilerplateRules.trailingItemStart(text, 0, text.length())).isEqualTo(start);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "N.Y. | US",
                "W.Va. | US",
                "Texas | US",
                "CALIF. | US",
                "Que. | CA",
                "South Korea | KR",
                "Britain | GB",
                "West Germany | DE",
                "Congo | CD",
                "Burma | MM"
            })
    void resolvesRegionsToCountryCodes(String region, String code) {
        assertThat(Places.countryOfRegion(region)).contains(code);
    }

    @Test
    void leavesAmbiguousGeorgiaWithoutCountry() {
        assertThat(Places.countryOfRegion("Georgia")).isEmpty();
    }
}
