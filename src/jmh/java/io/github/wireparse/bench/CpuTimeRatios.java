package io.github.wireparse.bench;

import io.github.wireparse.ParseOptions;
import io.github.wireparse.WireParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jsoup.Jsoup;

/**
 * A cross-check for busy machines: the JMH figures measured again in this thread's CPU time (best
 * of many rounds, the workloads of a comparison run alternately), which other processes on the
 * machine disturb far less than JMH's wall-clock times: text parse against the regex split, HTML
 * extraction against jsoup's parse, and growth of the time per kilobyte.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar io.github.wireparse.bench.CpuTimeRatios} (add
 * {@code html} for the HTML lines only)
 */
public final class CpuTimeRatios {

    private static final int ROUNDS = 40;
    private static final int REPEAT = 5;

    private CpuTimeRatios() {
    }

    /**
     * Prints one line per input set.
     *
     * @param args {@code html} to measure the HTML comparison only
     */
    public static void main(String[] args) {
        boolean htmlOnly = args.length > 0 && args[0].equals("html");
        if (!htmlOnly) {
            run("seed", List.of(Inputs.seed()));
            run("mixed", Inputs.mixedText());
        }
        List<String> pages = Inputs.html();
        WireParser parser = WireParser.create();
        WireParser htmlNoQuotes = WireParser.create(ParseOptions.DEFAULTS.withExtractQuotes(false));
        // Warm up first (about ten rounds until the quote stage's code is compiled), so that the
        // best rounds compare compiled code on both sides.
        best(10, 1, pages, p -> Jsoup.parse(p, "").childNodeSize(),
                p -> parser.parseHtml(p, "").paragraphs().size() + htmlNoQuotes.parseHtml(p, "").paragraphs().size());
        long[] html = best(12, 1, pages, p -> Jsoup.parse(p, "").childNodeSize(),
                p -> parser.parseHtml(p, "").paragraphs().size());
        System.out.printf("html   jsoup parse %8.1f ms | parseHtml %8.1f ms (%5.2f×)%n", html[0] / 1e6,
                html[1] / 1e6, (double) html[1] / html[0]);
        long[] htmlNq = best(12, 1, pages, p -> Jsoup.parse(p, "").childNodeSize(),
                p -> htmlNoQuotes.parseHtml(p, "").paragraphs().size());
        System.out.printf("html   jsoup parse %8.1f ms | parseHtml without quotes %8.1f ms (%5.2f×)%n",
                htmlNq[0] / 1e6, htmlNq[1] / 1e6, (double) htmlNq[1] / htmlNq[0]);
        if (htmlOnly) {
            return;
        }
        String[][] pairs = {{"plain-4KB", "plain-4MB"}, {"quotes-10", "quotes-10000"},
            {"paragraphs-10", "paragraphs-10000"}};
        for (String[] pair : pairs) {
            String small = GrowthBenchmark.story(pair[0]);
            String large = GrowthBenchmark.story(pair[1]);
            double ks = Inputs.utf8Bytes(small) / 1024.0;
            double kl = Inputs.utf8Bytes(large) / 1024.0;
            // Repeat the small story so both sides of a round take about as long.
            int times = (int) Math.max(1, Math.round(kl / ks));
            long[] t = best(10, 1, List.of(small, large),
                    s -> s == small ? repeat(parser, s, times) : 0,
                    s -> s == large ? parser.parse(s).paragraphs().size() : 0);
            double perKbSmall = t[0] / 1e3 / times / ks;
            double perKbLarge = t[1] / 1e3 / kl;
            System.out.printf("growth %-16s %8.2f µs/KB | %-16s %8.2f µs/KB | ratio %5.2f%n", pair[0],
                    perKbSmall, pair[1], perKbLarge, perKbLarge / perKbSmall);
        }
    }

    private static long repeat(WireParser parser, String s, int times) {
        long n = 0;
        for (int i = 0; i < times; i++) {
            n += parser.parse(s).paragraphs().size();
        }
        return n;
    }

    /** Runs two workloads alternately over a set; returns the best CPU time of each. */
    private static long[] best(int rounds, int repeat, List<String> set, ToLongFunction<String> a,
            ToLongFunction<String> b) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long bestA = Long.MAX_VALUE;
        long bestB = Long.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < repeat; k++) {
                for (String s : set) {
                    sink += a.applyAsLong(s);
                }
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < repeat; k++) {
                for (String s : set) {
                    sink += b.applyAsLong(s);
                }
            }
            long t2 = mx.getCurrentThreadCpuTime();
            bestA = Math.min(bestA, (t1 - t0) / repeat);
            bestB = Math.min(bestB, (t2 - t1) / repeat);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new long[] {bestA, bestB};
    }

    private static void run(String name, List<String> set) {
        long bytes = Inputs.utf8Bytes(set);
        WireParser quotes = WireParser.create();
        WireParser noQuotes = WireParser.create(ParseOptions.DEFAULTS.withExtractQuotes(false));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long bestParse = Long.MAX_VALUE;
        long bestNoQuotes = Long.MAX_VALUE;
        long bestSplit = Long.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < REPEAT; k++) {
                for (String s : set) {
                    sink += quotes.parse(s).paragraphs().size();
                }
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < REPEAT; k++) {
                for (String s : set) {
                    sink += Inputs.BLANK_LINES.split(s).length;
                }
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < REPEAT; k++) {
                for (String s : set) {
                    sink += noQuotes.parse(s).paragraphs().size();
                }
            }
            long t3 = mx.getCurrentThreadCpuTime();
            bestParse = Math.min(bestParse, (t1 - t0) / REPEAT);
            bestSplit = Math.min(bestSplit, (t2 - t1) / REPEAT);
            bestNoQuotes = Math.min(bestNoQuotes, (t3 - t2) / REPEAT);
        }
        System.out.printf("%-6s regex split %8.3f ms (%6.1f MB/s) | parse %8.3f ms (%6.1f MB/s, %5.2f×)"
                + " | no quotes %8.3f ms (%6.1f MB/s, %5.2f×)   [%d]%n", name,
                bestSplit / 1e6, bytes * 1e3 / bestSplit, bestParse / 1e6, bytes * 1e3 / bestParse,
                (double) bestParse / bestSplit, bestNoQuotes / 1e6, bytes * 1e3 / bestNoQuotes,
                (double) bestNoQuotes / bestSplit, sink);
    }
}
