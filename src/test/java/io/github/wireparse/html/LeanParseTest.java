package io.github.wireparse.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.WireParser;
import io.github.wireparse.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code parseHtml(String, String)} hands jsoup the page without script and style text and without
 * the values of attributes nothing reads; the article must be exactly the one extracted from
 * jsoup's parse of the whole page ({@code parseHtml(Document)}), markup-error problems aside (only
 * the string entry point checks the source for them).
 */
class LeanParseTest {

    private static final WireParser PARSER = WireParser.create();
    private static final String BASE = "https://example.test/story";

    static Stream<Path> fixtures() {
        return Golden.inputs(Path.of("src/test/resources/html"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void leanParseGivesTheArticleOfAFullParse(Path page) {
        assertSameArticle(Golden.read(page));
    }

    @Test
    void leanParseGivesTheArticleOfAFullParseOnSharedPages() throws IOException {
        String shared = System.getProperty("wireparse.shared", "");
        Path corpora = shared.isEmpty() ? Path.of("/nonexistent") : Path.of(shared, "corpora");
        Assumptions.assumeTrue(Files.isDirectory(corpora.resolve("wire-html")),
                "shared corpora not found under wireparse.shared (" + corpora + "); skipping");
        List<Path> pages = new ArrayList<>();
        for (String dir : new String[] {"wire-html", "zyte-benchmark/html"}) {
            Path d = corpora.resolve(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
                            .sorted().forEach(pages::add);
                }
            }
        }
        for (Path p : pages) {
            assertSameArticle(read(p));
        }
        assertThat(pages).hasSizeGreaterThan(100);
    }

    private static String read(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] bytes = p.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameArticle(String html) {
        Article lean = PARSER.parseHtml(html, BASE);
        Article full = PARSER.parseHtml(Jsoup.parse(html, BASE));
        assertThat(withoutMarkupProblems(lean)).isEqualTo(full);
    }

    private static Article withoutMarkupProblems(Article a) {
        return new Article(a.text(), a.format(), a.headline(), a.byline(), a.dateline(), a.paragraphs(),
                a.boilerplate(), a.quotes(), a.sources(), a.metadata(),
                a.problems().stream().filter(p -> !p.message().startsWith("malformed HTML")).toList());
    }
}
