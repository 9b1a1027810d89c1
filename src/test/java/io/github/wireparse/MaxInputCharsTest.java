package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link ParseOptions#maxInputChars()}: a longer input is cut there, with a problem saying so. */
class MaxInputCharsTest {

    private static final String STORY = "Leaders agree on a plan\n\nLISBON (AP) — Officials said the"
            + " plan would take effect next month.\n\n“It is a fair deal,” said Maria Lopez.\n\n"
            + "The vote is on Tuesday.\n";

    private static ArticleParser limitedTo(int max) {
        return Wireparse.parser(ParseOptions.DEFAULTS.withMaxInputChars(max));
    }

    private static Problem cutProblem(Article a) {
        return a.problems().stream()
                .filter(p -> p.message().contains("cut"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cut problem in " + a.problems()));
    }

    @Test
    void cutsALongerTextAtTheLimitAndSaysWhere() {
        int max = STORY.indexOf("The vote");

        Article a = limitedTo(max).parse(STORY);

        assertThat(a.text()).isEqualTo(STORY.substring(0, max));
        assertThat(a.paragraphs())
                .extracting(Paragraph::text)
                .last()
                .isEqualTo("“It is a fair deal,” said Maria Lopez.");
        assertThat(a.quotes()).hasSize(1);
        Problem p = cutProblem(a);
        assertThat(p.message())
                .contains(String.valueOf(STORY.length()))
                .contains(String.valueOf(max))
                .contains("maxInputChars");
        assertThat(p.offset()).hasValue(max);
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.column()).isEqualTo(1);
    }

    @Test
    void leavesAnInputOfTheLimitAlone() {
        Article limited = limitedTo(STORY.length()).parse(STORY);

        assertThat(limited).isEqualTo(Wireparse.parser().parse(STORY));
        assertThat(limited.problems()).noneMatch(p -> p.message().contains("cut"));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "Leaders agree\n\nThe crowd cheered \uD83D\uDE00 loudly.\n";
        int pair = text.indexOf('\uD83D');

        Article a = limitedTo(pair + 1).parse(text);

        assertThat(a.text()).isEqualTo(text.substring(0, pair));
        assertThat(cutProblem(a).offset()).hasValue(pair);
    }

    @Test
    void aLimitOfZeroParsesNothingAndSaysWhy() {
        Article a = limitedTo(0).parse(STORY);

        assertThat(a.text()).isEmpty();
        assertThat(a.paragraphs()).isEmpty();
        assertThat(cutProblem(a).offset()).hasValue(0);
    }

    @Test
    void cutsAnHtmlPageSourceAndSaysWhereInTheSource() {
        String page = "<html><body><h1>Leaders agree on a plan</h1>\n<p>Officials said the plan "
                + "would take effect next month after a long review.</p>\n<p>The second paragraph"
                + " is left out by the limit.</p>\n</body></html>";
        int max = page.indexOf("<p>The second");

        Article a = limitedTo(max).parseHtml(page, "");

        assertThat(a.text()).contains("Officials said").doesNotContain("second paragraph");
        Problem p = cutProblem(a);
        assertThat(p.message()).startsWith("page cut").contains(String.valueOf(page.length()));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(1);
        assertThat(Wireparse.parser().parseHtml(page, "").text()).contains("second paragraph");
    }

    @Test
    void cutsAnHtmlPageGivenAsBytesBeforeAWholeCharacter() throws IOException {
        String page = "<html><body><h1>Leaders agree</h1><p>Officials said the plan would take "
                + "effect next month after a long review in Düsseldorf.</p></body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        int max = page.indexOf('ü') + 1; // the second byte of ü, as bytes

        Article a = limitedTo(max).parseHtml(new ByteArrayInputStream(bytes), "");

        assertThat(a.text()).contains("in D").doesNotContain("\uFFFD").doesNotContain("ü");
        assertThat(cutProblem(a).message()).contains("bytes").contains(String.valueOf(bytes.length));
    }
}
