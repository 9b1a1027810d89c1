package io.github.wireparse.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of wire transmissions, read from {@code feed-vocabulary.properties}: editor's-note,
 * photo, related-story, embargo and end-of-take line openings, and NITF metadata names. Shared by
 * the text pipeline (1989 AP copy, whose header lines carry no control characters) and the feed
 * readers.
 */
public final class FeedVocabulary {

    private static final Properties WORDS = load();
    private static final List<String> NOTE = list("note");
    private static final List<String> PHOTO = list("photo");
    private static final List<String> RELATED = list("related");
    private static final List<String> EMBARGO = list("embargo");
    private static final List<String> END = list("end");
    private static final List<String> NITF_PRIORITY = list("nitf.priority");
    private static final List<String> NITF_CATEGORY = list("nitf.category");
    private static final List<String> NITF_SLUG = list("nitf.slug");

    private FeedVocabulary() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = FeedVocabulary.class.getResourceAsStream("feed-vocabulary.properties")) {
            if (in == null) {
                throw new IllegalStateException("feed-vocabulary.properties is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The list under a key, longest entries first so that the longest prefix wins. */
    private static List<String> list(String key) {
        List<String> out = new ArrayList<>();
        for (String s : WORDS.getProperty(key, "").split("\\|")) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

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
        if (startsWithWord(line, NOTE)) {
            return LineKind.NOTE;
        }
        if (startsWithWord(line, RELATED)) {
            return LineKind.RELATED;
        }
        if (startsWithWord(line, PHOTO)) {
            return LineKind.PHOTO;
        }
        if (startsWithWord(line, EMBARGO)) {
            return LineKind.EMBARGO;
        }
        return LineKind.OTHER;
    }

    /**
     * {@return whether a line is an end-of-take or advance marker ({@code MORE}, {@code End Adv})}
     *
     * @param line the line's text, trimmed
     */
    public static boolean isEndMark(String line) {
        for (String w : END) {
            if (line.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return the envelope field an NITF {@code <meta name>} fills: {@code priority},
     * {@code category}, {@code slug}, or {@code other}}
     *
     * @param name the meta element's name
     */
    public static String nitfMeta(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (NITF_PRIORITY.contains(n)) {
            return "priority";
        }
        if (NITF_CATEGORY.contains(n)) {
            return "category";
        }
        return NITF_SLUG.contains(n) ? "slug" : "other";
    }

    /**
     * A prefix counts when the line starts with it and it ends the line or is followed by a
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
