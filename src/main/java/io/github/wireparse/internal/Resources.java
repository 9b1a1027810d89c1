package io.github.wireparse.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the library's knowledge files: word lists and tables kept as plain UTF-8 text under
 * {@code src/main/resources/io/github/wireparse/}, one entry per line or tab-separated columns.
 * A line whose first non-blank character is {@code #} is a comment; blank lines are skipped.
 * Callers read a file once, into a static immutable structure.
 */
public final class Resources {

    private Resources() {
    }

    /**
     * {@return the lines of a resource file that are neither blank nor comments, in order, as an
     * unmodifiable list; each line as written, without its line terminator}
     *
     * @param resource the file's name from the class path's root, such as
     *                 {@code io/github/wireparse/dateline/agencies.tsv} (a leading {@code /} is
     *                 allowed)
     * @throws IllegalStateException when the file is missing or cannot be read: the library is
     *                               packaged wrongly
     */
    public static List<String> lines(String resource) {
        Objects.requireNonNull(resource, "resource");
        String name = resource.startsWith("/") ? resource : "/" + resource;
        String content;
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name,
                    new UncheckedIOException(e));
        }
        List<String> lines = new ArrayList<>();
        for (String line : content.split("\r\n|\r|\n")) {
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                lines.add(line);
            }
        }
        return List.copyOf(lines);
    }
}
