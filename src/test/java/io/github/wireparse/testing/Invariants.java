package io.github.wireparse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.Envelope;
import io.github.wireparse.InputFormat;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Quote;
import io.github.wireparse.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the promises every {@link Article} keeps, whatever its input: spans inside the text,
 * top-level elements never overlapping, every non-space character in exactly one element, quotes
 * inside their paragraphs. For a text transmission (ANPA-1312, IPTC 7901) a character outside the
 * elements may also be a control character (a format code) or lie in a field of the envelope, as
 * {@link Article} says.
 */
public final class Invariants {

    private Invariants() {}

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
        boolean[] header = headerCharacters(a);
        int covered = 0;
        for (Span s : spans) {
            assertThat(s.end())
                    .as("span %s inside text of length %d", s, text.length())
                    .isLessThanOrEqualTo(text.length());
            assertThat(s.start())
                    .as("span %s overlaps the element before it", s)
                    .isGreaterThanOrEqualTo(covered);
            for (int i = covered; i < s.start(); i++) {
                assertLayout(text, i, header);
            }
            covered = s.end();
        }
        for (int i = covered; i < text.length(); i++) {
            assertLayout(text, i, header);
        }
        for (Quote q : a.quotes()) {
            assertThat(q.paragraphs()).as("quote %s has paragraphs", q.text()).isNotEmpty();
            Span first = a.paragraphs().get(q.paragraphs().get(0)).span();
            Span last = a.paragraphs()
                    .get(q.paragraphs().get(q.paragraphs().size() - 1))
                    .span();
            assertThat(q.span().start()).isGreaterThanOrEqualTo(first.start());
            assertThat(q.span().end()).isLessThanOrEqualTo(last.end());
            q.speaker().ifPresent(m -> assertThat(m.span().end()).isLessThanOrEqualTo(text.length()));
            q.cue().ifPresent(m -> assertThat(m.span().end()).isLessThanOrEqualTo(text.length()));
        }
    }

    /**
     * {@return for a text transmission, which characters are format codes or lie in an envelope
     * field; else all false}
     */
    private static boolean[] headerCharacters(Article a) {
        String text = a.text();
        boolean[] header = new boolean[text.length()];
        boolean transmission = a.format() == InputFormat.ANPA || a.format() == InputFormat.IPTC7901;
        if (!transmission) {
            return header;
        }
        for (int i = 0; i < text.length(); i++) {
            header[i] = Character.isISOControl(text.charAt(i));
        }
        a.envelope().ifPresent(e -> {
            for (Envelope.Field f : fields(e)) {
                f.span().ifPresent(s -> {
                    assertThat(s.end())
                            .as("envelope field %s inside the text", f.text())
                            .isLessThanOrEqualTo(text.length());
                    java.util.Arrays.fill(header, s.start(), s.end(), true);
                });
            }
        });
        return header;
    }

    private static List<Envelope.Field> fields(Envelope e) {
        List<Envelope.Field> out = new ArrayList<>();
        for (java.util.Optional<Envelope.Field> f : List.of(
                e.service(),
                e.priority(),
                e.urgency(),
                e.category(),
                e.slug(),
                e.version(),
                e.wordCount(),
                e.transmitted(),
                e.embargo(),
                e.subheadline(),
                e.summary())) {
            f.ifPresent(out::add);
        }
        out.addAll(e.editorsNotes());
        out.addAll(e.photos());
        out.addAll(e.related());
        out.addAll(e.subjects());
        out.addAll(e.otherLines());
        return out;
    }

    private static void assertLayout(String text, int i, boolean[] header) {
        char c = text.charAt(i);
        assertThat(isLayout(c) || header[i])
                .as("character %s (U+%04X) at %d lies in no element", c, (int) c, i)
                .isTrue();
    }

    /**
     * {@return whether a character may lie outside every element: white space, the byte order
     * mark, zero-width characters}
     *
     * @param c the character
     */
    public static boolean isLayout(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\uFEFF'
                || c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060';
    }
}
