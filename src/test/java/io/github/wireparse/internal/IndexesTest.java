package io.github.wireparse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wireparse.Mention;
import io.github.wireparse.Quote;
import io.github.wireparse.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IndexesTest {

    static List<List<Integer>> shapes() {
        return List.of(
                List.of(),
                List.of(0),
                List.of(7),
                List.of(255),
                List.of(256),
                List.of(70_000),
                List.of(3, 4, 5),
                List.of(300, 301),
                List.of(1, 5, 9),
                List.of(5, 1),
                List.of(130, 400, 9_000),
                List.of(-1),
                List.of(-200, -199),
                List.of(Integer.MAX_VALUE - 1, Integer.MAX_VALUE),
                List.of(-5, -4, -3),
                IntStream.range(0, 1000).boxed().toList(),
                IntStream.range(0, 1000).map(i -> i * 3).boxed().toList());
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void copyEqualsTheOriginalInEveryListOperation(List<Integer> original) {
        List<Integer> copy = Indexes.copyOf(new ArrayList<>(original));

        assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(original).isEqualTo(copy);
        assertThat(copy.toString()).isEqualTo(original.toString());
        assertThat(copy.toArray()).isEqualTo(original.toArray());
        for (int i = 0; i < original.size(); i++) {
            Integer v = original.get(i);
            assertThat(copy.get(i)).isEqualTo(v);
            assertThat(copy.contains(v)).isTrue();
            assertThat(copy.indexOf(v)).isEqualTo(original.indexOf(v));
            assertThat(copy.lastIndexOf(v)).isEqualTo(original.lastIndexOf(v));
        }
        assertThat(copy.contains(Integer.MIN_VALUE)).isFalse();
        assertThat(copy.indexOf(Integer.MIN_VALUE)).isEqualTo(-1);
        assertThat(copy.contains("1")).isFalse();
        assertThatThrownBy(() -> copy.get(copy.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> copy.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void copyIsUnmodifiableAndIndependentOfItsSource(List<Integer> original) {
        List<Integer> source = new ArrayList<>(original);
        List<Integer> copy = Indexes.copyOf(source);
        source.add(42);

        assertThat(copy).isEqualTo(original);
        assertThatThrownBy(() -> copy.add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.clear()).isInstanceOf(UnsupportedOperationException.class);
        if (!copy.isEmpty()) {
            assertThatThrownBy(() -> copy.set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> copy.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void oneSmallIndexIsASharedConstant() {
        assertThat(Indexes.copyOf(List.of(12))).isSameAs(Indexes.copyOf(new ArrayList<>(List.of(12))));
    }

    @Test
    void copyOfACompactListIsTheListItself() {
        List<Integer> run = Indexes.copyOf(List.of(400, 401, 402));
        List<Integer> packed = Indexes.copyOf(List.of(400, 9, 402));

        assertThat(Indexes.copyOf(run)).isSameAs(run);
        assertThat(Indexes.copyOf(packed)).isSameAs(packed);
    }

    @Test
    void rejectsNullListAndNullElements() {
        assertThatThrownBy(() -> Indexes.copyOf(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("indexes");
        assertThatThrownBy(() -> Indexes.copyOf(Arrays.asList(1, null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Indexes.copyOf(Arrays.asList((Integer) null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void quoteAndSourceKeepTheirIndexesCompactAndEqual() {
        List<Integer> paragraphs = new ArrayList<>(List.of(500, 501));
        Quote quote = new Quote(
                "words",
                0,
                5,
                paragraphs,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.<Mention>empty());
        Source source = new Source("Name", List.of(), new ArrayList<>(List.of(3, 700, 2_000)));
        paragraphs.clear();

        assertThat(quote.paragraphs()).containsExactly(500, 501);
        assertThat(source.quotes()).containsExactly(3, 700, 2_000);
        assertThat(quote)
                .isEqualTo(new Quote(
                        "words",
                        0,
                        5,
                        List.of(500, 501),
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
    }
}
