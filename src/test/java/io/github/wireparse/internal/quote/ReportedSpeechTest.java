package io.github.wireparse.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Attribution;
import io.github.wireparse.Attribution.Kind;
import io.github.wireparse.Attribution.SourceType;
import io.github.wireparse.Mention;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.Invariants;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attributions of every kind, on short invented AP-style stories. */
class ReportedSpeechTest {

    private static List<Attribution> attributions(String body) {
        Article a = Wireparse.parse("Headline of the story\n\nMILLTOWN (AP) — " + body);
        Invariants.check(a);
        for (Attribution x : a.attributions()) {
            assertThat(x.segments())
                    .allSatisfy(s -> assertThat(s.isWithin(x.span())).isTrue());
        }
        return a.attributions();
    }

    @Test
    void findsTheContentClauseAfterSaidThat() {
        List<Attribution> found =
                attributions("Mayor Ann Lee said Tuesday that the bridge would reopen in the spring.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.INDIRECT);
            assertThat(x.text()).isEqualTo("the bridge would reopen in the spring");
            assertThat(x.speaker()).map(Mention::text).contains("Mayor Ann Lee");
            assertThat(x.source()).contains("Ann Lee");
            assertThat(x.sourceType()).contains(SourceType.PERSON);
            assertThat(x.cue()).map(Mention::text).contains("said");
        });
    }

    @Test
    void findsTheContentBeforeATrailingCue() {
        List<Attribution> found =
                attributions("The vote will be held next month after the budget is settled, officials said.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.INDIRECT);
            assertThat(x.text()).isEqualTo("The vote will be held next month after the budget is settled");
            assertThat(x.speaker()).map(Mention::text).contains("officials");
            assertThat(x.sourceType()).contains(SourceType.UNNAMED);
        });
    }

    @Test
    void findsTheSourceAfterAccordingTo() {
        List<Attribution> found =
                attributions("According to the ministry, the plant produced twice as much power last year.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("the plant produced twice as much power last year");
            assertThat(x.speaker()).map(Mention::text).contains("the ministry");
            assertThat(x.sourceType()).contains(SourceType.ORGANISATION);
            assertThat(x.cue()).map(Mention::text).contains("According to");
        });
    }

    @Test
    void makesAReportedClauseWithAQuotedFragmentMixed() {
        List<Attribution> found =
                attributions("Lee said the council had made “a grave mistake” in cutting the budget.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.MIXED);
            assertThat(x.text()).startsWith("the council had made").endsWith("cutting the budget");
            assertThat(x.quotes()).containsExactly(0);
        });
    }

    @Test
    void joinsASplitQuoteIntoOneAttributionWithTwoSegments() {
        List<Attribution> found =
                attributions("“We will rebuild the bridge,” Lee said, “and we will do it before the winter.”");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.DIRECT);
            assertThat(x.segments()).hasSize(2);
            assertThat(x.quotes()).containsExactly(0, 1);
            assertThat(x.speaker()).map(Mention::text).contains("Lee");
        });
    }

    @Test
    void joinsTheNextSentenceQuoteOfTheSameSpeakerIntoOneAttribution() {
        List<Attribution> found =
                attributions("“We will rebuild the bridge,” Lee said. “It will open before the winter.”");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.DIRECT);
            assertThat(x.segments()).hasSize(2);
            assertThat(x.quotes()).containsExactly(0, 1);
            assertThat(x.text()).isEqualTo("We will rebuild the bridge, It will open before the winter.");
            assertThat(x.speaker()).map(Mention::text).contains("Lee");
        });
    }

    @Test
    void joinsTheNextSentenceQuoteAfterALongCueSentence() {
        List<Attribution> found = attributions("“Everything is wrong,” Lee told a meeting held in a church in the"
                + " west of the city. “We will turn it around. We will win.”");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.segments()).hasSize(2);
            assertThat(x.text()).endsWith("We will win.");
        });
    }

    @Test
    void takesTheWritersClauseAfterAQuoteItRunsIntoAsMixedContent() {
        List<Attribution> found = attributions(
                "Lee said: “It seems extremely unlikely to me and to most engineers” that the council can finish"
                        + " the bridge this year.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.MIXED);
            assertThat(x.text()).startsWith("It seems extremely unlikely").endsWith("the bridge this year");
            assertThat(x.segments()).hasSize(1);
            assertThat(x.quotes()).containsExactly(0);
            assertThat(x.speaker()).map(Mention::text).contains("Lee");
        });
    }

    @Test
    void takesTheWordsBetweenThatAndAQuoteAsMixedContent() {
        List<Attribution> found = attributions(
                "Lee noted that, after two hard winters, “the bridge will need to be rebuilt from the river bed up.”");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.MIXED);
            assertThat(x.text()).startsWith("after two hard winters").endsWith("river bed up.");
        });
    }

    @Test
    void keepsAQuoteWithNoSpeakerOutOfTheClauseAfterIt() {
        List<Attribution> found = attributions("Lee spoke to the council. “It seems extremely unlikely to me and to"
                + " most engineers” that the council can finish the bridge this year, she said.");
        assertThat(found).noneSatisfy(x -> assertThat(x.text()).contains("she said"));
    }

    @Test
    void keepsAQuoteEndingItsSentenceDirect() {
        List<Attribution> found = attributions("“The bridge will reopen in the spring,” Lee said.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.DIRECT);
            assertThat(x.text()).isEqualTo("The bridge will reopen in the spring,");
        });
    }

    @Test
    void endsAClauseBeforeTheWritersSourceAfterAQuotedEnd() {
        for (String tail : List.of("according to the Ledger.", "the Ledger reported.")) {
            List<Attribution> found = attributions("Lee said he was “very comfortable with the plan,” " + tail);
            assertThat(found).singleElement().satisfies(x -> {
                assertThat(x.kind()).isEqualTo(Kind.MIXED);
                assertThat(x.text()).isEqualTo("he was “very comfortable with the plan,”");
            });
        }
    }

    @Test
    void endsAClauseBeforeTheSpeakersSecondReport() {
        List<Attribution> found =
                attributions("Lee said he was stepping down and vowed to keep fighting for the bridge.");
        assertThat(found).first().satisfies(x -> assertThat(x.text()).isEqualTo("he was stepping down"));
    }

    @Test
    void endsAClauseBeforeButWithASubjectOfItsOwn() {
        List<Attribution> found = attributions(
                "Lee said the bridge would reopen in May, but the council is deeply divided over the cost.");
        assertThat(found).first().satisfies(x -> assertThat(x.text()).isEqualTo("the bridge would reopen in May"));
    }

    @Test
    void keepsAButClauseWithoutASubjectInTheContent() {
        List<Attribution> found =
                attributions("Lee said the bridge would reopen, but slowly and at a higher cost to drivers.");
        assertThat(found)
                .first()
                .satisfies(x -> assertThat(x.text())
                        .isEqualTo("the bridge would reopen, but slowly and at a higher cost to drivers"));
    }

    @Test
    void endsAClauseBeforeADashAndAConjunction() {
        List<Attribution> found =
                attributions("Lee said the toll would stay the same — but the council has not voted on it.");
        assertThat(found).first().satisfies(x -> assertThat(x.text()).isEqualTo("the toll would stay the same"));
    }

    @Test
    void endsAClauseBeforeTheWritersConcession() {
        List<Attribution> found =
                attributions("Lee said the bridge was safe, even though inspectors found cracks in two of its piers.");
        assertThat(found).first().satisfies(x -> assertThat(x.text()).isEqualTo("the bridge was safe"));
    }

    @Test
    void parsesAReportedClauseThatEndsTheTextInCommaAndEven() {
        List<Attribution> found = attributions("Lee said the vote was close, even");
        assertThat(found).allSatisfy(x -> assertThat(x.text()).isNotEmpty());
    }

    @Test
    void endsTheContentOfASubordinateClauseAtItsComma() {
        List<Attribution> found =
                attributions("If the records show the mayor broke the law, the council could remove him.");
        assertThat(found).singleElement().satisfies(x -> assertThat(x.text()).isEqualTo("the mayor broke the law"));
    }

    @Test
    void takesTheSentenceBeforeATrailingCueAsContentWhenAQuoteHoldsItsComma() {
        List<Attribution> found =
                attributions("The city failed to find the leak and “should have acted sooner,” Lee said.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.MIXED);
            assertThat(x.text()).startsWith("The city failed to find the leak").endsWith("acted sooner,”");
            assertThat(x.speaker()).map(Mention::text).contains("Lee");
            assertThat(x.quotes()).containsExactly(0);
        });
    }

    @Test
    void keepsAQuoteWithItsOwnAttributionApart() {
        List<Attribution> found =
                attributions("“We will rebuild the bridge,” Lee said. “It will cost too much,” Park said.");
        assertThat(found).extracting(Attribution::kind).containsExactly(Kind.DIRECT, Kind.DIRECT);
    }

    @Test
    void keepsTheQuoteOfTheNextParagraphApart() {
        List<Attribution> found =
                attributions("“We will rebuild the bridge,” Lee said.\n\n“It will open before the winter.”");
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(x -> assertThat(x.segments()).hasSize(1));
    }

    @Test
    void passesOverACueInsideARelativeClause() {
        List<Attribution> found =
                attributions("The city bought new pumps that engineers said had serious design problems.");
        assertThat(found).isEmpty();
    }

    @Test
    void needsThatAfterAVerbThatMostlyTakesAThing() {
        assertThat(attributions("The agency confirmed a new schedule for the three ferry lines."))
                .isEmpty();
        assertThat(attributions("The agency confirmed that the ferries would run again on Monday."))
                .singleElement()
                .satisfies(x -> assertThat(x.sourceType()).contains(SourceType.ORGANISATION));
    }

    @Test
    void takesTheDocumentAsTheSourceOfWhatItSays() {
        List<Attribution> found = attributions("The report said the dam had not been inspected for a decade.");
        assertThat(found)
                .singleElement()
                .satisfies(x -> assertThat(x.sourceType()).contains(SourceType.DOCUMENT));
    }

    @Test
    void takesTheClauseAfterTheCueOfAPartialQuoteAsMixedContent() {
        List<Attribution> found = attributions(
                "Lee called the deal “a disaster” for workers, but did not say what the council would do.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.MIXED);
            assertThat(x.text()).isEqualTo("the deal “a disaster” for workers");
            assertThat(x.cue()).map(Mention::text).contains("called");
            assertThat(x.quotes()).containsExactly(0);
        });
    }

    @Test
    void findsTheSentenceAfterOneEndingInAQuotation() {
        List<Attribution> found = attributions(
                "He called the town “very dear to my heart.” He said he recognizes his family in its voters.");
        assertThat(found).extracting(Attribution::text).contains("he recognizes his family in its voters");
        assertThat(found)
                .filteredOn(x -> x.kind() == Kind.MIXED)
                .singleElement()
                .satisfies(x -> assertThat(x.text()).doesNotContain("He said"));
    }

    @Test
    void findsTheSecondVerbOfTheSubject() {
        List<Attribution> found =
                attributions("Mayor Ann Lee thanked the volunteers and said the bridge would reopen in the spring.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("the bridge would reopen in the spring");
            assertThat(x.speaker()).map(Mention::text).contains("Mayor Ann Lee");
        });
    }

    @Test
    void takesARelativePronounAsTheSpeakerOfItsName() {
        List<Attribution> found =
                attributions("The first question came from Tom Reed, who said he drove six hours to the rally.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("he drove six hours to the rally");
            assertThat(x.speaker()).map(Mention::text).contains("who");
            assertThat(x.source()).contains("Tom Reed");
        });
    }

    @Test
    void skipsARelativeClauseBetweenSubjectAndCue() {
        List<Attribution> found = attributions(
                "Paradis, who has been active in politics since the age of 25, says she is an independent.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("she is an independent");
            assertThat(x.speaker()).map(Mention::text).contains("Paradis");
        });
    }

    @Test
    void findsTheClauseAfterAsSourceNoted() {
        List<Attribution> found =
                attributions("As the Business Times noted, the senator raised more than $1 million from banks.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("the senator raised more than $1 million from banks");
            assertThat(x.speaker()).map(Mention::text).contains("the Business Times");
        });
    }

    @Test
    void findsATrailingCueAfterAnAppositiveOrWithAThatVerb() {
        List<Attribution> found =
                attributions("The internet has sped up the spread of such claims, said Angie Holan, the site’s editor. "
                        + "The professor was headed to Cairo for a conference, the Guardian reported.");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).text()).isEqualTo("The internet has sped up the spread of such claims");
        assertThat(found.get(0).source()).contains("Angie Holan");
        assertThat(found.get(1).text()).isEqualTo("The professor was headed to Cairo for a conference");
        assertThat(found.get(1).speaker()).map(Mention::text).contains("the Guardian");
    }

    @Test
    void takesTheObjectAndItsClauseAfterAnObjectCue() {
        List<Attribution> found = attributions("The mayor urged the council to approve the budget before winter. "
                + "Ms. Lee accused the company of hiding its losses for years.");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).text()).isEqualTo("the council to approve the budget before winter");
        assertThat(found.get(0).speaker()).map(Mention::text).contains("The mayor");
        assertThat(found.get(0).cue()).map(Mention::text).contains("urged");
        assertThat(found.get(1).text()).isEqualTo("the company of hiding its losses for years");
    }

    @Test
    void takesABareClauseAfterAThatVerbWhenItHasItsOwnSubject() {
        List<Attribution> found = attributions("The company announced it had pulled out of the agreement. "
                + "A new poll shows the senator leading the race by four points. "
                + "The company confirmed a new chief executive on Monday.");
        assertThat(found)
                .extracting(Attribution::text)
                .containsExactly("it had pulled out of the agreement", "the senator leading the race by four points");
        assertThat(found.get(1).sourceType()).contains(SourceType.DOCUMENT);
    }

    @Test
    void endsAClauseBeforeASecondReport() {
        List<Attribution> found =
                attributions("Most Democrats said she was fit to serve, but 55 percent of all voters say she is not.");
        assertThat(found).extracting(Attribution::text).containsExactly("she was fit to serve", "she is not");
        assertThat(found.get(1).speaker()).map(Mention::text).contains("55 percent of all voters");
    }

    @Test
    void takesWhatAPledgeOrDemandNames() {
        List<Attribution> found = attributions("The governor vowed to veto the budget if it reached her desk. "
                + "Senator Ann Lee called for an inquiry into the contract. "
                + "The president proposed a $1 billion fund for rural hospitals.");
        assertThat(found)
                .extracting(Attribution::text)
                .containsExactly(
                        "to veto the budget if it reached her desk",
                        "an inquiry into the contract",
                        "a $1 billion fund for rural hospitals");
        assertThat(found.get(1).cue()).map(Mention::text).contains("called for");
        assertThat(found.get(1).speaker()).map(Mention::text).contains("Senator Ann Lee");
    }

    @Test
    void findsAParticipleClauseAfterAFullQuote() {
        List<Attribution> found = attributions(
                "“We will not wait any longer,” the mayor said, adding that the bridge would reopen in spring.");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).kind()).isEqualTo(Kind.DIRECT);
        assertThat(found.get(1).kind()).isEqualTo(Kind.INDIRECT);
        assertThat(found.get(1).text()).isEqualTo("the bridge would reopen in spring");
        assertThat(found.get(1).speaker()).map(Mention::text).contains("the mayor");
        assertThat(found.get(1).cue()).map(Mention::text).contains("adding");
    }

    @Test
    void takesANameThatReadsLikeAParticipleAsTheSubject() {
        List<Attribution> found = attributions(
                "Walking to the next house, Ebeling recalled her school days and said the war changed her views. "
                        + "Speaking at a rally, Lee thanked voters and said the race was far from over.");
        assertThat(found)
                .extracting(a -> a.speaker().map(Mention::text).orElse("-"))
                .containsExactly("Ebeling", "Lee");
    }

    @Test
    void takesAQuestionAfterAskedWhetherAndEndsBeforeAnotherReport() {
        List<Attribution> found = attributions("A reporter asked the senator whether he would run again. "
                + "The mayor claimed the videos exist, but experts say that no one has seen them.");
        assertThat(found)
                .extracting(Attribution::text)
                .containsExactly("the senator whether he would run again", "the videos exist", "no one has seen them");
        assertThat(found.get(0).cue()).map(Mention::text).contains("asked");
    }

    @Test
    void readsAnAbbreviationInsideASentenceAsNoSentenceEnd() {
        List<Attribution> found =
                attributions("About 270 people have been resettled in the U.S. under the program, officials said.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("About 270 people have been resettled in the U.S. under the program");
            assertThat(x.speaker()).map(Mention::text).contains("officials");
        });
    }

    @Test
    void findsTheSourceAfterAccordingToSetOffByADash() {
        List<Attribution> found =
                attributions("The county had 115 violent crimes last year — according to the most recent state data.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("The county had 115 violent crimes last year");
            assertThat(x.speaker())
                    .map(Mention::text)
                    .hasValueSatisfying(m -> assertThat(m).contains("state data"));
        });
    }

    @Test
    void findsAccordingToOpeningAParenthesis() {
        List<Attribution> found =
                attributions("(According to the police department, it keeps no statistics on such violations.)");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).startsWith("it keeps no statistics");
            assertThat(x.speaker()).map(Mention::text).contains("the police department");
        });
    }

    @Test
    void findsTheClauseAfterAPrepositionalPhraseWithoutThat() {
        List<Attribution> found =
                attributions("The gun group said in a statement Thursday night they pulled the listing from the site.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("they pulled the listing from the site");
            assertThat(x.speaker()).map(Mention::text).contains("The gun group");
        });
    }

    @Test
    void leavesAPrepositionalObjectWithNoClauseAlone() {
        assertThat(attributions("Lee spoke at length and said of the plan nothing at all."))
                .isEmpty();
    }

    @Test
    void findsAClauseOpeningWithAContractedPronounAfterANamedListener() {
        List<Attribution> found = attributions(
                "Calabrese told the National Post he’s already received hundreds of emails from Americans.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).startsWith("he’s already received");
            assertThat(x.speaker()).map(Mention::text).contains("Calabrese");
        });
    }

    @Test
    void findsTheContentBeforeAnInvertedCueWithALongAppositive() {
        List<Attribution> found = attributions("Nor are tariffs likely to bring many of these jobs back, said"
                + " David Autor, a professor of economics at a university in Massachusetts, who is one of the"
                + " country’s foremost specialists on the pluses and minuses of free trade.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("Nor are tariffs likely to bring many of these jobs back");
            assertThat(x.speaker())
                    .map(Mention::text)
                    .hasValueSatisfying(m -> assertThat(m).startsWith("David Autor"));
        });
    }

    @Test
    void takesAClauseAfterNotedWithoutThat() {
        List<Attribution> found = attributions("The star noted black actors have a harder time staying on the air.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("black actors have a harder time staying on the air");
            assertThat(x.cue()).map(Mention::text).contains("noted");
        });
    }

    @Test
    void takesTheObjectOfAnnouncedAsContent() {
        List<Attribution> found =
                attributions("State authorities announced tighter controls on the border on Tuesday.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).startsWith("tighter controls on the border");
            assertThat(x.speaker()).map(Mention::text).contains("State authorities");
        });
    }

    @Test
    void takesTheObjectOfSeesAsContent() {
        List<Attribution> found = attributions("Mr. Obama sees the prime minister as captured by a hard-line view.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).contains("the prime minister").contains("captured by a hard-line view");
            assertThat(x.speaker()).map(Mention::text).contains("Mr. Obama");
        });
    }

    @Test
    void takesTheClauseAfterAPhrasalCue() {
        List<Attribution> found = attributions("Lee pointed out that the bridge had been closed twice in ten years.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("the bridge had been closed twice in ten years");
            assertThat(x.cue()).map(Mention::text).contains("pointed out");
            assertThat(x.speaker()).map(Mention::text).contains("Lee");
        });
    }

    @Test
    void takesTheTopicAfterTalkedAbout() {
        List<Attribution> found = attributions("The senator talked about her plan to rebuild the county's roads.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("her plan to rebuild the county's roads");
            assertThat(x.cue()).map(Mention::text).contains("talked about");
        });
    }

    @Test
    void takesTheObjectOfExpressedAsContent() {
        List<Attribution> found =
                attributions("Several council members expressed concern that the budget would not hold.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).startsWith("concern that the budget");
            assertThat(x.speaker()).map(Mention::text).contains("Several council members");
        });
    }

    @Test
    void takesTheClauseAfterACitingParticiple() {
        List<Attribution> found = attributions(
                "The company closed the plant last year, citing falling demand for coal across the region.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("falling demand for coal across the region");
            assertThat(x.speaker()).map(Mention::text).contains("The company");
            assertThat(x.cue()).map(Mention::text).contains("citing");
        });
    }

    @Test
    void findsTheSubjectBeforeALongInsertionWithCommas() {
        List<Attribution> found = attributions("Sandy Phillips, who lost her daughter in the shooting in Aurora,"
                + " Colorado, in July 2012, said that the senator had treated her family badly.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("the senator had treated her family badly");
            assertThat(x.speaker()).map(Mention::text).contains("Sandy Phillips");
        });
    }

    @Test
    void findsTheSubjectBeforeARelativeClauseWithoutCommas() {
        List<Attribution> found = attributions(
                "Supporters who have heard directly from the campaign say their first priority is to finish ahead.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("their first priority is to finish ahead");
            assertThat(x.speaker()).map(Mention::text).contains("Supporters");
        });
    }

    @Test
    void passesOverATimePhraseBeforeThat() {
        List<Attribution> found = attributions("Weber announced earlier this month that he will not support the plan.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("he will not support the plan");
            assertThat(x.cue()).map(Mention::text).contains("announced");
        });
    }

    @Test
    void takesAStatedPlanAsContent() {
        List<Attribution> found = attributions("The governor plans to veto the spending bill next week.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("to veto the spending bill next week");
            assertThat(x.speaker()).map(Mention::text).contains("The governor");
        });
    }

    @Test
    void readsACapitalizedCueInATitleCaseLine() {
        List<Attribution> found = attributions("Sanders Says He Will Release His Medical Records Soon.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("He Will Release His Medical Records Soon");
            assertThat(x.speaker()).map(Mention::text).contains("Sanders");
        });
    }

    @Test
    void keepsTheSubjectOfSaidAfterANameWithAnAppositive() {
        List<Attribution> found = attributions("Mark Wynn, chairman of the district party, said his district"
                + " received a flurry of delegate applications before the deadline, an apparent effort by allies.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.text()).startsWith("his district received a flurry");
            assertThat(x.speaker())
                    .map(Mention::text)
                    .hasValueSatisfying(m -> assertThat(m).startsWith("Mark Wynn"));
        });
    }
}
