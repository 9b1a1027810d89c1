package io.github.wireparse.internal;

import io.github.wireparse.Byline;
import io.github.wireparse.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a byline block: {@code By NAME and NAME, AP Business Writers},
 * {@code By HILLEL ITALIE} / {@code Associated Press Writer} on two lines,
 * {@code By KIM TONG-HYUNG and HYUNG-JIN KIM Associated Press}.
 */
final class BylineParser {

    private static final int MAX_LENGTH = 200;

    private static final Pattern BY = Pattern.compile("By\\s+\\p{Lu}");
    /** A trailing title or organisation, with or without a comma before it. */
    private static final Pattern TAIL = Pattern.compile(
            "(?:,\\s*|\\s+)(?<title>(?:The\\s+)?Associated\\s+Press(?:\\s+\\w+)?\\s+Writers?"
            + "|AP\\s+[\\w ]{1,40}?(?:Writers?|Correspondents?|Editors?|Reporters?)"
            + "|(?:The\\s+)?Associated\\s+Press|AP|Reuters|AFP|Bloomberg|The\\s+Canadian\\s+Press|PA|dpa|Yonhap)\\s*$");

    private BylineParser() {
    }

    /** {@return whether a line starts like a byline} */
    static boolean looksLikeBylineStart(String text, int start, int end) {
        return end - start <= MAX_LENGTH && BY.matcher(text).region(start, end).lookingAt();
    }

    /**
     * Parses a block as a byline.
     *
     * @param text  the whole text
     * @param start the block's first character
     * @param end   the block's end
     * @return the byline, or empty when the block is not one
     */
    static Optional<Byline> parse(String text, int start, int end) {
        if (!looksLikeBylineStart(text, start, end)) {
            return Optional.empty();
        }
        String joined = Texts.join(text, start, end);
        String names = joined.substring(2).trim();
        Optional<String> title = Optional.empty();
        Optional<String> org = Optional.empty();
        Matcher t = TAIL.matcher(names);
        if (t.find()) {
            String tail = t.group("title").replaceAll("\\s+", " ");
            names = names.substring(0, t.start()).trim();
            if (tail.endsWith("Writer") || tail.endsWith("Writers") || tail.contains(" ")
                    && !tail.matches("(?:The )?Associated Press|The Canadian Press")) {
                title = Optional.of(tail);
            } else {
                org = Optional.of(tail);
            }
            if (tail.contains("Associated Press") || tail.startsWith("AP ")) {
                org = Optional.of("Associated Press");
            }
        }
        List<String> authors = new ArrayList<>();
        for (String part : names.split(",\\s*|\\s+and\\s+|\\s*&\\s*")) {
            String n = part.trim();
            if (!n.isEmpty()) {
                authors.add(n);
            }
        }
        if (authors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Byline(joined, new Span(start, end), authors, title, org));
    }
}
