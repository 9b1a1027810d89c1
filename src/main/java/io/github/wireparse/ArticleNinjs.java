package io.github.wireparse;

import io.github.wireparse.internal.format.NinjsArticleWriter;
import io.github.wireparse.internal.format.Writing;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes {@link Article}s as IPTC ninjs ("news in JSON") objects, version 2.2 (the default, the
 * generation news APIs send) or 3.1: the format the command-line tool's {@code --format ninjs}
 * prints. Each article becomes one object valid against the published schema of its version:
 *
 * <pre>{@code
 * {"uri": "urn:wireparse:story.txt",
 *  "standard": {"name": "ninjs", "version": "2.2", "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#"},
 *  "type": "text",
 *  "firstcreated": "…", "versioncreated": "…",       // an HTML page's published / modified dates
 *  "language": "en",                                   // an HTML page's language
 *  "ednote": "…",                                      // the editor's notes, one per line
 *  "copyrightnotice": "…",                             // the copyright lines
 *  "by": "KIM TONG-HYUNG and HYUNG-JIN KIM",           // the byline's authors, then its title
 *  "located": "SEOUL, South Korea",                    // the dateline's cities and region
 *  "places": [{"rel": "located", "uri": "http://cvx.iptc.org/iso3166-1a2/kr", "literal": "KR"}],
 *  "infosources": [{"name": "AP"}],                    // the dateline's agency credit
 *  "headlines": [{"role": "main", "value": "…"}],
 *  "descriptions": [{"role": "summary", "value": "…"}],   // an HTML page's description
 *  "bodies": [{"role": "main", "contenttype": "text/plain", "charcount": 0, "wordcount": 0, "value": "…"},
 *             {"role": "richtext", "contenttype": "text/html", "value": "<p>…</p>"}],
 *  "subjects": [{"name": "…"}]}                        // an HTML page's keywords
 * }</pre>
 *
 * <p>A property is written only when the article has a value for it (ninjs has no nulls). The
 * bodies hold the story as it reads: the paragraphs, the first opened by the dateline; the
 * boilerplate (captions, promos, trailers) is left out. Quotes, sources, spans and problems have
 * no place in ninjs: use {@link ArticleJson} for them. Version 3.1 writes the same properties
 * with its camel-case names ({@code versionCreated}, {@code contentType}, {@code edNote}, …).
 *
 * <p>The {@code uri} is the id when that is already an absolute URI (a feed item's guid, a page's
 * URL), else the {@linkplain #withUriPrefix URI prefix} (by default {@code urn:wireparse:})
 * followed by the id percent-encoded: {@code stories/a b.txt} becomes
 * {@code urn:wireparse:stories/a%20b.txt}.
 *
 * <p>Like {@link ArticleJson}, this class writes with
 * {@code com.fasterxml.jackson.core:jackson-core}, a dependency of wireparse; should it be missing
 * from the class or module path all the same, the write methods throw
 * {@link IllegalStateException}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String ninjs = ArticleNinjs.create().toJson(article, "story.txt");
 * String v31 = ArticleNinjs.create().withVersion(ArticleNinjs.Version.V3_1).toJson(article, "story.txt");
 * }</pre>
 */
public final class ArticleNinjs {

    /** The default {@linkplain #withUriPrefix URI prefix}. */
    public static final String DEFAULT_URI_PREFIX = "urn:wireparse:";

    private static final ArticleNinjs DEFAULT = new ArticleNinjs(Version.V2_2, false, DEFAULT_URI_PREFIX);

    /** The ninjs versions written. */
    public enum Version {
        /** ninjs 2.2: lower-case property names, the generation news APIs send. */
        V2_2("2.2"),
        /** ninjs 3.1: the same item with camel-case property names. */
        V3_1("3.1");

        private final String number;

        Version(String number) {
            this.number = number;
        }

        /** {@return the version as the standard numbers it, such as {@code 2.2}} */
        public String number() {
            return number;
        }

        /**
         * Finds a version by its number.
         *
         * @param number {@code 2.2} or {@code 3.1}
         * @return the version
         * @throws NullPointerException     if {@code number} is null
         * @throws IllegalArgumentException if no version has that number
         */
        public static Version of(String number) {
            Objects.requireNonNull(number, "number");
            for (Version v : values()) {
                if (v.number.equals(number.strip().toLowerCase(Locale.ROOT))) {
                    return v;
                }
            }
            throw new IllegalArgumentException(
                    "no ninjs version " + number + " is written; the versions are 2.2 and 3.1");
        }
    }

    private final Version version;
    private final boolean prettyPrint;
    private final String uriPrefix;

    private ArticleNinjs(Version version, boolean prettyPrint, String uriPrefix) {
        this.version = version;
        this.prettyPrint = prettyPrint;
        this.uriPrefix = uriPrefix;
    }

    /** {@return a writer of compact ninjs 2.2 objects (one line each) with the default prefix} */
    public static ArticleNinjs create() {
        return DEFAULT;
    }

    /**
     * Returns a writer of another ninjs version.
     *
     * @param version the version
     * @return the changed writer
     * @throws NullPointerException if {@code version} is null
     */
    public ArticleNinjs withVersion(Version version) {
        return new ArticleNinjs(Objects.requireNonNull(version, "version"), prettyPrint, uriPrefix);
    }

    /**
     * Returns a writer that indents its objects over several lines, or writes each on one line.
     *
     * @param prettyPrint whether to indent
     * @return the changed writer
     */
    public ArticleNinjs withPrettyPrint(boolean prettyPrint) {
        return new ArticleNinjs(version, prettyPrint, uriPrefix);
    }

    /**
     * Returns a writer that makes an item's {@code uri} from an id that is not an absolute URI
     * with another prefix, such as {@code https://news.example.com/items/}.
     *
     * @param uriPrefix the prefix: an absolute URI, or the start of one such as {@code urn:x:}
     * @return the changed writer
     * @throws NullPointerException     if {@code uriPrefix} is null
     * @throws IllegalArgumentException if the prefix does not start with a URI scheme
     */
    public ArticleNinjs withUriPrefix(String uriPrefix) {
        Objects.requireNonNull(uriPrefix, "uriPrefix");
        if (!uriPrefix.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S*")) {
            throw new IllegalArgumentException("not the start of an absolute URI: " + uriPrefix);
        }
        return new ArticleNinjs(version, prettyPrint, uriPrefix);
    }

    /** {@return the ninjs version written} */
    public Version version() {
        return version;
    }

    /** {@return whether objects are indented over several lines} */
    public boolean prettyPrint() {
        return prettyPrint;
    }

    /** {@return the prefix of an item's {@code uri} made from an id that is not a URI} */
    public String uriPrefix() {
        return uriPrefix;
    }

    /**
     * Writes an article as one ninjs object, without a line break after it.
     *
     * @param article the article
     * @param id      the input's name, such as its file name, or its URI; the {@code uri} is
     *                made from it
     * @param out     where to write; flushed, not closed
     * @throws NullPointerException  if an argument is null
     * @throws IOException           if {@code out} fails
     * @throws IllegalStateException if Jackson is not on the class or module path
     */
    public void toJson(Article article, String id, Writer out) throws IOException {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(out, "out");
        Writing.withJackson(
                "ArticleNinjs", w -> NinjsArticleWriter.write(article, id, uriPrefix, version, prettyPrint, w), out);
    }

    /**
     * Returns an article as one ninjs object.
     *
     * @param article the article
     * @param id      the input's name, such as its file name, or its URI
     * @return the JSON text, without a line break at its end
     * @throws NullPointerException  if an argument is null
     * @throws IllegalStateException if Jackson is not on the class or module path
     */
    public String toJson(Article article, String id) {
        return Writing.asString(out -> toJson(article, id, out));
    }

    /** {@return a description such as {@code ArticleNinjs[version=2.2, prettyPrint=false, …]}} */
    @Override
    public String toString() {
        return "ArticleNinjs[version=" + version.number() + ", prettyPrint=" + prettyPrint + ", uriPrefix=" + uriPrefix
                + "]";
    }
}
