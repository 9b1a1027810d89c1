package io.github.wireparse.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * What a run ({@link Batch}, {@link WarcRun}) shares: standard output, written as UTF-8 through
 * a buffer, which can stop taking results (a closed pipe); and the worker threads that parse.
 */
final class Output {

    private final Writer out;
    private final @Nullable PrintStream stream;

    Output(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.stream = out instanceof PrintStream ps ? ps : null;
    }

    void write(String s) throws IOException {
        out.write(s);
    }

    /** Flushes; returns false when standard output stopped taking results. */
    boolean flush() throws IOException {
        out.flush();
        return writable();
    }

    /** {@return false once standard output, a print stream, has failed} */
    boolean writable() {
        return stream == null || !stream.checkError();
    }

    /** Says on standard error that standard output stopped taking results. */
    static void reportStopped(PrintStream err) {
        err.println("wireparse: cannot write to standard output; stopped");
    }

    /** A run's walk over its inputs, handing the parses to worker threads. */
    @FunctionalInterface
    interface Walk {
        /**
         * Walks the inputs and writes their results in order.
         *
         * @param workers the worker threads
         * @return false when standard output stopped taking results, and the walk stopped
         * @throws IOException          if writing fails
         * @throws InterruptedException if the run is interrupted while waiting for a worker
         */
        boolean walk(ExecutorService workers) throws IOException, InterruptedException;
    }

    /**
     * Walks on {@code jobs} daemon threads, named {@code wireparse-worker}, and flushes.
     *
     * @return whether standard output took every result
     */
    boolean run(int jobs, Walk walk) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "wireparse-worker");
            t.setDaemon(true);
            return t;
        });
        boolean writable;
        try {
            writable = walk.walk(pool);
            out.flush();
        } catch (IOException e) {
            writable = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writable = false;
        } finally {
            pool.shutdownNow();
        }
        return writable && writable();
    }
}
