package io.github.wireparse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The way in: static methods that parse with the default options, and {@link #parser(ParseOptions)}
 * for an {@link ArticleParser} with other options (or for its methods that read files, streams and
 * jsoup documents).
 *
 * <pre>{@code
 * Article article = Wireparse.parse(text);
 * System.out.println(article.headline().map(Headline::text).orElse("(no headline)"));
 * }</pre>
 */
public final class Wireparse {

    private Wireparse() {}

    /**
     * {@return a parser with the {@linkplain ParseOptions#DEFAULTS default options}; it is shared,
     * immutable and thread-safe}
     */
    public static ArticleParser parser() {
        return ArticleParser.create(ParseOptions.DEFAULTS);
    }

    /**
     * Returns a parser with the given options.
     *
     * <pre>{@code
     * ArticleParser parser = Wireparse.parser(ParseOptions.DEFAULTS.withReportMarkupErrors(true));
     * }</pre>
     *
     * @param options how to parse
     * @return the parser, immutable and thread-safe
     * @throws NullPointerException if {@code options} is null
     */
    public static ArticleParser parser(ParseOptions options) {
        return ArticleParser.create(options);
    }

    /**
     * Parses a wire story given as text with the default options: plain text, or a transmission or
     * feed document recognised from its content.
     *
     * @param text the story
     * @return the parsed article
     * @throws NullPointerException if {@code text} is null
     * @see ArticleParser#parse(String)
     */
    public static Article parse(String text) {
        return ArticleParser.create(ParseOptions.DEFAULTS).parse(text);
    }

    /**
     * Parses a news page with the default options.
     *
     * @param html    the page
     * @param baseUri the URI the page came from; may be empty
     * @return the parsed article
     * @throws NullPointerException if an argument is null
     * @see ArticleParser#parseHtml(String, String)
     */
    public static Article parseHtml(String html, String baseUri) {
        return ArticleParser.create(ParseOptions.DEFAULTS).parseHtml(html, baseUri);
    }

    /**
     * Parses an input given as bytes with the default options, detecting its format from its
     * content.
     *
     * @param input the input's bytes
     * @return the parsed article (the first story, when there are several)
     * @throws NullPointerException if {@code input} is null
     * @see ArticleParser#parse(byte[])
     */
    public static Article parse(byte[] input) {
        return Wireparse.parser().parse(input);
    }

    /**
     * Reads a file and parses it with the default options, detecting its format from its content.
     *
     * @param file the file
     * @return the parsed article (the first story, when there are several)
     * @throws NullPointerException if {@code file} is null
     * @throws IOException          if the file cannot be read
     * @see ArticleParser#parse(Path)
     */
    public static Article parse(Path file) throws IOException {
        return Wireparse.parser().parse(file);
    }

    /**
     * Reads a stream to its end (without closing it) and parses it with the default options,
     * detecting its format from its content.
     *
     * @param in the input
     * @return the parsed article (the first story, when there are several)
     * @throws NullPointerException if {@code in} is null
     * @throws IOException          if the stream cannot be read
     * @see ArticleParser#parse(InputStream)
     */
    public static Article parse(InputStream in) throws IOException {
        return Wireparse.parser().parse(in);
    }

    /**
     * Parses every story of an input given as bytes with the default options.
     *
     * @param input the input's bytes
     * @return the stories, in input order
     * @throws NullPointerException if {@code input} is null
     * @see ArticleParser#parseAll(byte[])
     */
    public static Stream<FeedStory> parseAll(byte[] input) {
        return Wireparse.parser().parseAll(input);
    }

    /**
     * Parses every story of a text with the default options.
     *
     * @param text the input
     * @return the stories, in input order
     * @throws NullPointerException if {@code text} is null
     * @see ArticleParser#parseAll(String)
     */
    public static Stream<FeedStory> parseAll(String text) {
        return Wireparse.parser().parseAll(text);
    }

    /**
     * Reads a file and parses every story in it with the default options.
     *
     * @param file the file
     * @return the stories, in input order
     * @throws NullPointerException if {@code file} is null
     * @throws IOException          if the file cannot be read
     * @see ArticleParser#parseAll(Path)
     */
    public static Stream<FeedStory> parseAll(Path file) throws IOException {
        return Wireparse.parser().parseAll(file);
    }

    /**
     * Reads a stream to its end (without closing it) and parses every story in it with the
     * default options.
     *
     * @param in the input
     * @return the stories, in input order
     * @throws NullPointerException if {@code in} is null
     * @throws IOException          if the stream cannot be read
     * @see ArticleParser#parseAll(InputStream)
     */
    public static Stream<FeedStory> parseAll(InputStream in) throws IOException {
        return Wireparse.parser().parseAll(in);
    }
}
