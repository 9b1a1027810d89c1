package io.github.wireparse.internal.html;

import org.jspecify.annotations.Nullable;

/**
 * One block of inline text of a walked page ({@link HtmlBlocks}): the text of a paragraph, a
 * heading, a list item or a table cell up to the next block boundary or {@code <br>}, with white
 * space collapsed, and the element frames it belongs to.
 */
final class TextBlock {
    final String text;
    final Frame owner;
    final int linkLen;
    /** The enclosing header element's frame, or null. */
    final @Nullable Frame chrome;
    /** The enclosing byline-like element's frame, or null. */
    final @Nullable Frame byline;

    final boolean heading;
    final int headingLevel;
    /** Whether the block is a short line built around a publication time. */
    boolean timestamp;

    TextBlock(String text, Frame owner, int linkLen, @Nullable Frame chrome, @Nullable Frame byline, int headingLevel) {
        this.text = text;
        this.owner = owner;
        this.linkLen = linkLen;
        this.chrome = chrome;
        this.byline = byline;
        this.heading = headingLevel > 0;
        this.headingLevel = headingLevel;
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkLen / text.length();
    }
}
