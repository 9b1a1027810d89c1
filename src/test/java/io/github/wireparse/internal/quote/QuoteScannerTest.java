package io.github.wireparse.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Paragraph;
import io.github.wireparse.Problem;
import io.github.wireparse.internal.Problems;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link QuoteScanner} pairs quotation marks into quotations, one paragraph at a time. */
class QuoteScannerTest {

    /** The scan of a text whose paragraphs are separated by blank lines. */
    private record Scan(String text, List<QuoteScanner.Raw> quotes, List<Problem> problems) {

        /** {@return each quotation's words, parts joined by " | "} */
        List<String> words() {
            return quotes.stream()
                    .map(r -> String.join(
                            " | ",
                            r.parts().stream()
                                    .map(p -> text.substring(p.start(), p.end()))
                                    .toList()))
                    .toList();
        }
    }

    private static Scan scan(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            paragraphs.add(new Paragraph(text.substring(start, end), start, end));
            start = end + 2;
        }
        Problems problems = new Problems(text, 100);
        List<QuoteScanner.Raw> quotes = QuoteScanner.scan(text, paragraphs, problems);
        return new Scan(text, quotes, problems.toList());
    }

    @Test
    void pairsCurlyDoubleMarksAndLeavesTheMarksOutOfTheWords() {
        Scan s = scan("“We will not cut the libraries,” Mayor Ann Lee said.");
        assertThat(s.words()).containsExactly("We will not cut the libraries,");
        assertThat(s.quotes().get(0).closed()).isTrue();
        assertThat(s.quotes().get(0).open()).isZero();
        assertThat(s.text().charAt(s.quotes().get(0).close() - 1)).isEqualTo('”');
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void pairsStraightAndTexDoubleMarks() {
        assertThat(scan("\"Yes,\" he said. \"Not now.\"").words()).containsExactly("Yes,", "Not now.");
        assertThat(scan("``Fine,'' he said.").words()).containsExactly("Fine,");
    }

    @Test
    void continuesARunningQuoteIntoAParagraphThatReopensIt() {
        Scan s = scan("“We will not cut the libraries.\n\n“Not this year, not next year,” she said.");
        assertThat(s.quotes()).singleElement().satisfies(r -> {
            assertThat(r.parts()).hasSize(2);
            assertThat(r.firstParagraph()).isZero();
            assertThat(r.lastParagraph()).isEqualTo(1);
            assertThat(r.closed()).isTrue();
        });
        assertThat(s.words()).containsExactly("We will not cut the libraries. | Not this year, not next year,");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void endsAnUnclosedQuoteWithItsParagraphAndReportsWhereItOpened() {
        String text = "He said “we will win the vote.\n\nThe council met on Monday.";
        Scan s = scan(text);
        assertThat(s.words()).containsExactly("we will win the vote.");
        assertThat(s.quotes().get(0).closed()).isFalse();
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("quotation mark is not closed");
            assertThat(p.offset()).hasValue(text.indexOf('“'));
        });
    }

    @Test
    void readsApostrophesAsPartOfWordsNotAsQuotationMarks() {
        Scan s = scan("Korea’s leaders said the ’60s were Guterres’ best years, and don't 'til then.");
        assertThat(s.quotes()).isEmpty();
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void keepsSingleMarksInsideADoubleQuoteInItsWords() {
        Scan s = scan("“He told me ‘no deal’ twice,” she said.");
        assertThat(s.words()).containsExactly("He told me ‘no deal’ twice,");
    }

    @Test
    void pairsBalancedSingleMarksOnTheirOwn() {
        assertThat(scan("The so-called ‘fair deal’ plan failed.").words()).containsExactly("fair deal");
    }

    @Test
    void reportsAClosingMarkWithoutAnOpeningOne() {
        Scan s = scan("He said no to the plan.” Then he left.");
        assertThat(s.quotes()).isEmpty();
        assertThat(s.problems())
                .extracting(Problem::message)
                .containsExactly("closing quotation mark without an opening one");
    }

    @Test
    void dropsAQuotationWithoutWords() {
        assertThat(scan("He paused: “...” and went on.").quotes()).isEmpty();
    }

    @Test
    void anUnbalancedMarkNeverSwallowsTheNextParagraphs() {
        Scan s = scan("“Open and never closed\n\nSecond paragraph.\n\n“Third,” she said.");
        assertThat(s.words()).containsExactly("Open and never closed", "Third,");
    }
}
