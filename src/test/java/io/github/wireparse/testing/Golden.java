package io.github.wireparse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.Mention;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Problem;
import io.github.wireparse.Quote;
import io.github.wireparse.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Renders an {@link Article} as stable, line-oriented text for golden-file tests, and finds the
 * golden cases of a fixture folder.
 *
 * <p>Paragraphs and boilerplate are rendered interleaved, in reading order. A case is {@code <name>.txt} (or {@code .html}) with its expected rendering beside it in
 * {@code <name>.structure} (headline, byline, dateline, paragraphs, boilerplate, problems) and/or
 * {@code <name>.quotes} (quotes and sources). Set the system property {@code wireparse.golden.write}
 * to {@code true} to (re)write missing expected files from the current parser; review every such
 * file by hand before committing it.
 */
public final class Golden {

    private Golden() {}

    /** {@return the structure rendering: everything but quotes} */
    public static String structure(Article a) {
        StringBuilder sb = new StringBuilder();
        a.headline().ifPresent(h -> line(sb, "headline", h.text()));
        a.byline().ifPresent(b -> line(sb, "byline", byline(b)));
        a.dateline().ifPresent(d -> line(sb, "dateline", dateline(d)));
        // Paragraphs and boilerplate interleaved in reading order.
        List<Paragraph> ps = a.paragraphs();
        List<Boilerplate> bs = a.boilerplate();
        int i = 0;
        int j = 0;
        while (i < ps.size() || j < bs.size()) {
            if (j >= bs.size()
                    || (i < ps.size()
                            && ps.get(i).span().start() < bs.get(j).span().start())) {
                line(sb, "paragraph", ps.get(i++).text());
            } else {
                Boilerplate b = bs.get(j++);
                line(sb, "boilerplate", b.kind() + " " + b.text());
            }
        }
        for (Problem p : a.problems()) {
            line(sb, "problem", p.line() + ":" + p.column() + " " + p.message());
        }
        return sb.toString();
    }

    /** {@return the quotes rendering: quotes, then sources} */
    public static String quotes(Article a) {
        StringBuilder sb = new StringBuilder();
        for (Quote q : a.quotes()) {
            line(sb, "quote", "p" + q.paragraphs() + " " + (q.partial() ? "partial" : "full") + " «" + q.text() + "»");
            line(sb, "  speaker", text(q.speaker()));
            q.descriptor().ifPresent(d -> line(sb, "  descriptor", d.text()));
            line(sb, "  source", q.source().orElse("-"));
            line(sb, "  cue", text(q.cue()));
        }
        for (Source s : a.sources()) {
            if (s.quotes().isEmpty()) {
                continue; // a source heard only in reported speech: see attributions(Article)
            }
            line(
                    sb,
                    "source",
                    s.name() + " " + s.quotes()
                            + (s.descriptors().isEmpty() ? "" : " " + String.join(" | ", s.descriptors())));
        }
        return sb.toString();
    }

    /** {@return the attributions rendering: every attribution in reading order} */
    public static String attributions(Article a) {
        StringBuilder sb = new StringBuilder();
        for (io.github.wireparse.Attribution x : a.attributions()) {
            line(sb, "attribution", x.kind().name().toLowerCase(java.util.Locale.ROOT) + " «" + x.text() + "»");
            if (x.segments().size() > 1) {
                line(sb, "  segments", String.valueOf(x.segments().size()));
            }
            line(sb, "  speaker", text(x.speaker()));
            line(
                    sb,
                    "  source",
                    x.source().orElse("-")
                            + x.sourceType()
                                    .map(t -> " (" + t.name().toLowerCase(java.util.Locale.ROOT) + ")")
                                    .orElse(""));
            line(sb, "  cue", text(x.cue()));
            line(sb, "  quotes", x.quotes().toString());
        }
        return sb.toString();
    }

    private static String text(Optional<Mention> m) {
        return m.map(Mention::text).orElse("-");
    }

    private static String byline(Byline b) {
        return b.text() + " | authors=" + String.join("; ", b.authors()) + " | title="
                + b.title().orElse("-") + " | org=" + b.organisation().orElse("-");
    }

    private static String dateline(Dateline d) {
        return d.text() + " | cities=" + String.join("; ", d.cities())
                + " | region=" + d.region().orElse("-")
                + " | country=" + d.countryCode().orElse("-")
                + " | agency=" + d.agency().map(Enum::name).orElse("-")
                + " | credit=" + d.credit().orElse("-")
                + " | date="
                + d.date()
                        .map(x -> x.monthDay() + x.year().map(y -> " " + y).orElse(""))
                        .orElse("-");
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(key).append(": ").append(value).append('\n');
    }

    /**
     * Lists the inputs of a fixture folder (files ending in {@code .txt} or {@code .html}), sorted.
     *
     * @param folder the folder
     * @return the input files
     */
    public static Stream<Path> inputs(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> files = s.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".txt") || n.endsWith(".html");
                    })
                    .sorted()
                    .toList();
            return files.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an expected file, or writes it from {@code actual} when it is missing and the system
     * property {@code wireparse.golden.write} is {@code true}.
     *
     * @param expectedFile the expected file
     * @param actual       the current rendering
     * @return the expected content, or empty when there is none
     */
    public static Optional<String> expected(Path expectedFile, String actual) {
        try {
            if (Files.exists(expectedFile)) {
                return Optional.of(Files.readString(expectedFile, StandardCharsets.UTF_8));
            }
            if (Boolean.getBoolean("wireparse.golden.write")) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return Optional.of(actual);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that a case's rendering equals its expected file {@code <name>.<extension>} beside
     * the input (written from {@code actual} when missing and {@code wireparse.golden.write} is
     * set; review such a file before committing it).
     *
     * @param input     the case's input file ({@code <name>.txt} or {@code <name>.html})
     * @param actual    the current rendering
     * @param extension the expected file's extension, such as {@code "structure"} or {@code "quotes"}
     */
    public static void assertMatches(Path input, String actual, String extension) {
        String name = input.getFileName().toString().replaceFirst("\\.(txt|html)$", "");
        Path expectedFile = input.resolveSibling(name + "." + extension);
        Optional<String> expected = expected(expectedFile, actual);
        assertThat(expected)
                .as("expected file %s (write it with -Dwireparse.golden.write=true, " + "then review it)", expectedFile)
                .isPresent();
        assertThat(actual).isEqualTo(expected.orElseThrow());
    }

    /**
     * Reads a fixture input as UTF-8.
     *
     * @param file the file
     * @return its text, unchanged
     */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
