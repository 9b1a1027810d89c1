package io.github.wireparse;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An article parsed from one {@code response} record of a WARC web archive, with where it came
 * from. Made by {@link WarcArticles}.
 *
 * @param targetUri the record's {@code WARC-Target-URI}: the URL the page was fetched from
 * @param date      the record's {@code WARC-Date}: when it was fetched, if the record has a valid
 *                  date
 * @param offset    where the record starts in its file, in bytes; for a {@code .warc.gz} file, in
 *                  compressed bytes (the offset a CDX index gives, from which a reader can seek to
 *                  the record)
 * @param article   the page, parsed
 */
public record WarcRecordArticle(String targetUri, Optional<Instant> date, long offset, Article article) {

    /**
     * Checks the components.
     *
     * @param targetUri the value of {@link #targetUri()}
     * @param date the value of {@link #date()}
     * @param offset the value of {@link #offset()}
     * @param article the value of {@link #article()}
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code offset} is negative
     */
    public WarcRecordArticle {
        Objects.requireNonNull(targetUri, "targetUri");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(article, "article");
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
    }
}
