package io.github.wireparse;

import io.github.wireparse.internal.html.HtmlPipeline;
import io.github.wireparse.internal.text.TextPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * Parses wire stories, as plain text or as HTML pages, into {@link Article}s, with the
 * {@link ParseOptions} it was made with. Get one from {@link Wireparse#parser()} or
 * {@link Wireparse#parser(ParseOptions)}; for the default options the static
 * {@link Wireparse#parse(String)} and {@link Wireparse#parseHtml(String, String)} are shorter.
 *
 * <p>A parser is immutable and thread-safe: one instance may serve any number of threads. Parsing
 * is lenient: any string gives an {@code Article}, with what could be recognised and a list of
 * {@linkplain Article#problems() problems}; only a null argument throws, a
 * {@link NullPointerException} naming it. I/O methods throw {@link IOException} only for failures
 * to read.
 *
 * <pre>{@code
 * ArticleParser parser = Wireparse.parser(ParseOptions.DEFAULTS.withExtractQuotes(false));
 * Article article = parser.parse(text);
 * article.dateline().flatMap(Dateline::city).ifPresent(System.out::println);
 * }</pre>
 */
public final class ArticleParser {

    private static final ArticleParser DEFAULT = new ArticleParser(ParseOptions.DEFAULTS);

    private final ParseOptions options;

    private ArticleParser(ParseOptions options) {
        this.options = options;
    }

    /** {@return a parser with the given options; see {@link Wireparse#parser(ParseOptions)}} */
    static ArticleParser create(ParseOptions options) {
        Objects.requireNonNull(options, "options");
        return options.equals(ParseOptions.DEFAULTS) ? DEFAULT : new ArticleParser(options);
    }

    /**
     * {@return the options this parser uses}
     */
    public ParseOptions options() {
        return options;
    }

    /**
     * Parses a plain-text story. The article's spans point into {@code text} itself.
     *
     * @param text the story, as scraped or as delivered by a wire feed
     * @return the parsed article; never null
     * @throws NullPointerException if {@code text} is null
     */
    public Article parse(String text) {
        Objects.requireNonNull(text, "text");
        return TextPipeline.parse(text, options);
    }

    /**
     * Reads a plain-text story from a file as UTF-8 (malformed bytes become U+FFFD) and parses it.
     *
     * @param file the file to read
     * @return the parsed article
     * @throws NullPointerException if {@code file} is null
     * @throws IOException          if the file cannot be read
     */
    public Article parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    /**
     * Parses a news page given as an HTML string.
     *
     * <p>The page is reduced to its article's blocks (headline, byline, paragraphs), which are
     * rendered as plain text separated by blank lines; that rendered text is
     * {@link Article#text()}, the text every span refers to, and it goes through the same pipeline
     * as plain-text input. The page's metadata is in {@link Article#metadata()}.
     *
     * @param html    the page
     * @param baseUri the URI the page came from, used to resolve relative links; may be empty
     * @return the parsed article
     * @throws NullPointerException if an argument is null
     */
    public Article parseHtml(String html, String baseUri) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(baseUri, "baseUri");
        return HtmlPipeline.parse(html, baseUri, options);
    }

    /**
     * Reads a news page from a stream, detecting its charset as jsoup does (byte order mark, then
     * {@code <meta charset>}, then UTF-8), and parses it as {@link #parseHtml(String, String)} does.
     * The stream is read to its end but not closed.
     *
     * @param in      the page's bytes
     * @param baseUri the URI the page came from; may be empty
     * @return the parsed article
     * @throws NullPointerException if an argument is null
     * @throws IOException          if the stream cannot be read
     */
    public Article parseHtml(InputStream in, String baseUri) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(baseUri, "baseUri");
        return HtmlPipeline.parse(in.readAllBytes(), null, baseUri, options);
    }

    /**
     * Reads a news page from a stream in a known charset and parses it as
     * {@link #parseHtml(String, String)} does. The stream is read to its end but not closed.
     *
     * @param in      the page's bytes
     * @param charset the page's charset
     * @param baseUri the URI the page came from; may be empty
     * @return the parsed article
     * @throws NullPointerException if an argument is null
     * @throws IOException          if the stream cannot be read
     */
    public Article parseHtml(InputStream in, Charset charset, String baseUri) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(baseUri, "baseUri");
        return HtmlPipeline.parse(in.readAllBytes(), charset.name(), baseUri, options);
    }

    /**
     * Extracts the article from a page that jsoup has already parsed, as
     * {@link #parseHtml(String, String)} does. The document is not modified. With
     * {@link ParseOptions#reportMarkupErrors()} on, the errors the document's parser tracked
     * ({@code Parser.setTrackErrors}) are reported as problems.
     *
     * @param document the parsed page
     * @return the parsed article
     * @throws NullPointerException if {@code document} is null
     */
    public Article parseHtml(Document document) {
        Objects.requireNonNull(document, "document");
        return HtmlPipeline.parse(document, options);
    }
}
