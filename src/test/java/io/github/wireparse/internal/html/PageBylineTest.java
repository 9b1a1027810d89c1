package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageBylineTest {

    @Test
    void cutsByAndDateFromVisibleByline() {
        assertThat(PageByline.names("By JEFFREY GETTLEMAN JAN. 13, 2017")).isEqualTo("JEFFREY GETTLEMAN");
        assertThat(PageByline.names("By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT"))
                .isEqualTo("Alissa Wilkinson");
        assertThat(PageByline.names("By Alex Heath, a deputy editor and author of the newsletter."))
                .isEqualTo("Alex Heath");
        assertThat(PageByline.names("Nicolas Perriault —")).isEqualTo("Nicolas Perriault");
    }

    @Test
    void keepsAgencyTitleForTheBylineParser() {
        assertThat(PageByline.names("By JOHN DOE, Associated Press Writer"))
                .isEqualTo("JOHN DOE, Associated Press Writer");
    }

    @Test
    void readsACreditOrStaffTitleOnTheBylinesSecondLine() {
        assertThat(PageByline.names("By JOHN DOE\nAssociated Press Writer"))
                .isEqualTo("JOHN DOE Associated Press Writer");
        assertThat(PageByline.names("By JANE ROE and JOHN DOE\nAP Business Writers"))
                .isEqualTo("JANE ROE and JOHN DOE AP Business Writers");
        assertThat(PageByline.names("By JOHN DOE\nThe Associated Press")).isEqualTo("JOHN DOE Associated Press");
        // A second line that is no credit is not read as part of the byline.
        assertThat(PageByline.names("By JOHN DOE\nThe mayor said on Monday")).doesNotContain("mayor");
        Optional<PageByline.Choice> c =
                PageByline.choose(List.of("By JOHN DOE\nAssociated Press Writer"), List.of(), Set.of());
        assertThat(c).map(PageByline.Choice::line).contains("By JOHN DOE Associated Press Writer");
    }

    @Test
    void tellsCreditLinesFromSentences() {
        assertThat(PageByline.creditLine("Associated Press Writer")).isTrue();
        assertThat(PageByline.creditLine("AP Business Writers")).isTrue();
        assertThat(PageByline.creditLine("The Associated Press")).isTrue();
        assertThat(PageByline.creditLine("Reuters")).isTrue();
        assertThat(PageByline.creditLine("The Associated Press contributed to this report."))
                .isFalse();
        assertThat(PageByline.creditLine("Business Writers")).isFalse();
        assertThat(PageByline.creditLine("AP writers in three cities")).isFalse();
        assertThat(PageByline.creditLine("")).isFalse();
    }

    @Test
    void rejectsTextThatIsNotNames() {
        assertThat(PageByline.names("Share this story on Twitter")).isEmpty();
        assertThat(PageByline.names("http://example.com/author/jane")).isEmpty();
        assertThat(PageByline.names("read the latest news here")).isEmpty();
    }

    @Test
    void takesMetadataAuthorsWhenNothingIsShown() {
        Optional<PageByline.Choice> c = PageByline.choose(List.of(), List.of("Stella Kim", "Jennifer Jett"), Set.of());
        assertThat(c).map(PageByline.Choice::line).contains("By Stella Kim and Jennifer Jett");
        assertThat(c.get().source()).isEmpty();
    }

    @Test
    void prefersMetadataWhenTheVisibleBylineNamesSomeoneElse() {
        Optional<PageByline.Choice> c =
                PageByline.choose(List.of("By Laurie Oakes"), List.of("Joe Hildebrand"), Set.of());
        assertThat(c).map(PageByline.Choice::line).contains("By Joe Hildebrand");
    }

    @Test
    void keepsTheVisibleFormWhenBothAgree() {
        Optional<PageByline.Choice> c = PageByline.choose(
                List.of("By GILLIAN MOHNEY March 11, 2015 3:46 PM"), List.of("Gillian Mohney"), Set.of());
        assertThat(c).map(PageByline.Choice::line).contains("By GILLIAN MOHNEY");
        assertThat(c.get().source()).contains("By GILLIAN MOHNEY March 11, 2015 3:46 PM");
    }

    @Test
    void leavesOutOrganisationsSiteNamesAndLoneWords() {
        assertThat(PageByline.choose(List.of("CNN Wire"), List.of("AP"), Set.of()))
                .isEmpty();
        assertThat(PageByline.choose(List.of("MochaLite"), List.of(), Set.of())).isEmpty();
        assertThat(PageByline.choose(List.of(), List.of("The Verge"), Set.of("theverge")))
                .isEmpty();
        assertThat(PageByline.choose(List.of("By Kevin McCoy USA TODAY"), List.of(), Set.of("usatoday")))
                .map(PageByline.Choice::line)
                .contains("By Kevin McCoy");
    }

    @Test
    void readsCoAuthorsListedInParenthesesAfterTheNames() {
        assertThat(PageByline.names("By Martin Dupont (avec Claire Petit et Paul Martin)"))
                .isEqualTo("Martin Dupont, Claire Petit and Paul Martin");
        assertThat(PageByline.names("By Jane Roe (with John Doe)")).isEqualTo("Jane Roe and John Doe");
        assertThat(PageByline.coAuthors("Martin Dupont (avec Claire Petit et Paul Martin)"))
                .isEqualTo("Martin Dupont, Claire Petit and Paul Martin");
        // Parentheses of another kind still end the names part.
        assertThat(PageByline.names("By Jane Roe (Reporting from Kyiv)")).isEqualTo("Jane Roe");
        assertThat(PageByline.names("By Jane Roe (with reporting by wire services)"))
                .isEqualTo("Jane Roe");
    }

    @Test
    void cutsTheWordOtherLanguagesOpenABylineWith() {
        assertThat(PageByline.names("Par Hélène Marchand")).isEqualTo("Hélène Marchand");
        assertThat(PageByline.names("Von Anna Berger und Jan Ott")).isEqualTo("Anna Berger und Jan Ott");
        assertThat(PageByline.names("Por: Ana Ruiz")).isEqualTo("Ana Ruiz");
        // A name that starts with such a word keeps it: one capitalised word after it is no byline's names.
        assertThat(PageByline.withoutByWord("Von Miller")).isEqualTo("Von Miller");
        assertThat(PageByline.withoutByWord("Paris Hilton")).isEqualTo("Paris Hilton");
        assertThat(PageByline.withoutByWord("Par")).isEqualTo("Par");
    }

    @Test
    void cutsAVisibleNameToTheMetadataPersonItOpensWith() {
        // A staff title or a link's label run onto the name, glued or after a space.
        assertThat(PageByline.choose(List.of("By Meg JamesStaff Writer"), List.of("Meg James"), Set.of()))
                .map(PageByline.Choice::line)
                .contains("By Meg James");
        assertThat(PageByline.choose(
                        List.of("By Marcus De GuzmanView More Articles"), List.of("Marcus De Guzman"), Set.of()))
                .map(PageByline.Choice::line)
                .contains("By Marcus De Guzman");
        assertThat(PageByline.choose(List.of("By Bruce Y. Lee Senior Contributor"), List.of("Bruce Y. Lee"), Set.of()))
                .map(PageByline.Choice::line)
                .contains("By Bruce Y. Lee");
    }

    @Test
    void keepsALongerSurnameAndAnAgencyCreditAfterTheMetadataPerson() {
        // "Smithson" is another name, not "Smith" with text run on.
        assertThat(PageByline.cutToMetadata("John Smithson", List.of("John Smith")))
                .isEqualTo("John Smithson");
        assertThat(PageByline.cutToMetadata("Tom Davies Associated Press", List.of("Tom Davies")))
                .isEqualTo("Tom Davies Associated Press");
    }

    @Test
    void leavesOutListedNamesThatAreNoPersons() {
        assertThat(PageByline.withoutStrays("Sherif Saed, Wednesday", Set.of())).isEqualTo("Sherif Saed");
        assertThat(PageByline.withoutStrays("Victor Tangermann, FUTURISM", Set.of()))
                .isEqualTo("Victor Tangermann");
        // A degree after the name stays as the page writes it.
        assertThat(PageByline.withoutStrays("Brenda Goodman, MA", Set.of())).isEqualTo("Brenda Goodman, MA");
        assertThat(PageByline.withoutStrays("Jill Disis, CNN Business", Set.of("cnn")))
                .isEqualTo("Jill Disis");
        // Persons and agency credits stay; a lone name is not dropped.
        assertThat(PageByline.withoutStrays("Jane Roe, John Doe", Set.of("cnn")))
                .isEqualTo("Jane Roe, John Doe");
        assertThat(PageByline.withoutStrays("Jane Roe, Reuters", Set.of())).isEqualTo("Jane Roe, Reuters");
        assertThat(PageByline.withoutStrays("Madonna", Set.of())).isEqualTo("Madonna");
    }

    @Test
    void takesNoDeskOrStaffCreditAsAPerson() {
        assertThat(PageByline.choose(List.of("By JERUSALEM POST STAFF"), List.of(), Set.of()))
                .isEmpty();
        assertThat(PageByline.choose(List.of("By Practical Horseman Editorial Staff"), List.of(), Set.of()))
                .isEmpty();
        assertThat(PageByline.withoutStrays("Jane Roe, Metro Desk", Set.of())).isEqualTo("Jane Roe");
        // A person's name stays.
        assertThat(PageByline.choose(List.of("By Jane Staffer"), List.of(), Set.of()))
                .map(PageByline.Choice::line)
                .contains("By Jane Staffer");
    }
}
