package io.github.wireparse.internal;

/**
 * The shape of a short phrase's words, which tells a title or name ("Songs of the River") from
 * speech: how many words it has, how many are longer than three characters, and whether every one
 * of those starts with a capital letter.
 *
 * @param words                 the number of words (runs of non-space characters that hold a
 *                              letter or digit)
 * @param longWords             the number of words longer than three characters
 * @param longWordsCapitalised  whether every long word starts with an upper-case letter (true when
 *                              there is none)
 */
public record WordShape(int words, int longWords, boolean longWordsCapitalised) {

    /** The length above which a word counts as long: short function words are not capitalised. */
    private static final int SHORT_WORD = 3;

    public static WordShape of(String phrase) {
        int n = 0;
        int longWords = 0;
        boolean capitalised = true;
        int i = 0;
        int len = phrase.length();
        while (i < len) {
            while (i < len && !Character.isLetterOrDigit(phrase.charAt(i))) {
                i++;
            }
            int ws = i;
            while (i < len && !Texts.isSpace(phrase.charAt(i))) {
                i++;
            }
            if (ws < len) {
                n++;
                if (i - ws > SHORT_WORD) {
                    longWords++;
                    capitalised &= Character.isUpperCase(phrase.charAt(ws));
                }
            }
        }
        return new WordShape(n, longWords, capitalised);
    }
}
