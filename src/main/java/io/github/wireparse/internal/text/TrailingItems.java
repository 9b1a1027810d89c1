package io.github.wireparse.internal.text;

import io.github.wireparse.internal.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits end marks and credit paragraphs off the blocks that close a story, so the trailer rules
 * see them as blocks of their own: a {@code Reuter} sign-off on the last line of the last
 * paragraph (or after its last sentence), a Reuters {@code (Reporting by …; Editing by …)} that
 * follows the last sentence without a blank line, Xinhua {@code Enditem}, KCNA {@code -0-}, a
 * Canadian Press {@code This report by …} line. Only the last few blocks are looked at, and each
 * look is bounded ({@link BoilerplateRules#trailingItemStart}), so the cost does not grow with the
 * story.
 */
final class TrailingItems {

    /** How many blocks from the end are examined. */
    private static final int LAST_BLOCKS = 3;
    /** How many items may be split off one block. */
    private static final int MAX_SPLITS = 3;

    private TrailingItems() {}

    /**
     * {@return the blocks with trailing items split off the last ones; the list itself when nothing
     * was split}
     *
     * @param text   the whole text
     * @param blocks the blocks, in order
     */
    static List<Block> split(String text, List<Block> blocks) {
        int n = blocks.size();
        int from = Math.max(0, n - LAST_BLOCKS);
        List<Block> out = null;
        for (int k = from; k < n; k++) {
            Block b = blocks.get(k);
            List<Block> pieces = new ArrayList<>(2);
            int end = b.end();
            for (int s = 0; s < MAX_SPLITS; s++) {
                int cut = BoilerplateRules.trailingItemStart(text, b.start(), end);
                if (cut <= b.start()) {
                    break;
                }
                pieces.add(0, block(text, cut, end));
                end = Texts.trimEnd(text, b.start(), cut);
            }
            if (pieces.isEmpty()) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(blocks.subList(0, k));
            }
            out.add(block(text, b.start(), end));
            out.addAll(pieces);
        }
        return out == null ? blocks : out;
    }

    private static Block block(String text, int start, int end) {
        int lines = 1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= end || text.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return new Block(start, end, lines);
    }
}
