package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A story that is one long paragraph of many quotes (issue 14: two million of them ran out of a
 * 1 GB heap). The attribution now holds a few paragraphs' tokens and a bounded number of token
 * objects; the quotes it finds must be the ones written, however far into the paragraph.
 */
class ManyQuotesTest {

    private static final String[] NAMES = {"Maria Lopez", "John Carter", "Aiko Tanaka"};

    @Test
    void findsEveryQuoteOfAParagraphOfThousandsWithItsSpeakerAndCue() {
        StringBuilder sb = new StringBuilder("Leaders agree on a plan\n\nLISBON (AP) — ");
        List<int[]> expected = new ArrayList<>();
        int quotes = 3000;
        for (int i = 0; i < quotes; i++) {
            int open = sb.length();
            sb.append("“Plan ").append(i).append(" is a fair deal for the farmers,” said ");
            int close = sb.indexOf("”", open);
            int speaker = sb.length();
            sb.append(NAMES[i % NAMES.length]).append(". ");
            expected.add(new int[] {open + 1, close, speaker, i % NAMES.length});
            if (i == quotes / 2) {
                // a word longer than the tokenizer's buffer, halfway through
                sb.append("Z".repeat(20_000)).append(" was the code word. ");
            }
        }
        String text = sb.toString();

        Article a = Wireparse.parser().parse(text);

        assertThat(a.paragraphs()).hasSize(1);
        assertThat(a.quotes()).hasSize(quotes);
        for (int i = 0; i < quotes; i++) {
            Quote q = a.quotes().get(i);
            int[] e = expected.get(i);
            assertThat(q.text()).isEqualTo("Plan " + i + " is a fair deal for the farmers,");
            assertThat(q.start()).isEqualTo(e[0]);
            assertThat(q.end()).isEqualTo(e[1]);
            assertThat(q.partial()).isFalse();
            Mention speaker = q.speaker().orElseThrow();
            assertThat(speaker.text()).isEqualTo(NAMES[e[3]]);
            assertThat(speaker.start()).isEqualTo(e[2]);
            assertThat(q.cue().orElseThrow().text()).isEqualTo("said");
            assertThat(q.source()).contains(NAMES[e[3]]);
        }
        assertThat(a.sources()).extracting(Source::name).containsExactly(NAMES);
        assertThat(a.sources().get(0).quotes()).hasSize(quotes / NAMES.length);
    }
}
