package io.github.wireparse.testing;

import java.util.List;
import java.util.Random;

/**
 * Where a generator's choices come from: a seeded {@link Random} in the parameterised property
 * tests, the fuzzer's bytes in a Jazzer target ({@code FuzzedDataProvider::consumeInt} is one).
 * The generators in {@link Generators} make every choice through this one method, so the same
 * generator serves both.
 */
@FunctionalInterface
public interface Choices {

    /**
     * {@return a number from {@code min} to {@code max}, both included}
     *
     * @param min the smallest number
     * @param max the largest number, at least {@code min}
     */
    int between(int min, int max);

    /** {@return true or false} */
    default boolean coin() {
        return between(0, 1) == 1;
    }

    /**
     * {@return true with the given chance}
     *
     * @param percent the chance of true, 0 to 100
     */
    default boolean chance(int percent) {
        return between(0, 99) < percent;
    }

    /**
     * {@return one of the items}
     *
     * @param items the items to choose from, not empty
     * @param <T> the items' type
     */
    default <T> T oneOf(List<T> items) {
        return items.get(between(0, items.size() - 1));
    }

    /**
     * {@return choices drawn from {@code new Random(seed)}, the same for the same seed}
     *
     * @param seed the seed
     */
    static Choices seeded(long seed) {
        Random random = new Random(seed);
        return (min, max) -> min + random.nextInt(max - min + 1);
    }
}
