package io.github.wireparse.internal.quote;

import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.WordShape;

import io.github.wireparse.Paragraph;
import io.github.wireparse.Span;
import io.github.wireparse.internal.quote.QuoteTokens.Placed;
import io.github.wireparse.internal.quote.QuoteTokens.Token;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.wireparse.internal.quote.Lexicon.WordList.*;
import static io.github.wireparse.internal.quote.Lexicon.in;
import static io.github.wireparse.internal.quote.Lexicon.normalIn;

/**
 * Finds, for each quotation, whether it is partial, who says it and with which cue, by looking at
 * the writer's words around it, in this order:
 * <ol>
 * <li>for a partial quote, the cue before it in its sentence and the subject of that clause (for a
 * participle such as "calling", the speaker of a cue earlier in the sentence or the subject of the
 * main clause);</li>
 * <li>the attribution right after the quote: {@code “…,” X said}, {@code “…,” said X,
 * <descriptor>}, {@code “…,” X told reporters}, {@code “…,” according to X}, or a name and a
 * verb we do not list ({@code “…,” an angry X retorted});</li>
 * <li>the cue before it in its sentence ({@code X said: “…”}, {@code X said, “…”}), or the
 * subject of a lead-in ending with a colon or comma ({@code X had a message: “…”});</li>
 * <li>a lead-in paragraph ending with a colon, or a quote-box line after it ({@code - X.});</li>
 * <li>for a full quote with none of these: the speaker of the quote before it in the same or the
 * previous paragraph ({@code “S1,” X said. “S2.”}), else the cue of the sentence before it, else
 * the speaker of the quote after it.</li>
 * </ol>
 * Each rule looks at a bounded number of tokens around a quote, so the work is linear in the
 * length of the story.
 */
final class Attribution {

    /** How many tokens an attribution may reach before or after its quote. */
    private static final int REACH = 60;
    /** The longest speaker phrase, in words. */
    private static final int MAX_SPEAKER_WORDS = 16;

    /** What kind of phrase a speaker is. */
    enum Kind {
        /** A name, possibly with a title before it or a descriptor after it. */
        NAME,
        /** A personal pronoun. */
        PRONOUN,
        /** A description with no name ("the deputy director"). */
        DESCRIPTION
    }

    /**
     * The speaker phrase as written.
     *
     * @param whole      the whole phrase, with title and appositive
     * @param kind       what kind of phrase it is
     * @param name       the name inside it, titles left out, for {@link Kind#NAME}
     * @param head       the phrase without its appositive
     * @param descriptor the descriptor: the appositive, or the title before the name
     */
    record Speaker(Span whole, Kind kind, Optional<Span> name, Span head, Optional<Span> descriptor) {
    }

    /**
     * What was found for one quotation.
     *
     * @param partial   whether the quote is a fragment inside the writer's sentence
     * @param speaker   the speaker phrase, if found
     * @param cue       the cue span, if found
     * @param inherited whether speaker and cue were taken from the quote before
     */
    record Found(boolean partial, Optional<Speaker> speaker, Optional<Span> cue, boolean inherited) {

        boolean attributed() {
            return speaker.isPresent() || cue.isPresent();
        }
    }

    private record Hit(Optional<Speaker> speaker, Optional<Span> cue) {

        Hit(Optional<Speaker> speaker, Span cue) {
            this(speaker, Optional.of(cue));
        }
    }

    private final String text;
    private final List<Tokens> tokens = new ArrayList<>();
    /** For each quote, its first and last token index in its first and last paragraph. */
    private int[] firstToken = new int[0];
    private int[] lastToken = new int[0];

    private Attribution(String text) {
        this.text = text;
    }

    /**
     * Attributes each quotation.
     *
     * @param text       the text
     * @param paragraphs the body paragraphs
     * @param raws       the quotations, in reading order
     * @return what was found, one entry per quotation
     */
    static Result attribute(String text, List<Paragraph> paragraphs, List<QuoteScanner.Raw> raws) {
        Attribution a = new Attribution(text);
        List<List<Placed>> placed = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            placed.add(new ArrayList<>());
        }
        for (int q = 0; q < raws.size(); q++) {
            for (QuoteScanner.Part part : raws.get(q).parts()) {
                placed.get(part.paragraph()).add(
                        new Placed(part.open(), part.close(), part.start(), part.end(), q));
            }
        }
        a.firstToken = new int[raws.size()];
        a.lastToken = new int[raws.size()];
        java.util.Arrays.fill(a.firstToken, -1);
        java.util.Arrays.fill(a.lastToken, -1);
        char[] buffer = new char[0];
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph s = paragraphs.get(p);
            if (buffer.length < s.end() - s.start()) {
                buffer = new char[Math.max(s.end() - s.start(), buffer.length * 2)];
            }
            Tokens t = QuoteTokens.tokenize(text, s.start(), s.end(), placed.get(p), buffer);
            a.tokens.add(t);
            for (int k = 0; k < t.quoteCount(); k++) {
                int i = t.quoteToken(k);
                int q = t.quoteOf(k);
                if (raws.get(q).firstParagraph() == p && a.firstToken[q] < 0) {
                    a.firstToken[q] = i;
                }
                if (raws.get(q).lastParagraph() == p) {
                    a.lastToken[q] = i;
                }
            }
        }
        List<Found> found = new ArrayList<>();
        for (int q = 0; q < raws.size(); q++) {
            found.add(a.one(raws.get(q), q));
        }
        // Quotes with no attribution of their own take the speaker of the quote just before:
        // the second half of "S1," X said. "S2." and quote paragraphs that follow a quote.
        for (int q = 1; q < raws.size(); q++) {
            Found f = found.get(q);
            if (f.attributed() || f.partial()) {
                continue;
            }
            int pq = q - 1;
            int firstPara = raws.get(q).firstParagraph();
            while (pq > 0 && q - pq < REACH && found.get(pq).partial() && found.get(pq).speaker().isEmpty()
                    && raws.get(pq).lastParagraph() >= firstPara - 1) {
                pq--;
            }
            Found prev = found.get(pq);
            if (prev.speaker().isEmpty()) {
                continue;
            }
            QuoteScanner.Raw r = raws.get(q);
            QuoteScanner.Raw pr = raws.get(pq);
            boolean samePara = r.firstParagraph() == pr.lastParagraph();
            boolean nextPara = r.firstParagraph() == pr.lastParagraph() + 1
                    && a.opensParagraph(r.firstParagraph(), q);
            if (samePara || nextPara) {
                found.set(q, new Found(false, prev.speaker(), prev.cue(), true));
            }
        }
        for (int q = 0; q < raws.size(); q++) {
            Found f = found.get(q);
            if (f.attributed() || f.partial()) {
                continue;
            }
            Optional<Hit> h = a.previousSentence(raws.get(q), q);
            if (h.isPresent()) {
                found.set(q, new Found(false, h.get().speaker(), h.get().cue(), true));
            }
        }
        for (int q = raws.size() - 2; q >= 0; q--) {
            Found f = found.get(q);
            Found next = found.get(q + 1);
            if (f.attributed() || f.partial() || !next.attributed() || next.partial()) {
                continue;
            }
            QuoteScanner.Raw r = raws.get(q);
            QuoteScanner.Raw nr = raws.get(q + 1);
            boolean samePara = nr.firstParagraph() == r.lastParagraph();
            boolean nextPara = nr.firstParagraph() == r.lastParagraph() + 1
                    && a.opensParagraph(nr.firstParagraph(), q + 1) && a.opensParagraph(r.firstParagraph(), q);
            if (samePara || nextPara) {
                found.set(q, new Found(false, next.speaker(), next.cue(), true));
            }
        }
        return new Result(found, a.names());
    }

    /**
     * The attributions and the names of the story.
     *
     * @param found one entry per quotation
     * @param names the names written in the story outside quotes, in order
     */
    record Result(List<Found> found, List<NameRun> names) {
    }

    /**
     * A name written in the story: a run of capitalised words, titles left out.
     *
     * @param name    the words, joined by single spaces, without a possessive ending
     * @param offset  where it stands
     * @param subject whether it opens a clause (a likely subject)
     */
    record NameRun(String name, int offset, boolean subject) {
    }

    private List<NameRun> names() {
        List<NameRun> out = new ArrayList<>();
        for (Tokens t : tokens) {
            int k = 0;
            while (k < t.size()) {
                if (!t.capitalized(k)) {
                    k++;
                    continue;
                }
                int s = k;
                int e = k + 1;
                while (e < t.size() && (t.capitalized(e) || isConnector(t, e, s))) {
                    e++;
                }
                k = e;
                boolean subject = s == 0 || !t.isWord(s - 1);
                int n = s;
                while (n < e - 1 && (isTitleWord(t.get(n), n + 2 == e)
                        || n + 2 < e && isTitleWord(t.get(n + 1), n + 3 == e)
                        || in(t.get(n), INTRO_WORDS)
                        || in(t.get(n), DETERMINERS)
                        || in(t.get(n), CLAUSE_LEADERS))) {
                    n++;
                }
                for (int j = e - 2; j > n; j--) {
                    if (isTitleWord(t.get(j), j + 2 == e) && !normalIn(t.get(e - 1), ORGANISATION_WORDS)) {
                        n = j + 1;
                        break;
                    }
                }
                // nameEnd only cuts a run of three words or more
                if (e - n >= 3 && !normalIn(t.get(e - 1), ORGANISATION_WORDS)) {
                    e = nameEnd(t, n, e);
                }
                if (e - n < 2) {
                    if (e - n == 1 && subject && e < t.size() && t.isWord(e)
                            && !in(t.get(n), INTRO_WORDS, CLAUSE_LEADERS, DETERMINERS, PRONOUNS)) {
                        // a one-word subject, a surname perhaps: kept for pronouns
                        out.add(new NameRun(stripPossessive(t.get(n).text()), t.get(n).start(), true));
                    }
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int j = n; j < e; j++) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    Token w = t.get(j);
                    sb.append(text, w.start(), w.end());
                }
                out.add(new NameRun(stripPossessive(sb.toString()), t.get(n).start(), subject));
            }
        }
        return out;
    }

    /** {@return a name without a possessive ending: "Korea’s" is "Korea"} */
    static String stripPossessive(String name) {
        if (name.endsWith("’s") || name.endsWith("'s")) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }

    /**
     * The attribution of the sentence before a quote that has none: "The tax is unfair,
     * she said. “It hurts farmers.”"; for a quote opening its paragraph, the last sentence of the
     * paragraph before.
     */
    private Optional<Hit> previousSentence(QuoteScanner.Raw raw, int q) {
        int p = raw.firstParagraph();
        Tokens t = tokens.get(p);
        int i = firstToken[q];
        int start = sentenceStart(t, i);
        if (start > 0 && start == i) {
            int end = start - 1;
            if (t.get(end).isQuote()) {
                return Optional.empty();
            }
            return before(t, sentenceStart(t, end), end).filter(h -> h.speaker().isPresent());
        }
        if (i == 0 && p > 0) {
            Tokens prev = tokens.get(p - 1);
            int end = prev.size() - 1;
            if (end > 0 && !prev.get(end).isQuote() && !prev.get(end - 1).isQuote()) {
                return before(prev, sentenceStart(prev, end), end)
                        .filter(h -> h.speaker().isPresent());
            }
        }
        return Optional.empty();
    }

    private boolean opensParagraph(int p, int q) {
        Tokens t = tokens.get(p);
        return !t.isEmpty() && t.get(0).isQuote() && t.get(0).quote() == q;
    }

    private Found one(QuoteScanner.Raw raw, int q) {
        int p1 = raw.firstParagraph();
        Tokens t1 = tokens.get(p1);
        int i1 = firstToken[q];
        int p2 = raw.lastParagraph();
        Tokens t2 = tokens.get(p2);
        int i2 = lastToken[q];
        if (i1 < 0 || i2 < 0) {
            return new Found(false, Optional.empty(), Optional.empty(), false);
        }
        int bStart = sentenceStart(t1, i1);
        String words = t1.get(i1).text();
        boolean partial = isPartial(t1, bStart, i1, words);
        String lastWords = t2.get(i2).text();
        boolean afterAllowed = raw.closed() && !lastWords.endsWith(".");
        if (afterAllowed && (lastWords.endsWith("?") || lastWords.endsWith("!"))) {
            // "“Ready?” the aide asks. Her colleague replies, “Twice.”": the words after a complete
            // quote lead in to the next quote
            int e = sentenceEnd(t2, i2);
            if (e < t2.size() && t2.get(e).isQuote() && e > i2 + 1
                    && (t2.get(e - 1).isPunct(',') || t2.get(e - 1).isPunct(':'))) {
                int cues = 0;
                for (int j = i2 + 1; j < e; j++) {
                    Token tok = t2.get(j);
                    if (tok.isWord() && !tok.capitalized()
                            && (in(tok, CUE_VERBS) || in(tok, CUE_PARTICIPLES))) {
                        cues++;
                    }
                }
                afterAllowed = cues > 1; // "“…!” he wrote, adding that …, “…”" keeps "he wrote"
            }
        }
        int aEnd = sentenceEnd(t2, i2);

        if (isTitle(t1, i1, words) && (partial || t1.get(i1 - 1).isPunct(','))
                || partial && isTitleCase(words)) {
            return new Found(true, Optional.empty(), Optional.empty(), false);
        }
        Optional<Hit> hit = Optional.empty();
        boolean leadIn = bStart < i1 && (t1.get(i1 - 1).isPunct(':') || t1.get(i1 - 1).isPunct(',')
                || t1.get(i1 - 1).isPunct('\u2014'));
        if (partial) {
            hit = before(t1, bStart, i1);
        }
        if (hit.isEmpty() && afterAllowed) {
            hit = after(t2, i2 + 1, aEnd, !lastWords.isEmpty()
                    && ",?!".indexOf(lastWords.charAt(lastWords.length() - 1)) >= 0);
        }
        if (hit.isEmpty() && !partial && bStart < i1) {
            hit = before(t1, bStart, i1);
        }
        if (hit.isEmpty() && !partial && bStart == i1 && i1 == 0 && p1 > 0) {
            // A lead-in paragraph: "Smith said:" then the quote paragraph.
            Tokens prev = tokens.get(p1 - 1);
            if (!prev.isEmpty() && prev.get(prev.size() - 1).isPunct(':')) {
                int end = prev.size() - 1;
                int start = sentenceStart(prev, end);
                hit = before(prev, start, end);
                if (hit.isEmpty()) {
                    // "The governor released a short statement:"
                    hit = mainSubject(prev, start, end).filter(x -> x.kind() != Kind.DESCRIPTION)
                            .map(x -> new Hit(Optional.of(x), Optional.empty()));
                }
            }
        }
        boolean commaLeadIn = !partial && bStart < i1 && t1.get(i1 - 1).isPunct(',');
        if (hit.isEmpty() && !partial && bStart < i1 && (t1.get(i1 - 1).isPunct(':')
                || commaLeadIn && i1 - 2 >= bStart && isPastVerb(t1.get(i1 - 2)))) {
            // "The mayor had a message: “…”": the subject of the lead-in sentence, with no cue;
            // "… - Dora Quint: “…”": the name right before the colon
            int e = i1 - 1;
            int st = e;
            while (st > bStart && t1.get(st - 1).isWord()) {
                st--;
            }
            Optional<Speaker> s = st < e && e - st <= 4 ? phrase(t1, st, e, -1, -1)
                    .filter(x -> x.kind() == Kind.NAME) : Optional.empty();
            if (s.isEmpty()) {
                s = mainSubject(t1, bStart, i1 - 1);
            }
            if (s.isPresent()) {
                hit = Optional.of(new Hit(s, Optional.empty()));
            }
        }
        if (hit.isEmpty() && commaLeadIn) {
            // "Gov. Reyes issued a video, “…”": a named subject of the lead-in clause
            hit = mainSubject(t1, bStart, i1 - 1).filter(x -> x.kind() != Kind.DESCRIPTION)
                    .map(x -> new Hit(Optional.of(x), Optional.empty()));
        }
        if (hit.isEmpty() && !partial && i2 == t2.size() - 1 && p2 + 1 < tokens.size()) {
            // a quote box: the quote, then a paragraph "- Ann Cole."
            Tokens next = tokens.get(p2 + 1);
            if (next.size() >= 2 && next.size() <= MAX_SPEAKER_WORDS && (next.get(0).isPunct('-')
                    || next.get(0).isPunct('\u2014') || next.get(0).isPunct('\u2013'))) {
                int e = next.size();
                while (e > 1 && !next.get(e - 1).isWord()) {
                    e--;
                }
                int c = 1;
                while (c < e && !next.get(c).isPunct(',')) {
                    c++;
                }
                Optional<Speaker> s = c < e ? phrase(next, 1, c, c + 1, e)
                        : phrase(next, 1, e, -1, -1);
                if (s.isPresent() && s.get().kind() == Kind.NAME) {
                    hit = Optional.of(new Hit(s, Optional.empty()));
                }
            }
        }
        if (hit.isPresent()) {
            return new Found(partial, hit.get().speaker(), hit.get().cue(), false);
        }
        return new Found(partial, Optional.empty(), Optional.empty(), false);
    }

    private static boolean isPossessive(Token tok) {
        String w = tok.lower();
        return w.endsWith("’s") || w.endsWith("'s");
    }

    /**
     * A short phrase in title case with no full stop, question or exclamation mark at its end: a
     * name or title ("Evening Ledger,", "Songs of the River"), not speech.
     */
    private static boolean isTitleCase(String words) {
        int len = words.length();
        char last = words.charAt(len - 1);
        if (".?!".indexOf(last) >= 0 || !Character.isUpperCase(words.charAt(0))) {
            return false;
        }
        WordShape shape = WordShape.of(words);
        return shape.longWordsCapitalised() && shape.longWords() > 0 && shape.words() <= 6;
    }

    private static boolean isPastVerb(Token tok) {
        return tok.isWord() && !tok.capitalized() && tok.end() - tok.start() > 4 && tok.lower().endsWith("ed");
    }

    /**
     * A title in quotation marks: every longer word capitalised, after a preposition, a
     * possessive or a word such as "book" ("appeared on “Morning Ledger”").
     */
    private static boolean isTitle(Tokens t, int i, String words) {
        int pi = i - 1;
        if (pi > 0 && t.get(pi).isPunct(',')) {
            pi--; // "her new novel, “The Salt Orchard,”"
        }
        if (pi < 0 || !t.get(pi).isWord()) {
            return false;
        }
        if (pi == i - 1 && i + 1 < t.size() && t.get(i - 1).capitalized() && t.get(i + 1).capitalized()
                && words.indexOf(' ') < 0) {
            return true; // a nickname between the parts of a name: Mike “Bulldog” Harlan
        }
        String prev = t.get(pi).lower();
        boolean lead = in(t.get(pi), TITLE_LEADS) || prev.endsWith("’s") || prev.endsWith("'s")
                || prev.endsWith("s’");
        if (!lead) {
            return false;
        }
        int n = 0;
        int k = 0;
        int len = words.length();
        while (k < len) {
            while (k < len && !Character.isLetterOrDigit(words.charAt(k))) {
                k++;
            }
            int ws = k;
            while (k < len && !Texts.isSpace(words.charAt(k))) {
                k++;
            }
            if (ws >= len) {
                break;
            }
            n++;
            if (k - ws > 3 && !Character.isUpperCase(words.charAt(ws)) && !Character.isDigit(words.charAt(ws))) {
                return false;
            }
            if (n > 10) {
                return false;
            }
        }
        return n > 0 && n <= 10 && Character.isUpperCase(words.charAt(0))
                && (pi == i - 1 || !in(t.get(pi), TITLE_LEADS) || prev.length() > 3);
    }

    /** A quote is full when it opens its sentence, follows a colon or comma, or a cue verb. */
    private static boolean isPartial(Tokens t, int from, int i, String words) {
        if (from >= i) {
            return false;
        }
        Token prev = t.get(i - 1);
        if (prev.isPunct(':') || prev.isPunct(',') || prev.isPunct('\u2014') || prev.isPunct('\u2013')
                || prev.isPunct('-') && i >= 2 && t.get(i - 2).end() < prev.start()) {
            return false;
        }
        boolean sentence = !words.isEmpty() && Character.isUpperCase(words.charAt(0))
                && ".?!,".indexOf(words.charAt(words.length() - 1)) >= 0;
        if (sentence && prev.isWord() && prev.lastChar() == '.') {
            return false; // "…,” said Sen. Marla Quist, R-Neb. “Maybe not.”"
        }
        if (sentence && prev.isWord() && (in(prev, CUE_VERBS)
                || in(prev, CUE_PARTICIPLES) || in(prev, LISTENERS))) {
            return false;
        }
        return true;
    }

    /** {@return where the sentence holding token {@code i} starts} */
    private static int sentenceStart(Tokens t, int i) {
        int k = i - 1;
        int stop = Math.max(-1, i - 1 - REACH);
        while (k > stop) {
            Token tok = t.get(k);
            if (tok.isPunct('.') || tok.isPunct('?') || tok.isPunct('!') || tok.isPunct(';')) {
                break;
            }
            if (tok.isQuote() && endsSentence(tok) && k + 1 < t.size()
                    && (t.get(k + 1).isQuote() || t.get(k + 1).capitalized())) {
                break;
            }
            k--;
        }
        return k + 1;
    }

    private static boolean endsSentence(Token quote) {
        return quote.hasText() && ".?!".indexOf(quote.lastChar()) >= 0;
    }

    /** {@return where the stretch after token {@code i} ends: a full stop or the next quote} */
    private static int sentenceEnd(Tokens t, int i) {
        int k = i + 1;
        int stop = Math.min(t.size(), i + 1 + REACH);
        while (k < stop) {
            Token tok = t.get(k);
            if (tok.isPunct('.') || tok.isPunct('?') || tok.isPunct('!') || tok.isPunct(';')
                    || tok.isQuote()) {
                break;
            }
            k++;
        }
        return k;
    }

    // ---------------------------------------------------------------- after the quote

    private Optional<Hit> after(Tokens t, int from, int to, boolean unknownVerbs) {
        int k = from;
        while (k < to && t.get(k).kind() == QuoteTokens.Kind.PUNCT
                && ",\u2014\u2013-)\u201D\"'\u2019".indexOf(t.get(k).firstChar()) >= 0) {
            k++;
        }
        if (k >= to || !t.get(k).isWord()) {
            return Optional.empty();
        }
        String w = t.get(k).capitalized() ? "" : t.get(k).lower();
        if (w.equals("according") && k + 1 < to && t.get(k + 1).lower().equals("to")) {
            Optional<Speaker> s = according(t, k + 2, to, true);
            Span cue = span(t, k, k + 2);
            return s.map(sp -> new Hit(Optional.of(sp), cue));
        }
        boolean unknownInverted = unknownVerbs && w.length() > 4 && w.endsWith("ed")
                && k + 1 < to && t.get(k + 1).capitalized();
        boolean reads = (w.equals("read") || w.equals("reads")) && k + 1 < to
                && (in(t.get(k + 1), DETERMINERS) || t.get(k + 1).capitalized());
        boolean finiteCue = !t.get(k).capitalized() && in(t.get(k), CUE_VERBS);
        if (finiteCue || unknownInverted || reads) {
            int cueEnd = cueEnd(t, k, to);
            Optional<Speaker> s = npAfter(t, cueEnd, to, true);
            if (unknownInverted && !finiteCue) {
                s = s.filter(x -> x.kind() == Kind.NAME);
            }
            if (s.isPresent()) {
                return Optional.of(new Hit(s, span(t, k, cueEnd)));
            }
            return Optional.empty();
        }
        int limit = Math.min(to, k + MAX_SPEAKER_WORDS + 6);
        for (int c = k + 1; c < limit; c++) {
            Token tok = t.get(c);
            if (!tok.isWord()) {
                if (tok.isPunct(',') || tok.isPunct('\u2019') || tok.isPunct('\'')
                        || tok.isPunct('(') || tok.isPunct(')')) {
                    continue;
                }
                return Optional.empty();
            }
            String lw = tok.lower();
            if (in(tok, CUE_VERBS) && (!tok.capitalized() || t.get(c - 1).isPunct(','))) {
                int cueEnd = cueEnd(t, c, to);
                if (t.get(c - 1).isPunct(',') && in(tok, INVERTING_CUES)) {
                    // "“…” in the last election, said economist Irene Kowalski."
                    Optional<Speaker> inverted = npAfter(t, cueEnd, to, true);
                    if (inverted.isPresent()) {
                        return Optional.of(new Hit(inverted, span(t, c, cueEnd)));
                    }
                }
                Optional<Speaker> s = subject(t, k, c, true);
                if (s.isPresent() && s.get().whole().start() == firstWordStart(t, k, c)) {
                    return Optional.of(new Hit(s, span(t, c, cueEnd(t, c, to))));
                }
                return Optional.empty();
            }
            if (unknownVerbs && !tok.capitalized() && (lw.endsWith("ed") || lw.endsWith("s"))
                    && lw.length() > 3 && (c + 1 == to || !t.get(c + 1).isWord()
                    || in(t.get(c + 1), PREPOSITIONS))) {
                // "“…,” an irritated Walt Pryor grumbled.": a speech verb we do not list
                Optional<Speaker> s = subject(t, k, c, true);
                if (s.isPresent() && (s.get().kind() != Kind.DESCRIPTION || in(tok, DOCUMENT_VERBS))
                        && s.get().whole().start() == firstWordStart(t, k, c)) {
                    return Optional.of(new Hit(s, span(t, c, c + 1)));
                }
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- before the quote

    private Optional<Hit> before(Tokens t, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            Token tok = t.get(k);
            if (!tok.isWord()) {
                continue;
            }
            String w = tok.lower();
            if (w.equals("according") && k + 1 < to && t.get(k + 1).lower().equals("to")) {
                return Optional.of(new Hit(according(t, k + 2, to, false), span(t, k, k + 2)));
            }
            boolean lower = !tok.capitalized();
            if (lower && (w.equals("put") || w.equals("puts")) && k + 1 < to
                    && t.get(k + 1).lower().equals("it")) {
                Optional<Speaker> s = subject(t, from, k, false);
                return Optional.of(new Hit(s, span(t, k, k + 2)));
            }
            boolean finite = lower && (in(tok, CUE_VERBS) || in(tok, PARTICLE_VERBS)
                    && k + 1 < to && in(t.get(k + 1), CUE_PARTICLES)
                    && !w.startsWith("call")) && !isAdjectival(t, k);
            boolean participle = lower && in(tok, CUE_PARTICIPLES);
            if (!finite && !participle) {
                continue;
            }
            String prevWord = k > from ? t.get(k - 1).lower() : "";
            if (k > from && in(t.get(k - 1), MODALS)) {
                continue; // "voters should ask": not a report of speech
            }
            if (finite && k > from && in(t.get(k - 1), PASSIVE_LEADS) && w.endsWith("ed")) {
                continue; // "when asked", "was told"
            }
            int cueEnd = cueEnd(t, k, to);
            Span cue = span(t, k, cueEnd);
            if (finite && (prevWord.equals("to") || prevWord.equals("and") || prevWord.equals("but"))) {
                // "stood up to say", "left the room and said": the clause's subject
                Optional<Speaker> s = mainSubject(t, sentenceStart(t, k), k);
                return Optional.of(new Hit(s, cue));
            }
            if (participle && !(k > from && (t.get(k - 1).lower().equals("as")
                    || t.get(k - 1).lower().equals("was") || t.get(k - 1).lower().equals("were")))) {
                if (k > from && t.get(k - 1).isWord() && !t.get(k - 1).lower().equals("and")
                        && !t.get(k - 1).lower().equals("by")) {
                    // "with the coach yelling": the phrase right before the participle
                    Optional<Speaker> d = subject(t, from, k, false);
                    if (d.isPresent() && d.get().kind() != Kind.DESCRIPTION) {
                        return Optional.of(new Hit(d, cue));
                    }
                }
                Optional<Speaker> s = earlierCueSubject(t, from, k);
                if (s.isEmpty()) {
                    s = mainSubjectNear(t, k);
                }
                return Optional.of(new Hit(s, cue));
            }
            Optional<Speaker> s = subject(t, from, k, false);
            if (s.isEmpty() && in(tok, INVERTING_CUES)) {
                s = npAfter(t, cueEnd, to, false);
            }
            if (s.isEmpty()) {
                s = mainSubject(t, sentenceStart(t, k), k);
            }
            return Optional.of(new Hit(s, cue));
        }
        return Optional.empty();
    }

    /**
     * The source after "according to": a person or body, or the author of a document ("a
     * statement from the ministry" gives "the ministry").
     */
    private Optional<Speaker> according(Tokens t, int from, int to, boolean appositive) {
        Optional<Speaker> s = npAfter(t, from, to, appositive);
        if (s.isPresent() && s.get().kind() == Kind.DESCRIPTION) {
            int e = from;
            while (e < to && t.get(e).end() <= s.get().head().end()) {
                e++;
            }
            if (e + 1 < to && in(t.get(e - 1), DOCUMENTS)
                    && (t.get(e).lower().equals("from") || t.get(e).lower().equals("by"))) {
                Optional<Speaker> author = npAfter(t, e + 1, to, appositive);
                if (author.isPresent()) {
                    return author;
                }
            }
        }
        return s;
    }

    /** "the so-called", "an elected official": a past participle used as an adjective. */
    private static boolean isAdjectival(Tokens t, int k) {
        if (k == 0) {
            return false;
        }
        String prev = t.get(k - 1).lower();
        return prev.equals("the") || prev.equals("a") || prev.equals("an") || prev.equals("been")
                || prev.equals("be") || prev.equals("being");
    }

    /** Where a cue ends: "told reporters", "calling on", "according to". */
    private static int cueEnd(Tokens t, int k, int to) {
        int e = k + 1;
        String w = t.get(k).lower();
        if (e < to && t.get(e).isWord()) {
            if ((w.equals("told") || w.equals("tells") || w.equals("telling") || w.equals("tell"))
                    && in(t.get(e), LISTENERS)) {
                return e + 1;
            }
            if (in(t.get(k), PARTICLE_VERBS) && in(t.get(e), CUE_PARTICLES)) {
                return e + 1;
            }
        }
        return e;
    }

    // ---------------------------------------------------------------- noun phrases

    /**
     * The subject right before a cue verb at {@code cue}: the last comma-separated segment, with a
     * name-plus-appositive pair ("Smith, a Republican, said") taken whole.
     */
    private Optional<Speaker> subject(Tokens t, int from, int cue, boolean strictStart) {
        int end = skipParenBack(t, from, cue);
        if (end > from && t.get(end - 1).isPunct(',')) {
            end = skipParenBack(t, from, end - 1);
        }
        int segStart = segmentStart(t, from, end);
        int[] s = trim(t, segStart, end);
        boolean afterComma = segStart - 1 > from && t.get(segStart - 1).isPunct(',');
        if (afterComma && segStart < end) {
            Token first = t.get(segStart);
            boolean skip = s[0] >= s[1] || (isNumber(t.get(s[0])) && s[1] - s[0] == 1)
                    || in(first, RELATIVES)
                    || in(first, PREPOSITIONS) && !hasRelative(t, segStart, end);
            int ownStart = s[0] < s[1] && in(t.get(s[0]), RELATIVES) ? s[0] + 1 : s[0];
            if (skip && (in(first, PREPOSITIONS) || in(first, RELATIVES))
                    && ownStart < s[1]) {
                // "…, while rival Glen Park said", "…, with Sen. Orla Quinn calling", "…, whom the coach called":
                // a clause with its own subject
                Optional<Speaker> own = phrase(t, ownStart, s[1], -1, -1);
                Token head = t.get(ownStart);
                boolean subjectLike = !in(first, RELATIVES) || head.capitalized()
                        || in(head, DETERMINERS) || in(head, PRONOUNS);
                if (own.isPresent() && subjectLike && (own.get().kind() != Kind.DESCRIPTION
                        || in(first, RELATIVES))) {
                    return own;
                }
            }
            if (skip) {
                // "Smith, 45, said", "Smith, who …, said", "Smith, after a moment, said"
                int pe = skipParenBack(t, from, segStart - 1);
                int ps = segmentStart(t, from, pe);
                int[] r = trim(t, ps, pe);
                if (ps - 1 > from && t.get(ps - 1).isPunct(',') && r[0] < r[1] && isAppositive(t, r[0])) {
                    return pair(t, from, ps, r);
                }
                return phrase(t, r[0], r[1], -1, -1);
            }
            if (s[0] < s[1] && (isAppositive(t, s[0]) || !t.get(s[1] - 1).capitalized())) {
                Optional<Speaker> p = pair(t, from, segStart, s);
                if (p.isPresent()) {
                    return p;
                }
            } else if (s[0] < s[1] && t.get(s[0]).capitalized() && t.get(s[1] - 1).capitalized()) {
                // "the defendant's lawyer, Marcy Holloway, said": a description, then the name
                int pe = segStart - 1;
                int ps = segmentStart(t, from, pe);
                if (ps < pe && pe - ps <= 6 && (in(t.get(ps), DETERMINERS)
                        || isPossessive(t.get(ps)))
                        && !in(t.get(pe - 1), TIME_NOUNS)) {
                    Optional<Speaker> p = phrase(t, ps, pe, s[0], s[1]);
                    if (p.isPresent() && p.get().kind() == Kind.NAME) {
                        return p;
                    }
                }
            }
        }
        for (int j = s[1] - 2; j > s[0]; j--) {
            String w = t.get(j).lower();
            if (!t.get(j).capitalized() && (in(t.get(j), RELATIVES) || w.equals("what")
                    || in(t.get(j), CLAUSE_OPENERS))) {
                // "… the plan, what she called", "… laughed as he thanked"
                Optional<Speaker> tail = phrase(t, j + 1, s[1], -1, -1);
                if (tail.isPresent()) {
                    return tail;
                }
                break;
            }
        }
        Optional<Speaker> sp = phrase(t, s[0], s[1], -1, -1);
        if (sp.isEmpty() && !strictStart) {
            // "officials said the report showed what critics called": take the words after the
            // last verb-like word
            for (int k = s[1] - 1; k > s[0]; k--) {
                if (t.get(k).isWord() && (in(t.get(k), SUBJECT_ENDERS)
                        || in(t.get(k), CUE_VERBS))) {
                    int[] r = trim(t, k + 1, s[1]);
                    return phrase(t, r[0], r[1], -1, -1);
                }
            }
        }
        return sp;
    }

    private static boolean hasRelative(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (in(t.get(k), RELATIVES)) {
                return true;
            }
        }
        return false;
    }

    /** A name and its appositive: "Smith, a Republican", with the appositive at {@code app}. */
    private Optional<Speaker> pair(Tokens t, int from, int appSegStart, int[] app) {
        int pe = skipParenBack(t, from, appSegStart - 1);
        int ps = segmentStart(t, from, pe);
        int[] r = trim(t, ps, pe);
        if (r[0] < r[1] && t.get(r[1] - 1).capitalized() && r[1] - r[0] <= 6) {
            return phrase(t, r[0], r[1], app[0], app[1]);
        }
        return Optional.empty();
    }

    /** {@return the end of a stretch with a parenthesis before {@code end} left out} */
    private static int skipParenBack(Tokens t, int from, int end) {
        if (end - 1 > from && t.get(end - 1).isPunct(')')) {
            for (int k = end - 2; k >= from && k >= end - 12; k--) {
                if (t.get(k).isPunct('(')) {
                    return k;
                }
            }
        }
        return end;
    }

    private static int firstWordStart(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).isWord()) {
                return t.get(k).start();
            }
        }
        return -1;
    }

    private static boolean isAppositive(Tokens t, int k) {
        Token tok = t.get(k);
        if (!tok.isWord()) {
            return false;
        }
        String w = tok.lower();
        if (in(tok, PRONOUNS, RELATIVES, CLAUSE_LEADERS)) {
            return false;
        }
        return in(tok, DETERMINERS) || !tok.capitalized() || Character.isDigit(w.charAt(0));
    }

    /** {@return the first token of the segment ending at {@code end}} */
    private static int segmentStart(Tokens t, int from, int end) {
        int k = end - 1;
        while (k >= from) {
            Token tok = t.get(k);
            if (tok.isQuote() || (tok.kind() == QuoteTokens.Kind.PUNCT
                    && ",;:\u2014\u2013()[]\"".indexOf(tok.firstChar()) >= 0)) {
                break;
            }
            k--;
        }
        return k + 1;
    }

    /** Drops leading conjunctions and trailing adverbs and auxiliaries from a subject. */
    private static int[] trim(Tokens t, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (!t.get(s).isWord() || in(t.get(s), CLAUSE_LEADERS)
                || in(t.get(s), PREPOSITIONS) && s + 1 < e)) {
            s++;
        }
        while (e > s && (!t.get(e - 1).isWord() || in(t.get(e - 1), SUBJECT_TRAILERS)
                || !t.get(e - 1).capitalized() && t.get(e - 1).lower().endsWith("ly")
                || isNumber(t.get(e - 1)) && e - 2 >= s && isMonth(t.get(e - 2)))) {
            if (isNumber(t.get(e - 1))) {
                e--; // "on Nov. 2"
            }
            e--;
        }
        return new int[] {s, e};
    }

    private static boolean isNumber(Token t) {
        return t.isWord() && Character.isDigit(t.firstChar());
    }

    private static boolean isMonth(Token t) {
        String w = t.lower();
        return w.startsWith("jan") || w.startsWith("feb") || w.startsWith("mar") || w.startsWith("apr")
                || w.equals("may") || w.startsWith("jun") || w.startsWith("jul") || w.startsWith("aug")
                || w.startsWith("sep") || w.startsWith("oct") || w.startsWith("nov") || w.startsWith("dec");
    }

    /** The speaker after an inverted cue: "said the deputy director", "said Kim, vice minister…". */
    private Optional<Speaker> npAfter(Tokens t, int from, int to, boolean appositive) {
        int k = from;
        while (k < to && t.get(k).isWord() && (in(t.get(k), TIME_WORDS)
                || !t.get(k).capitalized() && t.get(k).lower().endsWith("ly"))) {
            k++; // "said Tuesday", "said pleasantly"
        }
        int hs = k;
        if (k < to && (in(t.get(k), PREPOSITIONS) || in(t.get(k), SPEAKER_STOPS))) {
            return Optional.empty();
        }
        while (k < to && t.get(k).isWord() && !in(t.get(k), SPEAKER_STOPS)
                && k - hs < MAX_SPEAKER_WORDS) {
            k++;
        }
        int he = k;
        if (hs >= he) {
            return Optional.empty();
        }
        int as = -1;
        int ae = -1;
        if (appositive && k < to && t.get(k).isPunct(',') && k + 1 < to && !t.get(he - 1).capitalized()
                && t.get(k + 1).capitalized() && !in(t.get(k + 1), PRONOUNS)) {
            // "said Smith's lawyer, John Doe": the name after a description
            int j = k + 1;
            while (j < to && t.get(j).capitalized() && j - k <= 5) {
                j++;
            }
            if (j == to || !t.get(j).isWord()) {
                Optional<Speaker> named = phrase(t, hs, he, k + 1, j);
                if (named.isPresent() && named.get().kind() == Kind.NAME) {
                    return named;
                }
            }
        }
        if (appositive && k < to && t.get(k).isPunct(',') && k + 1 < to && isAppositive(t, k + 1)
                && !in(t.get(k + 1), SPEAKER_STOPS)) {
            int j = k + 1;
            while (j < to && !t.get(j).isQuote() && !(t.get(j).kind() == QuoteTokens.Kind.PUNCT
                    && ",;:\u2014\u2013()".indexOf(t.get(j).firstChar()) >= 0)
                    && j - k <= 2 * MAX_SPEAKER_WORDS) {
                j++;
            }
            int[] r = trimEndPunct(t, k + 1, j);
            as = r[0];
            ae = r[1];
            if (ae - as == 1 && isNumber(t.get(as)) && j + 1 < to && t.get(j).isPunct(',')
                    && isAppositive(t, j + 1) && !in(t.get(j + 1), SPEAKER_STOPS)) {
                // "Mary Jones, 62, a retired teacher": the age, then the descriptor
                int j2 = j + 1;
                while (j2 < to && !t.get(j2).isQuote() && !(t.get(j2).kind() == QuoteTokens.Kind.PUNCT
                        && ",;:\u2014\u2013()".indexOf(t.get(j2).firstChar()) >= 0)
                        && j2 - j <= 2 * MAX_SPEAKER_WORDS) {
                    j2++;
                }
                int[] r2 = trimEndPunct(t, j + 1, j2);
                Optional<Speaker> sp = phrase(t, hs, he, r2[0], r2[1]);
                return sp.map(x -> new Speaker(new Span(x.whole().start(), x.whole().end()), x.kind(),
                        x.name(), x.head(), x.descriptor()));
            }
        }
        return phrase(t, hs, he, as, ae);
    }

    private static int[] trimEndPunct(Tokens t, int s, int e) {
        int end = e;
        while (end > s && !t.get(end - 1).isWord()) {
            end--;
        }
        return new int[] {s, end};
    }

    /**
     * The speaker of a finite cue earlier in the sentence, for a participle that follows it
     * ("…, Lydia Crane said, adding, “…”").
     */
    private Optional<Speaker> earlierCueSubject(Tokens t, int from, int k) {
        int start = sentenceStart(t, k);
        for (int j = k - 1; j > start; j--) {
            Token tok = t.get(j);
            if (tok.isQuote()) {
                break;
            }
            if (tok.isWord() && !tok.capitalized() && in(tok, INVERTING_CUES)) {
                Optional<Speaker> s = subject(t, start, j, false);
                if (s.isEmpty()) {
                    s = npAfter(t, j + 1, k, false);
                }
                return s;
            }
            if (tok.isWord() && !tok.capitalized() && in(tok, CUE_PARTICIPLES)
                    && j - 1 > start && t.get(j - 1).isWord()) {
                // "with the senator posting … and asking": the subject of the first participle
                Optional<Speaker> s = subject(t, start, j, false);
                if (s.isPresent() && s.get().kind() != Kind.DESCRIPTION) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The subject for a participle at {@code k}: of the clause since the last quote before it
     * ("“S1,” he said, adding, “S2”"), else of the sentence's main clause.
     */
    private Optional<Speaker> mainSubjectNear(Tokens t, int k) {
        int start = sentenceStart(t, k);
        for (int j = k - 1; j > start; j--) {
            if (t.get(j).isQuote()) {
                Optional<Speaker> s = mainSubject(t, j + 1, k);
                if (s.isPresent()) {
                    return s;
                }
                break;
            }
        }
        return mainSubject(t, start, k);
    }

    /**
     * The subject of a sentence's main clause, for a participle cue ("North Korea rejected the
     * report, calling …"): the first segment that is not an introductory phrase, up to its verb.
     */
    private Optional<Speaker> mainSubject(Tokens t, int from, int to) {
        int k = from;
        while (k < to) {
            int segEnd = k;
            while (segEnd < to && !(t.get(segEnd).isPunct(',') || t.get(segEnd).isQuote()
                    || t.get(segEnd).isPunct('\u2014') || t.get(segEnd).isPunct(':'))) {
                segEnd++;
            }
            int s = k;
            while (s < segEnd && !t.get(s).isWord()) {
                s++;
            }
            if (s < segEnd && !isIntro(t.get(s)) && !isTimePhrase(t, s, segEnd)) {
                int e = s;
                while (e < segEnd && t.get(e).isWord() && !isVerbLike(t.get(e), e == s)
                        && !(e > s && isPresentVerb(t.get(e), t.get(e - 1)))
                        && e - s < MAX_SPEAKER_WORDS) {
                    e++;
                }
                if (e > s && (e < segEnd || segEnd < to && t.get(segEnd).isPunct(','))) {
                    Optional<Speaker> sp = phrase(t, s, e, -1, -1);
                    if (sp.isPresent() || e < segEnd) {
                        return sp;
                    }
                }
            }
            k = segEnd + 1;
        }
        return Optional.empty();
    }

    /** "Twenty years ago", "Two days later": a time phrase before a sentence's subject. */
    private static boolean isTimePhrase(Tokens t, int s, int e) {
        String last = t.get(e - 1).lower();
        return e - s <= 4 && (last.equals("ago") || last.equals("later") || last.equals("earlier")
                || in(t.get(e - 1), TIME_NOUNS));
    }

    /** "Section 4 requires", "Smith warns": a present-tense verb after a name or number. */
    private static boolean isPresentVerb(Token tok, Token prev) {
        String w = tok.lower();
        return !tok.capitalized() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("’s") && !w.endsWith("'s")
                && (prev.capitalized() || Character.isDigit(prev.firstChar()));
    }

    private static boolean isIntro(Token tok) {
        if (!tok.isWord()) {
            return true;
        }
        String w = tok.lower();
        if (in(tok, INTRO_WORDS)) {
            return true;
        }
        return tok.capitalized() && (w.endsWith("ed") || w.endsWith("ing")) && w.length() > 4;
    }

    private static boolean isVerbLike(Token tok, boolean first) {
        String w = tok.lower();
        if (!first && !tok.capitalized() && w.length() > 4 && w.endsWith("ly")) {
            return true; // "The mayor angrily rejected"
        }
        if (in(tok, SUBJECT_ENDERS, CUE_VERBS, CUE_PARTICIPLES)) {
            return true;
        }
        return !first && !tok.capitalized() && w.length() > 4 && w.endsWith("ed");
    }

    /**
     * Checks a speaker phrase and splits it into name, title and appositive.
     *
     * @param hs head start token, he head end token (exclusive)
     * @param as appositive start token or -1, ae appositive end
     */
    private Optional<Speaker> phrase(Tokens t, int hs, int he, int as, int ae) {
        if (hs >= he || he - hs > MAX_SPEAKER_WORDS) {
            return Optional.empty();
        }
        for (int k = hs; k < he; k++) {
            Token tok = t.get(k);
            if (tok.isQuote()) {
                return Optional.empty();
            }
            if (!tok.isWord() && ",;:?!()[]\"\u201C\u201D\u2014\u2013".indexOf(tok.firstChar()) >= 0) {
                return Optional.empty();
            }
        }
        Token first = t.get(hs);
        if (!first.isWord()) {
            return Optional.empty();
        }
        String fw = first.lower();
        int words = he - hs;
        Span head = span(t, hs, he);
        Span whole = as >= 0 && ae > as ? new Span(head.start(), t.get(ae - 1).end()) : head;
        Optional<Span> app = as >= 0 && ae > as ? Optional.of(span(t, as, ae)) : Optional.empty();
        if (words == 1 && in(first, PRONOUNS)) {
            return Optional.of(new Speaker(whole, Kind.PRONOUN, Optional.empty(), head, app));
        }
        if (in(first, PRONOUNS, RELATIVES) || in(first, CLAUSE_LEADERS)
                && !in(first, DETERMINERS)) {
            return Optional.empty();
        }
        if (!first.capitalized() && !in(first, DETERMINERS)
                && in(first, SUBJECT_ENDERS, CUE_VERBS, CUE_PARTICIPLES, PREPOSITIONS)) {
            return Optional.empty(); // "was the radio host …", "in a statement"
        }
        for (int k = hs + 1; k < he; k++) {
            String w = t.get(k).lower();
            if (t.get(k).capitalized()) {
                continue;
            }
            if (in(t.get(k), CUE_VERBS, CUE_PARTICIPLES)
                    || (in(t.get(k), SUBJECT_ENDERS) && !w.equals("who"))) {
                return Optional.empty();
            }
        }
        boolean capital = first.capitalized() || Character.isDigit(fw.charAt(0));
        if (!capital && !in(first, DETERMINERS) && words > 4 && !t.get(he - 1).capitalized()) {
            return Optional.empty();
        }
        Token last = t.get(he - 1);
        if (last.capitalized()) {
            int r = he - 1;
            while (r - 1 >= hs && (t.get(r - 1).capitalized() || isConnector(t, r - 1, hs))) {
                r--;
            }
            int n = r;
            int lastOrg = normalIn(last, ORGANISATION_WORDS) ? 1 : 0;
            while (n < he - 1 && (isTitleWord(t.get(n), n + 2 == he)
                    || n + 2 < he && isTitleWord(t.get(n + 1), n + 3 == he) && t.get(n).capitalized()
                    || in(t.get(n), DETERMINERS)
                    || isConnector(t, n, hs)) && lastOrg == 0) {
                n++;
            }
            if (in(t.get(n), DETERMINERS) && n < he - 1) {
                n++;
            }
            if (lastOrg == 0) {
                // "Acme Tool Co Chairman R.J. Dunn": the name follows the last title
                for (int j = he - 2; j > n; j--) {
                    if (t.get(j).capitalized() && isTitleWord(t.get(j), j + 2 == he)) {
                        n = j + 1;
                        break;
                    }
                }
            }
            int ne = nameEnd(t, n, he);
            Optional<Span> name = Optional.of(span(t, n, ne));
            Optional<Span> desc = app;
            if (desc.isEmpty() && n > hs) {
                int ds = hs;
                while (ds < n && (in(t.get(ds), DETERMINERS)
                        || in(t.get(ds), HONORIFICS))) {
                    ds++;
                }
                int de = n;
                while (de > ds && in(t.get(de - 1), HONORIFICS)) {
                    de--;
                }
                if (de > ds) {
                    desc = Optional.of(span(t, ds, de));
                }
            }
            return Optional.of(new Speaker(whole, Kind.NAME, name, head, desc));
        }
        if (app.isPresent() && t.get(ae - 1).capitalized() && t.get(as).capitalized()) {
            // "the group's leader, John Smith"
            return Optional.of(new Speaker(whole, Kind.NAME, app, head, Optional.of(head)));
        }
        return Optional.of(new Speaker(whole, Kind.DESCRIPTION, Optional.empty(), head, app));
    }

    private static boolean isTitleWord(Token tok, boolean lastButOne) {
        return in(tok, TITLES) && !(lastButOne && in(tok, NAME_TITLES));
    }

    /**
     * {@return where a name ends: before "of" when two words or more stand before it and none
     * names an organisation ("Dora Quint of Halsey Brothers"; but "Bank of the West")}
     */
    private static int nameEnd(Tokens t, int n, int he) {
        for (int j = n + 2; j < he - 1; j++) {
            if (t.get(j).lower().equals("of")) {
                for (int k = n; k < j; k++) {
                    if (normalIn(t.get(k), ORGANISATION_WORDS)) {
                        return he;
                    }
                }
                return j;
            }
        }
        return he;
    }

    private static boolean isConnector(Tokens t, int k, int min) {
        if (k <= min || k + 1 >= t.size()) {
            return false;
        }
        int len = t.end(k) - t.start(k);
        // every connector is a word of two or three letters: test the cheap things first
        if (len < 2 || len > 3 || t.capitalized(k) || !t.capitalized(k - 1)
                || !t.capitalized(k + 1)) {
            return false;
        }
        return in(t.get(k), NAME_CONNECTORS);
    }

    private static Span span(Tokens t, int from, int to) {
        return new Span(t.get(from).start(), t.get(to - 1).end());
    }

}
