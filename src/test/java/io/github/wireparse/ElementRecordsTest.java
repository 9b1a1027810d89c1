package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The element records store their span as {@code start} and {@code end}: {@code span()} gives the
 * same bounds as a {@link Span}, and the constructors check them as {@code Span} does.
 */
class ElementRecordsTest {

    /** Each element record, built with a text and bounds, as its span. */
    static Stream<Arguments> elements() {
        return Stream.of(
                element("Headline", (s, e) -> new Headline("text", s, e).span()),
                element(
                        "Byline",
                        (s, e) -> new Byline("text", s, e, List.of(), Optional.empty(), Optional.empty()).span()),
                element(
                        "Dateline",
                        (s, e) -> new Dateline(
                                        "text",
                                        s,
                                        e,
                                        List.of(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        List.of(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty())
                                .span()),
                element("Paragraph", (s, e) -> new Paragraph("text", s, e).span()),
                element("Boilerplate", (s, e) -> new Boilerplate(BoilerplateKind.OTHER, "text", s, e).span()),
                element(
                        "Quote",
                        (s, e) -> new Quote(
                                        "text",
                                        s,
                                        e,
                                        List.of(0),
                                        false,
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty())
                                .span()),
                element("Mention", (s, e) -> new Mention("text", s, e).span()));
    }

    private static Arguments element(String name, BiFunction<Integer, Integer, Span> span) {
        return Arguments.of(name, span);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elements")
    void spanGivesTheElementsStartAndEnd(String name, BiFunction<Integer, Integer, Span> span) {
        assertThat(span.apply(3, 7)).isEqualTo(new Span(3, 7));
        assertThat(span.apply(0, 0)).isEqualTo(new Span(0, 0));
        assertThat(span.apply(5, 9).of("0123456789")).isEqualTo("5678");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elements")
    void rejectsBoundsThatAreNoSpan(String name, BiFunction<Integer, Integer, Span> span) {
        assertThatIllegalArgumentException().isThrownBy(() -> span.apply(-1, 2)).withMessage("invalid span [-1, 2)");
        assertThatIllegalArgumentException().isThrownBy(() -> span.apply(5, 3)).withMessage("invalid span [5, 3)");
    }

    @Test
    void elementsNameANullText() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Paragraph(null, 0, 1))
                .withMessage("text");
        assertThatNullPointerException()
                .isThrownBy(() -> new Mention(null, 0, 1))
                .withMessage("text");
        assertThatNullPointerException()
                .isThrownBy(() -> new Quote(
                        null,
                        0,
                        1,
                        List.of(0),
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .withMessage("text");
    }

    @Test
    void elementsWithTheSameBoundsAreEqual() {
        assertThat(new Paragraph("text", 2, 6))
                .isEqualTo(new Paragraph("text", 2, 6))
                .hasSameHashCodeAs(new Paragraph("text", 2, 6))
                .isNotEqualTo(new Paragraph("text", 2, 7));
        assertThat(new Mention("said", 10, 14).toString()).isEqualTo("Mention[text=said, start=10, end=14]");
    }
}
