package io.github.wireparse.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on standard error: files done, of how many once they are counted, the
 * rate and the time left. Redrawn at most ten times a second with a carriage return; erased before
 * the summary. Counting runs on its own daemon thread so the batch never waits for it.
 */
final class Progress {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 24;

    private final StatusLine line;
    private final long started;
    private final AtomicLong total = new AtomicLong(-1);
    private long lastDraw;

    Progress(PrintStream err, long started) {
        this.line = new StatusLine(err);
        this.started = started;
    }

    /** Counts the inputs in the background; the total appears on the bar once known. */
    void countInBackground(InputWalker walker) {
        Thread t = new Thread(
                () -> {
                    long n = 0;
                    while (walker.hasNext()) {
                        walker.next();
                        n++;
                    }
                    total.set(n);
                },
                "wireparse-count");
        t.setDaemon(true);
        t.start();
    }

    void update(long done, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max((now - started) / 1e9, 1e-9);
        double rate = done / seconds;
        long all = total.get();
        StringBuilder sb = new StringBuilder("\r");
        if (all > 0) {
            double f = Math.min(1.0, done / (double) all);
            int filled = (int) Math.round(f * WIDTH);
            sb.append('[')
                    .append("#".repeat(filled))
                    .append(" ".repeat(WIDTH - filled))
                    .append("] ");
            sb.append(String.format(
                    Locale.ROOT,
                    "%,d/%,d %3.0f%%  %,.0f files/s  ETA %s",
                    done,
                    all,
                    f * 100,
                    rate,
                    rate > 0 ? clock((long) Math.ceil((all - done) / rate)) : "--:--"));
        } else {
            sb.append(String.format(Locale.ROOT, "%,d files  %,.0f files/s  (counting…)", done, rate));
        }
        line.draw(sb);
    }

    /** Draws the full bar once every input is done: the total is then known, counted or not. */
    void complete(long done) {
        total.set(done);
        update(done, true);
    }

    void clear() {
        line.clear();
    }

    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
