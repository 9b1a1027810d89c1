package io.github.wireparse.internal.quote;

import io.github.wireparse.Paragraph;
import io.github.wireparse.internal.quote.QuoteTokens.Placed;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The tokens of a story's paragraphs, made when a rule asks for a paragraph and kept for the last
 * {@link #KEPT} paragraphs asked for, so a story never holds the tokens of all its paragraphs at
 * once (issue 14: a 100 MB story held 2 GB of them). {@link Attribution} looks at the paragraphs
 * of the quotes in reading order, a paragraph before or after at most, so each paragraph is
 * tokenized a bounded number of times. Tokenizing is a pure function of the paragraph and the
 * quotation parts in it, so a paragraph tokenized again gives the same tokens. Not thread-safe:
 * one per story.
 */
final class TokenWindow {

    /** How many paragraphs' tokens are kept. */
    static final int KEPT = 8;

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
    private int nextSlot;
    private final char[] buffer = new char[QuoteTokens.BUFFER];

    /**
     * A window over a story's paragraphs.
     *
     * @param text       the text
     * @param paragraphs the body paragraphs
     * @param raws       the quotations, in reading order
     */
    TokenWindow(String text, List<Paragraph> paragraphs, List<QuoteScanner.Raw> raws) {
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
        for (int k = 0; k < KEPT; k++) {
            if (keptParagraph[k] == p) {
                return kept[k];
            }
        }
        Paragraph s = paragraphs.get(p);
        int first = from[p];
        int count = from[p + 1] - first;
        // the parts placed in this paragraph, made when asked for rather than held
        List<Placed> placed = new AbstractList<>() {
            @Override
            public Placed get(int k) {
                Objects.checkIndex(k, count);
                QuoteScanner.Part part = raws.get(partQuote[first + k]).parts().get(partIndex[first + k]);
                return new Placed(part.open(), part.close(), part.start(), part.end(), partQuote[first + k]);
            }

            @Override
            public int size() {
                return count;
            }
        };
        Tokens t = QuoteTokens.tokenize(text, s.start(), s.end(), placed, buffer);
        keptParagraph[nextSlot] = p;
        kept[nextSlot] = t;
        nextSlot = (nextSlot + 1) % KEPT;
        return t;
    }

    /**
     * {@return every paragraph's tokens as a list; a paragraph outside the window is tokenized
     * again when read, so the list holds no more tokens than the window}
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
