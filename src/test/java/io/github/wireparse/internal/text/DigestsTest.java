package io.github.wireparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.Dateline;
import io.github.wireparse.FeedStory;
import io.github.wireparse.Headline;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Problem;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Digest stories (issue 16): several short datelined stories in one text or one transmission
 * message are read one by one; an ordinary story with a second credited dateline-like paragraph is
 * never split. Fixtures: {@code src/test/resources/feed} (hand-written, see its README).
 */
class DigestsTest {

    private static byte[] bytes(String name) {
        try (InputStream in = DigestsTest.class.getResourceAsStream("/feed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static List<String> headlines(List<FeedStory> stories) {
        return stories.stream()
                .map(s -> s.article().headline().map(Headline::text).orElse(""))
                .toList();
    }

    private static List<String> cities(List<FeedStory> stories) {
        return stories.stream()
                .map(s -> s.article().dateline().flatMap(Dateline::city).orElse(""))
                .toList();
    }

    /** Every span of a story lies inside the input, in the story's own stretch of it. */
    private static void assertSpansInside(String text, List<FeedStory> stories) {
        for (int i = 0; i < stories.size(); i++) {
            FeedStory s = stories.get(i);
            int end = i + 1 < stories.size() ? stories.get(i + 1).offset() : text.length();
            assertThat(s.article().text()).isEqualTo(text);
            for (Paragraph p : s.article().paragraphs()) {
                assertThat(p.start()).isBetween(s.offset(), end);
                assertThat(p.end()).isBetween(s.offset(), end);
                assertThat(text.substring(p.start(), p.end())
                                .replaceAll("\\s+", " ")
                                .strip())
                        .isEqualTo(p.text().replaceAll("\\s+", " ").strip());
            }
            s.article()
                    .dateline()
                    .ifPresent(
                            d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
        }
    }

    @Test
    void splitsAn1989StyleDigestAtEachHeadlineAndDateline() {
        String text = text("ap1989-digest.text");
        List<FeedStory> stories = Wireparse.parseAll(text).toList();
        assertThat(stories).extracting(FeedStory::index).containsExactly(1, 2, 3);
        assertThat(headlines(stories))
                .containsExactly(
                        "Harbor Ferry Resumes Service", "Rare Owl Seen in City Park", "Library Forgives Overdue Fines");
        assertThat(cities(stories)).containsExactly("PORTSMOUTH", "BOISE", "DULUTH");
        assertThat(stories.get(0).offset()).isZero();
        assertThat(stories.get(1).offset()).isEqualTo(text.indexOf("Rare Owl"));
        assertThat(stories.get(2).offset()).isEqualTo(text.indexOf("Library Forgives"));
        assertThat(stories.get(1).article().paragraphs()).hasSize(3);
        assertThat(stories.get(1).article().quotes()).isNotEmpty();
        assertSpansInside(text, stories);
    }

    @Test
    void splitsAtSeparatorsAndGivesEachStoryItsHeadlineAndByline() {
        String text = text("ap-digest-separators.text");
        List<FeedStory> stories = Wireparse.parseAll(text).toList();
        assertThat(headlines(stories)).containsExactly("SPACE-PROBE", "HOSPITAL-ROBOTS", "Rail line opens early");
        assertThat(cities(stories)).containsExactly("CAPE CANAVERAL", "LONDON", "TOKYO");
        assertThat(stories.get(2).article().byline().map(b -> b.text()))
                .hasValueSatisfying(b -> assertThat(b).startsWith("By MARIA GRANT"));
        assertThat(stories.get(1).article().boilerplate())
                .extracting(Boilerplate::kind)
                .contains(BoilerplateKind.SEPARATOR);
        assertSpansInside(text, stories);
    }

    @Test
    void splitsBriefsWithoutOpenersWhenEachNamesAnotherPlaceUnderTheSameCredit() {
        String text = text("ap-briefs-no-openers.text");
        List<FeedStory> stories = Wireparse.parseAll(text).toList();
        assertThat(cities(stories)).containsExactly("ATHENS", "SOFIA", "ZAGREB");
        assertThat(stories.get(0).article().paragraphs()).hasSize(2);
        assertSpansInside(text, stories);
    }

    @Test
    void parseGivesTheFirstDigestStoryAndSaysThereAreMore() {
        Article a = Wireparse.parse(text("ap-digest-separators.text"));
        assertThat(a.headline().map(Headline::text)).contains("SPACE-PROBE");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.problems())
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("holds 3 stories"));
    }

    @Test
    void neverSplitsAStoryQuotingADatelineOrRepeatingItsLead() {
        String text = text("ap-story-second-credit.text");
        List<FeedStory> stories = Wireparse.parseAll(text).toList();
        assertThat(stories).hasSize(1);
        Article a = stories.get(0).article();
        assertThat(a.dateline().flatMap(Dateline::city)).contains("BOSTON");
        assertThat(a.problems()).extracting(Problem::message).noneMatch(m -> m.contains("stories"));
    }

    @Test
    void leavesAnOrdinaryStoryExactlyAsBefore() {
        String story = "Town opens new library\n\nBy ANN LEE\nAssociated Press\n\n"
                + "SPRINGFIELD, Ill. (AP) — The town opened a new library on Monday.\n\n"
                + "\"It took ten years,\" the mayor said.\n\n"
                + "The old building will become a museum (officials said).\n";
        assertThat(Digests.split(story)).hasSize(1);
        assertThat(Wireparse.parse(story))
                .isEqualTo(TextPipeline.parse(story, io.github.wireparse.ParseOptions.DEFAULTS));
    }

    @Test
    void doesNotSplitConsecutiveDatelinesOfOnePlaceWithoutAnOpener() {
        String page = "PARIS (AP) — The museum reopened on Monday.\n\n"
                + "PARIS (AP) — The museum reopened on Monday after a year of work, officials said.\n\n"
                + "Visitors lined up early.\n";
        assertThat(Wireparse.parseAll(page).toList()).hasSize(1);
    }

    @Test
    void splitsADigestTransmissionAndGivesEachStoryItsSubheadAsHeadline() {
        byte[] input = bytes("ap-digest.tst");
        List<FeedStory> stories = Wireparse.parseAll(input).toList();
        assertThat(stories).extracting(FeedStory::index).containsExactly(1, 2, 3);
        assertThat(headlines(stories)).containsExactly("AP News Digest", "STATE-FAIR", "TOWN-ELECTION");
        assertThat(cities(stories)).containsExactly("SALEM", "CONCORD", "MONTPELIER");
        String msg = stories.get(0).article().text();
        for (FeedStory s : stories) {
            assertThat(s.article().text()).isEqualTo(msg);
            assertThat(s.article().envelope().flatMap(e -> e.slug()).map(f -> f.text()))
                    .contains("BC-US--News-Digest");
        }
        assertThat(stories.get(1).offset()).isEqualTo(msg.indexOf("___"));
        assertThat(stories.get(2).article().boilerplate())
                .extracting(Boilerplate::kind)
                .contains(BoilerplateKind.TIMESTAMP);
        assertThat(stories.get(0).article().boilerplate())
                .extracting(Boilerplate::kind)
                .doesNotContain(BoilerplateKind.TIMESTAMP);
        assertThat(stories.get(1).article().quotes()).isNotEmpty();
        assertSpansInside(msg, stories);
    }

    @Test
    void aTransmissionWithOneStoryStaysOneStory() {
        List<FeedStory> stories = Wireparse.parseAll(bytes("two-messages.tst")).toList();
        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).article().paragraphs()).hasSize(3);
    }

    @Test
    void quickCheckNeedsTwoLinesOpeningLikeCreditedDatelines() {
        assertThat(Digests.mayHold("LONDON (AP) — one.\n\nPARIS (AP) — two.")).isTrue();
        assertThat(Digests.mayHold("\t   LONDON (AP) _ one.\t   PARIS (AP) _ two."))
                .isTrue();
        assertThat(Digests.mayHold("LONDON (AP) — one.\n\nIt rained (a lot).")).isFalse();
        assertThat(Digests.mayHold("LONDON (AP) — one.\n\nNothing here.")).isFalse();
        assertThat(Digests.mayHold("\n".repeat(70) + "LONDON (AP) — one.\n\nPARIS (AP) — two."))
                .isFalse();
        assertThat(Digests.split("")).hasSize(1);
        assertThat(Optional.of(Digests.split("x").get(0)[1])).contains(1);
    }
}
