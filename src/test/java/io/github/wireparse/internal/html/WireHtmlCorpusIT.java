package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.Headline;
import io.github.wireparse.PageDate;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Problem;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.Invariants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire pages of {@code ../shared/corpora/wire-html/}, read in place: headline, byline,
 * dateline, first and last story paragraph and trailing boilerplate of each, checked against short
 * expectations written from reading the pages.
 *
 * <p>One part is not recognised yet: a site's sign-off line kept as the last paragraph
 * ({@code Ihre RNZ.}). For such parts the page lists the part as a {@link Part known gap}: the test
 * then only checks that the expected words were extracted from the page into the article text, and
 * says so in its output. (Closed gaps: a source line such as {@code Quelle: dpa-AFX} between the
 * headline and the byline is leading boilerplate, and a "story highlights" box before the story is
 * left out, so the byline and the dateline after them are found.)
 */
class WireHtmlCorpusIT {

    /** The parts of an article checked per page. */
    enum Part {
        HEADLINE,
        BYLINE,
        DATELINE,
        FIRST,
        LAST,
        TRAILER
    }

    /**
     * What one page should give.
     *
     * @param file     the file name's distinctive end
     * @param headline the start of the headline
     * @param byline   the start of the byline, or empty for none
     * @param dateline the dateline, or empty for none
     * @param first    the start of the first paragraph's own words (after the dateline)
     * @param last     the start of the last story paragraph
     * @param trailer  the starts of the trailing boilerplate items, in order
     * @param gaps     parts not recognised yet on this page
     */
    record Page(
            String file,
            String headline,
            String byline,
            String dateline,
            String first,
            String last,
            List<String> trailer,
            Set<Part> gaps) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static Page page(
            String file,
            String headline,
            String byline,
            String dateline,
            String first,
            String last,
            List<String> trailer,
            Part... gaps) {
        Set<Part> g = EnumSet.noneOf(Part.class);
        g.addAll(List.of(gaps));
        return new Page(file, headline, byline, dateline, first, last, trailer, g);
    }

    static Stream<Page> pages() {
        return Stream.of(
                page(
                        "ap_meta_refresh.html",
                        "Father of Orlando gunman known for rambling political videos",
                        "By LYNNE O'DONNELL",
                        "KABUL, Afghanistan (AP) --",
                        "The father of the Orlando nightclub gunman",
                        "Ghani's efforts to draw the Taliban",
                        List.of("---", "Associated Press writers Rahim Faiez")),
                page(
                        "test_yahoo.html",
                        "Apple says Steve Jobs resigning as CEO",
                        "By JORDAN ROBERTSON and RACHEL METZ",
                        "SAN FRANCISCO (AP) —",
                        "Steve Jobs, the mind behind the iPhone",
                        "\"Steve Jobs is an extremely strong leader",
                        List.of("___", "AP Technology Writer Barbara Ortutay")),
                page(
                        "yahoo-2__source.html",
                        "Russia: Space ship malfunctions, breaks up over Siberia",
                        "By NATALIYA VASILYEVA",
                        "MOSCOW (AP) —",
                        "An unmanned Russian cargo spaceship",
                        "NASA supplier SpaceX, meanwhile,",
                        List.of("___", "This version corrects", "Aerospace Writer Marcia Dunn")),
                page(
                        "test_huffingtonPost2.html",
                        "Alabama Workers Leave State As Immigration Law Takes Effect",
                        "",
                        "MONTGOMERY, Ala. --",
                        "Alabama's strict new immigration law may be backfiring",
                        "\"There is going to be a void. No question,\" Davis said.",
                        List.of("___", "Associated Press writers Jay Reeves")),
                page(
                        "reuters.com1.html",
                        "Sensex ends flat; weaker Asian markets offset reform hopes",
                        "",
                        "MUMBAI (Reuters) -",
                        "The BSE Sensex and Nifty ended flat",
                        "However, energy firms fell",
                        List.of("(Reporting by Indulal PM; Editing by Sunil Nair)")),
                page(
                        "reuters.com2.html",
                        "Indonesia expands search for missing AirAsia jet, U.S. sends warship",
                        "By Fergus Jensen",
                        "JAKARTA (Reuters) -",
                        "Countries around Asia on Tuesday stepped up",
                        "The plane's disappearance comes at a sensitive time",
                        List.of("(Additional reporting by Wilda Asmarini")),
                page(
                        "reuters.com3.html",
                        "Bodies, debris from missing AirAsia plane pulled from sea off Indonesia",
                        "By Gayatri Suroyo and Adriana Nina Kusuma",
                        "SURABAYA, Indonesia/JAKARTA (Reuters) -",
                        "Indonesian rescuers searching for an AirAsia plane",
                        "The AirAsia group, including affiliates in Thailand",
                        List.of("(Additional reporting by Fergus Jensen")),
                page(
                        "reuters.com4.html",
                        "Healthcare worker in Scotland diagnosed with Ebola",
                        "",
                        "LONDON (Reuters) -",
                        "A healthcare worker has been diagnosed with Ebola",
                        "The World Health Organization on Monday said",
                        List.of("(Reporting by Andy Bruce in London")),
                page(
                        "reuters.com.parasite.html",
                        "'Parasite' scores historic upset at SAG awards, boosting Oscar chances",
                        "By Jill Serjeant",
                        "LOS ANGELES (Reuters) -",
                        "South Korean thriller “Parasite” was the upset winner",
                        "“This whole thing has been a dream",
                        List.of()),
                page(
                        "yna_co_kr.html",
                        "N. Korea slams S. Korea for joint military drill, warns of consequences",
                        "",
                        "SEOUL, Aug. 20 (Yonhap) --",
                        "North Korea's official newspaper blasted South Korea",
                        "A spokesperson of the North's committee handling inter-Korean affairs",
                        List.of("kokobj@yna.co.kr", "(END)")),
                page(
                        "fox13now_001.html",
                        "New Year, new laws: Obamacare, pot, guns and",
                        "By Leigh Ann Caldwell",
                        "WASHINGTON (CNN) —",
                        "Not everyone subscribes to a New Year’s resolution",
                        "(Sourcing: much of this list was obtained",
                        List.of("The-CNN-Wire", "™ & © 2013 Cable News Network")),
                page(
                        "test_cnn1.html",
                        "Democrats to use Social Security against GOP this fall",
                        "By Ed Hornick",
                        "Washington (CNN) --",
                        "Democrats pledged Friday to not only keep Social Security",
                        "Reid's campaign hit back hard",
                        List.of("CNN's Alex Mooney contributed to this report.")),
                page(
                        "rnz.de.witzel.html",
                        "Frank Witzel erhält Deutschen Buchpreis 2015",
                        "",
                        "Frankfurt/Main (dpa) -",
                        "Für einen Roman über die alte Bundesrepublik",
                        "Für einen Roman über die alte Bundesrepublik",
                        List.of(),
                        Part.LAST),
                page(
                        "tour-magazin.de-unfall.html",
                        "Nach Unfall auf Intensivstation: Bernal kämpft um Karriere",
                        "",
                        "Bogotá (dpa) -",
                        "Gebrochene Wirbelsäule, gebrochener Oberschenkel",
                        "Der Unfall erinnert an den schweren Crash",
                        List.of("© dpa-infocom, dpa:220124-99-835563/5")),
                page(
                        "finanztreff.de-Influencer.html",
                        "Influencer und Trading Apps: Die Jungen entdecken die Börse",
                        "Von David Hutzler, dpa",
                        "",
                        "Niedrige Zinsen und der anhaltende Aktienboom",
                        "Jungen Aktionären empfiehlt DAI-Chefin Bortenlänger",
                        List.of()));
    }

    private static Path corpus() {
        String shared = System.getProperty("wireparse.shared", "");
        return shared.isEmpty() ? Path.of("/nonexistent") : Path.of(shared, "corpora", "wire-html");
    }

    private static Article parse(String suffix) throws IOException {
        Path dir = corpus();
        Assumptions.assumeTrue(
                Files.isDirectory(dir), "wire-html corpus not found under wireparse.shared (" + dir + "); skipping");
        Path file;
        try (Stream<Path> s = Files.list(dir)) {
            file = s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElseThrow();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Wireparse.parser().parseHtml(in, "");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractsWirePage(Page page) throws IOException {
        Article a = parse(page.file());
        Invariants.check(a);
        for (Part gap : page.gaps()) {
            System.out.println("wire-html " + page.file() + ": known gap: " + gap);
        }
        assertThat(a.headline())
                .map(Headline::text)
                .hasValueSatisfying(h -> assertThat(h).startsWith(page.headline()));

        if (page.byline().isEmpty()) {
            assertThat(a.byline()).isEmpty();
        } else if (page.gaps().contains(Part.BYLINE)) {
            assertThat(a.text()).contains(page.byline());
        } else {
            assertThat(a.byline())
                    .map(Byline::text)
                    .hasValueSatisfying(b -> assertThat(b).startsWith(page.byline()));
        }

        if (page.dateline().isEmpty() || page.gaps().contains(Part.DATELINE)) {
            assertThat(a.text()).contains(page.dateline());
        } else {
            assertThat(a.dateline()).map(Dateline::text).contains(page.dateline());
        }

        List<Paragraph> ps = a.paragraphs();
        assertThat(ps).isNotEmpty();
        if (page.gaps().contains(Part.FIRST)) {
            assertThat(ps).anySatisfy(p -> assertThat(p.text()).contains(page.first()));
        } else if (page.gaps().contains(Part.DATELINE)) {
            assertThat(ps.get(0).text()).startsWith(page.dateline()).contains(page.first());
        } else {
            assertThat(ps.get(0).text()).startsWith(page.first());
        }

        if (page.gaps().contains(Part.LAST)) {
            assertThat(ps).anySatisfy(p -> assertThat(p.text()).contains(page.last()));
        } else {
            assertThat(ps.get(ps.size() - 1).text()).startsWith(page.last());
        }

        if (page.gaps().contains(Part.TRAILER)) {
            for (String t : page.trailer()) {
                assertThat(a.text()).contains(t);
            }
        } else {
            int lastStart = ps.get(ps.size() - 1).span().start();
            List<String> trailing = a.boilerplate().stream()
                    .filter(b -> b.span().start() > lastStart)
                    .map(Boilerplate::text)
                    .toList();
            assertThat(trailing).hasSameSizeAs(page.trailer());
            for (int i = 0; i < trailing.size(); i++) {
                assertThat(trailing.get(i)).startsWith(page.trailer().get(i));
            }
        }
    }

    /**
     * The published date of the pages whose source project states one (newspaper4k's
     * {@code metadata/*.json} {@code publish_date}, a date only for fox13now), and of AP's hosted
     * page, whose time stamp element carries it in its title.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("datedPages")
    void readsThePublishedDate(String suffix, String expected) throws IOException {
        PageDate d = parse(suffix).metadata().flatMap(PageMetadata::published).orElseThrow();
        assertThat(d.isoText()).startsWith(expected);
    }

    static Stream<Arguments> datedPages() {
        return Stream.of(
                Arguments.of("html__fox13now_001.html", "2013-12-30"),
                Arguments.of("html__yna_co_kr.html", "2019-08-20T09:31:01+09:00"),
                Arguments.of("html__ap_meta_refresh.html", "2016-06-13T16:03:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frontPages")
    void flagsFrontPageAsNoArticle(String suffix) throws IOException {
        Article a = parse(suffix);
        Invariants.check(a);
        assertThat(a.problems())
                .extracting(Problem::message)
                .anyMatch(m -> m.startsWith("the page may not be an article"));
    }

    static Stream<String> frontPages() {
        return Stream.of("yahoo_main_site.html");
    }
}
