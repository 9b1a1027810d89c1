package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** {@link Problem}: its location names the coordinates, article text or markup source. */
class ProblemTest {

    @Test
    void aProblemInTheTextHasAnOffsetAndItsLineAndColumn() {
        Problem p = Problem.inText("odd", 12, 2, 5);
        assertThat(p.location()).isEqualTo(new Problem.InText(12, 2, 5));
        assertThat(p.offset()).hasValue(12);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(5);
        assertThat(p).hasToString("odd at line 2 column 5");
    }

    @Test
    void aProblemInTheMarkupHasALineAndColumnButNoOffsetIntoTheText() {
        Problem p = Problem.inMarkup("malformed HTML: unexpected token", 7, 3);
        assertThat(p.location()).isEqualTo(new Problem.InMarkup(7, 3));
        assertThat(p.offset()).isEmpty();
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.column()).isEqualTo(3);
        assertThat(p).hasToString("malformed HTML: unexpected token at line 7 column 3 of the markup source");
    }

    @Test
    void rejectsCoordinatesOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Problem.inText("x", -1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Problem.inText("x", 0, 0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Problem.inMarkup("x", 1, 0));
        assertThatNullPointerException()
                .isThrownBy(() -> new Problem("x", null))
                .withMessage("location");
        assertThatNullPointerException()
                .isThrownBy(() -> Problem.inMarkup(null, 1, 1))
                .withMessage("message");
    }

    @Test
    void problemsOfATextParseAreLocatedInTheText() {
        String text = "Headline here\n\nFirst line\nsecond \u0000 line.";
        Article a = Wireparse.parse(text);
        assertThat(a.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.location()).isInstanceOf(Problem.InText.class);
            assertThat(p.offset()).isPresent();
        });
        assertThat(a.problems())
                .anySatisfy(p -> assertThat(text.charAt(p.offset().getAsInt())).isEqualTo('\u0000'));
    }
}
