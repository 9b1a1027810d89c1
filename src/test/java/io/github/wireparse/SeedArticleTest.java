package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed AP article's structure, as {@code shared/fixtures/seed/EXPECTED.md} gives it. */
class SeedArticleTest {

    private static String text;
    private static Article article;

    @BeforeAll
    static void parseSeed() throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("/seed/ap-north-korea-arms.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        article = Wireparse.parse(text);
    }

    @Test
    void findsHeadlineOnFirstLine() {
        assertThat(article.headline())
                .map(Headline::text)
                .contains("North Korea criticizes the US for increasing alleged arms shipments to Russia");
        assertThat(article.headline().orElseThrow().span().start()).isZero();
    }

    @Test
    void hasNoByline() {
        assertThat(article.byline()).isEmpty();
    }

    @Test
    void parsesDatelineWithCountry() {
        Dateline d = article.dateline().orElseThrow();
        assertThat(d.text()).isEqualTo("SEOUL, South Korea (AP) —");
        assertThat(d.city()).contains("SEOUL");
        assertThat(d.region()).contains("South Korea");
        assertThat(d.countryCode()).contains("KR");
        assertThat(d.agency()).contains(Agency.AP);
        assertThat(d.date()).isEmpty();
        assertThat(d.span().of(text)).isEqualTo(d.text());
    }

    @Test
    void splitsFifteenParagraphsWithoutTheDateline() {
        assertThat(article.paragraphs()).hasSize(15);
        assertThat(article.paragraphs().get(0).text()).startsWith("North Korea accused the United States on Tuesday");
        assertThat(article.paragraphs().get(14).text())
                .isEqualTo("Kim said Guterres’ “unfair and prejudiced behavior” had contributed to worsening "
                        + "tensions in the region.");
    }

    @Test
    void classifiesTrailingChrome() {
        assertThat(article.boilerplate())
                .extracting(Boilerplate::kind, Boilerplate::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                BoilerplateKind.COVERAGE_PROMO, "Follow AP’s coverage of the Asia-Pacific region at"),
                        org.assertj.core.groups.Tuple.tuple(BoilerplateKind.PAGE_NAVIGATION, "The Latest"),
                        org.assertj.core.groups.Tuple.tuple(BoilerplateKind.PAGE_NAVIGATION, "To Top"));
    }

    @Test
    void reportsNoProblems() {
        assertThat(article.problems()).isEmpty();
    }
}
