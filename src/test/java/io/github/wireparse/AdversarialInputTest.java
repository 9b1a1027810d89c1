package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wireparse.testing.Invariants;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and degenerate input: each parses without an exception, keeps every invariant, and
 * finishes. The time limit is only a guard against hangs (it is far above the expected time; speed
 * is measured with JMH, see BENCHMARKS.md).
 */
class AdversarialInputTest {

    /** Far above the expected time of any case here (well under a second each). */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static final ArticleParser PARSER = Wireparse.parser();

    static Stream<Arguments> texts() {
        return Stream.of(
                text("10,000 unbalanced opening quotes", () -> "He said “".repeat(10_000)),
                text("10,000 unbalanced closing quotes", () -> "” she added ".repeat(10_000)),
                text("10,000 mixed straight and curly quotes", () -> "\"a “b ‘c ``d '' e” f\" ".repeat(10_000)),
                text(
                        "10,000 quotes in one paragraph with a dateline",
                        () -> "SEOUL, South Korea (AP) — " + "“Yes,” he said. ".repeat(10_000)),
                text("100,000 blank lines", () -> "\n".repeat(100_000)),
                text(
                        "100,000 blank CRLF lines around text",
                        () -> "Headline\r\n" + "\r\n".repeat(100_000) + "Body.\r\n" + "   \r\n".repeat(100_000)),
                text("100,000 one-word paragraphs", () -> "Word.\n\n".repeat(100_000)),
                text("5 MB line without spaces", () -> "x".repeat(5 * 1024 * 1024)),
                text("5 MB line of dateline-like capitals", () -> "NEW YORK, ".repeat(500_000)),
                text("5 MB of one repeated byline start", () -> "By A".repeat(1_300_000)),
                text("every Unicode space and dash", AdversarialInputTest::spacesAndDashes),
                text(
                        "right-to-left text",
                        () -> "القاهرة، مصر (AP) — قال المسؤولون يوم الثلاثاء.\n\n"
                                + "\u202Eירושלים (AP) — אמר השר.\u202C\n\n\u200F“שלום,” אמר.\u200F"),
                text("NUL bytes", () -> "Head\u0000line\n\n\u0000\u0000SEOUL (AP) — Body\u0000 text.\n\n\u0000"),
                text("only a dateline", () -> "SEOUL, South Korea (AP) —"),
                text("only a dateline and a newline", () -> "WASHINGTON (AP) _\n"),
                text("empty", () -> ""),
                text("whitespace only", () -> " \t\n\r\n\u00A0\u2028\uFEFF  \n"),
                text("binary noise", AdversarialInputTest::binary),
                text("lone surrogates", () -> "\uD800 high\n\n\uDC00 low \uDBFF\uDFFF pair \uD800"),
                text("separators only", () -> "___\n\n---\n\n***\n\n* * *\n\n###\n".repeat(1_000)),
                text("deep indentation staircase", AdversarialInputTest::staircase));
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                text("100,000 nested divs", () -> "<div>".repeat(100_000) + "<p>deep</p>" + "</div>".repeat(100_000)),
                text("100,000 unclosed nested spans in a paragraph", () -> "<p>" + "<span>".repeat(100_000) + "text"),
                text("100,000 nested blockquotes", () -> "<blockquote>".repeat(100_000) + "x"),
                text("10,000 paragraphs", () -> "<p>Para “graph” said.</p>".repeat(10_000)),
                text("empty", () -> ""),
                text("binary noise", AdversarialInputTest::binary),
                text("only markup", () -> "<html><head></head><body></body></html>"),
                text("NUL bytes", () -> "<h1>\u0000</h1><p>\u0000a\u0000</p>"),
                text("5 MB text node without spaces", () -> "<p>" + "y".repeat(5 * 1024 * 1024) + "</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void parsesHostileTextWithoutException(String name, Supplier<String> input) {
        String text = input.get();
        Article a = assertTimeoutPreemptively(HANG_GUARD, () -> PARSER.parse(text), name);
        assertThat(a.text()).isSameAs(text);
        Invariants.check(a);
        for (Problem p : a.problems()) {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void parsesHostileHtmlWithoutException(String name, Supplier<String> input) {
        String html = input.get();
        Article a = assertTimeoutPreemptively(HANG_GUARD, () -> PARSER.parseHtml(html, ""), name);
        Invariants.check(a);
    }

    private static Arguments text(String name, Supplier<String> input) {
        return Arguments.of(name, input);
    }

    /** Every character Java or Unicode counts as a space, and every dash, between words. */
    private static String spacesAndDashes() {
        StringBuilder sb = new StringBuilder("Headline with odd spaces\n\n");
        StringBuilder dashes = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                sb.append("word").append(c);
            }
            if (Character.getType(c) == Character.DASH_PUNCTUATION) {
                dashes.append(c);
            }
        }
        sb.append("\n\n");
        for (int i = 0; i < dashes.length(); i++) {
            sb.append("CITY (AP) ").append(dashes.charAt(i)).append(" Body text.\n\n");
        }
        return sb.toString();
    }

    private static String binary() {
        java.util.Random r = new java.util.Random(7);
        char[] cs = new char[200_000];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = (char) r.nextInt(0x10000);
        }
        return new String(cs);
    }

    private static String staircase() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append(" ".repeat(i)).append("step ").append(i).append('\n');
        }
        return sb.toString();
    }
}
