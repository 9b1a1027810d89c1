package io.github.wireparse.internal.dateline;

import io.github.wireparse.Agency;
import io.github.wireparse.internal.Tsv;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The agency table ({@code io/github/wireparse/dateline/agencies.tsv}): for each {@link Agency},
 * its credits as wire copy writes them ({@code AP}, {@code Reuters}, {@code Reuter}, {@code AA},
 * {@code ITAR-TASS}, {@code dpa}), the names bylines give it, a dateline in its house style, and
 * its end marks and trailer lines. Credit lookups ignore case and periods.
 *
 * <p>The table hands out one {@code Optional} per agency, and per credit spelled exactly as in the
 * table, so the datelines of all parsed articles share them instead of each holding its own copies.
 */
public final class Agencies {

    /** The table's file, from the class path's root. */
    public static final String RESOURCE = "dateline/agencies.tsv";

    /**
     * One row of the agency table. Cells written {@code -} in the file are empty lists or empty
     * {@code Optional}s here.
     *
     * @param agency          the agency
     * @param credits         its credits as written
     * @param bylineNames     the names bylines give it, a longer one before one it starts with
     * @param datelineExample a made-up dateline in its house style, with the words after it
     * @param endMarks        a regular expression for its end marks on a line of their own
     * @param inlineEndMarks  a regular expression for the end marks that may close a last sentence
     * @param trailers        a regular expression for its trailer lines
     */
    public record Row(
            Agency agency,
            List<String> credits,
            List<String> bylineNames,
            Optional<String> datelineExample,
            Optional<String> endMarks,
            Optional<String> inlineEndMarks,
            Optional<String> trailers) {}

    private static final List<Row> TABLE;
    /** One {@code Optional} per agency. */
    private static final Map<Agency, Optional<Agency>> PRESENT = new EnumMap<>(Agency.class);
    /** Credits by {@link Places#key}, each with its agency's shared {@code Optional}. */
    private static final Map<String, Optional<Agency>> CREDITS = new HashMap<>();
    /** Every credit as spelled in the table, as a shared {@code Optional}. */
    private static final Map<String, Optional<String>> SPELLINGS = new HashMap<>();

    static {
        for (Agency a : Agency.values()) {
            PRESENT.put(a, Optional.of(a));
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> r : Tsv.rows(
                RESOURCE,
                "agency",
                "credits",
                "byline_names",
                "dateline_example",
                "end_marks",
                "inline_end_marks",
                "trailers",
                "source")) {
            Row row = new Row(
                    Agency.valueOf(r.get(0)),
                    list(r.get(1)),
                    list(r.get(2)),
                    cell(r.get(3)),
                    cell(r.get(4)),
                    cell(r.get(5)),
                    cell(r.get(6)));
            rows.add(row);
            for (String s : row.credits()) {
                CREDITS.put(Places.key(s), PRESENT.get(row.agency()));
                SPELLINGS.put(s, Optional.of(s));
            }
        }
        TABLE = List.copyOf(rows);
    }

    private Agencies() {}

    private static List<String> list(String cell) {
        return cell.equals("-") ? List.of() : List.of(cell.split("\\|"));
    }

    private static Optional<String> cell(String cell) {
        return cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }

    /** {@return the agency table's rows, in the file's order} */
    public static List<Row> table() {
        return TABLE;
    }

    /**
     * {@return the agency a credit names, if the library knows it}
     *
     * @param credit the credit as written, without its brackets
     */
    public static Optional<Agency> of(String credit) {
        return CREDITS.getOrDefault(Places.key(credit), Optional.empty());
    }

    /**
     * {@return an agency as an {@code Optional}, the table's shared one; empty for null}
     *
     * @param agency the agency, or null
     */
    static Optional<Agency> present(@Nullable Agency agency) {
        // PRESENT holds every agency, so get never gives null here.
        return agency == null ? Optional.empty() : Objects.requireNonNull(PRESENT.get(agency));
    }

    /**
     * {@return a credit as written, as an {@code Optional}: the table's shared one when the credit
     * is spelled exactly as in the table, else a new one; empty for null}
     *
     * @param credit the credit as written, without its brackets, or null
     */
    static Optional<String> credit(@Nullable String credit) {
        if (credit == null) {
            return Optional.empty();
        }
        Optional<String> shared = SPELLINGS.get(credit);
        return shared != null ? shared : Optional.of(credit);
    }
}
