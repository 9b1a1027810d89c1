package io.github.wireparse.internal.feed;

import io.github.wireparse.internal.Tsv;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The NITF {@code <meta name>}s that fill an envelope field, from the knowledge table
 * {@code feed/nitf-meta-names.tsv}.
 */
final class NitfMetaNames {

    private static final Map<String, String> FIELDS = load();

    private NitfMetaNames() {}

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (List<String> row : Tsv.rows("feed/nitf-meta-names.tsv", "name", "field")) {
            m.put(row.get(0), row.get(1));
        }
        return Map.copyOf(m);
    }

    /**
     * {@return the envelope field an NITF {@code <meta name>} fills: {@code priority},
     * {@code category}, {@code slug}, or {@code other}}
     *
     * @param name the meta element's name
     */
    static String field(String name) {
        return FIELDS.getOrDefault(name.strip().toLowerCase(Locale.ROOT), "other");
    }
}
