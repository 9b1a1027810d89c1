package io.github.wireparse;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wireparse.testing.Invariants;

/**
 * Jazzer fuzz target for the HTML entry point: the HTML-like-noise property of
 * {@link ParsePropertiesTest} on inputs a fuzzer searches for. In a normal build it replays the
 * committed corpus in {@code src/test/resources/io/github/wireparse/HtmlFuzzTestInputs/parseHtml/}
 * (regression mode); with {@code JAZZER_FUZZ=1} it fuzzes, mutating with the HTML and story-like
 * noise the generators use as dictionaries. Any exception, or a broken invariant, is a finding.
 */
class HtmlFuzzTest {

    private static final ArticleParser PARSER = Wireparse.parser();

    @FuzzTest(maxDuration = "15m")
    @DictionaryFile(resourcePath = "/io/github/wireparse/testing/html-noise.dict")
    @DictionaryFile(resourcePath = "/io/github/wireparse/testing/text-noise.dict")
    void parseHtml(byte[] input) {
        Invariants.check(PARSER.parseHtml(FuzzInputs.decode(input), ""));
    }
}
