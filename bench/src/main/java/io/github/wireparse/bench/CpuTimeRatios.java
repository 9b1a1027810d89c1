package io.github.wireparse.bench;

import io.github.wireparse.ArticleParser;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.Wireparse;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jsoup.Jsoup;

/**
 * A cross-check for busy machines: the JMH figures measured again in this thread's CPU time (best
 * of many rounds, the workloads of a comparison run alternately), which other processes on the
 * machine disturb far less than JMH's wall-clock times: text parse against the regex split, HTML
 * extraction against jsoup's parse, and growth of the time per kilobyte.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.github.wireparse.bench.CpuTimeRatios}
 * (add {@code html} for the HTML lines only)
 */
public final class CpuTimeRatios {

    private static final int ROUNDS = 40;
    private static final int REPEAT = 5;
    /** Rounds per page in the per-page HTML comparison. */
    private static final int PER_PAGE_ROUNDS = 10;
    /** How long each text workload runs in one warm-up cycle. */
    private static final long WARMUP_NANOS = 1_000_000_000L;
    /** The warm-up ends after a cycle of all workloads in which the JIT compiled less than this. */
    private static final long WARMUP_QUIET_MS = 20;
    /** The warm-up ends after this many cycles at the latest. */
    private static final int WARMUP_MAX_CYCLES = 20;
    /** A timed round of a small set repeats it until it has parsed about this many bytes. */
    private static final long MIN_ROUND_BYTES = 100_000;

    private CpuTimeRatios() {}

    /**
     * Prints one line per input set.
     *
     * @param args {@code html} to measure the HTML comparison only
     */
    public static void main(String[] args) {
        boolean htmlOnly = args.length > 0 && args[0].equals("html");
        if (!htmlOnly) {
            List<String> seed = List.of(Inputs.seed());
            List<String> mixed = Inputs.mixedText();
            // One warm-up over both sets, so the compiled code has seen both and is not thrown
            // away (deoptimised) when the timed rounds move from one set to the other.
            List<String> both = new ArrayList<>(seed);
            both.addAll(mixed);
            warmUp(both);
            run("seed", seed);
            run("mixed", mixed);
        }
        List<String> pages = Inputs.html();
        ArticleParser parser = Wireparse.parser();
        ArticleParser htmlNoQuotes = Wireparse.parser(ParseOptions.DEFAULTS.withExtractQuotes(false));
        // Warm up until the JIT has settled (ten rounds were not enough for the quote stage: its
        // large methods reach their final compiled form only after many seconds), so that the
        // best rounds compare compiled code on both sides.
        List<String> allPages = new ArrayList<>(pages);
        allPages.addAll(Inputs.issuePages());
        warmUp(
                allPages,
                List.of(
                        p -> Jsoup.parse(p, "").childNodeSize(),
                        p -> parser.parseHtml(p, "").paragraphs().size(),
                        p -> htmlNoQuotes.parseHtml(p, "").paragraphs().size()));
        long[] html = best(
                12,
                1,
                pages,
                p -> Jsoup.parse(p, "").childNodeSize(),
                p -> parser.parseHtml(p, "").paragraphs().size());
        System.out.printf(
                "html   jsoup parse %8.1f ms | parseHtml %8.1f ms (%5.2f×)%n",
                html[0] / 1e6, html[1] / 1e6, (double) html[1] / html[0]);
        long[] htmlNq = best(
                12,
                1,
                pages,
                p -> Jsoup.parse(p, "").childNodeSize(),
                p -> htmlNoQuotes.parseHtml(p, "").paragraphs().size());
        System.out.printf(
                "html   jsoup parse %8.1f ms | parseHtml without quotes %8.1f ms (%5.2f×)%n",
                htmlNq[0] / 1e6, htmlNq[1] / 1e6, (double) htmlNq[1] / htmlNq[0]);
        List<String> issuePages = Inputs.issuePages();
        perPage(
                "parseHtml",
                issuePages,
                p -> parser.parseHtml(p, "").paragraphs().size());
        perPage(
                "parseHtml without quotes",
                issuePages,
                p -> htmlNoQuotes.parseHtml(p, "").paragraphs().size());
        if (htmlOnly) {
            return;
        }
        String[][] pairs = {
            {"plain-4KB", "plain-4MB"}, {"quotes-10", "quotes-10000"}, {"paragraphs-10", "paragraphs-10000"}
        };
        for (String[] pair : pairs) {
            String small = GrowthBenchmark.story(pair[0]);
            String large = GrowthBenchmark.story(pair[1]);
            double ks = Inputs.utf8Bytes(small) / 1024.0;
            double kl = Inputs.utf8Bytes(large) / 1024.0;
            // Repeat the small story so both sides of a round take about as long.
            int times = (int) Math.max(1, Math.round(kl / ks));
            long[] t = best(
                    10,
                    1,
                    List.of(small, large),
                    s -> s == small ? repeat(parser, s, times) : 0,
                    s -> s == large ? parser.parse(s).paragraphs().size() : 0);
            double perKbSmall = t[0] / 1e3 / times / ks;
            double perKbLarge = t[1] / 1e3 / kl;
            System.out.printf(
                    "growth %-16s %8.2f µs/KB | %-16s %8.2f µs/KB | ratio %5.2f%n",
                    pair[0], perKbSmall, pair[1], perKbLarge, perKbLarge / perKbSmall);
        }
    }

    /**
     * Runs the text workloads (parse with and without quotes, regex split) over a set, a second
     * each in turn, until the JIT has settled, so no timed set is measured against a cold JIT.
     */
    private static void warmUp(List<String> set) {
        ArticleParser quotes = Wireparse.parser();
        ArticleParser noQuotes = Wireparse.parser(ParseOptions.DEFAULTS.withExtractQuotes(false));
        warmUp(
                set,
                List.of(
                        s -> quotes.parse(s).paragraphs().size(),
                        s -> noQuotes.parse(s).paragraphs().size(),
                        s -> Inputs.BLANK_LINES.split(s).length));
    }

    /** Runs workloads over a set, a second each in turn, until the JIT has settled. */
    private static void warmUp(List<String> set, List<ToLongFunction<String>> workloads) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long sink = 0;
        long compiled = -1;
        // On a busy machine the JIT compiler lags: keep going, a second per workload at a time,
        // until a whole cycle compiled (almost) nothing more, or the time is up.
        for (int cycle = 0; cycle < WARMUP_MAX_CYCLES; cycle++) {
            for (ToLongFunction<String> w : workloads) {
                long end = System.nanoTime() + WARMUP_NANOS;
                while (System.nanoTime() < end) {
                    for (String s : set) {
                        sink += w.applyAsLong(s);
                    }
                }
            }
            long now = jit.getTotalCompilationTime();
            if (cycle >= 2 && now - compiled < WARMUP_QUIET_MS) {
                break;
            }
            compiled = now;
        }
        if (sink == 42) {
            System.out.print("");
        }
    }

    /**
     * The issue's form of the HTML target, over the pages it names (wire-html and every zyte page):
     * per page, the best CPU time of an extraction against the best of jsoup's parse of the same
     * page (a small page repeated so a round reads about 100,000 characters), then the median of
     * those ratios over the pages.
     */
    private static void perPage(String name, List<String> pages, ToLongFunction<String> extract) {
        double[] ratios = new double[pages.size()];
        int above = 0;
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            int times = Math.max(1, 100_000 / Math.max(1, page.length()));
            List<String> one = java.util.Collections.nCopies(times, page);
            long[] t = best(PER_PAGE_ROUNDS, 1, one, p -> Jsoup.parse(p, "").childNodeSize(), extract);
            ratios[i] = (double) t[1] / t[0];
            if (ratios[i] > 1.5) {
                above++;
            }
        }
        double[] sorted = ratios.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        System.out.printf(
                "html   per page, %s ÷ jsoup parse: median %5.2f×, quartiles %5.2f× / %5.2f×,"
                        + " range %5.2f×–%5.2f×, %d of %d pages above 1.5×%n",
                name, median, sorted[n / 4], sorted[(3 * n) / 4], sorted[0], sorted[n - 1], above, n);
    }

    private static long repeat(ArticleParser parser, String s, int times) {
        long n = 0;
        for (int i = 0; i < times; i++) {
            n += parser.parse(s).paragraphs().size();
        }
        return n;
    }

    /** Runs two workloads alternately over a set; returns the best CPU time of each. */
    private static long[] best(
            int rounds, int repeat, List<String> set, ToLongFunction<String> a, ToLongFunction<String> b) {
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
        int repeat = (int) Math.max(REPEAT, MIN_ROUND_BYTES / bytes);
        ArticleParser quotes = Wireparse.parser();
        ArticleParser noQuotes = Wireparse.parser(ParseOptions.DEFAULTS.withExtractQuotes(false));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long bestParse = Long.MAX_VALUE;
        long bestNoQuotes = Long.MAX_VALUE;
        long bestSplit = Long.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < repeat; k++) {
                for (String s : set) {
                    sink += quotes.parse(s).paragraphs().size();
                }
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < repeat; k++) {
                for (String s : set) {
                    sink += Inputs.BLANK_LINES.split(s).length;
                }
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < repeat; k++) {
                for (String s : set) {
                    sink += noQuotes.parse(s).paragraphs().size();
                }
            }
            long t3 = mx.getCurrentThreadCpuTime();
            bestParse = Math.min(bestParse, (t1 - t0) / repeat);
            bestSplit = Math.min(bestSplit, (t2 - t1) / repeat);
            bestNoQuotes = Math.min(bestNoQuotes, (t3 - t2) / repeat);
        }
        System.out.printf(
                "%-6s regex split %8.3f ms (%6.1f MB/s) | parse %8.3f ms (%6.1f MB/s, %5.2f×)"
                        + " | no quotes %8.3f ms (%6.1f MB/s, %5.2f×)   [%d]%n",
                name,
                bestSplit / 1e6,
                bytes * 1e3 / bestSplit,
                bestParse / 1e6,
                bytes * 1e3 / bestParse,
                (double) bestParse / bestSplit,
                bestNoQuotes / 1e6,
                bytes * 1e3 / bestNoQuotes,
                (double) bestNoQuotes / bestSplit,
                sink);
    }
}
