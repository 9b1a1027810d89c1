package io.github.wireparse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed wire story: its parts, each with its span in {@link #text()}, and the problems noticed
 * on the way.
 *
 * <p>Nothing is silently lost: every non-whitespace character of the text lies in exactly one of
 * the headline, the byline, the dateline, a paragraph or a boilerplate item (quotes, speakers and
 * cues lie inside paragraphs). Articles are immutable values; two parses of the same input are
 * {@linkplain #equals(Object) equal}.
 *
 * <p>For a text transmission (ANPA-1312, IPTC 7901) the text is the decoded input, control
 * characters included; the characters of its header, its format codes and its trailer lie in the
 * {@linkplain #envelope() envelope}'s fields or are format codes rather than story text. For XML
 * and JSON formats the text is rendered from the document, as for HTML.
 *
 * @param text        the text the spans refer to: the input itself for plain text, the article
 *                    text rendered from the page for HTML (see {@link ArticleParser#parseHtml})
 * @param format      what kind of input the article was parsed from
 * @param headline    the headline, if the story has one
 * @param byline      the byline, if the story has one
 * @param dateline    the dateline, if the story has one
 * @param paragraphs  the body paragraphs in reading order; unmodifiable
 * @param boilerplate the boilerplate items in reading order, before, inside and after the body;
 *                    unmodifiable
 * @param quotes      the direct quotations of the body in reading order; unmodifiable, empty when
 *                    quote extraction is switched off
 * @param sources     the distinct speakers of those quotes, in order of first quote, then the
 *                    speakers of reported speech alone; unmodifiable
 * @param metadata    the page's metadata, for HTML input
 * @param problems    what was off in the input; unmodifiable, empty for clean input
 * @param envelope    the transmission's header or metadata (ANPA-1312, IPTC 7901, NITF, NewsML,
 *                    NewsML-G2, ninjs), when the input carried one
 * @param attributions every attribution of the body, quoted or reported, in reading order (see
 *                    {@link Attribution}); unmodifiable, empty when quote extraction is switched
 *                    off
 */
public record Article(
        String text,
        InputFormat format,
        Optional<Headline> headline,
        Optional<Byline> byline,
        Optional<Dateline> dateline,
        List<Paragraph> paragraphs,
        List<Boilerplate> boilerplate,
        List<Quote> quotes,
        List<Source> sources,
        Optional<PageMetadata> metadata,
        List<Problem> problems,
        Optional<Envelope> envelope,
        List<Attribution> attributions) {

    /**
     * Checks the components and keeps unmodifiable copies of the lists ({@code paragraphs},
     * {@code boilerplate}, {@code quotes}, {@code sources}, {@code problems}, {@code attributions}), so the record stays
     * as built when the caller later changes a list it passed.
     *
     * @param text the value of {@link #text()}
     * @param format the value of {@link #format()}
     * @param headline the value of {@link #headline()}
     * @param byline the value of {@link #byline()}
     * @param dateline the value of {@link #dateline()}
     * @param paragraphs the value of {@link #paragraphs()}
     * @param boilerplate the value of {@link #boilerplate()}
     * @param quotes the value of {@link #quotes()}
     * @param sources the value of {@link #sources()}
     * @param metadata the value of {@link #metadata()}
     * @param problems the value of {@link #problems()}
     * @param envelope the value of {@link #envelope()}
     * @param attributions the value of {@link #attributions()}
     * @throws NullPointerException if a component, or an element of a list, is null
     */
    public Article {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(dateline, "dateline");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        boilerplate = List.copyOf(Objects.requireNonNull(boilerplate, "boilerplate"));
        quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Objects.requireNonNull(metadata, "metadata");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        Objects.requireNonNull(envelope, "envelope");
        attributions = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
    }

    /**
     * An article without an envelope or attributions: the input carried no transmission header or
     * metadata (plain text, HTML) and attributions were not listed.
     *
     * @param text the value of {@link #text()}
     * @param format the value of {@link #format()}
     * @param headline the value of {@link #headline()}
     * @param byline the value of {@link #byline()}
     * @param dateline the value of {@link #dateline()}
     * @param paragraphs the value of {@link #paragraphs()}
     * @param boilerplate the value of {@link #boilerplate()}
     * @param quotes the value of {@link #quotes()}
     * @param sources the value of {@link #sources()}
     * @param metadata the value of {@link #metadata()}
     * @param problems the value of {@link #problems()}
     * @throws NullPointerException if a component is null
     */
    public Article(
            String text,
            InputFormat format,
            Optional<Headline> headline,
            Optional<Byline> byline,
            Optional<Dateline> dateline,
            List<Paragraph> paragraphs,
            List<Boilerplate> boilerplate,
            List<Quote> quotes,
            List<Source> sources,
            Optional<PageMetadata> metadata,
            List<Problem> problems) {
        this(
                text,
                format,
                headline,
                byline,
                dateline,
                paragraphs,
                boilerplate,
                quotes,
                sources,
                metadata,
                problems,
                Optional.empty(),
                List.of());
    }

    /**
     * {@return the paragraphs and boilerplate items in reading order, by where they start in
     * {@link #text()}; unmodifiable}
     *
     * <p>The list is computed from {@link #paragraphs()} and {@link #boilerplate()} on each call:
     * an editor's note before the body, the paragraphs with the captions and advertisement markers
     * between them, then the trailer. Elements that start at the same offset keep paragraphs
     * first.
     */
    public List<BodyElement> elements() {
        List<BodyElement> all = new ArrayList<>(paragraphs.size() + boilerplate.size());
        all.addAll(paragraphs);
        all.addAll(boilerplate);
        // A stable sort: elements that start together keep paragraphs first.
        all.sort(Comparator.comparingInt(BodyElement::start));
        return Collections.unmodifiableList(all);
    }

    /**
     * {@return the body paragraphs' texts joined by blank lines, without dateline or boilerplate}
     */
    public String bodyText() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p.text());
        }
        return sb.toString();
    }
}
