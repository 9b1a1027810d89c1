package io.github.wireparse.internal.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON into plain values (maps, lists, strings, numbers as text, booleans) with jackson-core's
 * streaming parser, bounded in depth. A syntax error ends the reading with a problem naming its
 * line and column; nothing is thrown.
 */
final class JsonTree {

    /** Nesting deeper than this is a problem, not a stack overflow. */
    private static final int MAX_DEPTH = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    /** Stands for JSON null, which a map cannot hold. */
    static final Object NULL = new Object();

    private JsonTree() {}

    /**
     * The value read and what went wrong.
     *
     * @param value   the root value, if one was read whole
     * @param problem what went wrong, if anything
     * @param offset  the character offset of the problem
     */
    record Result(Optional<Object> value, Optional<String> problem, int offset) {}

    static Result read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Result(Optional.empty(), Optional.of("empty JSON"), 0);
            }
            Object v = value(p, t);
            JsonToken after = p.nextToken();
            if (after != null) {
                JsonLocation at = p.currentTokenLocation();
                return new Result(
                        Optional.of(v),
                        Optional.of("JSON has more after its first value (at line " + at.getLineNr() + ", column "
                                + at.getColumnNr() + ")"),
                        (int) Math.max(0, at.getCharOffset()));
            }
            return new Result(Optional.of(v), Optional.empty(), 0);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            int offset = at == null ? 0 : (int) Math.max(0, Math.min(json.length(), at.getCharOffset()));
            return new Result(
                    Optional.empty(), Optional.of("malformed JSON: " + e.getOriginalMessage() + where), offset);
        } catch (IOException | RuntimeException e) {
            return new Result(Optional.empty(), Optional.of("malformed JSON: " + e.getMessage()), 0);
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    Object v = value(p, p.nextToken());
                    m.putIfAbsent(name, v);
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    l.add(value(p, k));
                }
                return l;
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getText();
            }
            case VALUE_TRUE -> {
                return true;
            }
            case VALUE_FALSE -> {
                return false;
            }
            case VALUE_NULL -> {
                return NULL;
            }
            default -> throw new IOException("unexpected " + t);
        }
    }
}
