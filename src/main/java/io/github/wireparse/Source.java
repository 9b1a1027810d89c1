package io.github.wireparse;

import io.github.wireparse.internal.Indexes;
import java.util.List;
import java.util.Objects;

/**
 * One distinct speaker quoted in a story, named by its fullest mention: "Kirby" and "he" resolve to
 * "John Kirby", "Kim" to "Kim Son Gyong". {@code article.sources()} answers "who is quoted, and how
 * often" in one line.
 *
 * @param name        the fullest mention of the speaker in the story
 * @param descriptors the descriptions attached to the speaker's mentions, in order of appearance,
 *                    without repeats; unmodifiable
 * @param quotes      the 0-based indexes into {@link Article#quotes()} of this speaker's quotes;
 *                    unmodifiable
 * @param attributions the 0-based indexes into {@link Article#attributions()} of this speaker's
 *                    attributions of every kind; unmodifiable
 */
public record Source(String name, List<String> descriptors, List<Integer> quotes, List<Integer> attributions) {

    /**
     * Checks the components and keeps unmodifiable copies of {@code descriptors},
     * {@code quotes} and {@code attributions}, so the record stays as built when the caller later changes a list it
     * passed.
     *
     * @param name the value of {@link #name()}
     * @param descriptors the value of {@link #descriptors()}
     * @param quotes the value of {@link #quotes()}
     * @param attributions the value of {@link #attributions()}
     * @throws NullPointerException if a component, or an element of a list, is null
     */
    public Source {
        Objects.requireNonNull(name, "name");
        descriptors = List.copyOf(Objects.requireNonNull(descriptors, "descriptors"));
        quotes = Indexes.copyOf(Objects.requireNonNull(quotes, "quotes"));
        attributions = Indexes.copyOf(Objects.requireNonNull(attributions, "attributions"));
    }

    /**
     * A source with no attributions listed, as before attributions of every kind were counted.
     *
     * @param name the value of {@link #name()}
     * @param descriptors the value of {@link #descriptors()}
     * @param quotes the value of {@link #quotes()}
     * @throws NullPointerException if an argument is null
     */
    public Source(String name, List<String> descriptors, List<Integer> quotes) {
        this(name, descriptors, quotes, List.of());
    }
}
