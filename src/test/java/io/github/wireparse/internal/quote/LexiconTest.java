package io.github.wireparse.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.internal.quote.Lexicon.WordList;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Path FOLDER = Path.of("src/main/resources/io/github/wireparse/quote");

    private static Tokens tokens(String text) {
        return QuoteTokens.tokenize(text, 0, text.length(), List.of());
    }

    @Test
    void loadsEveryListWithEntries() {
        for (WordList l : WordList.values()) {
            assertThat(Lexicon.words(l)).as(l.resource).isNotEmpty();
        }
    }

    @Test
    void everyListFileBelongsToOneList() throws IOException {
        Set<String> named = Stream.of(WordList.values()).map(l -> l.resource).collect(Collectors.toSet());
        assertThat(named).as("one file per list").hasSize(WordList.values().length);
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("files no list reads")
                    .containsExactlyInAnyOrderElementsOf(named);
        }
    }

    @Test
    void keepsEveryEntryInLowerCase() {
        // tokens are looked up in lower case: an entry with a capital letter would never match
        for (WordList l : WordList.values()) {
            for (String w : Lexicon.words(l)) {
                assertThat(w).as(l.resource).isEqualTo(w.toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void givesEachListItsOwnBit() {
        int all = 0;
        for (WordList l : WordList.values()) {
            assertThat(Integer.bitCount(l.bit)).isOne();
            assertThat(all & l.bit).as(l.name()).isZero();
            all |= l.bit;
        }
    }

    @Test
    void findsTokenInListsThatHoldItWhateverItsCase() {
        Tokens t = tokens("Said the Spokesman");
        assertThat(Lexicon.in(t.get(0), WordList.CUE_VERBS)).isTrue();
        assertThat(Lexicon.in(t.get(0), WordList.INVERTING_CUES)).isTrue();
        assertThat(Lexicon.in(t.get(0), WordList.TITLES)).isFalse();
        assertThat(Lexicon.in(t.get(2), WordList.TITLES)).isTrue();
        assertThat(Lexicon.in(t.get(2), WordList.CUE_VERBS, WordList.PRONOUNS)).isFalse();
        assertThat(Lexicon.in(t.get(1), WordList.CUE_VERBS, WordList.DETERMINERS))
                .isTrue();
    }

    @Test
    void findsPossessiveInListByItsBaseWord() {
        Tokens t = tokens("Korea’s ministry");
        assertThat(Lexicon.in(t.get(0), WordList.ORGANISATION_WORDS)).isFalse();
        assertThat(Lexicon.normalIn(t.get(0), WordList.ORGANISATION_WORDS)).isTrue();
    }

    @Test
    void givesTokensAndWordSetsTheSameAnswer() {
        Tokens t = tokens("said Korea reporters the of spokesman");
        for (WordList l : WordList.values()) {
            for (int k = 0; k < t.size(); k++) {
                assertThat(Lexicon.in(t.get(k), l))
                        .as(l + " " + t.get(k).text())
                        .isEqualTo(Lexicon.words(l).contains(t.get(k).lower()));
            }
        }
    }

    @Test
    void knowsTheWordsThatOpenATwoWordReportingVerbEntry() {
        for (String entry : Lexicon.words(WordList.REPORTING_VERBS)) {
            int sp = entry.indexOf(' ');
            if (sp > 0) {
                String verb = entry.substring(0, sp);
                String upper = verb.toUpperCase(Locale.ROOT);
                assertThat(Lexicon.opensTwoWordEntry(tokens(verb).get(0)))
                        .as(verb)
                        .isTrue();
                assertThat(Lexicon.opensTwoWordEntry(tokens(upper).get(0)))
                        .as(upper)
                        .isTrue();
            }
        }
        Tokens cues = tokens("She SAID, urged and Confirmed the plan’s naïve \u212Aelvin stated: “no” accused");
        for (int i = 0; i < cues.size(); i++) {
            boolean expected =
                    Lexicon.in(cues.get(i), WordList.REPORTING_VERBS) || Lexicon.opensTwoWordEntry(cues.get(i));
            assertThat(Lexicon.mayBeCue(cues, i)).as(cues.get(i).toString()).isEqualTo(expected);
        }
        assertThat(Lexicon.mayBeCue(cues, 1)).isTrue();
        Tokens t = tokens("the , “");
        for (int i = 0; i < t.size(); i++) {
            assertThat(Lexicon.opensTwoWordEntry(t.get(i)))
                    .as(t.get(i).toString())
                    .isFalse();
        }
    }
}
