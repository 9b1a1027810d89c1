package io.github.wireparse.bench;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.Wireparse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Growth: the time per kilobyte of a large story against a small one of the same shape. Pairs:
 * {@code plain-4KB}/{@code plain-4MB} (one paragraph in four quotes someone),
 * {@code quotes-10}/{@code quotes-10000} (every paragraph quotes someone) and
 * {@code paragraphs-10}/{@code paragraphs-10000} (short paragraphs, no quotes).
 *
 * <p>Issue 14 adds single stories far larger than these, not in the default parameters (run them
 * with {@code -p story=plain-1MB,plain-10MB,plain-100MB}): {@code plain-1MB}, {@code plain-10MB}
 * and {@code plain-100MB} have the shape of {@code plain-4MB}; {@code quote-run-N} is one
 * paragraph holding {@code N} short quotes ({@link #quoteRun}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GrowthBenchmark {

    /** Every story this benchmark knows, small before large. */
    static final List<String> STORIES =
            List.of("plain-4KB", "plain-4MB", "quotes-10", "quotes-10000", "paragraphs-10", "paragraphs-10000");

    /** Which story. */
    @Param({"plain-4KB", "plain-4MB", "quotes-10", "quotes-10000", "paragraphs-10", "paragraphs-10000"})
    public String story;

    private String text;
    private final ArticleParser parser = Wireparse.parser();

    /**
     * {@return the generated story of that name}
     *
     * @param name one of {@link #STORIES}
     */
    static String story(String name) {
        return switch (name) {
            case "plain-4KB" -> Inputs.story(4 * 1024, 1, 4, 3);
            case "plain-4MB" -> Inputs.story(4 * 1024 * 1024, 1, 4, 3);
            case "quotes-10" -> Inputs.story(0, 10, 1, 2);
            case "quotes-10000" -> Inputs.story(0, 10_000, 1, 2);
            case "paragraphs-10" -> Inputs.story(0, 10, 0, 1);
            case "paragraphs-10000" -> Inputs.story(0, 10_000, 0, 1);
            case "plain-1MB" -> Inputs.story(1024 * 1024, 1, 4, 3);
            case "plain-10MB" -> Inputs.story(10 * 1024 * 1024, 1, 4, 3);
            case "plain-100MB" -> Inputs.story(100 * 1024 * 1024, 1, 4, 3);
            default -> {
                if (name.startsWith("quote-run-")) {
                    yield quoteRun(Integer.parseInt(name.substring("quote-run-".length())));
                }
                throw new IllegalArgumentException(name);
            }
        };
    }

    /**
     * {@return a story whose body is one paragraph of {@code quotes} short quotes, about 26
     * characters each: {@code He said “yes 3” and she said “no 4” and …}}
     *
     * @param quotes how many quotes
     */
    static String quoteRun(int quotes) {
        StringBuilder sb = new StringBuilder(quotes * 26 + 64);
        sb.append("Regional leaders agree on flood recovery plan\n\n");
        sb.append("LISBON, Portugal (AP) — ");
        for (int i = 0; i < quotes; i++) {
            sb.append(i % 2 == 0 ? "He said “yes " : "she said “no ")
                    .append(i % 10)
                    .append("” and ");
        }
        sb.append("that was all.\n");
        return sb.toString();
    }

    /** Generates the story. */
    @Setup
    public void load() {
        text = story(story);
    }

    /** {@return the parse, quotes included} */
    @Benchmark
    public Article parse() {
        return parser.parse(text);
    }
}
