package io.github.wireparse.testing;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeds for the parameterised property tests: the same ones in every build, so a failure names a
 * seed that brings back its input ({@link Choices#seeded(long)}).
 *
 * <p>Two system properties change them (Maven passes {@code -D} options on to the tests):
 * {@code -Dwireparse.seed=N} runs only seed N, to reproduce a failure; {@code -Dwireparse.tries=N}
 * runs N seeds per property instead of the test's number (the first ones stay the same), to search
 * longer.
 */
public final class Seeds {

    /** The system property that runs one seed only. */
    public static final String SEED_PROPERTY = "wireparse.seed";
    /** The system property that sets the number of seeds per property. */
    public static final String TRIES_PROPERTY = "wireparse.tries";

    /** Where the seed sequence starts; changing it changes every generated case. */
    private static final long FIRST = 0x5EED_2026_1205L;

    private Seeds() {}

    /**
     * {@return the seeds for one property}
     *
     * @param tries how many seeds the property runs in a normal build
     */
    public static LongStream of(int tries) {
        String one = System.getProperty(SEED_PROPERTY, "").strip();
        if (!one.isEmpty()) {
            return LongStream.of(Long.parseLong(one));
        }
        return new SplittableRandom(FIRST).longs(Integer.getInteger(TRIES_PROPERTY, tries));
    }

    /**
     * Runs a check and, when it fails, names the seed and the input in the failure (Maven's report
     * numbers a parameterised case rather than showing its name).
     *
     * @param seed the seed the input was generated from
     * @param input the generated input
     * @param check the check
     */
    public static void withInput(long seed, String input, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(
                    "seed " + seed + " (rerun with -D" + SEED_PROPERTY + "=" + seed + "), input " + javaLiteral(input)
                            + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Runs a check and, when it fails, names the input in the failure (for a fuzz target, whose
     * input file is the reproducer).
     *
     * @param input the generated input
     * @param check the check
     */
    public static void withInput(String input, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("input " + javaLiteral(input) + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@return the text as a Java string literal, every character outside printable ASCII escaped}
     *
     * @param s the text
     */
    static String javaLiteral(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch >= 0x20 && ch < 0x7F) {
                        sb.append(ch);
                    } else {
                        sb.append(String.format("\\u%04X", (int) ch));
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
