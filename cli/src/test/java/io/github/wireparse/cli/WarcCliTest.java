package io.github.wireparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.ArticleJson;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.WarcFiles;
import io.github.wireparse.testing.WarcFiles.Page;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MessageVersion;

class WarcCliTest {

    private static final Instant DATE = Instant.parse("2025-11-02T10:00:00Z");

    @TempDir
    Path dir;

    private static List<Page> pages() {
        List<Page> pages = new ArrayList<>(WarcFiles.fixturePages(DATE));
        pages.addAll(WarcFiles.devPages(DATE)); // none when ../shared is absent
        return pages;
    }

    private static String expectedEnvelope(Page p) {
        return "{\"warc\":{\"targetUri\":\"" + p.uri() + "\",\"date\":\"" + DATE + "\",\"offset\":";
    }

    @Test
    void printsOneJsonLinePerPageOfAWarcFileWithItsRecordEnvelope() throws IOException {
        List<Page> pages = pages();
        Path file = dir.resolve("crawl.warc.gz");
        WarcFiles.write(file, pages, MessageVersion.WARC_1_1, true);

        MainTest.Run run = MainTest.run("-j", "2", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSameSizeAs(pages);
        // Records: per page a request and a response, and a metadata record after every third.
        int record = 0;
        for (int i = 0; i < pages.size(); i++) {
            record += 2;
            Page p = pages.get(i);
            String line = lines.get(i);
            assertThat(line).startsWith(expectedEnvelope(p));
            String article = ArticleJson.create()
                    .toJson(
                            Wireparse.parser().parseHtml(new ByteArrayInputStream(p.body()), p.uri()),
                            file + "#" + record);
            assertThat(line).endsWith("}," + article.substring(1));
            if ((i + 1) % 3 == 0) {
                record++;
            }
        }
        assertThat(run.err()).contains(pages.size() + " articles").contains("0 damaged");
    }

    @Test
    void stopsReadingWhenStandardOutputStopsTakingResults() throws IOException {
        List<Page> pages = new ArrayList<>();
        while (pages.size() < 200) {
            pages.addAll(WarcFiles.fixturePages(DATE));
        }
        Path file = dir.resolve("big.warc");
        WarcFiles.write(file, pages, MessageVersion.WARC_1_1, false);
        int[] written = {0};
        PrintStream closed = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                written[0]++;
                throw new IOException("pipe closed");
            }
        });
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new WarcRun(
                        new WarcRun.Settings(Format.JSONL, 2, false, true, false, true),
                        closed,
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(file.toString()));

        assertThat(status).isEqualTo(1);
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("cannot write to standard output; stopped");
        // It stopped after the first flush, well before the archive's end.
        assertThat(said).doesNotContain(pages.size() + " articles");
    }

    @Test
    void readsEveryWarcFileUnderAFolderInNameOrder() throws IOException {
        List<Page> pages = WarcFiles.fixturePages(DATE);
        Path folder = Files.createDirectories(dir.resolve("crawl/sub"));
        WarcFiles.write(folder.resolve("b.warc"), pages.subList(0, 3), MessageVersion.WARC_1_0, false);
        WarcFiles.write(dir.resolve("crawl/a.warc.gz"), pages.subList(3, 5), MessageVersion.WARC_1_1, true);
        Files.writeString(dir.resolve("crawl/notes.txt"), "not an archive");

        MainTest.Run run = MainTest.run(dir.resolve("crawl").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(5);
        assertThat(run.out().lines().map(l -> l.substring(0, l.indexOf("\",\"date\""))))
                .containsExactly(
                        "{\"warc\":{\"targetUri\":\"" + pages.get(3).uri(),
                        "{\"warc\":{\"targetUri\":\"" + pages.get(4).uri(),
                        "{\"warc\":{\"targetUri\":\"" + pages.get(0).uri(),
                        "{\"warc\":{\"targetUri\":\"" + pages.get(1).uri(),
                        "{\"warc\":{\"targetUri\":\"" + pages.get(2).uri());
    }

    @Test
    void aBrokenWarcFileGivesProblemsAndTheReadablePagesNotACrash() throws IOException {
        List<Page> pages = WarcFiles.fixturePages(DATE);
        // The cut below must fall into the last page's response: with a multiple of three pages
        // the file would end with a metadata record (one follows every third page) instead.
        if (pages.size() % 3 == 0) {
            pages = pages.subList(0, pages.size() - 1);
        }
        Path whole = dir.resolve("whole.warc.gz");
        WarcFiles.write(whole, pages, MessageVersion.WARC_1_1, true);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
        Path garbage = dir.resolve("garbage.warc");
        Files.writeString(garbage, "this is not a web archive\n".repeat(50));

        MainTest.Run run = MainTest.run(cut.toString(), garbage.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(pages.size() - 1);
        assertThat(run.err())
                .contains(cut + ": cannot read the WARC record after")
                .contains(garbage + ": ")
                .contains("2 damaged");
    }

    @Test
    void showsProgressByBytesOnRequest() throws IOException {
        Path file = dir.resolve("crawl.warc");
        WarcFiles.write(file, WarcFiles.fixturePages(DATE), MessageVersion.WARC_1_1, false);

        MainTest.Run run = MainTest.run("--progress", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).contains(" MB ").contains("MB/s");
    }

    @Test
    void refusesToMixWarcFilesWithOtherInputs() throws IOException {
        Path file = dir.resolve("crawl.warc");
        WarcFiles.write(file, WarcFiles.fixturePages(DATE), MessageVersion.WARC_1_1, false);
        Path story = Files.writeString(dir.resolve("story.txt"), "Headline\n\nBody.\n");

        MainTest.Run run = MainTest.run(file.toString(), story.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(story + ": not a .warc or .warc.gz file");
    }
}
