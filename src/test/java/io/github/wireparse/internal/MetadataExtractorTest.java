package io.github.wireparse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.PageMetadata;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private static PageMetadata meta(String head) {
        return MetadataExtractor.extract(Jsoup.parse("<html><head>" + head + "</head><body></body></html>",
                "https://news.example/a/b"));
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void readsNewsArticleObjectWithAuthorObject() {
        PageMetadata m = meta(ld("{\"@type\":\"NewsArticle\",\"headline\":\"Dam opens\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},\"datePublished\":\"2022-01-02T03:04:05+01:00\"}"));
        assertThat(m.title()).contains("Dam opens");
        assertThat(m.authors()).containsExactly("Ana Ruiz");
        assertThat(m.published()).contains(Instant.parse("2022-01-02T02:04:05Z"));
    }

    @Test
    void prefersArticleOverOtherTypesInArrays() {
        PageMetadata m = meta(ld("[{\"@type\":\"BreadcrumbList\",\"name\":\"Crumbs\"},"
                + "{\"@type\":\"WebPage\",\"name\":\"Page\"},"
                + "{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Real story\",\"author\":[\"Li Wei\",{\"name\":\"Sam Cole\"}]}]"));
        assertThat(m.title()).contains("Real story");
        assertThat(m.authors()).containsExactly("Li Wei", "Sam Cole");
    }

    @Test
    void readsGraphAndMainEntityWrappedAuthors() {
        PageMetadata m = meta(ld("{\"@graph\":[{\"@type\":\"Organization\",\"name\":\"Daily Example\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Graph story\","
                + "\"author\":[{\"mainEntity\":{\"name\":\"Kim Ode\"}}],\"keywords\":[\"a\",\"b\"]}]}"));
        assertThat(m.title()).contains("Graph story");
        assertThat(m.authors()).containsExactly("Kim Ode");
        assertThat(m.keywords()).containsExactly("a", "b");
        assertThat(m.siteName()).contains("Daily Example");
    }

    @Test
    void fallsBackToOpenGraphAndArticleTags() {
        PageMetadata m = meta("<meta property=\"og:title\" content=\"OG title\">"
                + "<meta property=\"article:published_time\" content=\"2020-05-06T07:08:09Z\">"
                + "<meta property=\"article:author\" content=\"Jo Park\">"
                + "<meta property=\"article:author\" content=\"https://news.example/staff/jo\">"
                + "<meta property=\"article:tag\" content=\"rivers\">"
                + "<meta property=\"og:image\" content=\"/img/1.jpg\">"
                + "<link rel=\"canonical\" href=\"/a/b?x=1\">"
                + ld("{not json at all"));
        assertThat(m.title()).contains("OG title");
        assertThat(m.published()).contains(Instant.parse("2020-05-06T07:08:09Z"));
        assertThat(m.authors()).containsExactly("Jo Park");
        assertThat(m.keywords()).containsExactly("rivers");
        assertThat(m.imageUrl()).contains("https://news.example/img/1.jpg");
        assertThat(m.canonicalUrl()).contains("https://news.example/a/b?x=1");
    }

    @Test
    void readsDatesInTheShapesPagesUse() {
        assertThat(MetadataExtractor.instant("2021-03-04")).contains(Instant.parse("2021-03-04T00:00:00Z"));
        assertThat(MetadataExtractor.instant("2021-03-04 05:06:07")).contains(Instant.parse("2021-03-04T05:06:07Z"));
        assertThat(MetadataExtractor.instant("2021-03-04T05:06:07.123-0500"))
                .contains(Instant.parse("2021-03-04T10:06:07.123Z"));
        assertThat(MetadataExtractor.instant("1700000000000")).contains(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(MetadataExtractor.instant("yesterday")).isEmpty();
    }

    @Test
    void readsApTimestampsWhenNoTagStatesTheDate() {
        PageMetadata brightspot = MetadataExtractor.extract(Jsoup.parse(
                "<body><bsp-timestamp data-timestamp=\"1709626500000\">March 5</bsp-timestamp></body>"));
        assertThat(brightspot.published()).contains(Instant.ofEpochMilli(1_709_626_500_000L));
        PageMetadata titanium = MetadataExtractor.extract(Jsoup.parse(
                "<body><span class=\"Timestamp Component-root-0-2-1\" data-source=\"2021-06-14T15:02:11Z\">x</span></body>"));
        assertThat(titanium.published()).contains(Instant.parse("2021-06-14T15:02:11Z"));
    }

    @Test
    void givesEmptyMetadataForBarePage() {
        PageMetadata m = meta("");
        assertThat(m.title()).isEmpty();
        assertThat(m.authors()).isEmpty();
        assertThat(m.published()).isEmpty();
    }
}
