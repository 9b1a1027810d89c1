package io.github.wireparse;

import io.github.wireparse.internal.Indexes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A direct quotation in the story's body, with who said it and how.
 *
 * <p>The text is the words inside the outer quotation marks; a quotation that runs over several
 * paragraphs (AP's running quotes) is one quote whose span reaches from its first word to its last
 * and whose paragraph list names each paragraph. A {@linkplain #partial() partial} quote is a
 * fragment inside the writer's own sentence ({@code accused North Korea of supplying a “significant
 * number” of munitions}).
 *
 * @param text       the quoted words, without the outer quotation marks
 * @param start      where the quoted words start in {@link Article#text()}: the index of the first
 *                   character ({@link #span()} gives start and end as a {@link Span})
 * @param end        the index one past the last character
 * @param paragraphs the 0-based indexes into {@link Article#paragraphs()} of the paragraphs the
 *                   quote lies in, in order; unmodifiable, never empty
 * @param partial    whether the quote is a fragment inside the writer's sentence
 * @param speaker    the mention of the speaker nearest the quote ("he", "Kirby", "the deputy
 *                   director"), if one was found
 * @param descriptor the description attached to the speaker ("vice minister for international
 *                   organizations at …"), if any
 * @param source     the name of the {@link Source} the speaker resolves to, if any
 * @param cue        the attribution verb or phrase ("said", "told reporters", "according to"), if any
 */
public record Quote(
        String text,
        int start,
        int end,
        List<Integer> paragraphs,
        boolean partial,
        Optional<Mention> speaker,
        Optional<Mention> descriptor,
        Optional<String> source,
        Optional<Mention> cue) {

    /**
     * Checks the components and keeps an unmodifiable copy of {@code paragraphs} (in a compact
     * form for runs of indexes), so the record stays as built when the caller later changes the
     * list it passed.
     *
     * @param text the value of {@link #text()}
     * @param start the value of {@link #start()}
     * @param end the value of {@link #end()}
     * @param paragraphs the value of {@link #paragraphs()}
     * @param partial the value of {@link #partial()}
     * @param speaker the value of {@link #speaker()}
     * @param descriptor the value of {@link #descriptor()}
     * @param source the value of {@link #source()}
     * @param cue the value of {@link #cue()}
     * @throws NullPointerException if a component, or an element of a list, is null
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public Quote {
        Objects.requireNonNull(text, "text");
        Span.check(start, end);
        paragraphs = Indexes.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
    }

    /**
     * {@return where the quoted words stand in {@link Article#text()}: a span from
     * {@link #start()} to {@link #end()}}
     */
    public Span span() {
        return new Span(start, end);
    }
}
