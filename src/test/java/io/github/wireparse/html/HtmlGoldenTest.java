package io.github.wireparse.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.WireParser;
import io.github.wireparse.testing.Golden;
import io.github.wireparse.testing.Invariants;
import java.nio.file.Path;
import java.util.Optional;
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
        String actual = Golden.structure(a);
        String name = page.getFileName().toString().replaceFirst("\\.html$", "");
        Optional<String> expected = Golden.expected(FOLDER.resolve(name + ".structure"), actual);
        assertThat(expected).as("expected file %s.structure (write with -Dwireparse.golden.write=true"
                + " and review)", name).isPresent();
        assertThat(actual).isEqualTo(expected.get());
    }
}
