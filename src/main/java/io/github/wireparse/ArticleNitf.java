package io.github.wireparse;

import io.github.wireparse.internal.format.NitfArticleWriter;
import io.github.wireparse.internal.format.Writing;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes {@link Article}s as IPTC NITF 3.6 (News Industry Text Format) XML, the format the
 * command-line tool's {@code --format nitf} prints. Uses only the JDK's XML streaming API.
 *
 * <p>The document maps the model as follows:
 * <ul>
 *   <li>{@code head/title}: the headline (or, for a page without one, the metadata's title);
 *       {@code head/docdata}: {@code doc-id} with the given id, a {@code correction} per
 *       correction note, {@code date.issue} and {@code key-list} from an HTML page's
 *       metadata.</li>
 *   <li>{@code body/body.head}: {@code hedline/hl1}; a {@code note} per editor's note
 *       ({@code noteclass="editorsnote"}) or copyright line ({@code "cpyrt"}); {@code byline} with
 *       the byline as written, each author in a {@code person} and the title in {@code byttl};
 *       {@code distributor}, the agency; {@code dateline} as written, its place in a
 *       {@code location} ({@code city}, then {@code state} for a U.S., Canadian or Australian
 *       state or province, or {@code country}, with the ISO 3166-1 code in {@code country/@iso-cc})
 *       and its date in {@code story.date} ({@code @norm} {@code YYYYMMDD} only when the year is
 *       known).</li>
 *   <li>{@code body/body.content}: one {@code p} per paragraph, each direct quotation inside it a
 *       {@code q} element whose {@code quote-source} names the quote's source (or its speaker as
 *       written); a quotation that runs over several paragraphs is one {@code q} per
 *       paragraph.</li>
 *   <li>{@code body/body.end/tagline}: the contributor lines.</li>
 * </ul>
 * Other boilerplate (captions, promos, page chrome) is left out. Characters XML 1.0 cannot carry
 * become U+FFFD.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String xml = ArticleNitf.create().toXml(article, "story.txt");
 * }</pre>
 */
public final class ArticleNitf {

    private static final ArticleNitf DEFAULT = new ArticleNitf();

    private ArticleNitf() {}

    /**
     * {@return the NITF writer}
     */
    public static ArticleNitf create() {
        return DEFAULT;
    }

    /**
     * Writes an article as one NITF document, from the XML declaration to a line break after the
     * root element.
     *
     * @param article the article
     * @param id      the document's id ({@code head/docdata/doc-id/@id-string}), such as the
     *                input's file name
     * @param out     where to write; flushed, not closed. The declaration names UTF-8, so encode
     *                what is written to {@code out} as UTF-8.
     * @throws NullPointerException if an argument is null
     * @throws IOException          if {@code out} fails
     */
    public void toXml(Article article, String id, Writer out) throws IOException {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(out, "out");
        NitfArticleWriter.write(article, id, out);
    }

    /**
     * Returns an article as one NITF document.
     *
     * @param article the article
     * @param id      the document's id, such as the input's file name
     * @return the XML text
     * @throws NullPointerException if an argument is null
     */
    public String toXml(Article article, String id) {
        return Writing.asString(out -> toXml(article, id, out));
    }
}
