package io.github.wireparse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wireparse.testing.Invariants;

/**
 * Jazzer fuzz target for the plain-text entry point. In a normal build it replays the committed
 * corpus in {@code src/test/resources/io/github/wireparse/TextFuzzTestInputs/parseText/} (regression
 * mode); with {@code JAZZER_FUZZ=1} it fuzzes (see BENCHMARKS.md for the command). Any exception, or
 * a broken invariant, is a finding.
 */
class TextFuzzTest {

    private static final WireParser PARSER = WireParser.create();

    @FuzzTest(maxDuration = "15m")
    void parseText(byte[] input) {
        Invariants.check(PARSER.parse(FuzzInputs.decode(input)));
    }
}
