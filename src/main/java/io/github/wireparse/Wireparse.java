package io.github.wireparse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The shortest way in: static methods that parse with the default options. For other options,
 * make a {@link WireParser} with {@link WireParser#create(ParseOptions)}.
 *
 * <pre>{@code
 * Article article = Wireparse.parse(text);
 * System.out.println(article.headline().map(Headline::text).orElse("(no headline)"));
 * }</pre>
 */
public final class Wireparse {

    private Wireparse() {
    }

    /**
     * Parses a wire story given as text with the default options: plain text, or a transmission or
     * feed document recognised from its content.
     *
     * @param text the story
     * @return the parsed article
     * @throws NullPointerException if {@code text} is null
     * @see WireParser#parse(String)
     */
    public static Article parse(String text) {
        return WireParser.create().parse(text);
    }

    /**
     * Parses a news page with the default options.
     *
     * @param html    the page
     * @param baseUri the URI the page came from; may be empty
     * @return the parsed article
     * @throws NullPointerException if an argument is null
     * @see WireParser#parseHtml(String, String)
     */
    public static Article parseHtml(String html, String baseUri) {
        return WireParser.create().parseHtml(html, baseUri);
    }

    /**
     * Parses an input given as bytes with the default options, detecting its format from its
     * content.
     *
     * @param input the input's bytes
     * @return the parsed article (the first story, when there are several)
     * @throws NullPointerException if {@code input} is null
     * @see WireParser#parse(byte[])
     */
    public static Article parse(byte[] input) {
        return WireParser.create().parse(input);
    }

    /**
     * Reads a file and parses it with the default options, detecting its format from its content.
     *
     * @param file the file
     * @return the parsed article (the first story, when there are several)
     * @throws NullPointerException if {@code file} is null
     * @throws IOException          if the file cannot be read
     * @see WireParser#parse(Path)
     */
    public static Article parse(Path file) throws IOException {
        return WireParser.create().parse(file);
    }

    /**
     * Reads a stream to its end (without closing it) and parses it with the default options,
     * detecting its format from its content.
     *
     * @param in the input
     * @return the parsed article (the first story, when there are several)
     * @throws NullPointerException if {@code in} is null
     * @throws IOException          if the stream cannot be read
     * @see WireParser#parse(InputStream)
     */
    public static Article parse(InputStream in) throws IOException {
        return WireParser.create().parse(in);
    }

    /**
     * Parses every story of an input given as bytes with the default options.
     *
     * @param input the input's bytes
     * @return the stories, in input order
     * @throws NullPointerException if {@code input} is null
     * @see WireParser#parseAll(byte[])
     */
    public static Stream<FeedStory> parseAll(byte[] input) {
        return WireParser.create().parseAll(input);
    }

    /**
     * Parses every story of a text with the default options.
     *
     * @param text the input
     * @return the stories, in input order
     * @throws NullPointerException if {@code text} is null
     * @see WireParser#parseAll(String)
     */
    public static Stream<FeedStory> parseAll(String text) {
        return WireParser.create().parseAll(text);
    }

    /**
     * Reads a file and parses every story in it with the default options.
     *
     * @param file the file
     * @return the stories, in input order
     * @throws NullPointerException if {@code file} is null
     * @throws IOException          if the file cannot be read
     * @see WireParser#parseAll(Path)
     */
    public static Stream<FeedStory> parseAll(Path file) throws IOException {
        return WireParser.create().parseAll(file);
    }

    /**
     * Reads a stream to its end (without closing it) and parses every story in it with the
     * default options.
     *
     * @param in the input
     * @return the stories, in input order
     * @throws NullPointerException if {@code in} is null
     * @throws IOException          if the stream cannot be read
     * @see WireParser#parseAll(InputStream)
     */
    public static Stream<FeedStory> parseAll(InputStream in) throws IOException {
        return WireParser.create().parseAll(in);
    }
}
