package io.github.wireparse.examples.spark;

import io.github.wireparse.Agency;
import io.github.wireparse.Article;
import io.github.wireparse.Attribution;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.DatelineDate;
import io.github.wireparse.Headline;
import io.github.wireparse.Mention;
import io.github.wireparse.PageDate;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Source;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns a parsed {@link Article} into one Spark {@link Row}, by calling the model's record
 * accessors: no bean reflection, no encoders. The row holds the article's flat fields and two
 * nested lists, its {@code attributions} (of every kind: direct, partial, mixed and indirect
 * speech) and its {@code sources}; the job explodes those
 * into their own tables. An absent value ({@code Optional.empty()}) becomes SQL {@code NULL};
 * lists become arrays, which Spark takes for {@code ArrayType} columns.
 */
public final class ArticleRows {

    /** One attribution, quoted or reported ({@link Attribution.Kind}, in lower case). */
    public static final StructType ATTRIBUTION = new StructType(new StructField[] {
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("source_type", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("speaker", DataTypes.StringType, true),
        DataTypes.createStructField("cue", DataTypes.StringType, true),
        DataTypes.createStructField("start", DataTypes.IntegerType, false),
        DataTypes.createStructField("end", DataTypes.IntegerType, false),
        DataTypes.createStructField("paragraph", DataTypes.IntegerType, true),
    });

    /** One source of an article, with its counts. */
    public static final StructType SOURCE = new StructType(new StructField[] {
        DataTypes.createStructField("name", DataTypes.StringType, false),
        DataTypes.createStructField("quotes", DataTypes.IntegerType, false),
        DataTypes.createStructField("attributions", DataTypes.IntegerType, false),
        DataTypes.createStructField("descriptors", DataTypes.createArrayType(DataTypes.StringType, false), false),
    });

    /** The row of one article, with its attributions and sources nested. */
    public static final StructType ARTICLE = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("format", DataTypes.StringType, false),
        DataTypes.createStructField("headline", DataTypes.StringType, true),
        DataTypes.createStructField("dateline", DataTypes.StringType, true),
        DataTypes.createStructField("dateline_city", DataTypes.StringType, true),
        DataTypes.createStructField("dateline_region", DataTypes.StringType, true),
        DataTypes.createStructField("dateline_country", DataTypes.StringType, true),
        DataTypes.createStructField("dateline_date", DataTypes.StringType, true),
        DataTypes.createStructField("agency", DataTypes.StringType, true),
        DataTypes.createStructField("byline", DataTypes.StringType, true),
        DataTypes.createStructField("authors", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("date", DataTypes.TimestampType, true),
        DataTypes.createStructField("paragraphs", DataTypes.IntegerType, false),
        DataTypes.createStructField("problems", DataTypes.IntegerType, false),
        DataTypes.createStructField("attributions", DataTypes.createArrayType(ATTRIBUTION, false), false),
        DataTypes.createStructField("sources", DataTypes.createArrayType(SOURCE, false), false),
    });

    private ArticleRows() {}

    /**
     * Makes the row of one article.
     *
     * @param id      the article's id: its file, or {@code file#N} for the N-th record of a WARC file
     * @param url     where the page came from (a WARC record's target URI), if known; else the
     *                page's canonical URL is used, if it has one
     * @param date    when it was fetched (a WARC record's date), if known; else the page's
     *                publication date is used, if it has one
     * @param article the article
     * @return the row, in the shape of {@link #ARTICLE}
     */
    public static Row toRow(String id, Optional<String> url, Optional<Instant> date, Article article) {
        Optional<PageMetadata> meta = article.metadata();
        Optional<Dateline> d = article.dateline();
        List<Row> attributions = new ArrayList<>();
        for (Attribution a : article.attributions()) {
            attributions.add(RowFactory.create(
                    a.kind().name().toLowerCase(java.util.Locale.ROOT),
                    a.sourceType()
                            .map(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                            .orElse(null),
                    a.text(),
                    a.source().orElse(null),
                    a.speaker().map(Mention::text).orElse(null),
                    a.cue().map(Mention::text).orElse(null),
                    a.start(),
                    a.end(),
                    paragraphAt(article.paragraphs(), a.start())));
        }
        List<Row> sources = new ArrayList<>();
        for (Source s : article.sources()) {
            sources.add(RowFactory.create(
                    s.name(),
                    s.quotes().size(),
                    s.attributions().size(),
                    s.descriptors().toArray(new String[0])));
        }
        Optional<Instant> when =
                date.or(() -> meta.flatMap(PageMetadata::published).flatMap(PageDate::instant));
        return RowFactory.create(
                id,
                url.or(() -> meta.flatMap(PageMetadata::canonicalUrl)).orElse(null),
                article.format().name().toLowerCase(java.util.Locale.ROOT),
                article.headline().map(Headline::text).orElse(null),
                d.map(Dateline::text).orElse(null),
                d.flatMap(Dateline::city).orElse(null),
                d.flatMap(Dateline::region).orElse(null),
                d.flatMap(Dateline::countryCode).orElse(null),
                d.flatMap(Dateline::date)
                        .map(DatelineDate::monthDay)
                        .map(Object::toString)
                        .orElse(null),
                d.flatMap(Dateline::agency).map(Agency::name).orElse(null),
                article.byline().map(Byline::text).orElse(null),
                article.byline().map(Byline::authors).orElse(List.of()).toArray(new String[0]),
                when.map(Timestamp::from).orElse(null),
                article.paragraphs().size(),
                article.problems().size(),
                attributions.toArray(new Row[0]),
                sources.toArray(new Row[0]));
    }

    /** {@return the index of the paragraph holding an offset, or null when none does} */
    private static Integer paragraphAt(List<Paragraph> paragraphs, int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Paragraph p = paragraphs.get(mid);
            if (offset < p.start()) {
                hi = mid - 1;
            } else if (offset >= p.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return null;
    }
}
