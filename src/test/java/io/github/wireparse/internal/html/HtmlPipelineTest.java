package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.Byline;
import io.github.wireparse.Headline;
import io.github.wireparse.InputFormat;
import io.github.wireparse.PageDate;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Problem;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.Golden;
import io.github.wireparse.testing.Invariants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Behaviour of the HTML entry points beyond the golden pages. */
class HtmlPipelineTest {

    private static final ArticleParser PARSER = Wireparse.parser();

    private static Article fixture(String name) {
        return PARSER.parseHtml(Golden.read(Path.of("src/test/resources/html", name)), "https://example.test/story");
    }

    @Test
    void reportsNoMarkupErrorsByDefault() {
        Article a = fixture("malformed.html");
        assertThat(a.problems()).extracting(Problem::message).noneMatch(m -> m.startsWith("malformed HTML"));
    }

    @Test
    void reportsJsoupsMarkupErrorsAtTheirSourceLineWhenAsked() {
        ArticleParser tracking =
                Wireparse.parser(io.github.wireparse.ParseOptions.DEFAULTS.withReportMarkupErrors(true));
        Article a = tracking.parseHtml("<html><body>\n<div><p>x</div>\n<p>y</b></p></body></html>", "");
        assertThat(a.problems())
                .filteredOn(p -> p.message().startsWith("malformed HTML"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.location()).isInstanceOf(Problem.InMarkup.class))
                .allSatisfy(p -> assertThat(p.offset()).isEmpty())
                .allSatisfy(p -> assertThat(p.line()).isBetween(2, 3))
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(3))
                .anySatisfy(p ->
                        assertThat(p.toString()).endsWith("at line 3 column " + p.column() + " of the markup source"));
        // The same page without the option: the article is the same, without those problems.
        Article plain = PARSER.parseHtml("<html><body>\n<div><p>x</div>\n<p>y</b></p></body></html>", "");
        assertThat(plain.paragraphs()).isEqualTo(a.paragraphs());
        assertThat(plain.problems()).noneMatch(p -> p.message().startsWith("malformed HTML"));
    }

    @Test
    void capsMarkupErrorsAtTheProblemLimit() {
        ArticleParser tracking = Wireparse.parser(io.github.wireparse.ParseOptions.DEFAULTS
                .withReportMarkupErrors(true)
                .withMaxProblems(3));
        Article a = tracking.parseHtml("<p>a</b></i></u></s></em></strong>".repeat(20), "");
        assertThat(a.problems().size()).isLessThanOrEqualTo(4);
    }

    @Test
    void readsBrightspotMetadataFromJsonLdArrayAndMetaTags() {
        PageMetadata m = fixture("apnews-brightspot.html").metadata().orElseThrow();
        assertThat(m.canonicalUrl())
                .contains("https://apnews.com/article/finland-sauna-school-0123456789abcdef0123456789abcdef");
        assertThat(m.siteName()).contains("AP News");
        assertThat(m.title()).contains("Finland opens its first floating sauna school");
        assertThat(m.published().flatMap(PageDate::instant)).contains(Instant.parse("2024-03-05T08:15:00Z"));
        assertThat(m.modified().flatMap(PageDate::instant)).contains(Instant.parse("2024-03-05T10:40:00Z"));
        assertThat(m.authors()).containsExactly("Marta Lindqvist", "Owen Price");
        assertThat(m.section()).contains("World News");
        assertThat(m.keywords()).containsExactly("Finland", "Saunas", "Education");
        assertThat(m.language()).contains("en");
        assertThat(m.imageUrl()).contains("https://dims.apnews.com/dims4/default/example/2000x1125.jpg");
    }

    @Test
    void readsJsonLdGraphWithStringAuthorAndLooseDates() {
        PageMetadata m = fixture("regional-paper-jsonld-graph.html").metadata().orElseThrow();
        assertThat(m.authors()).containsExactly("Associated Press");
        // No offset stated: the date and time as written, not taken as UTC.
        assertThat(m.published().flatMap(PageDate::localDateTime))
                .contains(java.time.LocalDateTime.parse("2023-08-21T06:30:00"));
        assertThat(m.published().flatMap(PageDate::instant)).isEmpty();
        assertThat(m.published().map(PageDate::origin)).contains(PageDate.Origin.JSON_LD);
        assertThat(m.modified().flatMap(PageDate::instant)).contains(Instant.parse("2023-08-21T16:05:00Z"));
        assertThat(m.modified()
                        .flatMap(PageDate::offsetDateTime)
                        .map(t -> t.getOffset().toString()))
                .contains("-07:00");
        assertThat(m.section()).contains("Nation");
        assertThat(m.keywords()).containsExactly("wildfires", "Oregon", "weather");
        assertThat(m.language()).contains("en-US");
        assertThat(m.imageUrl()).contains("https://example.test/images/fire.jpg");
        assertThat(m.siteName()).contains("The Valley Courier");
        assertThat(m.canonicalUrl()).contains("https://valleycourier.example/news/wildfire-crews-gain-ground");
    }

    @Test
    void keepsVisibleBylineAndMetadataAuthorsApart() {
        Article a = fixture("regional-paper-jsonld-graph.html");
        assertThat(a.byline()).map(Byline::authors).contains(java.util.List.of("SAM OKAFOR"));
        assertThat(a.metadata().orElseThrow().authors()).containsExactly("Associated Press");
    }

    @Test
    void spansReferToRenderedText() {
        Article a = fixture("apnews-brightspot.html");
        assertThat(a.format()).isEqualTo(InputFormat.HTML);
        Headline h = a.headline().orElseThrow();
        assertThat(h.span().start()).isZero();
        assertThat(h.span().of(a.text())).isEqualTo(h.text());
        for (Paragraph p : a.paragraphs()) {
            assertThat(p.span().of(a.text())).isEqualTo(p.text());
        }
        assertThat(a.text()).doesNotContain("<").contains("\n\nTAMPERE, Finland (AP) — A lake city");
    }

    @Test
    void leavesOutEmbedsAdsCaptionsAndRails() {
        String text = fixture("apnews-brightspot.html").text();
        assertThat(text)
                .doesNotContain(
                        "RELATED: Nordic towns",
                        "Advertisement",
                        "Ice fishing contest",
                        "Students row toward",
                        "Most read",
                        "Comments are closed",
                        "Copy Link");
        String regional = fixture("regional-paper-jsonld-graph.html").text();
        assertThat(regional)
                .doesNotContain(
                        "Sign up for our free newsletter",
                        "Facebook",
                        "How to prepare a go-bag",
                        "School board race",
                        "Thanks to the crews",
                        "Smoke rises",
                        "Privacy");
    }

    @Test
    void doesNotModifyTheDocument() {
        Document doc = Jsoup.parse(Golden.read(Path.of("src/test/resources/html/apnews-brightspot.html")));
        String before = doc.outerHtml();
        Article a = PARSER.parseHtml(doc);
        assertThat(a.paragraphs()).isNotEmpty();
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void doesNotAddHeadOrBodyToDocumentsWithout() {
        Document empty = new Document("");
        PARSER.parseHtml(empty);
        assertThat(empty.childNodeSize()).isZero();
        Document xml = Jsoup.parse(
                "<item><title>Ferry late</title><description>HELSINKI (AP) — The morning"
                        + " ferry arrived two hours late on Monday because of thick ice in the harbor.</description></item>",
                "",
                org.jsoup.parser.Parser.xmlParser());
        String before = xml.outerHtml();
        Article a = PARSER.parseHtml(xml);
        assertThat(xml.outerHtml()).isEqualTo(before);
        assertThat(a.dateline()).isPresent();
    }

    @Test
    void readsTextStandingDirectlyInTheBody() {
        Article a = PARSER.parseHtml(
                "LONDON (Reuters) - A page with no tags at all still carries a story, and" + " the parser reads it.",
                "");
        assertThat(a.dateline()).isPresent();
        assertThat(a.paragraphs()).hasSize(1);
    }

    @Test
    void reportsPageWithoutArticle() {
        Article a = fixture("no-article.html");
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.problems()).extracting(Problem::message).contains("no article text found on the page");
    }

    @Test
    void survivesHundredThousandNestedElements() {
        // Built from the leaf up: jsoup checks ancestry on each append, which is cheap this way.
        Element e = new Element("p")
                .text("WASHINGTON (AP) — Deep inside the markup, a story still waits to be read by someone.");
        for (int i = 0; i < 100_000; i++) {
            e = new Element(i % 2 == 0 ? "div" : "span").appendChild(e);
        }
        Document doc = Jsoup.parse("<html><body></body></html>");
        doc.body().appendChild(e);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PARSER.parseHtml(doc));
        Invariants.check(a);
        assertThat(a.dateline()).isPresent();

        String nested = "<div>".repeat(100_000) + "<p>Deep text that goes on for a while, with commas, and more.</p>";
        Article b = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PARSER.parseHtml(nested, ""));
        Invariants.check(b);
    }

    @Test
    void survivesTwentyMegabytePage() {
        StringBuilder sb = new StringBuilder(21_000_000).append("<html><body><article><h1>Big page</h1>");
        int i = 0;
        while (sb.length() < 20_000_000) {
            sb.append("<p>Paragraph ")
                    .append(i++)
                    .append(" of a very long page, with commas, and words that ")
                    .append("repeat because the page is large.</p>\n");
        }
        sb.append("</article></body></html>");
        String html = sb.toString();
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> PARSER.parseHtml(html, ""));
        assertThat(a.paragraphs()).isNotEmpty();
        assertThat(a.problems()).extracting(Problem::message).anyMatch(m -> m.startsWith("article text longer than"));
    }

    @Test
    void survivesBinaryAndEmptyInput() throws IOException {
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        Article a = PARSER.parseHtml(new ByteArrayInputStream(noise), "");
        Invariants.check(a);
        assertThat(PARSER.parseHtml("", "").problems()).isNotEmpty();
        assertThat(PARSER.parseHtml("<html></html>", "").paragraphs()).isEmpty();
    }

    @Test
    void detectsCharsetFromMetaTag() throws IOException {
        String html = "<html><head><meta charset=\"ISO-8859-1\"></head><body><h1>Caf\u00e9 owners rally</h1>"
                + "<p>PARIS (AP) \u2014 Caf\u00e9 owners in the capital gathered on Monday, saying rents had"
                + " risen too fast for small businesses to keep up.</p></body></html>";
        byte[] bytes = html.replace("\u2014", "-").getBytes(StandardCharsets.ISO_8859_1);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            Article a = PARSER.parseHtml(in, "");
            assertThat(a.headline()).map(Headline::text).contains("Caf\u00e9 owners rally");
        }
    }

    @Test
    void rejectsNullArgumentsByName() {
        assertThatThrownBy(() -> PARSER.parseHtml((String) null, "")).hasMessage("html");
        assertThatThrownBy(() -> PARSER.parseHtml("<p>x</p>", null)).hasMessage("baseUri");
        assertThatThrownBy(() -> PARSER.parseHtml((Document) null)).hasMessage("document");
    }

    @Test
    void readsABodyThatIsOneBareTextNode() {
        Article a = PARSER.parseHtml(
                "<html><body>Just one bare text node in the body, a whole sentence of it.</body></html>", "");
        assertThat(a.bodyText()).isEqualTo("Just one bare text node in the body, a whole sentence of it.");
    }

    @Test
    void readsParagraphsInsideALink() {
        Article a = PARSER.parseHtml(
                "<html><head><title>Links</title></head><body><div><a href=\"/x\">"
                        + "<p>First paragraph inside a link.</p><p>Second one.</p></a></div></body></html>",
                "");
        assertThat(a.paragraphs())
                .extracting(p -> p.text())
                .containsExactly("First paragraph inside a link.", "Second one.");
    }

    @Test
    void readsAPageOfHeadingsAndImages() {
        Article a = PARSER.parseHtml(
                "<html><head><title>Gallery of the week</title></head><body><article>"
                        + "<h2>Test Case 1</h2><img src=a.jpg><h2>Test Case 2</h2><img src=b.jpg></article></body></html>",
                "");
        assertThat(a.bodyText()).contains("Test Case 1").contains("Test Case 2");
    }

    @Test
    void takesTheBylineFromAnAuthorElementWithoutBy() {
        Article a = PARSER.parseHtml(
                "<html><head><title>Storm hits coast</title></head><body><article>"
                        + "<h1>Storm hits coast</h1><span itemprop=author>Jane Doe</span> <time>2015-03-11</time>"
                        + "<p>" + "The storm hit the coast on Tuesday, and thousands lost power. ".repeat(8) + "</p>"
                        + "</article></body></html>",
                "");
        assertThat(a.byline()).map(b -> b.authors()).contains(java.util.List.of("Jane Doe"));
    }

    @Test
    void readsUtf8BytesWhoseMetaCharsetSaysOtherwise() throws java.io.IOException {
        String page = "<html><head><meta charset=\"gb2312\"><title>人工智能迈上新台阶</title></head><body><article>"
                + "<p>" + "谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识的计算机。".repeat(6) + "</p>"
                + "</article></body></html>";
        Article a = PARSER.parseHtml(
                new java.io.ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "");
        assertThat(a.bodyText()).startsWith("谷歌在2014年收购的人工智能公司");
    }

    @Test
    void keepsADeclaredCharsetThatDecodesCleanly() throws java.io.IOException {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 cr\u00e8me, "
                + "a story long enough to be read as the article of this small page, and then some more.</p></body></html>";
        Article a = PARSER.parseHtml(
                new java.io.ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), "");
        assertThat(a.bodyText()).startsWith("Café crème");
    }

    @Test
    void keyComparisonWithoutBuildingTheKeyAgreesWithTheKey() {
        String[] texts = {
            "",
            "A",
            "By Jane Doe",
            "By JANE DOE, AP",
            "by jane doe",
            "Jane-Doe 2024",
            "... !",
            "Ünïcode Straße",
            "İstanbul",
            "ISTANBUL",
            "istanbul",
            "ΟΔΥΣΣΕΥΣ",
            "οδυσσευς",
            "Ab\u212Ac",
            "abkc",
            "x İ y",
            "xi̇y",
            "日本 語"
        };
        for (String s : texts) {
            for (String t : texts) {
                String k = PageByline.key(t);
                assertThat(HtmlPipeline.keyEquals(s, k))
                        .as("key(%s) vs key(%s)", s, t)
                        .isEqualTo(PageByline.key(s).equals(k));
            }
        }
    }

    @Test
    void bylineElementPrefilterPassesEveryElementTheSelectorMatches() {
        Document d = Jsoup.parse("<body><div class='Post-AUTHOR'>A</div><span class='x_byline'>B</span>"
                + "<p class='WRITER'>C</p><a rel='author'>D</a><i itemprop='creator'>E</i>"
                + "<b class='authors-list'>F</b><em class='coauthor'>G</em><u class='by line'>H</u>"
                + "<div class='author-name'>I</div><div class='plain'>J</div><div>K</div></body>");
        Element body = d.body();
        int matched = 0;
        for (Element e : body.getAllElements()) {
            if (HtmlPipeline.BYLINE_EVALUATOR.matches(body, e)) {
                matched++;
                assertThat(HtmlPipeline.mayMarkByline(e)).as(e.outerHtml()).isTrue();
            }
        }
        assertThat(matched)
                .isEqualTo(body.select(HtmlPipeline.BYLINE_EVALUATOR).size())
                .isGreaterThanOrEqualTo(6);
        assertThat(HtmlPipeline.mayMarkByline(body.selectFirst("div.plain"))).isFalse();
    }

    @Test
    void takesAHeadlineBlockSetAboveTheStorysOwnBlock() {
        String story = "<p>The harbor board voted on Monday to dredge the north channel, which has silted up so"
                + " badly that loaded grain ships can no longer use it at low tide, the board said.</p>"
                + "<p>Work is to begin in the autumn and take about four months, and shipping will move to the"
                + " south channel while the dredges work, the board's chairman told reporters.</p>"
                + "<p>The cost will be shared by the port and the state, which has set aside money for it in"
                + " this year's budget after two years of requests from shippers and farmers.</p>";
        String page = "<html><head><title>Riverside Gazette :: Local</title></head><body>"
                + "<div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/local\">Local</a></div>"
                + "<div class=\"storytitle\">Harbor board orders channel dredging</div>"
                + "<div class=\"storytext\">" + story + "</div></body></html>";
        Article a = PARSER.parseHtml(page, "https://example.test/story");
        assertThat(a.headline()).map(Headline::text).contains("Harbor board orders channel dredging");
        assertThat(a.paragraphs()).noneMatch(p -> p.text().contains("channel dredging"));
    }
}
