package io.github.wireparse.internal.quote;

import static io.github.wireparse.internal.quote.Lexicon.WordList.CLAUSE_LEADERS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.CLAUSE_OPENERS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.CUE_PARTICIPLES;
import static io.github.wireparse.internal.quote.Lexicon.WordList.CUE_VERBS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.DETERMINERS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.DOCUMENTS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.INVERTING_CUES;
import static io.github.wireparse.internal.quote.Lexicon.WordList.LISTENERS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.MODALS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.PASSIVE_LEADS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.PREPOSITIONS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.PRONOUNS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.RELATIVES;
import static io.github.wireparse.internal.quote.Lexicon.WordList.REPORTING_VERBS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.SUBJECT_ENDERS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.SUBJECT_TRAILERS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.TIME_NOUNS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.TIME_WORDS;
import static io.github.wireparse.internal.quote.Lexicon.in;
import static io.github.wireparse.internal.quote.Sentences.REACH;
import static io.github.wireparse.internal.quote.Sentences.firstWordStart;
import static io.github.wireparse.internal.quote.SpeakerPhrases.MAX_WORDS;
import static io.github.wireparse.internal.quote.SpeakerPhrases.npAfter;
import static io.github.wireparse.internal.quote.SpeakerPhrases.subject;

import io.github.wireparse.Span;
import io.github.wireparse.internal.quote.QuoteTokens.Token;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds reported speech: the content clause a story gives to a source without quoting it whole.
 * One sentence at a time, with no full quotation in it, these patterns are tried in order:
 * <ol>
 * <li>{@code According to X, CONTENT.} and {@code CONTENT, according to X.};</li>
 * <li>{@code X said (that) CONTENT.}, with a listener ({@code X told reporters (that) …},
 * {@code X told the council that …}), a time word ({@code X said Tuesday that …}) or a short
 * prepositional phrase before {@code that} ({@code X said in a statement that …}) between cue and
 * content, and {@code CONTENT1, X said, CONTENT2.} as two segments; the cue is a reporting verb
 * that takes a clause ({@code reporting-verbs.txt}) and its subject stands right before it;</li>
 * <li>{@code CONTENT, X said.} and {@code CONTENT, said X.}</li>
 * </ol>
 * A cue after a modal ("should say"), in the passive ("was told") or inside a relative clause
 * ({@code drones that officials said had problems}) reports no clause of its own and is passed over.
 * The quoted fragments inside a content clause make it mixed speech. Each sentence is looked at
 * within {@link Sentences#REACH} tokens of each rule, so the work is linear in the story's length.
 * Stateless.
 */
final class ReportedSpeech {

    /**
     * The reporting verbs' two-word entries, by verb: "confirmed that" (a cue only before "that"),
     * an object cue with the word after its object ("urged to", "accused of"), or "+" for a verb
     * whose direct object is the content ("proposed +"). Looked up once per word, with no string
     * built.
     */
    private static final java.util.Map<String, java.util.Set<String>> TWO_WORD = twoWord();
    /** Whether an entry says a verb takes its direct object as content. */
    private static final String DIRECT_OBJECT = "+";

    private static java.util.Map<String, java.util.Set<String>> twoWord() {
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (String entry : Lexicon.words(REPORTING_VERBS)) {
            int sp = entry.indexOf(' ');
            if (sp > 0) {
                out.computeIfAbsent(entry.substring(0, sp), v -> new java.util.HashSet<>())
                        .add(entry.substring(sp + 1));
            }
        }
        java.util.Map<String, java.util.Set<String>> copy = new java.util.HashMap<>();
        out.forEach((v, words) -> copy.put(v, java.util.Set.copyOf(words)));
        return java.util.Map.copyOf(copy);
    }

    /**
     * {@return the second words of the reporting verbs' two-word entries for a verb, or null};
     * most words are ruled out with the word lists' lookup, without their lower-case string
     */
    private static java.util.@Nullable Set<String> twoWord(Token verb) {
        return Lexicon.opensTwoWordEntry(verb) ? TWO_WORD.get(verb.lower()) : null;
    }

    /** Whether the reporting verbs hold the entry "{@code verb} {@code next}". */
    private static boolean entry(Token verb, String next) {
        java.util.Set<String> words = twoWord(verb);
        return words != null && words.contains(next);
    }

    /** How far the word after an object may stand after its cue ("urged the city council to"). */
    private static final int OBJECT_WORDS = 8;
    /** A content clause needs this many words. */
    static final int MIN_WORDS = 3;
    /** How many words a tail ", X said on Tuesday." may hold after its cue. */
    private static final int TAIL_WORDS = 6;
    /** How far "that" may stand after a cue ("said in a statement on Tuesday that"). */
    private static final int THAT_REACH = 8;

    /**
     * One reported-speech clause.
     *
     * @param paragraph the paragraph's index
     * @param segments  the content's pieces, one or two
     * @param speaker   the speaker phrase, if found
     * @param cue       the cue
     * @param quotes    the raw indexes of the quotations inside the content
     */
    record Found(int paragraph, List<Span> segments, Optional<Speaker> speaker, Span cue, List<Integer> quotes) {}

    private ReportedSpeech() {}

    /**
     * Finds the reported speech of a story's body.
     *
     * @param tokens the paragraphs' tokens
     * @param full   for each raw quotation, whether it is a full quote (a sentence holding one is
     *               left to the quotation's own attribution)
     * @return what was found, in reading order
     */
    static List<Found> find(List<Tokens> tokens, boolean[] full) {
        List<Found> out = new ArrayList<>();
        for (int p = 0; p < tokens.size(); p++) {
            Tokens t = tokens.get(p);
            int s = 0;
            while (s < t.size()) {
                int e = s;
                int firstFull = -1;
                int lastFull = -1;
                // the next sentence starts after the full stop, or right after a quotation that
                // ends one ("… to my heart.” He said …")
                int next = -1;
                while (e < t.size()) {
                    // the token arrays answer for most tokens, so only quotations and the words
                    // around a full stop are made into Token objects
                    if (t.isStop(e) && !abbreviation(t, e)) {
                        break;
                    }
                    if (t.isQuote(e)) {
                        Token tok = t.get(e);
                        int q = tok.quote();
                        if (q >= 0 && q < full.length && full[q]) {
                            lastFull = e;
                            if (firstFull < 0) {
                                firstFull = e;
                            }
                        }
                        if (Sentences.endsSentence(tok)
                                && e + 1 < t.size()
                                && (t.isQuote(e + 1) || t.capitalized(e + 1))) {
                            e++;
                            next = e;
                            break;
                        }
                    }
                    e++;
                }
                if (firstFull < 0 && e - s <= 4 * REACH) {
                    sentence(t, p, s, e, out);
                } else if (firstFull > s && firstFull - s <= 4 * REACH) {
                    // "Suu Kyi said it was too early … but added, “…”": the words before the full
                    // quote, whose own attribution covers it
                    leading(t, p, s, firstFull, out);
                }
                if (lastFull >= s && e - lastFull <= 4 * REACH) {
                    afterQuote(t, p, lastFull + 1, e, out);
                }
                s = next >= 0 ? next : e + 1;
            }
        }
        return out;
    }

    /**
     * Whether a full stop at {@code e} closes an abbreviation inside the sentence ("into the U.S.
     * under the program"): a lower-case word follows it.
     */
    private static boolean abbreviation(Tokens t, int e) {
        if (!t.isPunct(e, '.') || e == 0 || e + 1 >= t.size() || !t.isWord(e - 1)) {
            return false;
        }
        Token next = t.get(e + 1);
        return next.isWord() && !next.capitalized() && Character.isLetter(next.firstChar());
    }

    /**
     * Adds the reported clause after a full quote's own attribution: {@code “…,” he said, adding
     * that the plan would fail} or {@code “…,” said Smith, who added that …}; only a participle
     * cue or a relative pronoun's cue, since the quote's attribution takes the rest.
     */
    private static void afterQuote(Tokens t, int p, int s, int e, List<Found> out) {
        List<Found> found = new ArrayList<>();
        leading(t, p, s, e, found);
        for (Found f : found) {
            boolean participle = false;
            boolean relative = false;
            for (int k = s; k < e; k++) {
                Token tok = t.get(k);
                if (tok.start() == f.cue().start()) {
                    participle = tok.isWord() && tok.lower().endsWith("ing");
                }
                if (f.speaker().isPresent()
                        && tok.start() == f.speaker().get().whole().start()
                        && tok.end() == f.speaker().get().whole().end()) {
                    relative = tok.isWord() && isRelativeSubject(tok);
                }
            }
            if (participle || relative) {
                out.add(f);
            }
        }
    }

    private static void sentence(Tokens t, int p, int s, int e, List<Found> out) {
        Optional<Found> f = according(t, p, s, e);
        if (f.isPresent()) {
            out.add(f.get());
            return;
        }
        int before = out.size();
        leading(t, p, s, e, out);
        if (out.size() == before) {
            trailing(t, p, s, e).ifPresent(out::add);
        }
    }

    // ---------------------------------------------------------------- according to

    private static Optional<Found> according(Tokens t, int p, int s, int e) {
        for (int k = s; k + 2 < e; k++) {
            if (!t.is(k, "according") || !t.is(k + 1, "to")) {
                continue;
            }
            Span cue = Sentences.span(t, k, k + 2);
            int comma = k + 2;
            while (comma < e && !t.get(comma).isPunct(',') && comma - k < MAX_WORDS + 2) {
                comma++;
            }
            if (k == s || opensAfterPunct(t, s, k)) {
                if (comma >= e || !t.get(comma).isPunct(',')) {
                    return Optional.empty();
                }
                Optional<Speaker> sp = npAfter(t, k + 2, comma, false);
                return found(t, p, List.of(new int[] {comma + 1, e}), sp, cue);
            }
            if (t.get(k - 1).isPunct(',') || isBreak(t.get(k - 1))) {
                // "…, according to X" and "… — according to the most recent data"
                Optional<Speaker> sp = npAfter(t, k + 2, Math.min(comma, e), true);
                List<int[]> parts = new ArrayList<>();
                parts.add(new int[] {s, k - 1});
                if (comma < e && t.get(comma).isPunct(',')) {
                    parts.add(new int[] {comma + 1, e});
                }
                return found(t, p, parts, sp, cue);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether a sentence is a title in title case ("Sanders Says He Will Release His Records"):
     * at least five words, every word of four letters or more capitalized, so a capitalized
     * reporting verb in it may be a cue.
     */
    private static boolean titleCase(Tokens t, int s, int e) {
        int words = 0;
        for (int j = s; j < e && j - s < REACH; j++) {
            if (t.isQuote(j)) {
                return false;
            }
            if (!t.isWord(j)) {
                continue;
            }
            words++;
            if (!t.capitalized(j) && t.end(j) - t.start(j) >= 4) {
                return false;
            }
        }
        return words >= 5;
    }

    /**
     * Whether tokens {@code [s, k)} are punctuation only ("(According to the police, …"), so a
     * phrase at {@code k} opens the sentence.
     */
    private static boolean opensAfterPunct(Tokens t, int s, int k) {
        for (int j = s; j < k; j++) {
            if (t.isWord(j) || t.isQuote(j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token is a dash or a semicolon, which set off a phrase as a comma does. */
    private static boolean isBreak(Token tok) {
        return tok.isPunct('\u2014') || tok.isPunct('\u2013') || tok.isPunct(';');
    }

    // ---------------------------------------------------------------- X said (that) CONTENT

    /**
     * Adds the reported clauses led by a cue in tokens {@code [s, e)}: after one is found, the
     * search goes on after its content ({@code supporters said …, while other voters said …}).
     */
    private static void leading(Tokens t, int p, int s, int e, List<Found> out) {
        int from = s;
        while (from < e) {
            Optional<Found> f = leadingOne(t, p, from, e, s);
            if (f.isEmpty()) {
                return;
            }
            out.add(f.get());
            List<Span> segs = f.get().segments();
            int end = segs.get(segs.size() - 1).end();
            int next = from;
            while (next < e && t.get(next).start() < end) {
                next++;
            }
            if (next <= from) {
                return;
            }
            from = next;
        }
    }

    private static Optional<Found> leadingOne(Tokens t, int p, int s, int e, int origin) {
        boolean title = titleCase(t, s, e);
        for (int k = s + 1; k < e && k - s < REACH; k++) {
            if (!t.isWord(k) || t.capitalized(k) && !title || !Lexicon.mayBeCue(t, k)) {
                continue; // neither a reporting verb, nor an entry's verb, nor an object cue
            }
            Token tok = t.get(k);
            boolean strong = in(tok, REPORTING_VERBS);
            boolean needsThat = !strong && entry(tok, "that");
            int marker = objectMarker(t, k, e);
            if (!strong && !needsThat && marker < 0) {
                if (!phrasal(t, k, e)) {
                    continue;
                }
                strong = true; // "pointed out (that) …", "made clear …"
            }
            Token prev = t.get(k - 1);
            if (prev.isPunct(',') && inverted(t, k, e).isPresent()) {
                continue; // "… short, said former governor Ed Rendell, who …": the content is before
            }
            if (strong && tok.lower().endsWith("ing")) {
                if (!prev.isPunct(',')) {
                    continue;
                }
                // "North Korea rejected the report, saying it had sent no shells": the main
                // clause's subject
                Optional<Speaker> sp = SpeakerPhrases.mainSubject(t, origin, k - 1);
                boolean particle = phrasal(t, k, e);
                int c = particle ? k + 2 : k + 1;
                if (c < e && t.get(c).isWord() && t.get(c).is("that")) {
                    c++;
                }
                if (sp.isEmpty() || c < e && t.get(c).isWord() && in(t.get(c), PREPOSITIONS)) {
                    continue;
                }
                return found(
                        t,
                        p,
                        List.<int[]>of(new int[] {c, contentEnd(t, c, e)}),
                        sp,
                        new Span(tok.start(), t.get(particle ? k + 1 : k).end()));
            }
            if (prev.isWord()
                    && (in(prev, MODALS)
                            || in(prev, PASSIVE_LEADS)
                            || prev.is("to")
                            || prev.is("the")
                            || prev.is("a")
                            || prev.is("an"))) {
                continue;
            }
            // the word the cue's subject would end at, past adverbs ("and also said")
            int lead = k - 1;
            while (lead > s
                    && t.get(lead).isWord()
                    && !t.get(lead).capitalized()
                    && in(t.get(lead), SUBJECT_TRAILERS)
                    && !in(t.get(lead), MODALS)) {
                lead--;
            }
            Token leadTok = t.get(lead);
            Optional<Speaker> sp;
            int subjectStart;
            if (leadTok.isWord() && !leadTok.capitalized() && isRelativeSubject(leadTok)) {
                // "Army Capt. Pardo, who said he would not vote": the relative pronoun
                sp = relative(t, s, lead);
                subjectStart = lead;
            } else if (leadTok.isWord() && isConjunction(leadTok) && lead > s) {
                // "Her campaign announced new support and said …": the subject of the first verb
                int r = relativeBefore(t, s, lead);
                sp = r >= 0 ? relative(t, s, r) : SpeakerPhrases.mainSubject(t, origin, lead);
                subjectStart = r >= 0 ? r : lead;
            } else {
                // "Paradis, who has been active since 25, says she …": the name before the clause
                sp = prev.isPunct(',') ? insertedRelative(t, s, k) : Optional.empty();
                subjectStart = sp.isPresent() ? k : -1;
            }
            if (subjectStart >= 0) {
                if (sp.isEmpty()) {
                    continue;
                }
                Optional<Found> f =
                        strong || needsThat ? clauseAfter(t, p, s, e, k, tok, needsThat, sp, -1) : Optional.empty();
                if (f.isEmpty() && marker >= 0) {
                    f = objectClause(t, p, e, k, marker, sp);
                }
                if (f.isPresent()) {
                    return f;
                }
                continue;
            }
            sp = subject(t, s, k, false);
            int front = sp.isEmpty() || !standsBefore(t, s, k, sp.get()) ? frontSubject(t, s, k) : -1;
            if (front >= 0) {
                // "Sandy Phillips, who lost her daughter …, in July 2012, said", "Supporters who
                // have heard from the campaign say": the noun phrase opening the sentence
                sp = subject(t, s, front, true);
                Optional<Found> f =
                        strong || needsThat ? clauseAfter(t, p, s, e, k, tok, needsThat, sp, s) : Optional.empty();
                if (f.isEmpty() && marker >= 0) {
                    f = objectClause(t, p, e, k, marker, sp);
                }
                if (f.isPresent()) {
                    return f;
                }
                continue;
            }
            if (sp.isEmpty()) {
                continue;
            }
            if (sp.get().descriptor().isPresent() && !prev.isPunct(',')) {
                // "In September, US officials said": an introductory phrase, not a name with an
                // appositive; the subject is the last segment
                int comma = k - 1;
                while (comma > s && !t.get(comma).isPunct(',')) {
                    comma--;
                }
                if (comma > s) {
                    sp = subject(t, comma + 1, k, false);
                    if (sp.isEmpty()) {
                        continue;
                    }
                }
            }
            int subjectEnd = tokenAt(t, s, k, sp.get().whole().end());
            subjectStart = tokenAt(t, s, k, sp.get().whole().start());
            if (subjectEnd < 0 || subjectStart < 0) {
                continue;
            }
            if (k - subjectEnd > 3 && !insertion(t, subjectEnd, k) && !trailers(t, subjectEnd + 1, k)) {
                continue; // the subject must stand right before its cue ("he also said")
            }
            if (subjectStart > s && t.get(subjectStart - 1).isWord() && in(t.get(subjectStart - 1), RELATIVES)) {
                continue; // "drones that officials said had problems"
            }
            Optional<Found> f = strong || needsThat
                    ? clauseAfter(t, p, s, e, k, tok, needsThat, sp, subjectStart)
                    : Optional.empty();
            if (f.isEmpty() && marker >= 0) {
                f = objectClause(t, p, e, k, marker, sp);
            }
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /**
     * The content clause after a cue at {@code k} whose subject is known: past a listener, time
     * words and "that".
     */
    private static Optional<Found> clauseAfter(
            Tokens t,
            int p,
            int s,
            int e,
            int k,
            Token tok,
            boolean needsThat,
            Optional<Speaker> sp,
            int subjectStart) {
        int c = k + 1;
        String w = tok.lower();
        boolean tell = w.equals("told") || w.equals("tell") || w.equals("tells");
        boolean listener = false;
        int cueLast = k;
        if (phrasal(t, k, e)) {
            cueLast = c; // "pointed out": the particle belongs to the cue
            c++;
        }
        if (tell && c < e && t.get(c).isWord() && in(t.get(c), LISTENERS)) {
            cueLast = c;
            c++;
            listener = true;
        } else if (tell) {
            // "told the National Post he had …", "told Ann Lee the plan …": a named listener,
            // then a clause opening with a pronoun or a determiner
            int o = c;
            if (o < e && t.get(o).isWord() && t.get(o).is("the")) {
                o++;
            }
            int names = 0;
            while (o < e && t.get(o).isWord() && t.get(o).capitalized() && names < 4) {
                o++;
                names++;
            }
            if (names > 0
                    && o < e
                    && t.get(o).isWord()
                    && !t.get(o).capitalized()
                    && (in(t.get(o), PRONOUNS) || in(t.get(o), DETERMINERS) || contracted(t.get(o)))) {
                c = o;
                listener = true;
            } else if (names > 0 && o < e && t.get(o).isPunct(',') && subjectStart > s && opensAs(t, s, subjectStart)) {
                c = o; // "As Clinton told the New York Daily News, tax relief …"
                listener = true;
            }
        }
        Span cue = new Span(tok.start(), t.get(cueLast).end());
        while (c < e && t.get(c).isWord() && in(t.get(c), TIME_WORDS)) {
            c++;
        }
        int that = -1;
        for (int j = c; j < e && j - c < THAT_REACH; j++) {
            Token x = t.get(j);
            if (x.isWord() && x.is("that")) {
                that = j;
                break;
            }
            if (!x.isWord()) {
                break;
            }
        }
        if (that < 0 && c < e && t.get(c).isWord() && in(t.get(c), PREPOSITIONS)) {
            // "said in a statement Thursday they pulled …", "said in politics it takes time": the
            // phrase belongs to the cue, the clause opens with its subject pronoun
            int j = pronounClause(t, c + 1, e, needsThat);
            if (j >= 0) {
                c = j;
            }
        }
        boolean as = subjectStart > s
                && opensAs(t, s, subjectStart)
                && c < e
                && t.get(c).isPunct(',');
        boolean bare = that < 0 && (opensClause(t, c, e) || documentSubject(t, s, k, sp.get()));
        boolean timeBeforeThat = that > c && timePhrase(t, c, that);
        if (needsThat && !as && !bare && (that < 0 || that != c && !in(t.get(c), PREPOSITIONS) && !timeBeforeThat)) {
            return Optional.empty(); // "confirmed a finding": a thing, not a clause
        }
        boolean thatTaken = false;
        if (that >= 0 && (that == c || tell || in(t.get(c), PREPOSITIONS) || timeBeforeThat)) {
            c = that + 1;
            thatTaken = true;
        } else if (tell && !listener) {
            return Optional.empty(); // "told the council": no clause without "that"
        } else if (c < e && t.get(c).isWord() && in(t.get(c), PREPOSITIONS)) {
            return Optional.empty(); // "said of the plan", "warned against"
        }
        if (c < e && t.get(c).isPunct(',') && !thatTaken && subjectStart > s && opensAs(t, s, subjectStart)) {
            // "As the Times noted, Clinton raised …": the clause after the comma
            return found(t, p, List.of(new int[] {c + 1, contentEnd(t, c + 1, e)}), sp, cue);
        }
        if (c < e && t.get(c).isPunct(',') && !thatTaken) {
            // "The plan, he said, would fail.": the two sides of the cue
            if (subjectStart - 1 > s && t.get(subjectStart - 1).isPunct(',')) {
                return found(t, p, List.of(new int[] {s, subjectStart - 1}, new int[] {c + 1, e}), sp, cue);
            }
            return Optional.empty();
        }
        int end = contentEnd(t, c, e);
        if (subordinate(t, s, k)) {
            // "If the emails show he mishandled information, aides could …": the subordinate
            // clause ends at its comma, where the main clause starts
            for (int j = c + 1; j < end; j++) {
                if (t.isPunct(j, ',')) {
                    end = j;
                    break;
                }
            }
        }
        return found(t, p, List.of(new int[] {c, end}), sp, cue);
    }

    /**
     * Whether the cue at {@code k} stands in a subordinate clause opening the sentence ("If",
     * "Although", "While", "When"; not "As", which opens a source), with no comma before it.
     */
    private static boolean subordinate(Tokens t, int s, int k) {
        int o = s;
        if (o < k && (t.is(o, "but") || t.is(o, "and"))) {
            o++;
        }
        if (o >= k || !t.isWord(o) || !in(t.get(o), CLAUSE_OPENERS) || t.is(o, "as")) {
            return false;
        }
        for (int j = o + 1; j < k; j++) {
            if (!t.isWord(j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence opens with "As" (or "But as") right before a subject at {@code subject}. */
    private static boolean opensAs(Tokens t, int s, int subject) {
        int a = subject - 1;
        if (!t.get(a).isWord() || !t.get(a).is("as")) {
            return false;
        }
        int k = s;
        while (k < a && !t.get(k).isWord()) {
            k++;
        }
        return k == a || k + 1 == a && isConjunction(t.get(k));
    }

    /**
     * The subject of a cue at {@code k} after a relative clause between commas: {@code Paradis,
     * who has been active since 25, says}; the name before the clause.
     */
    private static Optional<Speaker> insertedRelative(Tokens t, int s, int k) {
        int open = k - 2;
        while (open > s && k - open <= 2 * MAX_WORDS) {
            Token x = t.get(open);
            if (x.isQuote() || x.isPunct('.') || x.isPunct(';')) {
                return Optional.empty();
            }
            if (x.isPunct(',')) {
                break;
            }
            open--;
        }
        if (open <= s || !t.get(open).isPunct(',') || open + 2 >= k || !isRelativeSubject(t.get(open + 1))) {
            return Optional.empty();
        }
        Optional<Speaker> sp = subject(t, s, open, false);
        if (sp.isEmpty() || tokenAt(t, s, open, sp.get().whole().end()) != open - 1) {
            return Optional.empty();
        }
        return sp;
    }

    /**
     * Whether the words at {@code c} open a clause with its own subject: a subject pronoun and an
     * auxiliary or modal ("announced it had pulled out", "suggested she would").
     */
    private static boolean opensClause(Tokens t, int c, int e) {
        if (c < e && contracted(t.get(c))) {
            return true; // "announced they're pulling out"
        }
        if (c + 1 >= e
                || !t.get(c).isWord()
                || !t.get(c + 1).isWord()
                || t.get(c + 1).capitalized()) {
            return false;
        }
        return isSubjectPronoun(t.get(c)) && in(t.get(c + 1), SUBJECT_ENDERS, MODALS);
    }

    /**
     * Where a clause opening with a subject pronoun starts within a few plain words after
     * {@code from} (the rest of a prepositional phrase), or -1: with {@code strict}, the pronoun
     * must be followed by an auxiliary or modal ({@link #opensClause}); otherwise by any
     * lower-case word that does not open a phrase ("they pulled").
     */
    private static int pronounClause(Tokens t, int from, int e, boolean strict) {
        for (int j = from; j + 1 < e && j - from < THAT_REACH; j++) {
            Token x = t.get(j);
            if (!x.isWord()) {
                return -1;
            }
            if (x.capitalized() && !x.is("i")) {
                continue;
            }
            if (contracted(x) || opensClause(t, j, e)) {
                return j;
            }
            if (!strict && isSubjectPronoun(x)) {
                Token next = t.get(j + 1);
                if (next.isWord()
                        && !next.capitalized()
                        && !in(next, PREPOSITIONS)
                        && !in(next, DETERMINERS)
                        && !in(next, RELATIVES)
                        && !isConjunction(next)) {
                    return j;
                }
            }
            if (in(x, REPORTING_VERBS) || in(x, RELATIVES)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a word is a subject pronoun: "he", "she", "it", "they", "we", "I". */
    private static boolean isSubjectPronoun(Token x) {
        return isSubjectPronoun(x.lower());
    }

    /** Whether a lower-case word is a subject pronoun: "he", "she", "it", "they", "we", "i". */
    private static boolean isSubjectPronoun(String w) {
        return w.equals("he")
                || w.equals("she")
                || w.equals("it")
                || w.equals("they")
                || w.equals("we")
                || w.equals("i");
    }

    /**
     * Whether a word is a subject pronoun with its auxiliary joined on: "he's", "they're",
     * "she'd", "we'll", "I'm", "they've".
     */
    private static boolean contracted(Token x) {
        if (!x.isWord()) {
            return false;
        }
        String w = x.lower().replace('\u2019', '\'');
        int a = w.indexOf('\'');
        if (a <= 0 || a != w.lastIndexOf('\'')) {
            return false;
        }
        String tail = w.substring(a + 1);
        boolean aux = tail.equals("s")
                || tail.equals("re")
                || tail.equals("d")
                || tail.equals("ll")
                || tail.equals("m")
                || tail.equals("ve");
        String head = w.substring(0, a);
        return aux && isSubjectPronoun(head);
    }

    /**
     * Whether a speaker is a document ("a poll shows Sanders leading", "the study found …"),
     * whose verb takes its content with no "that".
     */
    private static boolean documentSubject(Tokens t, int s, int k, Speaker sp) {
        int h = tokenAt(t, s, k, sp.head().end());
        return h >= 0 && t.get(h).isWord() && in(t.get(h), DOCUMENTS);
    }

    /**
     * The word after the object of an object cue at {@code k} ({@code urged the council to},
     * {@code accused him of}): within a few words of plain words, or -1.
     */
    private static int objectMarker(Tokens t, int k, int e) {
        java.util.Set<String> words = twoWord(t.get(k));
        if (words == null) {
            return -1;
        }
        if (k + 2 < e && t.get(k + 1).isWord() && words.contains(DIRECT_OBJECT)) {
            return k; // "proposed a $1 billion fund": the object is the content
        }
        for (int j = k + 1; j + 1 < e && j - k <= OBJECT_WORDS; j++) {
            Token x = t.get(j);
            if (!x.isWord()) {
                return -1;
            }
            String w = x.lower();
            if ((w.equals("to")
                            || w.equals("of")
                            || w.equals("for")
                            || w.equals("as")
                            || w.equals("about")
                            || w.equals("whether")
                            || w.equals("if"))
                    && words.contains(w)) {
                Token next = t.get(j + 1);
                boolean question = w.equals("whether") || w.equals("if");
                boolean verb = next.isWord() && (!next.capitalized() || question);
                // "vowed to defend", "urged the council to act"; "called for Trump's impeachment"
                return verb || next.isWord() && j == k + 1 && !w.equals("to") ? j : -1;
            }
            if (in(x, RELATIVES) || in(x, REPORTING_VERBS)) {
                return -1;
            }
        }
        return -1;
    }

    /** The object and the rest of the clause after an object cue: "the council to act". */
    private static Optional<Found> objectClause(Tokens t, int p, int e, int k, int marker, Optional<Speaker> sp) {
        // "called for the impeachment": the particle belongs to the cue; "vowed to defend": the
        // infinitive is the content
        String m = t.get(Math.max(marker, k + 1)).lower();
        boolean particle =
                marker == k + 1 && (m.equals("of") || m.equals("for") || m.equals("as") || m.equals("about"));
        marker = Math.max(marker, k + 1);
        Token cue = particle ? t.get(marker) : t.get(k);
        int from = particle ? marker + 1 : k + 1;
        return found(
                t,
                p,
                List.<int[]>of(new int[] {from, contentEnd(t, marker, e)}),
                sp,
                new Span(t.get(k).start(), cue.end()));
    }

    /**
     * Whether the verb at {@code k} and the word after it are a phrasal reporting verb of the
     * reporting verbs' list ("pointed out", "made clear"): a two-word entry whose second word is
     * neither "that", an object cue's word nor "+"; the clause follows the two words.
     */
    private static boolean phrasal(Tokens t, int k, int e) {
        if (k + 2 >= e || !t.isWord(k + 1) || t.capitalized(k + 1)) {
            return false;
        }
        java.util.Set<String> words = twoWord(t.get(k));
        if (words == null) {
            return false;
        }
        String next = t.get(k + 1).lower();
        return words.contains(next) && !OBJECT_WORDS_AFTER.contains(next);
    }

    /** The second words of two-word entries that are not a phrasal verb's particle. */
    private static final java.util.Set<String> OBJECT_WORDS_AFTER =
            java.util.Set.of("that", "to", "of", "for", "as", "about", "whether", "if", DIRECT_OBJECT);

    /** Whether a word is a relative pronoun that can be a cue's subject: "who", "which". */
    private static boolean isRelativeSubject(Token tok) {
        return in(tok, RELATIVES) && !tok.is("that") && !tok.is("whom");
    }

    private static boolean isConjunction(Token tok) {
        String w = tok.lower();
        return !tok.capitalized() && (w.equals("and") || w.equals("but"));
    }

    /**
     * The relative pronoun whose clause a conjunction at {@code and} goes on ("who answered the
     * door and said"), with no comma between them; or -1.
     */
    private static int relativeBefore(Tokens t, int s, int and) {
        for (int j = and - 1; j > s && and - j <= MAX_WORDS; j--) {
            Token x = t.get(j);
            if (!x.isWord()) {
                return -1;
            }
            if (!x.capitalized() && isRelativeSubject(x)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A relative pronoun at {@code r} as a speaker: the pronoun as written, standing for the
     * phrase before it ("Army Capt. Christian Pardo, who"), whose name it resolves to.
     */
    private static Optional<Speaker> relative(Tokens t, int s, int r) {
        if (r <= s) {
            return Optional.empty();
        }
        Optional<Speaker> antecedent = subject(t, s, r, false);
        if (antecedent.isEmpty()) {
            return Optional.empty();
        }
        int end = tokenAt(t, s, r, antecedent.get().whole().end());
        if (end < 0 || r - end > 2) {
            return Optional.empty(); // the pronoun must follow its antecedent
        }
        Speaker a = antecedent.get();
        Token who = t.get(r);
        return Optional.of(new Speaker(new Span(who.start(), who.end()), a.kind(), a.name(), a.head(), a.descriptor()));
    }

    /**
     * Whether tokens {@code [a, b)} are a time phrase: time words and nouns with "this", "last",
     * "next" or "each" ("earlier this month", "last week").
     */
    private static boolean timePhrase(Tokens t, int a, int b) {
        boolean time = false;
        for (int j = a; j < b; j++) {
            if (!t.isWord(j)) {
                return false;
            }
            Token x = t.get(j);
            if (in(x, TIME_WORDS) || in(x, TIME_NOUNS)) {
                time = true;
            } else if (!x.is("this") && !x.is("last") && !x.is("next") && !x.is("each")) {
                return false;
            }
        }
        return time;
    }

    /** Whether a subject found for a cue at {@code k} stands right before it, as the rules want. */
    private static boolean standsBefore(Tokens t, int s, int k, Speaker sp) {
        int subjectEnd = tokenAt(t, s, k, sp.whole().end());
        return subjectEnd >= 0
                && (k - subjectEnd <= 3 || insertion(t, subjectEnd, k) || trailers(t, subjectEnd + 1, k));
    }

    /**
     * Where the noun phrase opening a sentence ends when it is the subject of a cue at {@code k}
     * with a long insertion between ("Sandy Phillips, who lost …, in July 2012, said"; "Sen. Jack
     * Reed (D-R.I.), after a lunch, said") or a relative clause with no commas ("Supporters who
     * have heard from the campaign say"); or -1. The phrase starts the sentence and ends at its
     * first comma or before "who"; the insertion holds no quotation, no sentence stop and no
     * reporting verb.
     */
    private static int frontSubject(Tokens t, int s, int k) {
        int a = s;
        while (a < k && !t.isWord(a)) {
            a++;
        }
        if (a >= k || !t.capitalized(a) || in(t.get(a), PREPOSITIONS) || in(t.get(a), CLAUSE_LEADERS)) {
            return -1;
        }
        boolean comma = t.isPunct(k - 1, ',');
        int end = -1;
        for (int j = a + 1; j < k - 1 && j - a <= 2 * MAX_WORDS; j++) {
            if (t.isQuote(j) || t.isPunct(j, '.') || t.isPunct(j, ';') || t.isPunct(j, ':')) {
                return -1;
            }
            if (end < 0 && j - a <= MAX_WORDS / 2) {
                if (comma && t.isPunct(j, ',')) {
                    end = j;
                } else if (!comma && t.is(j, "who")) {
                    end = j;
                } else if (!comma && t.isPunct(j, ',')) {
                    return -1;
                }
                continue;
            }
            if (end >= 0 && t.isWord(j) && !t.capitalized(j) && Lexicon.mayBeCue(t, j)) {
                return -1; // a report of its own inside
            }
        }
        if (end < 0 || k - end > 2 * MAX_WORDS) {
            return -1;
        }
        Optional<Speaker> sp = subject(t, a, end, true);
        if (sp.isEmpty() || tokenAt(t, a, end, sp.get().whole().start()) != a) {
            return -1;
        }
        return end;
    }

    /** Whether tokens {@code [a, b)} are a few adverbs or a time phrase ("on Thursday evening"). */
    private static boolean trailers(Tokens t, int a, int b) {
        if (b - a > TAIL_WORDS) {
            return false;
        }
        for (int j = a; j < b; j++) {
            if (!t.get(j).isWord() || !in(t.get(j), SUBJECT_TRAILERS) || in(t.get(j), MODALS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the tokens between a subject ending at {@code subjectEnd} and its cue at {@code k}
     * are one insertion between commas ("Paradis, who has been active since 25, says").
     */
    private static boolean insertion(Tokens t, int subjectEnd, int k) {
        if (k - subjectEnd > 2 * MAX_WORDS
                || !t.get(subjectEnd + 1).isPunct(',')
                || !t.get(k - 1).isPunct(',')) {
            return false;
        }
        for (int j = subjectEnd + 2; j < k - 1; j++) {
            Token x = t.get(j);
            if (x.isQuote() || x.isPunct('.') || x.isPunct(';')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a content clause after its cue ends: at the sentence's end, or before a second
     * predicate of the speaker ({@code …, but did not elaborate}, {@code …, and declined to say},
     * {@code … and vowed to …}), a participle cue ({@code …, citing …}) or the writer's source of the whole report
     * ({@code …, according to a poll}, {@code …,” The Post reported}).
     */
    private static int contentEnd(Tokens t, int c, int e) {
        for (int j = c + 1; j + 1 < e; j++) {
            // the token arrays answer for the words, so only quotations and commas are made
            if (t.isQuote(j)) {
                Token at = t.get(j);
                if (at.hasText() && at.lastChar() == ',') {
                    Token next = t.get(j + 1);
                    if (next.isWord() && !next.capitalized() && in(next, CUE_PARTICIPLES)) {
                        return j + 1; // "… “will not change the course,” citing …"
                    }
                    if (next.isWord() && (accordingTo(t, j + 1, e) || ownCue(t, j + 1, e) || closingCue(t, j + 1, e))) {
                        return j + 1; // "… “very comfortable,” The Post reported": the writer's source
                    }
                }
                continue;
            }
            if ((t.isPunct(j, '\u2014') || t.isPunct(j, '\u2013') || t.isPunct(j, '-'))
                    && (t.is(j + 1, "but") || t.is(j + 1, "and"))) {
                return j; // "… — but it hasn't tamped it down": the writer's aside
            }
            if (!t.isPunct(j, ',')) {
                if ((t.is(j, "and") || t.is(j, "but"))
                        && t.isWord(j + 1)
                        && !t.capitalized(j + 1)
                        && in(t.get(j + 1), CUE_VERBS)) {
                    return j; // "… was undergoing therapy and vowed to …": the speaker's second report
                }
                continue;
            }
            Token next = t.get(j + 1);
            if (next.isWord() && !in(next, CLAUSE_LEADERS) && ownCue(t, j + 1, e)) {
                return j; // "… the videos exist, foreign policy experts affirm that …": a report of its own
            }
            if (!next.isWord() || next.capitalized()) {
                continue;
            }
            if (in(next, CUE_PARTICIPLES)) {
                return j;
            }
            if (next.is("although") || next.is("though") || (next.is("even") && j + 2 < e && t.is(j + 2, "though"))) {
                return j; // "…, even though the bill passed": the writer's concession
            }
            if (next.is("while") || next.is("whereas")) {
                return j; // "…, while other voters said …": a clause of its own
            }
            if ((next.is("but") || next.is("and")) && j + 2 < e) {
                Token verb = t.get(j + 2);
                if (verb.isWord()
                        && !verb.capitalized()
                        && !in(verb, RELATIVES)
                        && (in(verb, SUBJECT_ENDERS) || in(verb, CUE_VERBS))) {
                    return j;
                }
                if (ownCue(t, j + 2, e)) {
                    return j; // "…, but 55 percent of all voters say she does not": a second report
                }
                if (next.is("but") && newSubject(verb)) {
                    return j; // "…, but the council is divided": a clause with a subject of its own
                }
            }
        }
        return e;
    }

    /** Whether a word opens a clause with a subject of its own: a determiner, a pronoun or a name. */
    private static boolean newSubject(Token tok) {
        return tok.isWord() && (tok.capitalized() || in(tok, DETERMINERS) || in(tok, PRONOUNS) || tok.is("there"));
    }

    /**
     * Whether the words from {@code from} to the sentence's end are a short subject and a cue verb
     * ({@code the Ledger reported}, {@code he said}): the attribution of the whole sentence.
     */
    private static boolean closingCue(Tokens t, int from, int e) {
        int last = e - 1;
        while (last > from && !t.isWord(last)) {
            last--;
        }
        if (last <= from || last - from > MAX_WORDS / 2 || t.capitalized(last) || !in(t.get(last), CUE_VERBS)) {
            return false;
        }
        for (int j = from; j < last; j++) {
            if (!t.isWord(j) || !t.capitalized(j) && !in(t.get(j), DETERMINERS) && !in(t.get(j), PRONOUNS)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words at {@code k} are "according to". */
    private static boolean accordingTo(Tokens t, int k, int e) {
        return k + 1 < e && t.is(k, "according") && t.is(k + 1, "to");
    }

    /**
     * Whether a clause at {@code from} is a report of its own: a short subject with no verb of its
     * own, then a reporting verb ({@code 55 percent of all voters say}).
     */
    private static boolean ownCue(Tokens t, int from, int e) {
        for (int j = from + 1; j < e && j - from <= MAX_WORDS / 2; j++) {
            Token x = t.get(j);
            if (!x.isWord()) {
                return false;
            }
            if (x.capitalized()) {
                continue;
            }
            if (in(x, REPORTING_VERBS)) {
                return !x.lower().endsWith("ing") && !in(t.get(j - 1), MODALS);
            }
            if (in(x, SUBJECT_ENDERS) || in(x, RELATIVES)) {
                return false;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- CONTENT, X said.

    /**
     * {@code CONTENT, X said.}, {@code CONTENT, said X, a descriptor.} and {@code CONTENT, the
     * Guardian reported.}: each comma of the sentence's tail is tried, last first, so an
     * appositive after the speaker stays with it; a partial quote closing with the comma inside its
     * mark ({@code … and “should have acted sooner,” he said.}) ends the content there. At the end
     * of a sentence a verb that wants
     * "that" before a clause ({@code reported}, {@code announced}) is a cue too.
     */
    private static Optional<Found> trailing(Tokens t, int p, int s, int e) {
        int limit = MAX_WORDS + TAIL_WORDS;
        for (int c = e - 1; c > s && e - c <= limit; c--) {
            if (t.isQuote(c)) {
                // "… and “should have acted sooner,” he said.": the comma inside the closing mark
                Token q = t.get(c);
                return q.hasText() && q.lastChar() == ',' ? trailingAt(t, p, s, c, c + 1, e) : Optional.empty();
            }
            if (!t.isPunct(c, ',')) {
                continue;
            }
            Optional<Found> f = trailingAt(t, p, s, c, c, e);
            if (f.isPresent()) {
                return f;
            }
        }
        return invertedLong(t, p, s, e);
    }

    /**
     * {@code CONTENT, said X, a professor of economics at M.I.T., who …}: an inverted cue after
     * the first comma that has one, with a speaker right after it whose phrase ends the sentence
     * or a comma (the appositive that follows may be long).
     */
    private static Optional<Found> invertedLong(Tokens t, int p, int s, int e) {
        for (int c = s + MIN_WORDS; c + 2 < e && c - s < REACH; c++) {
            if (t.isQuote(c)) {
                return Optional.empty();
            }
            if (!t.isPunct(c, ',')) {
                continue;
            }
            Optional<Speaker> sp = inverted(t, c + 1, e);
            if (sp.isPresent()) {
                return found(
                        t,
                        p,
                        List.<int[]>of(new int[] {s, c}),
                        sp,
                        new Span(t.get(c + 1).start(), t.get(c + 1).end()));
            }
        }
        return Optional.empty();
    }

    /** How many words the speaker phrase after an inverted cue may hold before its comma. */
    private static final int INVERTED_WORDS = 9;

    /**
     * The speaker of an inverted cue at {@code k} ({@code said Howard Rubel, a senior analyst}):
     * a lower-case inverting cue, then a speaker phrase that ends at the sentence's end or a comma.
     */
    private static Optional<Speaker> inverted(Tokens t, int k, int e) {
        if (k + 1 >= e || !t.isWord(k) || t.capitalized(k) || !in(t.get(k), INVERTING_CUES)) {
            return Optional.empty();
        }
        int comma = k + 1;
        while (comma < e && t.isWord(comma) && comma - k <= MAX_WORDS) {
            comma++;
        }
        if (comma < e && !t.isPunct(comma, ',') || comma - k > INVERTED_WORDS || !t.capitalized(comma - 1)) {
            return Optional.empty(); // a name ends the phrase: "said former governor Ed Rendell"
        }
        return npAfter(t, k + 1, comma, false);
    }

    private static Optional<Found> trailingAt(Tokens t, int p, int s, int c, int end, int e) {
        if (c + 1 >= e || !t.isWord(c + 1)) {
            return Optional.empty();
        }
        Token first = t.get(c + 1);
        if (!first.capitalized() && in(first, INVERTING_CUES)) {
            Optional<Speaker> sp = npAfter(t, c + 2, e, true);
            if (sp.isEmpty()) {
                return Optional.empty();
            }
            return found(t, p, List.<int[]>of(new int[] {s, end}), sp, new Span(first.start(), first.end()));
        }
        for (int j = c + 2; j < e && j - c <= MAX_WORDS; j++) {
            Token tok = t.get(j);
            if (!tok.isWord()) {
                return Optional.empty();
            }
            if (tok.capitalized() || !in(tok, REPORTING_VERBS) && !entry(tok, "that")) {
                continue;
            }
            boolean participle = j + 2 < e
                    && t.get(j + 1).isPunct(',')
                    && t.get(j + 2).isWord()
                    && in(t.get(j + 2), CUE_PARTICIPLES);
            if (e - j - 1 > TAIL_WORDS && !participle) {
                return Optional.empty(); // "…, Cruz explained, recalling …" goes on
            }
            Optional<Speaker> sp = subject(t, c + 1, j, true);
            if (sp.isEmpty() || sp.get().whole().start() != firstWordStart(t, c + 1, j)) {
                return Optional.empty();
            }
            return found(t, p, List.<int[]>of(new int[] {s, end}), sp, new Span(tok.start(), tok.end()));
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- around a partial quote

    /**
     * The clause a partial quote stands in, after its cue: {@code called the agreement “an
     * historic step forward” in global efforts …} gives the words from after the cue to the end of
     * the clause, a mixed attribution holding the quote.
     *
     * @param t   the paragraph's tokens
     * @param p   the paragraph's index
     * @param raw the partial quote's raw index
     * @param cue the quote's cue, before it in the paragraph
     * @param sp  the quote's speaker
     * @param full for each raw quotation, whether it is a full quote (the clause ends before one)
     * @return the clause, if the cue stands before the quote in its sentence
     */
    static Optional<Found> aroundPartial(Tokens t, int p, int raw, Span cue, Optional<Speaker> sp, boolean[] full) {
        int qi = -1;
        for (int k = 0; k < t.quoteCount(); k++) {
            if (t.quoteOf(k) == raw) {
                qi = t.quoteToken(k);
                break;
            }
        }
        if (qi < 0) {
            return Optional.empty();
        }
        int c = qi;
        while (c > 0 && qi - c < REACH && t.get(c - 1).start() >= cue.end()) {
            Token tok = t.get(c - 1);
            if (tok.isPunct('.')
                    || tok.isPunct('?')
                    || tok.isPunct('!')
                    || tok.isQuote() && tok.quote() >= 0 && tok.quote() < full.length && full[tok.quote()]) {
                return Optional.empty();
            }
            c--;
        }
        if (c == 0 || t.get(c - 1).end() != cue.end()) {
            return Optional.empty(); // the cue is not right before the clause
        }
        int e = qi + 1;
        while (e < t.size() && e - qi < REACH) {
            Token last = t.get(e - 1);
            if (last.isQuote()
                    && Sentences.endsSentence(last)
                    && (t.get(e).isQuote() || t.get(e).capitalized())) {
                break; // "… “near and dear to my heart.” He said …": the sentence ended in the quote
            }
            Token tok = t.get(e);
            if (tok.isPunct('.')
                    || tok.isPunct('?')
                    || tok.isPunct('!')
                    || tok.isPunct(';')
                    || tok.isQuote() && tok.quote() >= 0 && tok.quote() < full.length && full[tok.quote()]) {
                break;
            }
            e++;
        }
        // from the quotation itself on, so "“…,” the Ledger reported" ends the clause at its comma
        int end = Math.max(qi + 1, contentEnd(t, qi - 1, e));
        return found(t, p, List.<int[]>of(new int[] {c, end}), sp, cue);
    }

    // ---------------------------------------------------------------- helpers

    /** {@return the index of the token in {@code [from, to)} starting or ending at {@code at}} */
    private static int tokenAt(Tokens t, int from, int to, int at) {
        for (int k = to - 1; k >= from && k >= to - 2 * MAX_WORDS; k--) {
            if (t.get(k).start() == at || t.get(k).end() == at) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether a one-part content is a bare prepositional phrase ("In a statement Thursday", "At a
     * rally in Iowa"): it opens with a preposition and holds no comma and no auxiliary, so no
     * clause follows it.
     */
    private static boolean isPhrase(Tokens t, List<int[]> parts) {
        if (parts.size() != 1) {
            return false;
        }
        int a = parts.get(0)[0];
        int b = parts.get(0)[1];
        while (a < b && !t.get(a).isWord()) {
            a++;
        }
        if (a >= b || !t.get(a).capitalized() || !in(t.get(a), PREPOSITIONS)) {
            return false;
        }
        for (int k = a + 1; k < b; k++) {
            Token x = t.get(k);
            if (x.isPunct(',') || x.isQuote() || x.isWord() && !x.capitalized() && in(x, SUBJECT_ENDERS)) {
                return false; // a clause after all: "About 270 people have been resettled"
            }
        }
        return true;
    }

    /** The content as found, if its parts hold enough words. */
    private static Optional<Found> found(Tokens t, int p, List<int[]> parts, Optional<Speaker> sp, Span cue) {
        if (sp.isEmpty()) {
            return Optional.empty();
        }
        List<Span> segments = new ArrayList<>(parts.size());
        List<Integer> quotes = new ArrayList<>();
        int words = 0;
        for (int[] part : parts) {
            int a = part[0];
            int b = part[1];
            while (a < b && !t.get(a).isWord() && !t.get(a).isQuote()) {
                a++;
            }
            while (b > a
                    && !t.get(b - 1).isWord()
                    && !t.get(b - 1).isQuote()
                    && !t.get(b - 1).isPunct(')')) {
                b--;
            }
            if (a >= b) {
                continue;
            }
            for (int k = a; k < b; k++) {
                Token tok = t.get(k);
                if (tok.isWord()) {
                    words++;
                } else if (tok.isQuote()) {
                    words += 2;
                    if (quotes.isEmpty() || quotes.get(quotes.size() - 1) != tok.quote()) {
                        quotes.add(tok.quote());
                    }
                }
            }
            segments.add(new Span(t.get(a).start(), t.get(b - 1).end()));
        }
        if (segments.isEmpty() || words < MIN_WORDS || isPhrase(t, parts)) {
            return Optional.empty();
        }
        return Optional.of(new Found(p, List.copyOf(segments), sp, cue, List.copyOf(quotes)));
    }
}
