package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wireparse.testing.Golden;
import io.github.wireparse.testing.JsonSchemas;
import io.github.wireparse.testing.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ArticleNinjs}: output valid against IPTC's published ninjs schemas (2.2 and 3.1, read in
 * place from the shared reference folder), the mapping of the model, and the shapes of the
 * specification's own example items.
 */
class ArticleNinjsTest {

    private static final Map<ArticleNinjs.Version, JsonSchemas> SCHEMAS = new EnumMap<>(ArticleNinjs.Version.class);

    @BeforeAll
    static void readSchemas() throws IOException {
        for (ArticleNinjs.Version v : ArticleNinjs.Version.values()) {
            JsonSchemas.forNinjs(v.number()).ifPresent(s -> SCHEMAS.put(v, s));
        }
    }

    private static Map<String, Object> ninjs(Article a, ArticleNinjs writer, String id) {
        String json = writer.toJson(a, id);
        JsonSchemas schema = SCHEMAS.get(writer.version());
        if (schema != null) {
            assertThat(schema.check(json)).as(json).isEmpty();
        }
        return JsonValues.object(json);
    }

    private static Article seed() throws IOException {
        try (InputStream in = ArticleNinjsTest.class.getResourceAsStream("/seed/ap-north-korea-arms.txt")) {
            return Wireparse.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Article page(String name) {
        return Wireparse.parseHtml(Golden.read(Path.of("src/test/resources/html", name)), "");
    }

    static Stream<Path> fixtures() throws IOException {
        return ArticleJsonTest.fixtures();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void writesEveryFixtureAsItemValidAgainstBothPublishedSchemas(Path file) {
        assumeTrue(SCHEMAS.size() == 2, "shared ninjs schemas are absent; skipping");
        Article a = ArticleJsonTest.parse(file);
        for (ArticleNinjs.Version v : ArticleNinjs.Version.values()) {
            Map<String, Object> o = ninjs(
                    a, ArticleNinjs.create().withVersion(v), file.getFileName().toString());
            assertThat(o).containsEntry("type", "text");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void mapsSeedStoryToHeadlineLocatedAndBodiesThatOpenWithDateline() throws IOException {
        Article a = seed();
        Map<String, Object> o = ninjs(a, ArticleNinjs.create(), "seed/ap north korea.txt");
        assertThat(o.get("uri")).isEqualTo("urn:wireparse:seed/ap%20north%20korea.txt");
        assertThat((Map<String, Object>) o.get("standard")).containsEntry("version", "2.2");
        assertThat(o).containsEntry("located", "SEOUL, South Korea").doesNotContainKey("by");
        assertThat((List<Object>) o.get("places"))
                .containsExactly(
                        Map.of("rel", "located", "uri", "http://cvx.iptc.org/iso3166-1a2/kr", "literal", "KR"));
        assertThat((List<Object>) o.get("infosources")).containsExactly(Map.of("name", "AP"));
        assertThat((List<Object>) o.get("headlines"))
                .containsExactly(Map.of(
                        "role", "main", "value", a.headline().orElseThrow().text()));
        List<Map<String, Object>> bodies = (List<Map<String, Object>>) o.get("bodies");
        assertThat(bodies)
                .extracting(b -> b.get("role"), b -> b.get("contenttype"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("main", "text/plain"),
                        org.assertj.core.groups.Tuple.tuple("richtext", "text/html"));
        String plain = (String) bodies.get(0).get("value");
        assertThat(plain)
                .startsWith("SEOUL, South Korea (AP) — North Korea accused")
                .endsWith(a.paragraphs().get(a.paragraphs().size() - 1).text());
        assertThat(plain.split("\n\n")).hasSize(a.paragraphs().size());
        assertThat(bodies.get(0).get("wordcount")).isEqualTo((long) plain.trim().split("\\s+").length);
        String html = (String) bodies.get(1).get("value");
        assertThat(html.split("<p>", -1)).hasSize(a.paragraphs().size() + 1);
        assertThat(html).startsWith("<p>SEOUL, South Korea (AP) — North Korea accused");
        // The story's boilerplate (page navigation here) is not part of the body.
        assertThat(plain).doesNotContain("To Top");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mapsPageMetadataToDatesLanguageSummaryAndSubjects() {
        Article a = page("apnews-brightspot.html");
        PageMetadata m = a.metadata().orElseThrow();
        Map<String, Object> o = ninjs(a, ArticleNinjs.create(), "page.html");
        assertThat(o)
                .containsEntry(
                        "firstcreated",
                        m.published().flatMap(PageDate::instant).orElseThrow().toString())
                .containsEntry(
                        "versioncreated",
                        m.modified().flatMap(PageDate::instant).orElseThrow().toString())
                .containsEntry("language", m.language().orElseThrow())
                .containsEntry("by", "MARTA LINDQVIST and OWEN PRICE");
        assertThat((List<Object>) o.get("descriptions"))
                .containsExactly(
                        Map.of("role", "summary", "value", m.description().orElseThrow()));
        assertThat((List<Map<String, Object>>) o.get("subjects"))
                .extracting(s -> s.get("name"))
                .containsExactlyElementsOf(m.keywords());
    }

    @Test
    void writesVersion31WithItsCamelCaseNames() {
        Article a = page("apnews-brightspot.html");
        Map<String, Object> o = ninjs(a, ArticleNinjs.create().withVersion(ArticleNinjs.Version.V3_1), "page.html");
        assertThat(o)
                .containsKeys("firstCreated", "versionCreated", "infoSources")
                .doesNotContainKeys("firstcreated", "versioncreated", "infosources");
        assertThat(JsonValues.read(ArticleNinjs.create()
                        .withVersion(ArticleNinjs.Version.V3_1)
                        .toJson(a, "x")))
                .asString()
                .contains("contentType=text/plain")
                .doesNotContain("contenttype");
    }

    @Test
    void writesAuthorsWithTitleAndEditorsNotesAndCopyright() {
        Article a = Wireparse.parse("Mayor rejects library cuts\n\nBy JANE DOE and BOB ROE, "
                + "AP Business Writers\n\nSPRINGFIELD, Ill. (AP) — The mayor said no.\n\n"
                + "Eds: Updates with vote.\n\n"
                + "Copyright 2025 The Associated Press. All rights reserved.");
        Map<String, Object> o = ninjs(a, ArticleNinjs.create(), "x.txt");
        assertThat(o)
                .containsEntry("by", "JANE DOE and BOB ROE, AP Business Writers")
                .containsEntry("ednote", "Eds: Updates with vote.")
                .containsEntry("copyrightnotice", "Copyright 2025 The Associated Press. All rights reserved.");
        assertThat(o.toString()).doesNotContain("All rights reserved.</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example.com/a/1", "urn:publicid:ap.org:123"})
    void keepsAnIdThatIsAlreadyAnAbsoluteUri(String id) {
        assertThat(ninjs(Wireparse.parse("Hi\n\nThere."), ArticleNinjs.create(), id))
                .containsEntry("uri", id);
    }

    @Test
    void prefixesAndEncodesOtherIdsAndTakesAnotherPrefix() {
        Article a = Wireparse.parse("Hi\n\nThere.");
        assertThat(ninjs(a, ArticleNinjs.create(), "dir/a#2 é.txt"))
                .containsEntry("uri", "urn:wireparse:dir/a%232%20%C3%A9.txt");
        assertThat(ninjs(a, ArticleNinjs.create().withUriPrefix("https://x.example/items/"), "-"))
                .containsEntry("uri", "https://x.example/items/-");
        assertThatThrownBy(() -> ArticleNinjs.create().withUriPrefix("items/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(ArticleNinjs.Version.class)
    void writesEmptyArticleAsMinimalValidItem(ArticleNinjs.Version v) {
        Map<String, Object> o = ninjs(Wireparse.parse(""), ArticleNinjs.create().withVersion(v), "e");
        assertThat(o).containsOnlyKeys("uri", "standard", "type");
    }

    @Test
    void escapesMarkupAndDropsCharactersXmlCannotCarryFromHtmlBody() {
        Article a = Wireparse.parse("Head\n\nFish & <chips> \u0001 here.");
        String json = ArticleNinjs.create().toJson(a, "x");
        assertThat(json).contains("<p>Fish &amp; &lt;chips&gt; \uFFFD here.</p>");
        assertThat(json).doesNotContain("\n");
    }

    @Test
    void writesPrettyAndCompactAlike() {
        Article a = page("apnews-brightspot.html");
        String pretty = ArticleNinjs.create().withPrettyPrint(true).toJson(a, "x");
        assertThat(pretty).contains("\n  \"uri\": ");
        assertThat(JsonValues.read(pretty))
                .isEqualTo(JsonValues.read(ArticleNinjs.create().toJson(a, "x")));
    }

    @Test
    void rejectsNullArgumentsAndUnknownVersions() {
        Article a = Wireparse.parse("");
        assertThatThrownBy(() -> ArticleNinjs.create().toJson(null, "x"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("article");
        assertThatThrownBy(() -> ArticleNinjs.create().toJson(a, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> ArticleNinjs.create().withVersion(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("version");
        assertThat(ArticleNinjs.Version.of("3.1")).isEqualTo(ArticleNinjs.Version.V3_1);
        assertThatThrownBy(() -> ArticleNinjs.Version.of("1.6")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Reads the specification's text-article examples ({@code 004}, {@code 005}) of each version,
     * gives their headline and paragraphs to the parser as a plain-text story, and checks that
     * the item written back has the example's shape: the same headline and body roles and
     * content types, every property the example shares with it of the same JSON type, and the
     * same body text and paragraphs.
     */
    @ParameterizedTest
    @EnumSource(ArticleNinjs.Version.class)
    @SuppressWarnings("unchecked")
    void matchesShapesOfSpecificationsTextExamples(ArticleNinjs.Version v) throws IOException {
        Path examples = JsonSchemas.ninjsFolder().resolve("examples/" + v.number());
        assumeTrue(Files.isDirectory(examples), "shared ninjs examples are absent; skipping");
        String contentType = v == ArticleNinjs.Version.V3_1 ? "contentType" : "contenttype";
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(examples)) {
            s.filter(p -> p.getFileName().toString().matches("00[45]_.*\\.json"))
                    .sorted()
                    .forEach(files::add);
        }
        assertThat(files).hasSize(2);
        for (Path file : files) {
            Map<String, Object> spec = JsonValues.object(Files.readString(file));
            List<Map<String, Object>> specBodies = (List<Map<String, Object>>) spec.get("bodies");
            Map<String, Object> specHtml = specBodies.stream()
                    .filter(b -> "richtext".equals(b.get("role")))
                    .findFirst()
                    .orElseThrow();
            List<String> specParagraphs = paragraphs((String) specHtml.get("value"));
            String headline = (String)
                    ((List<Map<String, Object>>) spec.get("headlines")).get(0).get("value");
            Article a = Wireparse.parse(headline + "\n\n" + String.join("\n\n", specParagraphs));
            Map<String, Object> ours = ninjs(a, ArticleNinjs.create().withVersion(v), (String) spec.get("uri"));

            assertThat(ours.get("uri")).isEqualTo(spec.get("uri"));
            assertThat(ours.get("headlines")).isEqualTo(spec.get("headlines"));
            for (String key : ours.keySet()) {
                if (spec.containsKey(key)) {
                    assertThat(ours.get(key)).as(file + " " + key).hasSameClassAs(spec.get(key));
                }
            }
            assertThat(a.dateline()).as(file + " dateline").isPresent();
            assertThat((String) ours.get("located"))
                    .isEqualToIgnoringCase(a.dateline().get().city().orElseThrow() + ", "
                            + a.dateline().get().region().orElseThrow());
            List<Map<String, Object>> bodies = (List<Map<String, Object>>) ours.get("bodies");
            assertThat(bodies)
                    .extracting(b -> b.get("role"))
                    .containsExactlyElementsOf(
                            specBodies.stream().map(b -> b.get("role")).toList());
            assertThat(bodies.get(0).get(contentType))
                    .isEqualTo(specBodies.get(0).get(contentType));
            assertThat(normal((String) bodies.get(0).get("value")))
                    .isEqualTo(normal((String) specBodies.get(0).get("value")));
            assertThat(paragraphs((String) bodies.get(1).get("value"))).containsExactlyElementsOf(specParagraphs);
        }
    }

    private static List<String> paragraphs(String html) {
        List<String> l = new ArrayList<>();
        for (String part : html.split("</p>")) {
            int at = part.indexOf("<p>");
            if (at >= 0) {
                l.add(normal(part.substring(at + 3)));
            }
        }
        return l;
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
