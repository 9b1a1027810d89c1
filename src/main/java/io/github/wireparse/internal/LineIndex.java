package io.github.wireparse.internal;

import java.util.Arrays;

/**
 * Turns UTF-16 offsets into 1-based line and column numbers. A line ends at {@code \n}, at
 * {@code \r\n} or at a lone {@code \r}. Built in one pass; each lookup is a binary search.
 */
public final class LineIndex {

    private final int[] lineStarts;
    private final int lines;

    /**
     * Indexes a text.
     *
     * @param text the text
     */
    public LineIndex(CharSequence text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lines = n;
    }

    /**
     * {@return the 1-based line of an offset}
     *
     * @param offset a 0-based offset, clamped to the text
     */
    public int line(int offset) {
        int idx = Arrays.binarySearch(lineStarts, 0, lines, Math.max(0, offset));
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /**
     * {@return the 1-based column of an offset on its line}
     *
     * @param offset a 0-based offset, clamped to the text
     */
    public int column(int offset) {
        int o = Math.max(0, offset);
        return o - lineStarts[line(o) - 1] + 1;
    }
}
