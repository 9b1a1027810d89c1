package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Misuse is the only thing that throws: a null argument, named in the message. */
class NullArgumentTest {

    private final ArticleParser parser = Wireparse.parser();

    private static InputStream empty() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Test
    void facadeNamesNullText() {
        assertThatNullPointerException()
                .isThrownBy(() -> Wireparse.parse((String) null))
                .withMessage("text");
    }

    @Test
    void facadeNamesNullHtmlAndBaseUri() {
        assertThatNullPointerException()
                .isThrownBy(() -> Wireparse.parseHtml(null, ""))
                .withMessage("html");
        assertThatNullPointerException()
                .isThrownBy(() -> Wireparse.parseHtml("", null))
                .withMessage("baseUri");
    }

    @Test
    void parserNamesNullOptions() {
        assertThatNullPointerException()
                .isThrownBy(() -> Wireparse.parser(null))
                .withMessage("options");
    }

    @Test
    void parserNamesNullTextAndFile() {
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parse((String) null))
                .withMessage("text");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parse((Path) null))
                .withMessage("file");
    }

    @Test
    void parserNamesNullHtmlArguments() {
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseHtml((String) null, ""))
                .withMessage("html");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseHtml("", null))
                .withMessage("baseUri");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseHtml((Document) null))
                .withMessage("document");
    }

    @Test
    void parserNamesNullStreamArguments() {
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseHtml((InputStream) null, ""))
                .withMessage("in");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseHtml(empty(), null))
                .withMessage("baseUri");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseHtml(null, StandardCharsets.UTF_8, ""))
                .withMessage("in");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseHtml(empty(), (Charset) null, ""))
                .withMessage("charset");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseHtml(empty(), StandardCharsets.UTF_8, null))
                .withMessage("baseUri");
    }
}
