package io.github.wireparse.internal.html;

import io.github.wireparse.internal.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Chooses a page's headline by agreement between its sources: the page's {@code <h1>}s and the
 * titles its metadata states (JSON-LD {@code headline}, {@code og:title}, {@code twitter:title},
 * {@code <title>}). A title's site name is stripped: the parts between separators ({@code |},
 * {@code -}, {@code ::}, {@code _}, a closing {@code [Site]} ...) that name the site (as {@code og:site_name}, the publisher or
 * the host name say) are dropped, and when another source agrees with one part, that part is kept.
 * An {@code <h1>} that one of the titles agrees with is the headline, as the page shows it; without
 * agreement a long enough {@code <h1>} still wins, and a title wins over a short one (a site or
 * section name); a wire slug
 * ({@code BC-EU-GEN--Topic, 2nd Ld-Writethru,0987}) is never a headline.
 *
 * <p>Older pages need more: a masthead or section {@code <h1>} made of site-name and section
 * words ({@code Springfield News Update Service}, {@code U.S. & World}; {@link #isLabel}) is
 * left out, and so are title parts of that kind at either end of a title; script text glued
 * onto a title is cut ({@link #cutScript}); and the heading or one-line bold headline that opens
 * the article ({@link #leads}) stands in for a missing or unusable {@code <h1>}.
 */
final class PageHeadline {

    private static final Pattern SEPARATOR =
            Pattern.compile("\\s+(?:\\||-|–|—|::|:|·|»|«|/|\\\\|~)\\s+|\\s*(?:\\||::|»|«)\\s*|_"
                    // a site name in brackets closing the title: "Headline [Site]"
                    + "|\\s+\\[(?=[^\\[\\]]+]\\s*$)|]\\s*$");
    /** A wire slug: {@code BC-EU-GEN--Topic}, {@code AP-US-Topic}, {@code 2nd Ld-Writethru}. */
    static final Pattern SLUG = Pattern.compile(
            "^[A-Z]{2,}-[A-Z]{2,}[A-Za-z-]*--?\\S|\\b\\d*(?:st|nd|rd|th)?\\s*Ld-Writethru\\b|,\\d{3,4}$");

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /** An {@code <h1>} of fewer words than this that no title agrees with reads as a site or section name. */
    private static final int MIN_LONE_H1_WORDS = 4;

    private static final int MAX_HEADLINE = 300;

    /** Words site names, slogans and section labels are made of. */
    private static final Set<String> LABEL_WORDS = Resources.set("html/site-label-words.txt");
    /** Small words left out when counting a label's words. */
    private static final Set<String> FILLERS = Resources.set("html/site-label-fillers.txt");
    /** A label has at most this many words besides its small words. */
    private static final int MAX_LABEL_WORDS = 8;

    /**
     * Script text glued onto a title or heading (a page whose {@code <title>} swallowed an
     * analytics snippet): a variable, a function, a DOM call, an HTML comment opener.
     */
    static final Pattern SCRIPT =
            Pattern.compile("(?:\\bvar\\s+[\\w$]+\\s*=|\\bfunction\\s*[\\w$]*\\s*\\(|\\b(?:document|window)\\.[\\w$]+"
                    + "|<!--|\\$\\(|\\bif\\s*\\(\\s*[\\w$.]+\\s*(?:[=!<>]=|[<>])|\\{\\s*[\\w$]+\\s*:|;\\s*$)");

    private PageHeadline() {}

    /**
     * Chooses the headline.
     *
     * @param h1s       the texts of the page's {@code <h1>}s before or in the article, in order
     * @param titles    the metadata's titles, best first (JSON-LD, Open Graph, Twitter, {@code <title>})
     * @param siteNames keys (letters and digits, lower case) of the site's names
     * @return the headline, or empty
     */
    static Optional<String> choose(List<String> h1s, List<String> titles, Set<String> siteNames) {
        return choose(h1s, List.of(), titles, siteNames);
    }

    /**
     * Chooses the headline, with the headings that open the article as candidates too: when no
     * {@code <h1>} agrees with a title (the page's {@code <h1>} is its masthead or a section label,
     * or it has none), an opening heading that a title agrees with is the headline, and a long
     * enough one wins over a title that is no longer.
     *
     * @param h1s       the texts of the page's {@code <h1>}s before or in the article, in order
     * @param leads     the texts of the headings ({@code <h2>}, {@code <h3>}) that open the article
     * @param titles    the metadata's titles, best first (JSON-LD, Open Graph, Twitter, {@code <title>})
     * @param siteNames keys (letters and digits, lower case) of the site's names
     * @return the headline, or empty
     */
    static Optional<String> choose(List<String> h1s, List<String> leads, List<String> titles, Set<String> siteNames) {
        List<String> others = new ArrayList<>();
        for (String t : titles) {
            String c = cutScript(MetadataExtractor.clean(t));
            if (!c.isEmpty()) {
                others.add(c);
            }
        }
        Set<String> sites = new LinkedHashSet<>(siteNames);
        // A title's last part that an h1 repeats is the site's name, shown as its masthead.
        for (String t : others) {
            // The last non-empty part is the one wanted: trailing empty parts are dropped.
            @SuppressWarnings("StringSplitter")
            String[] parts = SEPARATOR.split(t);
            String last = key(parts[parts.length - 1]);
            if (parts.length >= 2 && last.length() >= 4) {
                for (String h : h1s) {
                    // Not when the h1 is the whole title: then the last part belongs to the headline.
                    if (names(h, Set.of(last)) && !(key(h).equals(key(t)) || tokenF1(h, t) >= 0.7)) {
                        sites.add(last);
                    }
                }
            }
        }
        List<String> cleaned = new ArrayList<>();
        for (String full : others) {
            String c = strip(full, sites, others);
            if (!c.isEmpty() && !isSlug(c) && !sites.contains(key(c)) && !isLabel(c, sites) && !cleaned.contains(c)) {
                cleaned.add(c);
                // What the title had besides its headline names the site: "Headline | Site".
                for (String part : SEPARATOR.split(full.replace(c, "|"), -1)) {
                    String k = key(part);
                    if (k.length() >= 4 && !agree(part, c)) {
                        sites.add(k);
                    }
                }
            }
        }
        List<String> heads = candidates(h1s, sites);
        List<String> opening = candidates(leads, sites);
        for (String h : heads) {
            for (String c : cleaned) {
                if (agree(h, c)) {
                    return Optional.of(h);
                }
            }
        }
        // An opening heading only when it says all or nearly all of the title: a part of it (a
        // name, a kicker, a deck) is no headline.
        for (String h : opening) {
            for (String c : cleaned) {
                if (key(h).contains(key(c)) || tokenF1(h, c) >= 0.8) {
                    return Optional.of(h);
                }
            }
        }
        // No title agrees: an h1 of a few words or more is the page's own headline (the title may
        // be written for search engines); a shorter one, shorter than the title too, is a site,
        // section or greeting line. So for a heading that opens the article, when it is longer
        // than the title (a title that is only the site's name).
        if (!heads.isEmpty()
                && (cleaned.isEmpty()
                        || words(heads.get(0)) >= MIN_LONE_H1_WORDS
                        || words(heads.get(0)) >= words(cleaned.get(0)))) {
            return Optional.of(heads.get(0));
        }
        if (!opening.isEmpty()
                && (cleaned.isEmpty()
                        || words(opening.get(0)) >= MIN_LONE_H1_WORDS
                                && words(opening.get(0)) > words(cleaned.get(0)))) {
            return Optional.of(opening.get(0));
        }
        if (!cleaned.isEmpty()) {
            return Optional.of(cleaned.get(0));
        }
        return heads.isEmpty() ? Optional.empty() : Optional.of(heads.get(0));
    }

    /**
     * {@return the headline the publisher declares in the page's structured metadata, when the one
     * chosen on the page says something else; else the chosen one} The first declared title
     * (JSON-LD {@code headline}, {@code dc:title}, {@code og:title}, {@code twitter:title}, best
     * first) that is a headline once stripped of the site's name (no site name, section label or
     * wire slug) decides: a chosen headline that it equals or that holds it, or that it holds, is
     * the same headline as the page shows it and stays; one that differs (a display headline
     * rewritten for the page, {@code "X is the Y"} beside the declared {@code "X hands-on: the Y"})
     * gives way to the declared one, which is the article's headline as the publisher files it
     * and as readers of the page's metadata (Readability, feed readers, search) show it. The
     * {@code <title>} declares nothing here: on older pages it is often the site's name or a template's.
     *
     * @param chosen    the headline chosen by {@link #choose(List, List, List, Set)}
     * @param declared  the declared titles, best first
     * @param titles    all the metadata's titles, as {@code choose} takes them
     * @param siteNames keys (letters and digits, lower case) of the site's names
     */
    static Optional<String> declared(
            Optional<String> chosen, List<String> declared, List<String> titles, Set<String> siteNames) {
        if (chosen.isEmpty() || declared.isEmpty()) {
            return chosen;
        }
        List<String> others = new ArrayList<>();
        for (String t : titles) {
            String c = cutScript(MetadataExtractor.clean(t));
            if (!c.isEmpty()) {
                others.add(c);
            }
        }
        for (String d : declared) {
            String full = cutScript(MetadataExtractor.clean(d));
            if (full.isEmpty()) {
                continue;
            }
            String c = strip(full, siteNames, others);
            if (c.isEmpty() || c.length() > MAX_HEADLINE || isSlug(c) || names(c, siteNames) || isLabel(c, siteNames)) {
                continue;
            }
            String kc = key(c);
            String kh = key(chosen.get());
            if (kc.isEmpty() || kh.contains(kc) || kc.contains(kh)) {
                return chosen;
            }
            return Optional.of(c);
        }
        return chosen;
    }

    /** {@return the headings that may be the headline: cleaned, without slugs, site and section labels} */
    private static List<String> candidates(List<String> headings, Set<String> sites) {
        List<String> out = new ArrayList<>();
        for (String h : headings) {
            String t = cutScript(MetadataExtractor.clean(h));
            if (!t.isEmpty()
                    && t.length() <= MAX_HEADLINE
                    && !isSlug(t)
                    && !names(t, sites)
                    && !isLabel(t, sites)
                    && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * {@return the texts of the headings ({@code <h2>} to {@code <h4>}) that open the article,
     * before its first other block}
     *
     * @param chosen the article's blocks, in order
     */
    static List<String> leads(List<TextBlock> chosen) {
        return leads(List.of(), chosen);
    }

    /** How many of the page's blocks before the article are looked at for its headline. */
    private static final int LEADS_BEFORE = 3;

    /**
     * {@return the texts of the headings that open the article, as {@link #leads(List)} gives
     * them, after those of the headings just above it} A table layout sets its headline in a cell
     * (or a {@code <div>}) of its own above the story's cell, which the article's blocks do not
     * hold: one of the few blocks before the article that is a heading ({@code <h2>} to
     * {@code <h4>}) or one short line set as a headline ({@code <td class=title>}, bold) counts,
     * nearest first.
     *
     * @param page   the page's blocks, in order
     * @param chosen the article's blocks, in order, taken from {@code page}
     */
    @SuppressWarnings("ReferenceEquality") // the same block: found by identity
    static List<String> leads(List<TextBlock> page, List<TextBlock> chosen) {
        List<String> out = new ArrayList<>();
        if (!chosen.isEmpty()) {
            TextBlock first = chosen.get(0);
            int at = -1;
            for (int i = 0; i < page.size(); i++) {
                if (page.get(i) == first) {
                    at = i;
                    break;
                }
            }
            for (int i = at - 1; i >= 0 && i >= at - LEADS_BEFORE; i--) {
                TextBlock b = page.get(i);
                if (b.chrome != null) {
                    break;
                }
                if (b.byline == null
                        && b.linkLen == 0
                        && (b.headingLevel >= 2 && b.headingLevel <= 4 || emphasised(b))) {
                    out.add(b.text);
                }
            }
        }
        for (int i = 0; i < chosen.size() && i < 3; i++) {
            TextBlock b = chosen.get(i);
            if (b.headingLevel >= 2 && b.headingLevel <= 4 || i == 0 && chosen.size() > 1 && emphasised(b)) {
                out.add(b.text);
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * A headline set in bold or a big font rather than a heading ({@code <font size=+2><b>}), or
     * in an element its class or id calls a headline ({@code <span class=storyheadline>}).
     */
    private static final String EMPHASIS =
            "b, strong, big, font[size], [class~=(?i)headline|title|\\bhed\\b], [id~=(?i)headline|title]";

    /** {@link #EMPHASIS}, parsed once: {@code select(String)} parses its query on every call. */
    private static final Evaluator EMPHASIS_EVALUATOR = QueryParser.parse(EMPHASIS);

    /** What divides the words of a name: white space, a slash. */
    private static final Pattern WORD_GAP = Pattern.compile("[\\s/]+");

    /** A sentence's end inside a text. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)]?\\s+\\p{Lu}");

    /** Longest text read as an emphasised headline. */
    private static final int MAX_EMPHASISED = 200;

    /** {@return whether a block is one short line set wholly in bold, a big font or a headline element, as older pages set their headline} */
    private static boolean emphasised(TextBlock b) {
        String t = b.text.strip();
        // One line, not a sentence or more: a lead paragraph set in bold is no headline.
        if (t.isEmpty()
                || t.length() > MAX_EMPHASISED
                || t.indexOf('\n') >= 0
                || t.endsWith(".")
                || SENTENCE_END.matcher(t).find()) {
            return false;
        }
        for (Element e : b.owner.el.select(EMPHASIS_EVALUATOR)) {
            if (e.text().strip().equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** {@return a title or heading without script text glued onto its end, and without the separators left before it} */
    static String cutScript(String s) {
        if (!mayHoldScript(s)) {
            return s;
        }
        Matcher m = SCRIPT.matcher(s);
        if (!m.find()) {
            return s;
        }
        String t = s.substring(0, m.start());
        Matcher sep = SEPARATOR.matcher(t);
        int end = t.length();
        while (sep.find()) {
            if (t.substring(sep.end()).isBlank()) {
                end = Math.min(end, sep.start());
            }
        }
        return t.substring(0, end).strip();
    }

    /**
     * {@return whether a text may hold a match of {@link #SCRIPT}} A necessary condition, checked
     * in one pass so that the regex runs only on the few titles that may hold script: each of its
     * alternatives needs an equals sign, an opening parenthesis, a less-than sign, a dollar sign,
     * an opening brace or a semicolon, or the words {@code document.} or {@code window.}.
     */
    static boolean mayHoldScript(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '=', '(', '<', '$', '{', ';' -> {
                    return true;
                }
                case '.' -> {
                    if (s.startsWith("document", i - 8) || s.startsWith("window", i - 6)) {
                        return true;
                    }
                }
                default -> {
                    // not a character any alternative needs
                }
            }
        }
        return false;
    }

    /**
     * {@return whether a short text reads as a site name, slogan or section label rather than a
     * headline} Most of its words (two in three, small words left out) are words such names are
     * made of ({@code News}, {@code Weather}, {@code Update}, {@code World} ...) or name the site.
     */
    static boolean isLabel(String text, Set<String> sites) {
        int content = 0;
        int label = 0;
        boolean vocabulary = false;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (FILLERS.contains(w)) {
                continue;
            }
            content++;
            if (LABEL_WORDS.contains(w)) {
                label++;
                vocabulary = true;
            } else if (w.length() >= 3 && namesWord(w, sites)) {
                label++;
            }
        }
        return vocabulary && content <= MAX_LABEL_WORDS && label * 3 >= content * 2;
    }

    /** {@return whether a word is one of the site's names or part of one} */
    private static boolean namesWord(String word, Set<String> sites) {
        for (String s : sites) {
            if (s.length() >= 3 && s.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether a text is a wire slug rather than a headline} */
    static boolean isSlug(String s) {
        return s.indexOf(' ') < 0
                        && s.length() > 6
                        && s.chars().filter(c -> c == '-').count() >= 2
                || mayBeSlug(s) && SLUG.matcher(s).find();
    }

    /**
     * {@return whether a text may hold a match of {@link #SLUG}} A necessary condition, so that
     * the regex runs on few headlines: its alternatives need two ASCII capitals at the start,
     * {@code Ld-Writethru}, or a comma.
     */
    static boolean mayBeSlug(String s) {
        return s.length() >= 2 && isAsciiUpper(s.charAt(0)) && isAsciiUpper(s.charAt(1))
                || s.indexOf(',') >= 0
                || s.contains("Ld-Writethru");
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * {@return a title without the parts that name the site} Parts are what separators divide;
     * a part naming the site, or the host, is dropped; when another source agrees with a run of
     * parts, that run is the title; else, with three or more words left before a last short part,
     * the last part goes (a site suffix the page did not name elsewhere).
     */
    static String strip(String title, Set<String> siteNames, List<String> others) {
        List<String> parts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        int last = 0;
        while (m.find()) {
            parts.add(title.substring(last, m.start()));
            last = m.end();
        }
        parts.add(title.substring(last));
        if (parts.size() == 1) {
            return title;
        }
        // A run of parts another source agrees with.
        for (String o : others) {
            if (o.equals(title)) {
                continue;
            }
            String ko = key(o);
            for (int i = 0; i < parts.size(); i++) {
                for (int j = parts.size(); j > i; j--) {
                    if (i == 0 && j == parts.size()) {
                        continue;
                    }
                    String run = join(title, parts, i, j);
                    if (key(run).equals(ko) && !ko.isEmpty()) {
                        return run;
                    }
                }
            }
        }
        int from = 0;
        int to = parts.size();
        boolean cut = false;
        while (to - from > 1 && siteEnd(parts.get(to - 1), siteNames, cut, words(join(title, parts, from, to - 1)))) {
            to--;
            cut = true;
        }
        cut = false;
        while (to - from > 1 && siteEnd(parts.get(from), siteNames, cut, words(join(title, parts, from + 1, to)))) {
            from++;
            cut = true;
        }
        // The site's name inside the title: what follows it is the site's too ("Headline - Site -
        // City, State"), what precedes it at the start likewise ("Section - Site :: Headline").
        for (int k = from + 1; k < to; k++) {
            if (!key(parts.get(k)).isEmpty() && names(parts.get(k), siteNames)) {
                to = k;
                break;
            }
        }
        for (int k = to - 2; k > from; k--) {
            if (!key(parts.get(k)).isEmpty() && names(parts.get(k), siteNames)) {
                from = k + 1;
                break;
            }
        }
        if (from == 0 && to == parts.size()) {
            String lastPart = parts.get(parts.size() - 1).trim();
            String rest = join(title, parts, 0, parts.size() - 1);
            if (words(rest) >= 3 && words(lastPart) <= 3 && rest.length() > lastPart.length()) {
                to--;
                // Labels before that suffix are the site's too: "Headline_English_Agency".
                while (to - from > 1 && isLabel(parts.get(to - 1), siteNames)) {
                    to--;
                }
            }
        }
        return join(title, parts, from, to);
    }

    /**
     * {@return whether a title's first or last part belongs to the site, not the headline} It names
     * the site or reads as a label; or, with a headline of three words or more left, it is a short
     * capitalised name with a label word in it ({@code Springfield Online}, {@code WKRN-TV
     * Nashville}), or any short capitalised name after another site part was cut at that end
     * ({@code Springfield, FL}).
     *
     * @param part  the part
     * @param sites keys of the site's names
     * @param after whether a site part was cut at this end already
     * @param rest  the number of words the title keeps without this part
     */
    private static boolean siteEnd(String part, Set<String> sites, boolean after, int rest) {
        if (names(part, sites) || isLabel(part, sites)) {
            return true;
        }
        if (rest < 3 || !capitalised(part)) {
            return false;
        }
        int n = 0;
        boolean label = false;
        Matcher m = TOKEN.matcher(part);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!FILLERS.contains(w)) {
                n++;
                label |= LABEL_WORDS.contains(w);
            }
        }
        return n <= 3 && (label || after);
    }

    /** {@return whether every word of a text but its small words starts with a capital letter or a digit} */
    // Empty pieces (leading, trailing) are skipped below, so split's dropping of them is harmless.
    @SuppressWarnings("StringSplitter")
    private static boolean capitalised(String text) {
        boolean any = false;
        for (String w : WORD_GAP.split(text.trim())) {
            String t = w.replaceAll("^\\P{L}+", "");
            if (t.isEmpty() && !w.isEmpty() && Character.isDigit(w.charAt(w.length() - 1))) {
                continue;
            }
            if (t.isEmpty() || FILLERS.contains(t.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(t.codePointAt(0))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** {@return the text of parts i to j (exclusive), as written in the title} */
    private static String join(String title, List<String> parts, int i, int j) {
        int start = 0;
        for (int k = 0; k < i; k++) {
            start = title.indexOf(parts.get(k), start) + parts.get(k).length();
        }
        int s = title.indexOf(parts.get(i), start);
        int e = s;
        int from = s;
        for (int k = i; k < j; k++) {
            from = title.indexOf(parts.get(k), from);
            e = from + parts.get(k).length();
            from = e;
        }
        return title.substring(s, e).trim();
    }

    /** {@return whether a title part names the site} */
    private static boolean names(String part, Set<String> siteNames) {
        String k = key(part);
        if (k.isEmpty()) {
            return true;
        }
        for (String s : siteNames) {
            if (s.length() >= 3 && (k.equals(s) || k.length() <= s.length() + 12 && (k.contains(s) || s.contains(k)))) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether two headlines say the same: one within the other, or most words shared} */
    static boolean agree(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        if (Math.min(ka.length(), kb.length()) >= 10 && (ka.contains(kb) || kb.contains(ka))) {
            return true;
        }
        return tokenF1(a, b) >= 0.7;
    }

    private static double tokenF1(String a, String b) {
        Map<String, Integer> want = new HashMap<>();
        int na = 0;
        Matcher m = TOKEN.matcher(a);
        while (m.find()) {
            want.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            na++;
        }
        int nb = 0;
        int tp = 0;
        m = TOKEN.matcher(b);
        while (m.find()) {
            nb++;
            String t = m.group().toLowerCase(Locale.ROOT);
            Integer c = want.get(t);
            if (c != null && c > 0) {
                want.put(t, c - 1);
                tp++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (na + nb);
    }

    /** {@return the number of words a text has, as white space divides them} */
    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * {@return keys of the site's names: its stated names, and its host name without {@code www.}
     * and with and without its top-level domain}
     *
     * @param names the names the page states for its site
     * @param host  the page's host name, or empty
     */
    static Set<String> siteKeys(List<String> names, String host) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String k = key(n);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("www.")) {
            h = h.substring(4);
        }
        if (!h.isEmpty() && h.indexOf('.') > 0) {
            out.add(key(h));
            // A host written with a trailing dot has the same labels: drop the empty last one.
            @SuppressWarnings("StringSplitter")
            String[] labels = h.split("\\.");
            String main = labels.length >= 3 && labels[labels.length - 2].length() <= 3
                    ? labels[labels.length - 3]
                    : labels[labels.length - 2];
            if (main.length() >= 3) {
                out.add(key(main));
            }
        }
        return out;
    }

    private static String key(String s) {
        return PageByline.key(s);
    }
}
