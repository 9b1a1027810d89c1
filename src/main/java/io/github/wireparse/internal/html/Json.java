package io.github.wireparse.internal.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A small, lenient JSON reader for the JSON-LD blocks of news pages (and for test data). Objects
 * become {@code Map<String, Object>} in document order, arrays {@code List<Object>}, strings
 * {@code String}, numbers {@code Double}, booleans {@code Boolean} and {@code null} the
 * {@link #NULL} marker, so no Java null is ever returned.
 *
 * <p>It reads with an explicit stack, never recursing on the input's nesting, and forgives what
 * pages get wrong: raw control characters inside strings, trailing commas, HTML comment markers
 * around the data. Anything it cannot read gives an empty result, never an exception.
 */
public final class Json {

    /** The marker standing for JSON {@code null}. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final String s;
    private int pos;

    private Json(String s) {
        this.s = s;
    }

    /**
     * Reads one JSON value from a string; text after the value is ignored.
     *
     * @param text the JSON text
     * @return the value, or empty when the text is not JSON
     */
    public static Optional<Object> read(String text) {
        try {
            Json j = new Json(text);
            return Optional.ofNullable(j.value());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final class Frame {
        final @Nullable Map<String, Object> object;
        final @Nullable List<Object> array;

        @Nullable
        String key;

        Frame(@Nullable Map<String, Object> object, @Nullable List<Object> array) {
            this.object = object;
            this.array = array;
        }
    }

    /** Reads a value iteratively; returns null when the text holds none. */
    private @Nullable Object value() {
        Deque<Frame> stack = new ArrayDeque<>();
        skipJunk();
        while (true) {
            Frame top = stack.peek();
            Object v;
            skipSpace();
            if (pos >= s.length()) {
                return null;
            }
            char c = s.charAt(pos);
            if (top != null && top.object != null && top.key == null) {
                // expecting a key or the end of the object
                if (c == ',') {
                    pos++;
                    continue;
                }
                if (c == '}') {
                    pos++;
                    stack.pop();
                    v = top.object;
                } else {
                    String key = c == '"' || c == '\'' ? string(c) : bareWord();
                    skipSpace();
                    if (pos < s.length() && s.charAt(pos) == ':') {
                        pos++;
                    } else {
                        return null;
                    }
                    top.key = key;
                    continue;
                }
            } else if (top != null && top.array != null && (c == ',' || c == ']')) {
                pos++;
                if (c == ',') {
                    continue;
                }
                stack.pop();
                v = top.array;
            } else if (c == '{') {
                pos++;
                stack.push(new Frame(new LinkedHashMap<>(), null));
                continue;
            } else if (c == '[') {
                pos++;
                stack.push(new Frame(null, new ArrayList<>()));
                continue;
            } else if (c == '"' || c == '\'') {
                v = string(c);
            } else {
                String w = bareWord();
                if (w.isEmpty()) {
                    return null;
                }
                v = literal(w);
            }
            // deliver v to the enclosing container
            Frame parent = stack.peek();
            if (parent == null) {
                return v;
            }
            if (parent.object != null) {
                if (parent.key == null) {
                    return null;
                }
                parent.object.putIfAbsent(parent.key, v);
                parent.key = null;
            } else {
                Objects.requireNonNull(parent.array).add(v); // a frame holds an object or an array
            }
        }
    }

    private static Object literal(String w) {
        switch (w) {
            case "true" -> {
                return true;
            }
            case "false" -> {
                return false;
            }
            case "null" -> {
                return NULL;
            }
            default -> {
                try {
                    return Double.valueOf(w);
                } catch (NumberFormatException e) {
                    return w;
                }
            }
        }
    }

    private void skipJunk() {
        skipSpace();
        if (s.startsWith("<!--", pos)) {
            pos += 4;
        }
        if (s.startsWith("//<![CDATA[", pos)) {
            pos += 11;
        } else if (s.startsWith("/*<![CDATA[*/", pos)) {
            pos += 13;
        } else if (s.startsWith("<![CDATA[", pos)) {
            pos += 9;
        }
        skipSpace();
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF' || c == '\u00A0') {
                pos++;
            } else {
                return;
            }
        }
    }

    private String bareWord() {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ','
                    || c == ':'
                    || c == '}'
                    || c == ']'
                    || c == '{'
                    || c == '['
                    || Character.isWhitespace(c)
                    || c == '"') {
                break;
            }
            pos++;
        }
        return s.substring(start, pos);
    }

    private String string(char quote) {
        pos++;
        int n = s.length();
        for (int k = pos; k < n; k++) {
            char c = s.charAt(k);
            if (c == quote) {
                String plain = s.substring(pos, k); // no escapes: the text as it stands
                pos = k + 1;
                return plain;
            }
            if (c == '\\') {
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == quote) {
                return sb.toString();
            }
            if (c == '\\' && pos < s.length()) {
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (pos + 4 <= s.length()) {
                            try {
                                sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                                pos += 4;
                            } catch (NumberFormatException ex) {
                                sb.append('u');
                            }
                        } else {
                            sb.append('u');
                        }
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
