package io.github.wireparse.internal.quote;

import static io.github.wireparse.internal.quote.Lexicon.WordList.*;
import static io.github.wireparse.internal.quote.Lexicon.in;
import static io.github.wireparse.internal.quote.Sentences.REACH;
import static io.github.wireparse.internal.quote.Sentences.firstWordStart;
import static io.github.wireparse.internal.quote.Sentences.sentenceEnd;
import static io.github.wireparse.internal.quote.Sentences.sentenceStart;
import static io.github.wireparse.internal.quote.Sentences.span;
import static io.github.wireparse.internal.quote.SpeakerPhrases.MAX_WORDS;
import static io.github.wireparse.internal.quote.SpeakerPhrases.mainSubject;
import static io.github.wireparse.internal.quote.SpeakerPhrases.mainSubjectNear;
import static io.github.wireparse.internal.quote.SpeakerPhrases.npAfter;
import static io.github.wireparse.internal.quote.SpeakerPhrases.phrase;
import static io.github.wireparse.internal.quote.SpeakerPhrases.subject;

import io.github.wireparse.Paragraph;
import io.github.wireparse.Span;
import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.WordShape;
import io.github.wireparse.internal.quote.QuoteTokens.Token;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import io.github.wireparse.internal.quote.Speaker.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * the speaker of the quote after it; a quote paragraph with none of these continues the speaker
 * of the last full quote in the two paragraphs before it.</li>
 * </ol>
 * Each rule looks at a bounded number of tokens around a quote, so the work is linear in the
 * length of the story.
 */
final class Attribution {

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

    /** The paragraphs' tokens, a few at a time (see {@link TokenWindow}). */
    private final TokenWindow tokens;

    /** How many paragraphs back an unattributed quote paragraph looks for its speaker. */
    private static final int CONTINUE_PARAGRAPHS = 2;

    /** For each quote, its first and last token index in its first and last paragraph. */
    private int[] firstToken = new int[0];

    private int[] lastToken = new int[0];
    /** The names of the story, in order, collected as each paragraph is first tokenized. */
    private final List<NameRun> names = new ArrayList<>();

    private Attribution(String text, List<Paragraph> paragraphs, List<QuoteScanner.Raw> raws, int keepAllChars) {
        this.tokens = new TokenWindow(text, paragraphs, raws, keepAllChars);
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
        return attribute(text, paragraphs, raws, TokenWindow.KEEP_ALL_CHARS);
    }

    /**
     * Attributes each quotation, keeping every paragraph's tokens only when the paragraphs hold
     * at most {@code keepAllChars} characters (see {@link TokenWindow}).
     *
     * @param text         the text
     * @param paragraphs   the body paragraphs
     * @param raws         the quotations, in reading order
     * @param keepAllChars up to how many characters of paragraphs every paragraph's tokens are kept
     * @return what was found, one entry per quotation
     */
    static Result attribute(String text, List<Paragraph> paragraphs, List<QuoteScanner.Raw> raws, int keepAllChars) {
        Attribution a = new Attribution(text, paragraphs, raws, keepAllChars);
        a.firstToken = new int[raws.size()];
        a.lastToken = new int[raws.size()];
        java.util.Arrays.fill(a.firstToken, -1);
        java.util.Arrays.fill(a.lastToken, -1);
        // One pass over the paragraphs: tokenize each, note where its quotes stand and the names
        // it holds, and attribute each quote as soon as the paragraph after its last one is read.
        List<Found> found = new ArrayList<>(raws.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            Tokens t = a.tokens.get(p);
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
            NameRun.addNames(text, t, a.names);
            while (found.size() < raws.size() && raws.get(found.size()).lastParagraph() < p) {
                found.add(a.one(raws.get(found.size()), found.size()));
            }
        }
        while (found.size() < raws.size()) {
            found.add(a.one(raws.get(found.size()), found.size()));
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
            while (pq > 0
                    && q - pq < REACH
                    && found.get(pq).partial()
                    && found.get(pq).speaker().isEmpty()
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
            boolean nextPara = r.firstParagraph() == pr.lastParagraph() + 1 && a.opensParagraph(q);
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
            boolean nextPara =
                    nr.firstParagraph() == r.lastParagraph() + 1 && a.opensParagraph(q + 1) && a.opensParagraph(q);
            if (samePara || nextPara) {
                found.set(q, new Found(false, next.speaker(), next.cue(), true));
            }
        }
        // A quote paragraph with no attribution at all continues the story's last speaker: the
        // speaker of the last quote in the CONTINUE_PARAGRAPHS paragraphs before it.
        int lastSpoken = -1;
        for (int q = 0; q < raws.size(); q++) {
            Found f = found.get(q);
            QuoteScanner.Raw r = raws.get(q);
            if (!f.attributed()
                    && !f.partial()
                    && lastSpoken >= 0
                    && a.opensParagraph(q)
                    && r.firstParagraph() - raws.get(lastSpoken).lastParagraph() <= CONTINUE_PARAGRAPHS
                    && r.firstParagraph() > raws.get(lastSpoken).lastParagraph()) {
                Found prev = found.get(lastSpoken);
                found.set(q, new Found(false, prev.speaker(), prev.cue(), true));
                f = found.get(q);
            }
            if (f.speaker().isPresent() && !f.partial()) {
                lastSpoken = q;
            }
        }
        return new Result(found, a.names, a.tokens.asList());
    }

    /**
     * The attributions and the names of the story.
     *
     * @param found  one entry per quotation
     * @param names  the names written in the story outside quotes, in order
     * @param tokens each body paragraph's tokens, for the reported speech around the quotes
     */
    record Result(List<Found> found, List<NameRun> names, List<Tokens> tokens) {}

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

    /** {@return whether quote {@code q} is the first token of its first paragraph} */
    private boolean opensParagraph(int q) {
        return firstToken[q] == 0;
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
            if (e < t2.size()
                    && t2.get(e).isQuote()
                    && e > i2 + 1
                    && (t2.get(e - 1).isPunct(',') || t2.get(e - 1).isPunct(':'))) {
                int cues = 0;
                for (int j = i2 + 1; j < e; j++) {
                    Token tok = t2.get(j);
                    if (tok.isWord() && !tok.capitalized() && (in(tok, CUE_VERBS) || in(tok, CUE_PARTICIPLES))) {
                        cues++;
                    }
                }
                afterAllowed = cues > 1; // "“…!” he wrote, adding that …, “…”" keeps "he wrote"
            }
        }
        int aEnd = sentenceEnd(t2, i2);

        if (isTitle(t1, i1, words) && (partial || t1.get(i1 - 1).isPunct(',')) || partial && isTitleCase(words)) {
            return new Found(true, Optional.empty(), Optional.empty(), false);
        }
        Optional<Hit> hit = Optional.empty();
        if (partial) {
            hit = before(t1, bStart, i1);
        }
        if (hit.isEmpty() && afterAllowed) {
            hit = after(
                    t2,
                    i2 + 1,
                    aEnd,
                    !lastWords.isEmpty() && ",?!".indexOf(lastWords.charAt(lastWords.length() - 1)) >= 0);
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
                    hit = mainSubject(prev, start, end)
                            .filter(x -> x.kind() != Kind.DESCRIPTION)
                            .map(x -> new Hit(Optional.of(x), Optional.empty()));
                }
            }
        }
        boolean commaLeadIn = !partial && bStart < i1 && t1.get(i1 - 1).isPunct(',');
        if (hit.isEmpty()
                && !partial
                && bStart < i1
                && (t1.get(i1 - 1).isPunct(':') || commaLeadIn && i1 - 2 >= bStart && isPastVerb(t1.get(i1 - 2)))) {
            // "The mayor had a message: “…”": the subject of the lead-in sentence, with no cue;
            // "… - Dora Quint: “…”": the name right before the colon
            int e = i1 - 1;
            int st = e;
            while (st > bStart && t1.get(st - 1).isWord()) {
                st--;
            }
            Optional<Speaker> s = st < e && e - st <= 4
                    ? phrase(t1, st, e, -1, -1).filter(x -> x.kind() == Kind.NAME)
                    : Optional.empty();
            if (s.isEmpty()) {
                s = mainSubject(t1, bStart, i1 - 1);
            }
            if (s.isPresent()) {
                hit = Optional.of(new Hit(s, Optional.empty()));
            }
        }
        if (hit.isEmpty() && commaLeadIn) {
            // "Gov. Reyes issued a video, “…”": a named subject of the lead-in clause
            hit = mainSubject(t1, bStart, i1 - 1)
                    .filter(x -> x.kind() != Kind.DESCRIPTION)
                    .map(x -> new Hit(Optional.of(x), Optional.empty()));
        }
        if (hit.isEmpty() && !partial && i2 == t2.size() - 1 && p2 + 1 < tokens.size()) {
            // a quote box: the quote, then a paragraph "- Ann Cole."
            Tokens next = tokens.get(p2 + 1);
            if (next.size() >= 2
                    && next.size() <= MAX_WORDS
                    && (next.get(0).isPunct('-')
                            || next.get(0).isPunct('\u2014')
                            || next.get(0).isPunct('\u2013'))) {
                int e = next.size();
                while (e > 1 && !next.get(e - 1).isWord()) {
                    e--;
                }
                int c = 1;
                while (c < e && !next.get(c).isPunct(',')) {
                    c++;
                }
                Optional<Speaker> s = c < e ? phrase(next, 1, c, c + 1, e) : phrase(next, 1, e, -1, -1);
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
        return tok.isWord()
                && !tok.capitalized()
                && tok.end() - tok.start() > 4
                && tok.lower().endsWith("ed");
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
        if (pi == i - 1
                && i + 1 < t.size()
                && t.get(i - 1).capitalized()
                && t.get(i + 1).capitalized()
                && words.indexOf(' ') < 0) {
            return true; // a nickname between the parts of a name: Mike “Bulldog” Harlan
        }
        String prev = t.get(pi).lower();
        boolean lead = in(t.get(pi), TITLE_LEADS) || prev.endsWith("’s") || prev.endsWith("'s") || prev.endsWith("s’");
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
        return n > 0
                && n <= 10
                && Character.isUpperCase(words.charAt(0))
                && (pi == i - 1 || !in(t.get(pi), TITLE_LEADS) || prev.length() > 3);
    }

    /** A quote is full when it opens its sentence, follows a colon or comma, or a cue verb. */
    private static boolean isPartial(Tokens t, int from, int i, String words) {
        if (from >= i) {
            return false;
        }
        Token prev = t.get(i - 1);
        if (prev.isPunct(':')
                || prev.isPunct(',')
                || prev.isPunct('\u2014')
                || prev.isPunct('\u2013')
                || prev.isPunct('-') && i >= 2 && t.get(i - 2).end() < prev.start()) {
            return false;
        }
        boolean sentence = !words.isEmpty()
                && Character.isUpperCase(words.charAt(0))
                && ".?!,".indexOf(words.charAt(words.length() - 1)) >= 0;
        if (sentence && prev.isWord() && prev.lastChar() == '.') {
            return false; // "…,” said Sen. Marla Quist, R-Neb. “Maybe not.”"
        }
        if (sentence && prev.isWord() && (in(prev, CUE_VERBS) || in(prev, CUE_PARTICIPLES) || in(prev, LISTENERS))) {
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- after the quote

    private static Optional<Hit> after(Tokens t, int from, int to, boolean unknownVerbs) {
        int k = from;
        while (k < to
                && t.get(k).kind() == QuoteTokens.Kind.PUNCT
                && ",\u2014\u2013-)\u201D\"'\u2019".indexOf(t.get(k).firstChar()) >= 0) {
            k++;
        }
        if (k >= to || !t.get(k).isWord()) {
            return Optional.empty();
        }
        String w = t.get(k).capitalized() ? "" : t.get(k).lower();
        if (w.equals("according") && k + 1 < to && t.get(k + 1).is("to")) {
            Optional<Speaker> s = according(t, k + 2, to, true);
            Span cue = span(t, k, k + 2);
            return s.map(sp -> new Hit(Optional.of(sp), cue));
        }
        boolean unknownInverted = unknownVerbs
                && w.length() > 4
                && w.endsWith("ed")
                && k + 1 < to
                && t.get(k + 1).capitalized();
        boolean reads = (w.equals("read") || w.equals("reads"))
                && k + 1 < to
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
        int limit = Math.min(to, k + MAX_WORDS + 6);
        for (int c = k + 1; c < limit; c++) {
            Token tok = t.get(c);
            if (!tok.isWord()) {
                if (tok.isPunct(',')
                        || tok.isPunct('\u2019')
                        || tok.isPunct('\'')
                        || tok.isPunct('(')
                        || tok.isPunct(')')) {
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
            if (unknownVerbs
                    && !tok.capitalized()
                    && (lw.endsWith("ed") || lw.endsWith("s"))
                    && lw.length() > 3
                    && (c + 1 == to || !t.get(c + 1).isWord() || in(t.get(c + 1), PREPOSITIONS))) {
                // "“…,” an irritated Walt Pryor grumbled.": a speech verb we do not list
                Optional<Speaker> s = subject(t, k, c, true);
                if (s.isPresent()
                        && (s.get().kind() != Kind.DESCRIPTION || in(tok, DOCUMENT_VERBS))
                        && s.get().whole().start() == firstWordStart(t, k, c)) {
                    return Optional.of(new Hit(s, span(t, c, c + 1)));
                }
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- before the quote

    private static Optional<Hit> before(Tokens t, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            Token tok = t.get(k);
            if (!tok.isWord()) {
                continue;
            }
            String w = tok.lower();
            if (w.equals("according") && k + 1 < to && t.get(k + 1).is("to")) {
                return Optional.of(new Hit(according(t, k + 2, to, false), span(t, k, k + 2)));
            }
            boolean lower = !tok.capitalized();
            if (lower
                    && (w.equals("put") || w.equals("puts"))
                    && k + 1 < to
                    && t.get(k + 1).is("it")) {
                Optional<Speaker> s = subject(t, from, k, false);
                return Optional.of(new Hit(s, span(t, k, k + 2)));
            }
            boolean finite = lower
                    && (in(tok, CUE_VERBS)
                            || in(tok, PARTICLE_VERBS)
                                    && k + 1 < to
                                    && in(t.get(k + 1), CUE_PARTICLES)
                                    && !w.startsWith("call"))
                    && !isAdjectival(t, k);
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
            if (participle
                    && !(k > from
                            && (t.get(k - 1).is("as")
                                    || t.get(k - 1).is("was")
                                    || t.get(k - 1).is("were")))) {
                if (k > from
                        && t.get(k - 1).isWord()
                        && !t.get(k - 1).is("and")
                        && !t.get(k - 1).is("by")) {
                    // "with the coach yelling": the phrase right before the participle
                    Optional<Speaker> d = subject(t, from, k, false);
                    if (d.isPresent() && d.get().kind() != Kind.DESCRIPTION) {
                        return Optional.of(new Hit(d, cue));
                    }
                }
                Optional<Speaker> s = earlierCueSubject(t, k);
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
    private static Optional<Speaker> according(Tokens t, int from, int to, boolean appositive) {
        Optional<Speaker> s = npAfter(t, from, to, appositive);
        if (s.isPresent() && s.get().kind() == Kind.DESCRIPTION) {
            int e = from;
            while (e < to && t.get(e).end() <= s.get().head().end()) {
                e++;
            }
            if (e + 1 < to
                    && in(t.get(e - 1), DOCUMENTS)
                    && (t.get(e).is("from") || t.get(e).is("by"))) {
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
        return prev.equals("the")
                || prev.equals("a")
                || prev.equals("an")
                || prev.equals("been")
                || prev.equals("be")
                || prev.equals("being");
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

    /**
     * The speaker of a finite cue earlier in the sentence, for a participle that follows it
     * ("…, Lydia Crane said, adding, “…”").
     */
    private static Optional<Speaker> earlierCueSubject(Tokens t, int k) {
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
            if (tok.isWord()
                    && !tok.capitalized()
                    && in(tok, CUE_PARTICIPLES)
                    && j - 1 > start
                    && t.get(j - 1).isWord()) {
                // "with the senator posting … and asking": the subject of the first participle
                Optional<Speaker> s = subject(t, start, j, false);
                if (s.isPresent() && s.get().kind() != Kind.DESCRIPTION) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }
}
