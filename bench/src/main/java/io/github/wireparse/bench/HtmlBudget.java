package io.github.wireparse.bench;

import io.github.wireparse.ArticleParser;
import io.github.wireparse.Wireparse;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jsoup.Jsoup;

/**
 * Issue 14's HTML budget in one process: {@code parseHtml} of every issue page
 * ({@link Inputs#issuePages()}) against jsoup's own parse of the same pages, in <b>process CPU
 * time</b> (which holds the garbage collector's threads, so the collection of what each side
 * allocates is counted) and in wall-clock time, over a long run.
 *
 * <p>After a warm-up that lasts until the JIT has settled, the two workloads run in rounds of all
 * pages, alternately in the order A B B A, so that a drift of the machine's load falls on both
 * sides alike. Each round's garbage is collected during the rounds that follow; with many rounds,
 * each side pays for about the collections its allocation causes. Printed: every round (to check
 * that the rounds are flat after the warm-up), then per side the median round's process CPU, wall
 * time, the collectors' time and the bytes allocated, and the ratios of the sums and of the
 * medians. The thread's own CPU time is printed beside it: the difference is the collector's
 * (and any late JIT compilation's) share.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.github.wireparse.bench.HtmlBudget
 * [rounds]}
 * (default 20 rounds per side)
 */
public final class HtmlBudget {

    /** How long each workload runs in one warm-up cycle. */
    private static final long WARMUP_NANOS = 3_000_000_000L;
    /** The warm-up ends after a cycle in which the JIT compiled less than this. */
    private static final long WARMUP_QUIET_MS = 50;
    /** The warm-up ends after this many cycles at the latest. */
    private static final int WARMUP_MAX_CYCLES = 15;

    private HtmlBudget() {}

    /** What one round of a workload cost. */
    private record Round(long cpu, long thread, long wall, long gcMillis, long allocated) {}

    /**
     * Prints the rounds and the ratios.
     *
     * @param args the number of rounds per workload (default 20)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> pages = Inputs.issuePages();
        ArticleParser parser = Wireparse.parser();
        List<ToLongFunction<String>> work = List.of(
                p -> Jsoup.parse(p, "").childNodeSize(),
                p -> parser.parseHtml(p, "").paragraphs().size());
        String[] names = {"Jsoup.parse", "parseHtml"};
        long sink = warmUp(pages, work);
        List<List<Round>> results = List.of(new ArrayList<>(), new ArrayList<>());
        System.out.printf("%d pages, %d rounds per side after the warm-up%n", pages.size(), rounds);
        System.out.printf(
                "%-12s %5s %10s %10s %10s %8s %10s%n",
                "workload", "round", "cpu ms", "thread ms", "wall ms", "gc ms", "alloc MB");
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int w = r % 2 == 0 ? k : 1 - k; // A B, then B A
                Round x = round(pages, work.get(w));
                sink += x.allocated;
                results.get(w).add(x);
                System.out.printf(
                        "%-12s %5d %10.1f %10.1f %10.1f %8d %10.1f%n",
                        names[w], r, x.cpu / 1e6, x.thread / 1e6, x.wall / 1e6, x.gcMillis, x.allocated / 1e6);
            }
        }
        long[][] cpu = new long[2][];
        long[][] wall = new long[2][];
        long[][] thread = new long[2][];
        for (int w = 0; w < 2; w++) {
            List<Round> rs = results.get(w);
            cpu[w] = rs.stream().mapToLong(Round::cpu).toArray();
            wall[w] = rs.stream().mapToLong(Round::wall).toArray();
            thread[w] = rs.stream().mapToLong(Round::thread).toArray();
            long gc = rs.stream().mapToLong(Round::gcMillis).sum();
            long alloc = rs.stream().mapToLong(Round::allocated).sum();
            System.out.printf(
                    "%-12s median round: process CPU %8.1f ms, thread CPU %8.1f ms, wall %8.1f ms;"
                            + " per round: gc %6.1f ms, allocated %7.1f MB%n",
                    names[w],
                    median(cpu[w]) / 1e6,
                    median(thread[w]) / 1e6,
                    median(wall[w]) / 1e6,
                    (double) gc / rounds,
                    alloc / 1e6 / rounds);
        }
        System.out.printf(
                "parseHtml ÷ Jsoup.parse: process CPU incl. GC %.3f× (sums %.3f×), thread CPU %.3f×"
                        + " (sums %.3f×), wall %.3f× (sums %.3f×)%n",
                median(cpu[1]) / median(cpu[0]),
                (double) sum(cpu[1]) / sum(cpu[0]),
                median(thread[1]) / median(thread[0]),
                (double) sum(thread[1]) / sum(thread[0]),
                median(wall[1]) / median(wall[0]),
                (double) sum(wall[1]) / sum(wall[0]));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static Round round(List<String> pages, ToLongFunction<String> work) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long gc0 = gcMillis();
        long a0 = threads.getThreadAllocatedBytes(id);
        long c0 = os.getProcessCpuTime();
        long th0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long sink = 0;
        for (String p : pages) {
            sink += work.applyAsLong(p);
        }
        long wall = System.nanoTime() - t0;
        long thread = threads.getCurrentThreadCpuTime() - th0;
        long cpu = os.getProcessCpuTime() - c0;
        long allocated = threads.getThreadAllocatedBytes(id) - a0;
        return new Round(cpu, thread, wall, gcMillis() - gc0, allocated + (sink == 42 ? 1 : 0));
    }

    private static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionTime());
        }
        return t;
    }

    /** Runs the workloads in turn, a few seconds each, until the JIT has settled. */
    private static long warmUp(List<String> pages, List<ToLongFunction<String>> work) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long sink = 0;
        long compiled = -1;
        for (int cycle = 0; cycle < WARMUP_MAX_CYCLES; cycle++) {
            for (ToLongFunction<String> w : work) {
                long end = System.nanoTime() + WARMUP_NANOS;
                while (System.nanoTime() < end) {
                    for (String p : pages) {
                        sink += w.applyAsLong(p);
                    }
                }
            }
            long now = jit.getTotalCompilationTime();
            System.out.printf("warm-up cycle %d: JIT compiled for %d ms in this cycle%n", cycle, now - compiled);
            if (cycle >= 2 && now - compiled < WARMUP_QUIET_MS) {
                break;
            }
            compiled = now;
        }
        return sink;
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static long sum(long[] v) {
        return Arrays.stream(v).sum();
    }
}
