package io.github.wireparse;

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
     * Parses a plain-text wire story with the default options.
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
}
