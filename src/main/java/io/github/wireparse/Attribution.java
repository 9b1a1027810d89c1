package io.github.wireparse;

import io.github.wireparse.internal.Indexes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribution in the story's body: words the story gives to a source, quoted or reported.
 *
 * <p>Every kind of attribution is one record: a full quotation ({@link Kind#DIRECT}), a quoted
 * fragment in the writer's own sentence ({@link Kind#PARTIAL}), reported speech that holds a quoted
 * fragment ({@link Kind#MIXED}: {@code he called the deal “a disaster” for workers}) and reported
 * speech with no quotation marks ({@link Kind#INDIRECT}: {@code Clinton said the plan would fail},
 * {@code according to the ministry, …}). A quotation split by its attribution
 * ({@code “First part,” she said, “second part.”}) is one attribution with two segments.
 *
 * @param kind       what kind of attribution it is
 * @param text       the content: the segments' words, joined by single spaces, without the outer
 *                   quotation marks of a direct quote
 * @param start      where the content starts in {@link Article#text()}: the start of its first
 *                   segment ({@link #span()} gives start and end as a {@link Span})
 * @param end        the index one past the end of its last segment
 * @param segments   the content's pieces in reading order; unmodifiable, never empty
 * @param speaker    the source as written nearest the content ("he", "Kirby", "officials"), if any
 * @param source     the name of the {@link Source} the speaker resolves to, if any
 * @param sourceType what kind of source the speaker is, if there is a speaker
 * @param cue        the attribution verb or phrase ("said", "told reporters", "according to"), if
 *                   any
 * @param quotes     the 0-based indexes into {@link Article#quotes()} of the quotations this
 *                   attribution holds, in order; unmodifiable, empty for indirect speech
 */
public record Attribution(
        Kind kind,
        String text,
        int start,
        int end,
        List<Span> segments,
        Optional<Mention> speaker,
        Optional<String> source,
        Optional<SourceType> sourceType,
        Optional<Mention> cue,
        List<Integer> quotes) {

    /** What kind of attribution it is. */
    public enum Kind {
        /** A full quotation: the source's own words, a sentence or more, in quotation marks. */
        DIRECT,
        /** A quoted fragment inside the writer's sentence, with no reported clause around it. */
        PARTIAL,
        /** Reported speech that holds a quoted fragment; the content is the whole clause. */
        MIXED,
        /** Reported speech with no quotation marks. */
        INDIRECT
    }

    /** What kind of source an attribution names. */
    public enum SourceType {
        /** A named person, a pronoun or a description of one ("the deputy director"). */
        PERSON,
        /** A named organisation, government or body ("the ministry", "North Korea"). */
        ORGANISATION,
        /** A document or statement ("the report", "a statement"). */
        DOCUMENT,
        /** A source the story does not name ("officials", "a spokesperson", "experts"). */
        UNNAMED
    }

    /**
     * Checks the components and copies any list, so the record is immutable.
     *
     * @param kind the value of {@link #kind()}
     * @param text the value of {@link #text()}
     * @param start the value of {@link #start()}
     * @param end the value of {@link #end()}
     * @param segments the value of {@link #segments()}
     * @param speaker the value of {@link #speaker()}
     * @param source the value of {@link #source()}
     * @param sourceType the value of {@link #sourceType()}
     * @param cue the value of {@link #cue()}
     * @param quotes the value of {@link #quotes()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code start} is negative, {@code end} is before it or
     *                                  there is no segment
     */
    public Attribution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Span.check(start, end);
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs a segment");
        }
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(cue, "cue");
        quotes = Indexes.copyOf(Objects.requireNonNull(quotes, "quotes"));
    }

    /**
     * {@return where the content stands in {@link Article#text()}: a span from {@link #start()} to
     * {@link #end()}}
     */
    public Span span() {
        return new Span(start, end);
    }
}
