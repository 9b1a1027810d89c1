package io.github.wireparse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    private static final Path ROOT = Path.of("src/main/resources/io/github/wireparse");

    @Test
    void readsLinesWithoutCommentsOrBlankLines() throws IOException {
        List<String> file = Files.readAllLines(ROOT.resolve("quote/pronouns.txt"), StandardCharsets.UTF_8);
        List<String> expected =
                file.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(file).as("the file has a header").anyMatch(l -> l.startsWith("#"));
        assertThat(Resources.lines("quote/pronouns.txt")).containsExactlyElementsOf(expected);
    }

    @Test
    void readsAbsoluteResourcePathToo() {
        assertThat(Resources.lines("/io/github/wireparse/quote/pronouns.txt"))
                .isEqualTo(Resources.lines("quote/pronouns.txt"));
    }

    @Test
    void returnsUnmodifiableCollections() {
        assertThatThrownBy(() -> Resources.lines("quote/pronouns.txt").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Resources.set("quote/pronouns.txt").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Resources.set("quote/pronouns.txt")).contains("she", "they");
    }

    @Test
    void failsLoudlyOnMissingResource() {
        assertThatThrownBy(() -> Resources.lines("quote/no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-list.txt");
    }

    @Test
    void rejectsNullName() {
        assertThatThrownBy(() -> Resources.lines(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("resource");
    }
}
