package io.github.wireparse.internal.quote;

import io.github.wireparse.Paragraph;
import io.github.wireparse.internal.Problems;
import io.github.wireparse.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the quotation marks of a story's body and pairs them into quotations, in one pass over the
 * characters (linear time, no backtracking).
 *
 * <p>Marks recognised: curly double ({@code “ ”}), straight double ({@code "}), TeX double
 * ({@code `` ''}), and single marks ({@code ‘ ’ ' `}) inside a double quotation or, balanced within
 * one paragraph, on their own. A single mark is an apostrophe, not a quotation mark, when it
 * stands inside a word ({@code Korea’s}), opens a shortened number or word ({@code ’60s},
 * {@code ’n’}), or closes a word while no single quotation is open ({@code Guterres’}).
 *
 * <p>A double quotation still open at the end of a paragraph continues when the next paragraph
 * opens with a double mark (AP's running quotes); otherwise it ends with its paragraph and a
 * problem is reported, so an unbalanced mark never swallows the rest of the story.
 */
final class QuoteScanner {

    /** One stretch of quoted words inside one paragraph. */
    record Part(int paragraph, int start, int end, int open, int close) {}

    /**
     * One quotation: its parts (one per paragraph), in order. A quotation in one paragraph, as
     * most are, keeps its one part's offsets itself instead of a list holding a part, so a story
     * of millions of short quotes holds one object for each while it is attributed (issue 14).
     */
    static final class Raw {

        /** The only part's offsets, for a quotation in one paragraph. */
        private final int paragraph;

        private final int start;
        private final int end;
        private final int open;
        private final int close;
        /** The parts of a quotation over several paragraphs; null for one in one paragraph. */
        private final @Nullable List<Part> parts;

        private final boolean closed;

        /**
         * A quotation.
         *
         * @param parts  the stretches of quoted words, at least one
         * @param closed whether the last part ends at a closing mark
         */
        Raw(List<Part> parts, boolean closed) {
            Part first = parts.get(0);
            Part last = parts.get(parts.size() - 1);
            this.paragraph = first.paragraph();
            this.start = first.start();
            this.open = first.open();
            this.end = last.end();
            this.close = last.close();
            this.parts = parts.size() == 1 ? null : List.copyOf(parts);
            this.closed = closed;
        }

        /** {@return the stretches of quoted words, one per paragraph, in order} */
        List<Part> parts() {
            return parts != null ? parts : List.of(new Part(paragraph, start, end, open, close));
        }

        /** {@return whether the last part ends at a closing mark} */
        boolean closed() {
            return closed;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        /** {@return the offset of the opening mark} */
        int open() {
            return open;
        }

        /** {@return the offset just after the closing mark, or the quote's end} */
        int close() {
            return close;
        }

        int firstParagraph() {
            return paragraph;
        }

        int lastParagraph() {
            return parts == null ? paragraph : parts.get(parts.size() - 1).paragraph();
        }
    }

    private static final int NONE = 0;
    private static final int DOUBLE = 1;
    private static final int SINGLE = 2;

    private final String text;
    private final List<Paragraph> paragraphs;
    private final Problems problems;
    private final List<Raw> out = new ArrayList<>();

    /** The characters the scanner reacts to; every other character is passed over. */
    private static final char[] MARKS = {'\u201C', '\u201E', '\u201D', '"', '`', '\'', '\u2018', '\u2019'};

    /**
     * For each mark, where it next occurs at or after {@link #searchedFrom} (or
     * {@link Integer#MAX_VALUE}): each mark's occurrences are searched once over the story, with
     * {@link String#indexOf(int, int)}, instead of testing every character.
     */
    private final int[] nextAt = new int[MARKS.length];

    private final int[] searchedFrom = new int[MARKS.length];

    private int state = NONE;
    private List<Part> parts = new ArrayList<>();
    private int partStart;
    private int partOpen;
    // Written where a single quote opens or closes inside a double one, read by no rule yet;
    // removing it would reshape the scanner's branches, which other work is changing.
    @SuppressWarnings("UnusedVariable")
    private int innerSingle = -1;

    private QuoteScanner(String text, List<Paragraph> paragraphs, Problems problems) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.problems = problems;
        java.util.Arrays.fill(nextAt, -1);
        java.util.Arrays.fill(searchedFrom, Integer.MAX_VALUE);
    }

    /** {@return the offset of the first quotation mark at or after {@code from}, or {@code limit}} */
    private int nextMark(int from, int limit) {
        int best = limit;
        for (int m = 0; m < MARKS.length; m++) {
            int n = nextAt[m];
            if (n < from || searchedFrom[m] > from) {
                n = text.indexOf(MARKS[m], from);
                nextAt[m] = n < 0 ? Integer.MAX_VALUE : n;
                searchedFrom[m] = from;
                n = nextAt[m];
            }
            if (n < best) {
                best = n;
            }
        }
        return best;
    }

    /**
     * Scans the paragraphs of a story.
     *
     * @param text       the text the spans refer to
     * @param paragraphs the body paragraphs
     * @param problems   where to report unbalanced marks
     * @return the quotations, in reading order
     */
    static List<Raw> scan(String text, List<Paragraph> paragraphs, Problems problems) {
        QuoteScanner s = new QuoteScanner(text, paragraphs, problems);
        for (int p = 0; p < paragraphs.size(); p++) {
            s.paragraph(p);
        }
        return s.out;
    }

    private void paragraph(int p) {
        int ps = paragraphs.get(p).start();
        int pe = paragraphs.get(p).end();
        int i = ps;
        if (state == DOUBLE) {
            // A running quote: this paragraph must reopen it.
            int m = doubleMarkLength(ps, pe);
            if (m > 0) {
                partStart = ps + m;
                partOpen = ps;
                i = ps + m;
            } else {
                problems.add("quotation mark is not closed", partOpen);
                state = NONE;
                parts = new ArrayList<>();
            }
        }
        while (i < pe) {
            i = nextMark(i, pe);
            if (i >= pe) {
                break;
            }
            char c = text.charAt(i);
            int step = 1;
            switch (c) {
                case '\u201C', '\u201E' -> { // “ „ open, unless typed for a closing mark
                    if (state == DOUBLE
                            && !spaceBefore(i, ps)
                            && (i + 1 >= pe
                                    || Texts.isSpace(text.charAt(i + 1))
                                    || isClosingPunct(text.charAt(i + 1)))) {
                        closeDouble(i, 1, p);
                    } else {
                        openDouble(i, 1, p);
                    }
                }
                case '\u201D' -> { // ” closes; opens only when clearly at a word start
                    if (state == DOUBLE) {
                        closeDouble(i, 1, p);
                    } else if (state == NONE && (i == ps || spaceBefore(i, ps) && letterOrDigit(i + 1, pe))) {
                        openDouble(i, 1, p);
                    } else {
                        strayClose(i);
                    }
                }
                case '"' -> straightDouble(i, 1, p, ps, pe);
                case '`' -> {
                    if (i + 1 < pe && text.charAt(i + 1) == '`') {
                        openDouble(i, 2, p);
                        step = 2;
                    } else {
                        openSingle(i, p, pe);
                    }
                }
                case '\'' -> {
                    if (i + 1 < pe && text.charAt(i + 1) == '\'') {
                        straightDouble(i, 2, p, ps, pe);
                        step = 2;
                    } else {
                        straightSingle(i, p, ps, pe);
                    }
                }
                case '\u2018' -> { // ‘
                    if (!shortening(i + 1, pe)) {
                        openSingle(i, p, pe);
                    }
                }
                case '\u2019' -> { // ’ closes a single quote if one is open; else an apostrophe
                    if (!letterOrDigit(i + 1, pe) || !letterOrDigit(i - 1, pe)) {
                        if (!spaceBefore(i, ps)) {
                            closeSingle(i, p);
                        }
                    }
                }
                default -> {}
            }
            i += step;
        }
        // End of paragraph.
        if (state == SINGLE) {
            // A single quote that is not closed in its paragraph was an apostrophe or a slip.
            if (text.charAt(partOpen) != '\'') {
                problems.add("single quotation mark is not closed", partOpen);
            }
            state = NONE;
        } else if (state == DOUBLE) {
            innerSingle = -1;
            int end = Texts.trimEnd(text, partStart, pe);
            parts.add(new Part(p, Texts.skipSpace(text, partStart, end), end, partOpen, pe));
            boolean continues = p + 1 < paragraphs.size()
                    && doubleMarkLength(
                                    paragraphs.get(p + 1).start(),
                                    paragraphs.get(p + 1).end())
                            > 0;
            if (!continues) {
                problems.add("quotation mark is not closed", partOpen);
                emit(false);
            }
        }
    }

    /** {@return the length of a double opening mark at {@code i}, or 0} */
    private int doubleMarkLength(int i, int end) {
        if (i >= end) {
            return 0;
        }
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '"') {
            return 1;
        }
        if (c == '`' && i + 1 < end && text.charAt(i + 1) == '`') {
            return 2;
        }
        if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
            return 2;
        }
        return 0;
    }

    private void straightDouble(int i, int len, int p, int ps, int pe) {
        boolean before = spaceBefore(i, ps);
        boolean after = i + len >= pe || Texts.isSpace(text.charAt(i + len)) || isClosingPunct(text.charAt(i + len));
        if (state == DOUBLE) {
            if (before && !after) {
                // Looks like an opening mark: the previous one was never closed.
                problems.add("quotation mark is not closed", partOpen);
                parts = new ArrayList<>();
                startDouble(i, len);
            } else {
                closeDouble(i, len, p);
            }
        } else if (after && !before) {
            strayClose(i);
        } else {
            openDouble(i, len, p);
        }
    }

    private void straightSingle(int i, int p, int ps, int pe) {
        boolean wordBefore = letterOrDigit(i - 1, pe) && i - 1 >= ps;
        boolean wordAfter = letterOrDigit(i + 1, pe);
        if (wordBefore && wordAfter) {
            return; // don't, Korea's
        }
        if (!wordBefore && wordAfter) {
            if (spaceBefore(i, ps) && !shortening(i + 1, pe)) {
                openSingle(i, p, pe);
            }
            return;
        }
        if (!spaceBefore(i, ps)) {
            closeSingle(i, p);
        }
    }

    @SuppressWarnings("UnusedVariable") // p: the open and close methods take one (i, len, p) shape
    private void openDouble(int i, int len, int p) {
        if (state == DOUBLE) {
            problems.add("quotation mark is not closed", partOpen);
            parts = new ArrayList<>();
        }
        startDouble(i, len);
    }

    private void startDouble(int i, int len) {
        state = DOUBLE;
        partStart = i + len;
        partOpen = i;
        innerSingle = -1;
    }

    private void closeDouble(int i, int len, int p) {
        int start = Texts.skipSpace(text, partStart, i);
        int end = Texts.trimEnd(text, start, i);
        parts.add(new Part(p, start, end, partOpen, i + len));
        state = NONE;
        innerSingle = -1;
        emit(true);
    }

    @SuppressWarnings("UnusedVariable") // p: the open and close methods take one (i, p) shape
    private void openSingle(int i, int p, int pe) {
        if (!letterOrDigit(i + 1, pe) && !(i + 1 < pe && isOpeningChar(text.charAt(i + 1)))) {
            return;
        }
        if (state == DOUBLE) {
            innerSingle = i;
        } else if (state == NONE) {
            state = SINGLE;
            partStart = i + 1;
            partOpen = i;
        } else {
            // A single quote opened inside an unclosed single quote: keep the first.
            return;
        }
    }

    private void closeSingle(int i, int p) {
        if (state == DOUBLE) {
            innerSingle = -1;
        } else if (state == SINGLE) {
            int start = Texts.skipSpace(text, partStart, i);
            int end = Texts.trimEnd(text, start, i);
            parts = new ArrayList<>();
            parts.add(new Part(p, start, end, partOpen, i + 1));
            state = NONE;
            emit(true);
        }
    }

    private void strayClose(int i) {
        if (state == NONE) {
            problems.add("closing quotation mark without an opening one", i);
        }
    }

    private void emit(boolean closed) {
        List<Part> kept = new ArrayList<>();
        for (Part part : parts) {
            if (part.end() > part.start()) {
                kept.add(part);
            }
        }
        parts = new ArrayList<>();
        state = NONE;
        if (kept.isEmpty()) {
            return;
        }
        boolean words = false;
        for (Part part : kept) {
            for (int k = part.start(); k < part.end() && !words; k++) {
                words = Character.isLetterOrDigit(text.charAt(k));
            }
        }
        if (words) {
            out.add(new Raw(kept, closed));
        }
    }

    /** Shortened words and years after an apostrophe: ’60s, ’90, ’n’, ’em, ’til, ’cause. */
    private boolean shortening(int i, int end) {
        if (i + 1 < end
                && Character.isDigit(text.charAt(i))
                && Character.isDigit(text.charAt(i + 1))
                && (i + 2 >= end || !Character.isLetterOrDigit(text.charAt(i + 2)) || text.charAt(i + 2) == 's')) {
            return true;
        }
        return startsWord(i, end, "n")
                || startsWord(i, end, "em")
                || startsWord(i, end, "til")
                || startsWord(i, end, "cause")
                || startsWord(i, end, "tis")
                || startsWord(i, end, "twas");
    }

    private boolean startsWord(int i, int end, String w) {
        int e = i + w.length();
        if (e > end || !text.regionMatches(true, i, w, 0, w.length())) {
            return false;
        }
        return e == end || !Character.isLetter(text.charAt(e));
    }

    private boolean letterOrDigit(int i, int end) {
        return i >= 0 && i < end && Character.isLetterOrDigit(text.charAt(i));
    }

    private boolean spaceBefore(int i, int start) {
        if (i <= start) {
            return true;
        }
        char b = text.charAt(i - 1);
        return Texts.isSpace(b) || isOpeningChar(b);
    }

    private static boolean isOpeningChar(char c) {
        return c == '('
                || c == '['
                || c == '{'
                || c == '\u2014'
                || c == '\u2013'
                || c == '-'
                || c == '/'
                || c == '\u201C'
                || c == '\u2018'
                || c == '`'
                || c == '"'
                || c == '\'';
    }

    private static boolean isClosingPunct(char c) {
        return c == '.'
                || c == ','
                || c == ';'
                || c == ':'
                || c == '?'
                || c == '!'
                || c == ')'
                || c == ']'
                || c == '\u2014'
                || c == '\u2013'
                || c == '\u2019'
                || c == '\''
                || c == '\u201D'
                || c == '-';
    }
}
