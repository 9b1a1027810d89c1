package io.github.wireparse.internal.quote;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.Paragraph;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.Wireparse;
import io.github.wireparse.bench.Inputs;
import io.github.wireparse.internal.Problems;
import java.util.ArrayList;
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
 * What finding attributions of every kind costs (issue 17), in one run: the whole parse with
 * them ({@code parseWithAttributions}, the default) and without quote extraction at all
 * ({@code parseWithoutQuotes}); and the quote stage alone on the same stories' paragraphs, with
 * reported (indirect and mixed) speech ({@code quoteStageWithAttributions}) and with quotations
 * only ({@code quoteStageQuotesOnly}). The whole parse without reported speech is the first minus
 * the difference of the last two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AttributionCostBenchmark {

    /** Which input: the seed article, or the mixed set of stories. */
    @Param({"seed", "mixed"})
    public String input;

    private List<String> stories;
    private final List<String> texts = new ArrayList<>();
    private final List<List<Paragraph>> paragraphs = new ArrayList<>();
    private final ArticleParser withQuotes = Wireparse.parser();
    private final ArticleParser withoutQuotes = Wireparse.parser(ParseOptions.DEFAULTS.withExtractQuotes(false));

    /** Loads the input set and parses it once for the stage benchmarks' paragraphs. */
    @Setup
    public void load() {
        stories = "seed".equals(input) ? List.of(Inputs.seed()) : Inputs.mixedText();
        for (String s : stories) {
            Article a = withoutQuotes.parse(s);
            texts.add(a.text());
            paragraphs.add(a.paragraphs());
        }
    }

    /**
     * Parses every story with the default options: quotes and attributions of every kind.
     *
     * @param bh sink
     */
    @Benchmark
    public void parseWithAttributions(Blackhole bh) {
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
     * The quote stage of every story with reported speech.
     *
     * @param bh sink
     */
    @Benchmark
    public void quoteStageWithAttributions(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            bh.consume(QuoteExtractor.extract(t, paragraphs.get(i), new Problems(t, 100), true));
        }
    }

    /**
     * The quote stage of every story with quotations only.
     *
     * @param bh sink
     */
    @Benchmark
    public void quoteStageQuotesOnly(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            bh.consume(QuoteExtractor.extract(t, paragraphs.get(i), new Problems(t, 100), false));
        }
    }
}
