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
        // on the token arrays: a Token for every word walked over was most of this rule's cost
        int k = end - 1;
        while (k >= from) {
            if (t.isQuote(k) || !t.isWord(k) && isSegmentMark(t, k)) {
                break;
            }
            k--;
        }
        return k + 1;
    }

    /** The punctuation that closes a segment, looking back. */
    private static final String SEGMENT_MARKS = ",;:\u2014\u2013()[]\"";

    /** {@return whether punctuation token {@code k} is one of {@link #SEGMENT_MARKS}} */
    private static boolean isSegmentMark(Tokens t, int k) {
        for (int c = 0; c < SEGMENT_MARKS.length(); c++) {
            if (t.isPunct(k, SEGMENT_MARKS.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /** {@return the end of a stretch with a parenthesis before {@code end} left out} */
    static int skipParenBack(Tokens t, int from, int end) {
        if (end - 1 > from && t.isPunct(end - 1, ')')) {
            for (int k = end - 2; k >= from && k >= end - 12; k--) {
                if (t.isPunct(k, '(')) {
                    return k;
                }
            }
        }
        return end;
    }

    /** {@return the offset of the first word in tokens {@code [from, to)}, or -1 with none} */
    static int firstWordStart(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isWord(k)) {
                return t.start(k);
            }
        }
        return -1;
    }

    /** {@return tokens {@code [s, e)} without the punctuation at their end, as {@code {s, end}}} */
    static int[] trimEndPunct(Tokens t, int s, int e) {
        int end = e;
        while (end > s && !t.isWord(end - 1)) {
            end--;
        }
        return new int[] {s, end};
    }

    /** {@return the span from token {@code from} to the end of token {@code to - 1}} */
    static Span span(Tokens t, int from, int to) {
        return new Span(t.start(from), t.end(to - 1));
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
