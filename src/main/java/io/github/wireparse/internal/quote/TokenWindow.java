package io.github.wireparse.internal.quote;

import io.github.wireparse.Paragraph;
import io.github.wireparse.internal.quote.QuoteTokens.Placed;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a story's paragraphs, made when a rule asks for a paragraph and kept for the last
 * {@link #KEPT} paragraphs asked for, so a story never holds the tokens of all its paragraphs at
 * once (issue 14: a 100 MB story held 2 GB of them). The tokens of the paragraph asked for
 * longest ago leave the window first, and the next paragraph is tokenized on their arrays, so
 * such a story reads its paragraphs through {@link #KEPT} sets of arrays instead of allocating
 * them for every paragraph, twice (the attribution pass and the reported-speech pass): a {@link
 * Tokens} from {@link #get} stays valid until {@link #KEPT} other paragraphs have been asked for
 * since it was last asked for, and no rule holds more than four. {@link Attribution} looks at the
 * paragraphs of the quotes in reading order, a paragraph before or after at most, so each
 * paragraph is tokenized a bounded number of times. Tokenizing is a pure function of the paragraph and the
 * quotation parts in it, so a paragraph tokenized again gives the same tokens. A story whose
 * paragraphs hold at most {@link #KEEP_ALL_CHARS} characters (every story of the corpora) keeps
 * every paragraph's tokens instead, so the reported-speech pass after the attribution pass reads
 * the tokens (and the words' lower-case forms and word lists) the first pass made rather than
 * tokenizing each paragraph again; the memory this keeps is bounded by that size. Not thread-safe:
 * one per story.
 */
final class TokenWindow {

    /** How many paragraphs' tokens are kept. */
    static final int KEPT = 8;

    /**
     * Up to how many characters of paragraphs a story keeps all its paragraphs' tokens (about
     * 50,000 tokens: a few megabytes at most, against a second tokenizing of every paragraph).
     */
    static final int KEEP_ALL_CHARS = 1 << 18;

    /** Every paragraph's tokens, made when first asked for, for a story of at most {@link #KEEP_ALL_CHARS}. */
    private final Tokens @Nullable [] all;

    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<QuoteScanner.Raw> raws;
    /** The quotation parts, paragraph by paragraph: those of {@code p} are {@code [from[p], from[p + 1])}. */
    private final int[] from;
    /** For each part in that order, its quote and its place among that quote's parts. */
    private final int[] partQuote;

    private final int[] partIndex;
    private final int[] keptParagraph = new int[KEPT];
    private final Tokens[] kept = new Tokens[KEPT];
    /** When each slot was last asked for: the one asked for longest ago leaves first. */
    private final long[] keptUse = new long[KEPT];

    private long clock;
    /**
     * Up to how many tokens a paragraph's arrays may hold to be reused: a longer paragraph's are
     * left to the collector, so the window never keeps {@link #KEPT} arrays as long as the longest
     * paragraph.
     */
    static final int REUSE_MAX_TOKENS = 1 << 14;
    /** What paragraphs are read through: no longer than the longest paragraph needs. */
    private final char[] buffer;

    /**
     * A window over a story's paragraphs.
     *
     * @param text       the text
     * @param paragraphs the body paragraphs
     * @param raws       the quotations, in reading order
     */
    TokenWindow(String text, List<Paragraph> paragraphs, List<QuoteScanner.Raw> raws) {
        this(text, paragraphs, raws, KEEP_ALL_CHARS);
    }

    /**
     * A window over a story's paragraphs that keeps every paragraph's tokens when they hold at
     * most {@code keepAllChars} characters.
     *
     * @param text         the text
     * @param paragraphs   the body paragraphs
     * @param raws         the quotations, in reading order
     * @param keepAllChars up to how many characters of paragraphs every paragraph's tokens are kept
     */
    TokenWindow(String text, List<Paragraph> paragraphs, List<QuoteScanner.Raw> raws, int keepAllChars) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.raws = raws;
        int n = paragraphs.size();
        this.from = new int[n + 1];
        int parts = 0;
        for (QuoteScanner.Raw r : raws) {
            for (QuoteScanner.Part part : r.parts()) {
                from[part.paragraph() + 1]++;
                parts++;
            }
        }
        for (int p = 0; p < n; p++) {
            from[p + 1] += from[p];
        }
        this.partQuote = new int[parts];
        this.partIndex = new int[parts];
        int[] fill = Arrays.copyOf(from, n);
        for (int q = 0; q < raws.size(); q++) {
            List<QuoteScanner.Part> ps = raws.get(q).parts();
            for (int k = 0; k < ps.size(); k++) {
                int at = fill[ps.get(k).paragraph()]++;
                partQuote[at] = q;
                partIndex[at] = k;
            }
        }
        Arrays.fill(keptParagraph, -1);
        long chars = 0;
        int longest = 0;
        for (Paragraph p : paragraphs) {
            chars += p.end() - p.start();
            longest = Math.max(longest, p.end() - p.start());
        }
        // a story's paragraphs are mostly far shorter than the tokenizer's buffer
        this.buffer = new char[Math.max(2, Math.min(QuoteTokens.BUFFER, longest))];
        this.all = chars <= keepAllChars ? new Tokens[n] : null;
    }

    /** {@return how many paragraphs the story has} */
    int size() {
        return paragraphs.size();
    }

    /**
     * {@return the tokens of paragraph {@code p}}
     *
     * @param p the paragraph's index
     */
    Tokens get(int p) {
        Tokens[] a = all;
        if (a != null) {
            Tokens t = a[p];
            if (t == null) {
                t = tokenize(p);
                a[p] = t;
            }
            return t;
        }
        int oldest = 0;
        for (int k = 0; k < KEPT; k++) {
            if (keptParagraph[k] == p) {
                keptUse[k] = ++clock;
                return kept[k];
            }
            if (keptUse[k] < keptUse[oldest]) {
                oldest = k;
            }
        }
        Tokens old = kept[oldest];
        Tokens t = tokenize(p, old != null && old.capacity() <= REUSE_MAX_TOKENS ? old : null);
        keptParagraph[oldest] = p;
        kept[oldest] = t;
        keptUse[oldest] = ++clock;
        return t;
    }

    private Tokens tokenize(int p) {
        return tokenize(p, null);
    }

    /** Tokenizes paragraph {@code p}, into {@code reuse} when given. */
    private Tokens tokenize(int p, @Nullable Tokens reuse) {
        Paragraph s = paragraphs.get(p);
        int first = from[p];
        int count = from[p + 1] - first;
        // the parts placed in this paragraph, made when asked for rather than held (most
        // paragraphs have none)
        List<Placed> placed = count == 0
                ? List.of()
                : new AbstractList<>() {
                    /** Those made, for a paragraph of a few quotations: the tokenizer and the rules ask again. */
                    private final @Nullable Placed @Nullable [] made = count <= KEEP_PLACED ? new Placed[count] : null;

                    @Override
                    public Placed get(int k) {
                        Objects.checkIndex(k, count);
                        Placed[] m = made;
                        Placed p = m == null ? null : m[k];
                        if (p == null) {
                            p = place(first + k);
                            if (m != null) {
                                m[k] = p;
                            }
                        }
                        return p;
                    }

                    @Override
                    public int size() {
                        return count;
                    }
                };
        return reuse == null
                ? QuoteTokens.tokenize(text, s.start(), s.end(), placed, buffer)
                : QuoteTokens.tokenize(text, s.start(), s.end(), placed, buffer, reuse);
    }

    /** Up to how many quotation parts of a paragraph its tokens keep once made. */
    private static final int KEEP_PLACED = 8;

    /** {@return the quotation part at {@code at} in paragraph order, placed} */
    private Placed place(int at) {
        int q = partQuote[at];
        QuoteScanner.Raw r = raws.get(q);
        if (r.firstParagraph() == r.lastParagraph()) {
            // a quotation in one paragraph is its only part: no part made
            return new Placed(r.open(), r.close(), r.start(), r.end(), q);
        }
        QuoteScanner.Part part = r.parts().get(partIndex[at]);
        return new Placed(part.open(), part.close(), part.start(), part.end(), q);
    }

    /**
     * {@return every paragraph's tokens as a list; in a story longer than {@link
     * #KEEP_ALL_CHARS} a paragraph outside the window is tokenized again when read, so the list
     * holds no more tokens than the window}
     */
    List<Tokens> asList() {
        return new AbstractList<>() {
            @Override
            public Tokens get(int p) {
                return TokenWindow.this.get(p);
            }

            @Override
            public int size() {
                return paragraphs.size();
            }
        };
    }
}
