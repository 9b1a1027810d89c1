package io.github.wireparse.internal.text;

import io.github.wireparse.internal.Texts;

import io.github.wireparse.Byline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * {@code Associated Press}); the title is a staff title such as {@code AP Sports Writer}.
 */
final class BylineParser {

    private static final int MAX_LENGTH = 200;
    /** A name line without "By" is shorter than this. */
    private static final int MAX_BARE_LENGTH = 120;

    private static final String ORGS = "Associated\\s+Press|AP|Reuters|AFP|Agence\\s+France-Presse"
            + "|UPI|United\\s+Press\\s+International|Bloomberg(?:\\s+News)?|Canadian\\s+Press|CP"
            + "|PA\\s+Media|PA|Press\\s+Association|dpa(?:-AFX)?|Xinhua(?:\\s+News\\s+Agency)?"
            + "|Yonhap(?:\\s+News\\s+Agency)?|Kyodo(?:\\s+News)?|CNN|PTI|IANS|ANI|EFE|ANSA|TASS"
            + "|Anadolu(?:\\s+Agency)?|(?:N\\.Y\\.|New\\s+York)\\s+Times\\s+News\\s+Service";

    private static final Pattern BY = Pattern.compile("By\\s+\\p{Lu}");
    private static final Pattern VON = Pattern.compile("Von\\s+\\p{Lu}");
    /**
     * A trailing staff title ({@code AP Business Writer}, {@code Associated Press Writer},
     * {@code PA Political Correspondent}) or organisation, with or without a comma before it.
     */
    private static final Pattern TAIL = Pattern.compile(
            "(?<sep>,\\s*|\\s+)(?:c\\.\\s?\\d{4}\\s+)?(?<title>(?:The\\s+)?(?<org>" + ORGS + ")"
            + "(?:\\s+[\\p{L} ]{1,40}?)?\\s+(?:Writers?|Correspondents?|Editors?|Reporters?|Staff)"
            + "|(?:The\\s+)?(?<org2>" + ORGS + "))\\s*$");
    /** A byline naming only the agency: {@code By The Associated Press}, {@code By Reuters Staff}. */
    private static final Pattern ORG_ONLY = Pattern.compile(
            "(?:The\\s+)?(?<org>" + ORGS + ")(?:\\s+(?:Staff|staff|Writers?|Reporters?))?");
    /** Names in a line without "By": capitalised words, joined by commas, "and" or "&". */
    private static final Pattern BARE_NAMES = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.\\-]{0,30}(?: \\p{Lu}[\\p{L}'’.\\-]{0,30}){1,3}"
            + "(?:(?:, | and | und | & )\\p{Lu}[\\p{L}'’.\\-]{0,30}(?: \\p{Lu}[\\p{L}'’.\\-]{0,30}){1,3}){0,3}");

    /**
     * The words {@link #TAIL} can end with (its last literal, before trailing white space): a line
     * ending with none of them has no tail, and the regex, which would try every position of the
     * line, need not run.
     */
    private static final String[] TAIL_ENDS = {"Writer", "Writers", "Correspondent",
        "Correspondents", "Editor", "Editors", "Reporter", "Reporters", "Staff", "Press", "AP",
        "Reuters", "AFP", "Presse", "UPI", "International", "Bloomberg", "News", "CP", "Media", "PA",
        "Association", "dpa", "dpa-AFX", "Xinhua", "Agency", "Yonhap", "Kyodo", "CNN", "PTI", "IANS", "ANI",
        "EFE", "ANSA", "TASS", "Anadolu", "Service"};

    private BylineParser() {
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
        return end - start <= MAX_LENGTH && text.startsWith("By", start)
                && BY.matcher(text).region(start, end).lookingAt();
    }

    /** {@return whether a line starts with German copy's {@code Von} and a capital} */
    private static boolean startsWithVon(String text, int start, int end) {
        return end - start <= MAX_BARE_LENGTH && text.startsWith("Von", start)
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
        String names = by ? joined.substring(2).trim() : von ? joined.substring(3).trim() : joined;
        if (by) {
            Matcher o = ORG_ONLY.matcher(names);
            if (o.matches()) {
                // By The Associated Press, By United Press International: no author, an agency.
                String org = o.group("org").replaceAll("\\s+", " ");
                return Optional.of(new Byline(joined, start, end, List.of(), Optional.empty(),
                        Optional.of(org.equals("AP") ? "Associated Press" : org)));
            }
        }
        Optional<String> title = Optional.empty();
        Optional<String> org = Optional.empty();
        Matcher t = TAIL.matcher(names);
        boolean tail = mayHaveTail(names) && t.find();
        if (tail) {
            String written = t.group("title").replaceAll("\\s+", " ");
            String orgWritten = (t.group("org") != null ? t.group("org") : t.group("org2"))
                    .replaceAll("\\s+", " ");
            if (t.group("org") != null) {
                title = Optional.of(written);
            }
            org = Optional.of(orgWritten.equals("AP") ? "Associated Press"
                    : orgWritten.equals("Canadian Press") && written.startsWith("The ")
                            ? "The Canadian Press" : orgWritten);
            names = names.substring(0, t.start()).trim();
        }
        if (!by) {
            // Without "By", only a line of names closed by an agency (with a comma, or a staff
            // title) is a byline: "Jane Doe, The Canadian Press", "KRISTIE RIEKEN AP Sports Writer".
            // After "Von", German names joined by "und" will do too: "Von Anna Berger und Jan Ott"
            // ("Von Miller Signs With Bills" is an English headline, not a byline).
            boolean closed = tail && (t.group("sep").startsWith(",") || title.isPresent())
                    || von && names.contains(" und ");
            if (!closed || !BARE_NAMES.matcher(names).matches()) {
                return Optional.empty();
            }
        }
        List<String> authors = new ArrayList<>();
        for (String part : names.split(",\\s*|\\s+and\\s+|\\s+und\\s+|\\s*&\\s*")) {
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
