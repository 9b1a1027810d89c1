package io.github.wireparse.internal.quote;

import io.github.wireparse.Span;
import io.github.wireparse.internal.quote.QuoteTokens.Token;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;

/**
 * Where sentences, clauses and comma-separated segments of a paragraph's tokens start and end, and
 * small questions about single tokens that the attribution rules and the speaker-phrase chunker
 * share. Each scan is bounded ({@link #REACH} tokens for a sentence), so the work per quote stays
 * constant. Stateless.
 */
final class Sentences {

    /** How many tokens an attribution may reach before or after its quote. */
    static final int REACH = 60;

    private Sentences() {}

    /** {@return where the sentence holding token {@code i} starts} */
    static int sentenceStart(Tokens t, int i) {
        int k = i - 1;
        int stop = Math.max(-1, i - 1 - REACH);
        while (k > stop) {
            if (t.isStop(k) || t.isPunct(k, ';')) {
                break;
            }
            if (t.isQuote(k)
                    && endsSentence(t.get(k))
                    && k + 1 < t.size()
                    && (t.isQuote(k + 1) || t.capitalized(k + 1))) {
                break;
            }
            k--;
        }
        return k + 1;
    }

    /** {@return whether a quotation ends with a full stop, question or exclamation mark} */
    static boolean endsSentence(Token quote) {
        return quote.hasText() && ".?!".indexOf(quote.lastChar()) >= 0;
    }

    /** {@return where the stretch after token {@code i} ends: a full stop or the next quote} */
    static int sentenceEnd(Tokens t, int i) {
        int k = i + 1;
        int stop = Math.min(t.size(), i + 1 + REACH);
        while (k < stop) {
            if (t.isStop(k) || t.isPunct(k, ';') || t.isQuote(k)) {
                break;
            }
            k++;
        }
        return k;
    }

    /** {@return the first token of the segment ending at {@code end}} */
    static int segmentStart(Tokens t, int from, int end) {
        int k = end - 1;
        while (k >= from) {
            Token tok = t.get(k);
            if (tok.isQuote()
                    || (tok.kind() == QuoteTokens.Kind.PUNCT
                            && ",;:\u2014\u2013()[]\"".indexOf(tok.firstChar()) >= 0)) {
                break;
            }
            k--;
        }
        return k + 1;
    }

    /** {@return the end of a stretch with a parenthesis before {@code end} left out} */
    static int skipParenBack(Tokens t, int from, int end) {
        if (end - 1 > from && t.get(end - 1).isPunct(')')) {
            for (int k = end - 2; k >= from && k >= end - 12; k--) {
                if (t.get(k).isPunct('(')) {
                    return k;
                }
            }
        }
        return end;
    }

    /** {@return the offset of the first word in tokens {@code [from, to)}, or -1 with none} */
    static int firstWordStart(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).isWord()) {
                return t.get(k).start();
            }
        }
        return -1;
    }

    /** {@return tokens {@code [s, e)} without the punctuation at their end, as {@code {s, end}}} */
    static int[] trimEndPunct(Tokens t, int s, int e) {
        int end = e;
        while (end > s && !t.get(end - 1).isWord()) {
            end--;
        }
        return new int[] {s, end};
    }

    /** {@return the span from token {@code from} to the end of token {@code to - 1}} */
    static Span span(Tokens t, int from, int to) {
        return new Span(t.get(from).start(), t.get(to - 1).end());
    }

    /** {@return a name without a possessive ending: "Korea’s" is "Korea"} */
    static String stripPossessive(String name) {
        if (name.endsWith("’s") || name.endsWith("'s")) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }

    /** {@return whether a word ends with a possessive "’s" or "'s"} */
    static boolean isPossessive(Token tok) {
        String w = tok.lower();
        return w.endsWith("’s") || w.endsWith("'s");
    }

    /** {@return whether a word starts with a digit} */
    static boolean isNumber(Token t) {
        return t.isWord() && Character.isDigit(t.firstChar());
    }
}
