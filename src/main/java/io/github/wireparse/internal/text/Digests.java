package io.github.wireparse.internal.text;

import io.github.wireparse.Dateline;
import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.dateline.DatelineParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the stories of a digest: one text holding several short stories, each opening with its own
 * dateline paragraph credited to an agency ({@code WASHINGTON (AP) _ …}, {@code LONDON (AP) — …}),
 * as in AP news briefs and digests.
 *
 * <p>The rule is conservative, so that an ordinary story is never split:
 * <ul>
 *   <li>a credited dateline is a place followed by a credit in brackets ({@code (AP)}); credits
 *       before the place ({@code (ANSA) - NAPLES}) and slashed ones are not looked for;</li>
 *   <li>the text's first credited dateline paragraph stands near its top (among the first
 *       {@value #MAX_LEADING_BLOCKS} blocks and {@value #MAX_LEADING_LINES} lines), as a wire
 *       story's does;</li>
 *   <li>a later paragraph opening with a dateline that carries a credit in brackets starts a new
 *       story when a story opener stands right before it: a separator line ({@code ___}), a line
 *       shaped like a headline (short, no closing punctuation), a byline ({@code By …}), or the
 *       previous story's end mark or trailer. The opener lines belong to the new story;</li>
 *   <li>without an opener, it starts a new story only when its credit is the first story's and it
 *       names another place than the previous story's dateline (a page that repeats its lead
 *       paragraph is not a digest);</li>
 *   <li>the previous story always keeps at least one paragraph.</li>
 * </ul>
 * Quoted material never counts: a paragraph opening with a quotation mark is not a dateline.
 */
public final class Digests {

    /** How far from the top the first story's dateline paragraph may stand, in blocks. */
    private static final int MAX_LEADING_BLOCKS = 8;
    /** How many opener blocks (separator, headline, byline, notes) may stand before a dateline. */
    private static final int MAX_OPENER_BLOCKS = 5;

    private static final int MAX_HEADLINE_LENGTH = 150;
    private static final int MAX_HEADLINE_LINES = 2;
    /** How far into a line the bracket of a dateline's credit may stand, for the quick check. */
    private static final int CREDIT_WINDOW = 80;
    /** The longest credit in brackets the quick check looks for. */
    private static final int MAX_CREDIT = 30;
    /**
     * How many lines may stand above the first story's dateline, for the quick check: eight blocks
     * of headline, notes and byline lines, generously counted.
     */
    private static final int MAX_LEADING_LINES = 60;

    private Digests() {}

    /**
     * {@return where each story of a text starts and ends, as {@code [start, end)} character
     * ranges that together cover the whole text; one range {@code [0, length)} when the text is one
     * story}
     *
     * @param text the text (a masked copy of a transmission is read the same way)
     */
    public static List<int[]> split(String text) {
        List<int[]> one = List.of(new int[] {0, text.length()});
        if (!mayHold(text)) {
            return one;
        }
        List<Block> blocks = BlockSplitter.split(text);
        int n = blocks.size();
        List<Integer> datelines = new ArrayList<>();
        List<DatelineParser.Match> matches = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Block b = blocks.get(k);
            if (!creditNearStart(text, b.start(), b.end())) {
                continue;
            }
            Optional<DatelineParser.Match> m = DatelineParser.match(text, b.start(), b.end());
            if (m.isPresent() && m.get().dateline().credit().isPresent()) {
                datelines.add(k);
                matches.add(m.get());
            }
        }
        if (datelines.size() < 2 || datelines.get(0) >= MAX_LEADING_BLOCKS) {
            return one;
        }
        String firstCredit = credit(matches.get(0).dateline());
        List<Integer> starts = new ArrayList<>(); // each story's first character
        starts.add(0);
        int prev = 0; // index into datelines of the current story's dateline
        for (int d = 1; d < datelines.size(); d++) {
            int c = datelines.get(d);
            int pk = datelines.get(prev);
            DatelineParser.Match pm = matches.get(prev);
            // The previous story keeps its dateline block and, when the dateline stands alone on
            // its line, the paragraph after it.
            int keep = pk + (pm.bodyStart() >= blocks.get(pk).end() ? 2 : 1);
            if (c < keep) {
                continue;
            }
            int o = c;
            boolean opener = false;
            while (o > keep && c - o < MAX_OPENER_BLOCKS) {
                Kind kind = kind(text, blocks, o - 1);
                if (kind == Kind.TRAILER) {
                    opener = true; // the previous story ends here; the trailer stays with it
                    break;
                }
                if (kind == Kind.BODY) {
                    break;
                }
                if (kind != Kind.NOTE) {
                    opener = true;
                }
                o--;
            }
            if (!opener) {
                o = c;
                DatelineParser.Match m = matches.get(d);
                boolean sameCredit = credit(m.dateline()).equals(firstCredit);
                boolean elsewhere = !m.dateline().cities().equals(pm.dateline().cities());
                if (!sameCredit || !elsewhere) {
                    continue;
                }
            }
            starts.add(blocks.get(o).start());
            prev = d;
        }
        if (starts.size() < 2) {
            return one;
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            out.add(new int[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()});
        }
        return out;
    }

    /**
     * {@return a copy of a text of the same length in which everything outside {@code [from, to)}
     * is blanked, so that a story read from it has spans into the text itself} Before the story,
     * only the line break just before it is kept, so that the story's first line is read as the
     * first line of a text (a byline right under a headline is told apart there); the line and
     * column numbers of problems found in the copy must be worked out again on the text.
     *
     * @param text the text
     * @param from the story's first character
     * @param to   the story's end
     */
    public static String mask(String text, int from, int to) {
        char[] m = text.toCharArray();
        blankOutside(m, from, to);
        return new String(m);
    }

    /**
     * Blanks, in place, what {@link #mask} blanks.
     *
     * @param m    the characters
     * @param from the kept range's first character
     * @param to   the kept range's end
     */
    public static void blankOutside(char[] m, int from, int to) {
        for (int i = 0; i < m.length; i++) {
            if (i < from || i >= to && m[i] != '\n' && m[i] != '\r') {
                m[i] = ' ';
            }
        }
        if (from > 0) {
            m[from - 1] = '\n';
        }
    }

    /**
     * {@return the problems of a story read from a {@linkplain #mask masked copy}, with their line
     * and column worked out on the text itself}
     *
     * @param text     the text
     * @param problems the problems found in the copy
     * @param max      the most problems kept
     */
    public static List<io.github.wireparse.Problem> relocate(
            String text, List<io.github.wireparse.Problem> problems, int max) {
        io.github.wireparse.internal.Problems out = new io.github.wireparse.internal.Problems(text, max);
        for (io.github.wireparse.Problem p : problems) {
            if (p.offset().isPresent()) {
                out.add(p.message(), p.offset().getAsInt());
            } else {
                out.add(p);
            }
        }
        return out.toList();
    }

    /** What a block before a dateline paragraph is, for finding where a story starts. */
    private enum Kind {
        /** A separator, a headline-shaped line or a byline: the next story starts here. */
        OPENER,
        /** An editor's note, photo or related-story line: belongs to the next story, if any. */
        NOTE,
        /** An end mark, timestamp or contributor line: the previous story ends with it. */
        TRAILER,
        /** Story text. */
        BODY
    }

    private static Kind kind(String text, List<Block> blocks, int k) {
        Block b = blocks.get(k);
        if (b.end() - b.start() > 300) {
            return Kind.BODY;
        }
        String words = Texts.join(text, b.start(), b.end());
        if (BoilerplateRules.isSeparator(text, b.start(), b.end())
                || BylineParser.looksLikeBylineStart(text, b.start(), b.end())
                || Bylines.isBylineTitle(words)) {
            return Kind.OPENER;
        }
        if (FeedVocabulary.classify(words) != FeedVocabulary.LineKind.OTHER
                || BoilerplateRules.classify(words, BoilerplateRules.Position.LEADING)
                        .filter(kind -> kind == io.github.wireparse.BoilerplateKind.EDITORS_NOTE
                                || kind == io.github.wireparse.BoilerplateKind.ADVISORY)
                        .isPresent()) {
            return Kind.NOTE;
        }
        if (BoilerplateRules.classify(words, BoilerplateRules.Position.TRAILING).isPresent()) {
            return Kind.TRAILER;
        }
        return headlineShaped(text, b) || headingLines(text, b) ? Kind.OPENER : Kind.BODY;
    }

    /**
     * A few lines with no blank line between them, each a headline, a byline or a byline's title
     * line, with a byline among them ({@code Rail line opens} / {@code By MARIA GRANT} /
     * {@code Associated Press}).
     */
    private static boolean headingLines(String text, Block b) {
        if (b.lines() < 2 || b.lines() > MAX_OPENER_BLOCKS) {
            return false;
        }
        boolean by = false;
        int pos = b.start();
        while (pos < b.end()) {
            int eol = text.indexOf('\n', pos);
            eol = eol < 0 || eol > b.end() ? b.end() : eol;
            int s = Texts.skipSpace(text, pos, eol);
            int e = Texts.trimEnd(text, s, eol);
            if (s < e) {
                if (BylineParser.looksLikeBylineStart(text, s, e)) {
                    by = true;
                } else if (!Bylines.isBylineTitle(text.substring(s, e)) && !headlineShaped(text, new Block(s, e, 1))) {
                    return false;
                }
            }
            pos = eol + 1;
        }
        return by;
    }

    /**
     * A headline-shaped block: at most two lines, short, opening with a capital or a digit, and not
     * ending in sentence punctuation or a closing quotation mark.
     */
    private static boolean headlineShaped(String text, Block b) {
        if (b.lines() > MAX_HEADLINE_LINES || b.end() - b.start() > MAX_HEADLINE_LENGTH) {
            return false;
        }
        char first = text.charAt(b.start());
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        char last = text.charAt(b.end() - 1);
        if (".,;:!?\"'”’)»".indexOf(last) >= 0) {
            return false;
        }
        return !DatelineParser.startsWithDateline(text, b.start(), b.end());
    }

    private static String credit(Dateline d) {
        return d.credit().orElse("").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return whether at least two lines have an opening bracket, closed on the same line, near
     * their start: a quick necessary condition for a digest, which {@link #split} checks first}
     * A tab also counts as a line start, since a transmission's paragraphs may open with one.
     *
     * @param text the text, or a transmission's message as transmitted
     */
    public static boolean mayHold(String text) {
        int found = 0;
        int len = text.length();
        int pos = 0;
        for (int lines = 0; pos < len; lines++) {
            if (found == 0 && lines >= MAX_LEADING_LINES) {
                return false; // the first story's dateline would stand too far down
            }
            int eol = pos;
            while (eol < len && text.charAt(eol) != '\n' && (eol == pos || text.charAt(eol) != '\t')) {
                eol++;
            }
            if (creditNearStart(text, pos, eol) && ++found >= 2) {
                return true;
            }
            pos = eol < len && text.charAt(eol) == '\t' ? eol : eol + 1;
        }
        return false;
    }

    /**
     * {@return whether a line or block may open with a credited dateline: it starts with a capital
     * and has, within its first characters, a short bracketed word after a space or comma, followed
     * by a space, a dash or the end ({@code WASHINGTON (AP) _}, {@code Berlin (dpa) -})}
     */
    private static boolean creditNearStart(String text, int start, int end) {
        int s = start;
        while (s < end && text.charAt(s) <= ' ') {
            s++;
        }
        if (s >= end || !Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        int limit = Math.min(end, s + CREDIT_WINDOW);
        for (int i = s + 1; i < limit; i++) {
            if (text.charAt(i) != '(') {
                continue;
            }
            char before = text.charAt(i - 1);
            if (before != ' ' && before != ',') {
                continue;
            }
            int close = i + 1;
            while (close < end && close - i <= MAX_CREDIT && text.charAt(close) != ')' && text.charAt(close) != '(') {
                close++;
            }
            if (close < end && close - i <= MAX_CREDIT && text.charAt(close) == ')') {
                char after = close + 1 < end ? text.charAt(close + 1) : ' ';
                if (after <= ' '
                        || after == '-'
                        || after == '_'
                        || after == ':'
                        || after == '\u2014'
                        || after == '\u2013'
                        || after == '\u00a0') {
                    return true;
                }
            }
        }
        return false;
    }
}
