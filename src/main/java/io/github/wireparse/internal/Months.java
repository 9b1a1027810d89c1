package io.github.wireparse.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The month names wireparse reads, with their numbers, from {@code dateline/months.tsv}: one table
 * for the dateline stage and for the dates a news page writes, so that a language added for one is
 * read by both. Shared, so that the HTML stage need not reach into the dateline stage.
 */
public final class Months {

    /** The month table's file, from the class path's root. */
    public static final String RESOURCE = "dateline/months.tsv";

    private static final Map<String, Integer> NUMBERS = load();

    private Months() {}

    /** {@return every spelling in lower case with its month's number, 1 to 12; unmodifiable} */
    public static Map<String, Integer> numbers() {
        return NUMBERS;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> months = new HashMap<>();
        for (List<String> r : Tsv.rows(RESOURCE, "spelling", "month")) {
            String spelling = r.get(0);
            int month = Integer.parseInt(r.get(1));
            if (month < 1 || month > 12 || months.put(spelling, month) != null) {
                throw new IllegalStateException(RESOURCE + ": bad or repeated " + spelling);
            }
        }
        return Map.copyOf(months);
    }
}
