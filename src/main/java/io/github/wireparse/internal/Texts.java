package io.github.wireparse.internal;

/**
 * Small text helpers shared by the pipeline stages.
 */
public final class Texts {

    private Texts() {}

    /**
     * {@return whether a character counts as white space for layout: Java white space, no-break
     * spaces, the byte order mark and zero-width characters}
     *
     * @param c the character
     */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            return false; // printable ASCII, the common case: skip the Unicode tables
        }
        if (c > '\u00A0' && c < '\u1680' || c >= '\u200E' && c <= '\u2027') {
            // Latin-1 letters to Ogham, and the marks, dashes, quotation marks and ellipsis of
            // General Punctuation: no white space or space character among them
            return false;
        }
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\uFEFF'
                || c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060';
    }

    /**
     * {@return the first offset at or after {@code from} (and before {@code to}) that is not
     * white space, or {@code to}}
     *
     * @param s    the text
     * @param from the first offset to look at
     * @param to   the offset to stop at
     */
    public static int skipSpace(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * {@return the offset just after the last non-space character before {@code to} (and at or
     * after {@code from}), or {@code from}}
     *
     * @param s    the text
     * @param from the offset to stop at
     * @param to   the offset to look back from
     */
    public static int trimEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * Reads a stretch of the text as words: each run of white space that holds a line break (a hard
     * wrap, with the next line's indentation) becomes one space, other characters are kept, and
     * the ends are trimmed.
     *
     * @param s     the text
     * @param start the first offset
     * @param end   the offset one past the last
     * @return the joined words
     */
    public static String join(CharSequence s, int start, int end) {
        int from = skipSpace(s, start, end);
        int to = trimEnd(s, from, end);
        StringBuilder sb = null;
        int copied = from;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int a = i;
                while (a > from && isSpace(s.charAt(a - 1)) && s.charAt(a - 1) != '\n') {
                    a--;
                }
                int b = skipSpace(s, i, to);
                if (sb == null) {
                    sb = new StringBuilder(to - from);
                }
                sb.append(s, copied, a).append(' ');
                copied = b;
                i = b;
            } else {
                i++;
            }
        }
        if (sb == null) {
            return s.subSequence(from, to).toString();
        }
        return sb.append(s, copied, to).toString();
    }

    /**
     * {@link #join(CharSequence, int, int)} for a text with no carriage return in it, finding the
     * line breaks with {@link String#indexOf(int, int)} instead of looking at every character.
     * Each search stops at the next line break of the text, so joining the blocks of a text one
     * after the other reads it about once.
     *
     * @param s     the text, which holds no {@code '\r'}
     * @param start the first offset
     * @param end   the offset one past the last
     * @return the joined words, as {@link #join(CharSequence, int, int)} gives them
     */
    public static String joinLines(String s, int start, int end) {
        int from = skipSpace(s, start, end);
        int to = trimEnd(s, from, end);
        int nl = s.indexOf('\n', from);
        if (nl < 0 || nl >= to) {
            return s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int copied = from;
        while (nl >= 0 && nl < to) {
            int a = nl;
            while (a > from && isSpace(s.charAt(a - 1)) && s.charAt(a - 1) != '\n') {
                a--;
            }
            int b = skipSpace(s, nl, to);
            sb.append(s, copied, a).append(' ');
            copied = b;
            nl = s.indexOf('\n', b);
        }
        return sb.append(s, copied, to).toString();
    }
}
