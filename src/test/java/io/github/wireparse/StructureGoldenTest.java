package io.github.wireparse;

import io.github.wireparse.testing.Golden;
import io.github.wireparse.testing.Invariants;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-text golden fixtures of {@code src/test/resources/golden/structure}: one case per story,
 * each compared with its {@code .structure} file (see that folder's README).
 */
class StructureGoldenTest {

    private static final Path FOLDER = Path.of("src/test/resources/golden/structure");

    static Stream<Path> stories() {
        return Golden.inputs(FOLDER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void parsesStoryAsItsGoldenFileSays(Path story) {
        Article article = Wireparse.parse(Golden.read(story));
        Golden.assertMatches(story, Golden.structure(article), "structure");
        Invariants.check(article);
    }
}
