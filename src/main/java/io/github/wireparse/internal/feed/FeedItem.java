package io.github.wireparse.internal.feed;

import io.github.wireparse.Article;
import java.util.function.Supplier;

/**
 * One story found in an input, parsed when asked.
 *
 * @param offset where the story starts in the decoded input, in characters
 * @param parse  parses the story
 */
record FeedItem(int offset, Supplier<Article> parse) {}
