package io.github.wireparse.internal.quote;

import static io.github.wireparse.internal.quote.Lexicon.WordList.*;
import static io.github.wireparse.internal.quote.Lexicon.in;
import static io.github.wireparse.internal.quote.Lexicon.normalIn;
import static io.github.wireparse.internal.quote.Sentences.isNumber;
import static io.github.wireparse.internal.quote.Sentences.isPossessive;
import static io.github.wireparse.internal.quote.Sentences.segmentStart;
import static io.github.wireparse.internal.quote.Sentences.sentenceStart;
import static io.github.wireparse.internal.quote.Sentences.skipParenBack;
import static io.github.wireparse.internal.quote.Sentences.span;
import static io.github.wireparse.internal.quote.Sentences.trimEndPunct;

import io.github.wireparse.Span;
import io.github.wireparse.internal.quote.QuoteTokens.Token;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import io.github.wireparse.internal.quote.Speaker.Kind;
import java.util.Optional;

/**
 * The speaker-phrase chunker: finds the noun phrase that speaks in a stretch of a paragraph's
 * tokens and splits it into name, title and appositive. It knows where a subject stands before a
 * cue verb ({@link #subject}), after an inverted cue ({@link #npAfter}) and at the head of a
 * sentence's main clause ({@link #mainSubject}); {@link #phrase} checks a candidate and splits it.
 * It does not know which cue belongs to which quote: that is {@link Attribution}'s job. Every scan
 * is bounded by {@link #MAX_WORDS} or {@link Sentences#REACH}. Stateless.
 */
final class SpeakerPhrases {

    /** The longest speaker phrase, in words. */
    static final int MAX_WORDS = 16;

    private SpeakerPhrases() {}

    /**
     * The subject right before a cue verb at {@code cue}: the last comma-separated segment, with a
     * name-plus-appositive pair ("Smith, a Republican, said") taken whole. With {@code strictStart}
     * false and no phrase found, the words after the last verb-like word ("officials said the
     * report showed what critics called").
     */
    static Optional<Speaker> subject(Tokens t, int from, int cue, boolean strictStart) {
        int end = skipParenBack(t, from, cue);
        if (end > from && t.get(end - 1).isPunct(',')) {
            end = skipParenBack(t, from, end - 1);
        }
        int segStart = segmentStart(t, from, end);
        int[] s = trim(t, segStart, end);
        boolean afterComma = segStart - 1 > from && t.get(segStart - 1).isPunct(',');
        if (afterComma && segStart < end) {
            Token first = t.get(segStart);
            boolean skip = s[0] >= s[1]
                    || (isNumber(t.get(s[0])) && s[1] - s[0] == 1)
                    || in(first, RELATIVES)
                    || in(first, PREPOSITIONS) && !hasRelative(t, segStart, end);
            int ownStart = s[0] < s[1] && in(t.get(s[0]), RELATIVES) ? s[0] + 1 : s[0];
            if (skip && (in(first, PREPOSITIONS) || in(first, RELATIVES)) && ownStart < s[1]) {
                // "…, while rival Glen Park said", "…, with Sen. Orla Quinn calling", "…, whom the coach called":
                // a clause with its own subject
                Optional<Speaker> own = phrase(t, ownStart, s[1], -1, -1);
                Token head = t.get(ownStart);
                boolean subjectLike =
                        !in(first, RELATIVES) || head.capitalized() || in(head, DETERMINERS) || in(head, PRONOUNS);
                if (own.isPresent() && subjectLike && (own.get().kind() != Kind.DESCRIPTION || in(first, RELATIVES))) {
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
            } else if (s[0] < s[1]
                    && t.get(s[0]).capitalized()
                    && t.get(s[1] - 1).capitalized()) {
                // "the defendant's lawyer, Marcy Holloway, said": a description, then the name
                int pe = segStart - 1;
                int ps = segmentStart(t, from, pe);
                if (ps < pe
                        && pe - ps <= 6
                        && (in(t.get(ps), DETERMINERS) || isPossessive(t.get(ps)))
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
            if (!t.get(j).capitalized()
                    && (in(t.get(j), RELATIVES) || w.equals("what") || in(t.get(j), CLAUSE_OPENERS))) {
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
                if (t.get(k).isWord() && (in(t.get(k), SUBJECT_ENDERS) || in(t.get(k), CUE_VERBS))) {
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
    private static Optional<Speaker> pair(Tokens t, int from, int appSegStart, int[] app) {
        int pe = skipParenBack(t, from, appSegStart - 1);
        int ps = segmentStart(t, from, pe);
        int[] r = trim(t, ps, pe);
        if (r[0] < r[1] && t.get(r[1] - 1).capitalized() && r[1] - r[0] <= 6) {
            return phrase(t, r[0], r[1], app[0], app[1]);
        }
        return Optional.empty();
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

    /** Drops leading conjunctions and trailing adverbs and auxiliaries from a subject. */
    private static int[] trim(Tokens t, int start, int end) {
        int s = start;
        int e = end;
        while (s < e
                && (!t.get(s).isWord() || in(t.get(s), CLAUSE_LEADERS) || in(t.get(s), PREPOSITIONS) && s + 1 < e)) {
            s++;
        }
        while (e > s
                && (!t.get(e - 1).isWord()
                        || in(t.get(e - 1), SUBJECT_TRAILERS)
                        || !t.get(e - 1).capitalized() && t.get(e - 1).lower().endsWith("ly")
                        || isNumber(t.get(e - 1)) && e - 2 >= s && isMonth(t.get(e - 2)))) {
            if (isNumber(t.get(e - 1))) {
                e--; // "on Nov. 2"
            }
            e--;
        }
        return new int[] {s, e};
    }

    private static boolean isMonth(Token t) {
        String w = t.lower();
        return w.startsWith("jan")
                || w.startsWith("feb")
                || w.startsWith("mar")
                || w.startsWith("apr")
                || w.equals("may")
                || w.startsWith("jun")
                || w.startsWith("jul")
                || w.startsWith("aug")
                || w.startsWith("sep")
                || w.startsWith("oct")
                || w.startsWith("nov")
                || w.startsWith("dec");
    }

    /** The speaker after an inverted cue: "said the deputy director", "said Kim, vice minister…". */
    static Optional<Speaker> npAfter(Tokens t, int from, int to, boolean appositive) {
        int k = from;
        while (k < to
                && t.get(k).isWord()
                && (in(t.get(k), TIME_WORDS)
                        || !t.get(k).capitalized() && t.get(k).lower().endsWith("ly"))) {
            k++; // "said Tuesday", "said pleasantly"
        }
        int hs = k;
        if (k < to && (in(t.get(k), PREPOSITIONS) || in(t.get(k), SPEAKER_STOPS))) {
            return Optional.empty();
        }
        while (k < to && t.get(k).isWord() && !in(t.get(k), SPEAKER_STOPS) && k - hs < MAX_WORDS) {
            k++;
        }
        int he = k;
        if (hs >= he) {
            return Optional.empty();
        }
        int as = -1;
        int ae = -1;
        if (appositive
                && k < to
                && t.get(k).isPunct(',')
                && k + 1 < to
                && !t.get(he - 1).capitalized()
                && t.get(k + 1).capitalized()
                && !in(t.get(k + 1), PRONOUNS)) {
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
        if (appositive
                && k < to
                && t.get(k).isPunct(',')
                && k + 1 < to
                && isAppositive(t, k + 1)
                && !in(t.get(k + 1), SPEAKER_STOPS)) {
            int j = k + 1;
            while (j < to
                    && !t.get(j).isQuote()
                    && !(t.get(j).kind() == QuoteTokens.Kind.PUNCT
                            && ",;:\u2014\u2013()".indexOf(t.get(j).firstChar()) >= 0)
                    && j - k <= 2 * MAX_WORDS) {
                j++;
            }
            int[] r = trimEndPunct(t, k + 1, j);
            as = r[0];
            ae = r[1];
            if (ae - as == 1
                    && isNumber(t.get(as))
                    && j + 1 < to
                    && t.get(j).isPunct(',')
                    && isAppositive(t, j + 1)
                    && !in(t.get(j + 1), SPEAKER_STOPS)) {
                // "Mary Jones, 62, a retired teacher": the age, then the descriptor
                int j2 = j + 1;
                while (j2 < to
                        && !t.get(j2).isQuote()
                        && !(t.get(j2).kind() == QuoteTokens.Kind.PUNCT
                                && ",;:\u2014\u2013()".indexOf(t.get(j2).firstChar()) >= 0)
                        && j2 - j <= 2 * MAX_WORDS) {
                    j2++;
                }
                int[] r2 = trimEndPunct(t, j + 1, j2);
                Optional<Speaker> sp = phrase(t, hs, he, r2[0], r2[1]);
                return sp.map(x -> new Speaker(
                        new Span(x.whole().start(), x.whole().end()), x.kind(), x.name(), x.head(), x.descriptor()));
            }
        }
        return phrase(t, hs, he, as, ae);
    }

    /**
     * The subject for a participle at {@code k}: of the clause since the last quote before it
     * ("“S1,” he said, adding, “S2”"), else of the sentence's main clause.
     */
    static Optional<Speaker> mainSubjectNear(Tokens t, int k) {
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
    static Optional<Speaker> mainSubject(Tokens t, int from, int to) {
        int k = from;
        while (k < to) {
            int segEnd = k;
            while (segEnd < to
                    && !(t.get(segEnd).isPunct(',')
                            || t.get(segEnd).isQuote()
                            || t.get(segEnd).isPunct('\u2014')
                            || t.get(segEnd).isPunct(':'))) {
                segEnd++;
            }
            int s = k;
            while (s < segEnd && !t.get(s).isWord()) {
                s++;
            }
            if (s < segEnd && (!isIntro(t.get(s)) || isNameBeforeVerb(t, s, segEnd)) && !isTimePhrase(t, s, segEnd)) {
                int e = s;
                while (e < segEnd
                        && t.get(e).isWord()
                        && !isVerbLike(t.get(e), e == s)
                        && !(e > s && isPresentVerb(t.get(e), t.get(e - 1)))
                        && e - s < MAX_WORDS) {
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
        return e - s <= 4
                && (last.equals("ago")
                        || last.equals("later")
                        || last.equals("earlier")
                        || in(t.get(e - 1), TIME_NOUNS));
    }

    /** "Section 4 requires", "Smith warns": a present-tense verb after a name or number. */
    private static boolean isPresentVerb(Token tok, Token prev) {
        String w = tok.lower();
        return !tok.capitalized()
                && w.length() > 3
                && w.endsWith("s")
                && !w.endsWith("ss")
                && !w.endsWith("’s")
                && !w.endsWith("'s")
                && (prev.capitalized() || Character.isDigit(prev.firstChar()));
    }

    /**
     * Whether a capitalised word that reads like a participle is a name with its verb after it
     * ("Ebeling reminisced", "Manning said"), not an introductory phrase ("Walking to the car").
     */
    private static boolean isNameBeforeVerb(Tokens t, int s, int segEnd) {
        Token tok = t.get(s);
        if (!tok.capitalized() || in(tok, INTRO_WORDS) || s + 1 >= segEnd) {
            return false;
        }
        Token next = t.get(s + 1);
        return next.isWord() && !next.capitalized() && isVerbLike(next, false) && !in(next, PREPOSITIONS);
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
    static Optional<Speaker> phrase(Tokens t, int hs, int he, int as, int ae) {
        if (hs >= he || he - hs > MAX_WORDS) {
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
        if (in(first, PRONOUNS, RELATIVES) || in(first, CLAUSE_LEADERS) && !in(first, DETERMINERS)) {
            return Optional.empty();
        }
        if (!first.capitalized()
                && !in(first, DETERMINERS)
                && in(first, SUBJECT_ENDERS, CUE_VERBS, CUE_PARTICIPLES, PREPOSITIONS)) {
            return Optional.empty(); // "was the radio host …", "in a statement"
        }
        for (int k = hs + 1; k < he; k++) {
            String w = t.get(k).lower();
            if (t.get(k).capitalized()) {
                continue;
            }
            if (in(t.get(k), CUE_VERBS, CUE_PARTICIPLES) || (in(t.get(k), SUBJECT_ENDERS) && !w.equals("who"))) {
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
            while (n < he - 1
                    && (isTitleWord(t.get(n), n + 2 == he)
                            || n + 2 < he
                                    && isTitleWord(t.get(n + 1), n + 3 == he)
                                    && t.get(n).capitalized()
                            || in(t.get(n), DETERMINERS)
                            || isConnector(t, n, hs))
                    && lastOrg == 0) {
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
                while (ds < n && (in(t.get(ds), DETERMINERS) || in(t.get(ds), HONORIFICS))) {
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

    /**
     * {@return whether a word is a title before a name; one that is also a first name ("Dean")
     * is not when it stands last but one, right before the surname}
     */
    static boolean isTitleWord(Token tok, boolean lastButOne) {
        return in(tok, TITLES) && !(lastButOne && in(tok, NAME_TITLES));
    }

    /**
     * {@return where a name ends: before "of" when two words or more stand before it and none
     * names an organisation ("Dora Quint of Halsey Brothers"; but "Bank of the West")}
     */
    static int nameEnd(Tokens t, int n, int he) {
        for (int j = n + 2; j < he - 1; j++) {
            if (t.get(j).is("of")) {
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

    /**
     * {@return whether token {@code k} (after {@code min}) is a small word inside a name, between
     * two capitalised words: "Bank of England"}
     */
    static boolean isConnector(Tokens t, int k, int min) {
        if (k <= min || k + 1 >= t.size()) {
            return false;
        }
        int len = t.end(k) - t.start(k);
        // every connector is a word of two or three letters: test the cheap things first
        if (len < 2 || len > 3 || t.capitalized(k) || !t.capitalized(k - 1) || !t.capitalized(k + 1)) {
            return false;
        }
        return in(t.get(k), NAME_CONNECTORS);
    }
}
