package io.github.wireparse.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The inputs every benchmark shares: the seed article, a mixed set of stories (the shared corpora
 * read in place, plus the project's text fixtures), the shared HTML pages, and generated stories of
 * chosen size and shape. Paths are relative to the project folder (JMH's working directory); the
 * shared folder is {@code ../shared} unless the system property {@code wireparse.shared} says
 * otherwise. Nothing from the corpora is copied into the repository.
 */
public final class Inputs {

    /** The baseline: a plain {@code java.util.regex} split into blank-line paragraphs. */
    public static final Pattern BLANK_LINES = Pattern.compile("\\R(?:[ \\t]*\\R)+");

    /** How many Reuters-21578 documents the mixed set takes (from the first file). */
    private static final int REUTERS_DOCS = 300;
    /** How many PolNeAR articles the mixed set takes (in name order). */
    private static final int POLNEAR_DOCS = 100;
    /** How many zyte-benchmark pages the HTML set takes (in name order). */
    private static final int ZYTE_PAGES = 40;

    private Inputs() {}

    /** {@return the shared folder} */
    public static Path shared() {
        return Path.of(System.getProperty("wireparse.shared", "../shared"));
    }

    /** {@return the seed AP article, as the tests use it} */
    public static String seed() {
        return read(Path.of("src/test/resources/seed/ap-north-korea-arms.txt"));
    }

    /**
     * {@return the mixed text set: Reuters-21578 stories rebuilt from their SGML fields, PolNeAR
     * articles, and every {@code .txt} fixture under {@code src/test/resources} (fuzz corpora
     * excepted)}
     */
    public static List<String> mixedText() {
        List<String> out = new ArrayList<>(reuters(REUTERS_DOCS));
        out.addAll(files(shared().resolve("corpora/polnear-train/text"), ".txt", POLNEAR_DOCS));
        out.addAll(fixtures(".txt"));
        if (out.isEmpty()) {
            throw new IllegalStateException("no text inputs found; run from the project folder");
        }
        return List.copyOf(out);
    }

    /** {@return the HTML set: the shared wire-html pages, the first zyte pages, HTML fixtures} */
    public static List<String> html() {
        List<String> out = new ArrayList<>(files(shared().resolve("corpora/wire-html"), ".html", Integer.MAX_VALUE));
        out.addAll(files(shared().resolve("corpora/zyte-benchmark/html"), ".html.gz", ZYTE_PAGES));
        out.addAll(fixtures(".html"));
        if (out.isEmpty()) {
            throw new IllegalStateException(
                    "no HTML inputs found; is the shared folder at " + shared().toAbsolutePath() + "?");
        }
        return List.copyOf(out);
    }

    /**
     * {@return the pages issue 5 names for its speed target: every shared wire-html page and all
     * 169 zyte-benchmark pages (no fixtures)}
     */
    public static List<String> issuePages() {
        List<String> out = new ArrayList<>(files(shared().resolve("corpora/wire-html"), ".html", Integer.MAX_VALUE));
        out.addAll(files(shared().resolve("corpora/zyte-benchmark/html"), ".html.gz", Integer.MAX_VALUE));
        if (out.isEmpty()) {
            throw new IllegalStateException(
                    "no HTML pages found; is the shared folder at " + shared().toAbsolutePath() + "?");
        }
        return List.copyOf(out);
    }

    /** {@return the input's size in UTF-8 bytes} */
    public static long utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@return the total UTF-8 size of a set} */
    public static long utf8Bytes(List<String> set) {
        long n = 0;
        for (String s : set) {
            n += utf8Bytes(s);
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------
    // Generated stories: deterministic, AP style, our own words.

    private static final String[] WORDS = ("officials said the plan would take effect next month after "
                    + "a long review by regional authorities who met on Tuesday to discuss rising costs for "
                    + "farmers and small businesses across the northern provinces where flooding damaged roads "
                    + "bridges and power lines while residents waited for aid from the capital")
            .split(" ");
    private static final String[] NAMES = {
        "Maria Lopez",
        "John Carter",
        "Aiko Tanaka",
        "Samuel Osei",
        "Elena Petrova",
        "David Cohen",
        "Priya Nair",
        "Lars Berg"
    };
    private static final String[] TITLES = {
        "a spokeswoman for the ministry",
        "the city's mayor",
        "an economist at the central bank",
        "a local farmer",
        "the agency's director"
    };

    /**
     * Generates a story.
     *
     * @param minChars    grow it until it has at least this many characters (0: use paragraphs)
     * @param paragraphs  at least this many body paragraphs
     * @param quoteEvery  every how many paragraphs one carries a quotation (1: all; 0: none)
     * @param sentences   sentences per paragraph
     * @return the story: headline, dateline, paragraphs, a trailing copyright line
     */
    public static String story(int minChars, int paragraphs, int quoteEvery, int sentences) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        sb.append("Regional leaders agree on flood recovery plan\n\n");
        sb.append("LISBON, Portugal (AP) — ");
        int p = 0;
        while (p < paragraphs || sb.length() < minChars) {
            if (p > 0) {
                sb.append("\n\n");
            }
            if (quoteEvery > 0 && p % quoteEvery == quoteEvery - 1) {
                quote(sb, r, sentences);
            } else {
                for (int s = 0; s < sentences; s++) {
                    if (s > 0) {
                        sb.append(' ');
                    }
                    sentence(sb, r);
                    sb.append('.');
                }
            }
            p++;
        }
        sb.append("\n\nCopyright 2026 The Associated Press. All rights reserved.\n");
        return sb.toString();
    }

    private static void quote(StringBuilder sb, Random r, int sentences) {
        String name = NAMES[r.nextInt(NAMES.length)];
        if (r.nextBoolean()) {
            sb.append('“');
            sentence(sb, r);
            sb.append(",” said ")
                    .append(name)
                    .append(", ")
                    .append(TITLES[r.nextInt(TITLES.length)])
                    .append('.');
        } else {
            sb.append(name).append(" said: “");
            for (int s = 0; s < Math.max(1, sentences - 1); s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                sentence(sb, r);
                sb.append('.');
            }
            sb.append('”');
        }
    }

    private static void sentence(StringBuilder sb, Random r) {
        int n = 8 + r.nextInt(12);
        for (int w = 0; w < n; w++) {
            String word = WORDS[r.nextInt(WORDS.length)];
            if (w == 0) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                sb.append(' ').append(word);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Rebuilds Reuters-21578 stories (title, dateline, body) from the first SGML file. */
    private static List<String> reuters(int max) {
        Path f = shared().resolve("corpora/reuters21578/reut2-000.sgm");
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        String sgml;
        try {
            sgml = Files.readString(f, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        while (out.size() < max) {
            int t = sgml.indexOf("<TEXT", from);
            if (t < 0) {
                break;
            }
            int te = sgml.indexOf("</TEXT>", t);
            if (te < 0) {
                break;
            }
            String doc = sgml.substring(t, te);
            from = te;
            String body = field(doc, "BODY");
            if (body.isEmpty()) {
                continue;
            }
            String story =
                    field(doc, "TITLE") + "\n\n    " + field(doc, "DATELINE").trim() + " " + body;
            out.add(story.replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&")
                    .replace("&#3;", "")
                    .replace("\u0003", ""));
        }
        return out;
    }

    private static String field(String doc, String tag) {
        int s = doc.indexOf("<" + tag + ">");
        int e = doc.indexOf("</" + tag + ">");
        return s < 0 || e < s ? "" : doc.substring(s + tag.length() + 2, e);
    }

    private static List<String> fixtures(String suffix) {
        Path root = Path.of("src/test/resources");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !p.toString().contains("Inputs"))
                    .sorted()
                    .map(Inputs::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> files(Path dir, String suffix, int max) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .limit(max)
                    .map(Inputs::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try (InputStream raw = Files.newInputStream(p);
                InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints the size of every input, for turning times per operation into MB/s and time per KB.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.printf("seed        %,12d bytes%n", utf8Bytes(seed()));
        List<String> mixed = mixedText();
        System.out.printf("mixed       %,12d bytes in %d stories%n", utf8Bytes(mixed), mixed.size());
        List<String> html = html();
        System.out.printf("html        %,12d bytes in %d pages%n", utf8Bytes(html), html.size());
        for (String g : GrowthBenchmark.STORIES) {
            System.out.printf("%-16s %,12d bytes%n", g, utf8Bytes(GrowthBenchmark.story(g)));
        }
    }
}
