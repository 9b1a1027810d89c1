package io.github.wireparse.internal.format;

import io.github.wireparse.Envelope;
import io.github.wireparse.internal.Tsv;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An envelope's editorial urgency, 1 (most urgent) to 9: its urgency when that is a number from 1
 * to 9, else its priority through the table {@code format/priorities.tsv} (ANPA letters, IPTC 7901
 * digits).
 */
final class Urgencies {

    private static final Map<String, Integer> PRIORITIES = load();

    private Urgencies() {}

    private static Map<String, Integer> load() {
        Map<String, Integer> m = new HashMap<>();
        for (List<String> row : Tsv.rows("format/priorities.tsv", "priority", "urgency")) {
            m.put(row.get(0), Integer.valueOf(row.get(1)));
        }
        return Map.copyOf(m);
    }

    /** {@return the envelope's urgency from 1 to 9, when it states one or a known priority} */
    static Optional<Integer> of(Envelope e) {
        Optional<Integer> stated = e.urgency()
                .map(f -> f.text().strip())
                .filter(t -> t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '9')
                .map(Integer::valueOf);
        if (stated.isPresent()) {
            return stated;
        }
        return e.priority().map(f -> PRIORITIES.get(f.text().strip().toLowerCase(Locale.ROOT)));
    }
}
