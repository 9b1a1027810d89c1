package io.github.wireparse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Builds small WARC files in tests with jwarc's own writer, as a crawler would: for each page a
 * {@code request} record, then its {@code response}; now and then a {@code metadata} record.
 */
public final class WarcFiles {

    /** One page to archive. */
    public record Page(String uri, Instant date, String contentType, byte[] body, int status, boolean truncated) {

        /** {@return an HTML page fetched with status 200} */
        public static Page html(String uri, Instant date, String contentType, byte[] body) {
            return new Page(uri, date, contentType, body, 200, false);
        }
    }

    private WarcFiles() {}

    /**
     * Writes the pages to a WARC file.
     *
     * @param file    where
     * @param pages   the pages
     * @param version WARC/1.0 or WARC/1.1
     * @param gzip    whether to compress each record as its own gzip member
     */
    public static void write(Path file, List<Page> pages, MessageVersion version, boolean gzip) throws IOException {
        try (FileChannel ch = FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            int n = 0;
            for (Page p : pages) {
                URI uri = URI.create(p.uri());
                HttpRequest request = new HttpRequest.Builder(
                                "GET", uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                        .addHeader("Host", uri.getHost())
                        .build();
                w.write(new WarcRequest.Builder(uri)
                        .version(version)
                        .date(p.date())
                        .body(request)
                        .build());
                HttpResponse.Builder http = new HttpResponse.Builder(p.status(), p.status() == 200 ? "OK" : "Other");
                http.body(MediaType.parse(p.contentType()), p.body());
                WarcResponse.Builder response = new WarcResponse.Builder(uri)
                        .version(version)
                        .date(p.date())
                        .body(http.build());
                if (p.truncated()) {
                    response.truncated(WarcTruncationReason.LENGTH);
                }
                w.write(response.build());
                if (++n % 3 == 0) {
                    w.write(new WarcMetadata.Builder()
                            .version(version)
                            .targetURI(uri)
                            .date(p.date())
                            .fields(java.util.Map.of("fetchTimeMs", List.of("12")))
                            .build());
                }
            }
        }
    }

    /** {@return the project's own HTML fixtures (src/test/resources/html) as pages, in name order} */
    public static List<Page> fixturePages(Instant date) {
        return pagesIn(Path.of("src/test/resources/html"), "https://example.com/fixtures/", date);
    }

    /**
     * {@return the dev news pages of {@code ../shared/corpora/wire-html}, or none when the folder
     * is absent}
     */
    public static List<Page> devPages(Instant date) {
        String shared = System.getProperty("wireparse.shared", "");
        Path corpora = Path.of(shared.isEmpty() ? "../shared" : shared, "corpora");
        return pagesIn(corpora.resolve("wire-html"), "https://example.org/wire-html/", date);
    }

    private static List<Page> pagesIn(Path folder, String base, Instant date) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            List<Path> files = s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".html") || n.endsWith(".html.gz");
                    })
                    .sorted()
                    .toList();
            List<Page> pages = new ArrayList<>();
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                if (f.getFileName().toString().endsWith(".gz")) {
                    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                        bytes = in.readAllBytes();
                    }
                }
                String name = folder.relativize(f).toString().replace('\\', '/').replaceAll("[^A-Za-z0-9._/-]", "_");
                pages.add(Page.html(base + name, date, "text/html", bytes));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
