package io.github.wireparse;

import io.github.wireparse.testing.Golden;
import io.github.wireparse.testing.Invariants;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden fixture, one case per file: each input under {@code src/test/resources/<folder>} is
 * parsed and compared with its expected file beside it ({@code <case>.structure} or
 * {@code <case>.quotes}; each folder's README says where its files came from and what the expected
 * file holds). Every parsed article must also keep the {@link Invariants}.
 *
 * <ul>
 *   <li>{@code golden/structure}: plain-text stories, their headline, byline, dateline, paragraphs,
 *       boilerplate and problems;</li>
 *   <li>{@code agencies}: the agencies' house styles, the same view;</li>
 *   <li>{@code html}: synthetic news pages, the same view of the rendered article;</li>
 *   <li>{@code quotes}: quotes and their sources;</li>
 *   <li>{@code seed}: the seed AP story, its attributions of every kind.</li>
 * </ul>
 */
class GoldenFilesTest {

    private static final Path RESOURCES = Path.of("src/test/resources");

    /** How a folder's inputs are parsed and viewed. */
    private record Suite(
            String folder, Function<String, Article> parse, Function<Article, String> view, String extension) {}

    private static final Function<String, Article> TEXT = Wireparse::parse;
    private static final Function<String, Article> HTML =
            html -> Wireparse.parseHtml(html, "https://example.test/story");

    static Stream<Arguments> cases() {
        return Stream.of(
                        new Suite("golden/structure", TEXT, Golden::structure, "structure"),
                        new Suite("agencies", TEXT, Golden::structure, "structure"),
                        new Suite("html", HTML, Golden::structure, "structure"),
                        new Suite("quotes", TEXT, Golden::quotes, "quotes"),
                        new Suite("seed", TEXT, Golden::attributions, "attributions"))
                .flatMap(s -> Golden.inputs(RESOURCES.resolve(s.folder()))
                        .map(input -> Arguments.of(s.folder() + "/" + input.getFileName(), input, s)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesAsItsGoldenFileSays(String name, Path input, Suite suite) {
        Article article = suite.parse().apply(Golden.read(input));
        Invariants.check(article);
        Golden.assertMatches(input, suite.view().apply(article), suite.extension());
    }
}
