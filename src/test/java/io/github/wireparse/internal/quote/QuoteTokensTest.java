package io.github.wireparse.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.internal.quote.QuoteTokens.Placed;
import io.github.wireparse.internal.quote.QuoteTokens.Token;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer reads a paragraph through a small buffer and keeps a bounded number of made
 * tokens (issue 14); neither may change a token.
 */
class QuoteTokensTest {

    /**
     * A paragraph with the tokenizer's hard cases: abbreviations, joiners, non-ASCII words, a
     * word far longer than the buffer, quotations (added to {@code quotes}).
     */
    private static String paragraph(List<Placed> quotes) {
        StringBuilder sb = new StringBuilder();
        String[] bits = {
            "Gov. Ana Ruiz-Díaz said ",
            "the U.S. plan",
            " costs $4.5 billion, ",
            "Korea’s",
            " R-Wis. ",
            "p.m. ",
            "naïve café ",
            "well-known ",
            "No. 5 ",
            "x",
            "—",
            " (AP) ",
            "rock ’n’ roll "
        };
        for (int i = 0; i < 1500; i++) {
            sb.append(bits[i % bits.length]);
            if (i % 7 == 3) {
                int open = sb.length();
                sb.append("“We will win ").append(i).append(",”");
                quotes.add(new Placed(open, sb.length(), open + 1, sb.length() - 2, quotes.size()));
                sb.append(" she said. ");
            }
            if (i == 700) {
                sb.append("A".repeat(QuoteTokens.BUFFER * 2 + 5)).append(". ");
            }
        }
        return sb.toString();
    }

    private static List<String> shape(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            out.add(tok.kind() + " " + tok.start() + "-" + tok.end() + " " + tok.quote() + " " + tok.text() + " "
                    + tok.capitalized());
        }
        return out;
    }

    @Test
    void tokenizesTheSameThroughABufferOfAnySize() {
        List<Placed> quotes = new ArrayList<>();
        String text = "Headline\n\n" + paragraph(quotes).replace("\n", " ");
        int start = "Headline\n\n".length();
        List<Placed> shifted = quotes.stream()
                .map(p ->
                        new Placed(p.open() + start, p.close() + start, p.start() + start, p.end() + start, p.quote()))
                .toList();
        List<String> whole = shape(QuoteTokens.tokenize(text, start, text.length(), shifted, new char[text.length()]));

        assertThat(whole).hasSizeGreaterThan(2000);
        assertThat(whole).anyMatch(s -> s.startsWith("QUOTE"));
        for (int size : new int[] {2, 3, 7, 64, QuoteTokens.BUFFER}) {
            assertThat(shape(QuoteTokens.tokenize(text, start, text.length(), shifted, new char[size])))
                    .as("buffer of %d", size)
                    .isEqualTo(whole);
        }
    }

    @Test
    void givesTheSameTokenPastTheMadeLimitInAnyOrder() {
        List<Placed> quotes = new ArrayList<>();
        String text = paragraph(quotes);
        Tokens t = QuoteTokens.tokenize(text, 0, text.length(), quotes);
        List<String> forward = shape(t);
        assertThat(t.size()).isGreaterThan(3000);

        Tokens again = QuoteTokens.tokenize(text, 0, text.length(), quotes);
        List<String> backward = new ArrayList<>();
        for (int i = again.size() - 1; i >= 0; i--) {
            Token tok = again.get(i);
            backward.add(
                    0,
                    tok.kind() + " " + tok.start() + "-" + tok.end() + " " + tok.quote() + " " + tok.text() + " "
                            + tok.capitalized());
            // a token made before and one made long ago are still right
            Token far = again.get((i * 7919) % again.size());
            assertThat(far.start()).isEqualTo(again.start((i * 7919) % again.size()));
        }
        assertThat(backward).isEqualTo(forward);
        for (int k = 0; k < t.quoteCount(); k++) {
            Token q = t.get(t.quoteToken(k));
            assertThat(q.isQuote()).isTrue();
            assertThat(q.quote()).isEqualTo(t.quoteOf(k)).isEqualTo(k);
            assertThat(q.text())
                    .isEqualTo(
                            text.substring(quotes.get(k).start(), quotes.get(k).end()));
        }
    }

    @Test
    void tokenizesTheSameOnAnotherParagraphsArrays() {
        List<Placed> quotes = new ArrayList<>();
        String text = paragraph(quotes);
        int cut = quotes.get(3).close() + 1;
        List<Placed> firstQuotes = quotes.subList(0, 4);
        List<Placed> rest = quotes.subList(4, quotes.size());
        char[] buffer = new char[64];
        Tokens donor = QuoteTokens.tokenize(text, 0, text.length(), quotes, buffer);
        List<String> all = shape(donor);

        // short after long (made tokens and their array left from the long one), then long
        // after short, each as a fresh tokenizing gives them
        Tokens shorter = QuoteTokens.tokenize(text, 0, cut, firstQuotes, buffer, donor);
        assertThat(donor).isEmpty();
        assertThat(shape(shorter)).isEqualTo(shape(QuoteTokens.tokenize(text, 0, cut, firstQuotes)));
        assertThat(shorter.quoteCount()).isEqualTo(4);
        Tokens longer = QuoteTokens.tokenize(text, cut, text.length(), rest, buffer, shorter);
        assertThat(shorter).isEmpty();
        assertThat(shape(longer)).isEqualTo(shape(QuoteTokens.tokenize(text, cut, text.length(), rest)));
        assertThat(shape(QuoteTokens.tokenize(text, 0, text.length(), quotes, buffer, longer)))
                .isEqualTo(all);
    }

    @Test
    void comparesAWordOnTheTextAsItsLowerCaseFormWould() {
        String text = "According TO Ana’s café İstanbul, said: the \u212Aelvin";
        Tokens t = QuoteTokens.tokenize(text, 0, text.length(), List.of());
        List<String> words = List.of(
                "according",
                "to",
                "ana’s",
                "café",
                "istanbul",
                "i̇stanbul",
                "said",
                "the",
                "kelvin",
                "",
                ":",
                "saidx",
                "sai",
                "To");
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            for (String w : words) {
                assertThat(tok.is(w)).as(tok + " is " + w).isEqualTo(tok.lower().equals(w));
                if (!w.isEmpty()) {
                    assertThat(t.is(i, w))
                            .as(tok + " is " + w)
                            .isEqualTo(tok.lower().equals(w));
                }
            }
            assertThat(t.isQuote(i)).isEqualTo(tok.isQuote());
            assertThat(t.isPunct(i, ',')).isEqualTo(tok.isPunct(','));
            assertThat(t.isStop(i)).isEqualTo(tok.isPunct('.') || tok.isPunct('?') || tok.isPunct('!'));
        }
        assertThat(t.get(0).is("according")).isTrue();
        assertThat(t.get(t.size() - 1).is("kelvin")).isTrue();
    }
}
