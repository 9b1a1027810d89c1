package io.github.wireparse.examples.spark;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.WarcArticles;
import io.github.wireparse.Wireparse;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Parses the files of one partition lazily, file by file: a story (.txt, .text), a page (.htm,
 * .html, .xhtml), each also gzipped, or a WARC archive (.warc, .warc.gz, one row per page). One
 * {@link ArticleParser} serves the whole partition; it is made here, on the executor, so nothing
 * but file names and byte streams crosses the network. Other files are counted and passed over; a
 * file that cannot be read is counted, not thrown.
 */
final class PartitionParser implements Iterator<Row> {

    /** What the files of a run came to, added up across executors. */
    record Counters(LongAccumulator files, LongAccumulator ignored, LongAccumulator unreadable,
            LongAccumulator warcSkipped) implements java.io.Serializable {
    }

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

    private void parse(String path, PortableDataStream stream) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        boolean warc = WarcArticles.isWarcName(name);
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        boolean html = plain.endsWith(".html") || plain.endsWith(".htm") || plain.endsWith(".xhtml");
        boolean text = plain.endsWith(".txt") || plain.endsWith(".text");
        if (!warc && !html && !text) {
            counters.ignored().add(1);
            return;
        }
        counters.files().add(1);
        try (DataInputStream in = stream.open()) {
            if (warc) {
                // Rows of one archive are collected before they are handed on: a CC-News file
                // (about 1 GB, 40,000 pages) makes some hundreds of megabytes of rows.
                WarcArticles.Summary s = WarcArticles.create(parser).read(in, r -> ready.add(
                        ArticleRows.toRow(path + "#" + r.offset(), Optional.of(r.targetUri()),
                                r.date(), r.article())));
                counters.warcSkipped().add(s.skipped() + s.damaged());
                return;
            }
            byte[] bytes = name.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            Article a = html ? parser.parseHtml(new ByteArrayInputStream(bytes), path)
                    : parser.parse(decode(bytes));
            ready.add(ArticleRows.toRow(path, Optional.empty(), Optional.empty(), a));
        } catch (IOException | RuntimeException e) {
            counters.unreadable().add(1);
        }
    }

    /** UTF-8, or UTF-16 after its byte order mark; malformed bytes become U+FFFD. */
    private static String decode(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return new String(b, StandardCharsets.UTF_16);
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
