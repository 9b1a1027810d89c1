package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wireparse.testing.JsonSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs both writers over the shared corpora (read in place, never copied): every article must give
 * a JSON object that satisfies the schema and a well-formed NITF document. Skipped when the shared
 * folder is absent.
 */
class SerializersCorpusIT {

    private static JsonSchemas schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = JsonSchemas.forArticles();
    }

    @ParameterizedTest
    @ValueSource(strings = {"polnear-train/text", "wire-html", "zyte-benchmark/html"})
    void writesEveryCorpusArticleAsValidJsonAndNitf(String folder) throws IOException {
        Path dir = Path.of(System.getProperty("wireparse.shared", "../shared"), "corpora", folder);
        assumeTrue(Files.isDirectory(dir), "shared corpus " + dir + " is absent; skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().matches(".*\\.(txt|html|html\\.gz)$"))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            Article a = parse(f);
            String id = f.getFileName().toString();
            List<String> errors = schema.check(ArticleJson.create().toJson(a, id));
            if (!errors.isEmpty()) {
                failures.add(id + ": " + errors);
            }
            try {
                ArticleNitfTest.checkStructure(a, id);
            } catch (AssertionError e) {
                failures.add(id + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        assertThat(failures).isEmpty();
    }

    private static Article parse(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                return Wireparse.parseHtml(new String(in.readAllBytes(), StandardCharsets.UTF_8), "");
            }
        }
        String text = Files.readString(f, StandardCharsets.UTF_8);
        return name.endsWith(".html") ? Wireparse.parseHtml(text, "") : Wireparse.parse(text);
    }
}
