package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link ContentScorer} picks a page's story container and cleans clutter out of it. */
class ContentScorerTest {

    private static final String PROSE = "<p>The city council voted on Tuesday to build a new bridge over the river, "
            + "ending a debate that had run for more than a decade, officials said.</p>"
            + "<p>The bridge will cost about $40 million, paid for by state and federal grants, "
            + "and work is expected to start in the spring, the mayor said.</p>"
            + "<p>Residents who had opposed the plan, citing traffic, noise and the loss of a park, "
            + "said they would keep pressing the council for changes to the design.</p>";

    private static final String SIDEBAR = "<div class=\"notes\"><p>Short note.</p>" + "<p>Another line</p></div>";

    private static Document doc(String body) {
        return Jsoup.parse("<html><body>" + body + "</body></html>");
    }

    private static List<String> select(Document d) {
        HtmlBlocks page = HtmlBlocks.walk(d.body(), true, null);
        return ContentScorer.select(page, null, true, e -> false).stream()
                .map(b -> b.text)
                .toList();
    }

    private static List<String> selectIn(Document d, Element root, java.util.function.Predicate<Element> excluded) {
        HtmlBlocks page = HtmlBlocks.walk(d.body(), true, null);
        Frame frame = page.frames.stream().filter(f -> f.el == root).findFirst().orElseThrow();
        return ContentScorer.select(page, frame, false, excluded).stream()
                .map(b -> b.text)
                .toList();
    }

    @Test
    void picksTheContainerOfLongParagraphsWithCommasOverAShortSidebar() {
        List<String> texts = select(doc(SIDEBAR + "<div class=\"story\">" + PROSE + "</div>"));
        assertThat(texts).hasSize(3);
        assertThat(texts.get(0)).startsWith("The city council voted");
        assertThat(texts).noneMatch(t -> t.contains("Short note"));
    }

    @Test
    void keepsTheStoryParagraphsInDocumentOrder() {
        List<String> texts = select(doc("<article>" + PROSE + "</article>"));
        assertThat(texts)
                .extracting(t -> t.substring(0, 12))
                .containsExactly("The city cou", "The bridge w", "Residents wh");
    }

    @Test
    void leavesOutAListOfLinksInsideTheStory() {
        String links = "<ul><li><a href=\"/a\">More local news from the city and the county</a></li>"
                + "<li><a href=\"/b\">Weather forecast for the weekend ahead</a></li>"
                + "<li><a href=\"/c\">Sports results and standings</a></li></ul>";
        List<String> texts = select(doc("<div class=\"story\">" + PROSE + links + "</div>"));
        assertThat(texts).hasSize(3).noneMatch(t -> t.contains("Weather forecast"));
    }

    @Test
    void leavesOutAPictureWithALineOfCaptionUnderIt() {
        String caption = "<div><img src=\"bridge.jpg\"><span>The old bridge, seen from the east bank.</span></div>";
        List<String> texts = select(doc("<div class=\"story\">" + PROSE + caption + "</div>"));
        assertThat(texts).noneMatch(t -> t.contains("old bridge, seen"));
    }

    @Test
    void leavesOutALinkStandingAlone() {
        List<String> texts = select(doc("<div class=\"story\">" + PROSE
                + "<p><a href=\"/more\">Read more stories like this one</a></p></div>"));
        assertThat(texts).noneMatch(t -> t.contains("Read more"));
    }

    @Test
    void selectsNothingFromAPageWithoutParagraphs() {
        assertThat(select(doc("<div><a href=\"/\">Home</a></div>"))).isEmpty();
    }

    @Test
    void takesAGivenRootAndLeavesOutWhatTheSiteRulesExclude() {
        Document d = doc(SIDEBAR + "<div id=\"body\">" + PROSE + "<p class=\"promo\">Subscribe to our "
                + "newsletter for the best stories of the day, every day, in your inbox.</p></div>");
        List<String> texts = selectIn(d, d.getElementById("body"), e -> e.hasClass("promo"));
        assertThat(texts).hasSize(3).noneMatch(t -> t.contains("Subscribe")).noneMatch(t -> t.contains("Short note"));
    }
}
