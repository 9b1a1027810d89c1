package io.github.wireparse.bench;

import io.github.wireparse.ArticleParser;
import io.github.wireparse.Wireparse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * HTML extraction over the pages issue 14 names for its budget ({@link Inputs#issuePages()}: every
 * shared wire-html page and all 169 zyte-benchmark pages) against its same-run baseline, jsoup's
 * own parse of the same pages. One operation handles every page, so with {@code -prof gc} the
 * {@code gc.alloc.rate.norm} of each is the bytes allocated for the whole set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlBenchmark {

    private List<String> pages;
    private final ArticleParser parser = Wireparse.parser();

    /** Loads the pages. */
    @Setup
    public void load() {
        pages = Inputs.issuePages();
    }

    /**
     * Extracts the article of every page (jsoup parse included).
     *
     * @param bh sink
     */
    @Benchmark
    public void parseHtml(Blackhole bh) {
        for (String p : pages) {
            bh.consume(parser.parseHtml(p, ""));
        }
    }

    /**
     * The baseline: jsoup parses every page into a document.
     *
     * @param bh sink
     */
    @Benchmark
    public void baselineJsoupParse(Blackhole bh) {
        for (String p : pages) {
            bh.consume(Jsoup.parse(p, ""));
        }
    }
}
