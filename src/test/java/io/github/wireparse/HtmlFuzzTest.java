package io.github.wireparse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wireparse.testing.Invariants;

/**
 * Jazzer fuzz target for the HTML entry point. In a normal build it replays the committed corpus in
 * {@code src/test/resources/io/github/wireparse/HtmlFuzzTestInputs/parseHtml/} (regression mode);
 * with {@code JAZZER_FUZZ=1} it fuzzes. Any exception, or a broken invariant, is a finding.
 */
class HtmlFuzzTest {

    private static final WireParser PARSER = WireParser.create();

    @FuzzTest(maxDuration = "15m")
    void parseHtml(byte[] input) {
        Invariants.check(PARSER.parseHtml(FuzzInputs.decode(input), ""));
    }
}
