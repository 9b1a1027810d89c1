package io.github.wireparse.internal.text;

import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.dateline.DatelineParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain-text story into blocks in one linear pass. A new block starts
 * <ul>
 *   <li>after a blank line (scraped text);</li>
 *   <li>at a line indented deeper than the least indented line of its run (wire-feed text, where
 *       each paragraph opens with indentation and hard-wrapped lines continue flush);</li>
 *   <li>at every line of a run whose lines are too long to be hard wrapped (text scraped with one
 *       paragraph per line);</li>
 *   <li>around a separator line ({@code ___});</li>
 *   <li>near the top, before a byline, a timestamp or a dateline line that follows the headline
 *       without a blank line.</li>
 * </ul>
 */
final class BlockSplitter {

    /** Lines longer than this are taken as unwrapped paragraphs, never as hard wraps. */
    private static final int UNWRAPPED_LINE = 110;
    /** How many lines from the top may hold a headline, byline, timestamp or dateline. */
    private static final int TOP_LINES = 8;

    private BlockSplitter() {}

    /**
     * One line: where it starts and ends, where its content starts and ends, and whether it is a
     * separator line (worked out once per line, as it is asked twice).
     */
    private record Line(int start, int contentStart, int contentEnd, int indent, boolean separator) {
        boolean blank() {
            return contentStart >= contentEnd;
        }
    }

    static List<Block> split(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Line> run = new ArrayList<>();
        int len = text.length();
        int pos = 0;
        int lineNo = 0;
        // Without carriage returns a line ends at the next '\n', which the (vectorised)
        // String.indexOf finds faster than a look at every character; each search stops there.
        boolean noReturns = text.indexOf('\r') < 0;
        while (pos < len) {
            int eol;
            if (noReturns) {
                eol = text.indexOf('\n', pos);
                if (eol < 0) {
                    eol = len;
                }
            } else {
                eol = pos;
                while (eol < len) {
                    char c = text.charAt(eol);
                    if (c == '\n' || c == '\r') {
                        break;
                    }
                    eol++;
                }
            }
            int next = eol;
            if (next < len && text.charAt(next) == '\r') {
                next++;
            }
            if (next < len && text.charAt(next) == '\n') {
                next++;
            }
            Line line = line(text, pos, eol);
            if (line.blank()) {
                flush(run, blocks);
            } else {
                run.add(line);
                if (lineNo < TOP_LINES
                        && run.size() > 1
                        && (startsTopItem(text, line) || isNoteLine(text, run.get(run.size() - 2)))) {
                    Line last = run.remove(run.size() - 1);
                    flush(run, blocks);
                    run.add(last);
                }
            }
            lineNo++;
            pos = next;
        }
        flush(run, blocks);
        return blocks;
    }

    private static Line line(String text, int start, int end) {
        int cs = start;
        int indent = 0;
        while (cs < end && Texts.isSpace(text.charAt(cs))) {
            indent += text.charAt(cs) == '\t' ? 4 : 1;
            cs++;
        }
        int ce = Texts.trimEnd(text, cs, end);
        return new Line(
                start,
                cs,
                ce,
                indent,
                cs < ce && mayBeSeparator(text.charAt(cs)) && BoilerplateRules.isSeparator(text, cs, ce));
    }

    private static boolean startsTopItem(String text, Line line) {
        int s = line.contentStart();
        int e = line.contentEnd();
        return BylineParser.looksLikeBylineStart(text, s, e)
                || BoilerplateRules.isTimestamp(text, s, e)
                || BoilerplateRules.isAdvisory(text, s, e) // agencies: (Adds …), (ATTN: …)
                || DatelineParser.startsWithDateline(text, s, e)
                || isNoteLine(text, line);
    }

    /**
     * 1989 AP copy and other feed text: an editor's-note, photo, related-story or release line
     * ({@code Eds: UPDATES with …}, {@code LaserPhoto NY12}, {@code With AM-Topic-Story, Bjt})
     * between headline and byline is a block of its own, as is the line after it.
     */
    private static boolean isNoteLine(String text, Line line) {
        return line.contentEnd() - line.contentStart() <= 200
                && FeedVocabulary.classify(text.substring(line.contentStart(), line.contentEnd()))
                        != FeedVocabulary.LineKind.OTHER;
    }

    private static void flush(List<Line> run, List<Block> out) {
        if (run.isEmpty()) {
            return;
        }
        int minIndent = Integer.MAX_VALUE;
        int longLines = 0;
        for (int i = 0; i < run.size(); i++) {
            Line l = run.get(i);
            minIndent = Math.min(minIndent, l.indent());
            if (i < run.size() - 1 && l.contentEnd() - l.contentStart() > UNWRAPPED_LINE) {
                longLines++;
            }
        }
        boolean onePerLine = run.size() > 1 && longLines * 2 >= run.size() - 1;
        int blockStart = 0;
        for (int i = 1; i <= run.size(); i++) {
            boolean cut = i == run.size();
            if (!cut) {
                Line l = run.get(i);
                Line prev = run.get(i - 1);
                cut = onePerLine || l.indent() > minIndent || l.separator() || prev.separator();
            }
            if (cut) {
                Line first = run.get(blockStart);
                Line last = run.get(i - 1);
                out.add(new Block(first.contentStart(), last.contentEnd(), i - blockStart));
                blockStart = i;
            }
        }
        run.clear();
    }

    /**
     * A separator line ({@code ___}, {@code * * *}) never starts with a letter or digit; lines that
     * do, nearly all of them, need not run the separator regex.
     */
    private static boolean mayBeSeparator(char c) {
        return !Character.isLetterOrDigit(c);
    }
}
