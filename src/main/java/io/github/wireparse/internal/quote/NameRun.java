package io.github.wireparse.internal.quote;

import static io.github.wireparse.internal.quote.Lexicon.WordList.CLAUSE_LEADERS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.DETERMINERS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.INTRO_WORDS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.ORGANISATION_WORDS;
import static io.github.wireparse.internal.quote.Lexicon.WordList.PRONOUNS;
import static io.github.wireparse.internal.quote.Lexicon.in;
import static io.github.wireparse.internal.quote.Lexicon.normalIn;
import static io.github.wireparse.internal.quote.Sentences.stripPossessive;
import static io.github.wireparse.internal.quote.SpeakerPhrases.isConnector;
import static io.github.wireparse.internal.quote.SpeakerPhrases.isTitleWord;
import static io.github.wireparse.internal.quote.SpeakerPhrases.nameEnd;

import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import java.util.List;

/**
 * A name written in the story: a run of capitalised words, titles left out. {@link SpeakerResolver}
 * uses the story's names to lengthen a surname to the full name and to find who "he" or "she" is.
 *
 * @param name    the words, joined by single spaces, without a possessive ending
 * @param offset  where it stands
 * @param subject whether it opens a clause (a likely subject)
 */
record NameRun(String name, int offset, boolean subject) {

    /**
     * Adds the names written in one paragraph outside quotes to a list, in order: each run of
     * capitalised words (with connectors such as "of" inside), without the titles, determiners and
     * introductory words before it and a possessive ending after it; a run of one word only when it
     * opens a clause. A story's names are its paragraphs' names in turn, so they can be collected
     * as each paragraph is tokenized, without keeping every paragraph's tokens.
     *
     * @param text the text the tokens point into
     * @param t    the tokens of the paragraph
     * @param out  where the names go
     */
    static void addNames(String text, Tokens t, List<NameRun> out) {
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
            while (n < e - 1
                    && (isTitleWord(t.get(n), n + 2 == e)
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
                if (e - n == 1
                        && subject
                        && e < t.size()
                        && t.isWord(e)
                        && !in(t, n, INTRO_WORDS, CLAUSE_LEADERS, DETERMINERS, PRONOUNS)) {
                    // a one-word subject, a surname perhaps: kept for pronouns
                    out.add(new NameRun(
                            stripPossessive(t.get(n).text()), t.get(n).start(), true));
                }
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int j = n; j < e; j++) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(text, t.start(j), t.end(j));
            }
            out.add(new NameRun(stripPossessive(sb.toString()), t.get(n).start(), subject));
        }
    }
}
