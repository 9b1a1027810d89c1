package io.github.wireparse.internal.feed;

import io.github.wireparse.Article;
import io.github.wireparse.InputFormat;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.Problem;
import io.github.wireparse.internal.text.TextPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A story read from XML or JSON metadata and a body: rendered as text (headline, byline, a
 * dateline line when the body does not open with one, the body's blocks, the trailer), separated by
 * blank lines, and run through the text pipeline, as the HTML path does for a page. The article's
 * spans refer to that rendered text.
 */
final class RenderedStory {

    @Nullable
    String headline;

    @Nullable
    String byline;

    @Nullable
    String dateline;
    /** Body blocks: from markup through the HTML path's walk, or plain text as it stands. */
    final List<String> blocks = new ArrayList<>();

    final List<String> trailer = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    void problem(String message) {
        problems.add(Problem.inText(message, 0, 1, 1));
    }

    /** Adds a markup body's blocks. */
    void markupBody(String markup) {
        blocks.addAll(FeedSupport.markupBlocks(markup));
    }

    /**
     * Adds a plain-text body. Text that carries paragraph tags all the same ({@code text/plain}
     * content with {@code <p>}) has them turned into line breaks, so its own line structure
     * (indented, hard-wrapped paragraphs) still tells the paragraphs apart.
     */
    void textBody(String text) {
        String t = text.replace("\r\n", "\n");
        if (t.indexOf('<') >= 0) {
            t = t.replaceAll("(?i)</?(?:p|br|div)\\b[^<>]{0,200}>", "\n");
        }
        t = t.strip();
        if (!t.isEmpty()) {
            // Leading indentation of the first line is part of the shape: keep the lines as they are.
            blocks.add(t);
        }
    }

    Article parse(InputFormat format, ParseOptions options, EnvelopeBuilder env) {
        StringBuilder sb = new StringBuilder();
        boolean hasHeadline = headline != null && !headline.isBlank();
        if (hasHeadline) {
            sb.append(XNode.collapse(Objects.requireNonNull(headline))); // hasHeadline: not null
        }
        if (byline != null && !byline.isBlank()) {
            String b = XNode.collapse(byline);
            if (!b.startsWith("By ") && !FeedSupport.isByline(b)) {
                if (Character.isUpperCase(b.charAt(0)) && FeedSupport.isByline("By " + b)) {
                    b = "By " + b;
                } else {
                    env.other("byline", b);
                    b = null;
                }
            }
            if (b != null) {
                append(sb, b);
            }
        }
        if (dateline != null && !dateline.isBlank()) {
            String d = XNode.collapse(dateline);
            boolean bodyHasOne =
                    !blocks.isEmpty() && FeedSupport.isDateline(blocks.get(0).strip());
            if (!bodyHasOne && FeedSupport.isDateline(d)) {
                append(sb, d);
            } else if (!bodyHasOne) {
                env.other("dateline", d);
            }
        }
        for (String b : blocks) {
            append(sb, b);
        }
        for (String t : trailer) {
            append(sb, XNode.collapse(t));
        }
        if (blocks.isEmpty()) {
            problem("the " + name(format) + " item has no body text");
        }
        return TextPipeline.parse(
                sb.toString(),
                options,
                new TextPipeline.Hints(format, hasHeadline, Optional.empty(), problems, Optional.of(env.build())));
    }

    private static void append(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append("\n\n");
        }
        sb.append(s);
    }

    static String name(InputFormat format) {
        return switch (format) {
            case NITF -> "NITF";
            case NEWSML_G2 -> "NewsML-G2";
            case NEWSML -> "NewsML";
            case NINJS -> "ninjs";
            case ANPA -> "ANPA-1312";
            case IPTC7901 -> "IPTC 7901";
            default -> format.name();
        };
    }
}
