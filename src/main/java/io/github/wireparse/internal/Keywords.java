package io.github.wireparse.internal;

import java.util.Locale;

/**
 * A fixed set of words looked for in class names and ids, matched with {@link String#indexOf},
 * which is much cheaper than a regular expression of many alternatives tried at every position.
 * A word written {@code \bword} must start at a word boundary, {@code word\b} must end at one
 * (word characters are letters, digits and {@code _}, as in regular expressions).
 */
final class Keywords {

    private final String[] words;
    private final boolean[] left;
    private final boolean[] right;

    private Keywords(String[] specs) {
        int n = specs.length;
        words = new String[n];
        left = new boolean[n];
        right = new boolean[n];
        for (int i = 0; i < n; i++) {
            String s = specs[i];
            if (s.startsWith("\\b")) {
                left[i] = true;
                s = s.substring(2);
            }
            if (s.endsWith("\\b")) {
                right[i] = true;
                s = s.substring(0, s.length() - 2);
            }
            words[i] = s.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * {@return a keyword set}
     *
     * @param specs the words, each optionally marked with {@code \b} at either end
     */
    static Keywords of(String... specs) {
        return new Keywords(specs);
    }

    /**
     * {@return whether a lower-case string holds one of the words}
     *
     * @param lower the string, already in lower case
     */
    boolean in(String lower) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int from = 0;
            while (true) {
                int at = lower.indexOf(w, from);
                if (at < 0) {
                    break;
                }
                int end = at + w.length();
                if ((!left[i] || at == 0 || !wordChar(lower.charAt(at - 1)))
                        && (!right[i] || end == lower.length() || !wordChar(lower.charAt(end)))) {
                    return true;
                }
                from = at + 1;
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c);
    }
}
