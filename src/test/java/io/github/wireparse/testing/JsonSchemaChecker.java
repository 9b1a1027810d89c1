package io.github.wireparse.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON reader and a checker for the part of JSON Schema that {@code
 * docs/article.schema.json} uses: {@code type} (one or a list), {@code required},
 * {@code properties} (and no field the schema does not document), {@code items}, {@code enum},
 * {@code pattern}, {@code minimum} and local {@code $ref}s.
 */
public final class JsonSchemaChecker {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Map<String, Object> root;

    /**
     * Makes a checker for a schema.
     *
     * @param root the schema, as {@link #read(String)} returns it
     */
    public JsonSchemaChecker(Map<String, Object> root) {
        this.root = root;
    }

    /**
     * Makes a checker for the project's article schema, {@code docs/article.schema.json}.
     *
     * @return the checker
     * @throws IOException if the schema cannot be read
     */
    @SuppressWarnings("unchecked")
    public static JsonSchemaChecker forArticles() throws IOException {
        String text = Files.readString(Path.of("docs/article.schema.json"), StandardCharsets.UTF_8);
        return new JsonSchemaChecker((Map<String, Object>) read(text));
    }

    /**
     * Reads one JSON value into maps, lists, strings, longs, doubles, booleans and nulls.
     *
     * @param json the JSON text
     * @return the value
     */
    public static Object read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            Object v = value(p, t);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("more than one value in " + json);
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    l.add(value(p, k));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalArgumentException("unexpected " + t);
        }
    }

    /**
     * Checks a value against the schema.
     *
     * @param value the value, as {@link #read(String)} returns it
     * @return every violation, each with its JSON path; empty if none
     */
    public List<String> check(Object value) {
        List<String> errors = new ArrayList<>();
        check(value, root, "$", errors);
        return errors;
    }

    @SuppressWarnings("unchecked")
    private void check(Object value, Map<String, Object> schema, String path, List<String> errors) {
        if (schema.containsKey("$ref")) {
            String ref = (String) schema.get("$ref");
            Object target = root;
            for (String part : ref.substring(2).split("/")) {
                target = ((Map<String, Object>) target).get(part);
            }
            check(value, (Map<String, Object>) target, path, errors);
            return;
        }
        Object type = schema.get("type");
        if (type != null) {
            List<Object> types = type instanceof List ? (List<Object>) type : List.of(type);
            if (types.stream().noneMatch(x -> is(value, (String) x))) {
                errors.add(path + ": expected " + types + " but was " + value);
                return;
            }
        }
        if (value instanceof Map) {
            Map<String, Object> m = (Map<String, Object>) value;
            for (Object r : (List<Object>) schema.getOrDefault("required", List.of())) {
                if (!m.containsKey(r)) {
                    errors.add(path + ": missing required field " + r);
                }
            }
            Map<String, Object> props = (Map<String, Object>) schema.get("properties");
            if (props != null) {
                for (Map.Entry<String, Object> e : m.entrySet()) {
                    Object s = props.get(e.getKey());
                    if (s == null) {
                        errors.add(path + ": field " + e.getKey() + " is not in the schema");
                    } else {
                        check(e.getValue(), (Map<String, Object>) s, path + "." + e.getKey(), errors);
                    }
                }
            }
        }
        if (value instanceof List && schema.containsKey("items")) {
            List<Object> l = (List<Object>) value;
            for (int i = 0; i < l.size(); i++) {
                check(l.get(i), (Map<String, Object>) schema.get("items"), path + "[" + i + "]", errors);
            }
        }
        if (schema.containsKey("enum") && value != null
                && !((List<Object>) schema.get("enum")).contains(value)) {
            errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.containsKey("pattern") && value instanceof String s
                && !Pattern.compile((String) schema.get("pattern")).matcher(s).find()) {
            errors.add(path + ": " + s + " does not match " + schema.get("pattern"));
        }
        if (schema.containsKey("minimum") && value instanceof Number n
                && n.doubleValue() < ((Number) schema.get("minimum")).doubleValue()) {
            errors.add(path + ": " + n + " is below " + schema.get("minimum"));
        }
    }

    private static boolean is(Object v, String type) {
        switch (type) {
            case "object":
                return v instanceof Map;
            case "array":
                return v instanceof List;
            case "string":
                return v instanceof String;
            case "integer":
                return v instanceof Long;
            case "number":
                return v instanceof Number;
            case "boolean":
                return v instanceof Boolean;
            case "null":
                return v == null;
            default:
                throw new IllegalArgumentException("unknown type " + type);
        }
    }
}
