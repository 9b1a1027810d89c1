package io.github.wireparse;

/**
 * The kind of input an {@link Article} was parsed from.
 */
public enum InputFormat {
    /** Plain text, as scraped or as delivered by a wire feed. */
    TEXT,
    /** An HTML page; the article's text is rendered from the page. */
    HTML
}
