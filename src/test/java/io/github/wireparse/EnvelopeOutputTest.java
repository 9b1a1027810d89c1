package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.testing.JsonSchemas;
import io.github.wireparse.testing.JsonValues;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The envelope of feed input in the three output formats: JSON (checked against
 * {@code docs/article.schema.json}), NITF ({@code head/meta}, {@code docdata}) and ninjs (checked
 * against the published 2.2 and 3.1 schemas when the shared folder is there).
 */
class EnvelopeOutputTest {

    private static final Path FEED = Path.of("src/test/resources/feed");
    private static JsonSchemas articleSchema;
    private static Optional<JsonSchemas> ninjs22;
    private static Optional<JsonSchemas> ninjs31;

    @BeforeAll
    static void readSchemas() throws IOException {
        articleSchema = JsonSchemas.forArticles();
        ninjs22 = JsonSchemas.forNinjs("2.2");
        ninjs31 = JsonSchemas.forNinjs("3.1");
    }

    private static Article anpa() throws IOException {
        Article a = Wireparse.parse(FEED.resolve("two-messages.tst"));
        assertThat(a.envelope()).as("the fixture's envelope").isPresent();
        return a;
    }

    private static Article newsmlG2() throws IOException {
        Article a = Wireparse.parse(FEED.resolve("newsml-g2-two-items.xml"));
        assertThat(a.envelope()).as("the fixture's envelope").isPresent();
        return a;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Article a) {
        String json = ArticleJson.create().toJson(a, "feed#1");
        assertThat(articleSchema.check(json)).as(json).isEmpty();
        return (Map<String, Object>) JsonValues.read(json);
    }

    private static Map<String, Object> ninjs(Article a, ArticleNinjs.Version v) {
        String json = ArticleNinjs.create().withVersion(v).toJson(a, "feed#1");
        Optional<JsonSchemas> schema = v == ArticleNinjs.Version.V2_2 ? ninjs22 : ninjs31;
        schema.ifPresent(s -> assertThat(s.check(json)).as(json).isEmpty());
        return JsonValues.object(json);
    }

    /** An article whose only envelope fields are a priority and an urgency. */
    private static Article withPriority(Optional<String> priority, Optional<String> urgency) {
        Envelope e = new Envelope(
                InputFormat.ANPA,
                Optional.empty(),
                priority.map(Envelope.Field::of),
                urgency.map(Envelope.Field::of),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
        Article a = Wireparse.parse("Storm postpones opener\n\nThe game will be played Sunday.\n");
        return new Article(
                a.text(),
                InputFormat.ANPA,
                a.headline(),
                a.byline(),
                a.dateline(),
                a.paragraphs(),
                a.boilerplate(),
                a.quotes(),
                a.sources(),
                a.metadata(),
                a.problems(),
                Optional.of(e),
                a.attributions());
    }

    @Test
    void writesTransmissionEnvelopeInJsonWithSpansIntoTheText() throws IOException {
        Article a = anpa();
        Envelope e = a.envelope().get();
        @SuppressWarnings("unchecked")
        Map<String, Object> env = (Map<String, Object>) json(a).get("envelope");
        assertThat(env.get("format")).isEqualTo("anpa");
        @SuppressWarnings("unchecked")
        Map<String, Object> slug = (Map<String, Object>) env.get("slug");
        assertThat(slug.get("text")).isEqualTo(e.slug().orElseThrow().text());
        int start = ((Number) slug.get("start")).intValue();
        int end = ((Number) slug.get("end")).intValue();
        assertThat(a.text().substring(start, end)).isEqualTo(e.slug().get().text());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> notes = (List<Map<String, Object>>) env.get("editorsNotes");
        assertThat(notes)
                .extracting(n -> n.get("text"))
                .containsExactlyElementsOf(
                        e.editorsNotes().stream().map(Envelope.Field::text).toList())
                .isNotEmpty();
    }

    @Test
    void writesNullEnvelopeForPlainText() {
        Map<String, Object> o = json(Wireparse.parse("A headline\n\nLONDON (Reuters) - A body.\n"));
        assertThat(o).containsEntry("envelope", null).containsEntry("format", "text");
    }

    @Test
    void writesXmlEnvelopeFieldsWithoutSpans() throws IOException {
        Article a = newsmlG2();
        @SuppressWarnings("unchecked")
        Map<String, Object> env = (Map<String, Object>) json(a).get("envelope");
        assertThat(env.get("format")).isEqualTo("newsml_g2");
        assertThat(env.get("guid")).isEqualTo(a.envelope().get().guid().orElseThrow());
        @SuppressWarnings("unchecked")
        Map<String, Object> slug = (Map<String, Object>) env.get("slug");
        assertThat(slug).containsEntry("start", null).containsEntry("end", null);
    }

    @Test
    void writesNitfHeadMetaUrgencyEditorsMessagesAndKey() throws IOException {
        Article a = anpa();
        Envelope e = a.envelope().get();
        Document d = ArticleNitfTest.read(ArticleNitf.create().toXml(a, "feed#1"));
        Element head = ArticleNitfTest.only(d, "head");
        List<String> order = ArticleNitfTest.names(head);
        assertThat(order.indexOf("meta")).isGreaterThan(order.indexOf("title")).isLessThan(order.indexOf("docdata"));
        List<String> metas = new ArrayList<>();
        for (Element m : ArticleNitfTest.list(d, "meta")) {
            metas.add(m.getAttribute("name") + "=" + m.getAttribute("content"));
        }
        assertThat(metas)
                .contains(
                        "format=anpa",
                        "priority=" + e.priority().orElseThrow().text(),
                        "version=" + e.version().orElseThrow().text());
        assertThat(ArticleNitfTest.only(d, "du-key").getAttribute("key"))
                .isEqualTo(e.slug().orElseThrow().text());
        assertThat(ArticleNitfTest.list(d, "ed-msg"))
                .extracting(m -> m.getAttribute("info"))
                .containsExactlyElementsOf(
                        e.editorsNotes().stream().map(Envelope.Field::text).toList());
        assertThat(ArticleNitfTest.list(d, "urgency")).hasSize(1);
    }

    @Test
    void mapsPriorityLettersToUrgencyInNitfAndNinjs() {
        Article flash = withPriority(Optional.of("f"), Optional.empty());
        Article regular = withPriority(Optional.of("r"), Optional.empty());
        Article stated = withPriority(Optional.of("f"), Optional.of("9"));
        assertThat(ninjs(flash, ArticleNinjs.Version.V2_2).get("urgency")).isEqualTo(1L);
        assertThat(ninjs(regular, ArticleNinjs.Version.V3_1).get("urgency")).isEqualTo(5L);
        assertThat(ninjs(stated, ArticleNinjs.Version.V2_2).get("urgency"))
                .as("a stated urgency wins")
                .isEqualTo(9L);
        Document d = ArticleNitfTest.read(ArticleNitf.create().toXml(stated, "x"));
        assertThat(ArticleNitfTest.only(d, "urgency").getAttribute("ed-urg"))
                .as("NITF stops at 8")
                .isEqualTo("8");
        Article none = withPriority(Optional.of("zz"), Optional.empty());
        assertThat(ninjs(none, ArticleNinjs.Version.V2_2)).doesNotContainKey("urgency");
    }

    @Test
    void writesNinjsSluglineEdnoteAndVersionCreatedFromTheEnvelope() throws IOException {
        Article a = anpa();
        Envelope e = a.envelope().get();
        for (ArticleNinjs.Version v : ArticleNinjs.Version.values()) {
            Map<String, Object> item = ninjs(a, v);
            assertThat(item.get("slugline")).isEqualTo(e.slug().orElseThrow().text());
            boolean v2 = v == ArticleNinjs.Version.V2_2;
            assertThat((String) item.get(v2 ? "ednote" : "edNote"))
                    .contains(e.editorsNotes().get(0).text());
            assertThat(item).containsKey("urgency");
            e.transmittedAt()
                    .ifPresent(t -> assertThat(item.get(v2 ? "versioncreated" : "versionCreated"))
                            .isEqualTo(t.toString()));
        }
    }

    @Test
    void takesNinjsUriAndVersionFromAnXmlItemsGuid() throws IOException {
        Article a = newsmlG2();
        Envelope e = a.envelope().get();
        Map<String, Object> item = ninjs(a, ArticleNinjs.Version.V2_2);
        assertThat(item.get("uri")).isEqualTo(e.guid().orElseThrow());
        assertThat(item.get("version")).isEqualTo(e.itemVersion().orElseThrow());
    }
}
