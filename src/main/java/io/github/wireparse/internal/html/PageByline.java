package io.github.wireparse.internal.html;

import io.github.wireparse.internal.Resources;
import io.github.wireparse.internal.Tsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a page's byline: the persons a visible byline names (an element whose class,
 * {@code rel=author} or {@code itemprop=author} marks it, or a {@code By X} line near the
 * headline) and the persons the page's metadata names (JSON-LD {@code author}, {@code meta
 * name=author}, {@code article:author} when a name), reconciled. A visible byline is cut to its
 * names: without {@code By}, without the date, update note, short biography or handle that follows
 * them; a trailing agency credit or staff title stays for the text pipeline's byline parser to set
 * apart. When the visible byline and the metadata disagree, the metadata, which describes this
 * article and not a teaser beside it, wins.
 */
final class PageByline {

    private static final Set<String> STOPS = Resources.set("html/byline-stops.txt");
    private static final Set<String> PARTICLES = Resources.set("html/name-particles.txt");
    private static final Set<String> MONTHS = Resources.set("html/months.txt");
    private static final Set<String> ORGANISATION = Resources.set("html/organisation-words.txt");
    /** Last words that make a byline name a desk's or staff credit ({@code html/byline-desk-words.txt}). */
    private static final Set<String> DESK = Resources.set("html/byline-desk-words.txt");
    /** The last words of staff titles ({@code Writer}, {@code Correspondent}), as the byline parser reads them. */
    private static final Set<String> TITLE_WORDS = titleWords();
    /** Longest line read as a byline's credit or title line. */
    private static final int MAX_CREDIT = 60;
    /** Most words in a byline's credit or title line. */
    private static final int MAX_CREDIT_WORDS = 6;

    private static final Pattern BY = Pattern.compile("^(?:By|BY|by)\\s*:?\\s+(?=\\p{Lu}|\\p{Lt})");
    private static final Pattern SPLIT = Pattern.compile(",\\s*|\\s+and\\s+|\\s*&\\s*|\\s+und\\s+|\\s+et\\s+");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+|\\s*&\\s*|\\s+und\\s+|\\s+et\\s+");
    /** Marks that end the names part wherever they stand. */
    private static final String[] BREAKS = {" | ", " – ", " — ", " - ", "@", " • ", " · ", " / ", "\n", " (", "; "};

    private static final int MAX_NAMES = 120;
    private static final int MAX_WORDS_PER_NAME = 5;

    private PageByline() {}

    /**
     * A chosen byline.
     *
     * @param line   the line to render: {@code By} and the names (with an agency credit when the
     *               page wrote one)
     * @param source the visible block it was cut from, to leave out of the body; empty when the
     *               names come from the metadata
     */
    record Choice(String line, Optional<String> source) {}

    /**
     * Chooses the byline.
     *
     * @param visible   texts of visible byline candidates, best first
     * @param metadata  the metadata's authors
     * @param siteNames keys (letters and digits, lower case) of the site's names, which are not persons
     * @return the byline, or empty
     */
    static Optional<Choice> choose(List<String> visible, List<String> metadata, Set<String> siteNames) {
        String shown = null;
        String source = null;
        for (String v : visible) {
            String names = withoutSite(names(v), siteNames);
            if (!names.isEmpty() && !siteNames.contains(key(names)) && person(names)) {
                shown = names;
                source = v;
                break;
            }
        }
        List<String> meta = new ArrayList<>();
        for (String m : metadata) {
            String names = names(m);
            if (!names.isEmpty() && !siteNames.contains(key(names)) && !meta.contains(names) && person(names)) {
                meta.add(names);
            }
        }
        if (shown != null) {
            shown = withoutStrays(shown, siteNames);
            if (agree(shown, meta)) {
                shown = cutToMetadata(shown, meta);
            }
        }
        // shown and source are set together: testing both tells NullAway so.
        if (shown != null && source != null && (meta.isEmpty() || agree(shown, meta))) {
            return Optional.of(new Choice("By " + shown, Optional.of(source)));
        }
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        List<String> persons = new ArrayList<>();
        for (String m : meta) {
            // One metadata value names one person, perhaps as "Last, First": split "and" lists only.
            for (String p : AND.split(m, -1)) {
                String t = p.trim();
                if (!t.isEmpty() && !persons.contains(t)) {
                    persons.add(t);
                }
            }
        }
        StringBuilder sb = new StringBuilder("By ");
        for (int i = 0; i < persons.size(); i++) {
            if (i > 0) {
                sb.append(i == persons.size() - 1 ? " and " : ", ");
            }
            sb.append(persons.get(i));
        }
        return Optional.of(new Choice(
                sb.toString(),
                source != null && shown != null && agree(shown, meta) ? Optional.of(source) : Optional.empty()));
    }

    /**
     * {@return the names a visible byline lists without the ones that are no person's when another
     * is: a lone word that marks no organisation and is no degree (a weekday, an outlet in capitals
     * such as {@code FUTURISM}; {@code MA} and {@code RDN} stay, as the page writes them), a desk or
     * staff credit ({@code Metro Desk}) and a name that opens with the site's own name
     * ({@code CNN Business}, {@code IGN Staff}); as given when nothing is left out}
     *
     * @param names     the names part of a visible byline
     * @param siteNames keys of the site's names
     */
    static String withoutStrays(String names, Set<String> siteNames) {
        String[] parts = SPLIT.split(names, -1);
        if (parts.length < 2) {
            return names;
        }
        List<String> kept = new ArrayList<>();
        boolean dropped = false;
        for (String part : parts) {
            String t = part.trim();
            String[] words = t.split("\\s+", -1);
            boolean lone = words.length == 1 && !ORGANISATION.contains(t) && !degree(t);
            boolean site = words.length > 1 && (siteNames.contains(key(words[0])) || desk(words));
            if (t.isEmpty() || lone || site) {
                dropped = true;
            } else {
                kept.add(t);
            }
        }
        boolean person = false;
        for (String k : kept) {
            person |= k.split("\\s+").length >= 2 && !organisation(k);
        }
        return dropped && person ? list(kept) : names;
    }

    /** {@return whether a name's last word makes it a desk or a staff credit ({@code JERUSALEM POST STAFF})} */
    private static boolean desk(String[] words) {
        return words.length >= 2 && DESK.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * {@return whether a word reads as a degree or credential written after a name ({@code MA},
     * {@code RDN}, {@code PhD}): four letters at most, two of them capitals}
     */
    private static boolean degree(String word) {
        return word.length() <= 4
                && word.chars().allMatch(Character::isLetter)
                && word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * {@return the names a visible byline lists, each cut to the metadata's person it opens with
     * when the page ran more text onto it: a staff title or a link's label without a space
     * ({@code Meg JamesStaff Writer}, {@code Marcus De GuzmanView More Articles}) or after one
     * ({@code Bruce Y. Lee Senior Contributor}); an agency credit after the name stays}
     *
     * @param names the names part of a visible byline
     * @param meta  the metadata's authors, names only
     */
    static String cutToMetadata(String names, List<String> meta) {
        List<String> persons = new ArrayList<>();
        for (String m : meta) {
            for (String p : SPLIT.split(m, -1)) {
                String t = p.trim();
                if (t.split("\\s+").length >= 2) {
                    persons.add(t);
                }
            }
        }
        String[] parts = SPLIT.split(names, -1);
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String part : parts) {
            String t = part.trim();
            String cut = t;
            for (String p : persons) {
                int n = p.length();
                if (t.length() > n && t.regionMatches(true, 0, p, 0, n)) {
                    char next = t.charAt(n);
                    String tail = t.substring(n).trim();
                    // Glued on, a title is the page's layout; after a space, a credit is the byline's.
                    if (Character.isUpperCase(next) || (next == ' ' && !creditLine(tail))) {
                        cut = t.substring(0, n);
                        break;
                    }
                }
            }
            changed |= !cut.equals(t);
            out.add(cut);
        }
        return changed ? list(out) : names;
    }

    /** {@return names as a byline lists them: {@code A}, {@code A and B}, {@code A, B and C}} */
    private static String list(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(i == names.size() - 1 ? " and " : ", ");
            }
            sb.append(names.get(i));
        }
        return sb.toString();
    }

    /**
     * {@return whether one of the names a text lists is a person's: two words or more (a lone word
     * is as often a handle or an outlet), none marking an organisation}
     */
    private static boolean person(String names) {
        for (String p : SPLIT.split(names, -1)) {
            // "PRIYA NANDAKUMAR Associated Press": the name before a trailing credit counts.
            String[] words = p.trim().split("\\s+");
            if (desk(words)) {
                continue;
            }
            int n = words.length;
            // "PRIYA NANDAKUMAR AP Business Writer": the name before a staff title counts too.
            for (int k = 2; k < words.length; k++) {
                if (creditLine(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)))) {
                    n = k;
                    break;
                }
            }
            while (n > 0 && ORGANISATION.contains(words[n - 1])) {
                n--;
            }
            String name = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (n >= 2 && !organisation(name)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> titleWords() {
        Set<String> out = new java.util.HashSet<>();
        for (List<String> row : Tsv.rows("text/byline-titles.tsv", "word", "after_name", "after_agency_alone")) {
            out.add(row.get(0));
        }
        return Set.copyOf(out);
    }

    /**
     * {@return whether a line is the credit or staff title that a byline's second line holds, as
     * wire copy republished on the web sets it ({@code By NAME<br>Associated Press Writer}): an
     * agency credit, every word of which marks an organisation ({@code The Associated Press},
     * {@code Reuters}), or a staff title that opens with such a word and ends with a title's last
     * word ({@code AP Business Writers}), its other words capitalised}
     *
     * @param line the line
     */
    static boolean creditLine(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_CREDIT || t.indexOf('\n') >= 0) {
            return false;
        }
        String[] words = t.split("\\s+", -1);
        int from = words[0].equals("The") && words.length > 1 ? 1 : 0;
        if (words.length - from > MAX_CREDIT_WORDS) {
            return false;
        }
        boolean agency = true;
        for (int i = from; i < words.length; i++) {
            if (!ORGANISATION.contains(words[i])) {
                agency = false;
                break;
            }
        }
        if (agency) {
            return true;
        }
        if (!ORGANISATION.contains(words[from]) || !TITLE_WORDS.contains(words[words.length - 1])) {
            return false;
        }
        for (int i = from; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** {@return whether a name has a word that marks an organisation} */
    private static boolean organisation(String names) {
        for (String w : names.split("[\\s,]+", -1)) {
            if (ORGANISATION.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return names without a trailing site name: "Kevin McCoy USA TODAY"; an agency credit
     * ("Associated Press") stays for the byline parser}
     */
    private static String withoutSite(String names, Set<String> siteNames) {
        String[] words = names.split(" ");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            if (siteNames.contains(key(tail)) && !organisation(tail)) {
                return trimTail(String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - n)));
            }
        }
        return names;
    }

    /** {@return whether a visible byline names one of the metadata's persons} */
    private static boolean agree(String shown, List<String> meta) {
        if (shown == null) {
            return false;
        }
        String s = key(shown);
        for (String m : meta) {
            for (String p : SPLIT.split(m, -1)) {
                String k = key(p);
                if (k.length() >= 4 && s.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@return the names part of a byline text: without a leading {@code By}, cut before a date,
     * an update note, a biography, a handle or a separator; empty when what is left does not read
     * as names}
     *
     * @param text the byline text
     */
    static String names(String text) {
        String raw = text.replace('\u00a0', ' ');
        int nl = raw.indexOf('\n');
        String credit = "";
        if (nl > 0 && creditLine(MetadataExtractor.clean(raw.substring(nl + 1)))) {
            // "By NAME" over "Associated Press Writer": the credit stays, for the byline parser.
            credit = MetadataExtractor.clean(raw.substring(nl + 1));
            credit = credit.startsWith("The ") ? credit.substring(4) : credit;
            raw = raw.substring(0, nl);
        }
        String s = MetadataExtractor.clean(raw);
        if (s.isEmpty() || s.startsWith("http") || s.length() > 400) {
            return "";
        }
        s = BY.matcher(s).replaceFirst("");
        s = withoutByWord(s);
        s = coAuthors(s);
        for (String b : BREAKS) {
            int i = s.indexOf(b);
            if (i >= 0) {
                s = s.substring(0, i);
            }
        }
        String[] words = s.split(" ", -1);
        int end = 0;
        int cut = s.length();
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            String bare = strip(word);
            boolean digit = word.chars().anyMatch(Character::isDigit);
            boolean month = MONTHS.contains(bare.toLowerCase(Locale.ROOT))
                    && w + 1 < words.length
                    && words[w + 1].chars().anyMatch(Character::isDigit);
            if (digit || month || STOPS.contains(bare)) {
                cut = end;
                break;
            }
            end += word.length() + 1;
        }
        s = s.substring(0, Math.min(cut, s.length()));
        s = trimTail(s);
        if (!looksLikeNames(s)) {
            return "";
        }
        return credit.isEmpty() ? s : s + " " + credit;
    }

    /** Words that open a byline in other languages: {@code Par}, {@code Von}, {@code Por}. */
    private static final Set<String> BY_WORDS = Resources.set("html/byline-by-words.txt");

    /**
     * {@return a byline without the word other languages open it with ({@code Par Hélène
     * Marchand}, {@code Von Anna Berger}) when two capitalised words or more follow it; else as given}
     */
    static String withoutByWord(String s) {
        int sp = 0;
        while (sp < s.length() && Character.isLetter(s.charAt(sp))) {
            sp++;
        }
        if (sp == 0 || sp >= s.length() || !BY_WORDS.contains(s.substring(0, sp))) {
            return s;
        }
        String rest = s.substring(sp).replaceFirst("^\\s*:?\\s+", "");
        String[] words = rest.split("\\s+", 3);
        if (rest.length() == s.length() - sp
                || words.length < 2
                || !Character.isUpperCase(words[0].codePointAt(0))
                || words[1].isEmpty()
                || !Character.isUpperCase(words[1].codePointAt(0))) {
            return s;
        }
        return rest;
    }

    /**
     * {@return a byline with the co-authors it lists in parentheses after its names ({@code X
     * (avec Y et Z)}, {@code X (with Y)}) made part of its list of names: {@code X, Y and Z}}
     * Parentheses of another kind are left for the names part to end before.
     */
    static String coAuthors(String s) {
        Matcher m = WITH.matcher(s);
        if (!m.find() || !WITH_WORDS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            return s;
        }
        String before = s.substring(0, m.start()).trim();
        String inside = m.group(3).trim();
        if (before.isEmpty() || !looksLikeNames(inside)) {
            return s;
        }
        List<String> names = new ArrayList<>();
        for (String n : SPLIT.split(before + ", " + inside, -1)) {
            String t = n.trim();
            if (!t.isEmpty()) {
                names.add(t);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(i == names.size() - 1 ? " and " : ", ");
            }
            sb.append(names.get(i));
        }
        return sb + s.substring(m.end());
    }

    /** Words that open a parenthesised list of co-authors: {@code with}, {@code avec}. */
    private static final Set<String> WITH_WORDS = Resources.set("html/byline-with-words.txt");
    /** A parenthesised list opened by a word: groups the whole, the word, the list. */
    private static final Pattern WITH =
            Pattern.compile("(\\s*\\((\\p{L}+)\\s+([^()]{3,120})\\))", Pattern.UNICODE_CHARACTER_CLASS);

    private static String trimTail(String text) {
        String s = text.trim();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            char c = s.charAt(s.length() - 1);
            if (",;:-–—|·•/".indexOf(c) >= 0) {
                s = s.substring(0, s.length() - 1).trim();
                changed = true;
            }
            for (String tail : new String[] {" and", " &", " und", " et"}) {
                if (s.endsWith(tail)) {
                    s = s.substring(0, s.length() - tail.length()).trim();
                    changed = true;
                }
            }
        }
        return s;
    }

    /** {@return whether a text reads as one or more persons' names: capitalised words, few per name} */
    static boolean looksLikeNames(String s) {
        if (s.isEmpty() || s.length() > MAX_NAMES || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        // A trailing separator must leave no empty name behind, which would have no capital.
        @SuppressWarnings("StringSplitter")
        String[] names = SPLIT.split(s);
        for (String name : names) {
            String[] words = name.trim().split(" ", -1);
            if (words.length > MAX_WORDS_PER_NAME) {
                return false;
            }
            int capitals = 0;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                int c = w.codePointAt(0);
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    capitals++;
                } else if (!PARTICLES.contains(w)) {
                    return false;
                }
                for (int i = 0; i < w.length(); i++) {
                    char ch = w.charAt(i);
                    if (!Character.isLetter(ch) && ".'’-".indexOf(ch) < 0) {
                        return false;
                    }
                }
            }
            if (capitals == 0) {
                return false;
            }
        }
        return true;
    }

    private static String strip(String word) {
        int b = 0;
        int e = word.length();
        while (b < e && !Character.isLetterOrDigit(word.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isLetterOrDigit(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(b, e);
    }

    /** {@return letters and digits only, lower case} */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
