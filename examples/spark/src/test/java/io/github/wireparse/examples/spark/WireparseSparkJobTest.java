package io.github.wireparse.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Attribution;
import io.github.wireparse.FeedStory;
import io.github.wireparse.InputFormat;
import io.github.wireparse.Quote;
import io.github.wireparse.Wireparse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Runs the job in local mode on the project's own fixtures (src/test/resources, with the seed
 * story), a WARC file made here from the HTML fixtures, and the shared wire-html pages when
 * present, and checks the Parquet tables against the library's own parse of the same files.
 */
class WireparseSparkJobTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("wireparse-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** The files the job takes in a folder, as Hadoop lists them: no names starting with _ or . */
    private static List<Path> inputs(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : folder.relativize(p)) {
                            if (part.toString().startsWith(".")
                                    || part.toString().startsWith("_")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        }
    }

    /** The stories and pages among the fixtures (the rest are the tests' expected outputs). */
    private static List<Path> storiesAndPages(Path folder) throws IOException {
        return inputs(folder).stream()
                .filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.endsWith(".txt")
                            || n.endsWith(".text")
                            || n.endsWith(".html")
                            || n.endsWith(".htm")
                            || n.endsWith(".xhtml");
                })
                .toList();
    }

    /** The library's own parse of a file's content: every story in it. */
    private static List<Article> direct(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        if (bytes.length >= 2 && bytes[0] == 0x1f && bytes[1] == (byte) 0x8b) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        try (Stream<FeedStory> s = Wireparse.parser().parseAll(bytes)) {
            return s.map(FeedStory::article).toList();
        }
    }

    private static int writeWarc(Path file, List<Path> pages) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            for (Path p : pages) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.HTML, Files.readAllBytes(p))
                        .build();
                w.write(new WarcResponse.Builder(URI.create("https://example.com/" + p.getFileName()))
                        .date(Instant.parse("2026-01-02T03:04:05Z"))
                        .body(http)
                        .build());
            }
        }
        return pages.size();
    }

    @Test
    void writesArticlesAttributionsAndSourcesThatMatchTheLibrarysOwnParse() throws IOException {
        Path fixtures = Path.of(System.getProperty("wireparse.fixtures", "../../src/test/resources"));
        assertThat(fixtures.resolve("seed/ap-north-korea-arms.txt")).exists();
        List<Path> files = new ArrayList<>(storiesAndPages(fixtures));
        Path warcs = Files.createDirectories(dir.resolve("warcs"));
        List<Path> htmlFixtures = files.stream()
                .filter(p -> p.getFileName().toString().endsWith(".html"))
                .toList();
        int warcPages = writeWarc(warcs.resolve("fixtures.warc.gz"), htmlFixtures);
        List<String> input = new ArrayList<>();
        files.forEach(f -> input.add(f.toString()));
        input.add(warcs.toString());
        String shared = System.getProperty("wireparse.shared", "");
        Path wireHtml = Path.of(shared.isEmpty() ? "../../../shared" : shared, "corpora", "wire-html");
        if (Files.isDirectory(wireHtml)) {
            files.addAll(inputs(wireHtml));
            input.add(wireHtml.toString());
        } else {
            System.out.println("shared corpora not found at " + wireHtml + "; fixtures only");
        }
        long stories = 0;
        long quotes = 0;
        long sources = 0;
        for (Path f : files) {
            for (Article a : direct(f)) {
                stories++;
                quotes += a.attributions().size();
                sources += a.sources().size();
            }
        }
        for (Path f : htmlFixtures) {
            Article a = Wireparse.parser().parseHtml(new ByteArrayInputStream(Files.readAllBytes(f)), "");
            quotes += a.attributions().size();
            sources += a.sources().size();
        }
        Path out = dir.resolve("out");

        WireparseSparkJob.Result r = WireparseSparkJob.run(spark, String.join(",", input), out.toString(), 4);

        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        Dataset<Row> attributions =
                spark.read().parquet(out.resolve("attributions").toString());
        Dataset<Row> sourceRows = spark.read().parquet(out.resolve("sources").toString());
        assertThat(r.unreadable()).isZero();
        assertThat(r.warcSkipped()).isZero();
        assertThat(r.files()).isEqualTo(files.size() + 1);
        assertThat(articles.count()).isEqualTo(stories + warcPages).isEqualTo(r.articles());
        assertThat(attributions.count()).isEqualTo(quotes).isPositive();
        assertThat(sourceRows.count()).isEqualTo(sources).isPositive();
        assertThat(articles.filter("url like 'https://example.com/%' and date is not null")
                        .count())
                .isEqualTo(warcPages);

        // The seed story: its row and its quotes are the library's.
        Article seed = Wireparse.parse(Files.readString(fixtures.resolve("seed/ap-north-korea-arms.txt")));
        List<Row> seedRow =
                articles.filter("id like '%/seed/ap-north-korea-arms.txt'").collectAsList();
        assertThat(seedRow).hasSize(1);
        assertThat(seedRow.get(0).<String>getAs("headline"))
                .isEqualTo(seed.headline().get().text());
        assertThat(seedRow.get(0).<String>getAs("agency")).isEqualTo("AP");
        assertThat(seedRow.get(0).<String>getAs("dateline_city")).isEqualTo("SEOUL");
        assertThat(seedRow.get(0).<Integer>getAs("paragraphs"))
                .isEqualTo(seed.paragraphs().size());
        Quote denial = seed.quotes().stream()
                .filter(q -> q.text().contains("never had"))
                .findFirst()
                .orElseThrow();
        assertThat(denial.source()).hasValueSatisfying(s -> assertThat(s).contains("deputy director"));
        List<Row> seedQuote = attributions
                .filter("article_id like '%/seed/ap-north-korea-arms.txt' and text like '%never had%'")
                .collectAsList();
        assertThat(seedQuote).hasSize(1);
        assertThat(seedQuote.get(0).<String>getAs("source"))
                .isEqualTo(denial.source().get());
        assertThat(seedQuote.get(0).<Integer>getAs("start")).isEqualTo(denial.start());
        assertThat(seedQuote.get(0).<String>getAs("kind")).isEqualTo("direct");
        Attribution said = seed.attributions().stream()
                .filter(x -> x.text().contains("never had"))
                .findFirst()
                .orElseThrow();
        assertThat(seedQuote.get(0).<String>getAs("source_type"))
                .isEqualTo(said.sourceType().orElseThrow().name().toLowerCase(java.util.Locale.ROOT));
        // reported speech is there too: "He said the United States believed ..."
        assertThat(attributions
                        .filter("article_id like '%/seed/ap-north-korea-arms.txt' and kind = 'indirect'")
                        .count())
                .isEqualTo(seed.attributions().stream()
                        .filter(x -> x.kind() == Attribution.Kind.INDIRECT)
                        .count())
                .isPositive();

        // The report's query runs on the written tables.
        articles.createOrReplaceTempView("articles");
        sourceRows.createOrReplaceTempView("sources");
        Dataset<Row> top = spark.sql(WireparseSparkJob.WHO_IS_QUOTED_MOST);
        top.show(20, false);
        List<Row> ap = top.filter("agency = 'AP' and rank = 1").collectAsList();
        assertThat(ap).hasSize(1);
        assertThat(ap.get(0).<Long>getAs("quotes")).isPositive();
    }

    @Test
    void readsAFolderOfMixedFilesByTheirContentWhateverTheirNames() throws IOException {
        Path fixtures = Path.of(System.getProperty("wireparse.fixtures", "../../src/test/resources"));
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        // The feed fixtures (ANPA, IPTC 7901, NITF, NewsML-G2, ninjs, an AP API response, and
        // their README), each under a name that says nothing of its format.
        List<Path> feeds = inputs(fixtures.resolve("feed"));
        assertThat(feeds).hasSizeGreaterThan(5);
        List<Article> expected = new ArrayList<>();
        for (int i = 0; i < feeds.size(); i++) {
            Files.copy(feeds.get(i), mixed.resolve("item-" + i));
            expected.addAll(direct(feeds.get(i)));
        }
        // A gzipped story, a gzipped WARC file and an image, named likewise.
        Path seed = fixtures.resolve("seed/ap-north-korea-arms.txt");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(mixed.resolve("story")))) {
            gz.write(Files.readAllBytes(seed));
        }
        expected.addAll(direct(seed));
        List<Path> pages = storiesAndPages(fixtures.resolve("html"));
        int warcPages = writeWarc(mixed.resolve("crawl-0001"), pages);
        Files.write(
                mixed.resolve("photo"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        WireparseSparkJob.Result r = WireparseSparkJob.run(
                spark, mixed.toString(), dir.resolve("out").toString(), 4);

        Dataset<Row> articles = spark.read().parquet(dir.resolve("out/articles").toString());
        assertThat(r.unreadable()).isZero();
        assertThat(r.ignored()).as("the image").isEqualTo(1);
        assertThat(r.files()).isEqualTo(feeds.size() + 2);
        assertThat(articles.count()).isEqualTo(expected.size() + warcPages).isEqualTo(r.articles());
        assertThat(articles.filter("url like 'https://example.com/%'").count()).isEqualTo(warcPages);
        // Every format the library detected is in the table, as often as the library found it.
        for (InputFormat f : InputFormat.values()) {
            long want =
                    expected.stream().filter(a -> a.format() == f).count() + (f == InputFormat.HTML ? warcPages : 0);
            assertThat(articles.filter("format = '" + f.name().toLowerCase(Locale.ROOT) + "'")
                            .count())
                    .as(f.name())
                    .isEqualTo(want);
        }
        assertThat(expected)
                .extracting(Article::format)
                .contains(
                        InputFormat.ANPA,
                        InputFormat.IPTC7901,
                        InputFormat.NITF,
                        InputFormat.NEWSML_G2,
                        InputFormat.NINJS);
        // A file with several stories gives one row each, numbered.
        assertThat(articles.filter("id like '%#2'").count()).isPositive();
        List<Row> story = articles.filter("id like '%/mixed/story'").collectAsList();
        assertThat(story).hasSize(1);
        assertThat(story.get(0).<String>getAs("headline"))
                .isEqualTo(direct(seed).get(0).headline().orElseThrow().text());
    }
}
