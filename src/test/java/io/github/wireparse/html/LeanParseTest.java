package io.github.wireparse.html;

import static io.github.wireparse.testing.Articles.withoutMarkupProblems;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.WireParser;
import io.github.wireparse.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code parseHtml(String, String)} hands jsoup the page without scripts, style sheets, comments,
 * attributes nothing reads and white space that changes nothing; the article must be exactly the
 * one extracted from jsoup's parse of the whole page ({@code parseHtml(Document)}), markup-error
 * problems aside (only the string entry point checks the source for them).
 */
class LeanParseTest {

    private static final WireParser PARSER = WireParser.create();
    private static final String BASE = "https://example.test/story";

    static Stream<Path> fixtures() {
        return Golden.inputs(Path.of("src/test/resources/html"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void leanParseGivesTheArticleOfAFullParse(Path page) {
        assertSameArticle(Golden.read(page));
    }

    /** Markup where leaving out unread attributes or white space between tags could go wrong. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<html><body><div class=\"RichTextStoryBody\" data-x=\"1\"> <p>The council met on Monday to vote on the"
                + " new budget for the city's parks.</p>\n  <p>Members said the plan would take effect next"
                + " month.</p></div><h1 class=\"Page-headline\" title=\"x\">City <b>votes</b>\n <div>on parks"
                + "</div></h1><div class=Page-byline onclick=\"go()\">By Ana Ruiz\n<div>and Lee Park</div></div>",
        "<body><p><b>Bold text<p>\n <div>The council met on Monday to vote on the budget, members said.</div>"
                + "<i><u>x</i>\n<p>More text about the budget vote on Monday, members said again.</p>",
        "<body><table data-a=1>\n <div>Foster parented text about the council vote and its budget.</div>\n"
                + "<tr data-b=\"2\"> <td>\n <p>Cell text on the budget vote that members discussed.</p></td></tr>"
                + "</table><pre>\n  <div>Preformatted text about the vote</div>\n <p>More</p></pre>",
        "<body><div a=\"1\"/ b=\"2\"><x-card data-y=\"1\"/ ><p>Text after a custom element, long enough"
                + " to count as a paragraph.</p></x-card></div><div c=1/>\n<p>Another paragraph of the story"
                + " that members discussed at length.</p><font color=red size=2 data-q=1>\n<div>In a font</div>",
        "<body><svg data-s=\"1\"><g data-t=\"2\"> <title>Icon</title>\n <div>Broken out of the svg, a"
                + " paragraph of text long enough.</div></g></svg><select data-o=1>\n <div>x</div></select>"
                + "<a href=\"/one\" data-l=2>\n <div>Link block text about the council's long meeting.</div></a>",
        "<html><body><div class=\"RichTextStoryBody\"><p>The council met on Monday to vote on the budget for"
                + " the parks.</p>\n <p>Members said the plan would start next month.</p>\n</div><h1 class="
                + "\"Page-headline\"><span><div><p>City votes</p>\n</div></span>on parks\n</h1><div class="
                + "\"Page-byline\"><div><span>By Ana</span><div>Ruiz\n</div>\n</div>and Lee\n<p>Park</p>\n</div>",
        "<script>var a = 1;</script><!DOCTYPE html><html><body><div>The council met<table> <script>x()</script>on"
                + " Monday<style>p {}</style> to vote.</table> <p>Members<script src=\"/a.js\"></script> said"
                + "<style>b {}</style> the plan would start next month, after a long review by the city.</p>"
                + "<p>Then<script/>more text follows here<script>y()</SCRIPT > in the story about the vote.</p>",
        "<!-- first --><html><body><p>The council<!-- a note --> met on Monday<!--x--> to vote on the budget"
                + "<!-- y --!> for the parks.</p>\n<!-- z -->\n<div>Members said<table> <!-- t -->x<tr><td>"
                + "in a cell</td></tr></table> the plan would start next month, after a review.<!----></div>",
        "\n<!DOCTYPE html>\n<html lang=en>\n <head>\n <meta property=\"og:title\" content=\"Council votes\">\n"
                + " <title>\n Council votes </title>\n <noscript>\n<img src=\"/p.gif\"></noscript>\n <link rel="
                + "canonical href=\"/story\">\n</head>\n<body>\n<p>The council met on Monday to vote on the"
                + " budget.</p>\n</body>\n</html>\n",
        " <head> <meta name=description content=x>\n<div>Text in the body after a head left open, long"
                + " enough.</div>",
        "<body><form><span>The council<form>\n <a>met</a> on Monday</span></form><ul>\n <li>\n <a>to vote</a>"
                + "\n</li></ul><div>\n<span>on the budget</span> for the parks, members said after the meeting."
                + "</div><hr>\n <b>Next</b><p>\n\n<i>month</i> the plan starts, after a long review.</p>",
        // Found by a differential fuzz: table text moved out to just before the table.
        "\n<!-- c --><!-- c -->\n  The council met on Monday to vote on the budget for the parks, members said."
                + "<!-- c -->\t<table title=\"some title here\">\n<!-- c -->\n  </form>“We will act,” the mayor said."
                + "\n  </table>\t&amp; more\n  <span role=\"navigation\" href=\"/a/b/c/d\">\n<textarea onclick=\"go()"
                + "\" data-x=\"1\"/>var a = 1;</textarea> <svg data-x=\"1\">\n  </svg>\nThe council met on Monday to"
                + " vote on the budget for the parks, members said.\n  </span>",
        "<body><div id=\"main\" class=\"article-body\" data-z=\"a\"b=\"c\"><p>Run-together attributes in"
                + " a tag, then text about the meeting that lasted all day.</p></div><div hidden data-h>\n<p>Hid"
                + "den text</p></div><div style=\"display:none\" data-k=\"v\">\n<p>Also hidden</p></div>",
        "<html><head><link rel=preload href=/f.woff><link rel=\"CANONICAL\" href=\"https://news.example/x\">"
                + "</head><body><link rel=stylesheet href=/late.css><h1>City <svg><title>icon</title><use href=#i/>"
                + "</svg>votes on parks</h1><p>The council met on Monday<svg><foreignObject><p>inside</p>"
                + "</foreignObject></svg> to vote on the budget for the parks, members said.</p><svg><g><p>out"
                + "</p></g></svg><p>Members said the plan would start next month.<link rel=x></p></body></html>",
        // Found by LeanParsePropertiesTest: an end tag that a special element keeps from its
        // element leaves foreign content open; after the
        // body's end tag a link or script brings the tree builder back into the body; HTML at an
        // SVG integration point and text in an image before a frameset change what follows.
        "<span><p>“We will act,” the mayor said after the vote.<math></span><script>var a = '<p>';</script>"
                + "<link rel=\"canonical\" href=\"https://news.example/a\">",
        "<p>“We will act,” the mayor said after the vote.</body><link rel=\"stylesheet\" href=\"/a.css\"> text ",
        "<p>“We will act,” the mayor said after the vote.</body><script>var a = '<p>';</script> text ",
        "<p>The council met on Monday to vote on the budget for the city's parks and pools.</p><svg><foreignObject>"
                + "<p>“We will act,” the mayor said.<a href=\"/a\"><a href=\"/b\"><a href=\"/c\"><a href=\"/d\"></svg>"
                + "<p>The council met on Monday to vote on the budget for the city's parks and pools.</p>",
        "<div><svg viewBox=\"0 0 9 9\"><a href=\"/a\"><title>Share</title></svg><div><frameset><p>The council met on"
                + " Monday to vote on the budget for the city's parks and pools.</p>",
        // A '<' that opens no tag is text: it starts the body, so the white space after it stays.
        "<\n<mi>x</mi><p>The council met on Monday to vote on the budget for the city's parks and pools.</p>",
        // Found by LeanParseFuzzTest: a '<' inside a tag belongs to the tag's or an attribute's
        // name, so what looks like a comment, link or script there is no markup of its own.
        "<body><pudget<!-- y --!> for the parks, the council said on Monday after its vote.</p><p <!---->The"
                + " council met on Monday to vote on the budget.<p<link rel=stylesheet href=/a>The mayor said"
                + " the plan would start next month.<div<script>x()</script> after a long review.</div>",
        "<body><nav<p>menu</p></nav><p>The council met on Monday to vote on the budget for the parks.</p></p<b>"
                + "<svg<g></g></svg><p a=1<b>The mayor said the plan would start next month, members said.</p>",
        // Found by LeanParseFuzzTest: an end tag's quoted attribute value may hold a '>', so the
        // script that seems to follow is inside the tag.
        "<p>The council met on Monday.</p c=\"><script>\"</script>The mayor said the plan would start next"
                + " month, members said.<p>More</p d='>'><!-- x -->Text after it, long enough for a paragraph.",
        // Found by LeanParseFuzzTest: jsoup reads a noscript's content without foreign content, so
        // the <title> in an <svg> there is text up to </title>, here the rest of the page.
        "<p>The council met on Monday to vote on the budget.</p><noscript><svg><title></svg><p>The mayor said"
                + " the plan would start next month.</p></noscript><svg><g>icon</g></svg><p>Members agreed.",
        "<p>The council met on Monday to vote on the budget.</p><noscript><svg><title>Icon</title></svg></noscript>"
                + "<nav><p>Sections</p></nav><p>The mayor said the plan would start next month.</p>",
        // Found by LeanParseFuzzTest: a template's content stays in it, in the head when the
        // template opens there, where the page's title is read.
        "<template><svg><title>City votes on parks</title></svg></template><p>The council met on Monday to vote"
                + " on the budget.</p><template><nav><p>Sections</p></nav></template><p>Members agreed.</p>",
        // Found by LeanParseFuzzTest: with the comment, script, SVG or link between them dropped,
        // a '<' that is text, or an '&' and a name, would join what follows into a tag or a
        // character reference.
        "<p>The council met on Monday<<!---->/p> to vote &am<!---->p; decide &#3<!---->8; on the budget.</p>"
                + "<p>The mayor said &amp<script>x</script>; more<<svg><g>x</g></svg>/p> then<<link rel=x>/b>"
                + " the plan would start next month.&<!---->lt; Members agreed.</p>",
        // Found by LeanParseFuzzTest: from inside a noscript or template, no end tag (nor a tag
        // that implies one) closes an element outside it.
        "<h1><noscript></h1><svg><title>City votes</title></svg></noscript></h1><p>The council met on Monday"
                + " to vote on the budget.<noscript><div>x</div></noscript><svg><g>icon</g></svg> Members agreed.</p>"
                + "<div><template></div><svg><title>T</title></svg></template></div><p>The plan starts soon.</p>",
        // Found by LeanParseFuzzTest: <li>, <dd> and <dt> close an open paragraph too, so the <b>
        // it held is reopened by the white space after them, and the next paragraph lies in it.
        "l<p>The council met on Monday to vote <b>on the budget<dd>\n<p>for the city's parks, members said after"
                + " the meeting.<ul><li><p>The mayor said <i>the plan<li>\n<div>would start next month.</div></ul>",
        // Found by LeanParseFuzzTest: jsoup's reader takes U+FFFF for the end of its input.
        "r<d \uFFFF & x &e>&scu/h0> The council met on Monday<!-- c --> to vote on the budget for the parks.<svg>"
                + "<g>x</g></svg><p>Members said the plan would start next month.</p>",
        // Found by LeanParseFuzzTest: a heading's end tag closes an open heading of any level, so
        // the <s> in it is reopened by the white space after it.
        "h<h1><s></h3>\n<p>The council met on Monday to vote on the budget for the parks, members said.",
        "h<h2>The <i>mayor</h5>\r<div>The council met on Monday to vote on the budget for the parks.</div>"})
    void leanParseGivesTheArticleOfAFullParseOnTrickyMarkup(String html) {
        assertSameArticle(html);
        assertThat(Jsoup.parse(html, BASE).body().text()).isNotEmpty();
    }

    @Test
    void leanParseReadsNavigationAgainWhenThePageNeedsItsLooseReading() {
        // Too little text outside the navigation: the loose reading, which looks into it, decides.
        String html = "<html><body><nav><p>The council met on Monday to vote on the budget for the city's parks and"
                + " pools, and members said the plan would start next month after a long review by the"
                + " regional authorities.</p><p>“We will act,” the mayor said after the vote on Monday night.</p>"
                + "</nav><p>Short line.</p></body></html>";
        assertSameArticle(html);
        assertThat(PARSER.parseHtml(html, BASE).text()).contains("The council met on Monday");
    }

    @Test
    void leanParseIgnoresATablePartOutsideATableAsTheTreeBuilderDoes() {
        // Found by LeanParsePropertiesTest: the stray <td> must not hide the paragraphs' scope from
        // the check, or the <b> the tree builder reopens in each of them goes unnoticed.
        String p = "<p>The council met on Monday to vote on the budget for the city's parks and pools.</p>";
        assertSameArticle("<p>“We will act,” the mayor said after the vote.</div><b><td>" + p.repeat(4)
                + "<h1>City votes on parks</h1>\n" + p.repeat(7));
    }

    @Test
    void leanParseGivesTheArticleOfAFullParseOnSharedPages() throws IOException {
        String shared = System.getProperty("wireparse.shared", "");
        Path corpora = shared.isEmpty() ? Path.of("/nonexistent") : Path.of(shared, "corpora");
        Assumptions.assumeTrue(Files.isDirectory(corpora.resolve("wire-html")),
                "shared corpora not found under wireparse.shared (" + corpora + "); skipping");
        List<Path> pages = new ArrayList<>();
        for (String dir : new String[] {"wire-html", "zyte-benchmark/html"}) {
            Path d = corpora.resolve(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
                            .sorted().forEach(pages::add);
                }
            }
        }
        for (Path p : pages) {
            assertSameArticle(read(p));
        }
        assertThat(pages).hasSizeGreaterThan(100);
    }

    private static String read(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] bytes = p.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameArticle(String html) {
        Article lean = PARSER.parseHtml(html, BASE);
        Article full = PARSER.parseHtml(Jsoup.parse(html, BASE));
        assertThat(withoutMarkupProblems(lean)).isEqualTo(full);
    }
}
