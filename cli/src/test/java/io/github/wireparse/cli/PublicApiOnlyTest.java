package io.github.wireparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tool runs on the class path, where nothing stops it from reaching into the library's
 * internal packages; it must use only the exported API, as any other user does.
 */
class PublicApiOnlyTest {

    @Test
    void usesOnlyTheLibrarysExportedPackage() throws IOException {
        // Tests run in the repository's top folder.
        Path sources = Path.of("cli/src/main/java");
        assertThat(sources).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> lines(p).map(String::strip)
                            .filter(l -> !l.startsWith("*")
                                    && !l.startsWith("/") // comments
                                    && l.contains("io.github.wireparse.internal"))
                            .map(l -> sources.relativize(p) + ": " + l))
                    .toList();
        }
        assertThat(offenders).as("uses of the library's internal packages").isEmpty();
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
