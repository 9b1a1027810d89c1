package io.github.wireparse;

import java.nio.charset.StandardCharsets;

/** Turns a fuzzer's bytes into the string under test. */
final class FuzzInputs {

    private FuzzInputs() {}

    /**
     * Decodes fuzz input: as UTF-16BE when it opens with the byte {@code 0xFE} (so lone surrogates
     * and any other UTF-16 unit can occur), else as UTF-8 with malformed bytes replaced.
     *
     * @param input the fuzzer's bytes
     * @return the string to parse
     */
    static String decode(byte[] input) {
        if (input.length > 0 && input[0] == (byte) 0xFE) {
            return new String(input, 1, input.length - 1, StandardCharsets.UTF_16BE);
        }
        return new String(input, StandardCharsets.UTF_8);
    }
}
