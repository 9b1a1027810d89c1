package io.github.wireparse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the format of every knowledge file under {@code src/main/resources/io/github/wireparse/}
 * (word lists {@code *.txt}, tables {@code *.tsv}): a {@code #} header saying what the file holds
 * and where it comes from, UTF-8, no stray white space, no entry twice, and for tables a header
 * line of column names and the same number of non-empty cells in every row.
 */
class KnowledgeFilesTest {

    private static final Path ROOT = Path.of("src/main/resources");
    private static final Path KNOWLEDGE = ROOT.resolve("io/github/wireparse");

    private static List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(KNOWLEDGE)) {
            return all.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".tsv"))
                    .sorted()
                    .toList();
        }
    }

    /** {@return what is wrong with one file, or nothing} */
    static List<String> problems(String name, byte[] bytes) {
        List<String> wrong = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return List.of(name + ": not UTF-8");
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].startsWith("# ")) {
            wrong.add(name + ": no '#' header saying what it holds and where its entries come from");
        }
        if (!text.endsWith("\n") || text.contains("\r")) {
            wrong.add(name + ": lines must end in \\n, the last one too");
        }
        boolean table = name.endsWith(".tsv");
        int columns = -1;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + (i + 1);
            if (!line.equals(line.strip())) {
                wrong.add(where + ": white space at the start or end");
            }
            String[] cells = line.split("\t", -1);
            if (!table && cells.length > 1) {
                wrong.add(where + ": a tab in a word list");
            }
            if (table && columns < 0) {
                columns = cells.length;
                for (String c : cells) {
                    if (!c.matches("[a-z][a-z_]*") || !seen.add("column " + c)) {
                        wrong.add(where + ": the header must name distinct lower-case columns: " + c);
                    }
                }
                continue;
            }
            if (table && cells.length != columns) {
                wrong.add(where + ": " + cells.length + " cells, the header has " + columns);
            }
            for (String c : cells) {
                if (c.isEmpty() || !c.equals(c.strip())) {
                    wrong.add(where + ": an empty cell or one with white space around it");
                }
            }
            if (!seen.add(cells[0])) {
                wrong.add(where + ": " + cells[0] + " is there twice");
            }
        }
        if (table && columns < 0 || seen.isEmpty()) {
            wrong.add(name + ": no entries");
        }
        return wrong;
    }

    @Test
    void everyKnowledgeFileHasAHeaderAndWellFormedEntries() throws IOException {
        List<Path> files = files();
        assertThat(files).as("knowledge files").isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            wrong.addAll(problems(KNOWLEDGE.relativize(f).toString(), Files.readAllBytes(f)));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKnowledgeFileIsReadFromTheClassPathAsWritten() throws IOException {
        for (Path f : files()) {
            String resource = "/" + ROOT.relativize(f).toString().replace('\\', '/');
            List<String> expected = Files.readAllLines(f).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
            assertThat(Resources.lines(resource)).as(resource).isEqualTo(expected);
        }
    }

    @Test
    void findsTheFaultsOfABadFile() {
        byte[] bad = "word\nword\n".getBytes(StandardCharsets.UTF_8);
        assertThat(problems("x.txt", bad)).anyMatch(p -> p.contains("header")).anyMatch(p -> p.contains("twice"));
        byte[] ragged = "# a table from nowhere\na\tb\n1\t2\n3\n4\t \n".getBytes(StandardCharsets.UTF_8);
        assertThat(problems("x.tsv", ragged))
                .anyMatch(p -> p.contains("x.tsv:4: 1 cells"))
                .anyMatch(p -> p.contains("x.tsv:5: an empty cell"));
        byte[] good = "# a list\n# from the test\n\nalpha\nbeta\n".getBytes(StandardCharsets.UTF_8);
        assertThat(problems("x.txt", good)).isEmpty();
    }

    @Test
    void resourceLinesSkipCommentsAndBlankLinesAndRefuseAMissingFile() {
        assertThat(Resources.lines("/io/github/wireparse/text/end-marks.txt"))
                .isEqualTo(Resources.lines("text/end-marks.txt"))
                .isNotEmpty()
                .noneMatch(l -> l.isBlank() || l.startsWith("#"));
        assertThatThrownBy(() -> Resources.lines("no-such-file.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-file");
        assertThatThrownBy(() -> Tsv.rows("text/end-marks.txt", "word"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("header");
    }
}
