package io.github.wireparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Byline;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylineParserTest {

    private static Optional<Byline> parse(String text) {
        return BylineParser.parse(text, 0, text.length());
    }

    @Test
    void parsesReutersBylineWithOrganisation() {
        Byline b = parse("By Tom Carver, Reuters").orElseThrow();
        assertThat(b.authors()).containsExactly("Tom Carver");
        assertThat(b.organisation()).contains("Reuters");
        assertThat(b.title()).isEmpty();
    }

    @Test
    void parsesPluralApTitle() {
        Byline b =
                parse("By MARTA LINDQVIST and OWEN PRICE, AP Business Writers").orElseThrow();
        assertThat(b.authors()).containsExactly("MARTA LINDQVIST", "OWEN PRICE");
        assertThat(b.title()).contains("AP Business Writers");
        assertThat(b.organisation()).contains("Associated Press");
    }

    @Test
    void parsesTwoLineByline() {
        Byline b = parse("By HENRIK SOLBERG\nAssociated Press Writer").orElseThrow();
        assertThat(b.text()).isEqualTo("By HENRIK SOLBERG Associated Press Writer");
        assertThat(b.authors()).containsExactly("HENRIK SOLBERG");
        assertThat(b.title()).contains("Associated Press Writer");
    }

    @Test
    void parsesPaBylineAndTitle() {
        assertThat(parse("By Jane Doe, PA").orElseThrow().organisation()).contains("PA");
        Byline b = parse("By Tom Hale, PA Political Correspondent").orElseThrow();
        assertThat(b.title()).contains("PA Political Correspondent");
        assertThat(b.organisation()).contains("PA");
    }

    @Test
    void parsesYonhapNameLine() {
        Byline b = parse("By Kim Eun-jung").orElseThrow();
        assertThat(b.authors()).containsExactly("Kim Eun-jung");
        assertThat(b.organisation()).isEmpty();
    }

    @Test
    void parsesAggregatorBylineWithoutComma() {
        Byline b = parse("By CALEB JONES The Associated Press").orElseThrow();
        assertThat(b.authors()).containsExactly("CALEB JONES");
        assertThat(b.organisation()).contains("Associated Press");
        Byline c = parse("KRISTIE RIEKEN AP Sports Writer").orElseThrow();
        assertThat(c.authors()).containsExactly("KRISTIE RIEKEN");
        assertThat(c.title()).contains("AP Sports Writer");
    }

    @Test
    void reportsTheOrganisationTheAgencyTableGivesForAShortName() {
        // text/byline-organisations.tsv: AP stands for Associated Press; "The" before Canadian
        // Press is kept after the names, and only there
        assertThat(parse("By AP").orElseThrow().organisation()).contains("Associated Press");
        assertThat(parse("By The Canadian Press").orElseThrow().organisation()).contains("Canadian Press");
        assertThat(parse("Jane Moreau, Canadian Press").orElseThrow().organisation())
                .contains("Canadian Press");
        assertThat(parse("By Jane Doe, Reuters").orElseThrow().organisation()).contains("Reuters");
    }

    @Test
    void parsesNameLineClosedByCanadianPress() {
        Byline b = parse("Jane Moreau, The Canadian Press").orElseThrow();
        assertThat(b.authors()).containsExactly("Jane Moreau");
        assertThat(b.organisation()).contains("The Canadian Press");
    }

    @Test
    void ignoresSentencesEndingInAnAgencyName() {
        assertThat(parse("Officials said the plan was sound, Reuters")).isEmpty();
        assertThat(parse("Copyright 2024 The Canadian Press")).isEmpty();
        assertThat(parse("Tom Carver Reuters")).isEmpty();
    }

    @Test
    void parsesNewYorkTimesServiceByline() {
        Byline b = parse("By JOHN DOE\nc.1996 N.Y. Times News Service").orElseThrow();
        assertThat(b.authors()).containsExactly("JOHN DOE");
        assertThat(b.organisation()).contains("N.Y. Times News Service");
    }

    @Test
    void parsesBylineNamingOnlyTheAgency() {
        Byline b = parse("By United Press International").orElseThrow();
        assertThat(b.authors()).isEmpty();
        assertThat(b.organisation()).contains("United Press International");
        assertThat(parse("By Reuters Staff").orElseThrow().organisation()).contains("Reuters");
    }

    @Test
    void parsesGermanBylineWithAgency() {
        Byline b = parse("Von David Weber, dpa").orElseThrow();
        assertThat(b.authors()).containsExactly("David Weber");
        assertThat(b.organisation()).contains("dpa");
    }

    @Test
    void parsesGermanBylineWithNamesJoinedByUnd() {
        Byline b = parse("Von Anna Berger und Jan Ott").orElseThrow();
        assertThat(b.authors()).containsExactly("Anna Berger", "Jan Ott");
        assertThat(b.organisation()).isEmpty();
    }

    @Test
    void rejectsVonOpeningASentenceOrAnEnglishName() {
        assertThat(parse("Von Montag an gelten neue Regeln.")).isEmpty();
        assertThat(parse("Von Miller Signs With Bills")).isEmpty();
        assertThat(parse("Von David Weber")).isEmpty();
        assertThat(parse("Von Berlin aus fuhr der Zug, dpa")).isEmpty();
    }
}
