package io.github.wireparse.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Parses wire stories, feed files, news pages and WARC archives on Apache Spark and writes three
 * Parquet tables, then prints who is quoted most, per agency. Each file is read by its content,
 * whatever its name, so a folder of mixed feed files works: a WARC archive gives a row per page,
 * any other file a row per story the library finds in it ({@code file#N} for the N-th of several).
 *
 * <p>Usage: {@code WireparseSparkJob INPUT OUTPUT [PARTITIONS]}. INPUT is a folder (read
 * recursively), a glob or a comma-separated list, on any file system Hadoop knows
 * ({@code file:}, {@code hdfs:}, {@code s3a:} ...). Under OUTPUT it writes:
 * <ul>
 *   <li>{@code articles}: id, url, format, headline, dateline and its city, region, country,
 *       date, agency, byline, authors, date, paragraph and problem counts;</li>
 *   <li>{@code attributions}: article_id, kind (direct, partial, mixed, indirect), source_type,
 *       text, source, speaker, cue, start, end, paragraph (offsets into the article's text);</li>
 *   <li>{@code sources}: article_id, name, quotes, attributions, descriptors.</li>
 * </ul>
 * Run with {@code spark-submit}, or with {@code java} for local mode ({@code local[*]} unless
 * {@code spark.master} is set).
 */
public final class WireparseSparkJob {

    /** Who is quoted most, per agency: the five sources with most quotes under each agency. */
    public static final String WHO_IS_QUOTED_MOST = """
            WITH counts AS (
              SELECT coalesce(a.agency, '(none)') AS agency, s.name AS source,
                     sum(s.quotes) AS quotes, count(DISTINCT a.id) AS articles
              FROM sources s JOIN articles a ON a.id = s.article_id
              GROUP BY 1, 2),
            ranked AS (
              SELECT *, row_number() OVER (PARTITION BY agency ORDER BY quotes DESC, source) AS rank
              FROM counts)
            SELECT agency, rank, source, quotes, articles FROM ranked
            WHERE rank <= 5 ORDER BY agency, rank""";

    private WireparseSparkJob() {}

    /**
     * What one run wrote.
     *
     * @param files       input files parsed (stories, feeds, pages and archives)
     * @param ignored     binary input files (such as images), passed over
     * @param unreadable  input files that could not be read
     * @param warcSkipped WARC records skipped (not pages, truncated, damaged)
     * @param articles    rows written to {@code articles}
     * @param seconds     wall-clock time of the run
     */
    public record Result(long files, long ignored, long unreadable, long warcSkipped, long articles, double seconds) {}

    /**
     * Runs the job from the command line.
     *
     * @param args INPUT OUTPUT [PARTITIONS]
     */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: WireparseSparkJob INPUT OUTPUT [PARTITIONS]");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("wireparse");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            int partitions = args.length == 3
                    ? Integer.parseInt(args[2])
                    : spark.sparkContext().defaultParallelism() * 4;
            Result r = run(spark, args[0], args[1], partitions);
            System.out.printf(
                    Locale.ROOT,
                    "wireparse: %,d files (%,d binary files ignored, %,d "
                            + "unreadable), %,d WARC records skipped, %,d articles in %.1f s "
                            + "(%,.0f articles/s)%n",
                    r.files(),
                    r.ignored(),
                    r.unreadable(),
                    r.warcSkipped(),
                    r.articles(),
                    r.seconds(),
                    r.articles() / r.seconds());
            spark.read().parquet(args[1] + "/articles").createOrReplaceTempView("articles");
            spark.read().parquet(args[1] + "/sources").createOrReplaceTempView("sources");
            System.out.println("Who is quoted most, per agency:");
            spark.sql(WHO_IS_QUOTED_MOST).show(100, false);
        } finally {
            spark.stop();
        }
    }

    /**
     * Parses the input and writes the three tables under {@code output} (replacing them).
     *
     * @param spark      the session
     * @param input      the input path(s)
     * @param output     the output folder
     * @param partitions how many partitions to spread the input files over, at least
     * @return what was written
     */
    public static Result run(SparkSession spark, String input, String output, int partitions) {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        PartitionParser.Counters counters = new PartitionParser.Counters(
                jsc.sc().longAccumulator("files"), jsc.sc().longAccumulator("ignored"),
                jsc.sc().longAccumulator("unreadable"), jsc.sc().longAccumulator("warcSkipped"));
        // Only file names and streams are shipped; each partition makes its own parser.
        JavaRDD<Row> rows =
                jsc.binaryFiles(input, partitions).mapPartitions(files -> new PartitionParser(files, counters));
        Dataset<Row> parsed = spark.createDataFrame(rows, ArticleRows.ARTICLE).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            parsed.drop("attributions", "sources")
                    .write()
                    .mode(SaveMode.Overwrite)
                    .parquet(output + "/articles");
            parsed.select(
                            col("id").as("article_id"),
                            explode(col("attributions")).as("a"))
                    .select("article_id", "a.*")
                    .write()
                    .mode(SaveMode.Overwrite)
                    .parquet(output + "/attributions");
            parsed.select(col("id").as("article_id"), explode(col("sources")).as("s"))
                    .select("article_id", "s.*")
                    .write()
                    .mode(SaveMode.Overwrite)
                    .parquet(output + "/sources");
            long articles = spark.read().parquet(output + "/articles").count();
            return new Result(
                    counters.files().value(),
                    counters.ignored().value(),
                    counters.unreadable().value(),
                    counters.warcSkipped().value(),
                    articles,
                    (System.nanoTime() - started) / 1e9);
        } finally {
            parsed.unpersist();
        }
    }
}
