package io.github.wireparse.internal.quote;

import io.github.wireparse.Article;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.Golden;
import io.github.wireparse.testing.Invariants;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden quote cases: each {@code src/test/resources/quotes/<case>.txt} is parsed and its quotes
 * and sources are compared with {@code <case>.quotes}. See the folder's README.md.
 */
class QuoteGoldenTest {

    private static final Path FOLDER = Paths.get("src", "test", "resources", "quotes");

    static Stream<Path> cases() {
        return Golden.inputs(FOLDER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsQuotesAsExpected(Path input) {
        Article article = Wireparse.parse(Golden.read(input));
        Invariants.check(article);
        Golden.assertMatches(input, Golden.quotes(article), "quotes");
    }
}
