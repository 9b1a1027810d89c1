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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Path SOURCES = Path.of("src/main/java");

    /** A Java string literal naming a knowledge file, with or without its folder. */
    private static final Pattern FILE_NAME = Pattern.compile("\"((?:[a-z]+/)?[a-z0-9-]+\\.(?:txt|tsv))\"");

    /**
     * The shape every entry of some word lists must have, where a wrong shape would be silently
     * ignored or would turn into regular-expression syntax when the list is used.
     */
    private static final Map<String, String> ENTRY_SHAPES = Map.ofEntries(
            Map.entry("html/article-types.txt", "[A-Z][A-Za-z]+"),
            Map.entry("html/meta-names.txt", "[a-z][a-z0-9._:-]*"),
            Map.entry("html/creator-meta-names.txt", "[a-z][a-z0-9._:-]*"),
            Map.entry("html/title-meta-names.txt", "[a-z][a-z0-9._:-]*"),
            Map.entry("html/modified-date-words.txt", "[a-z]+(?: [a-z]+)*"),
            Map.entry("html/ap-excluded-classes.txt", "[A-Za-z][A-Za-z0-9_-]*\\*?"),
            Map.entry("html/highlights-labels.txt", "\\p{Ll}[\\p{Ll}'’ ]*\\p{Ll}"),
            Map.entry("text/abbreviations.txt", "[a-z]+(?:\\.[a-z]+)*"),
            Map.entry("format/country-region-names.txt", "[a-z][a-z. ]*"),
            Map.entry("format/unabbreviated-states.txt", "[a-z]+"),
            Map.entry("format/federations.txt", "[A-Z]{2}"),
            Map.entry("text/advisory-words.txt", "\\p{L}[\\p{L} -]*"),
            Map.entry("text/version-tags.txt", "\\p{Lu}+"));

    /** The shape of an entry of a class-word list ({@code html/*-class-words.txt}), read by {@code Keywords}. */
    private static final String CLASS_WORD = "(?:\\\\b)?[a-z0-9_-]+(?:\\\\b)?";

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

    /**
     * {@return what is wrong with the entries of one file beyond its format: entries of the wrong
     * shape, upper case in a list whose header says its entries are lower case}
     */
    static List<String> entryProblems(String name, List<String> entries, List<String> header) {
        List<String> wrong = new ArrayList<>();
        String shape = name.matches("html/[a-z-]+-class-words\\.txt") ? CLASS_WORD : ENTRY_SHAPES.get(name);
        boolean lower = header.stream().anyMatch(h -> h.contains("lower-case entry"));
        for (String e : entries) {
            if (shape != null && !e.matches(shape)) {
                wrong.add(name + ": " + e + " is not of the shape " + shape);
            }
            if (lower && !e.equals(e.toLowerCase(Locale.ROOT))) {
                wrong.add(name + ": " + e + " is not lower case, as the header says");
            }
        }
        return wrong;
    }

    @Test
    void everyEntryHasTheShapeItsListNeeds() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path f : files()) {
            String name = KNOWLEDGE.relativize(f).toString().replace('\\', '/');
            List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
            List<String> header = all.stream().filter(l -> l.startsWith("#")).toList();
            wrong.addAll(entryProblems(name, Resources.lines(name), header));
        }
        assertThat(ENTRY_SHAPES.keySet())
                .as("every list given a shape exists")
                .allMatch(n -> Files.exists(KNOWLEDGE.resolve(n)));
        assertThat(wrong).isEmpty();
    }

    @Test
    void findsAnEntryOfTheWrongShape() {
        assertThat(entryProblems(
                        "html/unlikely-class-words.txt", List.of("ok", "\\bfine\\b", "(?:bad|worse)"), List.of()))
                .containsExactly("html/unlikely-class-words.txt: (?:bad|worse) is not of the shape " + CLASS_WORD);
        assertThat(entryProblems("text/advisory-words.txt", List.of("Adds", "LD|"), List.of()))
                .hasSize(1);
        assertThat(entryProblems("x.txt", List.of("fine", "Loud"), List.of("# One lower-case entry per line")))
                .containsExactly("x.txt: Loud is not lower case, as the header says");
    }

    /**
     * {@return the knowledge file names written as string literals in the library's Java code
     * (comments left out)}
     */
    private static Set<String> namedInSource() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> all = Files.walk(SOURCES)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                        continue; // examples in comments name files of their own
                    }
                    Matcher m = FILE_NAME.matcher(code);
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            }
        }
        return names;
    }

    @Test
    void everyKnowledgeFileTheSourceNamesIsThereWithEntries() throws IOException {
        Set<String> files = new TreeSet<>();
        for (Path f : files()) {
            files.add(KNOWLEDGE.relativize(f).toString().replace('\\', '/'));
        }
        Set<String> named = namedInSource();
        assertThat(named).as("knowledge file names in the source").hasSizeGreaterThan(40);
        List<String> wrong = new ArrayList<>();
        for (String n : named) {
            List<String> matching = files.stream()
                    .filter(f -> f.equals(n) || f.endsWith("/" + n))
                    .toList();
            if (matching.isEmpty()) {
                wrong.add(n + ": named in the source, no such knowledge file");
            }
            for (String f : matching) {
                if (Resources.lines(f).isEmpty()) {
                    wrong.add(f + ": no entries");
                }
            }
        }
        for (String f : files) {
            String bare = f.substring(f.indexOf('/') + 1);
            if (!named.contains(f) && !named.contains(bare)) {
                wrong.add(f + ": no source names it, so nothing reads it");
            }
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
