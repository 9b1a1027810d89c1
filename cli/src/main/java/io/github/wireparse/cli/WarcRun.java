package io.github.wireparse.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.wireparse.Article;
import io.github.wireparse.ArticleJson;
import io.github.wireparse.ArticleNitf;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.WarcArticles;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A run over WARC web archives: every HTML or text {@code response} record of every
 * {@code .warc}/{@code .warc.gz} file named, or found under a folder named, becomes one result,
 * identified as {@code file#N} (N: the record's number in its file, from 1). Records are read in
 * order on the calling thread and parsed on {@code jobs} worker threads; results are written in
 * file order. Progress is shown by bytes of the archives read.
 */
final class WarcRun {

    /** What a WARC run does. */
    record Settings(
            Format format, int jobs, boolean includeText, boolean extractQuotes, boolean progress, boolean summary) {}

    /** At most this many skips are printed per file; the summary counts them all. */
    private static final int SKIPS_SHOWN = 10;

    private final Settings settings;
    private final PrintStream err;
    private final Output out;
    private final WarcArticles warc;
    private final ArticleJson json;

    private long articles;
    private long quotes;
    private long problems;
    private long records;
    private long skipped;
    private long damaged;
    private long failed;
    /** How far the archive being read has been read, in its bytes: for the progress bar. */
    private long reached;

    WarcRun(Settings settings, OutputStream out, PrintStream err) {
        this.settings = settings;
        this.err = err;
        this.out = new Output(out);
        this.warc = WarcArticles.create(
                Wireparse.parser(ParseOptions.DEFAULTS.withExtractQuotes(settings.extractQuotes())));
        this.json =
                ArticleJson.create().withText(settings.includeText()).withPrettyPrint(settings.format() == Format.JSON);
    }

    /**
     * {@return whether the operands ask for a WARC run: one of them is a {@code .warc} or
     * {@code .warc.gz} file, or a folder holding one at any depth}
     */
    static boolean applies(List<String> operands) {
        for (String o : operands) {
            if (o.equals("-")) {
                continue;
            }
            try {
                Path p = Path.of(o);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p)) {
                        if (s.anyMatch(WarcRun::isWarcFile)) {
                            return true;
                        }
                    }
                } else if (WarcArticles.isWarcName(
                        p.getFileName() == null ? "" : p.getFileName().toString())) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // An operand that cannot be looked at does not make a WARC run; Batch reports it.
            }
        }
        return false;
    }

    private static boolean isWarcFile(Path p) {
        return p.getFileName() != null
                && WarcArticles.isWarcName(p.getFileName().toString())
                && !p.getFileName().toString().startsWith(".")
                && Files.isRegularFile(p);
    }

    /**
     * Runs over the operands.
     *
     * @return the exit status: 0 when every archive was read whole, 1 otherwise
     */
    int run(List<String> operands) {
        long started = System.nanoTime();
        List<Path> files = new ArrayList<>();
        for (String o : operands) {
            collect(o, files);
        }
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                // Reported when the file is opened.
            }
        }
        ByteProgress progress = settings.progress() ? new ByteProgress(err, started, total) : null;
        boolean writable = out.run(settings.jobs(), pool -> {
            long before = 0;
            for (Path f : files) {
                if (!file(f, pool, progress, before)) {
                    return false;
                }
                try {
                    before += Files.size(f);
                } catch (IOException e) {
                    // Already reported.
                }
            }
            return true;
        });
        if (progress != null) {
            progress.clear();
        }
        if (!writable) {
            Output.reportStopped(err);
        }
        if (settings.summary()) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.println(String.format(
                    Locale.ROOT,
                    "wireparse: %,d WARC file%s (%,.1f MB), %,d records, %,d articles, %,d quotes, "
                            + "%,d problems, %,d skipped, %,d damaged, %,d failed, %.2f s "
                            + "(%,.0f articles/s)",
                    files.size(),
                    files.size() == 1 ? "" : "s",
                    total / 1e6,
                    records,
                    articles,
                    quotes,
                    problems,
                    skipped,
                    damaged,
                    failed,
                    seconds,
                    seconds > 0 ? articles / seconds : 0.0));
        }
        return failed > 0 || damaged > 0 || !writable ? 1 : 0;
    }

    /** Adds the WARC files an operand names; reports an operand that names none. */
    private void collect(String operand, List<Path> files) {
        if (operand.equals("-")) {
            fail(operand, "standard input cannot be read in a run over WARC files");
            return;
        }
        try {
            Path p = Path.of(operand);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    List<Path> found = s.filter(WarcRun::isWarcFile)
                            .filter(f -> !hidden(p.relativize(f)))
                            .sorted()
                            .toList();
                    if (found.isEmpty()) {
                        fail(operand, "no .warc or .warc.gz file in this folder");
                    }
                    files.addAll(found);
                }
            } else if (WarcArticles.isWarcName(
                    p.getFileName() == null ? "" : p.getFileName().toString())) {
                files.add(p);
            } else {
                fail(
                        operand,
                        "not a .warc or .warc.gz file (WARC files and other inputs cannot " + "be mixed in one run)");
            }
        } catch (IOException | RuntimeException e) {
            fail(operand, Reading.describe(e));
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void fail(String id, String message) {
        failed++;
        err.println("wireparse: " + id + ": " + message);
    }

    /** Reads one archive; returns false when standard output stopped taking results. */
    private boolean file(Path f, ExecutorService pool, @Nullable ByteProgress progress, long before)
            throws IOException, InterruptedException {
        Deque<Future<String>> window = new ArrayDeque<>();
        int capacity = settings.jobs() * 4;
        WarcArticles.Summary s;
        try {
            s = warc.readPages(f, page -> {
                reached = page.offset();
                window.add(pool.submit(() -> work(f, page)));
                boolean taken;
                try {
                    taken = window.size() < capacity || write(take(window), progress, before);
                } catch (IOException | InterruptedException | RuntimeException e) {
                    throw new Stopped(e);
                }
                if (!taken) {
                    throw new Stopped();
                }
            });
        } catch (Stopped e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            } else if (e.getCause() instanceof InterruptedException ie) {
                throw ie;
            } else if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            // The archive cannot be opened.
            fail(f.toString(), Reading.describe(e));
            return true;
        }
        reached = s.bytesRead();
        while (!window.isEmpty()) {
            if (!write(take(window), progress, before)) {
                return false;
            }
        }
        records += s.records();
        skipped += s.skipped();
        damaged += s.damaged();
        int shown = 0;
        for (WarcArticles.Skip k : s.skips()) {
            if (shown++ == SKIPS_SHOWN) {
                break;
            }
            if (progress != null) {
                progress.clear();
            }
            err.println("wireparse: " + f + ": " + k);
        }
        long more = s.skipped() + s.damaged() - Math.min(shown, SKIPS_SHOWN);
        if (more > 0) {
            err.println("wireparse: " + f + ": " + more + " more skipped");
        }
        return true;
    }

    /**
     * Ends a read from inside it: standard output stopped taking results (no cause), or writing
     * or waiting for a worker failed (the cause).
     */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super();
        }

        Stopped(Exception cause) {
            super(cause);
        }
    }

    private static String take(Deque<Future<String>> window) throws InterruptedException {
        try {
            return window.poll().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("internal error", e.getCause());
        }
    }

    private boolean write(String rendered, @Nullable ByteProgress progress, long before) throws IOException {
        out.write(rendered);
        if (++articles % 64 == 0 && !out.flush()) {
            return false;
        }
        if (progress != null) {
            progress.update(before + reached, articles);
        }
        return true;
    }

    /** Parses and renders one page; runs on a worker thread. */
    private String work(Path file, WarcArticles.Page page) throws IOException {
        Article a = page.parse().article();
        synchronized (this) {
            quotes += a.quotes().size();
            problems += a.problems().size();
        }
        String id = file + "#" + page.number();
        switch (settings.format()) {
            case OUTLINE:
                return "== " + id + " " + page.targetUri() + " ==\n" + Outline.of(a) + "\n";
            case NITF:
                return ArticleNitf.create().toXml(a, id);
            case JSON:
            case JSONL:
            default:
                String object = json.toJson(a, id);
                // The record's envelope goes first, as one more field of the article's object.
                return "{\"warc\":{\"targetUri\":" + quote(page.targetUri()) + ",\"date\":"
                        + page.date().map(d -> quote(d.toString())).orElse("null")
                        + ",\"offset\":" + page.offset() + "}," + object.substring(1) + "\n";
        }
    }

    private static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** A one-line progress bar by bytes of the archives read, on standard error. */
    private static final class ByteProgress {
        private static final long REDRAW_NANOS = 100_000_000L;
        private static final int WIDTH = 24;
        private final StatusLine line;
        private final long started;
        private final long total;
        private long lastDraw;

        ByteProgress(PrintStream err, long started, long total) {
            this.line = new StatusLine(err);
            this.started = started;
            this.total = total;
        }

        void update(long bytes, long articles) {
            long now = System.nanoTime();
            if (now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            double seconds = Math.max((now - started) / 1e9, 1e-9);
            double f = total > 0 ? Math.min(1.0, bytes / (double) total) : 0;
            int filled = (int) Math.round(f * WIDTH);
            double rate = bytes / seconds;
            StringBuilder sb = new StringBuilder("\r[")
                    .append("#".repeat(filled))
                    .append(" ".repeat(WIDTH - filled))
                    .append("] ");
            sb.append(String.format(
                    Locale.ROOT,
                    "%,.1f/%,.1f MB %3.0f%%  %,d articles  %,.1f MB/s  ETA %s",
                    bytes / 1e6,
                    total / 1e6,
                    f * 100,
                    articles,
                    rate / 1e6,
                    rate > 0 ? Progress.clock((long) Math.ceil((total - bytes) / rate)) : "--:--"));
            line.draw(sb);
        }

        void clear() {
            line.clear();
        }
    }
}
