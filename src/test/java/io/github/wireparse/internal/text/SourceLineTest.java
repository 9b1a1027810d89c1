package io.github.wireparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.Byline;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Wireparse;
import io.github.wireparse.internal.text.BoilerplateRules.Position;
import io.github.wireparse.testing.Invariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A short line naming the agency a story comes from, between its headline and its byline. */
class SourceLineTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Quelle: dpa-AFX",
                "Source: Reuters",
                "Quelle: dpa",
                "SOURCE: AP",
                "Source: The Associated Press",
                "(Source: AFP)",
                "Quelle: dpa.",
                "Sources: AP, Reuters",
                "Quellen: dpa und AFP",
                "Fuente: EFE",
                "Source: Xinhua News Agency",
                "Source: AP/AFP"
            })
    void classifiesSourceLineAtTheTop(String line) {
        assertThat(BoilerplateRules.classify(line, Position.LEADING)).contains(BoilerplateKind.OTHER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Source: the state health department",
                "Quelle: Statistisches Bundesamt",
                "Sources say the deal is close.",
                "Source: Reuters calculations based on company filings",
                "Source: AP and the city's records office",
                "Sourcing: AP",
                "Source:",
                "Reuters"
            })
    void keepsLinesNamingMoreThanAnAgency(String line) {
        assertThat(BoilerplateRules.classify(line, Position.LEADING)).isEmpty();
    }

    @Test
    void leavesSourceLineInTheBodyAlone() {
        assertThat(BoilerplateRules.classify("Source: Reuters", Position.BODY)).isEmpty();
    }

    @Test
    void findsBylineAfterSourceLineInText() {
        String text = "Museum reopens after two-year renovation\n\nSource: AP\n\nBy LENA MARSH\n\n"
                + "CHICAGO (AP) — The city's oldest science museum reopened Saturday after a two-year "
                + "renovation that added a planetarium.\n\n"
                + "About 3,000 visitors came through the doors on the first day, a spokeswoman said.\n";
        Article a = Wireparse.parser().parse(text);
        Invariants.check(a);
        assertThat(a.byline()).map(Byline::text).contains("By LENA MARSH");
        assertThat(a.dateline()).isPresent();
        assertThat(a.boilerplate())
                .extracting(Boilerplate::kind, Boilerplate::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BoilerplateKind.OTHER, "Source: AP"));
        assertThat(a.paragraphs())
                .first()
                .extracting(Paragraph::text)
                .asString()
                .startsWith("The city's oldest science museum");
    }

    @Test
    void findsGermanBylineAfterSourceLineInText() {
        String text = "Bahn testet Nachtzug nach Kopenhagen\n\nQuelle: dpa\n\nVon Jana Brockmann, dpa\n\n"
                + "Berlin (dpa) - Die Bahn will im Sommer einen Nachtzug von Berlin nach Kopenhagen "
                + "testen.\n\nTickets sollen ab Mai zu haben sein.\n";
        Article a = Wireparse.parser().parse(text);
        Invariants.check(a);
        assertThat(a.byline())
                .map(Byline::authors)
                .hasValueSatisfying(authors -> assertThat(authors).containsExactly("Jana Brockmann"));
        assertThat(a.dateline()).isPresent();
        assertThat(a.boilerplate()).extracting(Boilerplate::text).containsExactly("Quelle: dpa");
    }
}
