package io.github.wireparse.cli;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleJson;
import io.github.wireparse.ArticleNinjs;
import io.github.wireparse.ArticleNitf;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.InputFormat;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * Runs a batch: reads, parses and renders inputs on {@code jobs} worker threads, and writes the
 * results in input order. At most {@code 4 × jobs} inputs are in flight at once, and the inputs
 * are walked lazily, so memory stays bounded however many files there are.
 */
final class Batch {

    /** What a run does, settled from the command line. */
    record Settings(
            Format format,
            Optional<InputFormat> inputFormat,
            Optional<Charset> charset,
            Optional<Path> output,
            int jobs,
            boolean includeText,
            boolean extractQuotes,
            boolean batch,
            boolean progress,
            boolean summary,
            ArticleNinjs.Version ninjsVersion) {}

    /**
     * What became of one input.
     *
     * @param input    the input
     * @param failure  why it failed, if it did
     * @param skipped  what it was skipped as (a hidden file, an image, …), if it was
     * @param articles how many stories it gave
     * @param quotes   how many quotes they hold
     * @param problems how many problems they have
     * @param rendered what goes to standard output
     */
    private record Outcome(
            Input input,
            Optional<String> failure,
            Optional<NotNews.Kind> skipped,
            int articles,
            int quotes,
            int problems,
            String rendered) {}

    /** Reads and parses one input: {@link Reading#parse} in a run, a stand-in in tests. */
    @FunctionalInterface
    interface Parse {
        /**
         * Reads and parses one input.
         *
         * @param input the input
         * @return its stories, or why it was skipped
         * @throws Reading.Failure if it cannot be read or decoded
         */
        Reading.Parsed parse(Input input) throws Reading.Failure;
    }

    private final Settings settings;
    private final PrintStream err;
    private final boolean flushEach;
    private final Output out;
    private final ArticleParser parser;
    private final ArticleJson json;
    private final ArticleNinjs ninjs;
    private final Parse parse;
    /**
     * Parses hold it shared; a parse retried after running out of memory holds it alone, so it
     * has the heap to itself.
     */
    private final ReadWriteLock heap = new ReentrantReadWriteLock();

    private long files;
    private long articles;
    private long quotes;
    private long problems;
    private long failed;
    private final Map<String, Long> skipped = new TreeMap<>();

    Batch(Settings settings, InputStream stdin, OutputStream out, PrintStream err, boolean flushEach) {
        this(settings, stdin, out, err, flushEach, null);
    }

    /**
     * Makes a batch.
     *
     * @param parse how to read and parse one input, or null for {@link Reading#parse}
     */
    Batch(
            Settings settings,
            InputStream stdin,
            OutputStream out,
            PrintStream err,
            boolean flushEach,
            @Nullable Parse parse) {
        this.settings = settings;
        this.err = err;
        this.flushEach = flushEach;
        this.out = new Output(out);
        this.parser = Wireparse.parser(ParseOptions.DEFAULTS.withExtractQuotes(settings.extractQuotes()));
        this.json =
                ArticleJson.create().withText(settings.includeText()).withPrettyPrint(settings.format() == Format.JSON);
        this.ninjs = ArticleNinjs.create().withVersion(settings.ninjsVersion());
        this.parse = parse != null
                ? parse
                : input -> Reading.parse(input, stdin, parser, settings.inputFormat(), settings.charset());
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
        boolean writable = out.run(settings.jobs(), pool -> {
            Deque<Pending> window = new ArrayDeque<>();
            int capacity = settings.jobs() * 4;
            boolean taking = true;
            while (taking && inputs.hasNext()) {
                Input input = inputs.next();
                window.add(new Pending(input, pool.submit(() -> work(input))));
                if (window.size() >= capacity) {
                    taking = finish(take(window), progress);
                }
            }
            while (taking && !window.isEmpty()) {
                taking = finish(take(window), progress);
            }
            return taking;
        });
        if (progress != null) {
            if (writable) {
                progress.complete(files);
            }
            progress.clear();
        }
        if (!writable) {
            Output.reportStopped(err);
        }
        if (settings.summary()) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.println(String.format(
                    Locale.ROOT,
                    "wireparse: %s, %s, %s, %s, %s, %,d failed, %.2f s (%,.0f files/s)",
                    count(files, "file"),
                    count(articles, "article"),
                    count(quotes, "quote"),
                    count(problems, "problem"),
                    skipped(),
                    failed,
                    seconds,
                    seconds > 0 ? files / seconds : 0.0));
        }
        return failed > 0 || !writable ? 1 : 0;
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** {@code 3 skipped (2 hidden, 1 image)}, or {@code 0 skipped}. */
    private String skipped() {
        long n = skipped.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return "0 skipped";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d skipped (", n));
        String sep = "";
        for (Map.Entry<String, Long> e : skipped.entrySet()) {
            sb.append(sep).append(String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()));
            sep = ", ";
        }
        return sb.append(')').toString();
    }

    /** An input on its way through a worker. */
    private record Pending(Input input, Future<Outcome> outcome) {}

    private static Outcome take(Deque<Pending> window) throws InterruptedException {
        Pending p = window.poll();
        try {
            return p.outcome().get();
        } catch (ExecutionException e) {
            // work() catches what parsing can throw; whatever still gets here is this input's.
            return failure(p.input(), "internal error: " + e.getCause());
        }
    }

    /** Reports and writes one outcome; returns false when standard output stopped taking it. */
    private boolean finish(Outcome o, @Nullable Progress progress) throws IOException {
        files++;
        if (o.skipped().isPresent()) {
            skipped.merge(o.skipped().get().group(), 1L, Long::sum);
            if (o.input().named()) {
                // Named on the command line, it was meant to be read: say why it was not.
                if (progress != null) {
                    progress.clear();
                }
                err.println("wireparse: " + o.input().id() + ": skipped: "
                        + o.skipped().get().what() + ", not news");
            }
        } else if (o.failure().isPresent()) {
            failed++;
            if (progress != null) {
                progress.clear();
            }
            err.println("wireparse: " + o.input().id() + ": " + o.failure().get());
        } else {
            articles += o.articles();
            quotes += o.quotes();
            problems += o.problems();
            if (!o.rendered().isEmpty()) {
                if (progress != null && flushEach) {
                    progress.clear(); // the results share the terminal with the bar
                }
                out.write(o.rendered());
            }
        }
        if ((flushEach || files % 64 == 0) && !out.flush()) {
            return false;
        }
        if (progress != null) {
            progress.update(files, o.failure().isPresent());
        }
        return true;
    }

    /**
     * Reads, parses and renders one input; runs on a worker thread and never throws. Whatever
     * parsing one input throws, running out of memory or stack included, is that input's failure:
     * the run goes on with the next. A parse that ran out of memory is tried once more, alone
     * (no other parse runs meanwhile), since the memory may have gone to other inputs parsed at
     * the same time; when it fails again, the input is reported and its memory is free again.
     */
    private Outcome work(Input input) {
        if (input.skip().isPresent()) {
            return skipped(
                    input, new NotNews.Kind(input.skip().get(), input.skip().get() + " file"));
        }
        Lock shared = heap.readLock();
        shared.lock();
        try {
            return attempt(input);
        } catch (OutOfMemoryError e) {
            // Retried below, once the shared lock is let go.
        } finally {
            shared.unlock();
        }
        Lock alone = heap.writeLock();
        alone.lock();
        try {
            return attempt(input);
        } catch (OutOfMemoryError e) {
            return failure(
                    input,
                    "out of memory: the parse needs more than the "
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap (raise it "
                            + "with java -Xmx)");
        } finally {
            alone.unlock();
        }
    }

    /** One try at an input; lets only running out of memory through, for a retry. */
    private Outcome attempt(Input input) {
        try {
            Reading.Parsed p = parse.parse(input);
            if (p.notNews().isPresent()) {
                return skipped(input, p.notNews().get());
            }
            return render(input, p.articles());
        } catch (Reading.Failure e) {
            return failure(input, Objects.requireNonNullElse(e.getMessage(), e.toString()));
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (StackOverflowError e) {
            return failure(input, "internal error: the parse ran out of stack (" + e + ")");
        } catch (Exception | Error e) {
            // A bug in parsing or rendering: this input's failure, not the run's.
            return failure(input, "internal error: " + e);
        }
    }

    /** Renders an input's stories: to standard output, or to their files under --output. */
    private Outcome render(Input input, List<Article> stories) throws IOException {
        StringBuilder out = new StringBuilder();
        int quoteCount = 0;
        int problemCount = 0;
        for (int i = 0; i < stories.size(); i++) {
            Article a = stories.get(i);
            quoteCount += a.quotes().size();
            problemCount += a.problems().size();
            String rendered = render(a, input.storyId(i + 1, stories.size()));
            if (settings.output().isPresent()) {
                Path target = settings.output()
                        .get()
                        .resolve(input.outputPath(
                                i + 1, stories.size(), settings.format().extension()));
                try {
                    if (target.getParent() != null) {
                        Files.createDirectories(target.getParent());
                    }
                    Files.writeString(target, rendered, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return failure(input, "cannot write " + target + ": " + Reading.describe(e));
                }
            } else {
                out.append(rendered);
            }
        }
        return new Outcome(
                input, Optional.empty(), Optional.empty(), stories.size(), quoteCount, problemCount, out.toString());
    }

    private static Outcome failure(Input input, String message) {
        return new Outcome(input, Optional.of(message), Optional.empty(), 0, 0, 0, "");
    }

    private static Outcome skipped(Input input, NotNews.Kind kind) {
        return new Outcome(input, Optional.empty(), Optional.of(kind), 0, 0, 0, "");
    }

    private String render(Article a, String id) throws IOException {
        switch (settings.format()) {
            case OUTLINE:
                String outline = Outline.of(a);
                return settings.batch() && settings.output().isEmpty()
                        ? "== " + id + " ==\n" + outline + "\n"
                        : outline;
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
