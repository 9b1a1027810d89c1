package io.github.wireparse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Quote;
import io.github.wireparse.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the promises every {@link Article} keeps, whatever its input: spans inside the text,
 * top-level elements never overlapping, every non-space character in exactly one element, quotes
 * inside their paragraphs.
 */
public final class Invariants {

    private Invariants() {
    }

    /**
     * Asserts all invariants.
     *
     * @param a the article
     */
    public static void check(Article a) {
        String text = a.text();
        List<Span> spans = new ArrayList<>();
        a.headline().ifPresent(h -> spans.add(h.span()));
        a.byline().ifPresent(b -> spans.add(b.span()));
        a.dateline().ifPresent(d -> spans.add(d.span()));
        for (Paragraph p : a.paragraphs()) {
            spans.add(p.span());
        }
        for (Boilerplate b : a.boilerplate()) {
            spans.add(b.span());
        }
        spans.sort(null);
        int covered = 0;
        for (Span s : spans) {
            assertThat(s.end()).as("span %s inside text of length %d", s, text.length())
                    .isLessThanOrEqualTo(text.length());
            assertThat(s.start()).as("span %s overlaps the element before it", s)
                    .isGreaterThanOrEqualTo(covered);
            for (int i = covered; i < s.start(); i++) {
                assertLayout(text, i);
            }
            covered = s.end();
        }
        for (int i = covered; i < text.length(); i++) {
            assertLayout(text, i);
        }
        for (Quote q : a.quotes()) {
            assertThat(q.paragraphs()).as("quote %s has paragraphs", q.text()).isNotEmpty();
            Span first = a.paragraphs().get(q.paragraphs().get(0)).span();
            Span last = a.paragraphs().get(q.paragraphs().get(q.paragraphs().size() - 1)).span();
            assertThat(q.span().start()).isGreaterThanOrEqualTo(first.start());
            assertThat(q.span().end()).isLessThanOrEqualTo(last.end());
            q.speaker().ifPresent(m -> assertThat(m.span().end()).isLessThanOrEqualTo(text.length()));
            q.cue().ifPresent(m -> assertThat(m.span().end()).isLessThanOrEqualTo(text.length()));
        }
    }

    private static void assertLayout(String text, int i) {
        char c = text.charAt(i);
        assertThat(isLayout(c))
                .as("character %s (U+%04X) at %d lies in no element", c, (int) c, i).isTrue();
    }

    /**
     * {@return whether a character may lie outside every element: white space, the byte order
     * mark, zero-width characters}
     *
     * @param c the character
     */
    public static boolean isLayout(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }
}
