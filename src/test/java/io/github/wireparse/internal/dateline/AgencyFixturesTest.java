package io.github.wireparse.internal.dateline;

import io.github.wireparse.Article;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.Golden;
import io.github.wireparse.testing.Invariants;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden fixtures for the agencies' house styles: one case per file in
 * {@code src/test/resources/agencies} (see the README there).
 */
class AgencyFixturesTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "agencies");

    static Stream<Path> fixtures() {
        return Golden.inputs(FOLDER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesFixtureAsExpected(Path input) {
        Article article = Wireparse.parse(Golden.read(input));
        Invariants.check(article);
        Golden.assertMatches(input, Golden.structure(article), "structure");
    }
}
