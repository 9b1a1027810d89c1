package io.github.wireparse.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of a regular expression can start with, computed from the expression
 * itself: a cheap test to run before the expression, which can only say no where the expression
 * would say no. {@code java.util.regex} is asked for each character whether a one-character input
 * matches or could match with more input ({@link Matcher#hitEnd}).
 *
 * <p>Every character up to {@code U+00FF} is asked. Beyond that, the characters the expression
 * names are asked, and one of each kind a character class may hold (letters of several scripts,
 * quotation marks, dashes, spaces, symbols, a surrogate); when any of them may start a match,
 * every character beyond {@code U+00FF} may. The tests check the result against every
 * character.
 */
final class FirstChars {

    /** Characters beyond Latin-1 asked on behalf of the classes that may hold them. */
    private static final String PROBES = "ĀāĳŒαΩЯяאعअ漢가ｱ\u2010\u2013\u2014\u2015\u2018\u2019"
            + "\u201C\u201D\u2026\u2022\u2003\u2028\u2029\u3000€™\u0300\uD835\uDC00\uFFFD";

    private final boolean[] latin1 = new boolean[256];
    private final boolean beyond;

    private FirstChars(Pattern pattern) {
        for (char c = 0; c < 256; c++) {
            latin1[c] = mayStart(pattern, c);
        }
        boolean any = false;
        String named = pattern.pattern();
        for (int i = 0; i < named.length() + PROBES.length() && !any; i++) {
            char c = i < named.length() ? named.charAt(i) : PROBES.charAt(i - named.length());
            any = c >= 256 && mayStart(pattern, c);
        }
        beyond = any;
    }

    /**
     * {@return the characters a match of {@code pattern} can start with}
     *
     * @param pattern the expression, as {@link Matcher#matches} or {@link Matcher#lookingAt} use it
     */
    static FirstChars of(Pattern pattern) {
        return new FirstChars(pattern);
    }

    /**
     * {@return whether a match of {@code pattern} may start with {@code c}: a one-character input
     * matches, or the matcher reached its end and more input could make it match}
     *
     * @param pattern the expression
     * @param c       the character
     */
    static boolean mayStart(Pattern pattern, char c) {
        Matcher m = pattern.matcher(String.valueOf(c));
        return m.matches() || m.hitEnd();
    }

    /**
     * {@return false when no match can start with {@code c}}
     *
     * @param c the first character of the input
     */
    boolean may(char c) {
        return c < 256 ? latin1[c] : beyond;
    }

    /** {@return the Latin-1 characters a match may start with, and whether any beyond may} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (char c = 0; c < 256; c++) {
            if (latin1[c]) {
                sb.append(c);
            }
        }
        return sb + (beyond ? " and beyond U+00FF" : "");
    }
}
