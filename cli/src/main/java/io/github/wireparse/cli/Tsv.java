package io.github.wireparse.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the tool's own tables, as the library's knowledge tables are read: a UTF-8 resource under
 * {@code io/github/wireparse/} whose blank lines and {@code #} comment lines are left out, whose
 * first other line names the columns, tab-separated, and whose other lines hold one row each with
 * exactly that many cells.
 *
 * <p>A deliberate copy of the library's {@code io.github.wireparse.internal.Tsv} and
 * {@code Resources.lines}: the tool uses only the library's public API, and reading knowledge
 * tables is no part of what the library offers its users, so it does not export that reader. Keep
 * the two in step.
 */
final class Tsv {

    /** Where resource names are looked up. */
    private static final String ROOT = "/io/github/wireparse/";

    private Tsv() {}

    /**
     * {@return the rows of a table, each as its cells, after checking the header}
     *
     * @param resource the file's name under {@code io/github/wireparse/}, as {@code "cli/x.tsv"}
     * @param columns  the names its header line must give, in order
     * @throws IllegalStateException when the file is missing, the header differs or a row has
     *                               another number of cells
     */
    static List<List<String>> rows(String resource, String... columns) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(columns, "columns");
        List<String> lines = lines(ROOT + resource);
        String header = String.join("\t", columns);
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            throw new IllegalStateException(resource + ": the header must be " + header.replace("\t", " | "));
        }
        List<List<String>> rows = new ArrayList<>(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length != columns.length) {
                throw new IllegalStateException(
                        resource + ": " + cells.length + " cells instead of " + columns.length + " in: " + line);
            }
            rows.add(List.of(cells));
        }
        return List.copyOf(rows);
    }

    private static List<String> lines(String path) {
        InputStream in = Tsv.class.getResourceAsStream(path);
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
        return out;
    }
}
