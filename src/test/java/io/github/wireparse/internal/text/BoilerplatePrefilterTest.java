package io.github.wireparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first-character tests that {@link BoilerplateRules} runs before its patterns are computed
 * from the patterns; these tests ask the patterns about every character, so that a test that
 * would turn away a block its pattern could match is caught.
 */
class BoilerplatePrefilterTest {

    /** {@return the characters a match of the pattern can start with that the test turns away} */
    private static List<String> missed(Pattern pattern, FirstChars first) {
        List<String> missed = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (FirstChars.mayStart(pattern, (char) c) && !first.may((char) c)) {
                missed.add(String.format(Locale.ROOT, "U+%04X", c));
            }
        }
        return missed;
    }

    @Test
    void everyPrefilterLetsThroughEveryCharacterItsPatternCanStartWith() {
        for (BoilerplateRules.Prefilter p : BoilerplateRules.prefilters()) {
            assertThat(missed(p.pattern(), p.first()))
                    .as(p.rule() + ": " + p.first())
                    .isEmpty();
        }
    }

    @Test
    void aPrefilterThatDisagreesWithItsPatternIsCaught() {
        FirstChars stale = FirstChars.of(Pattern.compile("(?:Share|Print)"));
        assertThat(missed(Pattern.compile("(?:Share|Print|Email)"), stale)).containsExactly("U+0045");
    }

    @Test
    void prefiltersAreTightForLiteralLists() {
        FirstChars first = FirstChars.of(Pattern.compile("(?:Share|Print|Email)"));
        assertThat(first.toString()).isEqualTo("EPS");
        assertThat(first.may('“')).isFalse();
        assertThat(FirstChars.of(Pattern.compile(".*\\)")).may('“')).isTrue();
    }

    @Test
    void sourceLinePrefilterKnowsEveryLabelInEitherCase() {
        BoilerplateRules.Prefilter source = BoilerplateRules.prefilters().stream()
                .filter(p -> p.rule().equals("source line"))
                .findFirst()
                .orElseThrow();
        for (String label : List.of("Source", "QUELLE", "Źródło", "källa", "Lähde")) {
            assertThat(source.first().may(label.charAt(0))).as(label).isTrue();
        }
        assertThat(source.first().may('T')).isFalse();
    }

    @Test
    void classifiesTheBlocksThePrefiltersStandBefore() {
        assertThat(BoilerplateRules.classify("Share", BoilerplateRules.Position.BODY))
                .hasValueSatisfying(k -> assertThat(k.name()).isEqualTo("PAGE_NAVIGATION"));
        assertThat(BoilerplateRules.classify("3 min read", BoilerplateRules.Position.BODY))
                .hasValueSatisfying(k -> assertThat(k.name()).isEqualTo("PAGE_NAVIGATION"));
        assertThat(BoilerplateRules.classify("Enditem", BoilerplateRules.Position.TRAILING))
                .hasValueSatisfying(k -> assertThat(k.name()).isEqualTo("END_MARK"));
        assertThat(BoilerplateRules.classify("jane.doe@yna.co.kr", BoilerplateRules.Position.TRAILING))
                .hasValueSatisfying(k -> assertThat(k.name()).isEqualTo("OTHER"));
        assertThat(BoilerplateRules.classify("Shares rose 3 percent.", BoilerplateRules.Position.BODY))
                .isEmpty();
    }
}
