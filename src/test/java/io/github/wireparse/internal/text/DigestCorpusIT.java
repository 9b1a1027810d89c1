package io.github.wireparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wireparse.FeedStory;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The digest split (issue 16) on the real copy of the development corpora, read in place: none of
 * them holds a digest (each text is one story), so none may be split, while the quick check still
 * lets through the texts that have two bracketed words near their lines' starts, so the full rule is
 * exercised on them. Skipped when the shared folder is absent.
 */
class DigestCorpusIT {

    private static final Path CORPORA =
            Path.of(System.getProperty("wireparse.shared", "../shared")).resolve("corpora");

    private static List<Path> files(Path folder, String suffix) throws IOException {
        assumeTrue(
                Files.isDirectory(folder),
                folder.toAbsolutePath() + " not found (system property " + "wireparse.shared); skipping");
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void splitsNoneOfThePolnearArticles() throws IOException {
        List<Path> texts = files(CORPORA.resolve("polnear-train/text"), ".txt");
        List<String> split = new ArrayList<>();
        int checked = 0;
        for (Path p : texts) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            if (Digests.mayHold(text)) {
                checked++;
            }
            if (Digests.split(text).size() > 1) {
                split.add(p.getFileName().toString());
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(checked).as("texts the full rule ran on").isPositive();
        assertThat(split).as("PolNeAR articles split as digests").isEmpty();
    }

    @Test
    void readsEveryWireFeedFileWithoutADigestSplit() throws IOException {
        List<Path> feeds = files(CORPORA.resolve("wire-feeds"), "");
        for (Path p : feeds) {
            byte[] bytes = Files.readAllBytes(p);
            long stories;
            try (Stream<FeedStory> all = Wireparse.parseAll(bytes)) {
                stories = all.count();
            }
            // The feed files' only multi-story file is none: each holds one story.
            assertThat(stories).as(p.getFileName().toString()).isEqualTo(1);
        }
    }
}
