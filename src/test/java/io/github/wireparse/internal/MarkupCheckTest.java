package io.github.wireparse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkupCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html><html><head><title>T</title><meta charset=utf-8></head><body><p>x</p></body></html>",
        "<ul><li>a<li>b</ul><dl><dt>t<dd>d</dl>",
        "<table><tr><td>a<td>b<tr><th>c</table>",
        "<p>one<p>two<div>three</div>",
        "<select><option>a<option>b</select>",
        "<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/><g><use href=\"#a\"/></g></svg><div>x</div>",
        "<script>if (a < b && c) { document.write('<div></span>'); }</script><p>x</p>",
        "<style>a > b { color: red }</style><textarea><b></textarea>",
        "<!-- <div> --><p>x</p><br><img src=x><input type=checkbox checked>",
        "<div class='a' id=b data-x = \"1\">x</div>"})
    void acceptsWellFormedMarkup(String html) {
        assertThat(MarkupCheck.check(html).errors()).isZero();
    }

    @Test
    void reportsEndTagThatClosesNothing() {
        String html = "<div>\n<p>text</p></span></div>";
        MarkupCheck.Result r = MarkupCheck.check(html);
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.firstMessage()).isEqualTo("the end tag </span> closes no open element");
        assertThat(MarkupCheck.lineColumn(html, r.firstOffset())).containsExactly(2, 12);
    }

    @Test
    void reportsTablePartsOutsideATableAndOpensNothingForThem() {
        MarkupCheck.Result r = MarkupCheck.check("<p>a<td>b</p><table><tr><td>c</td></tr></table>");
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.firstMessage()).isEqualTo("<td> outside a table");
        // An end tag of an element around an SVG image, kept from it by a paragraph, is ignored.
        assertThat(MarkupCheck.check("<span><p>a<svg></span><g></g></svg></p></span>").firstMessage())
                .isEqualTo("the end tag </span> closes no open element");
    }

    @Test
    void reportsMisnestedAndUnclosedElements() {
        assertThat(MarkupCheck.check("<div><b>x</div>").firstMessage())
                .isEqualTo("the end tag </div> also closes <b>");
        assertThat(MarkupCheck.check("<div>x").firstMessage())
                .isEqualTo("<div> is not closed at the end of the page");
        assertThat(MarkupCheck.check("<p>x<div>y</div></p>").firstMessage())
                .isEqualTo("the end tag </p> closes no open element");
    }

    @Test
    void reportsAttributeSyntaxErrors() {
        assertThat(MarkupCheck.check("<div a=\"1\"b=\"2\"></div>").firstMessage())
                .isEqualTo("attributes run together in <div>");
        assertThat(MarkupCheck.check("<div a=1 A=2></div>").firstMessage())
                .isEqualTo("a duplicate attribute in <div>");
        assertThat(MarkupCheck.check("<div/>x</div>").firstMessage())
                .isEqualTo("<div/> is written self-closing but is not a void element");
    }

    @Test
    void reportsMarkupCutOffByTheEnd() {
        assertThat(MarkupCheck.check("<p>x<!-- y").firstMessage()).isEqualTo("a comment is not closed");
        assertThat(MarkupCheck.check("<script>var a;").firstMessage())
                .isEqualTo("<script> is not closed at the end of the page");
        assertThat(MarkupCheck.check("<p>a < b</p>").firstMessage()).isEqualTo("a '<' that opens no tag");
    }

    @Test
    void leavesOutScriptAndStyleTextButKeepsJsonLd() {
        String html = "<head><style>p { x: 1 }</style><script>var a = '<p>';</script>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
                + "<body><script><!-- document.write('<script></script>') --></script><p>x</p></body>";
        assertThat(MarkupCheck.check(html).lean()).isEqualTo("<head>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
                + "<body><p>x</p></body>");
        // The page's first tag and scripts in tables stay, emptied.
        assertThat(MarkupCheck.check("<script>a()</script><table><script>b()</script></table>").lean())
                .isEqualTo("<script></script><table><script></script></table>");
        assertThat(readAll(MarkupCheck.check(html).leanReader(), 7)).isEqualTo(MarkupCheck.check(html).lean());
        String plain = "<p>no scripts</p>";
        assertThat(MarkupCheck.check(plain).lean()).isSameAs(plain);
    }

    @Test
    void leavesOutSvgContentAndEveryLinkButTheCanonicalOne() {
        String html = "<html><head><link rel=\"stylesheet\" href=\"/a.css\"><link rel=\"Canonical\""
                + " href=\"https://news.example/a\"><link rel=icon href=/i.png><link href=/b.css></head>"
                + "<body><p>x<svg viewBox=\"0 0 9 9\"><title>Share</title><path d=\"M0\"/></svg> y</p></body>";
        assertThat(MarkupCheck.check(html).lean()).isEqualTo("<html><head><link rel=\"Canonical\""
                + " href=\"https://news.example/a\"></head>"
                + "<body><p>x<svg viewBox=\"0 0 9 9\"></svg> y</p></body>");
        // A rel that a character reference may spell stays; so does an SVG image holding a markup
        // error, or one in a table, and the page's first tag.
        assertThat(MarkupCheck.check("<p>a<link rel=\"&#99;anonical\" href=/c>").lean())
                .isEqualTo("<p>a<link rel=\"&#99;anonical\" href=/c>");
        assertThat(MarkupCheck.check("<p>a<svg><g x=1 x=2></g></svg></p>").lean())
                .isEqualTo("<p>a<svg><g x=1 x=2></g></svg></p>");
        assertThat(MarkupCheck.check("<table><tr><td><svg><g></g></svg></td></tr></table>").lean())
                .isEqualTo("<table><tr><td><svg><g></g></svg></td></tr></table>");
        assertThat(MarkupCheck.check("<link rel=icon href=/i.png><p>x</p>").lean())
                .isEqualTo("<link rel=icon href=/i.png><p>x</p>");
    }

    @Test
    void leavesOutNavigationContentButKeepsACopyWithIt() {
        String html = "<body><nav class=\"menu\"><ul><li><a href=\"/world\">World</a></li></ul><!-- m --></nav>"
                + "<p>x</p><nav><b>Open</nav><p>y</p></body>";
        MarkupCheck.Result r = MarkupCheck.check(html);
        // The second navigation leaves a formatting element open: it stays.
        assertThat(r.lean()).isEqualTo("<body><nav class=\"menu\"></nav><p>x</p><nav><b>Open</nav><p>y</p></body>");
        assertThat(r.navLeftOut()).isTrue();
        assertThat(readAll(r.leanReaderWithNav(), 5)).isEqualTo("<body><nav class=\"menu\"><ul><li><a >World</a></li></ul></nav>"
                + "<p>x</p><nav><b>Open</nav><p>y</p></body>");
        assertThat(MarkupCheck.check("<p>x</p><nav><p>a</div></nav>").navLeftOut()).isFalse();
    }

    @Test
    void endsScriptsWhereTheStandardsEscapedStatesDo() {
        // In "<!--" a "<script>" opens a part where "</script>" does not end the script.
        assertThat(MarkupCheck.check("<script><!--<script>a</script>b--></script><p>x</p>").lean())
                .isEqualTo("<script></script><p>x</p>");
        // Without an inner "<script>", the first "</script>" ends it, inside "<!--" or not.
        assertThat(MarkupCheck.check("<script>a<!--b</script>c-->d<p>x</p>").lean())
                .isEqualTo("<script></script>c-->d<p>x</p>");
    }

    @Test
    void staysLinearOnDeepAndBrokenInput() {
        String deep = "<div>".repeat(100_000) + "</span>".repeat(100_000);
        String tags = "<a b=\"".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(MarkupCheck.check(deep).errors()).isPositive();
            assertThat(MarkupCheck.check(tags).errors()).isPositive();
        });
    }

    /** {@return what a reader gives, read in chunks of a given size} */
    private static String readAll(java.io.Reader reader, int chunk) {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[chunk];
        try (java.io.Reader r = reader) {
            for (int got = r.read(buf, 0, buf.length); got >= 0; got = r.read(buf, 0, buf.length)) {
                out.append(buf, 0, got);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
