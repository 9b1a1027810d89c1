package io.github.wireparse.internal.quote;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.Wireparse;
import io.github.wireparse.bench.Inputs;
import io.github.wireparse.internal.Problems;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What finding reported speech costs, in thread CPU time (which waiting for a core on a shared
 * machine does not inflate): for the seed and the mixed text set, the best of many alternating
 * rounds of the whole parse without quotes, the whole parse with attributions of every kind, and
 * the quote stage with and without reported speech. Prints the whole parse with attributions
 * against the whole parse without reported speech (the parse minus the stage difference) and
 * against the parse without quotes.
 */
public final class AttributionCpuRatios {

    private static final int ROUNDS = 40;

    private AttributionCpuRatios() {}

    /**
     * Runs the comparison.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        measure("seed", List.of(Inputs.seed()), 200);
        measure("mixed", Inputs.mixedText(), 1);
    }

    private static void measure(String name, List<String> stories, int repeat) {
        ArticleParser without = Wireparse.parser(ParseOptions.DEFAULTS.withExtractQuotes(false));
        ArticleParser with = Wireparse.parser();
        List<Article> parsed = new ArrayList<>();
        for (String s : stories) {
            parsed.add(without.parse(s));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] best = new long[4];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int round = 0; round < ROUNDS; round++) {
            for (int m = 0; m < 4; m++) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (int r = 0; r < repeat; r++) {
                    for (int i = 0; i < stories.size(); i++) {
                        Article a = parsed.get(i);
                        switch (m) {
                            case 0 -> without.parse(stories.get(i));
                            case 1 -> with.parse(stories.get(i));
                            case 2 ->
                                QuoteExtractor.extract(a.text(), a.paragraphs(), new Problems(a.text(), 100), false);
                            default ->
                                QuoteExtractor.extract(a.text(), a.paragraphs(), new Problems(a.text(), 100), true);
                        }
                    }
                }
                best[m] = Math.min(best[m], mx.getCurrentThreadCpuTime() - t0);
            }
        }
        double reported = best[3] - best[2];
        System.out.printf(
                Locale.ROOT,
                "%s: parse without quotes %.2f ms, with attributions %.2f ms; quote stage quotes only %.2f ms,"
                        + " with reported speech %.2f ms; with attributions / without reported speech %.3f;"
                        + " with attributions / without quotes %.2f (thread CPU, best of %d rounds, %d passes)%n",
                name,
                best[0] / 1e6,
                best[1] / 1e6,
                best[2] / 1e6,
                best[3] / 1e6,
                best[1] / (best[1] - reported),
                (double) best[1] / best[0],
                ROUNDS,
                repeat);
    }
}
