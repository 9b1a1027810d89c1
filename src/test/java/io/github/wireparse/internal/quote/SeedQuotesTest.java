package io.github.wireparse.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Mention;
import io.github.wireparse.Quote;
import io.github.wireparse.Source;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.Invariants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed AP article's twelve quotations, as {@code shared/fixtures/seed/EXPECTED.md} lists them. */
class SeedQuotesTest {

    private static String text;
    private static Article article;

    @BeforeAll
    static void parseSeed() throws IOException {
        try (InputStream in = SeedQuotesTest.class.getResourceAsStream("/seed/ap-north-korea-arms.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        article = Wireparse.parse(text);
    }

    @Test
    void findsTwelveQuotationsInReadingOrder() {
        assertThat(article.quotes())
                .extracting(Quote::text)
                .containsExactly(
                        "conspiracy story",
                        "significant number",
                        "We consider such moves by the US as part of its hostile attempt to tarnish (North "
                                + "Korea’s) image in the international arena,",
                        "Once again, we make it clear that we have never had ‘weapons deals’ with Russia and "
                                + "we have no plans to do so in the future,",
                        "reckless remarks",
                        "keep its mouth shut",
                        "idea",
                        "will not change the course of the war,",
                        "hegemonic policy",
                        "mouthpiece",
                        "The UN secretary-general repeats what the White House and the State Department say "
                                + "as if he is their mouthpiece, which is unfortunate,",
                        "unfair and prejudiced behavior");
        Invariants.check(article);
    }

    // EXPECTED.md puts quote 9 in paragraph 9; "hegemonic policy" stands in the eighth body
    // paragraph ("Although most of Europe …"), so this table says 8.
    @ParameterizedTest(name = "quote {0}: {2} / {3} / {4} / {5}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 1  | partial | North Korea | North Korea | accused
            2  | 2  | partial | National Security Council spokesman John Kirby | John Kirby | accused
            3  | 3  | full | an unidentified deputy director of the foreign ministry’s military office | an unidentified deputy director of the foreign ministry’s military office | said
            4  | 4  | full | the deputy director | an unidentified deputy director of the foreign ministry’s military office | said
            5  | 5  | partial | North Korea | North Korea | calling on
            6  | 5  | partial | North Korea | North Korea | calling on
            7  | 6  | partial | Kirby | John Kirby | said
            8  | 6  | partial | He | John Kirby | said
            9  | 8  | partial | North Korea | North Korea | denouncing
            10 | 13 | partial | a senior North Korean diplomat | a senior North Korean diplomat | calling
            11 | 14 | full | Kim Son Gyong, vice minister for international organizations at North Korea’s foreign ministry | Kim Son Gyong | said
            12 | 15 | partial | Kim | Kim Son Gyong | said
            """)
    void attributesEachQuotation(int number, int paragraph, String kind, String speaker, String source, String cue) {
        Quote q = article.quotes().get(number - 1);
        assertThat(q.paragraphs()).containsExactly(paragraph - 1);
        assertThat(q.partial()).isEqualTo(kind.equals("partial"));
        assertThat(q.speaker()).map(Mention::text).contains(speaker);
        assertThat(q.source()).contains(source);
        assertThat(q.cue()).map(Mention::text).contains(cue);
        assertThat(q.span().of(text)).isEqualTo(q.text());
        assertThat(q.speaker().orElseThrow().span().of(text)).isEqualTo(speaker);
        assertThat(q.cue().orElseThrow().span().of(text)).isEqualTo(cue);
    }

    @Test
    void separatesDescriptorsFromNames() {
        assertThat(article.quotes().get(1).descriptor())
                .map(Mention::text)
                .contains("National Security Council spokesman");
        assertThat(article.quotes().get(10).descriptor())
                .map(Mention::text)
                .contains("vice minister for international organizations at North Korea’s foreign ministry");
        assertThat(article.quotes().get(2).descriptor()).isEmpty();
    }

    @Test
    void groupsQuotesBySource() {
        assertThat(article.sources())
                .filteredOn(s -> !s.quotes().isEmpty())
                .extracting(Source::name, Source::quotes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("North Korea", List.of(0, 4, 5, 8)),
                        org.assertj.core.groups.Tuple.tuple("John Kirby", List.of(1, 6, 7)),
                        org.assertj.core.groups.Tuple.tuple(
                                "an unidentified deputy director of the foreign ministry’s military office",
                                List.of(2, 3)),
                        org.assertj.core.groups.Tuple.tuple("a senior North Korean diplomat", List.of(9)),
                        org.assertj.core.groups.Tuple.tuple("Kim Son Gyong", List.of(10, 11)));
        assertThat(article.sources().get(1).descriptors()).containsExactly("National Security Council spokesman");
    }

    @Test
    void treatsApostrophesAndNestedQuotesAsPartOfTheText() {
        assertThat(article.problems()).isEmpty();
        assertThat(article.quotes())
                .extracting(Quote::text)
                .doesNotContain("weapons deals")
                .noneMatch(t -> t.startsWith(" ") || t.contains("Guterres"));
    }
}
