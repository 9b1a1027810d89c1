package io.github.wireparse.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Span;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import io.github.wireparse.internal.quote.Speaker.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The speaker-phrase chunker on its own, over the tokens of one sentence with no quotes. */
class SpeakerPhrasesTest {

    /** A phrase's tokens and the text they point into. */
    private record Words(String text, Tokens tokens) {

        static Words of(String text) {
            return new Words(text, QuoteTokens.tokenize(text, 0, text.length(), List.of()));
        }

        int size() {
            return tokens.size();
        }

        /** {@return the index of the first token with this text} */
        int at(String word) {
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).text().equals(word)) {
                    return k;
                }
            }
            throw new AssertionError("no token " + word + " in " + text);
        }

        String of(Optional<Span> span) {
            return span.map(s -> text.substring(s.start(), s.end())).orElse("-");
        }
    }

    private static Speaker phrase(String text) {
        Words w = Words.of(text);
        return SpeakerPhrases.phrase(w.tokens(), 0, w.size(), -1, -1).orElseThrow();
    }

    private static String name(String text) {
        Words w = Words.of(text);
        return w.of(SpeakerPhrases.phrase(w.tokens(), 0, w.size(), -1, -1)
                .orElseThrow()
                .name());
    }

    @Test
    void splitsTitleBeforeNameIntoDescriptor() {
        Words w = Words.of("Homeland Security Secretary Lena Park");
        Speaker s = SpeakerPhrases.phrase(w.tokens(), 0, w.size(), -1, -1).orElseThrow();
        assertThat(s.kind()).isEqualTo(Kind.NAME);
        assertThat(w.of(s.name())).isEqualTo("Lena Park");
        assertThat(w.of(s.descriptor())).isEqualTo("Homeland Security Secretary");
        assertThat(w.of(Optional.of(s.whole()))).isEqualTo(w.text());
    }

    @Test
    void dropsHonorificWithoutMakingItADescriptor() {
        Words w = Words.of("Mr. Dunn");
        Speaker s = SpeakerPhrases.phrase(w.tokens(), 0, w.size(), -1, -1).orElseThrow();
        assertThat(w.of(s.name())).isEqualTo("Dunn");
        assertThat(s.descriptor()).isEmpty();
    }

    @Test
    void keepsTitleThatIsAlsoAFirstNameRightBeforeSurname() {
        assertThat(name("Sheriff Dean Albers")).isEqualTo("Dean Albers");
        assertThat(name("Sheriff Albers")).isEqualTo("Albers");
    }

    @Test
    void cutsNameBeforeOfUnlessItNamesAnOrganisation() {
        assertThat(name("Dora Quint of Halsey Brothers")).isEqualTo("Dora Quint");
        assertThat(name("Acme Trust Bank of Ohio")).isEqualTo("Acme Trust Bank of Ohio");
    }

    @Test
    void keepsConnectorInsideName() {
        assertThat(name("Ludwig van Beethoven")).isEqualTo("Ludwig van Beethoven");
    }

    @Test
    void readsSinglePronounAsPronoun() {
        assertThat(phrase("she").kind()).isEqualTo(Kind.PRONOUN);
    }

    @Test
    void readsPhraseWithoutCapitalsAsDescription() {
        Speaker s = phrase("the deputy director");
        assertThat(s.kind()).isEqualTo(Kind.DESCRIPTION);
        assertThat(s.name()).isEmpty();
    }

    @Test
    void rejectsPhraseOpeningWithVerbOrPreposition() {
        Words verb = Words.of("was the radio host");
        assertThat(SpeakerPhrases.phrase(verb.tokens(), 0, verb.size(), -1, -1)).isEmpty();
        Words prep = Words.of("in a statement");
        assertThat(SpeakerPhrases.phrase(prep.tokens(), 0, prep.size(), -1, -1)).isEmpty();
    }

    @Test
    void rejectsPhraseLongerThanTheLimit() {
        Words w = Words.of("the " + "very ".repeat(SpeakerPhrases.MAX_WORDS) + "tired official");
        assertThat(SpeakerPhrases.phrase(w.tokens(), 0, w.size(), -1, -1)).isEmpty();
    }

    @Test
    void takesNameWithAppositiveBeforeCue() {
        Words w = Words.of("Lena Park, a Republican, said");
        Speaker s = SpeakerPhrases.subject(w.tokens(), 0, w.at("said"), false).orElseThrow();
        assertThat(w.of(s.name())).isEqualTo("Lena Park");
        assertThat(w.of(s.descriptor())).isEqualTo("a Republican");
    }

    @Test
    void skipsAgeBetweenNameAndCue() {
        Words w = Words.of("Lena Park, 45, said");
        Speaker s = SpeakerPhrases.subject(w.tokens(), 0, w.at("said"), false).orElseThrow();
        assertThat(w.of(s.name())).isEqualTo("Lena Park");
    }

    @Test
    void takesOwnSubjectOfClauseAfterComma() {
        Words w = Words.of("The mayor left, while rival Glen Park said");
        Speaker s = SpeakerPhrases.subject(w.tokens(), 0, w.at("said"), false).orElseThrow();
        assertThat(w.of(s.name())).isEqualTo("Glen Park");
    }

    @Test
    void dropsAdverbAndAuxiliaryAtEndOfSubject() {
        Words w = Words.of("The governor later said");
        Speaker s = SpeakerPhrases.subject(w.tokens(), 0, w.at("said"), false).orElseThrow();
        assertThat(w.of(Optional.of(s.whole()))).isEqualTo("The governor");
    }

    @Test
    void endsInvertedSpeakerAtPreposition() {
        Words w = Words.of("said Lena Park in a statement");
        Speaker s = SpeakerPhrases.npAfter(w.tokens(), 1, w.size(), true).orElseThrow();
        assertThat(w.of(Optional.of(s.whole()))).isEqualTo("Lena Park");
    }

    @Test
    void skipsTimeWordBeforeInvertedSpeaker() {
        Words w = Words.of("said Tuesday the deputy director");
        Speaker s = SpeakerPhrases.npAfter(w.tokens(), 1, w.size(), true).orElseThrow();
        assertThat(w.of(Optional.of(s.whole()))).isEqualTo("the deputy director");
    }

    @Test
    void takesDescriptorAfterAgeOfInvertedSpeaker() {
        Words w = Words.of("said Mary Jones, 62, a retired teacher");
        Speaker s = SpeakerPhrases.npAfter(w.tokens(), 1, w.size(), true).orElseThrow();
        assertThat(w.of(s.name())).isEqualTo("Mary Jones");
        assertThat(w.of(s.descriptor())).isEqualTo("a retired teacher");
    }

    @Test
    void takesNameAfterDescriptionOfInvertedSpeaker() {
        Words w = Words.of("said the defendant’s lawyer, Marcy Holloway");
        Speaker s = SpeakerPhrases.npAfter(w.tokens(), 1, w.size(), true).orElseThrow();
        assertThat(w.of(s.name())).isEqualTo("Marcy Holloway");
    }

    @Test
    void findsMainSubjectAfterIntroductoryPhrase() {
        Words w = Words.of("In a statement, the ministry rejected the report");
        Speaker s = SpeakerPhrases.mainSubject(w.tokens(), 0, w.size()).orElseThrow();
        assertThat(w.of(Optional.of(s.whole()))).isEqualTo("the ministry");
        assertThat(s.kind()).isEqualTo(Kind.DESCRIPTION);
    }

    @Test
    void findsMainSubjectAfterTimePhrase() {
        Words w = Words.of("Two days later, Ann Cole rejected the report");
        Speaker s = SpeakerPhrases.mainSubject(w.tokens(), 0, w.size()).orElseThrow();
        assertThat(w.of(s.name())).isEqualTo("Ann Cole");
    }
}
