package io.github.wireparse.internal.text;

import io.github.wireparse.internal.Tsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header lines of wire transmissions, read from the knowledge table
 * {@code text/header-lines.tsv}: editor's-note, photo, related-story and embargo line openings, and
 * the lines that end a take. Shared by the text pipeline (1989 AP copy, whose header lines carry no
 * control characters) and the feed readers ({@code internal.feed}).
 */
public final class FeedVocabulary {

    private static final String RESOURCE = "text/header-lines.tsv";
    private static final Map<LineKind, List<String>> OPENINGS = new EnumMap<>(LineKind.class);
    private static final Set<String> END;

    static {
        List<String> end = new ArrayList<>();
        for (List<String> row : Tsv.rows(RESOURCE, "opening", "kind")) {
            if (row.get(1).equals("end")) {
                end.add(row.get(0));
            } else {
                LineKind kind = switch (row.get(1)) {
                    case "note" -> LineKind.NOTE;
                    case "photo" -> LineKind.PHOTO;
                    case "related" -> LineKind.RELATED;
                    case "embargo" -> LineKind.EMBARGO;
                    default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + row.get(1));
                };
                OPENINGS.computeIfAbsent(kind, k -> new ArrayList<>()).add(row.get(0));
            }
        }
        // Longest first, so that the longest opening wins.
        OPENINGS.replaceAll((k, v) -> v.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
        END = Set.copyOf(end);
    }

    private FeedVocabulary() {}

    /** The kinds of header line a transmission's words tell apart. */
    public enum LineKind {
        /** An editor's note ({@code Eds: …}). */
        NOTE,
        /** A photo or graphic reference ({@code AP Photo …}, {@code LaserPhoto XX1}). */
        PHOTO,
        /** A related-story reference ({@code With BC-XX--Other-Story}). */
        RELATED,
        /** An embargo or release time. */
        EMBARGO,
        /** None of these. */
        OTHER
    }

    /**
     * Classifies a header line by its opening words.
     *
     * @param line the line's text, without control codes, trimmed
     * @return its kind
     */
    public static LineKind classify(String line) {
        for (LineKind kind : List.of(LineKind.NOTE, LineKind.RELATED, LineKind.PHOTO, LineKind.EMBARGO)) {
            if (startsWithWord(line, OPENINGS.getOrDefault(kind, List.of()))) {
                return kind;
            }
        }
        return LineKind.OTHER;
    }

    /**
     * {@return whether a line is an end-of-take or advance marker ({@code MORE}, {@code End Adv})}
     *
     * @param line the line's text, trimmed
     */
    public static boolean isEndMark(String line) {
        return END.contains(line);
    }

    /**
     * An opening counts when the line starts with it and it ends the line or is followed by a
     * character that cannot continue its last word ({@code Photos} is not {@code Photosynthesis}).
     */
    private static boolean startsWithWord(String line, List<String> prefixes) {
        for (String p : prefixes) {
            if (line.startsWith(p)) {
                if (line.length() == p.length()) {
                    return true;
                }
                char last = p.charAt(p.length() - 1);
                char next = line.charAt(p.length());
                if (!Character.isLetterOrDigit(last) || !Character.isLetter(next)) {
                    return true;
                }
            }
        }
        return false;
    }
}
