package io.github.wireparse;

import io.github.wireparse.internal.feed.FeedReader;
import io.github.wireparse.internal.html.HtmlPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/**
 * Parses wire stories, as plain text, as HTML pages or as agencies transmit them (ANPA-1312,
 * IPTC 7901, NITF, NewsML, NewsML-G2, ninjs), into {@link Article}s, with the
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
     * Parses a story given as text. Plain text goes through the text pipeline, and the article's
     * spans point into {@code text} itself. Text that is a wire transmission or a feed document is
     * recognised from its first characters and read as such, with no flag: an ANPA-1312 or IPTC
     * 7901 message (with its control characters, or its header lines without them), an NITF,
     * NewsML or NewsML-G2 document, a ninjs item or an API response holding one; its header or
     * metadata is the article's {@linkplain Article#envelope() envelope}. Input that holds several
     * stories gives the first, with a problem saying how many there are; {@link #parseAll(String)}
     * gives them all. HTML given as a string is read as text, as it always was (use
     * {@link #parseHtml(String, String)} or {@link #parse(byte[])}).
     *
     * @param text the story, as scraped or as delivered by a wire feed
     * @return the parsed article; never null
     * @throws NullPointerException if {@code text} is null
     */
    public Article parse(String text) {
        Objects.requireNonNull(text, "text");
        return FeedReader.first(FeedReader.entries(text, options));
    }

    /**
     * Parses an input given as bytes, detecting its format from its content: ANPA-1312, IPTC 7901,
     * NITF, NewsML-G2, NewsML, ninjs (alone or in an AP Media API response), HTML or plain text.
     * The charset is the format's own: a byte order mark, an XML declaration's encoding, jsoup's
     * detection for HTML, else UTF-8; bytes that are not valid UTF-8 are read as Windows-1252 with
     * a problem saying so, never a failure. Input that holds several stories gives the first, with
     * a problem saying how many there are; {@link #parseAll(byte[])} gives them all.
     *
     * <p>For text transmissions and plain text the article's spans point into the decoded input
     * (for a transmission with several messages, into its message); for XML, JSON and HTML they
     * point into the text rendered from the document, which is {@link Article#text()}.
     *
     * @param input the input's bytes
     * @return the parsed article; never null
     * @throws NullPointerException if {@code input} is null
     */
    public Article parse(byte[] input) {
        Objects.requireNonNull(input, "input");
        return FeedReader.first(FeedReader.entries(input, options));
    }

    /**
     * Reads a file and parses it as {@link #parse(byte[])} does, detecting its format from its
     * content (not from its name).
     *
     * @param file the file to read
     * @return the parsed article
     * @throws NullPointerException if {@code file} is null
     * @throws IOException          if the file cannot be read
     */
    public Article parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(Files.readAllBytes(file));
    }

    /**
     * Reads a stream to its end (without closing it) and parses it as {@link #parse(byte[])} does.
     *
     * @param in the input
     * @return the parsed article
     * @throws NullPointerException if {@code in} is null
     * @throws IOException          if the stream cannot be read
     */
    public Article parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return parse(in.readAllBytes());
    }

    /**
     * Parses every story of an input given as bytes, detecting its format as
     * {@link #parse(byte[])} does: each message of an ANPA-1312 or IPTC 7901 transmission file,
     * each {@code newsItem} of a NewsML-G2 {@code newsMessage}, each {@code NewsItem} of a NewsML
     * document, each item of a ninjs array or API response. Any other input is one story. The
     * stories are parsed as the stream is consumed; the stream holds at least one.
     *
     * @param input the input's bytes
     * @return the stories, in input order, numbered from 1
     * @throws NullPointerException if {@code input} is null
     */
    public Stream<FeedStory> parseAll(byte[] input) {
        Objects.requireNonNull(input, "input");
        return stories(FeedReader.entries(input, options));
    }

    /**
     * Parses every story of a text, as {@link #parseAll(byte[])} does; plain text is one story.
     *
     * @param text the input
     * @return the stories, in input order, numbered from 1
     * @throws NullPointerException if {@code text} is null
     */
    public Stream<FeedStory> parseAll(String text) {
        Objects.requireNonNull(text, "text");
        return stories(FeedReader.entries(text, options));
    }

    /**
     * Reads a file and parses every story in it, as {@link #parseAll(byte[])} does.
     *
     * @param file the file to read
     * @return the stories, in input order, numbered from 1
     * @throws NullPointerException if {@code file} is null
     * @throws IOException          if the file cannot be read
     */
    public Stream<FeedStory> parseAll(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parseAll(Files.readAllBytes(file));
    }

    /**
     * Reads a stream to its end (without closing it) and parses every story in it, as
     * {@link #parseAll(byte[])} does.
     *
     * @param in the input
     * @return the stories, in input order, numbered from 1
     * @throws NullPointerException if {@code in} is null
     * @throws IOException          if the stream cannot be read
     */
    public Stream<FeedStory> parseAll(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return parseAll(in.readAllBytes());
    }

    private static Stream<FeedStory> stories(List<FeedReader.Entry> entries) {
        return entries.stream()
                .map(e -> new FeedStory(e.index(), e.offset(), e.article().get()));
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
