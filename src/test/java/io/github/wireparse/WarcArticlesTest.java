package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wireparse.testing.WarcFiles;
import io.github.wireparse.testing.WarcFiles.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netpreserve.jwarc.MessageVersion;

class WarcArticlesTest {

    private static final Instant DATE = Instant.parse("2026-03-04T05:06:07Z");

    @TempDir
    Path dir;

    private static List<WarcRecordArticle> read(Path file, List<WarcArticles.Summary> summary) throws IOException {
        List<WarcRecordArticle> out = new ArrayList<>();
        summary.add(WarcArticles.create().read(file, out::add));
        return out;
    }

    private static Article direct(Page p) throws IOException {
        return Wireparse.parser().parseHtml(new ByteArrayInputStream(p.body()), p.uri());
    }

    @ParameterizedTest(name = "{0} gzip={1}")
    @CsvSource({"WARC_1_0, false", "WARC_1_0, true", "WARC_1_1, false", "WARC_1_1, true"})
    void readsEveryHtmlResponseAsTheArticleItsPageParsesTo(String version, boolean gzip) throws IOException {
        List<Page> pages = WarcFiles.fixturePages(DATE);
        assertThat(pages).hasSizeGreaterThan(5);
        Path file = dir.resolve(gzip ? "fixtures.warc.gz" : "fixtures.warc");
        MessageVersion v = version.equals("WARC_1_0") ? MessageVersion.WARC_1_0 : MessageVersion.WARC_1_1;
        WarcFiles.write(file, pages, v, gzip);

        List<WarcArticles.Summary> summary = new ArrayList<>();
        List<WarcRecordArticle> got = read(file, summary);

        assertThat(got).hasSameSizeAs(pages);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(got.get(i).targetUri()).isEqualTo(pages.get(i).uri());
            assertThat(got.get(i).date()).contains(DATE);
            assertThat(got.get(i).article()).isEqualTo(direct(pages.get(i)));
        }
        assertThat(got).extracting(WarcRecordArticle::offset).isSorted().doesNotHaveDuplicates();
        WarcArticles.Summary s = summary.get(0);
        assertThat(s.parsed()).isEqualTo(pages.size());
        assertThat(s.skipped()).isZero();
        assertThat(s.damaged()).isZero();
        assertThat(s.skips()).isEmpty();
        // request + response per page, a metadata record every third page
        assertThat(s.records()).isEqualTo(2L * pages.size() + pages.size() / 3);
        assertThat(s.bytesRead()).isPositive().isLessThanOrEqualTo(Files.size(file));
    }

    @Test
    void readsTheSameFromAStreamAsFromAFile() throws IOException {
        List<Page> pages = WarcFiles.fixturePages(DATE);
        Path file = dir.resolve("f.warc.gz");
        WarcFiles.write(file, pages, MessageVersion.WARC_1_1, true);
        List<WarcRecordArticle> fromStream = new ArrayList<>();
        WarcArticles.Summary s;
        try (InputStream in = Files.newInputStream(file)) {
            s = WarcArticles.create().read(in, fromStream::add);
        }
        assertThat(fromStream).isEqualTo(read(file, new ArrayList<>()));
        assertThat(s.parsed()).isEqualTo(pages.size());
    }

    @Test
    void skipsImagesRedirectsAndCrawlerTruncatedRecordsWithAReason() throws IOException {
        byte[] html = Files.readAllBytes(Path.of("src/test/resources/html/ap-hosted.html"));
        List<Page> pages = List.of(
                Page.html("https://example.com/a", DATE, "text/html; charset=UTF-8", html),
                Page.html("https://example.com/logo.png", DATE, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                new Page("https://example.com/moved", DATE, "text/html", new byte[0], 301, false),
                new Page("https://example.com/cut", DATE, "text/html", html, 200, true),
                Page.html(
                        "https://example.com/b",
                        DATE,
                        "text/plain",
                        "HEADLINE\n\nLONDON (AP) — A story in plain text.\n".getBytes(StandardCharsets.UTF_8)));
        Path file = dir.resolve("mixed.warc");
        WarcFiles.write(file, pages, MessageVersion.WARC_1_1, false);

        List<WarcArticles.Summary> summary = new ArrayList<>();
        List<WarcRecordArticle> got = read(file, summary);

        assertThat(got)
                .extracting(WarcRecordArticle::targetUri)
                .containsExactly("https://example.com/a", "https://example.com/b");
        assertThat(got.get(1).article().format()).isEqualTo(InputFormat.TEXT);
        assertThat(got.get(1).article().dateline()).isPresent();
        WarcArticles.Summary s = summary.get(0);
        assertThat(s.skipped()).isEqualTo(3);
        assertThat(s.damaged()).isZero();
        assertThat(s.skips())
                .extracting(WarcArticles.Skip::targetUri)
                .containsExactly(
                        "https://example.com/logo.png", "https://example.com/moved", "https://example.com/cut");
        assertThat(s.skips())
                .extracting(WarcArticles.Skip::message)
                .containsExactly(
                        "not HTML or text (image/png)", "HTTP status 301", "truncated by the crawler (length)");
    }

    @Test
    void decodesByTheHttpHeaderCharsetThenByThePageOwn() throws IOException {
        String page = "<html><head><title>x</title></head><body><article><h1>Caf\u00e9 r\u00e9opens</h1>"
                + "<p>PARIS (AP) \u2014 The caf\u00e9 opened again on Monday, its owner said.</p>"
                + "</article></body></html>";
        String withMeta = page.replace("<title>", "<meta charset=\"windows-1252\"><title>");
        List<Page> pages = List.of(
                Page.html(
                        "https://example.com/header",
                        DATE,
                        "text/html; charset=ISO-8859-1",
                        page.replace("\u2014", "-").getBytes(StandardCharsets.ISO_8859_1)),
                Page.html(
                        "https://example.com/meta",
                        DATE,
                        "text/html",
                        withMeta.getBytes(java.nio.charset.Charset.forName("windows-1252"))),
                Page.html(
                        "https://example.com/unknown",
                        DATE,
                        "text/html; charset=x-no-such",
                        page.getBytes(StandardCharsets.UTF_8)));
        Path file = dir.resolve("charsets.warc.gz");
        WarcFiles.write(file, pages, MessageVersion.WARC_1_0, true);

        List<WarcRecordArticle> got = read(file, new ArrayList<>());

        assertThat(got).hasSize(3);
        for (WarcRecordArticle r : got) {
            assertThat(r.article().headline())
                    .map(Headline::text)
                    .as(r.targetUri())
                    .contains("Caf\u00e9 r\u00e9opens");
        }
        assertThat(got.get(1).article().text()).contains("PARIS (AP) \u2014");
    }

    @Test
    void aCutOffFileGivesTheRecordsBeforeTheCutAndAProblem() throws IOException {
        List<Page> pages = WarcFiles.fixturePages(DATE);
        for (boolean gzip : new boolean[] {false, true}) {
            Path whole = dir.resolve(gzip ? "whole.warc.gz" : "whole.warc");
            WarcFiles.write(whole, pages, MessageVersion.WARC_1_1, gzip);
            List<WarcRecordArticle> all = read(whole, new ArrayList<>());
            WarcRecordArticle last = all.get(all.size() - 1);
            WarcRecordArticle before = all.get(all.size() - 2);
            byte[] bytes = Files.readAllBytes(whole);
            // Cut inside the last response record.
            int cut = (int) last.offset() + 300;
            assertThat(cut).isLessThan(bytes.length);
            Path file = dir.resolve(gzip ? "cut.warc.gz" : "cut.warc");
            Files.write(file, Arrays.copyOf(bytes, cut));

            List<WarcArticles.Summary> summary = new ArrayList<>();
            List<WarcRecordArticle> got = read(file, summary);

            assertThat(got).as("gzip=" + gzip).isEqualTo(all.subList(0, all.size() - 1));
            WarcArticles.Summary s = summary.get(0);
            assertThat(s.skipped() + s.damaged()).as("gzip=" + gzip).isPositive();
            assertThat(s.skips())
                    .as("gzip=" + gzip)
                    .isNotEmpty()
                    .allSatisfy(k -> assertThat(k.offset()).isGreaterThan(before.offset()));
        }
    }

    @Test
    void garbageInTheMiddleIsSkippedAndReadingGoesOnAtTheNextRecord() throws IOException {
        List<Page> pages = WarcFiles.fixturePages(DATE);
        for (boolean gzip : new boolean[] {false, true}) {
            Path whole = dir.resolve(gzip ? "whole.warc.gz" : "whole.warc");
            WarcFiles.write(whole, pages, MessageVersion.WARC_1_1, gzip);
            List<WarcRecordArticle> all = read(whole, new ArrayList<>());
            byte[] bytes = Files.readAllBytes(whole);
            int at = (int) all.get(3).offset();
            byte[] garbage = new byte[5000];
            new Random(19).nextBytes(garbage);
            for (int i = 0; i < garbage.length; i++) {
                if (garbage[i] == 0x1f || garbage[i] == 'W') {
                    garbage[i] = 'x'; // no accidental record start inside the garbage
                }
            }
            // Overwrite the start of the fourth page's response record with garbage.
            byte[] damaged = new byte[bytes.length + garbage.length];
            System.arraycopy(bytes, 0, damaged, 0, at);
            System.arraycopy(garbage, 0, damaged, at, garbage.length);
            System.arraycopy(bytes, at + 40, damaged, at + garbage.length, bytes.length - at - 40);
            Path file = dir.resolve(gzip ? "garbage.warc.gz" : "garbage.warc");
            Files.write(file, Arrays.copyOf(damaged, bytes.length + garbage.length - 40));

            List<WarcArticles.Summary> summary = new ArrayList<>();
            List<WarcRecordArticle> got = read(file, summary);

            List<String> expected = new ArrayList<>();
            all.forEach(r -> expected.add(r.targetUri()));
            expected.remove(3);
            assertThat(got)
                    .extracting(WarcRecordArticle::targetUri)
                    .as("gzip=" + gzip)
                    .containsExactlyElementsOf(expected);
            assertThat(summary.get(0).damaged()).as("gzip=" + gzip).isPositive();
            assertThat(summary.get(0).skips()).hasSize(1);
            WarcArticles.Skip skip = summary.get(0).skips().get(0);
            assertThat(skip.offset()).isBetween(all.get(2).offset(), (long) at - 1);
            assertThat(skip.message()).contains("reading goes on at byte");
        }
    }

    @Test
    void aFileThatIsNotAWarcGivesAProblemNotAnException() throws IOException {
        byte[] random = new byte[20_000];
        new Random(7).nextBytes(random);
        List<byte[]> inputs = List.of(
                new byte[0],
                random,
                "<html><body>not a warc</body></html>".getBytes(StandardCharsets.UTF_8),
                new byte[] {0x1f, (byte) 0x8b, 0x08, 0, 0, 0},
                "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nshort"
                        .getBytes(StandardCharsets.US_ASCII));
        for (byte[] input : inputs) {
            Path file = dir.resolve("bad.warc");
            Files.write(file, input);
            List<WarcArticles.Summary> summary = new ArrayList<>();
            List<WarcRecordArticle> got = read(file, summary);
            assertThat(got).isEmpty();
            WarcArticles.Summary fromStream = WarcArticles.create().read(new ByteArrayInputStream(input), r -> {});
            if (input.length > 0) {
                assertThat(summary.get(0).skipped() + summary.get(0).damaged()).isPositive();
                assertThat(fromStream.skips()).isNotEmpty();
            }
        }
    }

    @Test
    void readsTheDevPagesOfTheSharedCorpora() throws IOException {
        List<Page> pages = WarcFiles.devPages(DATE);
        assumeTrue(!pages.isEmpty(), "shared corpora not found; skipping the dev-page WARC test");
        Path file = dir.resolve("dev.warc.gz");
        WarcFiles.write(file, pages, MessageVersion.WARC_1_1, true);

        List<WarcArticles.Summary> summary = new ArrayList<>();
        List<WarcRecordArticle> got = read(file, summary);

        assertThat(got).hasSameSizeAs(pages);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(got.get(i).article()).as(pages.get(i).uri()).isEqualTo(direct(pages.get(i)));
        }
        assertThat(summary.get(0).skips()).isEmpty();
    }

    @Test
    void handsOverPagesThatParseOnOtherThreadsToWhatReadGives() throws Exception {
        List<Page> pages = WarcFiles.fixturePages(DATE);
        Path file = dir.resolve("pages.warc.gz");
        WarcFiles.write(file, pages, MessageVersion.WARC_1_1, true);
        List<WarcArticles.Summary> summary = new ArrayList<>();
        List<WarcRecordArticle> read = read(file, summary);

        List<WarcArticles.Page> handed = new ArrayList<>();
        WarcArticles.Summary s = WarcArticles.create().readPages(file, handed::add);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<WarcRecordArticle>> parsed = new ArrayList<>();
            for (WarcArticles.Page p : handed) {
                parsed.add(pool.submit(p::parse));
            }
            assertThat(parsed).hasSameSizeAs(read);
            for (int i = 0; i < read.size(); i++) {
                assertThat(parsed.get(i).get()).isEqualTo(read.get(i));
                assertThat(handed.get(i).offset()).isEqualTo(read.get(i).offset());
                assertThat(handed.get(i).targetUri()).isEqualTo(read.get(i).targetUri());
                assertThat(handed.get(i).date()).isEqualTo(read.get(i).date());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(s).isEqualTo(summary.get(0));
        // Records are numbered in file order, every type counted: a request before each response.
        assertThat(handed)
                .extracting(WarcArticles.Page::number)
                .isSorted()
                .doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
    }

    @Test
    void namesWarcFilesByTheirExtension() {
        assertThat(WarcArticles.isWarcName("CC-NEWS-2024.warc.gz")).isTrue();
        assertThat(WarcArticles.isWarcName("a.WARC")).isTrue();
        assertThat(WarcArticles.isWarcName("a.warc.html")).isFalse();
        assertThat(WarcArticles.isWarcName("a.gz")).isFalse();
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> WarcArticles.create().read((Path) null, r -> {}))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("file");
        assertThatThrownBy(() -> WarcArticles.create().read(new ByteArrayInputStream(new byte[0]), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("action");
        assertThatThrownBy(() -> WarcArticles.create().readPages(null, p -> {}))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("file");
        assertThatThrownBy(() -> WarcArticles.create().readPages(dir.resolve("a.warc"), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("action");
        assertThatThrownBy(() -> WarcArticles.create(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("parser");
        assertThatThrownBy(() -> new WarcRecordArticle(
                        "u", Optional.empty(), -1, Wireparse.parser().parse("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
