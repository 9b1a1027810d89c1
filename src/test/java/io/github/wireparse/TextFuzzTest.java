package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wireparse.testing.Invariants;

/**
 * Jazzer fuzz target for the plain-text entry point: the arbitrary-string and story-like-noise
 * properties of {@link ParsePropertiesTest} on inputs a fuzzer searches for. In a normal build it
 * replays the committed corpus in
 * {@code src/test/resources/io/github/wireparse/TextFuzzTestInputs/parseText/} (regression mode);
 * with {@code JAZZER_FUZZ=1} it fuzzes (see BENCHMARKS.md for the command), mutating with the word
 * lists the generators use (story-like noise, story words, names, dateline cities and shapes) as
 * dictionaries. Any exception, a broken invariant or an article not holding the input text is a
 * finding.
 */
class TextFuzzTest {

    private static final ArticleParser PARSER = Wireparse.parser();

    @FuzzTest(maxDuration = "15m")
    @DictionaryFile(resourcePath = "/io/github/wireparse/testing/text-noise.dict")
    @DictionaryFile(resourcePath = "/io/github/wireparse/testing/words.dict")
    @DictionaryFile(resourcePath = "/io/github/wireparse/testing/names.dict")
    @DictionaryFile(resourcePath = "/io/github/wireparse/testing/cities.dict")
    @DictionaryFile(resourcePath = "/io/github/wireparse/testing/dateline-shapes.dict")
    void parseText(byte[] input) {
        String text = FuzzInputs.decode(input);
        Article a = PARSER.parse(text);
        Invariants.check(a);
        assertThat(a.text()).isSameAs(text);
    }
}
