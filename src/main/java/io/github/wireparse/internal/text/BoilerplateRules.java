package io.github.wireparse.internal.text;

import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.internal.Resources;
import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.dateline.Agencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises boilerplate blocks: text that travels with a story without being part of it. Every
 * rule looks at one whole block, and only at blocks short enough to be boilerplate, so the cost is
 * bounded per block whatever the input.
 *
 * <p>The words and agency rules the patterns are built from are resource files: the labels of
 * {@code io/github/wireparse/text/} and the end marks and trailers of the agency table
 * ({@link Agencies#table()}). Before a pattern runs, the block's first character is tested
 * against the characters a match can start with ({@link FirstChars}), computed from the pattern.
 */
public final class BoilerplateRules {

    /** Where a block stands in the story; some kinds are only believed in some places. */
    enum Position {
        /** Between the headline and the first paragraph. */
        LEADING,
        /** Among the body paragraphs. */
        BODY,
        /** In the run of blocks that ends the story. */
        TRAILING
    }

    /** Where the word lists are, from the class path's root. */
    private static final String TEXT = "text/";

    /** Blocks longer than this are never boilerplate (captions excepted). */
    private static final int MAX_LENGTH = 600;

    private static final int MAX_CAPTION = 1500;
    /**
     * How far before a block's last text the Canadian Press line may start: its words up to
     * "first published" (53 characters) and the 120 characters {@link #END_MARK} allows after them.
     */
    private static final int CANADIAN_PRESS_TAIL = 53 + 120 + 1;

    private static final Pattern SEPARATOR = Pattern.compile("(?:_{3,}|-{3,}|={3,}|\\*{3,}|(?:\\* ?){3,}|#{3,})");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?:(?:Published|Updated|Posted|Last updated)\\b:?\\s.{0,80}"
                    + "|\\d{1,2}:\\d{2}\\s?(?:AM|PM|a\\.m\\.|p\\.m\\.)\\s?[A-Z]{2,4},?\\s.{0,40}\\d{4}"
                    // a bare time of day heading an entry of a running story ("9:15 a.m.", "8 p.m. EDT")
                    + "|\\d{1,2}(?::\\d{2})?\\s?(?:AM|PM|a\\.m\\.|p\\.m\\.)(?:\\s?[A-Z]{2,4})?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADVERTISEMENT = Pattern.compile(literals(Resources.lines(TEXT + "advertisement.txt")));
    /** The lines of page chrome, as written. */
    private static final List<String> NAVIGATION_LINES = Resources.lines(TEXT + "page-navigation.txt");

    private static final Pattern NAVIGATION =
            Pattern.compile("(?:" + literals(NAVIGATION_LINES) + "|\\d+\\s+min read)");
    /** The longest of {@link #NAVIGATION}'s lines: only a reading time may be longer. */
    private static final int MAX_NAVIGATION =
            NAVIGATION_LINES.stream().mapToInt(String::length).max().orElse(0);
    /** The first branch of {@link #PHOTO_CAPTION}: the captions known by their opening. */
    private static final String CAPTION_OPENING =
            "(?:FILE\\s*[-–—]|FILE PHOTO\\s*[-–—:]|In this (?:file )?photo|This (?:undated )?(?:photo|image)"
                    + "|In this image).*";

    private static final Pattern PHOTO_CAPTION = Pattern.compile(
            CAPTION_OPENING
                    + "|.*\\((?:AP|Reuters|AFP|Yonhap|Xinhua|EPA|Getty Images|Pool|[A-Z][\\w.]* via AP) ?(?:Photo|Photo/Video|Video|Illustration|Graphic)?"
                    + "[/ ][^()]{1,120}\\)\\s*"
                    + "|.*\\((?:AP|Reuters|AFP) Photo(?:/[^()]{1,120})?\\)\\s*",
            Pattern.DOTALL);
    private static final Pattern CONTRIBUTOR = Pattern.compile(
            "(?:.*\\bcontributed(?: to)?(?: this)?(?: report| story| reporting| to this report)?\\.?"
                    + "|Contributing to this report (?:were|was)\\b.*"
                    + "|.*\\breported from\\b.{1,200}\\."
                    + "|\\(?(?:Additional |ADDITIONAL )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|REPORTING)"
                    + " (?:by|BY)\\b.*)",
            Pattern.DOTALL);
    private static final Pattern CORRECTION = Pattern.compile(
            "(?:This (?:story|article|report|version) (?:has been|was) (?:corrected|updated|changed)\\b.*"
                    + "|This (?:story|article|report|version) corrects\\b.*"
                    + "|Corrects? .{1,200}|CORRECTION:?.*|Correction:.*)",
            Pattern.DOTALL);
    private static final Pattern EDITORS_NOTE =
            Pattern.compile("(?:EDITOR['’]?S NOTE\\b.*|Editor['’]s [Nn]ote\\b.*|Eds?:.*|EDS?:.*)", Pattern.DOTALL);
    private static final Pattern COVERAGE = Pattern.compile(
            "(?:Follow AP['’]s\\b.*|AP['’]s .{0,80}coverage\\b.*|Find more of AP['’]s\\b.*"
                    + "|More (?:on|from|AP coverage of) .{1,120}:.*|Read more (?:about|on) .*|See more .*coverage.*"
                    + "|Follow (?:the )?(?:AP|Reuters|Associated Press) .*|Sign up for .*|Subscribe to .*"
                    + "|For more news, visit .*|Get the latest .*|Watch:.*|WATCH:.*|RELATED:.*|Related:.*"
                    + "|The Associated Press receives (?:support|financial support) .*"
                    + "|(?:The )?(?:AP|Associated Press) is solely responsible for all content\\..*"
                    + "|Find AP['’]s .*|Learn more about .*)",
            Pattern.DOTALL);
    /** The branches of {@link #COPYRIGHT} known by their opening. */
    private static final String COPYRIGHT_OPENING =
            "(?:Copyright|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}|The|AP|Reuters).{0,300}"
                    + "|(?:Copyright\\s*)?©\\s*\\S.{0,300}"
                    + "|This material may not be published, broadcast, rewritten,? or redistributed.{0,200}";
    /** The branch of {@link #COPYRIGHT} found anywhere in the block's first 200 characters. */
    private static final String RIGHTS_RESERVED = ".{0,200}All [Rr]ights [Rr]eserved\\.?.{0,300}";

    private static final Pattern COPYRIGHT =
            Pattern.compile("(?:" + COPYRIGHT_OPENING + "|" + RIGHTS_RESERVED + ")", Pattern.DOTALL);

    // --- Agencies (issue 4): end marks, advisories and agency trailers. ---

    /**
     * An end mark or sign-off standing alone: the agency table's end marks (Reuters {@code Reuter},
     * 1980s, often followed by the feed's end-of-text control character; Xinhua {@code Enditem}
     * and {@code Fin}; KCNA {@code -0-}; Canadian Press {@code -30-}; Yonhap {@code (END)}; Kyodo
     * {@code ==Kyodo}; IANS {@code --IANS}; the desk initials that close AFP and IANS copy,
     * {@code sct/lth}, {@code bur-jm/dc}, and PTI copy, {@code PTI ABC XYZ}; the Canadian Press
     * line {@code This report by The Canadian Press was first published …}), and the take marker
     * {@code MORE} ({@code text/end-marks.txt}).
     */
    private static final Pattern END_MARK = Pattern.compile(
            "(?:" + String.join("|", Resources.lines(TEXT + "end-marks.txt")) + "|"
                    + agencyRules(Agencies.Row::endMarks) + ")[\\s\\p{Cc}]*",
            Pattern.DOTALL);
    /**
     * End marks that may close the last paragraph on its own line or after its last sentence (the
     * agency table's inline end marks).
     */
    private static final Pattern INLINE_END_MARK =
            Pattern.compile("(?:" + agencyRules(Agencies.Row::inlineEndMarks) + ")\\.{0,3}[\\s\\p{Cc}]*");
    /**
     * The version tags of {@code text/version-tags.txt} ({@code LEAD}, {@code URGENT}) and the
     * numbered lead tags ({@code 2nd LD}), as alternatives of a pattern.
     */
    private static final String VERSION_TAGS = words("version-tags.txt", "\\p{Lu}+") + "|\\d{1,2}(?:st|nd|rd|th) LD";

    /**
     * A Reuters top advisory ({@code (Adds comment, updates prices)}), a note to editors
     * ({@code (ATTN: …)}), or a version tag on its own ({@code (LEAD)}).
     */
    private static final Pattern ADVISORY = Pattern.compile(
            "\\((?:" + words("advisory-words.txt", "\\p{L}[\\p{L} -]*") + "|" + VERSION_TAGS + ")\\b[^()]{0,400}\\)");
    /** A Yonhap version tag opening a headline: {@code (LEAD)}, {@code (2nd LD)}, {@code (URGENT)}. */
    private static final Pattern HEADLINE_TAG = Pattern.compile("\\((?:" + VERSION_TAGS + ")(?:[,;][^()]{0,80})?\\)");
    /**
     * Agency trailer lines that fit no other kind, from the agency table: Reuters
     * {@code ((contact))}, {@code Keywords:}, {@code Our Standards:}; Canadian Press
     * {@code Companies in this story:}; Bloomberg {@code To contact the reporter on this story: …}.
     */
    private static final Pattern AGENCY_TRAILER =
            Pattern.compile("(?:" + agencyRules(Agencies.Row::trailers) + ")", Pattern.DOTALL);
    /** A trailer line of e-mail addresses (Yonhap), classed with {@link #AGENCY_TRAILER}. */
    private static final Pattern EMAIL_LINE = Pattern.compile(
            "[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4}"
                    + "(?:\\s*[,;]\\s*[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4}){0,5}",
            Pattern.DOTALL);
    /** A Reuters credit paragraph: {@code (Reporting by …; Editing by …)}. */
    private static final Pattern REPORTING_BY =
            Pattern.compile("\\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]eported|"
                    + "[Ww]ritten) by\\b[^()]{1,500}\\)");
    /** The same credit without brackets, as a line of its own: {@code Reporting by …; Editing by …}. */
    private static final Pattern REPORTING_BY_LINE =
            Pattern.compile("(?:Additional )?(?:Reporting|Writing|Editing|Compiled) by\\b[^()\\n\\r]{1,400}");

    // --- What each pattern's matches can start with, computed from the pattern. ---

    private static final FirstChars SEPARATOR_FIRST = FirstChars.of(SEPARATOR);
    private static final FirstChars ADVERTISEMENT_FIRST = FirstChars.of(ADVERTISEMENT);
    private static final FirstChars NAVIGATION_FIRST = FirstChars.of(NAVIGATION);
    private static final FirstChars TIMESTAMP_FIRST = FirstChars.of(TIMESTAMP);
    private static final FirstChars EDITORS_NOTE_FIRST = FirstChars.of(EDITORS_NOTE);
    private static final FirstChars ADVISORY_FIRST = FirstChars.of(ADVISORY);
    private static final FirstChars END_MARK_FIRST = FirstChars.of(END_MARK);
    private static final FirstChars AGENCY_TRAILER_FIRST = FirstChars.of(AGENCY_TRAILER);
    private static final FirstChars CORRECTION_FIRST = FirstChars.of(CORRECTION);
    private static final FirstChars COPYRIGHT_OPENING_FIRST =
            FirstChars.of(Pattern.compile(COPYRIGHT_OPENING, Pattern.DOTALL));
    private static final FirstChars COVERAGE_FIRST = FirstChars.of(COVERAGE);
    private static final FirstChars CAPTION_OPENING_FIRST =
            FirstChars.of(Pattern.compile(CAPTION_OPENING, Pattern.DOTALL));

    /**
     * A first-character test and the pattern it stands before, for the tests that check them.
     *
     * @param rule    the rule's name
     * @param pattern the pattern, or the branches of it the test stands for
     * @param first   the test
     */
    record Prefilter(String rule, Pattern pattern, FirstChars first) {}

    /** {@return every first-character test with its pattern} */
    static List<Prefilter> prefilters() {
        return List.of(
                new Prefilter("separator", SEPARATOR, SEPARATOR_FIRST),
                new Prefilter("advertisement", ADVERTISEMENT, ADVERTISEMENT_FIRST),
                new Prefilter("navigation", NAVIGATION, NAVIGATION_FIRST),
                new Prefilter("timestamp", TIMESTAMP, TIMESTAMP_FIRST),
                new Prefilter("editor's note", EDITORS_NOTE, EDITORS_NOTE_FIRST),
                new Prefilter("advisory", ADVISORY, ADVISORY_FIRST),
                new Prefilter("end mark", END_MARK, END_MARK_FIRST),
                new Prefilter("agency trailer", AGENCY_TRAILER, AGENCY_TRAILER_FIRST),
                new Prefilter("correction", CORRECTION, CORRECTION_FIRST),
                new Prefilter(
                        "copyright opening",
                        Pattern.compile(COPYRIGHT_OPENING, Pattern.DOTALL),
                        COPYRIGHT_OPENING_FIRST),
                new Prefilter("coverage", COVERAGE, COVERAGE_FIRST),
                new Prefilter(
                        "caption opening", Pattern.compile(CAPTION_OPENING, Pattern.DOTALL), CAPTION_OPENING_FIRST),
                new Prefilter(
                        "source line",
                        Pattern.compile("(?iu:" + literals(SOURCE_LABELS_LIST) + ").*", Pattern.DOTALL),
                        SOURCE_LINE_FIRST));
    }

    private BoilerplateRules() {}

    /** {@return an alternation of literal lines, each quoted} */
    private static String literals(List<String> lines) {
        return lines.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * {@return the entries of a word list under {@code text/}, in order, as alternatives of a
     * pattern} Each entry must match {@code shape}, which keeps regular-expression syntax out of
     * the list: a malformed entry fails the class's loading, as a missing file does.
     */
    private static String words(String file, String shape) {
        Pattern valid = Pattern.compile(shape);
        List<String> entries = Resources.lines(TEXT + file);
        for (String w : entries) {
            if (!valid.matcher(w).matches()) {
                throw new IllegalStateException(TEXT + file + ": not a plain entry (" + shape + "): " + w);
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(TEXT + file + ": no entries");
        }
        return String.join("|", entries);
    }

    /** {@return the agency table's regular expressions of one column, as one alternation} */
    private static String agencyRules(Function<Agencies.Row, Optional<String>> column) {
        List<String> rules = new ArrayList<>();
        for (Agencies.Row row : Agencies.table()) {
            column.apply(row).ifPresent(r -> rules.add("(?:" + r + ")"));
        }
        return String.join("|", rules);
    }

    /**
     * Classifies a block.
     *
     * @param block    the block's words, hard wraps joined
     * @param position where the block stands
     * @return the kind, or empty when the block is story text
     */
    static Optional<BoilerplateKind> classify(String block, Position position) {
        int n = block.length();
        if (n == 0) {
            return Optional.empty();
        }
        // Each regex below runs only when a cheap test of the first (or last) character, the
        // length or a keyword says it could match; the tests are necessary conditions of the
        // patterns, so the result is what the patterns alone would give.
        char first = block.charAt(0);
        if (n <= MAX_CAPTION
                && looksLikeCaption(block)
                && mayBeCaption(block, first)
                && PHOTO_CAPTION.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.PHOTO_CAPTION);
        }
        if (n > MAX_LENGTH) {
            return Optional.empty();
        }
        if (SEPARATOR_FIRST.may(first) && SEPARATOR.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.SEPARATOR);
        }
        if (ADVERTISEMENT_FIRST.may(first) && ADVERTISEMENT.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.ADVERTISEMENT);
        }
        if (NAVIGATION_FIRST.may(first)
                && (n <= MAX_NAVIGATION || first >= '0' && first <= '9')
                && NAVIGATION.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.PAGE_NAVIGATION);
        }
        if (n <= 160 && TIMESTAMP_FIRST.may(first) && TIMESTAMP.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.TIMESTAMP);
        }
        if (position != Position.BODY
                && EDITORS_NOTE_FIRST.may(first)
                && EDITORS_NOTE.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.EDITORS_NOTE);
        }
        if (position == Position.LEADING
                && ADVISORY_FIRST.may(first)
                && ADVISORY.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.ADVISORY);
        }
        if (position == Position.LEADING && isSourceLine(block)) {
            return Optional.of(BoilerplateKind.OTHER);
        }
        if (position == Position.TRAILING
                && (END_MARK_FIRST.may(first) && END_MARK.matcher(block).matches() || onlyControls(block, 0, n))) {
            return Optional.of(BoilerplateKind.END_MARK);
        }
        if (position == Position.TRAILING
                && (AGENCY_TRAILER_FIRST.may(first)
                                && AGENCY_TRAILER.matcher(block).matches()
                        || block.indexOf('@') >= 0 && EMAIL_LINE.matcher(block).matches())) {
            return Optional.of(BoilerplateKind.OTHER);
        }
        if (position == Position.TRAILING) {
            if (CORRECTION_FIRST.may(first) && CORRECTION.matcher(block).matches()) {
                return Optional.of(BoilerplateKind.CORRECTION);
            }
            if ((COPYRIGHT_OPENING_FIRST.may(first) || block.contains("ights "))
                    && COPYRIGHT.matcher(block).matches()) {
                return Optional.of(BoilerplateKind.COPYRIGHT);
            }
            if (COVERAGE_FIRST.may(first) && COVERAGE.matcher(block).matches()) {
                return Optional.of(BoilerplateKind.COVERAGE_PROMO);
            }
            if ((block.contains("contributed") || block.contains("reported from") || startsLikeCredit(block))
                    && CONTRIBUTOR.matcher(block).matches()) {
                return Optional.of(BoilerplateKind.CONTRIBUTOR_LINE);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether {@link #PHOTO_CAPTION} could match: its first branch opens with a character
     * of {@link #CAPTION_OPENING_FIRST}; the others end in {@code )} and optional
     * white space ({@code \s}: space, tab, line breaks, form feed, vertical tab)}
     */
    private static boolean mayBeCaption(String block, char first) {
        if (CAPTION_OPENING_FIRST.may(first)) {
            return true;
        }
        int e = block.length();
        while (e > 0 && isRegexSpace(block.charAt(e - 1))) {
            e--;
        }
        return e > 0 && block.charAt(e - 1) == ')';
    }

    /** {@return whether a character is in {@code \s} of {@code java.util.regex} (ASCII only)} */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A caption credits a photographer or starts like one; a quote-bearing sentence is not one. */
    private static boolean looksLikeCaption(String block) {
        if (block.startsWith("FILE")) {
            return true;
        }
        // "Photo" or "photo", "Image" or "image": find the common tail, then look at its first letter.
        for (int i = block.indexOf("hoto", 1); i > 0; i = block.indexOf("hoto", i + 1)) {
            char c = block.charAt(i - 1);
            if (c == 'P' || c == 'p') {
                return true;
            }
        }
        for (int i = block.indexOf("mage", 1); i > 0; i = block.indexOf("mage", i + 1)) {
            char c = block.charAt(i - 1);
            if (c == 'I' || c == 'i') {
                return true;
            }
        }
        return false;
    }

    /** {@return whether the characters form a separator line such as {@code ___}} */
    public static boolean isSeparator(String text, int start, int end) {
        if (end - start < 3 || end - start > 200) {
            return false;
        }
        return SEPARATOR.matcher(text).region(start, end).matches();
    }

    /** {@return whether the characters form an advisory line such as {@code (Adds …)}} */
    static boolean isAdvisory(String text, int start, int end) {
        return end > start
                && end - start <= MAX_LENGTH
                && text.charAt(start) == '('
                && ADVISORY.matcher(text).region(start, end).matches();
    }

    /**
     * {@return the end of a version tag such as {@code (LEAD)} or {@code (2nd LD)} opening a
     * headline, or {@code start} when there is none}
     *
     * @param text  the whole text
     * @param start the headline block's first character
     * @param end   the block's end
     */
    static int headlineTagEnd(String text, int start, int end) {
        if (start >= end || text.charAt(start) != '(') {
            return start;
        }
        var m = HEADLINE_TAG.matcher(text).region(start, Math.min(end, start + 100));
        return m.lookingAt() ? m.end() : start;
    }

    /**
     * Finds where an end mark or a Reuters credit paragraph begins at the very end of a block, so
     * it can be split off the last paragraph: {@code … said.} / {@code Reuter} on the next line
     * (or another end mark, a {@code Reporting by …} credit or an agency trailer line),
     * {@code … NIL. REUTER}, {@code … said. (Reporting by …; Editing by …)}, {@code … Enditem}, a
     * Canadian Press {@code This report by …} line. Looks at the last 600 characters only.
     *
     * @param text  the whole text
     * @param start the block's first character
     * @param end   the block's end
     * @return the offset where the trailing item starts (after {@code start}), or -1
     */
    static int trailingItemStart(String text, int start, int end) {
        if (end - start < 2) {
            return -1;
        }
        int from = Math.max(start + 1, end - MAX_LENGTH);
        // The last line, or the last lines when the final one holds only control characters.
        int lineStart = end;
        while (lineStart > from && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        if (onlyControls(text, lineStart, end) && lineStart > from) {
            int p = lineStart - 1;
            while (p > from && (text.charAt(p - 1) == '\n' || text.charAt(p - 1) == '\r')) {
                p--;
            }
            lineStart = p;
            while (lineStart > from && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
                lineStart--;
            }
        }
        int ls = Texts.skipSpace(text, lineStart, end);
        boolean atLineStart =
                lineStart > start && (text.charAt(lineStart - 1) == '\n' || text.charAt(lineStart - 1) == '\r');
        if (atLineStart
                && ls < end
                && (END_MARK.matcher(text).region(ls, end).matches()
                        || REPORTING_BY_LINE.matcher(text).region(ls, end).matches()
                        || AGENCY_TRAILER.matcher(text).region(ls, end).matches()
                        || EMAIL_LINE.matcher(text).region(ls, end).matches())) {
            return ls;
        }
        // The mark after the last sentence on the same line: "... NIL. REUTER", "... said. Enditem".
        int last = end;
        while (last > from && (Texts.isSpace(text.charAt(last - 1)) || Character.isISOControl(text.charAt(last - 1)))) {
            last--;
        }
        for (int i = last - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (Texts.isSpace(c) && i + 1 < last && !Texts.isSpace(text.charAt(i + 1))) {
                int w = i + 1;
                if (INLINE_END_MARK.matcher(text).region(w, end).matches()) {
                    int before = Texts.trimEnd(text, start, i);
                    char b = before > start ? text.charAt(before - 1) : ' ';
                    if (before > start && ".!?\"'”’)]".indexOf(b) >= 0 || Character.isDigit(b)) {
                        return w;
                    }
                }
                break;
            }
        }
        // (Reporting by ...) closing the block.
        if (text.charAt(end - 1) == ')') {
            int open = end - 1;
            while (open >= from && text.charAt(open) != '(') {
                open--; // only the last 600 characters: lastIndexOf would search the whole text
            }
            if (open >= from && REPORTING_BY.matcher(text).region(open, end).matches()) {
                return open;
            }
        }
        // The Canadian Press line: END_MARK allows 120 characters after "first published" and then
        // only white space and control characters, so the line starts near the block's last text.
        String cpLine = "This report by The Canadian Press";
        int t = end;
        while (t > from
                && (isRegexSpace(text.charAt(t - 1)) || Character.getType(text.charAt(t - 1)) == Character.CONTROL)) {
            t--;
        }
        int lowest = Math.max(from, t - CANADIAN_PRESS_TAIL);
        for (int cp = end - cpLine.length(); cp >= lowest; cp--) {
            if (text.charAt(cp) == 'T' && text.startsWith(cpLine, cp)) {
                if (END_MARK.matcher(text).region(cp, end).matches()) {
                    return cp;
                }
                break; // the last occurrence decides, as lastIndexOf did
            }
        }
        return -1;
    }

    /** The longest source line: a label, a colon and a few agency credits. */
    private static final int MAX_SOURCE_LINE = 80;
    /**
     * The labels a source line opens with, lower case: "source" in English, German, Spanish,
     * Portuguese, Italian, Dutch, the Scandinavian languages, Finnish, Polish and Czech
     * ({@code text/source-labels.txt}).
     */
    private static final List<String> SOURCE_LABELS_LIST = Resources.lines(TEXT + "source-labels.txt");

    private static final Set<String> SOURCE_LABELS = Set.copyOf(SOURCE_LABELS_LIST);
    /** The first letters of {@link #SOURCE_LABELS}, in either case. */
    private static final FirstChars SOURCE_LINE_FIRST =
            FirstChars.of(Pattern.compile("(?iu:" + literals(SOURCE_LABELS_LIST) + ").*", Pattern.DOTALL));
    /**
     * Words that join two agency credits in a source line: {@code AP and Reuters}, {@code dpa und AFP}
     * ({@code text/credit-joiners.txt}).
     */
    private static final Set<String> CREDIT_JOINERS = Set.copyOf(Resources.lines(TEXT + "credit-joiners.txt"));

    /**
     * {@return whether a block is a source line naming the agencies a story comes from:
     * {@code Quelle: dpa-AFX}, {@code Source: Reuters}, {@code (Source: AP, AFP)},
     * {@code Fuente: EFE y AFP}} Every name after the label must be an agency credit the library
     * knows, so a line that names anything else (a study, a person, a web site) stays story text.
     * A few character tests rule out almost every block before any word is looked up.
     */
    static boolean isSourceLine(String block) {
        int n = block.length();
        if (n < 8 || n > MAX_SOURCE_LINE) {
            return false;
        }
        int s = 0;
        int e = n;
        if (block.charAt(0) == '(') {
            if (block.charAt(n - 1) != ')') {
                return false;
            }
            s = 1;
            e = n - 1;
        }
        if (!SOURCE_LINE_FIRST.may(block.charAt(s))) {
            return false;
        }
        int colon = block.indexOf(':', s);
        if (colon < s + 4 || colon > s + 8 || colon + 1 >= e) {
            return false;
        }
        if (!SOURCE_LABELS.contains(block.substring(s, colon).toLowerCase(Locale.ROOT))) {
            return false;
        }
        while (e > colon && (block.charAt(e - 1) == '.' || Texts.isSpace(block.charAt(e - 1)))) {
            e--; // "Quelle: dpa." and trailing white space
        }
        // The credits: names split at "/", ",", ";", "&", "+" and joining words.
        int credits = 0;
        StringBuilder name = new StringBuilder();
        int i = colon + 1;
        while (i <= e) {
            char ch = i < e ? block.charAt(i) : '/';
            if (ch == '/' || ch == ',' || ch == ';' || ch == '&' || ch == '+') {
                if (!isCredit(name)) {
                    return false;
                }
                credits++;
                name.setLength(0);
                i++;
                continue;
            }
            if (Texts.isSpace(ch)) {
                // a joining word between two names ends the first name
                int w = i;
                while (w < e && Texts.isSpace(block.charAt(w))) {
                    w++;
                }
                int we = w;
                while (we < e && !Texts.isSpace(block.charAt(we))) {
                    we++;
                }
                if (we < e && name.length() > 0 && CREDIT_JOINERS.contains(block.substring(w, we))) {
                    if (!isCredit(name)) {
                        return false;
                    }
                    credits++;
                    name.setLength(0);
                    i = we;
                    continue;
                }
            }
            name.append(ch);
            i++;
        }
        return credits > 0;
    }

    /** {@return whether a name from a source line is an agency credit; white space around it is ignored} */
    private static boolean isCredit(StringBuilder name) {
        String s = name.toString().strip();
        return !s.isEmpty() && Agencies.of(s).isPresent();
    }

    /** The words a credit line without "contributed" or "reported from" starts with. */
    private static final String[] CREDIT_OPENERS = {
        "Reporting ",
        "reporting ",
        "Writing ",
        "writing ",
        "Editing ",
        "editing ",
        "Compiled ",
        "compiled ",
        "REPORTING ",
        "Contributing "
    };

    /**
     * {@return whether a block starts as {@link #CONTRIBUTOR}'s credit lines do (an optional
     * bracket and "Additional", then "Reporting by", "Contributing to this report" …): with
     * {@code contains("contributed")} and {@code contains("reported from")}, a necessary condition
     * of the pattern, far cheaper than running it on every closing paragraph}
     */
    private static boolean startsLikeCredit(String block) {
        int p = block.startsWith("(") ? 1 : 0;
        if (block.startsWith("Additional ", p) || block.startsWith("ADDITIONAL ", p)) {
            p += "Additional ".length();
        }
        for (String w : CREDIT_OPENERS) {
            if (block.startsWith(w, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyControls(String text, int from, int to) {
        boolean any = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !Texts.isSpace(c)) {
                any = true;
            } else if (!Texts.isSpace(c)) {
                return false;
            }
        }
        return any;
    }

    /** {@return whether the characters form a timestamp line} */
    static boolean isTimestamp(String text, int start, int end) {
        if (end - start > 160 || end <= start) {
            return false;
        }
        if (!TIMESTAMP_FIRST.may(text.charAt(start))) {
            return false;
        }
        return TIMESTAMP.matcher(text).region(start, end).matches();
    }
}
