package io.github.wireparse.cli;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleJson;
import io.github.wireparse.ArticleNinjs;
import io.github.wireparse.ArticleNitf;
import io.github.wireparse.InputFormat;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.WireParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a batch: reads, parses and renders inputs on {@code jobs} worker threads, and writes the
 * results in input order. At most {@code 4 × jobs} inputs are in flight at once, and the inputs
 * are walked lazily, so memory stays bounded however many files there are.
 */
final class Batch {

    /** What a run does, settled from the command line. */
    record Settings(Format format, Optional<InputFormat> inputFormat, Optional<Charset> charset,
            Optional<Path> output, int jobs, boolean includeText, boolean extractQuotes,
            boolean batch, boolean progress, boolean summary, ArticleNinjs.Version ninjsVersion) {
    }

    /** What became of one input. */
    private record Outcome(Input input, Optional<String> failure, int quotes, int problems,
            String rendered) {
    }

    private final Settings settings;
    private final InputStream stdin;
    private final PrintStream err;
    private final boolean flushEach;
    private final Writer out;
    private final PrintStream outStream;
    private final WireParser parser;
    private final ArticleJson json;
    private final ArticleNinjs ninjs;

    private long files;
    private long articles;
    private long quotes;
    private long problems;
    private long failed;

    Batch(Settings settings, InputStream stdin, OutputStream out, PrintStream err, boolean flushEach) {
        this.settings = settings;
        this.stdin = stdin;
        this.err = err;
        this.flushEach = flushEach;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.outStream = out instanceof PrintStream ps ? ps : null;
        this.parser = WireParser.create(ParseOptions.DEFAULTS.withExtractQuotes(settings.extractQuotes()));
        this.json = ArticleJson.create().withText(settings.includeText())
                .withPrettyPrint(settings.format() == Format.JSON);
        this.ninjs = ArticleNinjs.create().withVersion(settings.ninjsVersion());
    }

    /**
     * Runs the batch over the inputs.
     *
     * @param inputs   the inputs, in order
     * @param counting a second walk over the same inputs, for the progress bar's total
     * @return the exit status: 0 when every input was parsed, 1 otherwise
     */
    int run(Iterator<Input> inputs, InputWalker counting) {
        long started = System.nanoTime();
        Progress progress = settings.progress() ? new Progress(err, started) : null;
        if (progress != null) {
            progress.countInBackground(counting);
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs(), r -> {
            Thread t = new Thread(r, "wireparse-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        int capacity = settings.jobs() * 4;
        boolean writable = true;
        try {
            while (writable && inputs.hasNext()) {
                Input input = inputs.next();
                window.add(pool.submit(() -> work(input)));
                if (window.size() >= capacity) {
                    writable = finish(take(window), progress);
                }
            }
            while (writable && !window.isEmpty()) {
                writable = finish(take(window), progress);
            }
            out.flush();
        } catch (IOException e) {
            writable = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writable = false;
        } finally {
            pool.shutdownNow();
        }
        if (outStream != null && outStream.checkError()) {
            writable = false;
        }
        if (progress != null) {
            if (writable) {
                progress.complete(files);
            }
            progress.clear();
        }
        if (!writable) {
            err.println("wireparse: cannot write to standard output; stopped");
        }
        if (settings.summary()) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.println(String.format(Locale.ROOT,
                    "wireparse: %s, %s, %s, %s, %,d failed, %.2f s (%,.0f files/s)",
                    count(files, "file"), count(articles, "article"), count(quotes, "quote"),
                    count(problems, "problem"), failed, seconds,
                    seconds > 0 ? files / seconds : 0.0));
        }
        return failed > 0 || !writable ? 1 : 0;
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static Outcome take(Deque<Future<Outcome>> window) throws InterruptedException {
        Future<Outcome> f = window.poll();
        try {
            return f.get();
        } catch (ExecutionException e) {
            // work() catches what parsing can throw; this is a last resort.
            throw new IllegalStateException("internal error", e.getCause());
        }
    }

    /** Reports and writes one outcome; returns false when standard output stopped taking it. */
    private boolean finish(Outcome o, Progress progress) throws IOException {
        files++;
        if (o.failure().isPresent()) {
            failed++;
            if (progress != null) {
                progress.clear();
            }
            err.println("wireparse: " + o.input().id() + ": " + o.failure().get());
        } else {
            articles++;
            quotes += o.quotes();
            problems += o.problems();
            if (!o.rendered().isEmpty()) {
                if (progress != null && flushEach) {
                    progress.clear(); // the results share the terminal with the bar
                }
                out.write(o.rendered());
            }
        }
        if (flushEach || files % 64 == 0) {
            out.flush();
            if (outStream != null && outStream.checkError()) {
                return false;
            }
        }
        if (progress != null) {
            progress.update(files, o.failure().isPresent());
        }
        return true;
    }

    /** Reads, parses and renders one input; runs on a worker thread and never throws. */
    private Outcome work(Input input) {
        try {
            Article a = Reading.parse(input, stdin, parser, settings.inputFormat(), settings.charset());
            String rendered = render(a, input.id());
            if (settings.output().isPresent()) {
                Path target = settings.output().get()
                        .resolve(input.outputPath() + settings.format().extension());
                try {
                    if (target.getParent() != null) {
                        Files.createDirectories(target.getParent());
                    }
                    Files.writeString(target, rendered, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return failure(input, "cannot write " + target + ": " + Reading.describe(e));
                }
                rendered = "";
            }
            return new Outcome(input, Optional.empty(), a.quotes().size(), a.problems().size(),
                    rendered);
        } catch (Reading.Failure e) {
            return failure(input, e.getMessage());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return failure(input, "internal error: " + e);
        }
    }

    private static Outcome failure(Input input, String message) {
        return new Outcome(input, Optional.of(message), 0, 0, "");
    }

    private String render(Article a, String id) throws IOException {
        switch (settings.format()) {
            case OUTLINE:
                String outline = Outline.of(a);
                return settings.batch() && settings.output().isEmpty()
                        ? "== " + id + " ==\n" + outline + "\n" : outline;
            case NITF:
                return ArticleNitf.create().toXml(a, id);
            case NINJS:
                return ninjs.toJson(a, id) + "\n";
            case JSON:
            case JSONL:
            default:
                StringWriter w = new StringWriter();
                json.toJson(a, id, w);
                w.write('\n');
                return w.toString();
        }
    }
}
