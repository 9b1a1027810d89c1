package io.github.wireparse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the format of every knowledge file ({@code .txt} word list or {@code .tsv} table) under
 * {@code src/main/resources/io/github/wireparse/}, as {@link Resources} reads them: UTF-8, a
 * {@code #} comment header first, then entries with no white space at either end, no duplicate
 * entry (for a table, no duplicate row), and in a table the same number of tab-separated columns
 * in every row as in its header line.
 */
class ResourceFormatTest {

    private static final Path ROOT = Path.of("src/main/resources/io/github/wireparse");

    static Stream<Path> knowledgeFiles() throws IOException {
        List<Path> out;
        try (Stream<Path> files = Files.walk(ROOT)) {
            out = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".tsv"))
                    .sorted().toList();
        }
        assertThat(out).as("knowledge files under " + ROOT).isNotEmpty();
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knowledgeFiles")
    void hasHeaderAndCleanDistinctEntries(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        }
        assertThat(text).as("%s ends with a line break", file).endsWith("\n");
        assertThat(text).as("%s has Unix line breaks and no byte order mark", file)
                .doesNotContain("\r").doesNotStartWith("\uFEFF");
        String[] lines = text.split("\n", -1);
        assertThat(lines[0]).as("%s starts with a # header saying what it holds", file)
                .startsWith("# ").hasSizeGreaterThan(10);
        boolean tsv = file.toString().endsWith(".tsv");
        int columns = -1;
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            int n = i + 1;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!line.isEmpty()) {
                    problems.add("line " + n + ": white space only");
                }
                continue;
            }
            if (!line.equals(line.strip())) {
                problems.add("line " + n + ": white space at the start or end: «" + line + "»");
            }
            if (tsv) {
                String[] cells = line.split("\t", -1);
                if (columns < 0) {
                    columns = cells.length; // the header line
                } else if (cells.length != columns) {
                    problems.add("line " + n + ": " + cells.length + " columns, the header has " + columns);
                }
                for (String c : cells) {
                    if (!c.equals(c.strip())) {
                        problems.add("line " + n + ": white space around a cell: «" + c + "»");
                    }
                }
            } else if (line.indexOf('\t') >= 0) {
                problems.add("line " + n + ": a tab in a one-entry-per-line file");
            }
            if (!seen.add(line)) {
                problems.add("line " + n + ": duplicate «" + line + "»");
            }
        }
        assertThat(seen).as("%s has entries", file).isNotEmpty();
        assertThat(problems).as("format of %s", file).isEmpty();
    }
}
