package io.github.wireparse.internal;

import io.github.wireparse.Agency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Agency credits as wire copy writes them ({@code AP}, {@code Reuters}, {@code Reuter},
 * {@code AA}, {@code ITAR-TASS}, {@code dpa}) and the {@link Agency} each one names. Lookups ignore
 * case and periods.
 */
final class Agencies {

    private static final Map<String, Agency> CREDITS = new HashMap<>();

    static {
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
            CREDITS.put(Places.key(s), agency);
        }
    }

    /**
     * {@return the agency a credit names, if the library knows it}
     *
     * @param credit the credit as written, without its brackets
     */
    static Optional<Agency> of(String credit) {
        return Optional.ofNullable(CREDITS.get(Places.key(credit)));
    }
}
