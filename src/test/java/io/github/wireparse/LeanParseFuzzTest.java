package io.github.wireparse;

import static io.github.wireparse.testing.Articles.withoutMarkupProblems;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;

/**
 * Jazzer fuzz target for the lean parse of HTML: {@code parseHtml(String)} has jsoup parse a copy
 * of the page without the markup extraction never reads, and must give the article that a full
 * jsoup parse of the page gives ({@code parseHtml(Document)}), its markup problems aside. In a
 * normal build it replays the committed corpus in
 * {@code src/test/resources/io/github/wireparse/LeanParseFuzzTestInputs/leanParseMatchesFullParse/};
 * with {@code JAZZER_FUZZ=1} it fuzzes (see BENCHMARKS.md). A difference is a finding.
 */
class LeanParseFuzzTest {

    /**
     * No cap on problems: with the default cap, a page with many problems records one fewer of
     * the others when the lean parse also reports its markup errors.
     */
    private static final WireParser PARSER =
            WireParser.create(ParseOptions.DEFAULTS.withMaxProblems(Integer.MAX_VALUE));

    @FuzzTest(maxDuration = "15m")
    void leanParseMatchesFullParse(byte[] input) {
        String html = FuzzInputs.decode(input);
        Article lean = PARSER.parseHtml(html, "");
        Article full = PARSER.parseHtml(Jsoup.parse(html, ""));
        assertThat(withoutMarkupProblems(lean)).isEqualTo(full);
    }
}
