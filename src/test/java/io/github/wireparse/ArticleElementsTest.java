package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Article#elements()} interleaves paragraphs and boilerplate in reading order. */
class ArticleElementsTest {

    private static final String STORY = String.join(
            "\n",
            "Storm closes schools across the coast",
            "",
            "Editor's note: This story contains details some readers may find disturbing.",
            "",
            "MIAMI (AP) — Schools across the coast closed on Monday as the storm came ashore.",
            "",
            "ADVERTISEMENT",
            "",
            "Officials said the closures would last at least two days.",
            "",
            "___",
            "",
            "Associated Press writer Jane Doe in Tampa contributed to this report.",
            "");

    @Test
    void elementsFollowTheTextInReadingOrder() {
        Article a = Wireparse.parse(STORY);
        List<BodyElement> elements = a.elements();

        assertThat(elements).hasSize(a.paragraphs().size() + a.boilerplate().size());
        assertThat(elements).containsAll(a.paragraphs()).containsAll(a.boilerplate());
        assertThat(elements).extracting(BodyElement::start).isSorted();
        // The editor's note comes before the first paragraph, the trailer after the last.
        assertThat(elements.get(0)).isInstanceOf(Boilerplate.class);
        assertThat(elements.get(elements.size() - 1)).isInstanceOf(Boilerplate.class);
        assertThat(elements).filteredOn(e -> e instanceof Paragraph).hasSize(2);
    }

    @Test
    void eachElementsSpanCutsItsOwnWordsFromTheText() {
        Article a = Wireparse.parse(STORY);
        for (BodyElement e : a.elements()) {
            assertThat(e.span()).isEqualTo(new Span(e.start(), e.end()));
            assertThat(e.span().of(a.text()))
                    .contains(e.text().substring(0, Math.min(8, e.text().length())));
        }
    }

    @Test
    void interleavesListsThatWereBuiltOutOfOrder() {
        String text = "aaa bbb ccc ddd";
        Paragraph p1 = new Paragraph("aaa", 0, 3);
        Paragraph p2 = new Paragraph("ccc", 8, 11);
        Boilerplate b1 = new Boilerplate(BoilerplateKind.OTHER, "bbb", 4, 7);
        Boilerplate b2 = new Boilerplate(BoilerplateKind.OTHER, "ddd", 12, 15);
        Article a = new Article(
                text,
                InputFormat.TEXT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(p1, p2),
                List.of(b2, b1),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of());

        assertThat(a.elements()).containsExactly(p1, b1, p2, b2);
    }

    @Test
    void keepsAParagraphBeforeBoilerplateThatStartsAtTheSameOffset() {
        Paragraph p = new Paragraph("", 4, 4);
        Boilerplate b = new Boilerplate(BoilerplateKind.OTHER, "x", 4, 5);
        Article a = new Article(
                "abcdx",
                InputFormat.TEXT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(p),
                List.of(b),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of());

        assertThat(a.elements()).containsExactly(p, b);
    }

    @Test
    void elementsCannotBeModified() {
        Article a = Wireparse.parse(STORY);
        assertThatThrownBy(() -> a.elements().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anArticleWithoutBodyHasNoElements() {
        assertThat(Wireparse.parse("").elements()).isEmpty();
    }
}
