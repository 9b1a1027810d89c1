package io.github.wireparse.internal.dateline;

import io.github.wireparse.internal.Texts;
import java.util.Locale;

/**
 * The bounded window at the start of a block that the dateline scanner reads, with the position
 * it has reached and the lexical steps it takes: blanks, words, digits. Every step stops at
 * {@link #limit}, so no read goes past the window.
 */
final class Cursor {

    /** The whole text. */
    final String text;
    /** The block's first character that is not white space: where a dateline starts. */
    final int start;
    /** The window's end: no dateline reaches further. */
    final int limit;
    /** The block's end, to know when a dateline stands alone in its block. */
    final int blockEnd;
    /** The position reached. */
    int pos;

    /**
     * A cursor at the start of a window.
     *
     * @param text     the whole text
     * @param start    where the dateline may start
     * @param limit    the window's end
     * @param blockEnd the block's end
     */
    Cursor(String text, int start, int limit, int blockEnd) {
        this.text = text;
        this.start = start;
        this.limit = limit;
        this.blockEnd = blockEnd;
        this.pos = start;
    }

    /** {@return whether {@code p} lies inside the window} */
    boolean has(int p) {
        return p < limit;
    }

    /** {@return the character at {@code p}} */
    char at(int p) {
        return text.charAt(p);
    }

    /** {@return the characters from {@code from} to {@code to}} */
    String slice(int from, int to) {
        return text.substring(from, to);
    }

    /** {@return whether {@code s} stands at {@code p}} */
    boolean startsWith(String s, int p) {
        return text.startsWith(s, p);
    }

    /** Skips spaces and tabs, and a single line break, inside a dateline. */
    int skipBlanks(int p) {
        int i = p;
        boolean broke = false;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (broke && c == '\n' && text.charAt(i - 1) != '\r') {
                    break;
                }
                broke = true;
                i++;
            } else if (Texts.isSpace(c)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Skips up to three spaces (not line breaks) inside a date. */
    int spaces(int p) {
        int i = p;
        while (i < limit && i - p < 3 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    /** The end of a run of one to {@code max} digits at {@code p} not followed by a digit, or -1. */
    int digits(int p, int max) {
        int i = p;
        while (i < limit && i - p < max && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == p || i < limit && Character.isDigit(text.charAt(i))) {
            return -1;
        }
        return i;
    }

    /** The end of a word of letters, marks, periods, apostrophes and inner hyphens. */
    int wordEnd(int p) {
        int i = p;
        if (i >= limit || !Character.isLetter(text.charAt(i))) {
            return p;
        }
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isLetter(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '.'
                    || c == '\''
                    || c == '’') {
                i++;
            } else if (c == '-' && i + 1 < limit && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The lower-cased word of up to twelve letters at {@code p}, for the month table. */
    String lowerLetters(int p) {
        int i = p;
        while (i < limit && i - p < 12 && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(p, i).toLowerCase(Locale.ROOT);
    }

    /** Whether a line break lies between {@code p} and {@code q}. */
    boolean endsLine(int p, int q) {
        for (int i = p; i < q; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether the characters hold no lower-case letter and at least two letters. */
    boolean isCapitals(int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The number of words, counted at spaces and no-break spaces. */
    int wordCount(int from, int to) {
        int n = 1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0') {
                n++;
            }
        }
        return n;
    }
}
