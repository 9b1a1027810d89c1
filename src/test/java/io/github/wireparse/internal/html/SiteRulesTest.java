package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SiteRulesTest {

    private static final String PARAGRAPHS = "<p>One paragraph of the story.</p><p>Another paragraph.</p>";

    @Test
    void findsTheEntryContentOfALaterHnewsEntryAsTheSelectorDoes() {
        // The first .hentry holds no .entry-content; the selector's first match is in a later entry.
        Document doc = Jsoup.parse("<body><div class=hentry><p>teaser</p></div>"
                + "<div class=entry-content><p>outside any entry</p></div>"
                + "<div class=HNEWS><h1 class=entry-title>Title</h1><div class='Entry-Content'>" + PARAGRAPHS
                + "</div></div></body>");
        Element expected = doc.selectFirst(".hnews .entry-content, .hentry .entry-content");
        assertThat(expected).isNotNull();
        Optional<SiteRules.Site> site = SiteRules.detect(doc, PageScan.scan(doc));
        assertThat(site).isPresent();
        assertThat(site.get().body()).isSameAs(expected);
    }

    @Test
    void findsNoEntryContentOutsideAnEntry() {
        Document doc = Jsoup.parse(
                "<body><div class=hentry><p>teaser</p></div><div class=entry-content>" + PARAGRAPHS + "</div></body>");
        assertThat(doc.selectFirst(".hnews .entry-content, .hentry .entry-content"))
                .isNull();
        assertThat(SiteRules.detect(doc, PageScan.scan(doc))).isEmpty();
    }
}
