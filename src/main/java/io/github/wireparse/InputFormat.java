package io.github.wireparse;

import io.github.wireparse.internal.feed.FormatDetector;
import java.util.Objects;

/**
 * The kind of input an {@link Article} was parsed from. The content-detecting entry points
 * ({@link ArticleParser#parse(byte[])}, {@link ArticleParser#parse(java.nio.file.Path)},
 * {@link ArticleParser#parse(java.io.InputStream)}) recognise every one of these from the input's first
 * characters; no flag is needed.
 */
public enum InputFormat {
    /** Plain text, as scraped or as delivered by a wire feed. */
    TEXT,
    /** An HTML page; the article's text is rendered from the page. */
    HTML,
    /**
     * An ANPA-1312 transmission (AP and other agencies of the Americas): a selector line, a header
     * line with priority, category, keyword, version, date and word count, the story between
     * {@code STX} and {@code ETX}, then a trailer line such as {@code AP-WF-02-20-16 0337GMT}; or the
     * same header lines without their control characters.
     */
    ANPA,
    /**
     * An IPTC 7901 transmission (dpa, AFP, ANSA, APA and other European agencies): a header line
     * such as {@code eca062 4 i 211 ccccb dpa 061}, an optional keyword line, the story between
     * {@code STX} and {@code ETX}.
     */
    IPTC7901,
    /** An IPTC NITF 3.x XML document; the article's text is rendered from its elements. */
    NITF,
    /**
     * An IPTC NewsML-G2 {@code newsMessage} or {@code newsItem}; the article's text is rendered from
     * its elements.
     */
    NEWSML_G2,
    /** An IPTC NewsML 1.x document; the article's text is rendered from its elements. */
    NEWSML,
    /**
     * An IPTC ninjs 1.x, 2.x or 3.x JSON object, alone or wrapped in an AP Media API response
     * ({@code data.item}, {@code data.items}); the article's text is rendered from its properties.
     */
    NINJS;

    /**
     * Tells an input's format from its first bytes, as the content-detecting entry points do:
     * the control characters or header shapes of ANPA-1312 and IPTC 7901, the root element of
     * NITF, NewsML-G2 and NewsML, a JSON object or array (ninjs), markup (HTML), else
     * {@link #TEXT}. Only the first few kilobytes are looked at, so the cost does not grow with the
     * input; bytes that look like a format but turn out not to be one are still read (as plain
     * text, with a problem) by the parse.
     *
     * @param input the input's bytes, or its first bytes
     * @return the format the input looks like
     * @throws NullPointerException if {@code input} is null
     */
    public static InputFormat detect(byte[] input) {
        Objects.requireNonNull(input, "input");
        return FormatDetector.detect(input);
    }
}
