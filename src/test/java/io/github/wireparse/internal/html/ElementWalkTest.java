package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementWalkTest {

    private static final String PAGE = "<html><head><title>T</title><meta name=a></head><body>"
            + "<div id=a>text<p id=b>one <b id=c>two</b></p><!-- c --><ul id=d><li id=e>x</li><li id=f></li></ul>"
            + "</div><p id=g>tail</p></body></html>";

    @Test
    void visitsTheElementsInTheOrderElementStreamGivesThem() {
        Document doc = Jsoup.parse(PAGE);
        List<Element> seen = new ArrayList<>();
        assertThat(ElementWalk.each(doc, seen::add)).isTrue();
        assertThat(seen).containsExactlyElementsOf(doc.stream().toList());
        Element body = doc.body();
        List<Element> inBody = new ArrayList<>();
        ElementWalk.each(body, inBody::add);
        assertThat(inBody).containsExactlyElementsOf(body.stream().toList());
    }

    @Test
    void stopsWhenTheVisitorSaysSo() {
        Document doc = Jsoup.parse(PAGE);
        List<String> ids = new ArrayList<>();
        boolean all = ElementWalk.each(doc.body(), e -> {
            if (!e.id().isEmpty()) {
                ids.add(e.id());
            }
            return !e.id().equals("c");
        });
        assertThat(all).isFalse();
        assertThat(ids).containsExactly("a", "b", "c");
    }

    @Test
    void walksDeeplyNestedPagesWithoutRecursion() {
        Document doc = Jsoup.parse("<div>".repeat(100_000) + "x");
        int[] count = {0};
        ElementWalk.each(doc, e -> {
            count[0]++;
            return true;
        });
        assertThat(count[0]).isEqualTo((int) doc.stream().count());
    }
}
