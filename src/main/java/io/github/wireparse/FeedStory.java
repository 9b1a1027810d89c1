package io.github.wireparse;

import java.util.Objects;

/**
 * One story of an input that may hold several: a transmission file with several ANPA-1312 or IPTC
 * 7901 messages, a NewsML-G2 {@code newsMessage} with several items, an AP Media API feed response
 * with several items. See {@link ArticleParser#parseAll(byte[])}.
 *
 * @param index   the story's number in the input, from 1, in input order (the command-line tool
 *                names it {@code file#1}, {@code file#2}, …)
 * @param offset  where the story starts in the decoded input, in characters: the first character of
 *                its transmission message, of its {@code newsItem} element; 0 for the only story of
 *                an input and for items of a JSON response
 * @param article the story
 */
public record FeedStory(int index, int offset, Article article) {

    /**
     * Checks the components.
     *
     * @param index the value of {@link #index()}
     * @param offset the value of {@link #offset()}
     * @param article the value of {@link #article()}
     * @throws NullPointerException     if {@code article} is null
     * @throws IllegalArgumentException if {@code index} is less than 1 or {@code offset} negative
     */
    public FeedStory {
        Objects.requireNonNull(article, "article");
        if (index < 1 || offset < 0) {
            throw new IllegalArgumentException("invalid index " + index + " or offset " + offset);
        }
    }
}
