package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.ArticleParser;
import io.github.wireparse.PageDate;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.TextDirection;
import io.github.wireparse.Wireparse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private static PageMetadata meta(String head) {
        return MetadataExtractor.extract(
                Jsoup.parse("<html><head>" + head + "</head><body></body></html>", "https://news.example/a/b"));
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void takesNoPageTitleOrJsonLdFromAnSvgImage() {
        // Found by fuzzing: the walk looks into a footer it skips, and took an icon's
        // title for the page's.
        String icon = "<footer><svg><title>Share</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Icon\"}</script></svg></footer>";
        ArticleParser parser = Wireparse.parser();
        assertThat(parser.parseHtml(Jsoup.parse(icon)).metadata().orElseThrow().title())
                .isEmpty();
        assertThat(parser.parseHtml(icon, "").metadata().orElseThrow().title()).isEmpty();
        assertThat(parser.parseHtml(Jsoup.parse("<head><title>Council votes</title></head>" + icon))
                        .metadata()
                        .orElseThrow()
                        .title())
                .contains("Council votes");
    }

    @Test
    void readsNewsArticleObjectWithAuthorObject() {
        PageMetadata m = meta(
                ld(
                        "{\"@type\":\"NewsArticle\",\"headline\":\"Dam opens\","
                                + "\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},\"datePublished\":\"2022-01-02T03:04:05+01:00\"}"));
        assertThat(m.title()).contains("Dam opens");
        assertThat(m.authors()).containsExactly("Ana Ruiz");
        assertThat(m.published().flatMap(PageDate::instant)).contains(Instant.parse("2022-01-02T02:04:05Z"));
    }

    @Test
    void prefersArticleOverOtherTypesInArrays() {
        PageMetadata m = meta(
                ld(
                        "[{\"@type\":\"BreadcrumbList\",\"name\":\"Crumbs\"},"
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
        assertThat(m.published().flatMap(PageDate::instant)).contains(Instant.parse("2020-05-06T07:08:09Z"));
        assertThat(m.authors()).containsExactly("Jo Park");
        assertThat(m.keywords()).containsExactly("rivers");
        assertThat(m.imageUrl()).contains("https://news.example/img/1.jpg");
        assertThat(m.canonicalUrl()).contains("https://news.example/a/b?x=1");
    }

    @Test
    void readsDatesInTheShapesPagesUse() {
        assertThat(PageDates.parse("2021-03-04", PageDate.Origin.META).flatMap(PageDate::localDate))
                .contains(LocalDate.parse("2021-03-04"));
        assertThat(PageDates.parse("2021-03-04 05:06:07", PageDate.Origin.META).flatMap(PageDate::localDateTime))
                .contains(LocalDateTime.parse("2021-03-04T05:06:07"));
        assertThat(instant("2021-03-04T05:06:07.123-0500")).contains(Instant.parse("2021-03-04T10:06:07.123Z"));
        assertThat(instant("1700000000000")).contains(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(instant("yesterday")).isEmpty();
    }

    @Test
    void readsApTimestampsWhenNoTagStatesTheDate() {
        PageMetadata brightspot = MetadataExtractor.extract(
                Jsoup.parse("<body><bsp-timestamp data-timestamp=\"1709626500000\">March 5</bsp-timestamp></body>"));
        assertThat(brightspot.published().flatMap(PageDate::instant))
                .contains(Instant.ofEpochMilli(1_709_626_500_000L));
        PageMetadata titanium = MetadataExtractor.extract(
                Jsoup.parse(
                        "<body><span class=\"Timestamp Component-root-0-2-1\" data-source=\"2021-06-14T15:02:11Z\">x</span></body>"));
        assertThat(titanium.published().flatMap(PageDate::instant)).contains(Instant.parse("2021-06-14T15:02:11Z"));
    }

    @Test
    void givesEmptyMetadataForBarePage() {
        PageMetadata m = meta("");
        assertThat(m.title()).isEmpty();
        assertThat(m.authors()).isEmpty();
        assertThat(m.published()).isEmpty();
    }

    @Test
    void readsOffsetDateTimesAsJavaTimeDoes() {
        java.util.Random r = new java.util.Random(7);
        java.util.List<String> values = new java.util.ArrayList<>(java.util.List.of(
                "2024-02-29T23:59:59Z",
                "2023-02-29T10:00:00Z",
                "2024-04-31T10:00:00+02:00",
                "2024-01-01T24:00:00Z",
                "2024-01-01T10:60:00Z",
                "2024-01-01T10:00:60Z",
                "2024-01-01T10:00:00.Z",
                "2024-01-01T10:00:00.1234567891Z",
                "2024-01-01T10:00:00+18:00",
                "2024-01-01T10:00:00+18:01",
                "2024-01-01T10:00:00-19:00",
                "2024-01-01T10:00:00z",
                "2024-13-01T10:00:00Z",
                "2024-00-10T10:00:00Z",
                "0000-01-01T00:00:00Z",
                "2024-01-01T10:00:00+0200",
                "2024-01-01T10:00:00.5+05:30",
                "2024-01-01T10:00Z",
                "2024-01-01T10:00:00+02:00:30"));
        for (int k = 0; k < 5000; k++) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(
                    "%04d-%02d-%02dT%02d:%02d:%02d",
                    r.nextInt(3000), r.nextInt(14), r.nextInt(33), r.nextInt(25), r.nextInt(61), r.nextInt(61)));
            if (r.nextBoolean()) {
                sb.append('.').append(String.valueOf(r.nextLong() & Long.MAX_VALUE), 0, 1 + r.nextInt(10));
            }
            sb.append(
                    r.nextBoolean()
                            ? "Z"
                            : String.format("%s%02d:%02d", r.nextBoolean() ? "+" : "-", r.nextInt(20), r.nextInt(61)));
            values.add(sb.toString());
        }
        int read = 0;
        for (String v : values) {
            Instant expected;
            try {
                expected = java.time.OffsetDateTime.parse(v).toInstant();
            } catch (java.time.DateTimeException e) {
                continue;
            }
            read++;
            int year = Integer.parseInt(v.substring(0, 4));
            if (year < 1900 || year > 2199) {
                // A placeholder year (0001-01-01) is no page's date.
                assertThat(instant(v)).as(v).isEmpty();
            } else {
                assertThat(instant(v)).as(v).contains(expected);
            }
        }
        assertThat(read).as("values java.time reads").isGreaterThan(1000);
    }

    @Test
    void readsOnlyTheDateWhenTheTimeIsNotSeparatedByAnUpperCaseT() {
        assertThat(date("2024-01-01t10:00:00Z")).contains(LocalDate.parse("2024-01-01"));
        assertThat(date("2024-01-01T24:00:00Z")).contains(LocalDate.parse("2024-01-01"));
        assertThat(PageDates.parse("2024-13-01T10:00:00Z", PageDate.Origin.META))
                .isEmpty();
    }

    @Test
    void takesPlainAbsoluteUrlsAsTheyStandAndResolvesTheRest() {
        java.util.List<String> urls = java.util.List.of(
                "https://news.example/a/b",
                "http://news.example",
                "https://News.Example:8443/2024/05/story-name?id=7&x=%20y",
                "https://exa%6Dple.com/a",
                "https://news.example/a/../b",
                "https://news.example/./b",
                "https://news.example/a b",
                "https://news.example/a#top",
                "https:///a",
                "https://@host/a",
                "https://user@news.example/a",
                "https://xn--bcher-kva.example/b",
                "https://bücher.example/b",
                "ftp://news.example/a",
                "/relative/path",
                "https://news.example/a\\b",
                "https://news.example/a\tb",
                "https://",
                "https://news.example:",
                "https://news.example:/a",
                "https://[::1]/../a",
                "https://news.example/a/.",
                "https://news.example/ü?q=é",
                "https://news.example/a?(b)!$'*",
                "https://news.example/.well-known/x");
        for (String base : java.util.List.of("", "https://base.example/x/y")) {
            for (String url : urls) {
                Element a = Jsoup.parse("<a>", base).selectFirst("a");
                a.attr("href", url);
                if (MetadataExtractor.plainAbsolute(url)) {
                    assertThat(a.absUrl("href")).as(base + " + " + url).isEqualTo(url);
                }
            }
        }
        assertThat(MetadataExtractor.plainAbsolute("https://news.example/a/b")).isTrue();
        assertThat(MetadataExtractor.plainAbsolute("https://news.example/a/../b"))
                .isFalse();
        assertThat(MetadataExtractor.plainAbsolute("/relative/path")).isFalse();
        assertThat(MetadataExtractor.plainAbsolute("https://user@news.example/a"))
                .isFalse();
        assertThat(MetadataExtractor.plainAbsolute("https://news.example:/a")).isFalse();
    }

    @Test
    void takesOnlyUrlsThatResolveToThemselvesAsTheyStand() {
        java.util.Random r = new java.util.Random(11);
        String alphabet = "ab/.?=&%:#@!$'()*+,;[]~_-\u00fc\u00e9 \t\\|{}\"<>^`9AZ";
        String[] heads = {
            "https://news.example",
            "http://News.Example:8080",
            "https://xn--bcher-kva.example",
            "https://",
            "http://a",
            "https://1.2.3.4",
            "https://[::1]",
            "https://exa%6Dple.com"
        };
        int plain = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder(heads[r.nextInt(heads.length)]);
            for (int i = r.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String url = sb.toString();
            if (!MetadataExtractor.plainAbsolute(url)) {
                continue;
            }
            plain++;
            for (String base : java.util.List.of("", "https://base.example/x/y")) {
                Element a = Jsoup.parse("<a>", base).selectFirst("a");
                a.attr("href", url);
                assertThat(a.absUrl("href")).as(base + " + " + url).isEqualTo(url);
            }
        }
        assertThat(plain).as("URLs taken as they stand").isGreaterThan(1000);
    }

    @Test
    void readsRfc1123ZoneAbbreviationsAndWrittenDates() {
        assertThat(instant("Tue, 3 Jun 2008 11:05:30 GMT")).contains(Instant.parse("2008-06-03T11:05:30Z"));
        assertThat(instant("Tue, 03 Jun 2008 11:05:30 +0200")).contains(Instant.parse("2008-06-03T09:05:30Z"));
        assertThat(instant("June 3, 2008 11:05 p.m. EDT")).contains(Instant.parse("2008-06-04T03:05:00Z"));
        assertThat(instant("2008-06-03T11:05:30.250Z")).contains(Instant.parse("2008-06-03T11:05:30.250Z"));
        assertThat(instant("2008-06-03T11:05+01:00")).contains(Instant.parse("2008-06-03T10:05:00Z"));
        assertThat(date("3 June 2008")).contains(LocalDate.parse("2008-06-03"));
        assertThat(instant("2016-06-13T1603Z")).contains(Instant.parse("2016-06-13T16:03:00Z"));
        // An abbreviation with more than one meaning (IST) gives a time without an offset.
        PageDate ist =
                PageDates.parse("2008-06-03 11:05 IST", PageDate.Origin.META).orElseThrow();
        assertThat(ist.offset()).isEmpty();
        assertThat(ist.localDateTime()).contains(LocalDateTime.parse("2008-06-03T11:05:00"));
        assertThat(ist.isoText()).isEqualTo("2008-06-03T11:05:00");
        assertThat(PageDates.parse("Tuesday", PageDate.Origin.META)).isEmpty();
        assertThat(PageDates.parse("February 30, 2008", PageDate.Origin.META)).isEmpty();
    }

    @Test
    void findsADateInVisibleText() {
        PageDate d = PageDates.find(
                        "Posted: Monday, Jan. 5, 2009 at 4:10 pm ET | Comments (3)", PageDate.Origin.VISIBLE_TEXT)
                .orElseThrow();
        assertThat(d.localDateTime()).contains(LocalDateTime.parse("2009-01-05T16:10:00"));
        assertThat(d.offset()).isEmpty();
        assertThat(PageDates.find("Updated 12 minutes ago", PageDate.Origin.VISIBLE_TEXT))
                .isEmpty();
    }

    @Test
    void takesDatesFromTimeElementsAndVisibleTimeStampsWhenNoTagStatesThem() {
        PageMetadata time = MetadataExtractor.extract(Jsoup.parse("<body><p>x</p>"
                + "<time class=\"updated\" datetime=\"2019-05-02T10:00:00Z\">May 2</time>"
                + "<time datetime=\"2019-05-01\">May 1</time></body>"));
        assertThat(time.published().flatMap(PageDate::localDate)).contains(LocalDate.parse("2019-05-01"));
        assertThat(time.published().map(PageDate::origin)).contains(PageDate.Origin.TIME_ELEMENT);
        assertThat(time.modified().flatMap(PageDate::instant)).contains(Instant.parse("2019-05-02T10:00:00Z"));
        PageMetadata visible = MetadataExtractor.extract(
                Jsoup.parse("<body><div class=\"story-date\">Published 14 March 2017, 09:30 GMT</div><p>x</p></body>"));
        assertThat(visible.published().flatMap(PageDate::instant)).contains(Instant.parse("2017-03-14T09:30:00Z"));
        assertThat(visible.published().map(PageDate::origin)).contains(PageDate.Origin.VISIBLE_TEXT);
        assertThat(visible.published().map(PageDate::source)).contains("Published 14 March 2017, 09:30 GMT");
        PageMetadata both = MetadataExtractor.extract(Jsoup.parse("<body>"
                + "<div class=\"artdate\">Last Updated : Nov 20, 2019 01:41 PM IST</div>"
                + "<div class=\"artdate_pub\">First Published on Nov 20, 2019 01:38 pm</div></body>"));
        assertThat(both.published().flatMap(PageDate::localDateTime))
                .contains(LocalDateTime.parse("2019-11-20T13:38:00"));
        assertThat(both.modified().flatMap(PageDate::localDateTime))
                .contains(LocalDateTime.parse("2019-11-20T13:41:00"));
        PageMetadata tag = MetadataExtractor.extract(
                Jsoup.parse("<head><meta name=\"dc.date\" content=\"2001-10-29\"></head><body>"
                        + "<div class=\"date\">5 May 2020</div></body>"));
        assertThat(tag.published().map(PageDate::origin)).contains(PageDate.Origin.META);
        assertThat(tag.published().flatMap(PageDate::localDate)).contains(LocalDate.parse("2001-10-29"));
    }

    @Test
    void takesOnlyClassNamesThatNameADate() {
        for (String yes : List.of(
                "date",
                "entry-date",
                "publishDate",
                "pubdate",
                "artdate_pub",
                "dateline",
                "article__timestamp",
                "posted-on")) {
            assertThat(PageScan.namesDate(yes)).as(yes).isTrue();
        }
        for (String no : List.of("updated", "lastUpdate", "candidates", "validated", "byline")) {
            assertThat(PageScan.namesDate(no)).as(no).isFalse();
        }
    }

    @Test
    void readsTextDirectionAndJsonLdInCdataOrComments() {
        PageMetadata rtl =
                MetadataExtractor.extract(Jsoup.parse("<html lang=\"ar\"><body dir=\"RTL\"><p>x</p></body></html>"));
        assertThat(rtl.textDirection()).contains(TextDirection.RTL);
        assertThat(rtl.language()).contains("ar");
        assertThat(meta("").textDirection()).isEmpty();
        PageMetadata main =
                MetadataExtractor.extract(Jsoup.parse("<body><nav>x</nav><main dir=\"rtl\"><p>x</p></main></body>"));
        assertThat(main.textDirection()).contains(TextDirection.RTL);
        PageMetadata slogan = meta("<meta property=\"og:site_name\" content=\"Daily Example - All the news\">"
                + ld("{\"@type\":\"NewsArticle\",\"publisher\":{\"name\":\"Daily Example\"}}"));
        assertThat(slogan.siteName()).contains("Daily Example");
        PageMetadata cdata = meta(ld("<![CDATA[ {\"@type\":\"NewsArticle\",\"headline\":\"In CDATA\","
                + "\"datePublished\":\"2015-02-24T19:56:33.374Z\"} ]]>"));
        assertThat(cdata.title()).contains("In CDATA");
        assertThat(cdata.published().flatMap(PageDate::instant)).contains(Instant.parse("2015-02-24T19:56:33.374Z"));
        assertThat(cdata.published().map(PageDate::isoText)).contains("2015-02-24T19:56:33.374Z");
        PageMetadata comment = meta(ld("<!-- {\"@type\":\"NewsArticle\",\"headline\":\"In a comment\"} -->"));
        assertThat(comment.title()).contains("In a comment");
    }

    private static Optional<Instant> instant(String v) {
        return PageDates.parse(v, PageDate.Origin.META).flatMap(PageDate::instant);
    }

    private static Optional<LocalDate> date(String v) {
        return PageDates.parse(v, PageDate.Origin.META).flatMap(PageDate::localDate);
    }

    @Test
    void takesTheJsonLdNameOrHeadlineThatThePageTitleAgreesWith() {
        // A description put in "headline": the name, which the <title> repeats, is the title.
        PageMetadata m = meta("<title>Springfield - Town Encyclopedia</title>"
                + ld("{\"@type\":\"Article\",\"name\":\"Springfield\","
                        + "\"headline\":\"town in the state of Illinois\"}"));
        assertThat(m.title()).contains("Springfield");
        // The site's name in "name": the headline, which the <title> repeats, is the title.
        m = meta("<title>Dam opens after ten years - Springfield News</title>"
                + ld("{\"@type\":\"NewsArticle\",\"name\":\"Springfield News\","
                        + "\"headline\":\"Dam opens after ten years\"}"));
        assertThat(m.title()).contains("Dam opens after ten years");
        // Neither agrees with the <title>: the headline.
        m = meta(
                "<title>Home</title>" + ld("{\"@type\":\"NewsArticle\",\"name\":\"Dams\",\"headline\":\"Dam opens\"}"));
        assertThat(m.title()).contains("Dam opens");
    }

    @Test
    void readsDateElementsNamedInGermanOrSpanish() {
        PageMetadata m = MetadataExtractor.extract(Jsoup.parse(
                "<html><body><div class=artikel-datum>3. Juni 2008, 14:05 Uhr</div></body></html>",
                "https://news.example/a"));
        assertThat(m.published().map(PageDate::date)).contains(LocalDate.of(2008, 6, 3));
        m = MetadataExtractor.extract(Jsoup.parse(
                "<html><body><span class=fecha-nota>4 de mayo de 2015</span></body></html>", "https://news.example/a"));
        assertThat(m.published().map(PageDate::date)).contains(LocalDate.of(2015, 5, 4));
    }

    @Test
    void readsNoPlaceholderYearAsAPublishedDate() {
        PageMetadata m = meta(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"0001-01-01T00:00:00Z\","
                        + "\"dateModified\":\"0001-01-01T00:00:00Z\"}")
                + "<meta property=\"article:published_time\" content=\"2019-11-19T10:00:00Z\">");
        assertThat(m.published().flatMap(PageDate::instant)).contains(Instant.parse("2019-11-19T10:00:00Z"));
        assertThat(m.modified()).isEmpty();
    }

    @Test
    void dropsAModifiedDateBeforeThePublishedDate() {
        PageMetadata before = meta(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-19T07:09:00Z\","
                + "\"dateModified\":\"2019-11-19T05:44:00Z\"}"));
        assertThat(before.published()).isPresent();
        assertThat(before.modified()).isEmpty();
        PageMetadata after = meta(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-19T07:09:00Z\","
                + "\"dateModified\":\"2019-11-19T09:44:00+01:00\"}"));
        assertThat(after.modified()).isPresent();
    }

    @Test
    void readsAMetaAuthorWithoutItsBy() {
        assertThat(meta("<meta name=\"author\" content=\"By Fergus Jensen\">").authors())
                .containsExactly("Fergus Jensen");
        assertThat(meta("<meta name=\"author\" content=\"Byron Smith\">").authors())
                .containsExactly("Byron Smith");
    }
}
