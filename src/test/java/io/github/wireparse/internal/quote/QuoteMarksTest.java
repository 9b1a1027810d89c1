package io.github.wireparse.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wireparse.Article;
import io.github.wireparse.Mention;
import io.github.wireparse.Problem;
import io.github.wireparse.Quote;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.Invariants;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Quotation marks: which characters open and close quotes, and what happens when they do not pair. */
class QuoteMarksTest {

    private static Article parse(String body) {
        Article a = Wireparse.parse("Headline for a test story\n\nWASHINGTON (AP) — " + body);
        Invariants.check(a);
        return a;
    }

    @Test
    void treatsApostrophesAsPartOfWords() {
        Article a = parse("The band played rock ’n’ roll from the ’60s at Korea’s embassy, and the "
                + "guests’ cheers drowned out Guterres’ speech.\n\n"
                + "“It’s the best night we’ve had,” the bandleader, Joe Marsh, said.");
        assertThat(a.quotes()).extracting(Quote::text).containsExactly("It’s the best night we’ve had,");
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void treatsStraightApostrophesAsPartOfWords() {
        Article a = parse("The band played rock 'n' roll from the '60s at Korea's embassy, and the "
                + "guests' cheers drowned out Guterres' speech.\n\n"
                + "\"It's the best night we've had,\" the bandleader, Joe Marsh, said.");
        assertThat(a.quotes()).extracting(Quote::text).containsExactly("It's the best night we've had,");
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void keepsNestedSingleQuotesInsideTheOuterQuote() {
        Article a = parse("“They called it a ‘final offer,’ but it was not,” union leader Ann Cole said.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("They called it a ‘final offer,’ but it was not,");
            assertThat(q.speaker()).map(Mention::text).contains("union leader Ann Cole");
        });
    }

    @Test
    void readsTexStyleMarks() {
        Article a = parse("``We saw the `green flash' just after sunset,'' astronomer Lia Park said.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We saw the `green flash' just after sunset,");
            assertThat(q.source()).contains("Lia Park");
        });
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void readsMixedMarksInOneStory() {
        Article a = parse("“One,” Ann Cole said.\n\n\"Two,\" Ann Cole said.\n\n``Three,'' Ann Cole said.");
        assertThat(a.quotes()).extracting(Quote::text).containsExactly("One,", "Two,", "Three,");
        assertThat(a.sources())
                .singleElement()
                .satisfies(s -> assertThat(s.quotes()).containsExactly(0, 1, 2));
    }

    @Test
    void joinsRunningQuoteAcrossParagraphs() {
        Article a = parse("The mayor spoke for ten minutes.\n\n“We will fix the roads first.\n\n"
                + "“Then we will fix the bridges,” Mayor Rita Gomez said.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will fix the roads first. Then we will fix the bridges,");
            assertThat(q.paragraphs()).containsExactly(1, 2);
            assertThat(q.source()).contains("Rita Gomez");
        });
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void endsAnUnclosedQuoteWithItsParagraphAndReportsIt() {
        Article a = parse(
                "“We will win this, Ann Cole said.\n\nThe vote is Tuesday.\n\n" + "“It will be close,” Bo Lint said.");
        assertThat(a.quotes())
                .extracting(Quote::text)
                .containsExactly("We will win this, Ann Cole said.", "It will be close,");
        assertThat(a.quotes().get(0).paragraphs()).containsExactly(0);
        assertThat(a.problems()).extracting(Problem::message).containsExactly("quotation mark is not closed");
        assertThat(a.problems().get(0).line()).isEqualTo(3);
    }

    @Test
    void skipsAClosingMarkWithoutAnOpeningOne() {
        Article a =
                parse("The vote is Tuesday.” Nobody knows how it will go.\n\n" + "“It will be close,” Bo Lint said.");
        assertThat(a.quotes()).extracting(Quote::text).containsExactly("It will be close,");
        assertThat(a.problems())
                .extracting(Problem::message)
                .containsExactly("closing quotation mark without an opening one");
    }

    @Test
    void restartsAtAnOpeningMarkInsideAnOpenQuote() {
        Article a = parse("“The first quote never closes. “The second one does,” Bo Lint said.");
        assertThat(a.quotes()).extracting(Quote::text).containsExactly("The second one does,");
        assertThat(a.problems()).hasSize(1);
    }

    @Test
    void ignoresEmptyQuotes() {
        Article a = parse("The form had “” in the name field and \"\" in the address field.");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void parsesTenThousandUnbalancedMarksQuickly() {
        StringBuilder curly = new StringBuilder();
        StringBuilder straight = new StringBuilder();
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            curly.append('“');
            straight.append("\" ");
            mixed.append(i % 3 == 0 ? "‘ " : i % 3 == 1 ? "” word " : "``");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String body : new String[] {
                curly.toString(),
                straight.toString(),
                mixed.toString(),
                curly.toString().replace("“", "“\n\n")
            }) {
                Article a = parse(body);
                assertThat(a.problems()).hasSizeLessThanOrEqualTo(101);
                for (Quote q : a.quotes()) {
                    assertThat(q.text()).isNotBlank();
                }
            }
        });
    }

    @Test
    void parsesManyQuotesAndSpeakersWithoutSlowingDown() {
        StringBuilder oneParagraph = new StringBuilder();
        StringBuilder manyParagraphs = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            oneParagraph.append("“Word,” said Smith“more” and ");
            manyParagraphs.append("“Yes,” Person").append(i).append(" Smith said. He added, “No.”\n\n");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            parse(oneParagraph.toString());
            Article a = parse(manyParagraphs.toString());
            assertThat(a.quotes()).hasSize(10_000);
        });
    }

    @Test
    void neverLetsAQuoteSwallowTheRestOfTheStory() {
        StringBuilder sb = new StringBuilder("“This quote opens and never closes.");
        for (int i = 0; i < 50; i++) {
            sb.append("\n\nParagraph ").append(i).append(" has no quotation marks at all.");
        }
        Article a = parse(sb.toString());
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.paragraphs()).hasSize(1));
    }
}
