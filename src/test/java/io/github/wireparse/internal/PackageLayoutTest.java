package io.github.wireparse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the internals laid out by stage, with imports running one way: html → text → dateline /
 * quote → the shared helpers. A stage may use the stages after it, never one before, so each can be
 * read (and tested) without the ones that use it.
 */
class PackageLayoutTest {

    private static final Path INTERNAL = Path.of("src/main/java/io/github/wireparse/internal");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?io\\.github\\.wireparse\\.internal\\.([a-z]+)\\.", Pattern.MULTILINE);

    /** Each stage and the internal stages it may import. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "html", List.of("text"),
            "text", List.of("dateline", "quote"),
            "dateline", List.of(),
            "quote", List.of(),
            "format", List.of("text"),
            "feed", List.of("html", "text", "dateline"),
            "warc", List.of());

    @Test
    void importsBetweenStagesRunOneWay() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(INTERNAL)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = INTERNAL.relativize(f);
                String stage = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1);
                    boolean ok = used.equals(stage)
                            || (ALLOWED.containsKey(stage) && ALLOWED.get(stage).contains(used));
                    if (!ok) {
                        wrong.add(rel + " imports internal." + used);
                    }
                }
            }
        }
        assertThat(wrong).as("imports against the stage order").isEmpty();
    }

    @Test
    void everyStageHasAPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.list(INTERNAL)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                assertThat(d.resolve("package-info.java"))
                        .as("package-info of " + d)
                        .exists();
                assertThat(ALLOWED)
                        .as("the stage order knows " + d.getFileName())
                        .containsKey(d.getFileName().toString());
            }
        }
    }
}
