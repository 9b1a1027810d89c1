package io.github.wireparse.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.FeedStory;
import io.github.wireparse.Headline;
import io.github.wireparse.InputFormat;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Problem;
import io.github.wireparse.Wireparse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Synthetic feed files ({@code src/test/resources/feed}, see its README): inputs that look like a
 * feed format and are broken or unusual give a clear problem, never an exception or a hang, and the
 * plain-text reading where that makes sense; inputs with several stories give them all.
 */
class FeedFixturesTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static byte[] bytes(String name) {
        try (InputStream in = FeedFixturesTest.class.getResourceAsStream("/feed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article parse(String name) {
        return assertTimeoutPreemptively(LIMIT, () -> Wireparse.parse(bytes(name)));
    }

    private static List<String> problems(Article a) {
        return a.problems().stream().map(Problem::message).toList();
    }

    @Test
    void readsEveryMessageOfATransmissionFile() {
        List<FeedStory> stories = Wireparse.parseAll(bytes("two-messages.tst")).toList();
        assertThat(stories).extracting(FeedStory::index).containsExactly(1, 2);
        assertThat(stories.get(0).offset()).isZero();
        assertThat(stories.get(1).offset()).isPositive();
        assertThat(stories)
                .extracting(s -> s.article().headline().map(Headline::text).orElse(""))
                .containsExactly("Town votes to rebuild old mill bridge", "Storm postpones lakeside opener");
        Article second = stories.get(1).article();
        assertThat(second.envelope().flatMap(e -> e.version()).map(f -> f.text()))
                .contains("Urgent");
        assertThat(second.byline().map(Byline::title)).contains(java.util.Optional.of("AP Sports Writer"));
        assertThat(second.dateline().map(Dateline::text)).contains("BURLINGTON, Vt. (AP) _");
    }

    @Test
    void parseGivesTheFirstStoryAndSaysHowManyThereAre() {
        Article a = parse("two-messages.tst");
        assertThat(a.headline().map(Headline::text)).contains("Town votes to rebuild old mill bridge");
        assertThat(problems(a)).anySatisfy(p -> assertThat(p).contains("holds 2 stories"));
    }

    @Test
    void transmissionSpansPointIntoTheMessage() {
        FeedStory second =
                Wireparse.parseAll(bytes("two-messages.tst")).toList().get(1);
        Article a = second.article();
        String input = new String(bytes("two-messages.tst"), StandardCharsets.US_ASCII);
        assertThat(input.substring(second.offset())).startsWith(a.text());
        for (Paragraph p : a.paragraphs()) {
            assertThat(a.text().substring(p.start(), p.end())).isEqualTo(p.text());
        }
        for (Boilerplate b : a.boilerplate()) {
            assertThat(a.text().substring(b.start(), b.end())).isEqualTo(b.text());
        }
    }

    @Test
    void readsTeXQuotesOfAnpaCopy() {
        Article a = parse("two-messages.tst");
        assertThat(a.quotes()).anySatisfy(q -> {
            assertThat(q.text()).contains("We owe it to the people");
            assertThat(q.speaker()).isPresent();
        });
    }

    @Test
    void truncatedAnpaMessageGivesWhatItHasAndAProblem() {
        Article a = parse("truncated.tst");
        assertThat(a.format()).isEqualTo(InputFormat.ANPA);
        assertThat(a.headline().map(Headline::text)).contains("Town votes to rebuild old mill bridge");
        assertThat(a.paragraphs()).isNotEmpty();
        assertThat(problems(a)).anySatisfy(p -> assertThat(p).contains("no ETX").contains("truncated"));
        assertThat(a.envelope().flatMap(e -> e.transmitted())).isEmpty();
    }

    @Test
    void latin1ByteInDpaFileIsReadAsWindows1252WithAProblem() {
        Article a = parse("dpa-latin1.7901");
        assertThat(a.format()).isEqualTo(InputFormat.IPTC7901);
        assertThat(a.headline().map(Headline::text)).contains("Munich opens new tram line");
        assertThat(a.bodyText()).contains("Mayor Anna Müller said");
        assertThat(problems(a)).anySatisfy(p -> assertThat(p).contains("0xFC").contains("Windows-1252"));
        Problem p = a.problems().stream()
                .filter(x -> x.message().contains("0xFC"))
                .findFirst()
                .orElseThrow();
        assertThat(a.text().charAt(p.offset().orElseThrow())).isEqualTo('ü');
    }

    @Test
    void nitfWithoutBodyGivesHeadlineAndAProblem() {
        Article a = parse("nitf-no-body.xml");
        assertThat(a.format()).isEqualTo(InputFormat.NITF);
        assertThat(a.headline().map(Headline::text)).contains("Council approves budget");
        assertThat(a.byline().map(Byline::authors)).contains(List.of("JANE DOE"));
        assertThat(a.paragraphs()).isEmpty();
        assertThat(problems(a)).anySatisfy(p -> assertThat(p).contains("no <body.content>"));
    }

    @Test
    void jsonThatIsNotNinjsIsReadAsPlainTextWithAProblem() {
        Article a = parse("not-ninjs.json");
        assertThat(a.format()).isEqualTo(InputFormat.TEXT);
        assertThat(a.envelope()).isEmpty();
        assertThat(a.text()).contains("\"results\"");
        assertThat(problems(a)).anySatisfy(p -> assertThat(p).contains("not a ninjs item"));
    }

    @Test
    void billionLaughsStopsAtTheFirstEntityWithAProblem() {
        Article a = parse("billion-laughs.xml");
        assertThat(a.text()).doesNotContain("lollol");
        assertThat(a.text().length()).isLessThan(1000);
        assertThat(problems(a))
                .anySatisfy(p -> assertThat(p).contains("malformed XML").contains("lol9"));
    }

    @Test
    void externalEntityIsNeverRead() {
        Article a = parse("xxe.xml");
        assertThat(a.text()).doesNotContain("root:");
        assertThat(problems(a)).anySatisfy(p -> assertThat(p).contains("secret").contains("never expanded"));
    }

    @Test
    void readsEveryItemOfANewsMlG2Message() {
        List<FeedStory> stories =
                Wireparse.parseAll(bytes("newsml-g2-two-items.xml")).toList();
        assertThat(stories).hasSize(2);
        assertThat(stories)
                .extracting(s -> s.article().envelope().flatMap(e -> e.guid()).orElse(""))
                .containsExactly("urn:example:one", "urn:example:two");
        assertThat(stories.get(0).offset()).isLessThan(stories.get(1).offset());
        Article first = stories.get(0).article();
        assertThat(first.dateline().map(Dateline::text)).contains("MILLBROOK, Vt. (AP) —");
        assertThat(first.paragraphs())
                .extracting(Paragraph::text)
                .containsExactly("The first story's first paragraph.", "Its second paragraph.");
        assertThat(stories.get(1).article().envelope().flatMap(e -> e.itemVersion()))
                .contains("3");
    }

    @Test
    void readsEveryItemOfAnApMediaFeedResponse() {
        List<FeedStory> stories =
                Wireparse.parseAll(bytes("ap-feed-two-items.json")).toList();
        assertThat(stories)
                .extracting(s -> s.article().headline().map(Headline::text).orElse(""))
                .containsExactly("First feed item", "Second feed item");
        assertThat(stories.get(0).article().envelope().flatMap(e -> e.guid())).contains("a1");
        assertThat(stories.get(1).article().paragraphs())
                .extracting(Paragraph::text)
                .containsExactly("Only paragraph of the second item.");
        assertThat(problems(Wireparse.parse(bytes("ap-feed-two-items.json"))))
                .anySatisfy(p -> assertThat(p).contains("holds 2 stories"));
    }

    @Test
    void readsHeadlineBylineAndDatelineOf1989ApCopyAcrossEditorsNotes() {
        String text = new String(bytes("ap1989-editors-note.text"), StandardCharsets.UTF_8);
        Article a = Wireparse.parse(text);
        assertThat(a.format()).isEqualTo(InputFormat.TEXT);
        assertThat(a.headline().map(Headline::text)).contains("Town Council Votes to Rebuild Old Mill Bridge");
        assertThat(a.byline()).hasValueSatisfying(b -> {
            assertThat(b.authors()).containsExactly("JANE DOE");
            assertThat(b.title()).contains("Associated Press Writer");
        });
        assertThat(a.dateline().map(Dateline::text)).contains("MILLBROOK, Vt. (AP) _");
        assertThat(a.boilerplate())
                .filteredOn(b -> b.kind() == BoilerplateKind.EDITORS_NOTE)
                .extracting(Boilerplate::text)
                .containsExactly(
                        "Eds: UPDATES with council vote, quotes from mayor.",
                        "LaserPhoto NY12",
                        "With AM-Bridge-Costs, Bjt");
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0).text()).startsWith("The town council voted 5-2");
        assertThat(a.boilerplate())
                .filteredOn(b -> b.kind() == BoilerplateKind.END_MARK)
                .extracting(Boilerplate::text)
                .containsExactly("MORE");
        assertThat(a.quotes()).anySatisfy(q -> assertThat(q.text()).startsWith("We owe it"));
    }

    @Test
    void allEntryPointsAgreeOnAFile() throws IOException {
        Path file = Files.createTempFile("wireparse-feed", ".bin");
        try {
            Files.write(file, bytes("dpa-latin1.7901"));
            Article fromBytes = Wireparse.parse(bytes("dpa-latin1.7901"));
            assertThat(Wireparse.parse(file)).isEqualTo(fromBytes);
            assertThat(Wireparse.parse(new ByteArrayInputStream(bytes("dpa-latin1.7901"))))
                    .isEqualTo(fromBytes);
            assertThat(Wireparse.parser().parseAll(file).map(FeedStory::article).toList())
                    .containsExactly(fromBytes);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void newEntryPointsNameTheirNullArgument() {
        ArticleParser parser = Wireparse.parser();
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parse((byte[]) null))
                .withMessage("input");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parse((InputStream) null))
                .withMessage("in");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseAll((byte[]) null))
                .withMessage("input");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseAll((String) null))
                .withMessage("text");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseAll((Path) null))
                .withMessage("file");
        assertThatNullPointerException()
                .isThrownBy(() -> parser.parseAll((InputStream) null))
                .withMessage("in");
    }
}
