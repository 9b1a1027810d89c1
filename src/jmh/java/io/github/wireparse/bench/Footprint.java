package io.github.wireparse.bench;

import io.github.wireparse.Article;
import io.github.wireparse.Wireparse;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Memory: the retained size of parsed {@link Article}s (everything reachable from them, the input
 * string included, measured with JOL) against the size of the input string in memory.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -cp target/benchmarks.jar
 * io.github.wireparse.bench.Footprint}
 */
public final class Footprint {

    private Footprint() {
    }

    /**
     * Prints one row per input.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.printf("%-18s %12s %12s %12s %8s %8s%n", "input", "input B", "article B",
                "parts B", "ratio", "parts/in");
        row("seed", List.of(Inputs.seed()));
        row("mixed", Inputs.mixedText());
        for (String g : GrowthBenchmark.STORIES) {
            row(g, List.of(GrowthBenchmark.story(g)));
        }
        List<String> html = Inputs.html();
        List<Article> htmlArticles = html.stream().map(h -> Wireparse.parseHtml(h, "")).toList();
        long rendered = 0;
        long total = 0;
        for (Article a : htmlArticles) {
            rendered += GraphLayout.parseInstance(a.text()).totalSize();
            total += GraphLayout.parseInstance(a).totalSize();
        }
        print("html (rendered)", rendered, total);
    }

    private static void row(String name, List<String> inputs) {
        long in = 0;
        long total = 0;
        for (String s : inputs) {
            Article a = Wireparse.parse(s);
            in += GraphLayout.parseInstance(s).totalSize();
            total += GraphLayout.parseInstance(a).totalSize();
        }
        print(name, in, total);
    }

    private static void print(String name, long in, long total) {
        System.out.printf("%-18s %,12d %,12d %,12d %8.2f %8.2f%n", name, in, total, total - in,
                (double) total / in, (double) (total - in) / in);
    }
}
