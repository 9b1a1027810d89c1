package io.github.wireparse.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the library's knowledge files (word lists, tables) from its own resources, once, into
 * unmodifiable collections. A knowledge file is UTF-8 text under
 * {@code src/main/resources/io/github/wireparse/}: a header of {@code #} comment lines saying what
 * it holds and where its entries come from, then one entry per line (or, for {@code .tsv} files, a
 * tab-separated header line and one row per line). Blank lines and lines starting with {@code #}
 * are left out; other lines are returned exactly as written (a format test keeps stray white space
 * out of the files).
 *
 * <p>A missing file is a packaging error, not bad input: it throws {@link IllegalStateException}
 * from the class initialiser that asked for it. Thread-safe: no state.
 */
public final class Resources {

    /** Where resource names without a leading slash are looked up. */
    private static final String ROOT = "/io/github/wireparse/";

    private Resources() {}

    /**
     * {@return the lines of a knowledge file that are neither blank nor comments, in order,
     * unmodifiable}
     *
     * @param resource the file's name under {@code io/github/wireparse/} (as in
     *                 {@code "quote/cue-verbs.txt"}), or its absolute resource path starting with
     *                 {@code /}
     * @throws IllegalStateException when there is no such resource
     */
    public static List<String> lines(String resource) {
        Objects.requireNonNull(resource, "resource");
        String path = resource.startsWith("/") ? resource : ROOT + resource;
        InputStream in = Resources.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
        return List.copyOf(out);
    }

    /**
     * {@return the entries of a one-entry-per-line knowledge file as an unmodifiable set}
     *
     * @param resource the file's name, as for {@link #lines(String)}
     * @throws IllegalStateException when there is no such resource
     */
    public static Set<String> set(String resource) {
        return Set.copyOf(lines(resource));
    }
}
