package io.github.wireparse.bench;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.Wireparse;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Growth of one very large story (issue 14 section 4): the cost per KB of parsing a single story
 * of 1, 10, 50 or 100 MB against the same shape at 1 MB. Warms up on the 1 MB story, printing
 * every warm-up round so that a reader can see whether it has settled, then parses the story of
 * each size asked for a few times and prints, per parse, thread CPU time, the collectors' time
 * ({@link GarbageCollectorMXBean#getCollectionTime}, wall time of the pauses, so it moves with the
 * machine's load), the process's CPU time (the parse, the collector's threads and any JIT
 * compilation still going on) and the bytes the thread allocated, each per KB of input (chars ÷
 * 1024; allocation as a multiple of the input's UTF-16 size).
 * The best parse of each size is the figure; {@code ratio} is its thread CPU + GC per KB over the
 * 1 MB story's.
 *
 * <p>Run one JVM per size so that one size's live data does not slow another's collections:
 * {@code java -Xmx4g -cp bench/target/benchmarks.jar io.github.wireparse.bench.LargeStory 50 3}
 * (size in MB, parses of that size; warm-up 20 × 1 MB).
 */
public final class LargeStory {

    private LargeStory() {}

    /** One parse's costs. */
    private record Cost(double cpuMs, double gcMs, double allocMb, double processMs) {
        double perKb(double kb) {
            return (cpuMs + gcMs) * 1000 / kb;
        }
    }

    private static Cost measure(ArticleParser parser, String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) threads;
        long tid = Thread.currentThread().getId();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long p0 = os.getProcessCpuTime();
        long gc0 = gcMillis();
        long a0 = alloc.getThreadAllocatedBytes(tid);
        long c0 = threads.getCurrentThreadCpuTime();
        Article a = parser.parse(text);
        long c1 = threads.getCurrentThreadCpuTime();
        long a1 = alloc.getThreadAllocatedBytes(tid);
        long gc1 = gcMillis();
        long p1 = os.getProcessCpuTime();
        if (a.paragraphs().isEmpty()) {
            throw new AssertionError("no paragraphs");
        }
        return new Cost((c1 - c0) / 1e6, gc1 - gc0, (a1 - a0) / 1048576.0, (p1 - p0) / 1e6);
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, b.getCollectionTime());
        }
        return sum;
    }

    /**
     * Runs the measurement.
     *
     * @param args the size in MB (default 1), the parses of that size (default 3), the warm-up
     *             rounds on 1 MB (default 20)
     */
    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ArticleParser parser = Wireparse.parser();
        String small = Inputs.story(1024 * 1024, 1, 4, 3);
        double smallKb = small.length() / 1024.0;
        double best1 = Double.MAX_VALUE;
        for (int i = 0; i < warm; i++) {
            Cost c = measure(parser, small);
            best1 = Math.min(best1, c.perKb(smallKb));
            System.out.printf(
                    Locale.ROOT,
                    "warm-up %2d  1 MB: cpu %.1f gc %.1f process cpu %.1f µs/KB, alloc %.2f × input%n",
                    i,
                    c.cpuMs * 1000 / smallKb,
                    c.gcMs * 1000 / smallKb,
                    c.processMs * 1000 / smallKb,
                    c.allocMb * 1024 / smallKb / 2);
        }
        String text = mb == 1 ? small : Inputs.story(mb * 1024 * 1024, 1, 4, 3);
        double kb = text.length() / 1024.0;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            System.gc();
            Cost c = measure(parser, text);
            best = Math.min(best, c.perKb(kb));
            System.out.printf(
                    Locale.ROOT,
                    "%3d MB parse %d: cpu %.1f gc %.1f process cpu %.1f µs/KB, alloc %.2f × input (UTF-16)%n",
                    mb,
                    i,
                    c.cpuMs * 1000 / kb,
                    c.gcMs * 1000 / kb,
                    c.processMs * 1000 / kb,
                    c.allocMb * 1024 / kb / 2);
        }
        System.out.printf(
                Locale.ROOT,
                "%3d MB best %.1f µs/KB (cpu+gc); 1 MB best in warm-up %.1f; ratio %.2f%n",
                mb,
                best,
                best1,
                best / best1);
    }
}
