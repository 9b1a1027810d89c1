package io.github.wireparse.internal;

/**
 * {@link io.github.wireparse.ParseOptions#maxInputChars()}: where an input longer than the limit is
 * cut, and the problem that says so.
 */
public final class InputLimit {

    private InputLimit() {}

    /**
     * {@return how many characters of {@code text} to parse: all of them when it is no longer than
     * {@code max}, else {@code max}, or one less when that would split a surrogate pair}
     *
     * @param text the input
     * @param max  the limit, not negative
     */
    public static int keep(CharSequence text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        if (max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) && Character.isLowSurrogate(text.charAt(max))) {
            return max - 1;
        }
        return max;
    }

    /**
     * {@return how many bytes of a page's {@code bytes} to parse: all of them when there are no more
     * than {@code max}, else {@code max} (so the decoded page has at most {@code max} characters),
     * moved back to the start of a UTF-8 sequence that the cut would split}
     *
     * @param bytes the page
     * @param max   the limit, not negative
     */
    public static int keep(byte[] bytes, int max) {
        if (bytes.length <= max) {
            return bytes.length;
        }
        int k = max;
        // a UTF-8 sequence is at most four bytes: at most three continuation bytes to step over
        while (k > 0 && k > max - 3 && (bytes[k] & 0xC0) == 0x80) {
            k--;
        }
        return (bytes[k] & 0xC0) == 0x80 ? max : k;
    }

    /**
     * {@return the problem saying that an input was cut}
     *
     * @param what   what was cut ("input", "page")
     * @param length its length
     * @param kept   how much of it was parsed
     * @param unit   the unit of both ("characters", "bytes")
     * @param max    the limit
     */
    public static String message(String what, long length, int kept, String unit, int max) {
        return what + " cut: it is " + length + " " + unit + " long and only the first " + kept
                + " were parsed (ParseOptions.maxInputChars is " + max + ")";
    }
}
