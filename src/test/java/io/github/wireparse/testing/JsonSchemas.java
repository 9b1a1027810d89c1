package io.github.wireparse.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas checked with a maintained validator (networknt json-schema-validator, draft
 * 2020-12 with format assertions on): the project's own {@code docs/article.schema.json} and the
 * published IPTC ninjs schemas in the shared reference folder.
 */
public final class JsonSchemas {

    /** The remote schemas the ninjs schemas refer to, answered locally: tests never fetch. */
    private static final Map<String, String> OFFLINE = Map.of("https://geojson.org/schema/GeoJSON.json", "{}");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build())
                    .schemas(OFFLINE));

    private final Schema schema;

    private JsonSchemas(Schema schema) {
        this.schema = schema;
    }

    /**
     * The project's article schema, closed: every object that lists its {@code properties} is
     * checked to have no other field, so that a field the writer adds without documenting it
     * fails. (The published schema stays open for fields added later.)
     *
     * @return the schema
     * @throws IOException if the schema cannot be read
     */
    public static JsonSchemas forArticles() throws IOException {
        JsonNode root = MAPPER.readTree(Files.readString(Path.of("docs/article.schema.json"), StandardCharsets.UTF_8));
        close(root);
        return new JsonSchemas(REGISTRY.getSchema(root));
    }

    /**
     * The published ninjs schema of one version, read in place from
     * {@code <wireparse.shared>/reference/ninjs/schemas/}.
     *
     * @param version {@code 1.6}, {@code 2.2} or {@code 3.1}
     * @return the schema, or empty when the shared folder is absent
     * @throws IOException if the schema is there but cannot be read
     */
    public static Optional<JsonSchemas> forNinjs(String version) throws IOException {
        Path file = ninjsFolder().resolve("schemas/ninjs-schema_" + version + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(
                new JsonSchemas(REGISTRY.getSchema(MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8)))));
    }

    /** {@return the shared ninjs reference folder (schemas/, examples/), which may be absent} */
    public static Path ninjsFolder() {
        return Path.of(System.getProperty("wireparse.shared", "../shared"), "reference", "ninjs");
    }

    /**
     * Checks a JSON document against the schema.
     *
     * @param json the JSON text
     * @return every violation, each with where in the document it is; empty if none
     */
    public List<String> check(String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode o
                && o.has("properties")
                && !o.has("additionalProperties")
                && !o.has("unevaluatedProperties")) {
            o.put("additionalProperties", false);
        }
        for (JsonNode child : node.values()) {
            close(child);
        }
    }
}
