package io.github.wireparse;

import io.github.wireparse.testing.Golden;
import io.github.wireparse.testing.Invariants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every story among the test resources, whatever folder it sits in, keeps the article invariants:
 * spans inside the text, no overlaps, and no non-space character lost.
 */
class FixtureInvariantsTest {

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            List<Path> stories = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
            return stories.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void losesNoCharacter(Path story) {
        Invariants.check(Wireparse.parse(Golden.read(story)));
    }
}
