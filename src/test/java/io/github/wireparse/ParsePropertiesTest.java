package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.testing.Choices;
import io.github.wireparse.testing.Generators;
import io.github.wireparse.testing.Generators.GenParagraph;
import io.github.wireparse.testing.Generators.Story;
import io.github.wireparse.testing.Invariants;
import io.github.wireparse.testing.Seeds;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests: stories generated from parts are parsed back into those parts, and any string at
 * all parses without an exception into an article that keeps every invariant.
 *
 * <p>Each case is generated from a seed ({@link Choices#seeded(long)}); the seeds are the same in
 * every build and each one is in its case's name. To rerun a failing case:
 * {@code mvn test -Dtest=ParsePropertiesTest -Dwireparse.seed=<seed>}; to search longer,
 * {@code -Dwireparse.tries=<n>} (see {@link Seeds}). The counts are kept modest so the build stays
 * quick; the Jazzer targets ({@code StoryFuzzTest}, {@code TextFuzzTest}, {@code HtmlFuzzTest})
 * check the same properties on inputs a fuzzer searches for.
 */
class ParsePropertiesTest {

    private static final ArticleParser PARSER = Wireparse.parser();

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("storySeeds")
    void recoversGeneratedStoryParts(long seed) {
        Story story = Generators.story(Choices.seeded(seed));
        Seeds.withInput(seed, story.text(), () -> checkRecoversParts(PARSER, story));
    }

    static LongStream storySeeds() {
        return Seeds.of(150);
    }

    /**
     * Checks that the parse of a generated story gives back its parts: headline, byline, dateline
     * city and agency, paragraph texts, boilerplate kinds in order, and only quotes that were
     * generated.
     */
    static void checkRecoversParts(ArticleParser parser, Story story) {
        Article a = parser.parse(story.text());
        Invariants.check(a);

        assertThat(a.headline()).map(Headline::text).as("headline").contains(story.headline());
        assertThat(a.byline().isPresent())
                .as("byline found")
                .isEqualTo(story.byline().isPresent());
        story.byline().ifPresent(b -> assertThat(a.byline()).map(Byline::text).contains(b));
        assertThat(a.dateline()).as("dateline").isPresent();
        assertThat(a.dateline().flatMap(Dateline::city))
                .as("dateline city")
                .contains(story.dateline().city());
        assertThat(a.dateline().flatMap(Dateline::agency))
                .as("dateline agency")
                .contains(story.dateline().agency());
        assertThat(a.paragraphs())
                .extracting(Paragraph::text)
                .as("paragraphs")
                .containsExactlyElementsOf(
                        story.paragraphs().stream().map(GenParagraph::text).toList());
        assertThat(a.boilerplate())
                .extracting(Boilerplate::kind)
                .as("boilerplate")
                .containsExactlyElementsOf(story.boilerplate());
        for (Quote q : a.quotes()) {
            // Whatever quote extraction finds must be words someone in the story was quoted saying.
            assertThat(story.paragraphs().stream().flatMap(p -> p.quote().stream()))
                    .as("quote «%s» was generated", q.text())
                    .anyMatch(g -> g.contains(q.text()));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Arbitrary input.

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("stringSeeds")
    void anyStringParsesKeepingInvariants(long seed) {
        String s = Generators.string(Choices.seeded(seed), 255);
        Seeds.withInput(seed, s, () -> Invariants.check(PARSER.parse(s)));
    }

    static LongStream stringSeeds() {
        return Seeds.of(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("noiseSeeds")
    void storyLikeNoiseParsesKeepingInvariants(long seed) {
        String s = Generators.storyNoise(Choices.seeded(seed));
        Seeds.withInput(seed, s, () -> {
            Article a = PARSER.parse(s);
            Invariants.check(a);
            assertThat(a.text()).isSameAs(s);
        });
    }

    static LongStream noiseSeeds() {
        return Seeds.of(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("htmlNoiseSeeds")
    void htmlLikeNoiseParsesKeepingInvariants(long seed) {
        String s = Generators.htmlNoise(Choices.seeded(seed));
        Seeds.withInput(seed, s, () -> Invariants.check(PARSER.parseHtml(s, "")));
    }

    static LongStream htmlNoiseSeeds() {
        return Seeds.of(150);
    }
}
