package io.github.wireparse.internal.feed;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.Byline;
import io.github.wireparse.Envelope.Field;
import io.github.wireparse.Headline;
import io.github.wireparse.InputFormat;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.Problem;
import io.github.wireparse.internal.Problems;
import io.github.wireparse.internal.text.Digests;
import io.github.wireparse.internal.text.FeedVocabulary;
import io.github.wireparse.internal.text.TextPipeline;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ANPA-1312 and IPTC 7901 transmissions: splits a transmission into its messages
 * ({@code SOH} … {@code EOT}), reads each message's header lines into an envelope, and hands the
 * body to the text pipeline.
 *
 * <p>The text pipeline gets a <em>masked</em> copy of the message, of the same length: control
 * characters, format codes ({@code ^} opening a header line, {@code <} and {@code =} closing one)
 * and the envelope's lines are blanked, and a tab opening a paragraph becomes a line break, so that
 * every kept part (headline, byline, paragraph) stands in its own block. Since no character moves,
 * the article's spans, and the envelope's, are offsets into the message itself, which is the
 * article's text.
 */
final class Transmissions {

    private static final char SOH = '\u0001';
    private static final char STX = '\u0002';
    private static final char ETX = '\u0003';
    private static final char EOT = '\u0004';
    private static final char SYN = '\u0016';

    /**
     * An ANPA header line: priority, category, keyword, optional version, date {@code MM-DD}, word
     * count ({@code r z BC-BKN--Heat-Hawks 1stLd-Writethru   02-20 0500}).
     */
    static final Pattern ANPA_HEADER = Pattern.compile(
            "\\s*([a-zA-Z])\\s+([a-zA-Z])\\s+(\\S{2,40})(?:\\s+(\\S.{0,40}?))?\\s+(\\d\\d-\\d\\d)\\s+(\\d{3,5})\\s*");
    /**
     * An IPTC 7901 header line: service and message number, priority digit, category, word count,
     * then the rest ({@code eca062 4 i 211 ccccb   dpa 061}).
     */
    static final Pattern IPTC_HEADER = Pattern.compile(
            "\\s*([A-Za-z]{1,4}\\d{2,6})\\s+(\\d)\\s+([A-Za-z]{1,3})\\s+(\\d{1,5})(?:\\s+(\\S.{0,60}?))?\\s*");
    /** An ANPA keyword line after {@code STX}: {@code BC-BKN--Heat-Hawks, 1st Ld-Writethru,416}. */
    private static final Pattern KEYWORD_LINE =
            Pattern.compile("([A-Za-z]{1,3}-\\S.*?)(?:,\\s*((?!\\d{1,5}\\s*$)[^,]{1,40}?))?(?:,\\s*(\\d{1,5}))?\\s*");
    /** An ANPA trailer: agency, desk, date and time ({@code AP-WF-02-20-16 0337GMT}). */
    private static final Pattern ANPA_TRAILER =
            Pattern.compile("[A-Z]{2,5}-[A-Z]{1,4}-\\d\\d-\\d\\d-\\d\\d\\s+\\d{4}\\s?[A-Z]{3}");
    /** The sign-off of dpa copy: the agency and the editors' initials ({@code dpa wsz jln npr}). */
    private static final Pattern INITIALS = Pattern.compile("[a-z]{2,6}(?:\\s+[a-z]{2,4}){1,10}");

    private static final Pattern SEPARATOR = Pattern.compile("(?:_{3,}|-{3,}|\\*(?:\\s*\\*){2,}|={3,})");

    private Transmissions() {}

    /**
     * {@return where each message of a transmission starts and ends: after each {@code EOT}, and
     * at each {@code SOH} (with the {@code SYN}s before it) that follows text} A transmission
     * without these characters is one message.
     *
     * @param t the transmission
     */
    static List<int[]> messages(String t) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        boolean content = false;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == EOT) {
                if (content) {
                    out.add(new int[] {start, i + 1});
                }
                start = i + 1;
                content = false;
            } else if (c == SOH && content) {
                int s = i;
                while (s > start && t.charAt(s - 1) == SYN) {
                    s--;
                }
                out.add(new int[] {start, s});
                start = s;
                content = false;
            } else if (c > ' ' && c != 0x7F) {
                content = true;
            }
        }
        if (content) {
            out.add(new int[] {start, n});
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, n});
        }
        return out;
    }

    /** {@return whether a message's first non-blank line is an IPTC 7901 header} */
    static boolean isIptc7901(String msg) {
        char[] m = mask(msg);
        Lines lines = new Lines(m);
        for (int k = 0; k < lines.size() && k < 3; k++) {
            if (!lines.blank(k)) {
                return IPTC_HEADER
                        .matcher(CharBuffer.wrap(m))
                        .region(lines.start(k), lines.end(k))
                        .matches();
            }
        }
        return false;
    }

    /** {@return whether a message has an ANPA header line among its first lines} */
    static boolean isAnpa(String msg) {
        char[] m = mask(msg);
        Lines lines = new Lines(m);
        for (int k = 0, seen = 0; k < lines.size() && seen < 4; k++) {
            if (!lines.blank(k)) {
                seen++;
                if (ANPA_HEADER
                        .matcher(CharBuffer.wrap(m))
                        .region(lines.start(k), lines.end(k))
                        .matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@return a copy of the text with every control character but line breaks and tabs blanked} */
    private static char[] mask(String msg) {
        char[] m = msg.toCharArray();
        for (int i = 0; i < m.length; i++) {
            char c = m[i];
            if ((c < ' ' && c != '\n' && c != '\r' && c != '\t') || c == 0x7F) {
                m[i] = ' ';
            }
        }
        return m;
    }

    /** The lines of a text: start and end (before the line break) of each. */
    private static final class Lines {
        final char[] m;
        final List<int[]> list = new ArrayList<>();

        Lines(char[] m) {
            this.m = m;
            int s = 0;
            for (int i = 0; i < m.length; i++) {
                if (m[i] == '\n' || m[i] == '\r') {
                    list.add(new int[] {s, i});
                    if (m[i] == '\r' && i + 1 < m.length && m[i + 1] == '\n') {
                        i++;
                    }
                    s = i + 1;
                }
            }
            if (s < m.length) {
                list.add(new int[] {s, m.length});
            }
        }

        int size() {
            return list.size();
        }

        int start(int k) {
            return list.get(k)[0];
        }

        int end(int k) {
            return list.get(k)[1];
        }

        boolean blank(int k) {
            for (int i = start(k); i < end(k); i++) {
                if (m[i] > ' ') {
                    return false;
                }
            }
            return true;
        }
    }

    /** The content of a line: its text without leading codes, spaces and trailing codes. */
    private record Content(int start, int end, boolean caret, boolean indented, char closer) {
        boolean empty() {
            return start >= end;
        }
    }

    /**
     * Finds a line's content in the masked text: skips blanks (remembering whether the line opens
     * with a tab or spaces, the paragraph indent) and an opening {@code ^}, and drops a closing
     * {@code <} or {@code =} with the blanks around it.
     */
    private static Content content(char[] m, int ls, int le) {
        int s = ls;
        boolean indented = false;
        while (s < le && (m[s] == ' ' || m[s] == '\t')) {
            indented |= m[s] == '\t' || s > ls;
            s++;
        }
        boolean caret = false;
        if (s < le && m[s] == '^') {
            caret = true;
            s++;
            while (s < le && (m[s] == ' ' || m[s] == '\t')) {
                s++;
            }
        }
        int e = le;
        while (e > s && (m[e - 1] == ' ' || m[e - 1] == '\t')) {
            e--;
        }
        char closer = 0;
        if (e > s && (m[e - 1] == '<' || m[e - 1] == '=')) {
            closer = m[e - 1];
            e--;
            while (e > s && (m[e - 1] == ' ' || m[e - 1] == '\t')) {
                e--;
            }
        }
        return new Content(s, e, caret, indented, closer);
    }

    private static void blank(char[] m, int from, int to) {
        for (int i = from; i < to; i++) {
            if (m[i] != '\n' && m[i] != '\r') {
                m[i] = ' ';
            }
        }
    }

    /** Blanks the format codes around a kept line's content: the opening caret, the closer. */
    private static void blankCodes(char[] m, int ls, int le, Content c) {
        blank(m, ls, c.start());
        blank(m, c.end(), le);
    }

    private static String text(char[] m, int s, int e) {
        return XNode.collapse(CharBuffer.wrap(m, s, e - s));
    }

    /** What the readers collect besides the envelope. */
    private static final class Extra {
        final List<Boilerplate> boilerplate = new ArrayList<>();
        /** The byline's span, set by the header reader: start and end, or -1. */
        int bylineStart = -1;

        int bylineEnd = -1;
        final List<Object[]> problems = new ArrayList<>();

        void add(BoilerplateKind kind, String text, int s, int e) {
            boilerplate.add(new Boilerplate(kind, text, s, e));
        }

        void problem(String message, int offset) {
            problems.add(new Object[] {message, offset});
        }
    }

    // ---- ANPA-1312 -----------------------------------------------------------------------

    /**
     * Reads one ANPA-1312 message.
     *
     * @param msg     the message, its text as transmitted
     * @param options the options
     * @return the message's stories, one unless it is a digest ({@link Digests}); each article's
     *         text is {@code msg}
     */
    static List<Story> anpa(String msg, ParseOptions options) {
        char[] m = mask(msg);
        Lines lines = new Lines(m);
        EnvelopeBuilder env = new EnvelopeBuilder(InputFormat.ANPA);
        Extra extra = new Extra();
        int stx = msg.indexOf(STX);
        int etx = msg.lastIndexOf(ETX);
        if (etx >= 0 && etx < stx) {
            etx = -1;
        }
        int n = lines.size();

        // Selector and header lines.
        int headerLine = -1;
        for (int k = 0, seen = 0; k < n && seen < 4; k++) {
            if (stx >= 0 && lines.start(k) > stx) {
                break;
            }
            if (lines.blank(k)) {
                continue;
            }
            seen++;
            if (ANPA_HEADER
                    .matcher(CharBuffer.wrap(m))
                    .region(lines.start(k), lines.end(k))
                    .matches()) {
                headerLine = k;
                break;
            }
        }
        int regionStart;
        if (stx >= 0) {
            regionStart = stx + 1;
        } else if (headerLine >= 0) {
            regionStart = lines.end(headerLine);
        } else {
            regionStart = 0;
        }
        boolean selectorSeen = false;
        for (int k = 0; k < n && lines.start(k) < regionStart; k++) {
            int ls = lines.start(k);
            int le = Math.min(lines.end(k), regionStart);
            if (k == headerLine) {
                readAnpaHeader(m, ls, le, env);
            } else if (!lines.blank(k)) {
                Content c = content(m, ls, le);
                if (!c.empty()) {
                    if (!selectorSeen) {
                        selectorSeen = true;
                        int t = c.start();
                        while (t < c.end() && m[t] > ' ' && msg.charAt(t) != '\u001F') {
                            t++;
                        }
                        env.service = Field.of(new String(m, c.start(), t - c.start()), c.start(), t);
                        int r = t;
                        while (r < c.end() && m[r] <= ' ') {
                            r++;
                        }
                        if (r < c.end()) {
                            env.otherLines.add(Field.of(text(m, r, c.end()), r, c.end()));
                        }
                    } else {
                        env.otherLines.add(Field.of(text(m, c.start(), c.end()), c.start(), c.end()));
                    }
                }
            }
            blank(m, ls, le);
        }

        // Header region: keyword line, headline, photo and note lines, byline.
        int bodyEnd = etx >= 0 ? etx : msg.length();
        int bodyFrom = bodyEnd;
        boolean headline = false;
        boolean first = true;
        int byline = 0; // 0 before the byline, 1 inside it
        int k = 0;
        while (k < n && lines.end(k) <= regionStart && !(lines.start(k) == regionStart)) {
            k++;
        }
        for (; k < n; k++) {
            int ls = Math.max(lines.start(k), regionStart);
            int le = Math.min(lines.end(k), bodyEnd);
            if (ls >= bodyEnd) {
                break;
            }
            Content c = content(m, ls, le);
            if (c.empty()) {
                blank(m, ls, le);
                continue;
            }
            String s = text(m, c.start(), c.end());
            if (byline == 1) {
                if (!c.indented() && c.closer() == '=' && FeedSupport.isBylineTitle(s)) {
                    blankCodes(m, ls, le, c);
                    extra.bylineEnd = c.end();
                    continue;
                }
                bodyFrom = ls;
                break;
            }
            if (c.indented() && !c.caret()) {
                bodyFrom = ls;
                break;
            }
            if (first
                    && KEYWORD_LINE.matcher(s).matches()
                    && s.indexOf('-') > 0
                    && (env.slug == null || sameKeyword(env.slug.text(), s))) {
                first = false;
                readKeywordLine(m, c, env);
                blank(m, ls, le);
                continue;
            }
            first = false;
            Field f = Field.of(s, c.start(), c.end());
            FeedVocabulary.LineKind kind = FeedVocabulary.classify(s);
            if (kind == FeedVocabulary.LineKind.NOTE) {
                env.editorsNotes.add(f);
            } else if (kind == FeedVocabulary.LineKind.PHOTO) {
                env.photos.add(f);
            } else if (kind == FeedVocabulary.LineKind.RELATED) {
                env.related.add(f);
            } else if (kind == FeedVocabulary.LineKind.EMBARGO && env.embargo == null) {
                env.embargo = f;
            } else if (s.startsWith("By ") && s.length() > 3 && Character.isUpperCase(s.charAt(3))) {
                blankCodes(m, ls, le, c);
                extra.bylineStart = c.start();
                extra.bylineEnd = c.end();
                byline = 1;
                continue;
            } else if (!headline) {
                headline = true;
                blankCodes(m, ls, le, c);
                breakBefore(m, ls, c.start());
                continue;
            } else if (env.summary == null && s.length() > 100) {
                env.summary = f;
            } else {
                env.otherLines.add(f);
            }
            blank(m, ls, le);
        }

        body(msg, m, lines, bodyFrom, bodyEnd, extra);
        trailer(msg, m, lines, etx, stx >= 0 || msg.indexOf(SOH) >= 0, bodyFrom, env, extra);
        return finish(msg, m, options, InputFormat.ANPA, headline, env, extra);
    }

    /** Turns the blank before a kept line's content into a line break, so it starts a block. */
    private static void breakBefore(char[] m, int ls, int contentStart) {
        if (contentStart > ls && (m[contentStart - 1] == ' ' || m[contentStart - 1] == '\t')) {
            m[contentStart - 1] = '\n';
        }
    }

    private static boolean sameKeyword(String slug, String line) {
        int cut = Math.min(Math.min(slug.length(), line.length()), 6);
        return slug.regionMatches(0, line, 0, cut);
    }

    private static void readAnpaHeader(char[] m, int ls, int le, EnvelopeBuilder env) {
        Matcher h = ANPA_HEADER.matcher(CharBuffer.wrap(m)).region(ls, le);
        if (!h.matches()) {
            return;
        }
        env.priority = Field.of(h.group(1), h.start(1), h.end(1));
        env.category = Field.of(h.group(2), h.start(2), h.end(2));
        env.slug = Field.of(h.group(3), h.start(3), h.end(3));
        if (h.group(4) != null) {
            env.version = Field.of(
                    h.group(4).strip(),
                    h.start(4),
                    h.start(4) + h.group(4).strip().length());
        }
        env.wordCount = Field.of(h.group(6), h.start(6), h.end(6));
    }

    /** The keyword line restates slug, version and word count: it fills what the header lacked. */
    private static void readKeywordLine(char[] m, Content c, EnvelopeBuilder env) {
        Matcher km = KEYWORD_LINE.matcher(CharBuffer.wrap(m)).region(c.start(), c.end());
        env.otherLines.add(Field.of(text(m, c.start(), c.end()), c.start(), c.end()));
        if (!km.matches()) {
            return;
        }
        if (env.slug == null) {
            env.slug = Field.of(
                    km.group(1).strip(),
                    km.start(1),
                    km.start(1) + km.group(1).strip().length());
        }
        if (env.version == null && km.group(2) != null) {
            env.version = Field.of(km.group(2).strip(), km.start(2), km.end(2));
        }
        if (env.wordCount == null && km.group(3) != null) {
            env.wordCount = Field.of(km.group(3), km.start(3), km.end(3));
        }
    }

    /**
     * Prepares the body for the text pipeline: format codes blanked, a paragraph-opening tab made a
     * line break; separators ({@code ___}), subheads ({@code TIP-INS}, {@code UP NEXT}) and
     * end-of-take marks ({@code MORE}, {@code End Adv}) standing on their own line are taken out
     * as boilerplate, so they never become paragraphs.
     */
    private static void body(String msg, char[] m, Lines lines, int from, int to, Extra extra) {
        int n = lines.size();
        int firstLine = -1;
        for (int k = 0; k < n; k++) {
            if (lines.end(k) > from && lines.start(k) < to) {
                firstLine = firstLine < 0 ? k : firstLine;
            }
        }
        if (firstLine < 0) {
            return;
        }
        char[] codes = m.clone(); // the lines with their format codes, before they are blanked
        for (int k = firstLine; k < n && lines.start(k) < to; k++) {
            int ls = Math.max(lines.start(k), from);
            int le = Math.min(lines.end(k), to);
            Content c = content(m, ls, le);
            if (c.empty()) {
                blank(m, ls, le);
                continue;
            }
            boolean tab = msg.charAt(ls) == '\t' || (ls < c.start() && m[ls] == '\t');
            blankCodes(m, ls, le, c);
            if (tab) {
                m[ls] = '\n';
            } else if (c.caret()) {
                // A line opened by a caret (a table's heading, a subhead) stands on its own.
                breakBefore(m, ls, c.start());
            }
            // A line stands alone when it opens a unit (after a blank line or a line closed by
            // < or =, or indented, or opened by ^) and ends one (before such a line, or closed).
            Content prev =
                    k == firstLine || lines.blank(k - 1) ? null : content(codes, lines.start(k - 1), lines.end(k - 1));
            Content next = k + 1 >= n || lines.start(k + 1) >= to || lines.blank(k + 1)
                    ? null
                    : content(codes, lines.start(k + 1), lines.end(k + 1));
            boolean alone = (prev == null || prev.closer() != 0 || c.indented() || c.caret())
                    && (next == null || c.closer() != 0 || next.indented() || next.caret());
            if (!alone) {
                continue;
            }
            String s = text(m, c.start(), c.end());
            BoilerplateKind kind = null;
            if (SEPARATOR.matcher(s).matches()) {
                kind = BoilerplateKind.SEPARATOR;
            } else if (FeedVocabulary.isEndMark(s)) {
                kind = BoilerplateKind.END_MARK;
            } else if (isSubhead(s)) {
                kind = BoilerplateKind.SEPARATOR;
            }
            if (kind != null) {
                extra.add(kind, s, c.start(), c.end());
                blank(m, c.start(), c.end());
            }
        }
    }

    /**
     * A subhead of wire copy: a short line in capitals with no sentence punctuation at its end
     * ({@code TIP-INS}, {@code UP NEXT}, {@code AMERICAN LEAGUE}).
     */
    static boolean isSubhead(String s) {
        if (s.length() > 40 || s.length() < 2) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (".,;:!?\"'”’)".indexOf(last) >= 0) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Reads the trailer after {@code ETX} ({@code AP-WF-02-20-16 0337GMT}), or a bare one at the end. */
    private static void trailer(
            String msg,
            char[] m,
            Lines lines,
            int etx,
            boolean controls,
            int bodyFrom,
            EnvelopeBuilder env,
            Extra extra) {
        int n = lines.size();
        if (etx >= 0) {
            for (int k = 0; k < n; k++) {
                int ls = Math.max(lines.start(k), etx + 1);
                int le = lines.end(k);
                if (le <= etx) {
                    continue;
                }
                Content c = content(m, ls, le);
                if (!c.empty()) {
                    String s = text(m, c.start(), c.end());
                    if (env.transmitted == null) {
                        env.transmitted = Field.of(s, c.start(), c.end());
                        env.transmittedAt = Dates.anpaTrailer(s).orElse(null);
                        extra.add(BoilerplateKind.TIMESTAMP, s, c.start(), c.end());
                    } else {
                        env.otherLines.add(Field.of(s, c.start(), c.end()));
                    }
                }
                blank(m, ls, le);
            }
            return;
        }
        if (controls) {
            extra.problem("the message has no ETX (end of text): it may be truncated", msg.length());
        }
        // Without ETX: a last line shaped like a trailer is one.
        for (int k = n - 1; k >= 0 && lines.start(k) >= bodyFrom; k--) {
            if (lines.blank(k)) {
                continue;
            }
            Content c = content(m, lines.start(k), lines.end(k));
            String s = text(m, c.start(), c.end());
            if (ANPA_TRAILER.matcher(s).matches()) {
                env.transmitted = Field.of(s, c.start(), c.end());
                env.transmittedAt = Dates.anpaTrailer(s).orElse(null);
                extra.add(BoilerplateKind.TIMESTAMP, s, c.start(), c.end());
                blank(m, lines.start(k), lines.end(k));
            }
            break;
        }
    }

    // ---- IPTC 7901 -----------------------------------------------------------------------

    /**
     * Reads one IPTC 7901 message.
     *
     * @param msg     the message, its text as transmitted
     * @param options the options
     * @return the message's stories, one unless it is a digest ({@link Digests}); each article's
     *         text is {@code msg}
     */
    static List<Story> iptc7901(String msg, ParseOptions options) {
        char[] m = mask(msg);
        Lines lines = new Lines(m);
        EnvelopeBuilder env = new EnvelopeBuilder(InputFormat.IPTC7901);
        Extra extra = new Extra();
        int stx = msg.indexOf(STX);
        int etx = msg.lastIndexOf(ETX);
        if (etx >= 0 && etx < stx) {
            etx = -1;
        }
        int n = lines.size();
        int bodyEnd = etx >= 0 ? etx : msg.length();
        int k = 0;
        while (k < n && lines.blank(k)) {
            k++;
        }
        // Header line.
        if (k < n) {
            Matcher h = IPTC_HEADER.matcher(CharBuffer.wrap(m)).region(lines.start(k), lines.end(k));
            if (h.matches()) {
                env.service = Field.of(h.group(1), h.start(1), h.end(1));
                env.priority = Field.of(h.group(2), h.start(2), h.end(2));
                env.category = Field.of(h.group(3), h.start(3), h.end(3));
                env.wordCount = Field.of(h.group(4), h.start(4), h.end(4));
                if (h.group(5) != null) {
                    env.otherLines.add(Field.of(XNode.collapse(h.group(5)), h.start(5), h.end(5)));
                }
                blank(m, lines.start(k), lines.end(k));
                k++;
            }
        }
        // Keyword lines, up to STX (or, without STX, the keyword line ending in a slash).
        int headStart = -1;
        for (; k < n; k++) {
            int ls = lines.start(k);
            int le = lines.end(k);
            if (stx >= 0 && le > stx) {
                headStart = stx + 1;
                if (ls < stx) {
                    readKeyword(m, ls, stx, env);
                    blank(m, ls, stx);
                }
                break;
            }
            if (lines.blank(k)) {
                continue;
            }
            if (stx < 0) {
                Content c = content(m, ls, le);
                if (env.slug == null && m[c.end() - 1] == '/') {
                    readKeyword(m, ls, le, env);
                    blank(m, ls, le);
                    continue;
                }
                headStart = ls;
                break;
            }
            readKeyword(m, ls, le, env);
            blank(m, ls, le);
        }
        // Head block: version lines, headline, byline, up to the first blank line.
        boolean headline = false;
        int bodyFrom = bodyEnd;
        if (headStart >= 0) {
            List<Content> head = new ArrayList<>();
            List<int[]> headLines = new ArrayList<>();
            for (; k < n; k++) {
                int ls = Math.max(lines.start(k), headStart);
                int le = Math.min(lines.end(k), bodyEnd);
                if (ls >= bodyEnd) {
                    break;
                }
                Content c = content(m, ls, le);
                if (c.empty()) {
                    if (!head.isEmpty()) {
                        break;
                    }
                    continue;
                }
                head.add(c);
                headLines.add(new int[] {ls, le});
            }
            bodyFrom = k < n ? Math.min(lines.start(k), bodyEnd) : bodyEnd;
            int last = head.size() - 1;
            if (last >= 0) {
                Content b = head.get(last);
                String bs = text(m, b.start(), b.end());
                if (last > 0 && (bs.startsWith("By ") || bs.startsWith("Von ") || FeedSupport.isByline(bs))) {
                    blankCodes(m, headLines.get(last)[0], headLines.get(last)[1], b);
                    extra.bylineStart = b.start();
                    extra.bylineEnd = b.end();
                    last--;
                }
                Content hl = head.get(last);
                blankCodes(m, headLines.get(last)[0], headLines.get(last)[1], hl);
                headline = true;
                if (last > 0) {
                    int vs = head.get(0).start();
                    int ve = head.get(last - 1).end();
                    StringBuilder v = new StringBuilder();
                    for (int i = 0; i < last; i++) {
                        v.append(v.length() > 0 ? " " : "")
                                .append(text(m, head.get(i).start(), head.get(i).end()));
                        blank(m, headLines.get(i)[0], headLines.get(i)[1]);
                    }
                    env.version = Field.of(v.toString(), vs, ve);
                }
            }
        }
        notebook(m, lines, bodyFrom, bodyEnd, env, extra);
        body(msg, m, lines, bodyFrom, bodyEnd, extra);
        if (etx >= 0) {
            int le = etx;
            while (le < m.length && m[le] != '\n' && m[le] != '\r') {
                le++;
            }
            Content c = content(m, etx + 1, le);
            if (!c.empty()) {
                String s = text(m, c.start(), c.end());
                env.transmitted = Field.of(s, c.start(), c.end());
                extra.add(BoilerplateKind.TIMESTAMP, s, c.start(), c.end());
            }
            blank(m, etx, m.length);
        } else {
            extra.problem("the message has no ETX (end of text): it may be truncated", msg.length());
        }
        return finish(msg, m, options, InputFormat.IPTC7901, headline, env, extra);
    }

    private static void readKeyword(char[] m, int ls, int le, EnvelopeBuilder env) {
        Content c = content(m, ls, le);
        if (c.empty()) {
            return;
        }
        int e = c.end();
        while (e > c.start() && m[e - 1] == '/') {
            e--;
        }
        String s = text(m, c.start(), e);
        if (env.slug == null && e < c.end()) {
            env.slug = Field.of(s, c.start(), e);
        } else {
            env.otherLines.add(Field.of(text(m, c.start(), c.end()), c.start(), c.end()));
        }
    }

    /**
     * dpa's notebook ({@code # dpa NOTEBOOK}, {@code ## Editorial contacts}, …) after the story, and
     * the sign-off line of initials ({@code dpa wsz jln npr}): notes for editors, not story.
     */
    private static void notebook(char[] m, Lines lines, int from, int to, EnvelopeBuilder env, Extra extra) {
        int n = lines.size();
        int nbStart = -1;
        int lastLine = -1;
        for (int k = 0; k < n && lines.start(k) < to; k++) {
            if (lines.start(k) < from || lines.blank(k)) {
                continue;
            }
            lastLine = k;
            Content c = content(m, lines.start(k), Math.min(lines.end(k), to));
            if (nbStart < 0
                    && !c.indented()
                    && m[c.start()] == '#'
                    && c.end() > c.start() + 1
                    && (m[c.start() + 1] == ' ' || m[c.start() + 1] == '#')) {
                nbStart = c.start();
            }
        }
        int nbEnd = to;
        if (lastLine >= 0) {
            Content c = content(m, lines.start(lastLine), Math.min(lines.end(lastLine), to));
            String s = text(m, c.start(), c.end());
            if (INITIALS.matcher(s).matches()) {
                extra.add(BoilerplateKind.END_MARK, s, c.start(), c.end());
                blank(m, c.start(), c.end());
                nbEnd = lines.start(lastLine);
            }
        }
        if (nbStart >= 0) {
            int e = nbEnd;
            while (e > nbStart && m[e - 1] <= ' ') {
                e--;
            }
            String note =
                    new String(m, nbStart, e - nbStart).replace("\r\n", "\n").replace('\r', '\n');
            env.editorsNotes.add(Field.of(note, nbStart, e));
            extra.add(BoilerplateKind.EDITORS_NOTE, note, nbStart, e);
            blank(m, nbStart, e);
        }
    }

    // ---- both ------------------------------------------------------------------------------

    /**
     * One story of a message.
     *
     * @param offset  where the story starts in the message
     * @param article the story; its text is the whole message
     */
    record Story(int offset, Article article) {}

    private static List<Story> finish(
            String msg,
            char[] m,
            ParseOptions options,
            InputFormat format,
            boolean headline,
            EnvelopeBuilder env,
            Extra extra) {
        Problems positioned = new Problems(msg, options.maxProblems());
        for (Object[] p : extra.problems) {
            positioned.add((String) p[0], (Integer) p[1]);
        }
        List<Problem> problems = positioned.toList();
        // The byline is known: the pipeline reads the rest, and the byline is read on its own, so
        // that a byline its rules would not take (By dpa correspondents) is not taken for text.
        Optional<Byline> byline = Optional.empty();
        if (extra.bylineStart >= 0) {
            byline = Optional.of(FeedSupport.byline(new String(m), extra.bylineStart, extra.bylineEnd));
            blank(m, extra.bylineStart, extra.bylineEnd);
        }
        String masked = new String(m);
        // A digest (several datelined stories in one message) is read story by story, each from a
        // copy with the other stories blanked, so that every story's spans point into the message.
        List<int[]> stories = masked.length() <= options.maxInputChars()
                ? Digests.split(masked)
                : List.of(new int[] {0, masked.length()});
        io.github.wireparse.Envelope envelope = env.build();
        List<Story> out = new ArrayList<>();
        // What was taken out of the body (separators, subheads, end marks, the trailer) and the
        // problems go to the story whose part of the message holds them; the blank stretch before
        // a story, where its separator and subhead stood, is its own.
        int[] claim = new int[stories.size() + 1];
        for (int i = 1; i < stories.size(); i++) {
            int c = stories.get(i)[0];
            while (c > stories.get(i - 1)[0] && masked.charAt(c - 1) <= ' ') {
                c--;
            }
            claim[i] = c;
        }
        claim[stories.size()] = Integer.MAX_VALUE;
        for (int i = 0; i < stories.size(); i++) {
            int from = stories.get(i)[0];
            String text = stories.size() == 1 ? masked : Digests.mask(masked, from, stories.get(i)[1]);
            List<Problem> own = new ArrayList<>();
            for (Problem p : problems) {
                int at = p.offset().orElse(0);
                if (at >= claim[i] && at < claim[i + 1]) {
                    own.add(p);
                }
            }
            Article a = TextPipeline.parse(
                    text,
                    options,
                    new TextPipeline.Hints(format, i == 0 && headline, Optional.empty(), own, Optional.of(envelope)));
            Optional<Byline> by = i == 0 && byline.isPresent() ? byline : a.byline();
            Optional<Headline> head = a.headline();
            List<Boilerplate> all = new ArrayList<>(a.boilerplate());
            for (Boilerplate b : extra.boilerplate) {
                if (b.start() >= claim[i] && b.start() < claim[i + 1]) {
                    all.add(b);
                }
            }
            if (i > 0 && head.isEmpty()) {
                // A digest story's subhead before its dateline (HARBOR-DREDGING) is its headline.
                int dl = a.dateline().map(io.github.wireparse.Dateline::start).orElse(-1);
                Optional<Boilerplate> sub = all.stream()
                        .filter(b -> b.kind() == BoilerplateKind.SEPARATOR
                                && b.start() < dl
                                && !SEPARATOR.matcher(b.text()).matches())
                        .reduce((x, y) -> y);
                if (sub.isPresent()) {
                    head = Optional.of(new Headline(
                            sub.get().text(), sub.get().start(), sub.get().end()));
                    all.remove(sub.get());
                }
            }
            all.sort(Comparator.comparingInt(Boilerplate::start));
            int start = i == 0 ? 0 : Math.min(from, head.map(Headline::start).orElse(from));
            for (Boilerplate b : all) {
                start = Math.min(start, b.start());
            }
            out.add(new Story(
                    start,
                    new Article(
                            msg,
                            a.format(),
                            head,
                            by,
                            a.dateline(),
                            a.paragraphs(),
                            all,
                            a.quotes(),
                            a.sources(),
                            a.metadata(),
                            stories.size() == 1
                                    ? a.problems()
                                    : Digests.relocate(msg, a.problems(), options.maxProblems()),
                            a.envelope(),
                            a.attributions())));
        }
        return out;
    }
}
