package io.github.wireparse.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Two builds of the library compared in one process: {@code parseHtml} of every issue page
 * ({@link Inputs#issuePages()}) by build A and by build B, and jsoup's own parse of the same pages,
 * each build in its own class loader over its own shaded {@code benchmarks.jar}. After a warm-up,
 * the three workloads run in rounds of all pages, in a rotating order, so a drift of the machine's
 * load falls on all three alike. Printed: every round's thread CPU time, then per workload the
 * best and median round (thread CPU time, bytes this thread allocated) and the ratios B ÷ A and
 * each ÷ jsoup. A before/after check for speed work on a shared machine: keep a copy of the
 * {@code benchmarks.jar} built before the change.
 *
 * <p>Run from the project folder (the pages are read from {@code ../shared}): {@code java -cp
 * bench/target/benchmarks.jar io.github.wireparse.bench.HtmlBuilds before.jar after.jar [rounds]
 * [warm-up seconds]} (default 16 rounds, 60 s)
 */
public final class HtmlBuilds {

    private HtmlBuilds() {}

    /**
     * Prints the rounds and the ratios.
     *
     * @param args the jar of build A, the jar of build B, the rounds, the warm-up in seconds
     * @throws ReflectiveOperationException when a jar lacks the library or jsoup
     * @throws MalformedURLException        when a jar's path is not a URL
     */
    public static void main(String[] args) throws ReflectiveOperationException, MalformedURLException {
        if (args.length < 2) {
            System.err.println("usage: HtmlBuilds A.jar B.jar [rounds] [warm-up seconds]");
            return;
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        long warmUp = (args.length > 3 ? Long.parseLong(args[3]) : 60) * 1_000_000_000L;
        ClassLoader a = loader(args[0]);
        ClassLoader b = loader(args[1]);
        @SuppressWarnings("unchecked")
        List<String> pages = (List<String>) a.loadClass("io.github.wireparse.bench.Inputs")
                .getMethod("issuePages")
                .invoke(null);
        Method jsoup = a.loadClass("org.jsoup.Jsoup").getMethod("parse", String.class, String.class);
        List<ToLongFunction<String>> work = new ArrayList<>();
        work.add(p -> call(jsoup, null, p));
        for (ClassLoader l : List.of(a, b)) {
            Object parser = l.loadClass("io.github.wireparse.Wireparse")
                    .getMethod("parser")
                    .invoke(null);
            Method parseHtml =
                    l.loadClass("io.github.wireparse.ArticleParser").getMethod("parseHtml", String.class, String.class);
            work.add(p -> call(parseHtml, parser, p));
        }
        String[] names = {"Jsoup.parse", "A parseHtml", "B parseHtml"};
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long sink = 0;
        long end = System.nanoTime() + warmUp;
        while (System.nanoTime() < end) {
            for (ToLongFunction<String> w : work) {
                for (String p : pages) {
                    sink += w.applyAsLong(p);
                }
            }
        }
        int n = work.size();
        long[][] cpu = new long[n][rounds];
        long[][] allocated = new long[n][rounds];
        System.out.printf(
                "%d pages, %d rounds after a warm-up of %d s%n", pages.size(), rounds, warmUp / 1_000_000_000L);
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < n; k++) {
                int w = (k + r) % n;
                long a0 = threads.getThreadAllocatedBytes(id);
                long c0 = threads.getCurrentThreadCpuTime();
                for (String p : pages) {
                    sink += work.get(w).applyAsLong(p);
                }
                cpu[w][r] = threads.getCurrentThreadCpuTime() - c0;
                allocated[w][r] = threads.getThreadAllocatedBytes(id) - a0;
            }
            System.out.printf(
                    "round %2d: jsoup %7.1f ms, A %7.1f ms, B %7.1f ms%n",
                    r, cpu[0][r] / 1e6, cpu[1][r] / 1e6, cpu[2][r] / 1e6);
        }
        long[][] sorted = new long[n][];
        for (int w = 0; w < n; w++) {
            sorted[w] = cpu[w].clone();
            Arrays.sort(sorted[w]);
        }
        for (int w = 0; w < n; w++) {
            long[] al = allocated[w].clone();
            Arrays.sort(al);
            System.out.printf(
                    "%-12s thread CPU best %7.1f ms, median %7.1f ms (÷ jsoup %.3f×, %.3f×); allocated %.2f MB%n",
                    names[w],
                    sorted[w][0] / 1e6,
                    sorted[w][rounds / 2] / 1e6,
                    (double) sorted[w][0] / sorted[0][0],
                    (double) sorted[w][rounds / 2] / sorted[0][rounds / 2],
                    al[0] / 1e6);
        }
        System.out.printf(
                "B ÷ A: best %.3f×, median %.3f×; after jsoup's parse (parseHtml − Jsoup.parse): best %.3f×, median %.3f×%n",
                (double) sorted[2][0] / sorted[1][0],
                (double) sorted[2][rounds / 2] / sorted[1][rounds / 2],
                (double) (sorted[2][0] - sorted[0][0]) / (sorted[1][0] - sorted[0][0]),
                (double) (sorted[2][rounds / 2] - sorted[0][rounds / 2])
                        / (sorted[1][rounds / 2] - sorted[0][rounds / 2]));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static ClassLoader loader(String jar) throws MalformedURLException {
        return new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private static long call(Method m, Object target, String page) {
        try {
            return m.invoke(target, page, "").hashCode();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
