package io.github.wireparse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an HTML page says about its article outside the visible text: JSON-LD {@code NewsArticle}
 * data, Open Graph and {@code article:*} meta tags, the canonical link, the dates in {@code <time>}
 * elements and time stamps, the {@code lang} and {@code dir} attributes. Plain-text input has none.
 *
 * <p>The authors here are the ones the page's metadata names; the visible byline is in
 * {@link Article#byline()}. When the two disagree both are kept, each where it came from.
 *
 * @param canonicalUrl the canonical URL of the page, if stated
 * @param siteName     the site's name ({@code og:site_name}, publisher), if stated
 * @param title        the title the metadata gives, if any
 * @param description  the summary the metadata gives, if any
 * @param published    when the article was first published, if stated, as precisely as stated
 *                     and with where it was found
 * @param modified     when it was last modified, if stated, likewise
 * @param authors      the authors the metadata names; unmodifiable, may be empty
 * @param section      the section ({@code article:section}), if stated
 * @param keywords     the keywords and tags; unmodifiable, may be empty
 * @param language     the language tag ({@code en}, {@code en-US}), if stated
 * @param textDirection the text direction ({@code dir} on {@code <html>} or {@code <body>}), if stated
 * @param imageUrl     the lead image's URL, if stated
 */
public record PageMetadata(
        Optional<String> canonicalUrl,
        Optional<String> siteName,
        Optional<String> title,
        Optional<String> description,
        Optional<PageDate> published,
        Optional<PageDate> modified,
        List<String> authors,
        Optional<String> section,
        List<String> keywords,
        Optional<String> language,
        Optional<TextDirection> textDirection,
        Optional<String> imageUrl) {

    /**
     * Checks the components and keeps unmodifiable copies of {@code authors} and
     * {@code keywords}, so the record stays as built when the caller later changes a list it
     * passed.
     *
     * @param canonicalUrl the value of {@link #canonicalUrl()}
     * @param siteName the value of {@link #siteName()}
     * @param title the value of {@link #title()}
     * @param description the value of {@link #description()}
     * @param published the value of {@link #published()}
     * @param modified the value of {@link #modified()}
     * @param authors the value of {@link #authors()}
     * @param section the value of {@link #section()}
     * @param keywords the value of {@link #keywords()}
     * @param language the value of {@link #language()}
     * @param textDirection the value of {@link #textDirection()}
     * @param imageUrl the value of {@link #imageUrl()}
     * @throws NullPointerException if a component, or an element of a list, is null
     */
    public PageMetadata {
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(modified, "modified");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        Objects.requireNonNull(section, "section");
        keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(textDirection, "textDirection");
        Objects.requireNonNull(imageUrl, "imageUrl");
    }
}
