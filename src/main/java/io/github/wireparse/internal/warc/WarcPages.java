package io.github.wireparse.internal.warc;

import io.github.wireparse.InputFormat;
import io.github.wireparse.WarcArticles;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Walks one WARC file or stream and returns its pages one at a time. Never throws for what the
 * archive holds: a response record that is not a page is counted as skipped, and a stretch that
 * cannot be read is counted as damaged; both are noted as {@link WarcArticles.Skip}s. In a file,
 * reading goes on at the next record start found after a damaged stretch (the next gzip member in a
 * {@code .warc.gz}, the next {@code WARC/1.} line otherwise); in a stream it stops there. Not
 * thread-safe: one instance per read.
 */
public final class WarcPages implements Closeable {

    /** Payloads larger than this (after decoding) are skipped rather than parsed. */
    public static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final @Nullable WarcReader reader;
    private final @Nullable Path file;
    private final List<WarcArticles.Skip> skips = new ArrayList<>();
    private long records;
    private long parsed;
    private long skipped;
    private long damaged;
    private long end;
    private long lastRecord;
    private boolean damaging;
    private boolean done;

    private WarcPages(@Nullable WarcReader reader, @Nullable Path file) {
        this.reader = reader;
        this.file = file;
    }

    /**
     * Opens a file.
     *
     * @param file the file
     * @return the pages
     * @throws IOException if the file cannot be opened
     */
    public static WarcPages open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new WarcPages(new WarcReader(channel), file);
        } catch (IOException | RuntimeException e) {
            // Not a WARC file at all: no record can be read from it.
            channel.close();
            WarcPages none = new WarcPages(null, file);
            none.damage(e);
            return none;
        }
    }

    /**
     * Opens a stream, which is read but not closed.
     *
     * @param in the stream
     * @return the pages
     */
    public static WarcPages open(InputStream in) {
        try {
            return new WarcPages(new WarcReader(new NonClosing(in)), null);
        } catch (IOException | RuntimeException e) {
            WarcPages none = new WarcPages(null, null);
            none.damage(e);
            return none;
        }
    }

    /**
     * {@return the next page, or null at the end of the archive}
     */
    public @Nullable WarcPage next() {
        while (!done && reader != null) {
            long at = reader.position();
            WarcRecord record;
            try {
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    end = Math.max(end, reader.position());
                    done = true;
                    break;
                }
                record = r.get();
            } catch (IOException | RuntimeException e) {
                // One damaged stretch runs from the failure to the next record that reads.
                long resumed = resync(at);
                if (!damaging) {
                    damaging = true;
                    damaged++;
                    note(new WarcArticles.Skip(
                            lastRecord,
                            "",
                            "cannot read the WARC record after "
                                    + "the one at this offset: " + describe(e)
                                    + (resumed < 0
                                            ? "; the rest is skipped"
                                            : "; reading goes on at byte " + resumed)));
                }
                continue;
            }
            damaging = false;
            lastRecord = record.position();
            records++;
            end = Math.max(end, record.position());
            if (!(record instanceof WarcResponse response)) {
                continue;
            }
            String target = target(response);
            try {
                WarcPage page = page(response, target);
                if (page != null) {
                    parsed++;
                    return page;
                }
            } catch (IOException | RuntimeException e) {
                skip(response.position(), target, "malformed record: " + describe(e));
            }
        }
        return null;
    }

    /** Returns the record's page, or null after noting why it is skipped. */
    private @Nullable WarcPage page(WarcResponse r, String target) throws IOException {
        long offset = r.position();
        WarcTruncationReason truncated = r.truncated();
        if (truncated != WarcTruncationReason.NOT_TRUNCATED) {
            skip(offset, target, "truncated by the crawler (" + truncated.name().toLowerCase(Locale.ROOT) + ")");
            return null;
        }
        MediaType block = r.contentType();
        if (!block.base().equals(MediaType.HTTP) && !block.base().equals(MediaType.HTTP_RESPONSE)) {
            skip(offset, target, "not an HTTP response (" + block + ")");
            return null;
        }
        HttpResponse http = r.http();
        if (http.status() < 200 || http.status() > 299) {
            skip(offset, target, "HTTP status " + http.status());
            return null;
        }
        Optional<String> typeHeader = http.headers().first("Content-Type");
        MediaType type = typeHeader.map(MediaType::parseLeniently).orElse(null);
        InputFormat format;
        if (type == null) {
            format = null;
        } else {
            String base =
                    type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
            if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
                format = InputFormat.HTML;
            } else if (base.equals("text/plain")) {
                format = InputFormat.TEXT;
            } else {
                skip(offset, target, "not HTML or text (" + base + ")");
                return null;
            }
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            skip(offset, target, "payload larger than " + MAX_BODY_BYTES + " bytes");
            return null;
        }
        if (format == null) {
            if (!looksLikeHtml(body)) {
                skip(offset, target, "no Content-Type and not HTML");
                return null;
            }
            format = InputFormat.HTML;
        }
        return new WarcPage(records, target, date(r), offset, format, charset(type), body);
    }

    private static String target(WarcResponse r) {
        try {
            String t = r.target();
            return t == null ? "" : t;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Optional<Instant> date(WarcRecord r) {
        try {
            return Optional.ofNullable(r.date());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> charset(@Nullable MediaType type) {
        if (type == null) {
            return Optional.empty();
        }
        String name = null;
        for (var e : type.parameters().entrySet()) {
            if (e.getKey().equalsIgnoreCase("charset")) {
                name = e.getValue().trim();
            }
        }
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // unknown or illegal name: fall back to the page's own
        }
    }

    private static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("\u00ef\u00bb\u00bf<");
    }

    /**
     * After a failure to read past {@code at}, moves to the next record start, if any; returns it,
     * or -1 when there is none (or the input is a stream, which cannot be searched).
     */
    private long resync(long at) {
        if (file == null || reader == null) {
            done = true;
            return -1;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            boolean gzip = reader.compression() == WarcCompression.GZIP;
            long next = find(ch, at + 1, gzip ? GZIP_MAGIC : WARC_LINE);
            if (next < 0) {
                end = Math.max(end, ch.size());
                done = true;
                return -1;
            }
            long resume = gzip ? next : next + 1;
            reader.position(resume);
            return resume;
        } catch (IOException | RuntimeException e) {
            done = true;
            return -1;
        }
    }

    /** {@return the first position at or after {@code from} where {@code pattern} starts, or -1} */
    private static long find(FileChannel ch, long from, byte[] pattern) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long base = from;
        while (base < ch.size()) {
            buf.clear();
            int n = ch.read(buf, base);
            if (n <= 0) {
                return -1;
            }
            byte[] a = buf.array();
            for (int i = 0; i + pattern.length <= n; i++) {
                int k = 0;
                while (k < pattern.length && a[i + k] == pattern[k]) {
                    k++;
                }
                if (k == pattern.length) {
                    return base + i;
                }
            }
            if (base + n >= ch.size()) {
                return -1;
            }
            base += Math.max(1, n - pattern.length + 1);
        }
        return -1;
    }

    private void skip(long offset, String target, String message) {
        skipped++;
        note(new WarcArticles.Skip(offset, target, message));
    }

    private void damage(Throwable e) {
        damaged++;
        note(new WarcArticles.Skip(0, "", "not a WARC file: " + describe(e)));
    }

    private void note(WarcArticles.Skip s) {
        if (skips.size() < WarcArticles.MAX_SKIPS_KEPT) {
            skips.add(s);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        String first = m == null || m.isBlank()
                ? e.getClass().getSimpleName()
                : m.strip().lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    /** {@return the byte position reached in the file so far} */
    public long position() {
        return reader == null ? 0 : Math.max(end, reader.position());
    }

    /** {@return what was read and skipped so far} */
    public WarcArticles.Summary summary() {
        return new WarcArticles.Summary(records, parsed, skipped, damaged, position(), skips);
    }

    @Override
    public void close() {
        done = true;
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // Only reading was done; nothing is lost by a failed close.
            }
        }
    }

    /** Lets the reader close its channel without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The caller owns the stream.
        }
    }
}
