package io.github.wireparse.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Compact unmodifiable lists of paragraph indexes, for the records that carry them.
 *
 * <p>Almost every quotation lies in one paragraph or in a short run of consecutive ones, and a story
 * has a few dozen paragraphs. A {@code List.of(i)} per quote costs a list object plus, past 127, an
 * {@code Integer}; here a one-element list of a small index is a shared constant, any run of
 * consecutive indexes is one small object holding its bounds, and other lists of large indexes
 * (a source's quotes in a long story) are stored unboxed. Lists of small indexes are copied with
 * {@link List#copyOf}, whose elements are the JVM's shared {@code Integer} cache. Every list returned is unmodifiable, rejects nulls as {@code List.copyOf}
 * does, and is equal to (and hashes like) any list of the same integers.
 */
public final class Indexes {

    /** One-element lists of the indexes below this are shared constants. */
    private static final int SHARED = 256;

    private static final List<Integer>[] SINGLE = singles();

    private Indexes() {}

    @SuppressWarnings("unchecked")
    private static List<Integer>[] singles() {
        List<Integer>[] lists = (List<Integer>[]) new List<?>[SHARED];
        for (int i = 0; i < SHARED; i++) {
            lists[i] = List.of(i);
        }
        return lists;
    }

    /**
     * {@return an unmodifiable copy of a list of indexes, in its most compact form}
     *
     * @param indexes the indexes; neither the list nor an element may be null
     * @throws NullPointerException if the list or an element is null
     */
    public static List<Integer> copyOf(List<Integer> indexes) {
        Objects.requireNonNull(indexes, "indexes");
        if (indexes instanceof Run || indexes instanceof Packed) {
            return indexes;
        }
        int n = indexes.size();
        if (n == 0) {
            return List.of();
        }
        Integer first = Objects.requireNonNull(indexes.get(0), "index");
        if (n == 1 && first >= 0 && first < SHARED) {
            return SINGLE[first];
        }
        int[] values = new int[n];
        boolean consecutive = true;
        boolean small = true;
        for (int i = 0; i < n; i++) {
            int v = Objects.requireNonNull(indexes.get(i), "index");
            values[i] = v;
            consecutive &= v == values[0] + i;
            small &= v >= -128 && v <= 127;
        }
        if (consecutive && values[0] + (n - 1) >= values[0]) {
            return new Run(values[0], n);
        }
        // Boxed values in -128..127 are the JVM's shared Integer cache: a plain list of them costs
        // one reference each. Larger values would each need an Integer of their own.
        return small ? List.copyOf(indexes) : new Packed(values);
    }

    /** Any indexes, stored unboxed. */
    private static final class Packed extends AbstractList<Integer> implements RandomAccess {

        private final int[] values;

        Packed(int[] values) {
            this.values = values;
        }

        @Override
        public Integer get(int index) {
            return values[Objects.checkIndex(index, values.length)];
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    /** The consecutive indexes {@code first}, {@code first + 1}, …, {@code first + size - 1}. */
    private static final class Run extends AbstractList<Integer> implements RandomAccess {

        private final int first;
        private final int size;

        Run(int first, int size) {
            this.first = first;
            this.size = size;
        }

        @Override
        public Integer get(int index) {
            Objects.checkIndex(index, size);
            return first + index;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && i >= first && (long) i - first < size;
        }

        @Override
        public int indexOf(Object o) {
            return contains(o) ? (Integer) o - first : -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            return indexOf(o);
        }
    }
}
