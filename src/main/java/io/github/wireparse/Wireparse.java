package io.github.wireparse;

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

    private Wireparse() {
    }

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
     * Parses a plain-text wire story with the default options.
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
}
