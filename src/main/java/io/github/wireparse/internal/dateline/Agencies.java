package io.github.wireparse.internal.dateline;

import io.github.wireparse.Agency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Agency credits as wire copy writes them ({@code AP}, {@code Reuters}, {@code Reuter},
 * {@code AA}, {@code ITAR-TASS}, {@code dpa}) and the {@link Agency} each one names. Lookups ignore
 * case and periods.
 *
 * <p>The table hands out one {@code Optional} per agency, and per credit spelled exactly as here,
 * so the datelines of all parsed articles share them instead of each holding its own copies.
 */
public final class Agencies {

    /** One {@code Optional} per agency. */
    private static final Map<Agency, Optional<Agency>> PRESENT = new EnumMap<>(Agency.class);
    /** Credits by {@link Places#key}, each with its agency's shared {@code Optional}. */
    private static final Map<String, Optional<Agency>> CREDITS = new HashMap<>();
    /** Every credit as spelled in this table, as a shared {@code Optional}. */
    private static final Map<String, Optional<String>> SPELLINGS = new HashMap<>();

    static {
        for (Agency a : Agency.values()) {
            PRESENT.put(a, Optional.of(a));
        }
        put(Agency.AP, "AP", "Associated Press", "The Associated Press");
        put(Agency.REUTERS, "Reuters", "Reuter", "Thomson Reuters", "Reuters Breakingviews",
                "Reuters Health", "Thomson Reuters Foundation");
        put(Agency.AFP, "AFP", "Agence France-Presse", "Agence France Presse");
        put(Agency.UPI, "UPI", "United Press International");
        put(Agency.BLOOMBERG, "Bloomberg", "Bloomberg News");
        put(Agency.CANADIAN_PRESS, "CP", "The Canadian Press", "Canadian Press");
        put(Agency.PA_MEDIA, "PA", "PA Media", "Press Association", "The Press Association");
        put(Agency.DPA, "dpa", "Deutsche Presse-Agentur", "dpa-AFX");
        put(Agency.XINHUA, "Xinhua", "Xinhua News Agency");
        put(Agency.YONHAP, "Yonhap", "Yonhap News Agency");
        put(Agency.KYODO, "Kyodo", "Kyodo News");
        put(Agency.ANI, "ANI", "Asian News International");
        put(Agency.PTI, "PTI", "Press Trust of India");
        put(Agency.IANS, "IANS", "Indo-Asian News Service");
        put(Agency.EFE, "EFE", "Agencia EFE");
        put(Agency.ANSA, "ANSA");
        put(Agency.ANADOLU, "AA", "Anadolu", "Anadolu Agency", "AA English");
        put(Agency.TASS, "TASS", "ITAR-TASS");
        put(Agency.KCNA, "KCNA", "Korean Central News Agency");
        put(Agency.CNN, "CNN");
        put(Agency.NYT_NEWS_SERVICE, "NYT", "New York Times News Service", "NYT News Service",
                "N.Y. Times News Service");
    }

    private Agencies() {
    }

    private static void put(Agency agency, String... spellings) {
        for (String s : spellings) {
            CREDITS.put(Places.key(s), PRESENT.get(agency));
            SPELLINGS.put(s, Optional.of(s));
        }
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
    static Optional<Agency> present(Agency agency) {
        return agency == null ? Optional.empty() : PRESENT.get(agency);
    }

    /**
     * {@return a credit as written, as an {@code Optional}: the table's shared one when the credit
     * is spelled exactly as here, else a new one; empty for null}
     *
     * @param credit the credit as written, without its brackets, or null
     */
    static Optional<String> credit(String credit) {
        if (credit == null) {
            return Optional.empty();
        }
        Optional<String> shared = SPELLINGS.get(credit);
        return shared != null ? shared : Optional.of(credit);
    }
}
