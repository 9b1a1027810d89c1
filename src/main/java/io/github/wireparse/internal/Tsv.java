package io.github.wireparse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a knowledge table: a resource file ({@link Resources#lines}) whose first line names the
 * columns, tab-separated, and whose other lines hold one row each with exactly that many cells.
 */
public final class Tsv {

    private Tsv() {}

    /**
     * {@return the rows of a table, each as its cells, after checking the header}
     *
     * @param resource the file's name, as for {@link Resources#lines(String)}
     * @param columns  the names its header line must give, in order
     * @throws IllegalStateException when the header differs or a row has another number of cells
     */
    public static List<List<String>> rows(String resource, String... columns) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(columns, "columns");
        List<String> lines = Resources.lines(resource);
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
}
