package io.github.wireparse.bench;

import io.github.wireparse.Article;
import io.github.wireparse.Wireparse;
import java.util.List;
import java.util.function.Function;
import org.openjdk.jol.info.GraphLayout;

/**
 * Memory: the size of parsed {@link Article}s, measured with JOL, against the size of the input
 * string in memory: both everything reachable from them and their retained size (what collecting
 * them would free, the input string included; see {@link #row}).
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -cp bench/target/benchmarks.jar
 * io.github.wireparse.bench.Footprint}
 */
public final class Footprint {

    private Footprint() {}

    /**
     * Prints one row per input.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.printf(
                "%-18s %12s %12s %8s %12s %8s%n", "input", "input B", "reachable B", "ratio", "retained B", "ratio");
        row("seed", List.of(Inputs.seed()), Wireparse::parse);
        row("mixed", Inputs.mixedText(), Wireparse::parse);
        for (String g : GrowthBenchmark.STORIES) {
            row(g, List.of(GrowthBenchmark.story(g)), Wireparse::parse);
        }
        row("quote-run-20000", List.of(GrowthBenchmark.story("quote-run-20000")), Wireparse::parse);
        row("html (rendered)", Inputs.html(), page -> Wireparse.parseHtml(page, ""));
    }

    /**
     * Measures the articles parsed from a set of inputs. The input size is the input string's,
     * except for HTML, where it is the article text rendered from the page (what the spans refer
     * to). "Reachable" is everything reachable from the article. "Retained" leaves out what the
     * article shares with everything else: each input is parsed twice and the objects reachable
     * from both articles (enum constants, the JVM's cached {@code Integer}s, empty
     * {@code Optional}s and lists, shared constant lists) are not counted, except the input string
     * itself, which the article keeps as its {@link Article#text()} and which stays counted.
     */
    private static void row(String name, List<String> inputs, Function<String, Article> parse) {
        long in = 0;
        long reachable = 0;
        long retained = 0;
        for (String s : inputs) {
            Article a = parse.apply(s);
            Article twin = parse.apply(s);
            String text = a.text();
            in += GraphLayout.parseInstance(text).totalSize();
            reachable += GraphLayout.parseInstance(a).totalSize();
            long shared = GraphLayout.parseInstance(twin).totalSize();
            long own = GraphLayout.parseInstance(a, twin).totalSize() - shared;
            retained +=
                    own + (text == twin.text() ? GraphLayout.parseInstance(text).totalSize() : 0);
        }
        System.out.printf(
                "%-18s %,12d %,12d %8.2f %,12d %8.2f%n",
                name, in, reachable, (double) reachable / in, retained, (double) retained / in);
    }
}
