package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Headline;
import io.github.wireparse.Wireparse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageHeadlineTest {

    @Test
    void takesTheH1ThatATitleAgreesWith() {
        assertThat(PageHeadline.choose(
                        List.of("Breaking News", "Storm hits coast, thousands lose power"),
                        List.of("Storm hits coast, thousands lose power | Daily Planet"),
                        Set.of("dailyplanet")))
                .contains("Storm hits coast, thousands lose power");
    }

    @Test
    void stripsTheSiteNameFromTheTitle() {
        assertThat(PageHeadline.choose(
                        List.of(),
                        List.of("Daily Planet :: Storm hits coast, thousands lose power"),
                        PageHeadline.siteKeys(List.of(), "www.dailyplanet.com")))
                .contains("Storm hits coast, thousands lose power");
        assertThat(PageHeadline.choose(List.of(), List.of("How to Build a Terrarium | eHow"), Set.of("ehow")))
                .contains("How to Build a Terrarium");
    }

    @Test
    void prefersTheTitleOverAShortSiteOrSectionH1() {
        assertThat(PageHeadline.choose(
                        List.of("U.S. & World"), List.of("Storm hits coast, thousands lose power"), Set.of()))
                .contains("Storm hits coast, thousands lose power");
    }

    @Test
    void keepsAnH1ThatIsTheWholeTitleThoughItsLastPartIsShort() {
        assertThat(PageHeadline.choose(
                        List.of("Storm Watch — Why the Coast Lost Power for Days", "SIGN UP FOR OUR NEWSLETTER"),
                        List.of(
                                "Storm Watch — Why the Coast Lost Power for Days",
                                "Storm Watch — Why the Coast Lost Power for Days | planet"),
                        PageHeadline.siteKeys(List.of("planet"), "fakehost")))
                .contains("Storm Watch — Why the Coast Lost Power for Days");
    }

    @Test
    void readsABracketedSiteNameClosingTheTitle() {
        assertThat(PageHeadline.choose(
                        List.of("Springfield Archive beta"),
                        List.of("Storm hits coast - Part 2 - thousands lose power [Springfield Archive]"),
                        Set.of()))
                .contains("Storm hits coast - Part 2 - thousands lose power");
    }

    @Test
    void leavesOutAnH1ThatIsTheSiteNamedInTheTitle() {
        assertThat(PageHeadline.choose(
                        List.of("Springfield News Update Service"),
                        List.of("Storm hits coast, thousands lose power - Springfield News Update Service"),
                        Set.of()))
                .contains("Storm hits coast, thousands lose power");
    }

    @Test
    void recognisesWireSlugs() {
        assertThat(PageHeadline.isSlug("BC-EU-GEN--Topic, 2nd Ld-Writethru,0987"))
                .isTrue();
        assertThat(PageHeadline.isSlug("Storm hits coast")).isFalse();
        assertThat(PageHeadline.choose(
                        List.of("BC-EU-GEN--Storm, 2nd Ld-Writethru,0987"),
                        List.of("Storm hits coast, thousands lose power"),
                        Set.of()))
                .contains("Storm hits coast, thousands lose power");
    }

    private static final String HEADLINE = "Senate approves sweeping economic measure";

    private static final String STORY = "<p>WASHINGTON (AP) -- The Senate voted on Tuesday to approve a sweeping"
            + " measure on the economy after weeks of debate among lawmakers from both parties, officials said.</p>"
            + "<p>The bill now goes to the House, where leaders said they expected a vote later in the week,"
            + " according to people familiar with the plans.</p>"
            + "<p>Critics said the measure did too little for families struggling with rising costs and a slowing"
            + " job market across the country this year.</p>"
            + "<p>The White House welcomed the vote and urged quick action by the House to send the bill to the"
            + " president for his signature.</p>";

    private static Article parse(String head, String body) throws IOException {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return Wireparse.parser()
                .parseHtml(
                        new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                        "http://www.wxyz.com/news/story.html");
    }

    private static Optional<String> headlineOf(String head, String body) throws IOException {
        return parse(head, body).headline().map(Headline::text);
    }

    @Test
    void readsSiteNamesSlogansAndSectionLabelsAsLabels() {
        assertThat(PageHeadline.isLabel("Springfield Gazette News Update Service", Set.of()))
                .isTrue();
        assertThat(PageHeadline.isLabel("WXYZ - News, Weather, Sports", Set.of("wxyz")))
                .isTrue();
        assertThat(PageHeadline.isLabel("U.S. & World", Set.of())).isTrue();
        assertThat(PageHeadline.isLabel("Breaking news", Set.of())).isTrue();
        assertThat(PageHeadline.isLabel("State of the Union", Set.of())).isFalse();
        assertThat(PageHeadline.isLabel("Fox News host leaves the network", Set.of()))
                .isFalse();
        assertThat(PageHeadline.isLabel(HEADLINE, Set.of())).isFalse();
    }

    @Test
    void cutsScriptTextGluedOntoATitle() {
        assertThat(PageHeadline.cutScript(HEADLINE + " var gaJsHost = ((\"https:\" == document.location.protocol)"))
                .isEqualTo(HEADLINE);
        assertThat(PageHeadline.cutScript(HEADLINE + " - document.write('<a>')"))
                .isEqualTo(HEADLINE);
        assertThat(PageHeadline.cutScript("What if the Fed cuts rates?")).isEqualTo("What if the Fed cuts rates?");
    }

    @Test
    void theScriptPrefilterPassesEveryTextTheScriptPatternMatches() {
        // Each alternative of SCRIPT at its smallest, and random mixes of their pieces.
        List<String> alternatives = List.of(
                "var x =",
                "function(",
                "function f (",
                "document.x",
                "window.$y",
                "<!--",
                "$(",
                "if (a ==",
                "if(b<",
                "{ a:",
                "{$b :",
                "a;",
                "end; ");
        for (String s : alternatives) {
            assertThat(PageHeadline.SCRIPT.matcher(s).find()).as(s).isTrue();
            assertThat(PageHeadline.mayHoldScript(s)).as(s).isTrue();
        }
        String[] pieces = {
            "var",
            "x",
            "=",
            "function",
            "(",
            ")",
            "document",
            "window",
            ".",
            "<",
            "!--",
            "$",
            "if",
            "{",
            ":",
            ";",
            " ",
            "a",
            "1",
            "Headline",
            "!",
            "?",
            "-",
            "|"
        };
        java.util.Random random = new java.util.Random(14);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            if (PageHeadline.SCRIPT.matcher(s).find()) {
                matched++;
                assertThat(PageHeadline.mayHoldScript(s)).as(s).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(100);
        assertThat(PageHeadline.mayHoldScript("What if the Fed cuts rates?")).isFalse();
    }

    @Test
    void theSlugPrefilterPassesEveryTextTheSlugPatternMatches() {
        List<String> slugs =
                List.of("BC-EU-GEN--Topic", "AP-US-Topic-x", "Storm 2nd Ld-Writethru", "Storm,0987", "Storm,123\n");
        for (String s : slugs) {
            assertThat(PageHeadline.SLUG.matcher(s).find()).as(s).isTrue();
            assertThat(PageHeadline.mayBeSlug(s)).as(s).isTrue();
        }
        String[] pieces = {"BC", "AP", "-", "--", "EU", "Gen", "x", " ", "2nd", "Ld-Writethru", ",", "123", "0987", "\n"
        };
        java.util.Random random = new java.util.Random(18);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            if (PageHeadline.SLUG.matcher(s).find()) {
                matched++;
                assertThat(PageHeadline.mayBeSlug(s)).as(s).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(100);
        assertThat(PageHeadline.mayBeSlug("Storm hits coast")).isFalse();
    }

    @Test
    void leavesOutAMastheadH1ThatIsTheSitesSlogan() throws IOException {
        assertThat(headlineOf(
                        "<title>" + HEADLINE + " | Breaking news</title>",
                        "<div id=logo><h1>Springfield Gazette News Update Service</h1></div><div>" + STORY + "</div>"))
                .contains(HEADLINE);
    }

    @Test
    void stripsSitePrefixesAndSuffixesMadeOfLabels() throws IOException {
        assertThat(headlineOf(
                        "<title>WXYZ - News, Weather, Sports :: " + HEADLINE + "</title>",
                        "<h1>WXYZ - News, Weather, Sports</h1><div><h2>" + HEADLINE + "</h2>" + STORY + "</div>"))
                .contains(HEADLINE);
        assertThat(headlineOf("<title>" + HEADLINE + "_English_Xinhua</title>", "<div>" + STORY + "</div>"))
                .contains(HEADLINE);
        assertThat(headlineOf(
                        "<title>" + HEADLINE + " - The Springfield News - Springfield, IL</title>"
                                + "<meta property=\"og:site_name\" content=\"The Springfield News\">",
                        "<div>" + STORY + "</div>"))
                .contains(HEADLINE);
    }

    @Test
    void cutsScriptTextGluedOntoThePageTitle() throws IOException {
        assertThat(headlineOf(
                        "<title>" + HEADLINE + "\nvar gaJsHost = ((\"https:\" == document.location.protocol) ?"
                                + " \"https://ssl.\" : \"http://www.\");</title>",
                        "<div>" + STORY + "</div>"))
                .contains(HEADLINE);
    }

    @Test
    void takesTheHeadingOpeningTheArticleOverASectionH1OrASiteTitle() throws IOException {
        assertThat(headlineOf(
                        "<title>The Daily Planet</title>",
                        "<div id=nav><h1>U.S. &amp; World</h1></div><div><h2>" + HEADLINE + "</h2>" + STORY + "</div>"))
                .contains(HEADLINE);
        assertThat(headlineOf(
                        "<title>KXYZ.com - " + HEADLINE + "</title>",
                        "<h1>U.S. &amp; World</h1><div><h3>" + HEADLINE + "</h3>" + STORY + "</div>"))
                .contains(HEADLINE);
        assertThat(headlineOf(
                        "<title>The Springfield News - Breaking News, Sports, Weather</title>",
                        "<div><h2 class=headline>" + HEADLINE + "</h2>" + STORY + "</div>"))
                .contains(HEADLINE);
    }

    @Test
    void keepsTheTitleOverAnOpeningHeadingThatIsOnlyPartOfIt() {
        assertThat(PageHeadline.choose(
                        List.of(),
                        List.of("Lupita", "$150K Pearl Oscar Dress ... STOLEN!!!!"),
                        List.of("Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!! | TMZ.com"),
                        Set.of("tmz")))
                .contains("Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!");
    }

    @Test
    void stripsShortCapitalisedSiteNamesAndPlacesAroundTheTitle() throws IOException {
        for (String title : List.of(
                "Paper Online - " + HEADLINE,
                HEADLINE + " :: Springfield Online :: Local News, Sports, Weather",
                "Springfield Star - Your source for local news - " + HEADLINE,
                "WKRN-TV Nashville - News, Weather, Sports - " + HEADLINE,
                HEADLINE + " - Springfield Herald-Tribune - Springfield, FL - Breaking News and Information",
                "AP Wire | " + HEADLINE + " | The Springfield Times")) {
            assertThat(headlineOf("<title>" + title + "</title>", "<div>" + STORY + "</div>"))
                    .as(title)
                    .contains(HEADLINE);
        }
    }

    @Test
    void keepsTitlePartsThatBelongToTheHeadline() {
        assertThat(PageHeadline.strip(
                        "Star Wars Jedi: Fallen Order review – shoots for the moon, lands among the stars",
                        Set.of(),
                        List.of()))
                .isEqualTo("Star Wars Jedi: Fallen Order review – shoots for the moon, lands among the stars");
        assertThat(PageHeadline.strip(
                        "Milan Design Week 2018 | Michael Anastassiades’ light installation for FLOS",
                        Set.of(),
                        List.of()))
                .isEqualTo("Milan Design Week 2018 | Michael Anastassiades’ light installation for FLOS");
    }

    @Test
    void readsAHeadlineSetInBoldAboveTheStory() throws IOException {
        Article a = parse(
                "<title>Springfield Times</title>",
                "<div class=story><font size=\"+2\"><b>" + HEADLINE + "</b></font>" + STORY + "</div>");
        assertThat(a.headline()).map(Headline::text).contains(HEADLINE);
        assertThat(a.paragraphs().get(0).text()).startsWith("The Senate voted");
    }

    @Test
    void readsAHeadlineElementNamedByItsClassAboveTheStory() throws IOException {
        Article a = parse(
                "<title>The Springfield News</title>",
                "<div class=story><span class=storyheadline>" + HEADLINE + "</span><br>" + STORY + "</div>");
        assertThat(a.headline()).map(Headline::text).contains(HEADLINE);
        assertThat(a.paragraphs().get(0).text()).startsWith("The Senate voted");
    }

    @Test
    void takesNoBoldLeadParagraphForTheHeadline() throws IOException {
        assertThat(headlineOf(
                        "<title>Get your code covered | Code | Jane Roe</title>",
                        "<div><p><strong>So you are testing your code? Great! The more you write tests, the more"
                                + " confident you are with it.</strong></p>" + STORY + "</div>"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Get your code covered"));
    }

    @Test
    void takesTheDeclaredHeadlineOverAnH1ThatSaysSomethingElse() throws IOException {
        String shown = "Senate measure is the biggest economic bill in a decade";
        // JSON-LD headline and og:title each declare the article's headline; the page's <h1> differs.
        assertThat(headlineOf(
                        "<title>" + HEADLINE + " - WXYZ</title><script type=\"application/ld+json\">"
                                + "{\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE + "\"}</script>",
                        "<div><h1>" + shown + "</h1>" + STORY + "</div>"))
                .contains(HEADLINE);
        assertThat(headlineOf(
                        "<meta property=\"og:title\" content=\"" + HEADLINE + "\">",
                        "<div><h1>" + shown + "</h1>" + STORY + "</div>"))
                .contains(HEADLINE);
        // Dublin Core, named among other properties.
        assertThat(headlineOf(
                        "<meta property=\"x:title dc:title\" content=\"" + HEADLINE + "\">",
                        "<div><h1>" + shown + "</h1>" + STORY + "</div>"))
                .contains(HEADLINE);
    }

    @Test
    void leavesTheReplacedH1OutOfTheBody() throws IOException {
        Article a = parse(
                "<meta property=\"og:title\" content=\"" + HEADLINE + "\">",
                "<div><h1>Senate measure is the biggest economic bill in a decade</h1>" + STORY + "</div>");
        assertThat(a.headline()).map(Headline::text).contains(HEADLINE);
        assertThat(a.bodyText()).doesNotContain("biggest economic bill");
    }

    @Test
    void keepsTheH1WhenTheDeclaredHeadlineIsTheSameOrPartOfIt() {
        Set<String> sites = Set.of("wxyz");
        // The <h1> holds the declared headline: the page's fuller form stays.
        assertThat(PageHeadline.declared(
                        Optional.of(HEADLINE + " after weeks of debate"), List.of(HEADLINE), List.of(), sites))
                .contains(HEADLINE + " after weeks of debate");
        // The declared one holds the h1 with the site's name: stripped, it is the same headline.
        assertThat(PageHeadline.declared(Optional.of(HEADLINE), List.of(HEADLINE + " | WXYZ"), List.of(), sites))
                .contains(HEADLINE);
        assertThat(PageHeadline.declared(Optional.of(HEADLINE), List.of(HEADLINE.toUpperCase()), List.of(), sites))
                .contains(HEADLINE);
    }

    @Test
    void takesNoDeclaredTitleThatIsTheSiteALabelOrASlug() {
        Set<String> sites = Set.of("wxyz", "springfieldgazette");
        for (String declared : List.of(
                "WXYZ",
                "Springfield Gazette",
                "Springfield Gazette - News, Weather, Sports",
                "BC-US-Senate-Economy,0456")) {
            assertThat(PageHeadline.declared(Optional.of(HEADLINE), List.of(declared), List.of(), sites))
                    .as(declared)
                    .contains(HEADLINE);
        }
        // The first usable declared title decides: a site name before it is passed over.
        assertThat(PageHeadline.declared(
                        Optional.of("Something else entirely on the page"),
                        List.of("WXYZ", HEADLINE),
                        List.of(),
                        sites))
                .contains(HEADLINE);
        assertThat(PageHeadline.declared(Optional.empty(), List.of(HEADLINE), List.of(), sites))
                .isEmpty();
    }

    @Test
    void keepsADeclaredHeadlineThatRepeatsInsideTheStoryAsItsText() throws IOException {
        String shown = "Senate measure is the biggest economic bill in a decade";
        Article a = parse(
                "<meta property=\"og:title\" content=\"" + HEADLINE + "\">",
                "<div><h1>" + shown + "</h1>" + STORY + "<p>" + HEADLINE + "</p>" + STORY + "</div>");
        assertThat(a.headline()).map(Headline::text).contains(HEADLINE);
        // The declared headline set as a caption in the story (a video's title) is the story's.
        assertThat(a.paragraphs()).anySatisfy(p -> assertThat(p.text()).isEqualTo(HEADLINE));
    }
}
