package io.github.wireparse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wireparse.testing.JsonSchemas;
import io.github.wireparse.testing.JsonValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * End-to-end tests of the command line: they run the real {@link Main#run} in-process on files,
 * folders and standard input, and check what lands on standard output and error and the exit
 * status.
 */
class MainTest {

    private static final String STORY = "Council backs new bridge\n\n"
            + "RIVERTON, Wyo. (AP) — The city council voted Tuesday to build a new bridge.\n\n"
            + "Work starts in the spring.\n";

    @TempDir
    Path dir;

    private Path stories;

    /** What a run printed and returned. */
    record Run(int status, String out, String err) {

        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> objects() {
            List<Map<String, Object>> l = new ArrayList<>();
            for (String line : lines()) {
                l.add((Map<String, Object>) JsonValues.read(line));
            }
            return l;
        }

        List<String> ids() {
            return objects().stream().map(o -> (String) o.get("id")).toList();
        }
    }

    static Run run(Terminals terminals, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> Main.run(
                        args,
                        new ByteArrayInputStream(stdin),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        terminals));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(Terminals.NONE, new byte[0], args);
    }

    @BeforeEach
    void writeStories() throws IOException {
        stories = Files.createDirectories(dir.resolve("stories"));
        Files.writeString(stories.resolve("a-bridge.txt"), STORY);
        Files.createDirectories(stories.resolve("b-sub"));
        Files.writeString(
                stories.resolve("b-sub/c-fair.txt"),
                "County fair opens\n\n" + "DALTON, Ga. (AP) — The county fair opened Friday with record crowds.\n");
        Files.writeString(
                stories.resolve("d-page.html"),
                "<!doctype html><html><head><title>T</title>"
                        + "</head><body><h1>Port reopens after storm</h1><p>GALVESTON, Texas (AP) — The port "
                        + "reopened Monday.</p><p>Ships lined up at dawn.</p></body></html>");
        Files.writeString(stories.resolve("notes.ann"), "T1\tSource 0 4\tnot a story");
        Files.writeString(stories.resolve(".hidden.txt"), "not taken");
    }

    private Path seed() throws IOException {
        Path seed = dir.resolve("ap-north-korea-arms.txt");
        try (InputStream in = MainTest.class.getResourceAsStream("/seed/ap-north-korea-arms.txt")) {
            Files.copy(in, seed);
        }
        return seed;
    }

    @Test
    void printsReadableOutlineOfOneFile() throws IOException {
        Run r = run(seed().toString());
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .startsWith("headline    North Korea criticizes the US for increasing "
                        + "alleged arms shipments to Russia\n");
        assertThat(r.out())
                .contains(
                        "dateline    SEOUL, South Korea (AP) —",
                        "paragraphs (15)",
                        "   1  North Korea accused the United States on Tuesday",
                        "[page navigation] To Top");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void writesJsonLinesForFolderInInputOrder() {
        Run r = run(stories.toString());
        assertThat(r.status()).isZero();
        assertThat(r.ids())
                .containsExactly(
                        stories.resolve("a-bridge.txt").toString(),
                        stories.resolve("b-sub/c-fair.txt").toString(),
                        stories.resolve("d-page.html").toString(),
                        stories.resolve("notes.ann").toString());
        assertThat(r.objects()).extracting(o -> o.get("format")).containsExactly("text", "text", "html", "text");
        @SuppressWarnings("unchecked")
        Map<String, Object> dateline = (Map<String, Object>) r.objects().get(0).get("dateline");
        assertThat(dateline).containsEntry("city", "RIVERTON").containsEntry("region", "Wyo.");
        assertThat(r.err())
                .matches("wireparse: 5 files, 4 articles, 0 quotes, \\d+ problems?, "
                        + "1 skipped \\(1 hidden\\), 0 failed, [0-9.]+ s \\([0-9,]+ files/s\\)\n");
    }

    @Test
    void printsOutlinesWithHeadersForBatchOnTerminal() {
        Run r = run(new Terminals(false, true, false), new byte[0], stories.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .startsWith(
                        "== " + stories.resolve("a-bridge.txt") + " ==\nheadline    " + "Council backs new bridge\n");
        assertThat(r.out()).contains("== " + stories.resolve("d-page.html") + " ==\n");
    }

    @Test
    void keepsInputOrderAcrossManyFilesAndJobs() throws IOException {
        Path many = Files.createDirectories(dir.resolve("many"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Path f = many.resolve(String.format("story-%03d.txt", i));
            // Longer stories first, so that later files tend to finish first. One story with a
            // long body: the whole story repeated would be a digest, several stories per file.
            Files.writeString(f, STORY + "\nWork starts in the spring.\n".repeat(120 - i));
            expected.add(f.toString());
        }
        Run r = run("--jobs", "3", "--format", "jsonl", many.toString());
        assertThat(r.status()).isZero();
        assertThat(r.ids()).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsMissingFileAndGoesOn() {
        Path missing = dir.resolve("missing.txt");
        Run r = run(missing.toString(), stories.resolve("a-bridge.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err())
                .contains("wireparse: " + missing + ": no such file\n")
                .contains("2 files, 1 article, ", ", 1 failed, ");
        assertThat(r.ids()).containsExactly(stories.resolve("a-bridge.txt").toString());
    }

    @Test
    void reportsDanglingLinkInFolderAndGoesOn() throws IOException {
        Path link = stories.resolve("c-gone.txt");
        Files.createSymbolicLink(link, dir.resolve("nowhere.txt"));
        Run r = run(stories.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("wireparse: " + link + ": no such file\n");
        assertThat(r.ids()).hasSize(4);
    }

    @Test
    void reportsUnreadableFileAndGoesOn() throws IOException {
        Path locked = stories.resolve("a-locked.txt");
        Files.writeString(locked, STORY);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Run r = run(stories.toString());
        if (Files.isReadable(locked)) {
            // Root reads a file without read permission: it is then one more story. The message
            // for a denied read is checked by ReadingTest, and a read that fails even for root by
            // reportsSocketThatCannotBeReadAndGoesOn.
            assertThat(r.status()).isZero();
            assertThat(r.err()).doesNotContain(locked.toString());
            assertThat(r.ids()).hasSize(5);
            return;
        }
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("wireparse: " + locked + ": permission denied\n");
        assertThat(r.ids()).hasSize(4);
    }

    @Test
    void reportsSocketThatCannotBeReadAndGoesOn() throws IOException {
        // Unlike a file without read permission, a socket cannot be read even by root.
        Path socket = stories.resolve("a-socket.txt");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            // Named, it fails; found in a folder, it is skipped as a special file, never read.
            Run r = run(socket.toString(), stories.toString());
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err())
                    .startsWith("wireparse: " + socket + ": ")
                    .doesNotContain(socket + ": " + socket)
                    .contains(", 1 failed, ")
                    .contains("2 skipped (1 hidden, 1 special)");
            assertThat(r.ids()).hasSize(4);
        }
    }

    @Test
    void parsesEmptyFileAsEmptyArticle() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run r = run("-f", "jsonl", empty.toString());
        assertThat(r.status()).isZero();
        Map<String, Object> o = r.objects().get(0);
        assertThat(o)
                .containsEntry("headline", null)
                .containsEntry("paragraphs", List.of())
                .containsEntry("id", empty.toString());
    }

    @Test
    void readsNoiseThatIsNotUtf8AsWindows1252WithProblemAndGoesOn() throws IOException {
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 131 + 7);
        }
        Path binary = Files.write(stories.resolve("a-binary.txt"), noise);
        Run r = run(stories.toString());
        assertThat(r.status()).isZero();
        assertThat(r.ids()).hasSize(5).first().isEqualTo(binary.toString());
        assertThat(r.objects().get(0).get("problems").toString())
                .contains("not valid UTF-8 (byte ", "); read as Windows-1252");
    }

    @Test
    void readsLatin1FeedTextAsWindows1252AndNotesWhere() throws IOException {
        byte[] dpa =
                "eca062 4 i 211 ccccb dpa 061\n\nKaffee kostet mehr\n\nBERLIN (dpa) - Der Preis f\u00fcr Kaffee steigt um 5 \u0080.\n"
                        .getBytes(StandardCharsets.ISO_8859_1); // 0x80: the euro sign in Windows-1252
        Path latin = Files.write(dir.resolve("dpa.txt"), dpa);
        Run r = run(
                "-f", "jsonl", latin.toString(), stories.resolve("a-bridge.txt").toString());
        assertThat(r.status()).isZero();
        assertThat(r.ids()).hasSize(2);
        Map<String, Object> o = r.objects().get(0);
        assertThat(o.toString()).contains("Der Preis f\u00fcr Kaffee steigt um 5 \u20ac.");
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = ((List<Map<String, Object>>) o.get("problems")).get(0);
        int at = new String(dpa, StandardCharsets.ISO_8859_1).indexOf('\u00fc');
        // An IPTC 7901 header: the library decodes the feed file and words the problem its way.
        assertThat((String) problem.get("message")).contains("not valid UTF-8", "byte " + at, "Windows-1252");
        assertThat(problem).containsEntry("line", 5L).containsEntry("offset", (long) at);
    }

    @Test
    void parsesControlCharactersThatAreValidUtf8() throws IOException {
        Path nul = Files.write(
                dir.resolve("nul.txt"), "Head\u0000line\n\nBody \u0001 text.".getBytes(StandardCharsets.UTF_8));
        Run json = run("-f", "jsonl", nul.toString());
        assertThat(json.status()).isZero();
        assertThat(json.lines()).hasSize(1);
        Run nitf = run("-f", "nitf", nul.toString());
        assertThat(nitf.status()).isZero();
        assertThat(xml(nitf.out()).getDocumentElement().getTagName()).isEqualTo("nitf");
    }

    @Test
    void decodesWithGivenCharset() throws IOException {
        Path latin = Files.write(
                dir.resolve("latin.txt"),
                "Caf\u00e9 owners rally\n\nThe caf\u00e9 stayed open.".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("--charset", "ISO-8859-1", latin.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("headline    Caf\u00e9 owners rally\n").doesNotContain("Windows-1252");
        // A charset given is taken at its word: what does not decode in it fails.
        Run strict = run("--charset", "UTF-8", latin.toString());
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.err()).contains(": cannot decode as UTF-8: malformed input at byte 3");
    }

    @Test
    void decodesUtf16WhenItsByteOrderMarkSaysSo() throws IOException {
        Path utf16 = Files.write(dir.resolve("utf16.txt"), STORY.getBytes(StandardCharsets.UTF_16));
        Run r = run(utf16.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("headline    Council backs new bridge\n");
    }

    @Test
    void readsStandardInput() {
        Run r = run(Terminals.NONE, STORY.getBytes(StandardCharsets.UTF_8), "-f", "jsonl", "-");
        assertThat(r.status()).isZero();
        assertThat(r.ids()).containsExactly("-");
        Run implicit = run(Terminals.NONE, STORY.getBytes(StandardCharsets.UTF_8));
        assertThat(implicit.status()).isZero();
        assertThat(implicit.out()).startsWith("headline    Council backs new bridge\n");
    }

    @Test
    void detectsHtmlOnStandardInputAndObeysInputFormat() {
        byte[] page =
                "<html><body><h1>Dam holds</h1><p>The dam held.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(run(Terminals.NONE, page, "-f", "jsonl").objects().get(0)).containsEntry("format", "html");
        assertThat(run(Terminals.NONE, page, "-f", "jsonl", "--input-format", "text")
                        .objects()
                        .get(0))
                .containsEntry("format", "text");
    }

    @Test
    void refusesToWaitForTerminalInput() {
        Run r = run(new Terminals(true, true, true), new byte[0]);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("No input");
    }

    @Test
    void answersBadUsageWithStatusTwo() {
        assertThat(run("--no-such-option", "x").status()).isEqualTo(2);
        assertThat(run("--jobs", "0", stories.toString()).status()).isEqualTo(2);
        assertThat(run("--format", "yaml", stories.toString()).status()).isEqualTo(2);
        assertThat(run("--charset", "NO-SUCH-CHARSET", stories.toString()).status())
                .isEqualTo(2);
        Run r = run("--output", stories.resolve("a-bridge.txt").toString(), stories.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("is not a folder");
    }

    @Test
    void printsHelpAndVersion() {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: wireparse", "--format", "--jobs", "Exit status:");
        Run version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("wireparse 0.1.0-SNAPSHOT\n");
    }

    @Test
    void writesOneFilePerInputUnderOutput() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("--output", out.toString(), "--format", "nitf", stories.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        Path base = out.resolve(stories.getRoot().relativize(stories));
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(p -> base.relativize(p).toString())
                            .sorted())
                    .containsExactly("a-bridge.txt.xml", "b-sub/c-fair.txt.xml", "d-page.html.xml", "notes.ann.xml");
        }
        Document d = xml(Files.readString(base.resolve("d-page.html.xml")));
        assertThat(d.getElementsByTagName("hl1").item(0).getTextContent()).isEqualTo("Port reopens after storm");
    }

    @Test
    void writesPrettyJsonAndIncludesText() throws IOException {
        Run r = run(
                "--format",
                "json",
                "--include-text",
                stories.resolve("a-bridge.txt").toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("{\n  \"id\": ");
        @SuppressWarnings("unchecked")
        Map<String, Object> o = (Map<String, Object>) JsonValues.read(r.out());
        assertThat(o).containsEntry("text", STORY);
    }

    @Test
    void writesOneNinjsItemPerLineValidAgainstThePublishedSchema() throws IOException {
        Run r = run("--format", "ninjs", stories.toString());
        assertThat(r.status()).isZero();
        assertThat(r.objects())
                .hasSize(4)
                .allSatisfy(o -> assertThat(o).containsEntry("type", "text").containsKey("bodies"));
        assertThat(r.objects().get(0))
                .containsEntry(
                        "uri",
                        "urn:wireparse:"
                                + stories.resolve("a-bridge.txt").toString().replace(" ", "%20"))
                .containsEntry("located", "RIVERTON, Wyo.");
        Optional<JsonSchemas> schema = JsonSchemas.forNinjs("2.2");
        if (schema.isPresent()) {
            for (String line : r.lines()) {
                assertThat(schema.get().check(line)).isEmpty();
            }
        }
        Run v31 = run("--format", "ninjs", "--ninjs-version", "3.1", stories.toString());
        assertThat(v31.objects().get(0)).containsKey("infoSources");
        assertThat(run("--format", "ninjs", "--ninjs-version", "1.0", stories.toString())
                        .status())
                .isEqualTo(2);
    }

    @Test
    void readsEveryFileInFolderByContentAndCountsWhatIsNotNews() throws IOException {
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        Files.write(
                feeds.resolve("ap.tst"),
                ("\u0001\u0016\u0016\u0002 r z BC-Bridge\n" + STORY + "\u0003").getBytes(StandardCharsets.UTF_8));
        Files.writeString(
                feeds.resolve("story.xml"),
                "<?xml version=\"1.0\"?><nitf><body>" + "<p>RIVERTON, Wyo. (AP) — A story.</p></body></nitf>");
        Files.writeString(feeds.resolve("item.json"), "{\"uri\": \"urn:x\"}");
        Files.writeString(feeds.resolve("README"), STORY);
        Files.write(
                feeds.resolve("photo.jpg"),
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        Files.writeString(feeds.resolve("scan.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj");
        try (java.util.zip.ZipOutputStream z =
                new java.util.zip.ZipOutputStream(Files.newOutputStream(feeds.resolve("stories.zip")))) {
            z.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            z.write(STORY.getBytes(StandardCharsets.UTF_8));
        }
        byte[] tar = new byte[1024];
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(feeds.resolve("x.tgz")))) {
            o.write(tar);
        }
        Files.write(feeds.resolve("tool"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        // Larger than the read limit: skipped by its first bytes, never read to the end.
        try (java.io.RandomAccessFile video =
                new java.io.RandomAccessFile(feeds.resolve("clip.mp4").toFile(), "rw")) {
            video.write(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'});
            video.setLength(Reading.MAX_BYTES + 1L);
        }
        Files.createDirectories(feeds.resolve(".git/objects"));
        Files.writeString(feeds.resolve(".git/HEAD"), "ref: refs/heads/main\n");

        Run r = run(feeds.toString());
        assertThat(r.status()).isZero();
        assertThat(r.ids())
                .containsExactly(
                        feeds.resolve("README").toString(),
                        feeds.resolve("ap.tst").toString(),
                        feeds.resolve("item.json").toString(),
                        feeds.resolve("story.xml").toString());
        assertThat(r.err())
                .contains(
                        "11 files, 4 articles, ",
                        "7 skipped (2 archive, " + "1 executable, 1 hidden, 1 image, 1 pdf, 1 video), 0 failed");
        assertThat(r.err().lines()).hasSize(1); // only the summary: nothing found was named

        Run named = run(
                feeds.resolve("photo.jpg").toString(), feeds.resolve("README").toString());
        assertThat(named.status()).isZero();
        assertThat(named.err())
                .contains("wireparse: " + feeds.resolve("photo.jpg") + ": skipped: JPEG image, not news\n");
        assertThat(named.ids()).containsExactly(feeds.resolve("README").toString());
    }

    @Test
    void readsGzippedFiles() throws IOException {
        Path gz = stories.resolve("e-zipped.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(STORY.getBytes(StandardCharsets.UTF_8));
        }
        Run r = run(stories.toString());
        assertThat(r.status()).isZero();
        assertThat(r.ids()).hasSize(5).contains(gz.toString());
    }

    @Test
    void takesOnlyMatchingFilesFromFolders() {
        Run r = run("--glob", "*.html", stories.toString());
        assertThat(r.ids()).containsExactly(stories.resolve("d-page.html").toString());
    }

    @Test
    void drawsProgressBarWhenErrorIsTerminalAndResultsGoElsewhere() {
        Run redirected = run(new Terminals(false, false, true), new byte[0], stories.toString());
        assertThat(redirected.err()).contains("\r", "files/s", "5/5");
        Run shared = run(new Terminals(false, true, true), new byte[0], stories.toString());
        assertThat(shared.err()).doesNotContain("\r");
        Run toFolder = run(
                new Terminals(false, true, true),
                new byte[0],
                "--output",
                dir.resolve("out").toString(),
                stories.toString());
        assertThat(toFolder.err()).contains("\r", "files/s");
    }

    @Test
    void drawsProgressBarOnlyWhenAsked() {
        Run quiet = run(stories.toString());
        assertThat(quiet.err()).doesNotContain("\r");
        Run bar = run("--progress", stories.toString());
        assertThat(bar.status()).isZero();
        assertThat(bar.err()).contains("\r", "files/s");
        Matcher last = Pattern.compile("wireparse: 5 files").matcher(bar.err());
        assertThat(last.find()).isTrue();
        Run none = run("--quiet", stories.toString());
        assertThat(none.err()).isEmpty();
    }

    static Document xml(String s) {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new InputSource(new StringReader(s)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + s, e);
        }
    }
}
