package io.github.wireparse;

/**
 * One element of a story's body, as {@link Article#elements()} gives them in reading order: a
 * {@link Paragraph} of the story or a {@link Boilerplate} item that travels with it.
 *
 * <p>The interface is sealed, so a {@code switch} over an element can name every kind and the
 * compiler tells when a kind is added:
 *
 * <pre>{@code
 * for (BodyElement e : article.elements()) {
 *     if (e instanceof Paragraph p) {
 *         print(p.text());
 *     } else if (e instanceof Boilerplate b && b.kind() == BoilerplateKind.PHOTO_CAPTION) {
 *         printCaption(b.text());
 *     }
 * }
 * }</pre>
 */
public sealed interface BodyElement permits Paragraph, Boilerplate {

    /** {@return the element's text as the record holds it} */
    String text();

    /**
     * {@return where the element starts in {@link Article#text()}: the index of its first
     * character}
     */
    int start();

    /** {@return the index one past the element's last character in {@link Article#text()}} */
    int end();

    /** {@return where the element stands in {@link Article#text()}, from {@link #start()} to {@link #end()}} */
    Span span();
}
