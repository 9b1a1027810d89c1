package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wireparse.testing.Invariants;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Behaviour of the plain-text entry point on ordinary and bad input. */
class ArticleParserTest {

    private final ArticleParser parser = Wireparse.parser();

    @Test
    void rejectsNullTextNamingTheArgument() {
        assertThatThrownBy(() -> parser.parse((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> parser.parse((java.nio.file.Path) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("file");
        assertThatThrownBy(() -> Wireparse.parser(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("options");
    }

    @Test
    void returnsEmptyArticleWithProblemForEmptyInput() {
        Article a = parser.parse("");
        assertThat(a.headline()).isEmpty();
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("empty");
        });
    }

    @Test
    void returnsEmptyArticleForWhitespaceOnly() {
        Article a = parser.parse(" \n\t\r\n\u00A0\n");
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.problems()).hasSize(1);
        Invariants.check(a);
    }

    @Test
    void reportsBinaryNoiseWithPosition() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        String noise = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        Article a = parser.parse(noise);
        assertThat(a.problems()).anySatisfy(p -> assertThat(p.message()).contains("binary"));
        Invariants.check(a);
    }

    @Test
    void positionsProblemAtLineAndColumn() {
        Article a = parser.parse("Headline here\n\nFirst line\nsecond \u0000 line.");
        assertThat(a.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(8);
        });
    }

    @Test
    void parsesFiveMegabyteSingleLineQuickly() {
        String line = "word ".repeat(1_000_000);
        Article a = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parser.parse(line));
        assertThat(a.paragraphs()).hasSize(1);
        Invariants.check(a);
    }

    @Test
    void joinsHardWrappedLinesWithSingleSpacesKeepingOriginalSpan() {
        String text = "Headline\n   NEW YORK (AP) _ One two\nthree four.\n   Five six\n   seven.";
        Article a = parser.parse(text);
        assertThat(a.paragraphs())
                .extracting(Paragraph::text)
                .containsExactly("One two three four.", "Five six", "seven.");
        Paragraph first = a.paragraphs().get(0);
        assertThat(first.span().of(text)).isEqualTo("One two\nthree four.");
    }

    @Test
    void keepsSpansOnCrlfInput() {
        String text = "Headline\r\n\r\nBOSTON (AP) — Body text.\r\n\r\nMore text.\r\n";
        Article a = parser.parse(text);
        assertThat(a.headline()).map(h -> h.span().of(text)).contains("Headline");
        assertThat(a.paragraphs()).extracting(p -> p.span().of(text)).containsExactly("Body text.", "More text.");
    }

    @Test
    void treatsByteOrderMarkAsLayout() {
        Article a = parser.parse("\uFEFFHeadline\n\nSome body text here.");
        assertThat(a.headline()).map(Headline::text).contains("Headline");
        Invariants.check(a);
    }

    @Test
    void findsNoDatelineInMiddleOfStory() {
        Article a = parser.parse("Headline\n\nA first paragraph without dateline.\n\n"
                + "WASHINGTON (AP) — this is not a dateline here.");
        assertThat(a.dateline()).isEmpty();
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void leavesQuotesEmptyWhenSwitchedOff() {
        ArticleParser quiet = Wireparse.parser(ParseOptions.DEFAULTS.withExtractQuotes(false));
        Article a = quiet.parse("Headline\n\n“We are done,” she said.");
        assertThat(a.quotes()).isEmpty();
        assertThat(a.sources()).isEmpty();
    }

    @Test
    void parsesSameInputToEqualArticles() {
        String text = "Headline\n\nBOSTON (AP) — Body text.";
        assertThat(parser.parse(text)).isEqualTo(parser.parse(text));
    }

    @Test
    void capsRecordedProblems() {
        ArticleParser strictLimit = Wireparse.parser(ParseOptions.DEFAULTS.withMaxProblems(0));
        Article a = strictLimit.parse("");
        assertThat(a.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not recorded"));
    }
}
