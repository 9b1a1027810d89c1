package io.github.wireparse;

import io.github.wireparse.internal.warc.WarcPage;
import io.github.wireparse.internal.warc.WarcPages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the news pages of a WARC web archive ({@code .warc} or {@code .warc.gz}, WARC/1.0 and 1.1,
 * as crawlers such as Common Crawl write them) and parses each one.
 *
 * <p>Every {@code response} record whose HTTP payload is HTML ({@code text/html},
 * {@code application/xhtml+xml}) or plain text becomes a {@link WarcRecordArticle}: the payload is
 * decoded by the charset of the HTTP {@code Content-Type} header, else by the page's own
 * (byte order mark, {@code <meta charset>}, else UTF-8), parsed as
 * {@link ArticleParser#parseHtml(String, String)} or {@link ArticleParser#parse(String)} does, and kept
 * with the record's target URI, date and offset. Other records ({@code request},
 * {@code metadata}, {@code warcinfo} ...) are passed over. Response records that are not pages
 * (images, redirects, errors), that the crawler marked truncated ({@code WARC-Truncated}) or that
 * cannot be read are skipped and counted, each with a {@link Skip} saying why and where; a stretch
 * of the file that cannot be read as records (garbage, a cut-off end) is reported the same way,
 * and reading goes on at the next record that can be found. Nothing in the archive's content
 * makes a read throw.
 *
 * <p><b>jwarc is an optional dependency.</b> This class reads with
 * {@code org.netpreserve:jwarc}, which wireparse declares optional: add it to your own build to
 * use this class (on the module path, as the automatic module {@code jwarc}); without it, the
 * read methods throw {@link IllegalStateException}. The rest of the library never needs it.
 *
 * <p>Instances are immutable and thread-safe; each read holds its own state.
 *
 * <pre>{@code
 * WarcArticles.create().read(Path.of("crawl.warc.gz"), r ->
 *         System.out.println(r.targetUri() + " " + r.article().headline().map(Headline::text)));
 * }</pre>
 */
public final class WarcArticles {

    /** At most this many {@link Skip}s are kept per read; the counts cover all of them. */
    public static final int MAX_SKIPS_KEPT = 1000;

    private static final WarcArticles DEFAULT = new WarcArticles(Wireparse.parser());

    private final ArticleParser parser;

    private WarcArticles(ArticleParser parser) {
        this.parser = parser;
    }

    /**
     * {@return a reader that parses with the default options}
     */
    public static WarcArticles create() {
        return DEFAULT;
    }

    /**
     * Returns a reader that parses with the given parser.
     *
     * @param parser the parser
     * @return the reader
     * @throws NullPointerException if {@code parser} is null
     */
    public static WarcArticles create(ArticleParser parser) {
        Objects.requireNonNull(parser, "parser");
        return new WarcArticles(parser);
    }

    /**
     * {@return whether a file name looks like a WARC file's: it ends in {@code .warc} or
     * {@code .warc.gz}, in any case}
     *
     * @param fileName the name
     * @throws NullPointerException if {@code fileName} is null
     */
    public static boolean isWarcName(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /**
     * Reads a WARC file, compressed or not, and hands each parsed page to {@code action}, in file
     * order. A damaged stretch of the file is skipped: reading goes on at the next record found.
     *
     * @param file   the file
     * @param action what to do with each article; an exception it throws ends the read
     * @return what was read and skipped
     * @throws NullPointerException  if an argument is null
     * @throws IOException           if the file cannot be opened
     * @throws IllegalStateException if jwarc is not on the class or module path
     */
    public Summary read(Path file, Consumer<? super WarcRecordArticle> action) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(action, "action");
        return readPages(file, page -> action.accept(page.parse()));
    }

    /**
     * Reads a WARC file as {@link #read(Path, Consumer)} does, but hands each page to
     * {@code action} before it is parsed: for a caller that reads the archive in order on one
     * thread and parses its pages on others. {@link Page#parse()} may be called on any thread,
     * after the read has moved on or ended.
     *
     * @param file   the file
     * @param action what to do with each page, in file order; an exception it throws ends the read
     * @return what was read and skipped
     * @throws NullPointerException  if an argument is null
     * @throws IOException           if the file cannot be opened
     * @throws IllegalStateException if jwarc is not on the class or module path
     */
    public Summary readPages(Path file, Consumer<? super Page> action) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(action, "action");
        try (WarcPages pages = WarcPages.open(file)) {
            return drain(pages, action);
        } catch (NoClassDefFoundError e) {
            throw missingJwarc(e);
        }
    }

    /**
     * Reads a WARC stream, compressed or not, and hands each parsed page to {@code action}, in
     * order. A stream cannot be searched, so reading stops at the first stretch that cannot be read
     * (reported as a {@link Skip}). The stream is read but not closed.
     *
     * @param in     the archive's bytes
     * @param action what to do with each article; an exception it throws ends the read
     * @return what was read and skipped
     * @throws NullPointerException  if an argument is null
     * @throws IllegalStateException if jwarc is not on the class or module path
     */
    public Summary read(InputStream in, Consumer<? super WarcRecordArticle> action) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(action, "action");
        try (WarcPages pages = WarcPages.open(in)) {
            return drain(pages, page -> action.accept(page.parse()));
        } catch (NoClassDefFoundError e) {
            throw missingJwarc(e);
        }
    }

    private Summary drain(WarcPages pages, Consumer<? super Page> action) {
        for (WarcPage p = pages.next(); p != null; p = pages.next()) {
            action.accept(new Page(p, parser));
        }
        return pages.summary();
    }

    private static IllegalStateException missingJwarc(NoClassDefFoundError e) {
        return new IllegalStateException(
                "WarcArticles needs org.netpreserve:jwarc, an optional "
                        + "dependency of wireparse; add it to your build",
                e);
    }

    /**
     * A page of a WARC file, read but not yet parsed: what {@link #readPages} hands over. Holds
     * the page's bytes until it is dropped. Immutable and thread-safe.
     */
    public static final class Page {

        private final WarcPage page;
        private final ArticleParser parser;

        private Page(WarcPage page, ArticleParser parser) {
            this.page = page;
            this.parser = parser;
        }

        /** {@return the record's number in its file, from 1, counting records of every type} */
        public long number() {
            return page.record();
        }

        /** {@return the record's {@code WARC-Target-URI}: the URL the page was fetched from} */
        public String targetUri() {
            return page.targetUri();
        }

        /** {@return the record's {@code WARC-Date}, if it has a valid one} */
        public Optional<Instant> date() {
            return page.date();
        }

        /**
         * {@return where the record starts in its file, in bytes; for a {@code .warc.gz} file, in
         * compressed bytes}
         */
        public long offset() {
            return page.offset();
        }

        /**
         * Parses the page, as {@link #read(Path, Consumer)} does, with the reader's parser. Each
         * call parses anew.
         *
         * @return the article, with where it came from
         */
        public WarcRecordArticle parse() {
            return new WarcRecordArticle(page.targetUri(), page.date(), page.offset(), page.parse(parser));
        }

        /** {@return a description such as {@code Page[number=3, offset=1024, targetUri=…]}} */
        @Override
        public String toString() {
            return "Page[number=" + number() + ", offset=" + offset() + ", targetUri=" + targetUri() + "]";
        }
    }

    /**
     * A response record that was skipped, or a stretch of the file that could not be read.
     *
     * @param offset    where, in bytes from the start of the file (compressed bytes for
     *                  {@code .warc.gz}): the skipped record's start, or for a damaged stretch the
     *                  start of the last record read before it (0 if none), since a damaged record
     *                  has no known start
     * @param targetUri the record's target URI, or empty when no record could be read there
     * @param message   why, such as {@code not HTML or text (image/jpeg)}
     */
    public record Skip(long offset, String targetUri, String message) {

        /**
         * Checks the components.
         *
         * @param offset the value of {@link #offset()}
         * @param targetUri the value of {@link #targetUri()}
         * @param message the value of {@link #message()}
         * @throws NullPointerException if a component is null
         */
        public Skip {
            Objects.requireNonNull(targetUri, "targetUri");
            Objects.requireNonNull(message, "message");
        }

        /** {@return the skip as {@code message at byte offset (targetUri)}} */
        @Override
        public String toString() {
            return message + " at byte " + offset + (targetUri.isEmpty() ? "" : " (" + targetUri + ")");
        }
    }

    /**
     * What one read found.
     *
     * @param records   the WARC records read, of every type
     * @param parsed    the response records parsed into articles
     * @param skipped   the response records skipped: not HTML or text, not a success, truncated
     *                  by the crawler, or malformed
     * @param damaged   the stretches of the file that could not be read as records
     * @param bytesRead how far the read got, in bytes of the file (compressed bytes for
     *                  {@code .warc.gz})
     * @param skips     the first {@link #MAX_SKIPS_KEPT} skipped records and damaged stretches,
     *                  in file order
     */
    public record Summary(long records, long parsed, long skipped, long damaged, long bytesRead, List<Skip> skips) {

        /**
         * Copies the list.
         *
         * @param records the value of {@link #records()}
         * @param parsed the value of {@link #parsed()}
         * @param skipped the value of {@link #skipped()}
         * @param damaged the value of {@link #damaged()}
         * @param bytesRead the value of {@link #bytesRead()}
         * @param skips the value of {@link #skips()}
         * @throws NullPointerException if {@code skips} is null
         */
        public Summary {
            skips = List.copyOf(Objects.requireNonNull(skips, "skips"));
        }
    }
}
