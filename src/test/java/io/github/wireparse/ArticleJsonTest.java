package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wireparse.testing.Golden;
import io.github.wireparse.testing.Invariants;
import io.github.wireparse.testing.JsonSchemas;
import io.github.wireparse.testing.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ArticleJson}: the documented JSON shape, checked against {@code docs/article.schema.json}. */
class ArticleJsonTest {

    private static JsonSchemas schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = JsonSchemas.forArticles();
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> folders = Files.walk(Path.of("src/test/resources"))) {
            return folders.filter(Files::isDirectory).sorted().toList().stream().flatMap(Golden::inputs);
        }
    }

    static Article parse(Path file) {
        String s = Golden.read(file);
        return file.toString().endsWith(".html") ? Wireparse.parseHtml(s, "") : Wireparse.parse(s);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Article a, ArticleJson writer) {
        String json = writer.toJson(a, "story.txt");
        assertThat(schema.check(json)).isEmpty();
        return (Map<String, Object>) JsonValues.read(json);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void writesEveryFixtureAsSchemaValidObject(Path file) {
        Article a = parse(file);
        Map<String, Object> o = json(a, ArticleJson.create().withText(true));
        assertThat(o.get("id")).isEqualTo("story.txt");
        assertThat((List<?>) o.get("paragraphs")).hasSize(a.paragraphs().size());
        assertThat(o.get("text")).isEqualTo(a.text());
    }

    @Test
    void writesSeedHeadlineDatelineAndParagraphs() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/seed/ap-north-korea-arms.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Object> o = json(Wireparse.parse(text), ArticleJson.create());
        assertThat(o.get("format")).isEqualTo("text");
        assertThat(o.get("byline")).isNull();
        assertThat(o).doesNotContainKey("text");
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) o.get("dateline");
        assertThat(d)
                .containsEntry("city", "SEOUL")
                .containsEntry("region", "South Korea")
                .containsEntry("country", "KR")
                .containsEntry("agency", "AP")
                .containsEntry("date", null)
                .containsEntry("cities", List.of("SEOUL"));
        assertThat(text.substring(((Long) d.get("start")).intValue(), ((Long) d.get("end")).intValue()))
                .isEqualTo("SEOUL, South Korea (AP) —");
        assertThat((List<?>) o.get("paragraphs")).hasSize(15);
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesQuotesSpeakersCuesAndSources() {
        Article a = QuotedArticles.article();
        Invariants.check(a);
        Map<String, Object> o = json(a, ArticleJson.create());
        List<Map<String, Object>> quotes = (List<Map<String, Object>>) o.get("quotes");
        assertThat(quotes).hasSize(3);
        assertThat(quotes.get(0))
                .containsEntry("text", "dead on arrival,")
                .containsEntry("partial", true)
                .containsEntry("paragraph", 0L)
                .containsEntry("source", "Ann Lee")
                .containsEntry("descriptor", null);
        assertThat((Map<String, Object>) quotes.get(0).get("speaker")).containsEntry("text", "The mayor");
        assertThat((Map<String, Object>) quotes.get(0).get("cue")).containsEntry("text", "said");
        assertThat(quotes.get(2))
                .containsEntry("paragraph", 1L)
                .containsEntry("paragraphs", List.of(1L, 2L))
                .containsEntry("cue", null);
        assertThat((List<Object>) o.get("sources"))
                .containsExactly(Map.of(
                        "name",
                        "Ann Lee",
                        "descriptors",
                        List.of("Mayor"),
                        "quotes",
                        List.of(0L, 1L, 2L),
                        "attributions",
                        List.of()));
        Map<String, Object> d = (Map<String, Object>) o.get("dateline");
        assertThat(d)
                .containsEntry("date", "--03-03")
                .containsEntry("year", 2025L)
                .containsEntry("region", "Ill.")
                .containsEntry("country", "US");
        assertThat((List<Map<String, Object>>) o.get("boilerplate"))
                .singleElement()
                .satisfies(b -> assertThat(b).containsEntry("kind", "contributor_line"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesWhereEachPartOfTheDatelineStands() {
        Article a = QuotedArticles.article();
        Map<String, Object> o = json(a, ArticleJson.create());
        Map<String, Object> spans = (Map<String, Object>) ((Map<String, Object>) o.get("dateline")).get("spans");
        List<Map<String, Object>> cities = (List<Map<String, Object>>) spans.get("cities");
        assertThat(cities).singleElement().satisfies(c -> assertThat(cut(c)).isEqualTo("SPRINGFIELD"));
        assertThat(cut((Map<String, Object>) spans.get("region"))).isEqualTo("Ill.");
        assertThat(cut((Map<String, Object>) spans.get("credit"))).isEqualTo("AP");
        assertThat(cut((Map<String, Object>) spans.get("date"))).isEqualTo("March 3, 2025");
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesNullForDatelinePartsTheDatelineLacks() {
        Map<String, Object> o = json(Wireparse.parse("(Bloomberg) -- Stocks fell on Monday."), ArticleJson.create());
        Map<String, Object> spans = (Map<String, Object>) ((Map<String, Object>) o.get("dateline")).get("spans");
        assertThat(spans)
                .containsEntry("cities", List.of())
                .containsEntry("region", null)
                .containsEntry("date", null);
        assertThat(spans.get("credit")).isEqualTo(Map.of("start", 1L, "end", 10L));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonNamesTheLocationAndLeavesTheOffsetNullForMarkup() {
        Article a = new Article(
                "",
                InputFormat.HTML,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(Problem.inMarkup("malformed HTML: x", 4, 9), Problem.inText("no article", 0, 1, 1)));
        Map<String, Object> o = json(a, ArticleJson.create());
        List<Map<String, Object>> problems = (List<Map<String, Object>>) o.get("problems");
        assertThat(problems.get(0))
                .containsEntry("location", "markup")
                .containsEntry("line", 4L)
                .containsEntry("column", 9L)
                .containsEntry("offset", null);
        assertThat(problems.get(1)).containsEntry("location", "text").containsEntry("offset", 0L);
    }

    private static String cut(Map<String, Object> span) {
        return QuotedArticles.TEXT.substring(
                ((Long) span.get("start")).intValue(), ((Long) span.get("end")).intValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void countsOffsetsInUtf16CodeUnits() {
        Article a = QuotedArticles.article();
        Map<String, Object> o = json(a, ArticleJson.create());
        Map<String, Object> h = (Map<String, Object>) o.get("headline");
        // The headline ends in U+1F4DA, two UTF-16 code units but one code point.
        assertThat(h.get("end")).isEqualTo((long) "Mayor rejects library cuts ".length() + 2);
        for (Map<String, Object> p : (List<Map<String, Object>>) o.get("paragraphs")) {
            int start = ((Long) p.get("start")).intValue();
            int end = ((Long) p.get("end")).intValue();
            assertThat(QuotedArticles.TEXT.substring(start, end).replaceAll("\\s+", " "))
                    .isEqualTo(p.get("text"));
        }
    }

    @Test
    void writesCompactObjectsOnOneLineAndPrettyOnesIndented() {
        Article a = QuotedArticles.article();
        String compact = ArticleJson.create().toJson(a, "x");
        String pretty = ArticleJson.create().withPrettyPrint(true).toJson(a, "x");
        assertThat(compact).doesNotContain("\n").startsWith("{\"id\":\"x\",\"format\":\"text\",");
        assertThat(pretty).contains("\n  \"id\": \"x\",\n");
        assertThat(JsonValues.read(pretty)).isEqualTo(JsonValues.read(compact));
    }

    @Test
    void escapesControlCharactersAndLineBreaks() {
        Article a = Wireparse.parse("Line one\u0000\u0007\n\nA second \"paragraph\"\u2028here.");
        String json = ArticleJson.create().withText(true).toJson(a, "bin\n");
        assertThat(json).doesNotContain("\n").doesNotContain("\u0000");
        @SuppressWarnings("unchecked")
        Map<String, Object> o = (Map<String, Object>) JsonValues.read(json);
        assertThat(o.get("text")).isEqualTo(a.text());
        assertThat(o.get("id")).isEqualTo("bin\n");
    }

    @Test
    void rejectsNullArguments() {
        Article a = Wireparse.parse("");
        assertThatThrownBy(() -> ArticleJson.create().toJson(null, "x"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("article");
        assertThatThrownBy(() -> ArticleJson.create().toJson(a, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
    }

    @Test
    void keepsItsSettings() {
        ArticleJson w = ArticleJson.create().withPrettyPrint(true).withText(true);
        assertThat(w.prettyPrint()).isTrue();
        assertThat(w.includesText()).isTrue();
        assertThat(ArticleJson.create().prettyPrint()).isFalse();
        assertThat(ArticleJson.create().includesText()).isFalse();
    }
}
