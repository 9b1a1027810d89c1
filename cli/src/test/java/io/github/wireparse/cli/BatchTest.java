package io.github.wireparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleNinjs;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.InputFormat;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.JsonValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Batch} with a stand-in for reading and parsing (the {@link Batch.Parse} seam), to show
 * that what one input's parse throws, running out of memory included, is that input's failure
 * and the run goes on; and that an input's several stories get ids of their own.
 */
class BatchTest {

    private static final ArticleParser PARSER = Wireparse.parser();

    @TempDir
    Path dir;

    private List<Path> files;

    /** What a run printed and returned. */
    record Run(int status, String out, String err) {

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    ids.add((String) JsonValues.object(line).get("id"));
                }
            }
            return ids;
        }
    }

    @BeforeEach
    void writeStories() throws IOException {
        files = new ArrayList<>();
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            files.add(Files.writeString(
                    dir.resolve(name),
                    "Story " + name + "\n\n" + "RIVERTON, Wyo. (AP) — Something happened in " + name + ".\n"));
        }
    }

    private Run run(int jobs, Batch.Parse parse) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Batch.Settings settings = new Batch.Settings(
                Format.JSONL,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                jobs,
                false,
                true,
                true,
                false,
                true,
                ArticleNinjs.Version.V2_2);
        List<String> operands = files.stream().map(Path::toString).toList();
        int status = new Batch(
                        settings,
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false,
                        parse)
                .run(new InputWalker(operands, null), new InputWalker(operands, null));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Reading.Parsed read(Input input) throws Reading.Failure {
        return Reading.parse(input, new ByteArrayInputStream(new byte[0]), PARSER, Optional.empty(), Optional.empty());
    }

    private static boolean is(Input input, String name) {
        return input.id().endsWith(name);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void reportsFileThatRunsOutOfMemoryAsFailedAndGoesOn(int jobs) {
        Run r = run(jobs, input -> {
            if (is(input, "b.txt")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return read(input);
        });
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.ids())
                .containsExactly(files.get(0).toString(), files.get(2).toString());
        assertThat(r.err())
                .contains("wireparse: " + files.get(1) + ": out of memory: the parse " + "needs more than the ")
                .contains(", 1 failed, ")
                .doesNotContain("\tat ");
    }

    @Test
    void retriesParseThatRanOutOfMemoryOnceAlone() {
        AtomicInteger tries = new AtomicInteger();
        Run r = run(3, input -> {
            if (is(input, "b.txt") && tries.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            return read(input);
        });
        assertThat(r.status()).isZero();
        assertThat(tries.get()).isEqualTo(2);
        assertThat(r.ids()).hasSize(3);
        assertThat(r.err()).contains(", 0 failed, ");
    }

    @Test
    void reportsRuntimeExceptionsAndStackOverflowAsThatFilesFailure() {
        Run r = run(2, input -> {
            if (is(input, "a.txt")) {
                throw new IllegalStateException("boom");
            }
            if (is(input, "c.txt")) {
                throw new StackOverflowError();
            }
            return read(input);
        });
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.ids()).containsExactly(files.get(1).toString());
        assertThat(r.err())
                .contains("wireparse: " + files.get(0) + ": internal error: java.lang.IllegalStateException: boom\n")
                .contains("wireparse: " + files.get(2) + ": internal error: the parse ran out " + "of stack")
                .contains(", 2 failed, ")
                .doesNotContain("\tat ");
    }

    @Test
    void numbersStoriesOfAnInputThatHoldsSeveral() {
        Run r = run(2, input -> {
            Reading.Parsed p = read(input);
            if (is(input, "b.txt")) {
                Article a = p.articles().get(0);
                return new Reading.Parsed(List.of(a, a, a), Optional.empty());
            }
            return p;
        });
        assertThat(r.status()).isZero();
        String b = files.get(1).toString();
        assertThat(r.ids())
                .containsExactly(
                        files.get(0).toString(),
                        b + "#1",
                        b + "#2",
                        b + "#3",
                        files.get(2).toString());
        assertThat(r.err()).contains("3 files, 5 articles, ");
    }

    @Test
    void buildsStoryIdsAndOutputPathsInOnePlace() {
        Input in = Input.of(Path.of("feeds/ap.tst"));
        assertThat(in.storyId(1, 1)).isEqualTo("feeds/ap.tst");
        assertThat(in.storyId(2, 3)).isEqualTo("feeds/ap.tst#2");
        assertThat(in.outputPath(1, 1, ".json")).isEqualTo(Path.of("feeds/ap.tst.json"));
        assertThat(in.outputPath(3, 3, ".xml")).isEqualTo(Path.of("feeds/ap.tst#3.xml"));
        assertThat(Input.stdin().outputPath(1, 2, ".json")).isEqualTo(Path.of("stdin#1.json"));
    }

    @Test
    void keepsProblemsOfDecodingInTheJson() throws IOException {
        Files.write(files.get(0), "Caf\u00e9\n\nThe caf\u00e9 opened.\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run(1, BatchTest::read);
        assertThat(r.status()).isZero();
        Map<String, Object> o = JsonValues.object(r.out().lines().findFirst().orElseThrow());
        assertThat(o.get("problems").toString()).contains("not valid UTF-8 (byte 3)");
        assertThat(o.get("headline").toString()).contains("Caf\u00e9");
        assertThat(InputFormat.TEXT.name()).isEqualTo(((String) o.get("format")).toUpperCase());
    }
}
