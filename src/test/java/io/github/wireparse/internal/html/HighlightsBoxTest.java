package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Dateline;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.Invariants;
import org.junit.jupiter.api.Test;

/** A box of story highlights or key points before the story is left out; other lists stay. */
class HighlightsBoxTest {

    private static final String STORY = "<p>PHOENIX (AP) — Arizona officials on Wednesday opened three new "
            + "cooling centers in city libraries as forecasters warned that temperatures could pass 115 degrees "
            + "by the weekend.</p><p>The centers will stay open until 10 p.m. every day through September, "
            + "the city's emergency management office said.</p><p>\"Nobody should have to wait out this heat "
            + "at a bus stop,\" Mayor Carla Ruiz said at a news conference.</p>";

    private static String page(String beforeStory) {
        return "<html><head><title>Phoenix opens cooling centers</title></head><body>"
                + "<h1>Phoenix opens cooling centers as heat builds</h1><div class=\"story\">" + beforeStory
                + STORY + "</div></body></html>";
    }

    private static final String ITEMS = "<ul><li>Three libraries will serve as cooling centers</li>"
            + "<li>Forecasters expect temperatures above 115 degrees</li>"
            + "<li>The centers stay open until 10 p.m. every day</li>"
            + "<li>Water and seating will be offered at each site</li></ul>";

    private static Article parse(String html) {
        Article a = Wireparse.parser().parseHtml(html, "https://example.test/story");
        Invariants.check(a);
        return a;
    }

    @Test
    void leavesOutListUnderKeyPointsHeading() {
        Article a = parse(page("<h2>Key points:</h2>" + ITEMS));
        assertThat(a.text()).doesNotContain("Key points").doesNotContain("Three libraries will serve");
        assertThat(a.dateline()).map(Dateline::text).contains("PHOENIX (AP) —");
        assertThat(a.paragraphs())
                .first()
                .extracting(Paragraph::text)
                .asString()
                .startsWith("Arizona officials on Wednesday");
    }

    @Test
    void leavesOutListWhoseClassNamesHighlights() {
        Article a = parse(page(ITEMS.replace("<ul>", "<ul class=\"article-highlights\">")));
        assertThat(a.text()).doesNotContain("Three libraries will serve");
        assertThat(a.dateline()).isPresent();
    }

    @Test
    void keepsUnnamedListBeforeStory() {
        Article a = parse(page(ITEMS));
        assertThat(a.text()).contains("Three libraries will serve", "Water and seating will be offered");
    }

    @Test
    void keepsHighlightsListAfterStoryHasBegun() {
        String html = page("").replace("</div></body>", "<h2>Highlights</h2>" + ITEMS + "</div></body>");
        Article a = parse(html);
        assertThat(a.text()).contains("Three libraries will serve");
    }
}
