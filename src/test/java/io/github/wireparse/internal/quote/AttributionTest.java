package io.github.wireparse.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Paragraph;
import io.github.wireparse.Span;
import io.github.wireparse.internal.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The attribution rules on their own: each story is a few sentences written for the rule it
 * checks, its paragraphs separated by blank lines, and the quotes come from {@link QuoteScanner}.
 */
class AttributionTest {

    /** A story's text and what the rules found for each of its quotes. */
    private record Story(String text, List<Attribution.Found> found, List<NameRun> names) {

        Attribution.Found quote(int q) {
            return found.get(q);
        }

        String speaker(int q) {
            return text(found.get(q).speaker().map(Speaker::whole));
        }

        String name(int q) {
            return text(found.get(q).speaker().flatMap(Speaker::name));
        }

        String descriptor(int q) {
            return text(found.get(q).speaker().flatMap(Speaker::descriptor));
        }

        String cue(int q) {
            return text(found.get(q).cue());
        }

        /** The text of a span, or "-" for none. */
        String text(Optional<Span> span) {
            return span.map(s -> text.substring(s.start(), s.end())).orElse("-");
        }
    }

    private static Story attribute(String text) {
        return attribute(text, TokenWindow.KEEP_ALL_CHARS);
    }

    /** A story attributed with every paragraph's tokens kept only up to {@code keepAllChars}. */
    private static Story attribute(String text, int keepAllChars) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            paragraphs.add(new Paragraph(text.substring(start, end), start, end));
            start = end + 2;
        }
        List<QuoteScanner.Raw> raws = QuoteScanner.scan(text, paragraphs, new Problems(text, 10));
        Attribution.Result r = Attribution.attribute(text, paragraphs, raws, keepAllChars);
        assertThat(r.found()).as("one attribution per quote").hasSize(raws.size());
        return new Story(text, r.found(), r.names());
    }

    @Test
    void attributesSaidAfterQuoteToFollowingName() {
        Story s = attribute("“We will rebuild the bridge,” Mayor Ann Cole said on Tuesday.");
        assertThat(s.quote(0).partial()).isFalse();
        assertThat(s.speaker(0)).isEqualTo("Mayor Ann Cole");
        assertThat(s.name(0)).isEqualTo("Ann Cole");
        assertThat(s.descriptor(0)).isEqualTo("Mayor");
        assertThat(s.cue(0)).isEqualTo("said");
    }

    @Test
    void attributesInvertedSaidToNameAndAppositiveAfterIt() {
        Story s = attribute("“It is over,” said Lena Park, a city councilwoman.");
        assertThat(s.name(0)).isEqualTo("Lena Park");
        assertThat(s.descriptor(0)).isEqualTo("a city councilwoman");
        assertThat(s.cue(0)).isEqualTo("said");
    }

    @Test
    void attributesInvertedCueAfterPhraseToNameAfterIt() {
        Story s = attribute("“Turnout was low” in the last election, said economist Irene Kowalski.");
        assertThat(s.name(0)).isEqualTo("Irene Kowalski");
        assertThat(s.cue(0)).isEqualTo("said");
    }

    @Test
    void attributesToldWithItsListenerAsOneCue() {
        Story s = attribute("“The talks failed,” the envoy told reporters.");
        assertThat(s.speaker(0)).isEqualTo("the envoy");
        assertThat(s.cue(0)).isEqualTo("told reporters");
    }

    @Test
    void attributesColonLeadInToSubjectOfCueBeforeQuote() {
        Story s = attribute("Lena Park said: “We are ready for the storm.”");
        assertThat(s.quote(0).partial()).isFalse();
        assertThat(s.speaker(0)).isEqualTo("Lena Park");
        assertThat(s.cue(0)).isEqualTo("said");
    }

    @Test
    void attributesPartialQuoteToSubjectOfItsClause() {
        Story s = attribute("The minister called the plan “a betrayal of farmers” on Tuesday.");
        assertThat(s.quote(0).partial()).isTrue();
        assertThat(s.speaker(0)).isEqualTo("The minister");
        assertThat(s.cue(0)).isEqualTo("called");
    }

    @Test
    void attributesParticipleCueToSubjectOfMainClause() {
        Story s = attribute("Pyongyang rejected the report, calling it “a fabrication.”");
        assertThat(s.speaker(0)).isEqualTo("Pyongyang");
        assertThat(s.cue(0)).isEqualTo("calling");
    }

    @Test
    void attributesAccordingToStatementToTheStatementsAuthor() {
        Story s = attribute("“Prices will rise,” according to a statement from the central bank.");
        assertThat(s.speaker(0)).isEqualTo("the central bank");
        assertThat(s.cue(0)).isEqualTo("according to");
    }

    @Test
    void attributesUnlistedVerbAfterQuoteToNamedSubject() {
        Story s = attribute("“Not now, not ever,” Walt Pryor harrumphed.");
        assertThat(s.speaker(0)).isEqualTo("Walt Pryor");
        assertThat(s.cue(0)).isEqualTo("harrumphed");
    }

    @Test
    void secondQuoteOfSentenceInheritsSpeakerOfFirst() {
        Story s = attribute("“We won,” Lena Park said. “Now we rest for a week.”");
        assertThat(s.quote(1).inherited()).isTrue();
        assertThat(s.speaker(1)).isEqualTo("Lena Park");
        assertThat(s.cue(1)).isEqualTo("said");
    }

    @Test
    void quoteOpeningParagraphTakesSpeakerOfQuoteAfterIt() {
        Story s = attribute("“The water came fast.”\n\n“We lost everything,” Ann Cole said.");
        assertThat(s.quote(1).inherited()).isFalse();
        assertThat(s.quote(0).inherited()).isTrue();
        assertThat(s.speaker(0)).isEqualTo("Ann Cole");
    }

    @Test
    void quoteAfterReportedSpeechTakesSpeakerOfSentenceBefore() {
        Story s = attribute("The tax is unfair, Ann Cole said. “It hurts every farmer in the valley.”");
        assertThat(s.quote(0).inherited()).isTrue();
        assertThat(s.speaker(0)).isEqualTo("Ann Cole");
    }

    @Test
    void attributesQuoteParagraphToLeadInParagraphEndingWithColon() {
        Story s = attribute("The governor said:\n\n“We will rebuild every home.”");
        assertThat(s.speaker(0)).isEqualTo("The governor");
        assertThat(s.cue(0)).isEqualTo("said");
    }

    @Test
    void attributesQuoteToQuoteBoxLineAfterIt() {
        Story s = attribute("“Never again will we let this happen.”\n\n- Ann Cole.");
        assertThat(s.name(0)).isEqualTo("Ann Cole");
        assertThat(s.cue(0)).isEqualTo("-");
    }

    @Test
    void leavesCueAfterModalUnattributed() {
        Story s = attribute("Voters should ask “what comes next” before the vote.");
        assertThat(s.quote(0).partial()).isTrue();
        assertThat(s.quote(0).attributed()).isFalse();
    }

    @Test
    void treatsTitleAfterPrepositionAsPartialWithoutSpeaker() {
        Story s = attribute("Ann Cole appeared on “Morning Ledger” last week.");
        assertThat(s.quote(0).partial()).isTrue();
        assertThat(s.quote(0).attributed()).isFalse();
    }

    @Test
    void treatsQuoteAfterCueVerbAsFull() {
        Story s = attribute("Ann Cole said “We won.”");
        assertThat(s.quote(0).partial()).isFalse();
        assertThat(s.speaker(0)).isEqualTo("Ann Cole");
    }

    @Test
    void collectsNamesWithoutTitlesForTheResolver() {
        Story s = attribute("Mayor Ann Cole opened the bridge. Cole said “It is done.”");
        assertThat(s.names()).extracting(NameRun::name).contains("Ann Cole", "Cole");
        NameRun full = s.names().stream()
                .filter(n -> n.name().equals("Ann Cole"))
                .findFirst()
                .orElseThrow();
        assertThat(full.offset()).isEqualTo(s.text().indexOf("Ann"));
        assertThat(full.subject()).isTrue();
    }

    /** {@return {@code n} paragraphs without quotes, each opening with a blank line} */
    @Test
    void attributesTheSameWithTheWindowAsWithEveryParagraphKept() {
        String text = "Ann Cole said the plan was fair. “It helps farmers.”" + filler(TokenWindow.KEPT + 4)
                + "\n\n“We start on Monday,” said Lena Park, who added that “the bridge is safe.”"
                + filler(3) + "\n\n“It is done.”";
        Story kept = attribute(text);
        Story windowed = attribute(text, 0);

        assertThat(windowed.found()).isEqualTo(kept.found());
        assertThat(windowed.names()).isEqualTo(kept.names());
    }

    private static String filler(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("\n\nThe council met again on day ").append(i).append(" of the session.");
        }
        return sb.toString();
    }

    @Test
    void attributesAQuoteRunningOverMoreParagraphsThanTheTokenWindowHolds() {
        StringBuilder sb = new StringBuilder("Ann Cole said: “The bridge opens in spring.");
        for (int i = 0; i < TokenWindow.KEPT + 4; i++) {
            sb.append("\n\n“Part ").append(i).append(" of the plan is ready.");
        }
        sb.append("\n\n“It is done.”").append(filler(3));
        sb.append("\n\n“We start on Monday,” said Lena Park.");

        Story s = attribute(sb.toString(), 0);

        assertThat(s.found()).hasSize(2);
        assertThat(s.speaker(0)).isEqualTo("Ann Cole");
        assertThat(s.cue(0)).isEqualTo("said");
        assertThat(s.speaker(1)).isEqualTo("Lena Park");
    }

    @Test
    void readsTheSentenceBeforeAQuoteWhoseParagraphTheWindowHasLeft() {
        Story s = attribute(
                "Ann Cole said the plan was fair. “It helps farmers.”" + filler(TokenWindow.KEPT + 4)
                        + "\n\n“We start on Monday,” said Lena Park.",
                0);

        assertThat(s.speaker(0)).isEqualTo("Ann Cole");
        assertThat(s.quote(0).inherited()).isTrue();
        assertThat(s.speaker(1)).isEqualTo("Lena Park");
    }

    @Test
    void collectsTheNamesOfEveryParagraphInOrderHoweverLongTheStory() {
        Story s = attribute(
                "Mayor Ann Cole opened the bridge." + filler(TokenWindow.KEPT * 3)
                        + "\n\nCouncilwoman Lena Park said “It is done.”",
                0);

        List<String> names = s.names().stream().map(NameRun::name).toList();
        assertThat(names).contains("Ann Cole", "Lena Park");
        assertThat(names.indexOf("Ann Cole")).isLessThan(names.indexOf("Lena Park"));
    }
}
