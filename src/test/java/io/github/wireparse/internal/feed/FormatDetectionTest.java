package io.github.wireparse.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.wireparse.Article;
import io.github.wireparse.Headline;
import io.github.wireparse.InputFormat;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.Wireparse;
import io.github.wireparse.internal.text.TextPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The format comes from the content, through the same entry points, with no flag. */
class FormatDetectionTest {

    private static InputFormat formatOf(String input) {
        return Wireparse.parse(input.getBytes(StandardCharsets.UTF_8)).format();
    }

    @Test
    void detectsAnpaFromItsControlCharacters() {
        assertThat(
                        formatOf(
                                "\u0016\u0016\u0001a0001\u001f\nr a\u0013\u0011 BC-US--Test 02-20 0100\r\n"
                                        + "\u0002^A headline here<\r\n\t   BOSTON (AP) _ Text of the story.\r\n\u0003AP-WF-02-20-16 0337GMT\r\n\u0004"))
                .isEqualTo(InputFormat.ANPA);
    }

    @Test
    void detectsAnpaFromItsHeaderLineWithoutControlCharacters() {
        Article a = Wireparse.parse("r a BC-US--Mill-Bridge 1stLd-Writethru   03-12 0310\n"
                + "Town votes to rebuild old mill bridge\n\n"
                + "   MILLBROOK, Vt. (AP) _ The town council voted 5-2 on Tuesday to rebuild the bridge.\n");
        assertThat(a.format()).isEqualTo(InputFormat.ANPA);
        assertThat(a.envelope().flatMap(e -> e.version()).map(f -> f.text())).contains("1stLd-Writethru");
        assertThat(a.headline().map(Headline::text)).contains("Town votes to rebuild old mill bridge");
    }

    @Test
    void detectsIptc7901FromItsHeaderLine() {
        assertThat(formatOf("\u0001eca062 4 i 211 ccccb   dpa 061\r\n\nKeyword/\r\n\u0002Headline =\r\n\n"
                        + "   Berlin (dpa) - Text.\r\n\u0003131137 GMT Nov 13\r\n"))
                .isEqualTo(InputFormat.IPTC7901);
        assertThat(formatOf("eca062 4 i 211 ccccb   dpa 061\n\nHeadline =\n\n   Berlin (dpa) - Text.\n"))
                .isEqualTo(InputFormat.IPTC7901);
    }

    @Test
    void detectsXmlFeedsByTheirRootElement() {
        assertThat(formatOf("<?xml version=\"1.0\"?>\n<!-- c -->\n<nitf><body><body.content><p>A.</p>"
                        + "</body.content></body></nitf>"))
                .isEqualTo(InputFormat.NITF);
        assertThat(formatOf("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\">"
                        + "<contentMeta><headline>H</headline></contentMeta></newsItem>"))
                .isEqualTo(InputFormat.NEWSML_G2);
        assertThat(formatOf("<?xml version=\"1.0\"?><NewsML><NewsItem><NewsComponent><NewsLines>"
                        + "<HeadLine>H</HeadLine></NewsLines></NewsComponent></NewsItem></NewsML>"))
                .isEqualTo(InputFormat.NEWSML);
    }

    @Test
    void detectsHtmlAndNinjs() {
        assertThat(formatOf("<!DOCTYPE html><html><body><h1>Title</h1><p>Some text.</p></body></html>"))
                .isEqualTo(InputFormat.HTML);
        assertThat(formatOf("{\"uri\": \"u\", \"type\": \"text\", \"headline\": \"H\", \"body_text\": \"Body.\"}"))
                .isEqualTo(InputFormat.NINJS);
    }

    @Test
    void plainTextGoesThroughTheTextPipelineUnchanged() {
        String text = "Mayor rejects library cuts\n\nBy JANE DOE\n\nSPRINGFIELD, Ill. (AP) — The mayor said no.\n";
        assertThat(Wireparse.parse(text)).isEqualTo(TextPipeline.parse(text, ParseOptions.DEFAULTS));
        assertThat(Wireparse.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(TextPipeline.parse(text, ParseOptions.DEFAULTS));
        assertThat(Wireparse.parse(text).envelope()).isEmpty();
    }

    @Test
    void htmlGivenAsAStringIsStillReadAsText() {
        String html = "<html><body><p>Hello.</p></body></html>";
        assertThat(Wireparse.parse(html)).isEqualTo(TextPipeline.parse(html, ParseOptions.DEFAULTS));
    }

    @Test
    void publicDetectionTellsFeedFilesFromTheirBytes() throws IOException {
        Path feed = Path.of("src/test/resources/feed");
        assertThat(InputFormat.detect(Files.readAllBytes(feed.resolve("two-messages.tst"))))
                .isEqualTo(InputFormat.ANPA);
        assertThat(InputFormat.detect(Files.readAllBytes(feed.resolve("dpa-latin1.7901"))))
                .as("a Latin-1 byte does not hide the header")
                .isEqualTo(InputFormat.IPTC7901);
        assertThat(InputFormat.detect(Files.readAllBytes(feed.resolve("newsml-g2-two-items.xml"))))
                .isEqualTo(InputFormat.NEWSML_G2);
        assertThat(InputFormat.detect(Files.readAllBytes(feed.resolve("ap-feed-two-items.json"))))
                .isEqualTo(InputFormat.NINJS);
        assertThat(InputFormat.detect(Files.readAllBytes(feed.resolve("ap1989-editors-note.text"))))
                .isEqualTo(InputFormat.TEXT);
        assertThat(InputFormat.detect("<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.detect(new byte[0])).isEqualTo(InputFormat.TEXT);
        assertThatNullPointerException()
                .isThrownBy(() -> InputFormat.detect(null))
                .withMessage("input");
    }

    @Test
    void publicDetectionLooksOnlyAtTheFirstKilobytes() {
        byte[] big = new byte[1 << 20];
        java.util.Arrays.fill(big, (byte) 'a');
        byte[] head = "\u0001a0101\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, big, 0, head.length);
        assertThat(InputFormat.detect(big)).isEqualTo(InputFormat.detect(head));
    }
}
