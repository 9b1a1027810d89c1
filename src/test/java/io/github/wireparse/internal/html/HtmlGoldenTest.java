package io.github.wireparse.internal.html;

import io.github.wireparse.Article;
import io.github.wireparse.WireParser;
import io.github.wireparse.testing.Golden;
import io.github.wireparse.testing.Invariants;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The synthetic pages of {@code src/test/resources/html/}, one case per page. */
class HtmlGoldenTest {

    private static final Path FOLDER = Path.of("src/test/resources/html");

    static Stream<Path> pages() {
        return Golden.inputs(FOLDER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void rendersPageStructure(Path page) {
        Article a = WireParser.create().parseHtml(Golden.read(page), "https://example.test/story");
        Invariants.check(a);
        Golden.assertMatches(page, Golden.structure(a), "structure");
    }
}
