package io.github.wireparse;

/**
 * What a piece of {@link Boilerplate} is: text that travels with a story but is not part of it.
 */
public enum BoilerplateKind {
    /**
     * A separator line such as {@code ___} between the story and its trailer; in feed copy
     * (ANPA-1312, IPTC 7901) also a subhead in capitals standing on its own line, such as
     * {@code TIP-INS} or {@code UP NEXT}, which divides the story rather than continuing it.
     */
    SEPARATOR,
    /**
     * A credit to other writers: {@code Associated Press writer X in Y contributed to this report.},
     * {@code X reported from Y.}, Reuters {@code (Reporting by …; Editing by …)}.
     */
    CONTRIBUTOR_LINE,
    /** A correction note: {@code This story has been corrected to show …}. */
    CORRECTION,
    /** An editor's note: {@code EDITOR’S NOTE — …}, {@code Eds: …}. */
    EDITORS_NOTE,
    /** A coverage or follow promo: {@code Follow AP’s coverage of … at …}, {@code More on …}. */
    COVERAGE_PROMO,
    /** A copyright or rights line: {@code Copyright 2024 The Associated Press. All rights …}. */
    COPYRIGHT,
    /** A photo caption left inline: {@code FILE - … (AP Photo/…, File)}. */
    PHOTO_CAPTION,
    /** A publication timestamp: {@code Published 10:21 PM EST, November 7, 2022}, {@code Updated …}. */
    TIMESTAMP,
    /** An advertisement marker ({@code ADVERTISEMENT}) or sponsored slot. */
    ADVERTISEMENT,
    /** Page chrome left by scraping: {@code The Latest}, {@code To Top}, {@code Share}. */
    PAGE_NAVIGATION,
    /**
     * An agency advisory or headline tag about the version of the story: Reuters
     * {@code (Adds …, updates …)}, Yonhap {@code (LEAD)} and {@code (2nd LD)}, {@code (ATTN: …)}.
     */
    ADVISORY,
    /**
     * An end mark or sign-off: Reuters {@code Reuter}, Xinhua {@code Enditem}, KCNA {@code -0-},
     * Canadian Press {@code This report by The Canadian Press was first published …}.
     */
    END_MARK,
    /**
     * Boilerplate recognised as such that fits no other kind, such as a source line naming the
     * agency a story comes from ({@code Source: Reuters}, {@code Quelle: dpa}) or an agency's
     * trailer line ({@code Keywords: …}).
     */
    OTHER
}
