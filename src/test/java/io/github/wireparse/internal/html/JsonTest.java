package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsObjectsArraysAndScalars() {
        Object v = Json.read("{\"a\": [1, 2.5, \"x\\n\\u00e9\"], \"b\": {\"c\": true, \"d\": null}}")
                .orElseThrow();
        assertThat(v).isEqualTo(Map.of("a", List.of(1.0, 2.5, "x\né"), "b", Map.of("c", Boolean.TRUE, "d", Json.NULL)));
    }

    @Test
    void forgivesTrailingCommasCommentMarkersAndRawNewlines() {
        assertThat(Json.read("<!-- {\"a\": [1, 2,], \"s\": \"line\nbreak\",} -->"))
                .contains(Map.of("a", List.of(1.0, 2.0), "s", "line\nbreak"));
    }

    @Test
    void keepsObjectKeysInDocumentOrder() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m =
                (Map<String, Object>) Json.read("{\"z\":1,\"a\":2,\"m\":3}").orElseThrow();
        assertThat(m.keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void readsDeepNestingWithoutRecursion() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        assertThat(Json.read(deep)).isPresent();
        String unclosed = "{\"a\":".repeat(100_000);
        assertThat(Json.read(unclosed)).isEmpty();
    }

    @Test
    void givesEmptyForGarbage() {
        assertThat(Json.read("")).isEmpty();
        assertThat(Json.read("{\"a\" 1}")).isEmpty();
        assertThat(Json.read("   ")).isEmpty();
    }
}
