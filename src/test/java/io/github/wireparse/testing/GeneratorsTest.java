package io.github.wireparse.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test generators: their dictionaries read as libFuzzer reads them, and seeds repeat. */
class GeneratorsTest {

    @Test
    void readsDictionaryEntriesWithLibFuzzerEscapes() {
        assertThat(Generators.entry("\"said\"")).isEqualTo("said");
        assertThat(Generators.entry("em_dash=\" \\xE2\\x80\\x94 \"")).isEqualTo(" — ");
        assertThat(Generators.entry("q=\"a \\\"b\\\" \\\\c\"")).isEqualTo("a \"b\" \\c");
        assertThat(Generators.entry("\"\\x00\"")).isEqualTo("\u0000");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "said",
                "\"\"",
                "name=\"\"",
                "\"said",
                "\"\\u2014\"",
                "\"\\xE2\\x80\"",
                "\"caf\u00e9\"",
                "\"\\x4\""
            })
    void rejectsLinesLibFuzzerRejectsOrThatAreNotUtf8(String line) {
        assertThatThrownBy(() -> Generators.entry(line)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadsEveryWordListTheGeneratorsUse() {
        assertThat(Generators.WORDS).contains("council", "their").hasSize(48);
        assertThat(Generators.NAMES).contains("Maria Lopez").hasSize(8);
        assertThat(Generators.CITIES).contains("ST. LOUIS", "O'FALLON").hasSize(8);
        assertThat(Generators.DATELINE_SHAPES)
                .contains(" (AP) —", ", Ark. (AP) —", " (Reuters) -")
                .hasSize(7);
        assertThat(Generators.TEXT_NOISE).contains("\r\n", "\u00A0", "“", "(AP)", "\u0000", "\uD800", "\uDC00");
        assertThat(Generators.HTML_NOISE).contains("<p>", "<!--", "<meta name=\"author\" content=\"x\">");
    }

    @Test
    void sameSeedGivesTheSameStoryAndAnotherSeedAnother() {
        assertThat(Generators.story(Choices.seeded(7))).isEqualTo(Generators.story(Choices.seeded(7)));
        assertThat(Generators.story(Choices.seeded(7)).text())
                .isNotEqualTo(Generators.story(Choices.seeded(8)).text());
    }

    @Test
    void paragraphsOfTheShortestWordsStillFillMoreThanAWireFeedLine() {
        // The fewest sentences and words, each word "a": without more sentences such a paragraph
        // fits on one wire-feed line, and a wire feed none of whose lines wraps is one block.
        int last = Generators.WORDS.size() - 1;
        int a = Generators.WORDS.indexOf("a");
        Generators.GenParagraph p = Generators.paragraph((min, max) -> max == last ? a : min);
        assertThat(p.text()).contains("A a a a a a.").hasSizeGreaterThan(64);
    }
}
