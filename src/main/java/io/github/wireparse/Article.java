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
 * @param sources     the distinct speakers of those quotes, in order of first quote; unmodifiable
 * @param metadata    the page's metadata, for HTML input
 * @param problems    what was off in the input; unmodifiable, empty for clean input
 */
public record Article(String text, InputFormat format, Optional<Headline> headline,
        Optional<Byline> byline, Optional<Dateline> dateline, List<Paragraph> paragraphs,
        List<Boilerplate> boilerplate, List<Quote> quotes, List<Source> sources,
        Optional<PageMetadata> metadata, List<Problem> problems) {

    /**
     * Checks the components and keeps unmodifiable copies of the lists ({@code paragraphs},
     * {@code boilerplate}, {@code quotes}, {@code sources}, {@code problems}), so the record stays
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
