package io.github.wireparse.bench;

import io.github.wireparse.ArticleParser;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.Wireparse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Plain-text parsing, with and without quote extraction, against its same-run baseline: a
 * {@code java.util.regex} split of the same input into blank-line paragraphs. One operation handles
 * the whole input set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextParseBenchmark {

    /** Which input: the seed article, or the mixed set of stories. */
    @Param({"seed", "mixed"})
    public String input;

    private List<String> stories;
    private final ArticleParser withQuotes = Wireparse.parser();
    private final ArticleParser withoutQuotes = Wireparse.parser(ParseOptions.DEFAULTS.withExtractQuotes(false));

    /** Loads the input set. */
    @Setup
    public void load() {
        stories = "seed".equals(input) ? List.of(Inputs.seed()) : Inputs.mixedText();
    }

    /**
     * Parses every story with quote extraction.
     *
     * @param bh sink
     */
    @Benchmark
    public void parseWithQuotes(Blackhole bh) {
        for (String s : stories) {
            bh.consume(withQuotes.parse(s));
        }
    }

    /**
     * Parses every story without quote extraction.
     *
     * @param bh sink
     */
    @Benchmark
    public void parseWithoutQuotes(Blackhole bh) {
        for (String s : stories) {
            bh.consume(withoutQuotes.parse(s));
        }
    }

    /**
     * The baseline: splits every story into blank-line paragraphs with a regex.
     *
     * @param bh sink
     */
    @Benchmark
    public void baselineRegexSplit(Blackhole bh) {
        for (String s : stories) {
            bh.consume(Inputs.BLANK_LINES.split(s));
        }
    }
}
