package io.github.wireparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.InputFormat;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a folder of mixed feed files (the feed fixtures of
 * {@code src/test/resources/feed}, see its README): each file is read by the format the library
 * detects from its content, whatever its name, and a file with several stories gives one object
 * per story with ids {@code file#1}, {@code file#2}, … (digests too: one object per datelined
 * story).
 */
class FeedFolderTest {

    private static final Path FEED = Path.of("src/test/resources/feed");
    private static final List<String> FILES = List.of(
            "two-messages.tst",
            "newsml-g2-two-items.xml",
            "ap-feed-two-items.json",
            "dpa-latin1.7901",
            "ap1989-editors-note.text",
            "ap-digest.tst",
            "ap-digest-separators.text");

    @TempDir
    Path dir;

    /** Copies the fixtures under names that say nothing of their format. */
    private Path mixedFolder() throws IOException {
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        for (int i = 0; i < FILES.size(); i++) {
            Files.copy(FEED.resolve(FILES.get(i)), feeds.resolve("item" + i + (i % 2 == 0 ? ".dat" : "")));
        }
        return feeds;
    }

    private static String name(int i) {
        return "item" + i + (i % 2 == 0 ? ".dat" : "");
    }

    @Test
    void readsEveryFeedFileByItsContentWithOneObjectPerStory() throws IOException {
        Path feeds = mixedFolder();
        MainTest.Run r = MainTest.run("-f", "jsonl", feeds.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<Map<String, Object>> objects = r.objects();
        for (int i = 0; i < FILES.size(); i++) {
            Path fixture = FEED.resolve(FILES.get(i));
            long stories = Wireparse.parseAll(fixture).count();
            InputFormat format = InputFormat.detect(Files.readAllBytes(fixture));
            String id = feeds.resolve(name(i)).toString();
            List<Map<String, Object>> mine = objects.stream()
                    .filter(o -> ((String) o.get("id")).startsWith(id))
                    .toList();
            assertThat(mine).as(FILES.get(i)).hasSize((int) stories);
            if (stories > 1) {
                assertThat(mine)
                        .extracting(o -> o.get("id"))
                        .as("ids of " + FILES.get(i))
                        .startsWith(id + "#1", id + "#2");
            }
            assertThat(mine)
                    .allSatisfy(o ->
                            assertThat(o.get("format")).isEqualTo(format.name().toLowerCase(Locale.ROOT)));
            if (format != InputFormat.TEXT) {
                assertThat(mine)
                        .as(FILES.get(i))
                        .allSatisfy(o -> assertThat(o.get("envelope")).isNotNull());
            }
        }
    }

    @Test
    void findsSeveralStoriesInTheTransmissionAndTheNewsMessage() throws IOException {
        Path feeds = mixedFolder();
        MainTest.Run r = MainTest.run("-f", "jsonl", feeds.toString());
        assertThat(r.ids())
                .contains(
                        feeds.resolve(name(0)) + "#2",
                        feeds.resolve(name(1)) + "#2",
                        feeds.resolve(name(5)) + "#3",
                        feeds.resolve(name(6)) + "#3");
        assertThat(r.objects()).extracting(o -> o.get("format")).contains("anpa", "newsml_g2", "ninjs", "iptc7901");
    }

    @Test
    void writesEveryFeedStoryAsNinjs() throws IOException {
        Path feeds = mixedFolder();
        MainTest.Run r = MainTest.run("-f", "ninjs", feeds.toString());
        assertThat(r.status()).as(r.err()).isZero();
        long total = 0;
        for (String f : FILES) {
            total += Wireparse.parseAll(FEED.resolve(f)).count();
        }
        assertThat(r.objects())
                .hasSize((int) total)
                .anySatisfy(o -> assertThat(o).containsKey("slugline"));
    }
}
