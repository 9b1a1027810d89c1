package io.github.wireparse.bench;

import io.github.wireparse.Article;
import io.github.wireparse.Wireparse;

/**
 * Whether one generated story parses within the heap the JVM was given: run it with a chosen
 * {@code -Xmx} to find the smallest heap a shape of text needs (issue 14). Prints the input's size
 * in UTF-16 bytes, what the parse found and the time it took, or that it ran out of memory.
 *
 * <p>Run: {@code java -Xmx1g -cp bench/target/benchmarks.jar
 * io.github.wireparse.bench.HeapCheck quote-run-2000000}
 */
public final class HeapCheck {

    private HeapCheck() {}

    /**
     * Parses the story named by the first argument (a {@link GrowthBenchmark} story name).
     *
     * @param args the story's name
     */
    public static void main(String[] args) {
        String text = GrowthBenchmark.story(args[0]);
        long utf16 = 2L * text.length();
        long t = System.nanoTime();
        try {
            Article a = Wireparse.parse(text);
            System.out.printf(
                    "%s: %,d B as UTF-16, heap %,d MB: parsed in %.1f s, %d paragraphs, " + "%d quotes, %d problems%n",
                    args[0],
                    utf16,
                    Runtime.getRuntime().maxMemory() >> 20,
                    (System.nanoTime() - t) / 1e9,
                    a.paragraphs().size(),
                    a.quotes().size(),
                    a.problems().size());
        } catch (OutOfMemoryError e) {
            text = null;
            System.out.printf(
                    "%s: %,d B as UTF-16, heap %,d MB: out of memory after %.1f s%n",
                    args[0], utf16, Runtime.getRuntime().maxMemory() >> 20, (System.nanoTime() - t) / 1e9);
        }
    }
}
