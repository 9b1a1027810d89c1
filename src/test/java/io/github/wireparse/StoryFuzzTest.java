package io.github.wireparse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wireparse.testing.Generators;
import io.github.wireparse.testing.Generators.Story;
import io.github.wireparse.testing.Seeds;

/**
 * Jazzer fuzz target for the generated-story property of {@link ParsePropertiesTest}: the fuzzer's
 * bytes make the generator's choices (which words, names, dateline shape, how many paragraphs,
 * which quote shapes and boilerplate, which layout), and the parse must give back the story's
 * parts. Where the seeded test tries fixed random stories, the fuzzer steers towards stories that
 * reach new code. No dictionary: the bytes are choices, not text.
 *
 * <p>In a normal build it replays the committed corpus in
 * {@code src/test/resources/io/github/wireparse/StoryFuzzTestInputs/recoversGeneratedStoryParts/};
 * with {@code JAZZER_FUZZ=1} it fuzzes (see BENCHMARKS.md). A part not given back, or a broken
 * invariant, is a finding.
 */
class StoryFuzzTest {

    private static final ArticleParser PARSER = Wireparse.parser();

    @FuzzTest(maxDuration = "15m")
    void recoversGeneratedStoryParts(FuzzedDataProvider data) {
        Story story = Generators.story(data::consumeInt);
        Seeds.withInput(story.text(), () -> ParsePropertiesTest.checkRecoversParts(PARSER, story));
    }
}
