package io.github.wireparse.internal.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Agency;
import io.github.wireparse.Dateline;
import io.github.wireparse.internal.Tsv;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The agency table and the place tables say what the parser needs, and say it once. */
class AgencyTableTest {

    @Test
    void everyAgencyHasOneRow() {
        List<Agency> agencies =
                Agencies.table().stream().map(Agencies.Row::agency).toList();
        assertThat(agencies).doesNotHaveDuplicates();
        assertThat(EnumSet.copyOf(agencies)).isEqualTo(EnumSet.allOf(Agency.class));
    }

    @Test
    void everyCreditNamesOneAgencyAndIsFoundAgain() {
        Map<String, Agency> byKey = new HashMap<>();
        for (Agencies.Row row : Agencies.table()) {
            assertThat(row.credits()).as(row.agency() + " credits").isNotEmpty();
            for (String credit : row.credits()) {
                Agency before = byKey.put(Places.key(credit), row.agency());
                assertThat(before).as(credit + " in two rows").isIn(null, row.agency());
                assertThat(Agencies.of(credit)).contains(row.agency());
                assertThat(Agencies.of(credit.toUpperCase(java.util.Locale.ROOT)))
                        .contains(row.agency());
            }
        }
    }

    @Test
    void everyDatelineExampleParsesAsItsAgencysDateline() {
        for (Agencies.Row row : Agencies.table()) {
            if (row.datelineExample().isEmpty()) {
                continue;
            }
            String example = row.datelineExample().get();
            Optional<DatelineParser.Match> m = DatelineParser.match(example, 0, example.length());
            assertThat(m).as(example).isPresent();
            Dateline d = m.get().dateline();
            // An agency whose house style has no credit (CP, the NYT service) gives no agency.
            assertThat(d.agency())
                    .as(example)
                    .isEqualTo(d.credit().isPresent() ? Optional.of(row.agency()) : Optional.empty());
            assertThat(m.get().bodyStart()).as(example).isLessThan(example.length());
        }
    }

    @Test
    void everyRuleIsARegularExpression() {
        for (Agencies.Row row : Agencies.table()) {
            for (Optional<String> rule : List.of(row.endMarks(), row.inlineEndMarks(), row.trailers())) {
                rule.ifPresent(r -> assertThat(Pattern.compile(r).pattern()).isEqualTo(r));
            }
        }
    }

    /**
     * The byline pattern tries the names as alternatives: within an agency a longer name comes
     * first; across agencies no name starts another, so the rows' order does not matter.
     */
    @Test
    void bylineNamesAreOrderedWithinAnAgencyAndIndependentAcross() {
        List<String> problems = new ArrayList<>();
        for (Agencies.Row row : Agencies.table()) {
            List<String> names = row.bylineNames();
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    if (names.get(j).startsWith(names.get(i))) {
                        problems.add(row.agency() + ": " + names.get(j) + " after " + names.get(i));
                    }
                }
            }
            for (Agencies.Row other : Agencies.table()) {
                if (other == row) {
                    continue;
                }
                for (String a : names) {
                    for (String b : other.bylineNames()) {
                        if (b.startsWith(a)) {
                            problems.add(b + " (" + other.agency() + ") starts with " + a);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aPlaceNamesOneCountryInEachTable() {
        for (String[] table : new String[][] {
            {Places.SUBDIVISIONS_RESOURCE, "name", "country"},
            {Places.COUNTRIES_RESOURCE, "name", "code"},
            {Places.STANDALONE_RESOURCE, "city", "country"}
        }) {
            Map<String, String> byKey = new HashMap<>();
            for (List<String> r : Tsv.rows(table[0], table[1], table[2])) {
                String before = byKey.put(Places.key(r.get(0)), r.get(1));
                assertThat(before).as(table[0] + ": " + r.get(0)).isIn(null, r.get(1));
                assertThat(r.get(1)).as(table[0] + ": " + r.get(0)).matches("[A-Z]{2}|-");
            }
        }
    }

    @Test
    void monthsAreKnownInEveryLanguageOfTheTable() {
        Set<Integer> months = new java.util.TreeSet<>();
        for (List<String> r : Tsv.rows(Dates.MONTHS_RESOURCE, "spelling", "month")) {
            assertThat(r.get(0)).isEqualTo(r.get(0).toLowerCase(java.util.Locale.ROOT));
            assertThat(Dates.isMonth(r.get(0))).isTrue();
            months.add(Integer.parseInt(r.get(1)));
        }
        assertThat(months).hasSize(12).contains(1, 12);
        assertThat(Dates.isMonth("mercredi")).isFalse();
    }
}
