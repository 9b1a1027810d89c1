package io.github.wireparse.internal.feed;

import io.github.wireparse.InputFormat;
import java.util.regex.Pattern;

/**
 * Tells an input's format from its first characters: the control characters or header shapes of
 * ANPA-1312 and IPTC 7901, the root element of NITF, NewsML-G2 and NewsML documents, a JSON
 * object or array (ninjs, alone or in an API response), markup (HTML); else plain text. Looks at
 * no more than the first {@value #WINDOW} characters, so detection costs the same whatever the
 * input's size.
 */
public final class FormatDetector {

    /** How many characters detection looks at. */
    static final int WINDOW = 4096;

    private static final char SOH = '\u0001';
    private static final char STX = '\u0002';
    private static final char SYN = '\u0016';
    private static final Pattern ROOT_NAME = Pattern.compile("[A-Za-z_][\\w.:-]*");

    private FormatDetector() {}

    /**
     * Detects the format of an input given as bytes, from its first {@value #WINDOW} characters
     * decoded as the feed readers decode them (byte order mark, declared XML encoding, UTF-8, else
     * Windows-1252).
     *
     * @param bytes the input, or its first bytes
     * @return the format; {@link InputFormat#TEXT} when none fits
     */
    public static InputFormat detect(byte[] bytes) {
        byte[] head = bytes.length <= 4 * WINDOW ? bytes : java.util.Arrays.copyOf(bytes, 4 * WINDOW);
        return detect(Decoding.decode(head).text());
    }

    /**
     * Detects an input's format.
     *
     * @param text the input, or its first characters
     * @return the format; {@link InputFormat#TEXT} when none fits
     */
    public static InputFormat detect(CharSequence text) {
        int len = Math.min(text.length(), WINDOW);
        int p = 0;
        while (p < len && (text.charAt(p) == '\uFEFF' || Character.isWhitespace(text.charAt(p)))) {
            p++;
        }
        if (p >= len) {
            return InputFormat.TEXT;
        }
        char c = text.charAt(p);
        if (c == SYN || c == SOH || c == STX) {
            return transmission(text, p, len);
        }
        if (c == '<') {
            return markup(text, p, len);
        }
        if (c == '{' || c == '[') {
            return InputFormat.NINJS;
        }
        // Header shapes without control characters: an IPTC 7901 header line, or an ANPA header line
        // on the first or second line (after the selector line).
        String head = text.subSequence(p, Math.min(len, p + 600)).toString();
        String[] lines = head.split("\r\n|\r|\n", 4);
        if (lines.length > 1
                && Transmissions.IPTC_HEADER.matcher(stripControls(lines[0])).matches()) {
            return InputFormat.IPTC7901;
        }
        for (int i = 0; i < Math.min(2, lines.length - 1); i++) {
            if (Transmissions.ANPA_HEADER.matcher(stripControls(lines[i])).matches()) {
                return InputFormat.ANPA;
            }
        }
        return InputFormat.TEXT;
    }

    private static String stripControls(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < ' ' && c != '\t' ? ' ' : c);
        }
        return sb.toString();
    }

    private static InputFormat transmission(CharSequence text, int p, int len) {
        int s = p;
        while (s < len && (text.charAt(s) == SYN || text.charAt(s) == SOH || text.charAt(s) == STX)) {
            s++;
        }
        int e = s;
        while (e < len && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
            e++;
        }
        String first = stripControls(text.subSequence(s, e).toString());
        return Transmissions.IPTC_HEADER.matcher(first).matches() ? InputFormat.IPTC7901 : InputFormat.ANPA;
    }

    /** Finds the root element's name past the XML declaration, comments and the DOCTYPE. */
    private static InputFormat markup(CharSequence text, int p, int len) {
        String s = text.subSequence(p, len).toString();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("<?", i)) {
                int e = s.indexOf("?>", i);
                if (e < 0) {
                    return InputFormat.HTML;
                }
                i = e + 2;
            } else if (s.startsWith("<!--", i)) {
                int e = s.indexOf("-->", i);
                if (e < 0) {
                    return InputFormat.HTML;
                }
                i = e + 3;
            } else if (s.startsWith("<!", i)) {
                if (s.regionMatches(true, i, "<!DOCTYPE html", 0, 14)) {
                    return InputFormat.HTML;
                }
                // A DOCTYPE, perhaps with an internal subset in brackets.
                int bracket = s.indexOf('[', i);
                int gt = s.indexOf('>', i);
                if (gt < 0) {
                    return InputFormat.HTML;
                }
                if (bracket >= 0 && bracket < gt) {
                    int close = s.indexOf("]>", bracket);
                    i = close < 0 ? s.length() : close + 2;
                } else {
                    i = gt + 1;
                }
            } else if (s.charAt(i) == '<') {
                var m = ROOT_NAME.matcher(s).region(i + 1, s.length());
                if (!m.lookingAt()) {
                    return InputFormat.HTML;
                }
                String name = m.group();
                int colon = name.indexOf(':');
                String local = colon >= 0 ? name.substring(colon + 1) : name;
                return switch (local) {
                    case "nitf" -> InputFormat.NITF;
                    case "newsMessage", "newsItem" -> InputFormat.NEWSML_G2;
                    case "NewsML" -> InputFormat.NEWSML;
                    default -> InputFormat.HTML;
                };
            } else if (Character.isWhitespace(s.charAt(i))) {
                i++;
            } else {
                return InputFormat.HTML;
            }
        }
        // The root element lies beyond the window (a long prologue): read as markup by jsoup,
        // which expands no entity a DTD declares.
        return InputFormat.HTML;
    }
}
