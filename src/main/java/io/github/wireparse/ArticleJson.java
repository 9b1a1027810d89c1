package io.github.wireparse;

import io.github.wireparse.internal.format.JsonArticleWriter;
import io.github.wireparse.internal.format.Writing;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes {@link Article}s as JSON: one object per article, the format the command-line tool's
 * {@code --format json} and {@code --format jsonl} print. The object's fields are described by
 * {@code docs/article.schema.json} and {@code docs/formats.md} in the repository; in short:
 *
 * <pre>{@code
 * {"id": "story.txt", "format": "text",
 *  "headline": {"text", "start", "end"} | null,
 *  "byline": {"text", "authors": [], "title", "organisation", "start", "end"} | null,
 *  "dateline": {"text", "cities": [], "city", "region", "country", "agency", "credit",
 *               "date": "--MM-DD", "year", "start", "end"} | null,
 *  "paragraphs": [{"text", "start", "end"}],
 *  "quotes": [{"text", "start", "end", "paragraph", "paragraphs": [], "partial",
 *              "speaker": {"text", "start", "end"} | null, "descriptor", "source",
 *              "cue": {"text", "start", "end"} | null}],
 *  "sources": [{"name", "descriptors": [], "quotes": [], "attributions": []}],
 *  "attributions": [{"kind": "direct|partial|mixed|indirect", "text", "start", "end",
 *                    "segments": [{"start", "end"}], "speaker": {...} | null, "source",
 *                    "sourceType": "person|organisation|document|unnamed" | null,
 *                    "cue": {...} | null, "quotes": []}],
 *  "boilerplate": [{"kind", "text", "start", "end"}],
 *  "metadata": {...} | null,
 *  "problems": [{"message", "line", "column", "offset"}],
 *  "text": "..."}                       // only withText(true)
 * }</pre>
 *
 * <p>{@code start} and {@code end} are UTF-16 code-unit offsets into the article's text, exactly
 * as {@link Span} holds them (and as JavaScript's {@code String.prototype.slice} takes them). An
 * absent value is {@code null}, an empty list {@code []}; every field is always written.
 *
 * <p>This class writes with the streaming API of
 * {@code com.fasterxml.jackson.core:jackson-core}, a dependency of wireparse (which also reads
 * ninjs input with it), so it comes with the library; should it be missing from the class or
 * module path all the same, the write methods throw {@link IllegalStateException}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String line = ArticleJson.create().toJson(article, "story.txt");
 * }</pre>
 */
public final class ArticleJson {

    private static final ArticleJson DEFAULT = new ArticleJson(false, false);

    private final boolean prettyPrint;
    private final boolean includeText;

    private ArticleJson(boolean prettyPrint, boolean includeText) {
        this.prettyPrint = prettyPrint;
        this.includeText = includeText;
    }

    /**
     * {@return a writer of compact objects (one line each, as JSON Lines wants) without the
     * article's full text}
     */
    public static ArticleJson create() {
        return DEFAULT;
    }

    /**
     * Returns a writer that indents its objects over several lines, or writes each on one line.
     *
     * @param prettyPrint whether to indent
     * @return the changed writer
     */
    public ArticleJson withPrettyPrint(boolean prettyPrint) {
        return new ArticleJson(prettyPrint, includeText);
    }

    /**
     * Returns a writer that adds, or leaves out, the article's full text as the {@code text} field.
     *
     * @param includeText whether to add the text
     * @return the changed writer
     */
    public ArticleJson withText(boolean includeText) {
        return new ArticleJson(prettyPrint, includeText);
    }

    /**
     * {@return whether objects are indented over several lines}
     */
    public boolean prettyPrint() {
        return prettyPrint;
    }

    /**
     * {@return whether the article's full text is written as the {@code text} field}
     */
    public boolean includesText() {
        return includeText;
    }

    /**
     * Writes an article as one JSON object, without a line break after it.
     *
     * @param article the article
     * @param id      the {@code id} field: the input's name, such as its file name
     * @param out     where to write; flushed, not closed
     * @throws NullPointerException  if an argument is null
     * @throws IOException           if {@code out} fails
     * @throws IllegalStateException if Jackson is not on the class or module path
     */
    public void toJson(Article article, String id, Writer out) throws IOException {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(out, "out");
        Writing.withJackson("ArticleJson", w -> JsonArticleWriter.write(article, id, prettyPrint, includeText, w), out);
    }

    /**
     * Returns an article as one JSON object.
     *
     * @param article the article
     * @param id      the {@code id} field: the input's name, such as its file name
     * @return the JSON text, without a line break at its end
     * @throws NullPointerException  if an argument is null
     * @throws IllegalStateException if Jackson is not on the class or module path
     */
    public String toJson(Article article, String id) {
        return Writing.asString(out -> toJson(article, id, out));
    }

    /** {@return a description such as {@code ArticleJson[prettyPrint=false, includeText=false]}} */
    @Override
    public String toString() {
        return "ArticleJson[prettyPrint=" + prettyPrint + ", includeText=" + includeText + "]";
    }
}
