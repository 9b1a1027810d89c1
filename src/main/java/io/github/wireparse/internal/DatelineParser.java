package io.github.wireparse.internal;

import io.github.wireparse.Agency;
import io.github.wireparse.Dateline;
import io.github.wireparse.DatelineDate;
import io.github.wireparse.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens a story's first paragraph. Only a bounded window at the start
 * of the paragraph is examined.
 */
final class DatelineParser {

    /** How far into a paragraph a dateline may reach. */
    private static final int WINDOW = 200;

    private static final Pattern AP_STYLE = Pattern.compile(
            "(?<place>[A-Z][A-Z.'’\\- ]{1,50}?)"
            + "(?:,\\s*(?<region>[A-Z][A-Za-z.'’ \\-]{1,40}?))?"
            + "\\s*\\((?<credit>AP|Reuters|AFP|UPI)\\)\\s*(?<dash>—|–|--|-|_|:)\\s*");

    private static final Map<String, Agency> CREDITS = Map.of(
            "AP", Agency.AP, "REUTERS", Agency.REUTERS, "AFP", Agency.AFP, "UPI", Agency.UPI);

    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("south korea", "KR"), Map.entry("north korea", "KP"),
            Map.entry("japan", "JP"), Map.entry("china", "CN"), Map.entry("calif.", "US"),
            Map.entry("n.y.", "US"), Map.entry("texas", "US"));

    private static final List<String> STANDALONE_US = List.of("NEW YORK", "WASHINGTON", "CHICAGO");

    private DatelineParser() {
    }

    /**
     * A dateline found at the start of a block.
     *
     * @param dateline  the dateline
     * @param bodyStart where the paragraph's own words start, after the dateline's dash
     */
    record Match(Dateline dateline, int bodyStart) {
    }

    /** {@return whether the characters start with something shaped like a dateline} */
    static boolean startsWithDateline(String text, int start, int end) {
        return match(text, start, end).isPresent();
    }

    /**
     * Looks for a dateline at the start of a block.
     *
     * @param text  the whole text
     * @param start the block's first character
     * @param end   the block's end
     * @return the dateline, or empty
     */
    static Optional<Match> match(String text, int start, int end) {
        int windowEnd = Math.min(end, start + WINDOW);
        Matcher m = AP_STYLE.matcher(text).region(start, windowEnd);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String place = m.group("place").trim();
        Optional<String> region = Optional.ofNullable(m.group("region")).map(String::trim);
        Optional<String> country = region.map(r -> REGIONS.get(r.toLowerCase(Locale.ROOT)));
        if (country.isEmpty() && region.isEmpty() && STANDALONE_US.contains(place)) {
            country = Optional.of("US");
        }
        String credit = m.group("credit");
        int dashEnd = m.end("dash");
        Dateline d = new Dateline(text.substring(start, dashEnd), new Span(start, dashEnd),
                List.of(place), region, country,
                Optional.ofNullable(CREDITS.get(credit.toUpperCase(Locale.ROOT))),
                Optional.of(credit), Optional.<DatelineDate>empty());
        return Optional.of(new Match(d, Texts.skipSpace(text, m.end(), end)));
    }
}
