package io.github.wireparse.internal.text;

import io.github.wireparse.Byline;
import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.Tsv;
import io.github.wireparse.internal.dateline.Agencies;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises a byline block:
 * <ul>
 *   <li>{@code By NAME and NAME, AP Business Writers}, {@code By NAME, Reuters},
 *       {@code By Jane Doe, PA}, {@code By Kim Eun-jung} (Yonhap's name line);</li>
 *   <li>{@code By HILLEL ITALIE} / {@code Associated Press Writer} on two lines;</li>
 *   <li>aggregator copy without the comma: {@code By CALEB JONES The Associated Press},
 *       {@code By KIM TONG-HYUNG and HYUNG-JIN KIM Associated Press};</li>
 *   <li>a name line without {@code By} when an agency closes it: {@code Jane Doe, The Canadian
 *       Press}, {@code KRISTIE RIEKEN AP Sports Writer};</li>
 *   <li>the New York Times News Service's {@code By JOHN DOE c.1996 N.Y. Times News Service};</li>
 *   <li>an agency alone: {@code By United Press International}, {@code By Reuters Staff} (no
 *       author);</li>
 *   <li>German copy's {@code Von NAME, dpa} and {@code Von NAME und NAME}: since {@code Von}
 *       also opens sentences and English names, only when what follows is nothing but
 *       capitalised names closed by an agency, or names joined by {@code und}; a lone
 *       {@code Von NAME} is not taken.</li>
 * </ul>
 * The organisation is the agency as the byline names it ({@code AP} is written out as
 * {@code Associated Press}); the title is a staff title such as {@code AP Sports Writer}. The
 * agencies' names come from the agency table ({@link Agencies#table()}, its {@code byline_names}),
 * the titles' last words from {@code io/github/wireparse/text/byline-titles.tsv}.
 */
final class BylineParser {

    private static final int MAX_LENGTH = 200;
    /** A name line without "By" is shorter than this. */
    private static final int MAX_BARE_LENGTH = 120;

    /** The agencies' names as bylines write them, in the agency table's order. */
    private static final List<String> ORG_NAMES =
            Agencies.table().stream().flatMap(row -> row.bylineNames().stream()).toList();
    /** {@link #ORG_NAMES} as alternatives, the spaces in a name matching any run of white space. */
    private static final String ORGS = ORG_NAMES.stream()
            .map(name -> List.of(name.split(" ")).stream().map(Pattern::quote).collect(Collectors.joining("\\s+")))
            .collect(Collectors.joining("|"));
    /** The staff titles' last words, and whether each may close a name or an agency alone. */
    private static final List<List<String>> TITLES =
            Tsv.rows("text/byline-titles.tsv", "word", "after_name", "after_agency_alone");
    /** The titles' last words that may follow an agency and a name. */
    private static final String TITLES_AFTER_NAME = titles(1);
    /** The titles' last words that may follow an agency alone: {@code By Reuters Staff}. */
    private static final String TITLES_AFTER_AGENCY = titles(2);

    /**
     * The organisation a byline's agency name stands for, by the name as written: without and with
     * "The" before it ({@code text/byline-organisations.tsv}); names not listed stand for themselves.
     */
    private static final java.util.Map<String, List<String>> ORGANISATIONS =
            Tsv.rows("text/byline-organisations.tsv", "written", "organisation", "organisation_after_the").stream()
                    .collect(Collectors.toUnmodifiableMap(r -> r.get(0), r -> r.subList(1, 3)));

    /** {@return the organisation an agency name written in a byline stands for} */
    private static String organisation(String written, boolean afterThe) {
        List<String> row = ORGANISATIONS.get(written);
        return row == null ? written : row.get(afterThe ? 1 : 0);
    }

    private static final Pattern BY = Pattern.compile("By\\s+\\p{Lu}");
    private static final Pattern VON = Pattern.compile("Von\\s+\\p{Lu}");
    /**
     * A trailing staff title ({@code AP Business Writer}, {@code Associated Press Writer},
     * {@code PA Political Correspondent}) or organisation, with or without a comma before it.
     */
    private static final Pattern TAIL =
            Pattern.compile("(?<sep>,\\s*|\\s+)(?:c\\.\\s?\\d{4}\\s+)?(?<title>(?:The\\s+)?(?<org>" + ORGS + ")"
                    + "(?:\\s+[\\p{L} ]{1,40}?)?\\s+(?:" + TITLES_AFTER_NAME + ")"
                    + "|(?:The\\s+)?(?<org2>" + ORGS + "))\\s*$");
    /** A byline naming only the agency: {@code By The Associated Press}, {@code By Reuters Staff}. */
    private static final Pattern ORG_ONLY =
            Pattern.compile("(?:The\\s+)?(?<org>" + ORGS + ")(?:\\s+(?:" + TITLES_AFTER_AGENCY + "))?");
    /** Names in a line without "By": capitalised words, joined by commas, "and" or "&". */
    private static final Pattern BARE_NAMES = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.\\-]{0,30}(?: \\p{Lu}[\\p{L}'’.\\-]{0,30}){1,3}"
                    + "(?:(?:, | and | und | & )\\p{Lu}[\\p{L}'’.\\-]{0,30}(?: \\p{Lu}[\\p{L}'’.\\-]{0,30}){1,3}){0,3}");

    /**
     * The words {@link #TAIL} can end with (its last literal, before trailing white space): the
     * titles' words and the last word of every agency name. A line ending with none of them has no
     * tail, and the regex, which would try every position of the line, need not run.
     */
    private static final String[] TAIL_ENDS = tailEnds();

    private BylineParser() {}

    /** {@return the title words whose column {@code column} says yes, as alternatives} */
    private static String titles(int column) {
        return TITLES.stream()
                .filter(row -> row.get(column).equals("yes"))
                .map(row -> Pattern.quote(row.get(0)))
                .collect(Collectors.joining("|"));
    }

    private static String[] tailEnds() {
        Set<String> ends = new LinkedHashSet<>();
        for (List<String> row : TITLES) {
            if (row.get(1).equals("yes")) {
                ends.add(row.get(0));
            }
        }
        for (String name : ORG_NAMES) {
            ends.add(name.substring(name.lastIndexOf(' ') + 1));
        }
        return ends.toArray(new String[0]);
    }

    /** {@return whether {@code s} may match {@link #TAIL}: it ends with one of its last words} */
    private static boolean mayHaveTail(String s) {
        int e = s.length();
        // regex \s, and the line terminators $ may stand before
        while (e > 0 && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        for (String w : TAIL_ENDS) {
            if (e >= w.length() && s.startsWith(w, e - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether a line starts like a byline} */
    static boolean looksLikeBylineStart(String text, int start, int end) {
        return end - start <= MAX_LENGTH
                && text.startsWith("By", start)
                && BY.matcher(text).region(start, end).lookingAt();
    }

    /** {@return whether a line starts with German copy's {@code Von} and a capital} */
    private static boolean startsWithVon(String text, int start, int end) {
        return end - start <= MAX_BARE_LENGTH
                && text.startsWith("Von", start)
                && VON.matcher(text).region(start, end).lookingAt();
    }

    /**
     * {@return whether a block is a German byline ({@code Von NAME, dpa}), which a headline test
     * must not take for a short headline}
     *
     * @param text  the whole text
     * @param start the block's first character
     * @param end   the block's end
     */
    static boolean isVonByline(String text, int start, int end) {
        return startsWithVon(text, start, end) && parse(text, start, end).isPresent();
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
        boolean by = looksLikeBylineStart(text, start, end);
        boolean von = !by && startsWithVon(text, start, end);
        if (!by && (end - start > MAX_BARE_LENGTH || !Character.isUpperCase(text.charAt(start)))) {
            return Optional.empty();
        }
        String joined = Texts.join(text, start, end);
        String names =
                by ? joined.substring(2).trim() : von ? joined.substring(3).trim() : joined;
        if (by) {
            Matcher o = ORG_ONLY.matcher(names);
            if (o.matches()) {
                // By The Associated Press, By United Press International: no author, an agency.
                String org = o.group("org").replaceAll("\\s+", " ");
                return Optional.of(new Byline(
                        joined, start, end, List.of(), Optional.empty(), Optional.of(organisation(org, false))));
            }
        }
        Optional<String> title = Optional.empty();
        Optional<String> org = Optional.empty();
        Matcher t = TAIL.matcher(names);
        boolean tail = mayHaveTail(names) && t.find();
        if (tail) {
            String written = t.group("title").replaceAll("\\s+", " ");
            String orgWritten = (t.group("org") != null ? t.group("org") : t.group("org2")).replaceAll("\\s+", " ");
            if (t.group("org") != null) {
                title = Optional.of(written);
            }
            org = Optional.of(organisation(orgWritten, written.startsWith("The ")));
            names = names.substring(0, t.start()).trim();
        }
        if (!by) {
            // Without "By", only a line of names closed by an agency (with a comma, or a staff
            // title) is a byline: "Jane Doe, The Canadian Press", "KRISTIE RIEKEN AP Sports Writer".
            // After "Von", German names joined by "und" will do too: "Von Anna Berger und Jan Ott"
            // ("Von Miller Signs With Bills" is an English headline, not a byline).
            boolean closed =
                    tail && (t.group("sep").startsWith(",") || title.isPresent()) || von && names.contains(" und ");
            if (!closed || !BARE_NAMES.matcher(names).matches()) {
                return Optional.empty();
            }
        }
        List<String> authors = new ArrayList<>();
        for (String part : names.split(",\\s*|\\s+and\\s+|\\s+und\\s+|\\s*&\\s*", -1)) {
            String n = part.trim();
            if (!n.isEmpty()) {
                authors.add(n);
            }
        }
        if (authors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Byline(joined, start, end, authors, title, org));
    }
}
