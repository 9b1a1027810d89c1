package io.github.wireparse.bench;

import io.github.wireparse.ParseOptions;
import io.github.wireparse.WireParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * A cross-check for busy machines: the text figures measured in this thread's CPU time (best of
 * many rounds, each workload run alternately), which other processes on the machine disturb far
 * less than JMH's wall-clock times. Not a replacement for the JMH run.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar io.github.wireparse.bench.CpuTimeRatios}
 */
public final class CpuTimeRatios {

    private static final int ROUNDS = 40;
    private static final int REPEAT = 5;

    private CpuTimeRatios() {
    }

    /**
     * Prints one line per input set.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run("seed", List.of(Inputs.seed()));
        run("mixed", Inputs.mixedText());
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
