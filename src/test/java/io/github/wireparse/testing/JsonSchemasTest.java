package io.github.wireparse.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wireparse.ArticleJson;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema helper itself: it must reject what the schemas forbid, or the tests prove nothing. */
class JsonSchemasTest {

    private static final String STORY = "Dam holds\n\nRIVERTON, Wyo. (AP) — The dam held.\n";

    @Test
    void acceptsWriterOutputAndRejectsUndocumentedFieldsAndBadValues() throws IOException {
        JsonSchemas articles = JsonSchemas.forArticles();
        String json = ArticleJson.create().toJson(Wireparse.parse(STORY), "story.txt");
        assertThat(articles.check(json)).isEmpty();
        assertThat(articles.check(json.replaceFirst("\\{", "{\"extra\":1,"))).isNotEmpty();
        assertThat(articles.check(json.replace("\"format\":\"text\"", "\"format\":\"pdf\"")))
                .isNotEmpty();
        assertThat(articles.check(json.replace("\"country\":\"US\"", "\"country\":\"usa\"")))
                .isNotEmpty();
    }

    @Test
    void checksNinjsFormatsSuchAsUriAndDateTime() throws IOException {
        Optional<JsonSchemas> ninjs = JsonSchemas.forNinjs("2.2");
        assumeTrue(ninjs.isPresent(), "shared ninjs schemas are absent; skipping");
        assertThat(ninjs.get().check("{\"uri\":\"urn:x:1\",\"type\":\"text\"}")).isEmpty();
        assertThat(ninjs.get().check("{\"type\":\"text\"}")).isNotEmpty();
        assertThat(ninjs.get().check("{\"uri\":\"urn:x:1\",\"versioncreated\":\"yesterday\"}"))
                .isNotEmpty();
        assertThat(ninjs.get().check("{\"uri\":\"urn:x:1\",\"headline\":\"a 1.x field\"}"))
                .isNotEmpty();
    }
}
