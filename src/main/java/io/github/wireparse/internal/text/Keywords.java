package io.github.wireparse.internal.text;

import io.github.wireparse.internal.Resources;
import java.util.ArrayList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A fixed set of words looked for in class names and ids, matched with {@link String#indexOf},
 * which is much cheaper than a regular expression of many alternatives tried at every position.
 * A word written {@code \bword} must start at a word boundary, {@code word\b} must end at one
 * (word characters are letters, digits and {@code _}, as in regular expressions).
 */
public final class Keywords {

    private final String[] words;
    private final boolean[] left;
    private final boolean[] right;
    /** The bits each word stands for (1 in a plain set). */
    private final int[] tags;
    /** All the bits of {@link #tags} together: {@link #bits} stops once it has found them all. */
    private final int allTags;
    /**
     * The words each pair of ASCII characters opens (a word of one character: every pair its
     * character starts): {@code pairWords[pairIndex[first * 128 + second] - 1]}, where an index of
     * 0 means none.
     */
    private final short[] pairIndex = new short[128 * 128];

    private final int[][] pairWords;
    /** Whether a word starts with a character outside ASCII (then the slow path is taken). */
    private final boolean nonAscii;

    private Keywords(String[] specs) {
        this(specs, null);
    }

    private Keywords(String[] specs, int @Nullable [] tagOf) {
        int n = specs.length;
        words = new String[n];
        left = new boolean[n];
        right = new boolean[n];
        tags = new int[n];
        int all = 0;
        for (int i = 0; i < n; i++) {
            tags[i] = tagOf == null ? 1 : tagOf[i];
            all |= tags[i];
        }
        allTags = all;
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
        boolean other = false;
        for (int i = 0; i < n; i++) {
            String w = words[i];
            if (w.isEmpty() || w.charAt(0) >= 128) {
                other = true;
            }
        }
        nonAscii = other;
        java.util.Map<Integer, java.util.List<Integer>> byPair = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            String w = words[i];
            if (w.isEmpty() || w.charAt(0) >= 128) {
                continue;
            }
            int c = w.charAt(0);
            if (w.length() == 1 || w.charAt(1) >= 128) {
                for (int d = 0; d < 128; d++) {
                    byPair.computeIfAbsent(c * 128 + d, x -> new ArrayList<>()).add(i);
                }
            } else {
                byPair.computeIfAbsent(c * 128 + w.charAt(1), x -> new ArrayList<>())
                        .add(i);
            }
        }
        pairWords = new int[byPair.size()][];
        int next = 0;
        for (java.util.Map.Entry<Integer, java.util.List<Integer>> e : byPair.entrySet()) {
            pairWords[next] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            pairIndex[e.getKey()] = (short) ++next;
        }
    }

    /**
     * {@return a keyword set}
     *
     * @param specs the words, each optionally marked with {@code \b} at either end
     */
    public static Keywords of(String... specs) {
        return new Keywords(specs);
    }

    /**
     * {@return a keyword set read from a knowledge file of one word per line, each optionally
     * marked with {@code \b} at either end, as for {@link #of}}
     *
     * @param resource the file's name under {@code io/github/wireparse/}, as for {@link
     *                 Resources#lines(String)}
     * @throws IllegalStateException when there is no such resource
     */
    public static Keywords load(String resource) {
        return new Keywords(Resources.lines(resource).toArray(new String[0]));
    }

    /**
     * {@return one set made of several, each standing for a bit, so that a string is searched
     * once for all of them}
     *
     * @param sets the sets
     * @param bits the bit each set stands for, in the same order
     */
    public static Keywords combined(Keywords[] sets, int[] bits) {
        java.util.List<String> specs = new java.util.ArrayList<>();
        java.util.List<Integer> tagOf = new java.util.ArrayList<>();
        for (int k = 0; k < sets.length; k++) {
            Keywords set = sets[k];
            for (int i = 0; i < set.words.length; i++) {
                specs.add((set.left[i] ? "\\b" : "") + set.words[i] + (set.right[i] ? "\\b" : ""));
                tagOf.add(bits[k]);
            }
        }
        return new Keywords(
                specs.toArray(new String[0]),
                tagOf.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * {@return whether a lower-case string holds one of the words}
     *
     * @param lower the string, already in lower case
     */
    public boolean in(String lower) {
        return bits(lower) != 0;
    }

    /**
     * {@return the bits of the words a lower-case string holds, or'ed together}
     *
     * @param lower the string, already in lower case
     */
    public int bits(String lower) {
        if (nonAscii) {
            return bitsByWord(lower);
        }
        int found = 0;
        // One pass over the string, trying only the words that start with the pair at hand:
        // some word occurs with its boundaries exactly when it does so at some position.
        int len = lower.length();
        for (int at = 0; at < len; at++) {
            char c = lower.charAt(at);
            if (c >= 128) {
                continue;
            }
            // A word of two or more characters needs the pair at hand to open it.
            int k = c * 128 + (at + 1 < len ? Math.min(lower.charAt(at + 1), 127) : 0);
            int index = pairIndex[k];
            if (index == 0) {
                continue;
            }
            for (int i : pairWords[index - 1]) {
                String w = words[i];
                if (lower.startsWith(w, at)) {
                    int end = at + w.length();
                    if ((found & tags[i]) == 0
                            && (!left[i] || at == 0 || !wordChar(lower.charAt(at - 1)))
                            && (!right[i] || end == len || !wordChar(lower.charAt(end)))) {
                        found |= tags[i];
                        if (found == allTags) {
                            return found;
                        }
                    }
                }
            }
        }
        return found;
    }

    private int bitsByWord(String lower) {
        int found = 0;
        for (int i = 0; i < words.length; i++) {
            if ((found & tags[i]) != 0) {
                continue;
            }
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
                    found |= tags[i];
                    break;
                }
                from = at + 1;
            }
        }
        return found;
    }

    private static boolean wordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c);
    }
}
