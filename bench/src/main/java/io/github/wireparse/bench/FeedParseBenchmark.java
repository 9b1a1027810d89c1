package io.github.wireparse.bench;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.FeedStory;
import io.github.wireparse.Headline;
import io.github.wireparse.InputFormat;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Feed parsing throughput (issue 16): the real feed files of {@code shared/corpora/wire-feeds},
 * read in place, as bytes through the content-detecting {@link ArticleParser#parseAll(byte[])}
 * against its same-run baseline, the plain-text path on the same stories (each story's headline
 * and body text, as the feed parse rendered them, given to {@link ArticleParser#parse(String)}). The
 * ratio of the two is the cost of detection, decoding and reading the envelope. One operation
 * handles the whole input set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FeedParseBenchmark {

    /** Which files: text transmissions (ANPA-1312, IPTC 7901) or XML and JSON items. */
    @Param({"transmissions", "xml-json"})
    public String input;

    private final ArticleParser parser = Wireparse.parser();
    private List<byte[]> files;
    private List<String> plain;

    /** Loads the files of the chosen kind and renders their stories as plain text. */
    @Setup
    public void load() {
        Path folder = Inputs.shared().resolve("corpora/wire-feeds");
        files = new ArrayList<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                InputFormat format = InputFormat.detect(bytes);
                boolean transmission = format == InputFormat.ANPA || format == InputFormat.IPTC7901;
                boolean markup = format == InputFormat.NITF
                        || format == InputFormat.NEWSML
                        || format == InputFormat.NEWSML_G2
                        || format == InputFormat.NINJS;
                if ("transmissions".equals(input) ? transmission : markup) {
                    files.add(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feed files at " + folder.toAbsolutePath(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no " + input + " feed files at " + folder.toAbsolutePath());
        }
        plain = new ArrayList<>();
        for (byte[] f : files) {
            parser.parseAll(f).map(FeedStory::article).forEach(a -> plain.add(asPlainText(a)));
        }
    }

    private static String asPlainText(Article a) {
        return a.headline().map(Headline::text).map(h -> h + "\n\n").orElse("") + a.bodyText();
    }

    /**
     * Parses every feed file, every story of it.
     *
     * @param bh sink
     */
    @Benchmark
    public void parseFeedFiles(Blackhole bh) {
        for (byte[] f : files) {
            parser.parseAll(f).forEach(bh::consume);
        }
    }

    /**
     * The baseline: the plain-text path on the same stories' headline and body text.
     *
     * @param bh sink
     */
    @Benchmark
    public void baselinePlainText(Blackhole bh) {
        for (String s : plain) {
            bh.consume(parser.parse(s));
        }
    }
}
