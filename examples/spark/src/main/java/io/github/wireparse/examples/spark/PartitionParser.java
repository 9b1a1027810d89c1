package io.github.wireparse.examples.spark;

import io.github.wireparse.ArticleParser;
import io.github.wireparse.FeedStory;
import io.github.wireparse.WarcArticles;
import io.github.wireparse.Wireparse;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Parses the files of one partition lazily, file by file, each by its content whatever its name:
 * a WARC archive (one row per page), else whatever the library detects ({@link
 * ArticleParser#parseAll(byte[])}: a story, a page, an ANPA-1312 or IPTC 7901 transmission, NITF,
 * NewsML, NewsML-G2 or ninjs, one row per story), each also gzipped. One {@link ArticleParser}
 * serves the whole partition; it is made here, on the executor, so nothing but file names and byte
 * streams crosses the network. Binary files (a NUL byte among the first bytes, such as images) are
 * counted and passed over; a file that cannot be read is counted, not thrown.
 */
final class PartitionParser implements Iterator<Row> {

    /** What the files of a run came to, added up across executors. */
    record Counters(
            LongAccumulator files, LongAccumulator ignored, LongAccumulator unreadable, LongAccumulator warcSkipped)
            implements java.io.Serializable {}

    private final Iterator<Tuple2<String, PortableDataStream>> files;
    private final Counters counters;
    private final ArticleParser parser = Wireparse.parser();
    private final Deque<Row> ready = new ArrayDeque<>();

    PartitionParser(Iterator<Tuple2<String, PortableDataStream>> files, Counters counters) {
        this.files = files;
        this.counters = counters;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && files.hasNext()) {
            Tuple2<String, PortableDataStream> f = files.next();
            parse(f._1(), f._2());
        }
        return !ready.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** How many of a file's first bytes (after gunzipping) tell what it is. */
    private static final int HEAD = 1024;

    private static final byte[] GZIP = {0x1f, (byte) 0x8b};
    private static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private void parse(String path, PortableDataStream stream) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        try (BufferedInputStream in = new BufferedInputStream(stream.open(), 1 << 16)) {
            boolean gzip = startsWith(peek(in, GZIP.length, false), GZIP);
            byte[] head = peek(in, HEAD, gzip);
            if (startsWith(head, WARC) || WarcArticles.isWarcName(name)) {
                counters.files().add(1);
                // Rows of one archive are collected before they are handed on: a CC-News file
                // (about 1 GB, 40,000 pages) makes some hundreds of megabytes of rows. The reader
                // gunzips a .warc.gz itself.
                WarcArticles.Summary s = WarcArticles.create(parser)
                        .read(
                                in,
                                r -> ready.add(ArticleRows.toRow(
                                        path + "#" + r.offset(), Optional.of(r.targetUri()), r.date(), r.article())));
                counters.warcSkipped().add(s.skipped() + s.damaged());
                return;
            }
            if (binary(head)) {
                counters.ignored().add(1);
                return;
            }
            counters.files().add(1);
            byte[] bytes = gzip ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            List<FeedStory> stories;
            try (Stream<FeedStory> s = parser.parseAll(bytes)) {
                stories = s.toList();
            }
            for (FeedStory story : stories) {
                // A feed file with several stories gives one row each, as file#1, file#2, ...
                String id = stories.size() == 1 ? path : path + "#" + story.index();
                ready.add(ArticleRows.toRow(id, Optional.empty(), Optional.empty(), story.article()));
            }
        } catch (IOException | RuntimeException e) {
            counters.unreadable().add(1);
        }
    }

    /**
     * {@return the first {@code n} bytes of {@code in}, or of its gunzipped content, or fewer if
     * it is shorter; {@code in} is then back at its start}
     */
    private static byte[] peek(BufferedInputStream in, int n, boolean gunzip) throws IOException {
        in.mark(1 << 16);
        try (InputStream from = gunzip ? new GZIPInputStream(new NonClosing(in)) : new NonClosing(in)) {
            return from.readNBytes(n);
        } finally {
            in.reset();
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A NUL byte among the first bytes, and no UTF-16 byte order mark: not text or markup. */
    private static boolean binary(byte[] head) {
        if (head.length >= 2
                && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Lets a peek's gunzipping stream be dropped without closing the file's. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The file's stream is closed by its owner.
        }
    }
}
