package io.github.wireparse;

import java.util.Objects;

/**
 * The news agencies whose house style wireparse knows. A dateline's credit ({@code (AP)},
 * {@code (Reuters)}, {@code /TASS/}) resolves to one of these; a credit the library does not know
 * is kept as written in {@link Dateline#credit()} with no agency.
 */
public enum Agency {
    /** The Associated Press (United States). */
    AP("Associated Press"),
    /** Reuters (United Kingdom). */
    REUTERS("Reuters"),
    /** Agence France-Presse (France). */
    AFP("Agence France-Presse"),
    /** United Press International (United States). */
    UPI("United Press International"),
    /** Bloomberg News (United States). */
    BLOOMBERG("Bloomberg"),
    /** The Canadian Press (Canada). */
    CANADIAN_PRESS("The Canadian Press"),
    /** PA Media, formerly the Press Association (United Kingdom). */
    PA_MEDIA("PA Media"),
    /** Deutsche Presse-Agentur (Germany). */
    DPA("Deutsche Presse-Agentur"),
    /** Xinhua News Agency (China). */
    XINHUA("Xinhua"),
    /** Yonhap News Agency (South Korea). */
    YONHAP("Yonhap"),
    /** Kyodo News (Japan). */
    KYODO("Kyodo"),
    /** Asian News International (India). */
    ANI("Asian News International"),
    /** Press Trust of India. */
    PTI("Press Trust of India"),
    /** Indo-Asian News Service (India). */
    IANS("Indo-Asian News Service"),
    /** Agencia EFE (Spain). */
    EFE("EFE"),
    /** Agenzia Nazionale Stampa Associata (Italy). */
    ANSA("ANSA"),
    /** Anadolu Agency (Turkey). */
    ANADOLU("Anadolu Agency"),
    /** TASS (Russia). */
    TASS("TASS"),
    /** Korean Central News Agency (North Korea). */
    KCNA("Korean Central News Agency"),
    /** CNN (United States). */
    CNN("CNN"),
    /** The New York Times News Service (United States). */
    NYT_NEWS_SERVICE("New York Times News Service");

    private final String displayName;

    Agency(String displayName) {
        this.displayName = Objects.requireNonNull(displayName);
    }

    /**
     * {@return the agency's usual English name, such as {@code "Associated Press"}}
     */
    public String displayName() {
        return displayName;
    }
}
