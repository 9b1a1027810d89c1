package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wireparse.testing.Articles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards refactoring: the full JSON output (text included) of every development corpus, hashed per
 * corpus, must equal the hash recorded in {@code output-hashes.properties}. A change that is meant
 * to change the output updates that file in the same commit, deliberately:
 *
 * <pre>mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OutputIdentityIT -Dwireparse.hashes.update=true</pre>
 *
 * <p>writes the new hashes to {@code target/output-hashes.properties} and, per corpus, one line per
 * input ({@code target/output-hashes/<corpus>.tsv}) so that two runs can be compared file by file.
 * Problems about the markup of an HTML page are left out of the hash: whether they are reported
 * is a parse option, not the extraction.
 */
class OutputIdentityIT {

    private static final Path SHARED = Path.of(System.getProperty("wireparse.shared", "../shared"));
    private static final Path CORPORA = SHARED.resolve("corpora");
    private static final Path TEST_RESOURCES = Path.of("src/test/resources");
    private static final ArticleJson JSON = ArticleJson.create().withText(true);

    /** One corpus: its name, where it lives (for the skip message) and its inputs by id. */
    record Corpus(String name, Path root, Function<Path, Map<String, Input>> inputs) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * One input: text, an HTML page, or a feed file (its bytes as ISO-8859-1 characters, one per
     * byte, read through {@code parseAll(byte[])}, every story hashed).
     */
    record Input(String content, boolean html, boolean feed) {
        Input(String content, boolean html) {
            this(content, html, false);
        }
    }

    static Stream<Corpus> corpora() {
        return Stream.of(
                new Corpus("seed", TEST_RESOURCES.resolve("seed"), dir -> files(dir, ".txt", false)),
                new Corpus("fixtures-text", TEST_RESOURCES, dir -> files(dir, ".txt", false)),
                new Corpus("fixtures-html", TEST_RESOURCES, dir -> files(dir, ".html", true)),
                new Corpus("polnear-train", CORPORA.resolve("polnear-train/text"), dir -> files(dir, ".txt", false)),
                new Corpus("reuters21578", CORPORA.resolve("reuters21578"), OutputIdentityIT::reuters),
                new Corpus("wire-html", CORPORA.resolve("wire-html"), dir -> files(dir, ".html", true)),
                new Corpus(
                        "zyte-benchmark", CORPORA.resolve("zyte-benchmark/html"), dir -> files(dir, ".html.gz", true)),
                new Corpus(
                        "readability-pages",
                        CORPORA.resolve("readability-pages"),
                        dir -> files(dir, "source.html", true)),
                new Corpus("wire-feeds", CORPORA.resolve("wire-feeds"), OutputIdentityIT::feeds));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void corpusOutputIsUnchanged(Corpus corpus) throws IOException, NoSuchAlgorithmException {
        assumeTrue(
                Files.isDirectory(corpus.root()),
                corpus.name() + " not found at " + corpus.root().toAbsolutePath() + "; skipping its hash");
        Map<String, Input> inputs = corpus.inputs().apply(corpus.root());
        assumeTrue(!inputs.isEmpty(), "no inputs in " + corpus.root() + "; skipping its hash");
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        StringBuilder perFile = new StringBuilder();
        for (Map.Entry<String, Input> e : inputs.entrySet()) {
            Input in = e.getValue();
            Map<String, Article> stories = new LinkedHashMap<>();
            if (in.feed()) {
                Wireparse.parseAll(in.content().getBytes(StandardCharsets.ISO_8859_1))
                        .forEach(st -> stories.put(e.getKey() + "#" + st.index(), st.article()));
            } else {
                stories.put(
                        e.getKey(), in.html() ? Wireparse.parseHtml(in.content(), "") : Wireparse.parse(in.content()));
            }
            for (Map.Entry<String, Article> story : stories.entrySet()) {
                byte[] json = JSON.toJson(Articles.withoutMarkupProblems(story.getValue()), story.getKey())
                        .getBytes(StandardCharsets.UTF_8);
                all.update(json);
                perFile.append(story.getKey())
                        .append('\t')
                        .append(HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(json)))
                        .append('\n');
            }
        }
        String got = HexFormat.of().formatHex(all.digest()) + " " + inputs.size();
        if (Boolean.getBoolean("wireparse.hashes.update")) {
            record(corpus.name(), got, perFile.toString());
            return;
        }
        Properties want = new Properties();
        try (InputStream s = OutputIdentityIT.class.getResourceAsStream("/output-hashes.properties")) {
            assertThat(s).as("output-hashes.properties on the test class path").isNotNull();
            want.load(s);
        }
        assertThat(got)
                .as("SHA-256 and input count of the JSON output of " + corpus.name()
                        + "; if the change is meant to change the output, rerun with"
                        + " -Dwireparse.hashes.update=true and copy target/output-hashes.properties")
                .isEqualTo(want.getProperty(corpus.name()));
    }

    private static synchronized void record(String corpus, String hash, String perFile) throws IOException {
        Path target = Path.of("target");
        Path props = target.resolve("output-hashes.properties");
        Map<String, String> lines = new TreeMap<>();
        if (Files.exists(props)) {
            for (String line : Files.readAllLines(props)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    lines.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        lines.put(corpus, hash);
        StringBuilder sb =
                new StringBuilder("# SHA-256 of the JSON output per corpus, then its input count (OutputIdentityIT)\n");
        lines.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        // The tests run in the repository's top folder, whose target/ a build need not have made.
        Files.createDirectories(target);
        Files.writeString(props, sb);
        Path dir = Files.createDirectories(target.resolve("output-hashes"));
        Files.writeString(dir.resolve(corpus + ".tsv"), perFile);
    }

    private static Map<String, Input> files(Path dir, String suffix, boolean html) {
        Map<String, Input> out = new LinkedHashMap<>();
        List<Path> paths;
        try (Stream<Path> s = Files.walk(dir)) {
            paths = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : paths) {
            out.put(dir.relativize(p).toString().replace('\\', '/'), new Input(read(p), html));
        }
        return out;
    }

    /** Every file of the wire-feeds folder, as bytes: the parse detects each one's format. */
    private static Map<String, Input> feeds(Path dir) {
        Map<String, Input> out = new LinkedHashMap<>();
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(Files::isRegularFile).sorted().toList();
            for (Path p : paths) {
                out.put(
                        p.getFileName().toString(),
                        new Input(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1), false, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String read(Path p) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            if (p.toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    bytes = in.readAllBytes();
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern DOC = Pattern.compile("<REUTERS[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern DATELINE = Pattern.compile("<DATELINE>(.*?)</DATELINE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);

    /** Each Reuters-21578 story with a body, as the evaluation builds it: title, dateline, body. */
    private static Map<String, Input> reuters(Path dir) {
        Map<String, Input> out = new LinkedHashMap<>();
        for (Map.Entry<String, Input> f : files(dir, ".sgm", false).entrySet()) {
            // The files are ISO-8859-1; their few non-ASCII bytes come out as U+FFFD under UTF-8,
            // the same way every run.
            Matcher d = DOC.matcher(f.getValue().content());
            int n = 0;
            while (d.find()) {
                n++;
                String doc = d.group(1);
                Matcher body = BODY.matcher(doc);
                if (!body.find()) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (Pattern p : List.of(TITLE, DATELINE)) {
                    Matcher m = p.matcher(doc);
                    parts.add(m.find() ? unescape(m.group(1)) : "");
                }
                out.put(
                        f.getKey() + "#" + n,
                        new Input(parts.get(0) + "\n\n" + parts.get(1) + unescape(body.group(1)), false));
            }
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#3;", "\u0003")
                .replace("&amp;", "&");
    }
}
