package io.github.wireparse.internal.quote;

import io.github.wireparse.internal.Resources;
import io.github.wireparse.internal.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words of one paragraph, with each quotation (from its opening mark to its closing mark)
 * standing as a single token, so attribution rules can look at the writer's own words around a
 * quote. One pass over the paragraph's characters.
 */
final class QuoteTokens {

    /** What a token is. */
    enum Kind {
        /** A word: letters and digits, with inner apostrophes, hyphens and dots. */
        WORD,
        /** One punctuation character. */
        PUNCT,
        /** A whole quotation part. */
        QUOTE
    }

    /**
     * One token. Its text and lower-case form are made from the paragraph's text only when a rule
     * asks for them, so the words no rule looks at cost no string.
     */
    static final class Token {

        private final Kind kind;
        private final int start;
        private final int end;
        private final int quote;
        private final String source;
        private final int textStart;
        private final int textEnd;

        private @Nullable String text;
        private @Nullable String lower;
        /** The word lists its lower-case form is in ({@link WordIndex}); -1 until asked. */
        private int lists = -1;
        /** The same for its lower-case form without a possessive ending; -1 until asked. */
        private int normalLists = -1;

        /**
         * A token.
         *
         * @param kind      what it is
         * @param start     its first offset in the text
         * @param end       the offset one past its last character
         * @param quote     for a quotation, its index in the extractor's quote list; else -1
         * @param source    the story's text
         * @param textStart where the token's text starts: for quotations, the first quoted character
         * @param textEnd   where the token's text ends
         */
        Token(Kind kind, int start, int end, int quote, String source, int textStart, int textEnd) {
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.quote = quote;
            this.source = source;
            this.textStart = textStart;
            this.textEnd = textEnd;
        }

        /** {@return what it is} */
        Kind kind() {
            return kind;
        }

        /** {@return its first offset in the text} */
        int start() {
            return start;
        }

        /** {@return the offset one past its last character} */
        int end() {
            return end;
        }

        /** {@return for a quotation, its index in the extractor's quote list; else -1} */
        int quote() {
            return quote;
        }

        /** {@return the token's characters, for words and punctuation; for quotations the quoted words} */
        String text() {
            String t = text;
            if (t == null) {
                t = kind == Kind.PUNCT ? punct(source.charAt(textStart)) : source.substring(textStart, textEnd);
                text = t;
            }
            return t;
        }

        /** {@return the word in lower case, or "" for other tokens} */
        String lower() {
            String l = lower;
            if (l == null) {
                l = kind == Kind.WORD ? text().toLowerCase(Locale.ROOT) : "";
                lower = l;
            }
            return l;
        }

        /**
         * {@return whether {@link #lower()} equals {@code word}, compared on the text itself so
         * no string is made for an ASCII word}
         *
         * @param word a word in lower case
         */
        boolean is(String word) {
            if (kind != Kind.WORD) {
                return word.isEmpty();
            }
            int same = sameLower(source, textStart, textEnd, word);
            return same < 0 ? lower().equals(word) : same == 1;
        }

        /** {@return the first character of its text (for a quotation, the first quoted one)} */
        char firstChar() {
            return source.charAt(textStart);
        }

        /** {@return the last character of its text; only for a token with text} */
        char lastChar() {
            return source.charAt(textEnd - 1);
        }

        /** {@return whether its text is not empty (an empty quotation has none)} */
        boolean hasText() {
            return textEnd > textStart;
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isQuote() {
            return kind == Kind.QUOTE;
        }

        boolean isPunct(char c) {
            return kind == Kind.PUNCT && source.charAt(textStart) == c;
        }

        /** {@return whether it is a word starting with a capital letter} */
        boolean capitalized() {
            // worked out when asked rather than kept: a field would make every token 8 bytes longer
            return kind == Kind.WORD && isUpperCase(source.charAt(textStart));
        }

        /**
         * {@return whether its lower-case form is in one of the word lists {@code bits} names}
         *
         * @param words the lists
         * @param bits  the lists' bits in {@code words}
         */
        boolean in(WordIndex words, int bits) {
            int l = lists;
            if (l < 0) {
                l = kind == Kind.WORD ? words.lists(source, textStart, textEnd) : 0;
                if (l < 0) {
                    l = words.lists(lower());
                }
                lists = l;
            }
            return (l & bits) != 0;
        }

        /**
         * {@return whether its lower-case form, without a possessive ending ("korea’s" is
         * "korea"), is in one of the word lists {@code bits} names}
         *
         * @param words the lists
         * @param bits  the lists' bits in {@code words}
         */
        boolean normalIn(WordIndex words, int bits) {
            int l = normalLists;
            if (l >= 0) {
                return (l & bits) != 0;
            }
            if (kind == Kind.WORD) {
                int e = textEnd;
                if (e - textStart >= 2
                        && (source.charAt(e - 2) == '\'' || source.charAt(e - 2) == '\u2019')
                        && (source.charAt(e - 1) == 's' || source.charAt(e - 1) == 'S')) {
                    e -= 2;
                }
                l = words.lists(source, textStart, e);
            }
            if (l < 0) {
                String w = lower();
                if (w.endsWith("’s") || w.endsWith("'s")) {
                    l = words.lists(w.substring(0, w.length() - 2));
                } else {
                    l = kind == Kind.WORD ? words.lists(w) : 0;
                }
            }
            normalLists = l;
            return (l & bits) != 0;
        }

        @Override
        public String toString() {
            return kind + "[" + start + "," + end + "] " + text();
        }
    }

    /**
     * Several word lists in one table: each word maps to a bit mask of the lists that hold it, so
     * a token is looked up once however many lists a rule asks about. Immutable, thread-safe.
     */
    static final class WordIndex {

        private final java.util.Map<String, Integer> lists = new java.util.HashMap<>();
        /**
         * The same words in an open-addressing table, looked up on a stretch of the text: slot
         * {@code s} holds a word when {@code masks[s] != 0}, its characters at
         * {@code chars[offsets[s], offsets[s] + lengths[s])}, so a probe reads arrays, not strings.
         */
        private final char[] chars;

        private final int[] offsets;
        private final int[] lengths;
        private final int[] hashes;
        private final int[] masks;

        /**
         * An index over lists; list {@code i} gets the bit {@code 1 << i}.
         *
         * @param sets at most 31 lists
         */
        @SafeVarargs
        WordIndex(Set<String>... sets) {
            if (sets.length > 31) {
                throw new IllegalArgumentException("at most 31 lists");
            }
            for (int i = 0; i < sets.length; i++) {
                int bit = 1 << i;
                for (String w : sets[i]) {
                    lists.merge(w, bit, (a, b) -> a | b);
                }
            }
            int size = Integer.highestOneBit(Math.max(1, lists.size()) * 4 - 1) << 1;
            int total = 0;
            for (String w : lists.keySet()) {
                total += w.length();
            }
            chars = new char[total];
            offsets = new int[size];
            lengths = new int[size];
            hashes = new int[size];
            masks = new int[size];
            int used = 0;
            for (java.util.Map.Entry<String, Integer> e : lists.entrySet()) {
                String w = e.getKey();
                if (e.getValue() == 0) {
                    continue; // in no list: never found
                }
                int h = hash(w, 0, w.length());
                int slot = mix(h) & (size - 1);
                while (masks[slot] != 0) {
                    slot = (slot + 1) & (size - 1);
                }
                w.getChars(0, w.length(), chars, used);
                offsets[slot] = used;
                lengths[slot] = w.length();
                used += w.length();
                hashes[slot] = h;
                masks[slot] = e.getValue();
            }
        }

        /** {@return the bits of the lists that hold {@code word}, 0 for none} */
        int lists(String word) {
            Integer l = lists.get(word);
            return l == null ? 0 : l;
        }

        /**
         * {@return the bits of the lists that hold the word {@code text[start, end)} in lower case,
         * or -1 when it has a character outside ASCII other than a typographic apostrophe or
         * hyphen (whose lower case only {@link String#toLowerCase} knows)}
         */
        int lists(String text, int start, int end) {
            int h = hash(text, start, end);
            if (h == NOT_ASCII) {
                return -1;
            }
            int n = end - start;
            int m = masks.length - 1;
            for (int slot = mix(h) & m; masks[slot] != 0; slot = (slot + 1) & m) {
                if (hashes[slot] == h && lengths[slot] == n && sameLower(chars, offsets[slot], n, text, start)) {
                    return masks[slot];
                }
            }
            return 0;
        }

        private static final int NOT_ASCII = Integer.MIN_VALUE;

        /**
         * The hash of the ASCII lower case of a stretch (typographic apostrophes and hyphens kept
         * as they are), or {@link #NOT_ASCII}.
         */
        private static int hash(String s, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c >= 0x80 && !isCaseless(c)) {
                    return NOT_ASCII;
                }
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 'a' - 'A');
                }
                h = 31 * h + c;
            }
            return h == NOT_ASCII ? 0 : h;
        }

        /**
         * {@return whether {@code c}, outside ASCII, is a mark that words carry inside them (the
         * typographic apostrophe and hyphens) and that lower case leaves as it is, so a word with
         * one is looked up like an ASCII word}
         */
        private static boolean isCaseless(char c) {
            return c == '\u2019' || c == '\u2018' || c == '\u2010' || c == '\u2011';
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }

        private static boolean sameLower(char[] key, int offset, int n, String text, int start) {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(start + i);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 'a' - 'A');
                }
                if (c != key[offset + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One-character strings for the punctuation of Latin-1, made once. */
    private static final String[] PUNCT = new String[256];

    static {
        for (int c = 0; c < PUNCT.length; c++) {
            PUNCT[c] = String.valueOf((char) c);
        }
    }

    private static String punct(char c) {
        return c < PUNCT.length ? PUNCT[c] : String.valueOf(c);
    }

    /**
     * {@return 1 when the ASCII lower case of {@code text[start, end)} is {@code word}, 0 when it
     * is not, -1 when the stretch has a character outside ASCII (whose lower case only {@link
     * String#toLowerCase} knows)}
     */
    private static int sameLower(String text, int start, int end, String word) {
        int n = end - start;
        if (n > word.length()) {
            return 0; // lower case never shortens a word
        }
        if (n < word.length()) {
            // only a character outside ASCII can lengthen in lower case ("İ")
            for (int i = start; i < end; i++) {
                if (text.charAt(i) >= 0x80) {
                    return -1;
                }
            }
            return 0;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(start + i);
            if (c >= 0x80) {
                return -1;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 'a' - 'A');
            }
            if (c != word.charAt(i)) {
                // an ASCII character is its own lower case at its place, unless a character
                // before it lengthened, which a word of the same length cannot have had
                return 0;
            }
        }
        return 1;
    }

    /** Abbreviations whose period does not end a sentence. */
    static final Set<String> ABBREVIATIONS = Resources.set("text/abbreviations.txt");

    /** The length of the longest of {@link #ABBREVIATIONS}. */
    private static final int ABBREVIATION_MAX =
            ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /** {@link #ABBREVIATIONS} as an index, to look words up on the text itself. */
    private static final WordIndex ABBREVIATION_INDEX = new WordIndex(ABBREVIATIONS);

    private QuoteTokens() {}

    /** {@return whether {@code text[start, end)}, in lower case, is in {@link #ABBREVIATIONS}} */
    private static boolean isAbbreviationWord(String text, int start, int end) {
        if (end - start > ABBREVIATION_MAX) {
            return false; // lower case never shortens a word
        }
        int l = ABBREVIATION_INDEX.lists(text, start, end);
        if (l < 0) {
            return ABBREVIATIONS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
        }
        return l != 0;
    }

    /**
     * A quotation part placed in a paragraph.
     *
     * @param open  the offset of its opening mark (or of its start, when it has none)
     * @param close the offset just after its closing mark (or its end)
     * @param start the first quoted character
     * @param end   one past the last quoted character
     * @param quote the quote's index
     */
    record Placed(int open, int close, int start, int end, int quote) {}

    /**
     * The tokens of one paragraph, kept as parallel arrays (kind and flags, start, end, and the
     * token index of each quotation), so a paragraph costs a few arrays
     * instead of one object per word. A rule that looks at a token gets a {@link Token} made on
     * first use and kept, so its text, lower-case form and word lists are still worked out once;
     * the scans over every token ({@link #capitalized(int)}, {@link #quoteToken(int)}) read the
     * arrays. A paragraph of more than {@link #MADE} tokens keeps the {@link #MADE} tokens made
     * last in each stretch of that many (the rules look at a few dozen tokens around a quote), so
     * a paragraph of millions of words never holds an object for each (issue 14). Not
     * thread-safe: one per paragraph of one story.
     */
    static final class Tokens extends java.util.AbstractList<Token> implements java.util.RandomAccess {

        private static final byte WORD = 0;
        private static final byte PUNCT = 1;
        private static final byte QUOTE = 2;
        private static final byte KIND = 3;
        /** A word starting with a capital letter. */
        private static final byte CAPITALIZED = 4;
        /** How many made tokens a paragraph keeps at most; a power of two. */
        private static final int MADE = 1024;

        private final String source;
        private final List<Placed> quotes;
        private byte[] flags;
        private int[] starts;
        private int[] ends;
        /** For each quotation token, its token index, in order. */
        private final int[] quoteAt;
        /** How many quotations got a token (one that starts past the paragraph's end gets none). */
        private int placed;

        private int size;
        /** The tokens made so far: token {@code i} in slot {@code i % MADE}. */
        private Token @Nullable [] made;
        /** For a paragraph of more than {@link #MADE} tokens, which token each slot holds. */
        private int @Nullable [] madeIndex;
        /**
         * For each ASCII word asked about, its word lists in {@link #listsIndex} with
         * {@link #LOOKED_UP} set; 0 until asked. Made on the first question.
         */
        private int @Nullable [] lists;
        /** The index {@link #lists} holds answers of. */
        private @Nullable WordIndex listsIndex;
        /** Set in {@link #lists} for a word looked up: a {@link WordIndex} has at most 31 lists. */
        private static final int LOOKED_UP = Integer.MIN_VALUE;

        private Tokens(String source, List<Placed> quotes, int capacity) {
            this.source = source;
            this.quotes = quotes;
            this.flags = new byte[capacity];
            this.starts = new int[capacity];
            this.ends = new int[capacity];
            this.quoteAt = new int[quotes.size()];
        }

        /**
         * Empty tokens for another paragraph of the same text on the arrays of {@code donor},
         * which is left empty (issue 14: a long story reads its paragraphs through a few sets of
         * arrays instead of allocating them for each). Tokens {@code donor} made stay valid.
         */
        private Tokens(List<Placed> quotes, Tokens donor) {
            this.source = donor.source;
            this.quotes = quotes;
            this.flags = donor.flags;
            this.starts = donor.starts;
            this.ends = donor.ends;
            this.quoteAt = donor.quoteAt.length >= quotes.size() ? donor.quoteAt : new int[quotes.size()];
            Token[] m = donor.made;
            if (m != null) {
                java.util.Arrays.fill(m, 0, Math.min(donor.size, m.length), null);
            }
            this.made = m;
            this.madeIndex = donor.madeIndex;
            // a reader that kept donor gets no other paragraph's tokens from it
            donor.size = 0;
            donor.placed = 0;
        }

        /** {@return how many tokens the arrays hold without growing} */
        int capacity() {
            return flags.length;
        }

        private void add(byte f, int start, int end) {
            if (size == flags.length) {
                int n = size + (size >> 1) + 4;
                flags = java.util.Arrays.copyOf(flags, n);
                starts = java.util.Arrays.copyOf(starts, n);
                ends = java.util.Arrays.copyOf(ends, n);
            }
            flags[size] = f;
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Token get(int i) {
            java.util.Objects.checkIndex(i, size);
            Token[] m = made;
            if (m == null || m.length < Math.min(size, MADE)) {
                // (tokens reused for a longer paragraph hold a shorter array, cleared)
                m = new Token[Math.min(size, MADE)];
                made = m;
            }
            if (size > MADE && madeIndex == null) {
                madeIndex = new int[MADE];
            }
            int slot = i & (MADE - 1);
            Token t = m[slot];
            if (t == null || madeIndex != null && madeIndex[slot] != i) {
                t = make(i);
                m[slot] = t;
                if (madeIndex != null) {
                    madeIndex[slot] = i;
                }
            }
            return t;
        }

        private Token make(int i) {
            int f = flags[i] & KIND;
            if (f == QUOTE) {
                // its place in the paragraph's quotation list: quoteAt is in token order
                Placed p = quotes.get(java.util.Arrays.binarySearch(quoteAt, 0, placed, i));
                return new Token(Kind.QUOTE, starts[i], ends[i], p.quote(), source, p.start(), p.end());
            }
            return new Token(f == WORD ? Kind.WORD : Kind.PUNCT, starts[i], ends[i], -1, source, starts[i], ends[i]);
        }

        /** {@return whether token {@code i} is a word starting with a capital letter} */
        boolean capitalized(int i) {
            return (flags[i] & CAPITALIZED) != 0;
        }

        /** {@return the first offset of token {@code i} in the text} */
        int start(int i) {
            return starts[i];
        }

        /** {@return the offset one past the last character of token {@code i}} */
        int end(int i) {
            return ends[i];
        }

        /** {@return whether token {@code i} is a word} */
        boolean isWord(int i) {
            return (flags[i] & KIND) == WORD;
        }

        /**
         * {@return whether token {@code i} is a word whose lower-case form is in one of the word
         * lists {@code bits} names; an ASCII word is looked up on the text, with no token made and
         * nothing kept}
         *
         * @param i     the token's index
         * @param words the lists
         * @param bits  the lists' bits in {@code words}
         */
        boolean in(int i, WordIndex words, int bits) {
            if ((flags[i] & KIND) != WORD) {
                return false;
            }
            int[] known = lists;
            if (known == null || listsIndex != words) {
                known = new int[size];
                lists = known;
                listsIndex = words;
            }
            int l = known[i];
            if (l == 0) {
                // not looked up yet: the rules ask about the same words several times
                l = words.lists(source, starts[i], ends[i]);
                if (l < 0) {
                    return get(i).in(words, bits); // kept in the token
                }
                known[i] = l | LOOKED_UP;
            }
            return (l & bits) != 0;
        }

        /**
         * {@return whether token {@code i} is a word whose lower-case form is {@code word}, with no
         * token made for it when it is an ASCII word}
         *
         * @param i    the token's index
         * @param word a word in lower case, not empty
         */
        boolean is(int i, String word) {
            if ((flags[i] & KIND) != WORD) {
                return false;
            }
            int same = sameLower(source, starts[i], ends[i], word);
            return same < 0 ? get(i).is(word) : same == 1;
        }

        /** {@return whether token {@code i} is a quotation} */
        boolean isQuote(int i) {
            return (flags[i] & KIND) == QUOTE;
        }

        /** {@return whether token {@code i} is the punctuation character {@code c}} */
        boolean isPunct(int i, char c) {
            return (flags[i] & KIND) == PUNCT && source.charAt(starts[i]) == c;
        }

        /** {@return whether token {@code i} is a full stop, question mark or exclamation mark} */
        boolean isStop(int i) {
            if ((flags[i] & KIND) != PUNCT) {
                return false;
            }
            char c = source.charAt(starts[i]);
            return c == '.' || c == '?' || c == '!';
        }

        /** {@return how many quotation tokens the paragraph has} */
        int quoteCount() {
            return placed;
        }

        /** {@return the token index of the paragraph's {@code k}-th quotation} */
        int quoteToken(int k) {
            return quoteAt[k];
        }

        /** {@return the quote index (in the extractor's list) of the paragraph's {@code k}-th quotation} */
        int quoteOf(int k) {
            return quotes.get(k).quote();
        }
    }

    /** {@link #ASCII_CLASS}: a letter or digit. */
    private static final byte ALNUM = 1;
    /** {@link #ASCII_CLASS}: white space. */
    private static final byte SPACE = 2;
    /** {@link #ASCII_CLASS}: a character that joins two word parts ({@code ' - . &}). */
    private static final byte JOINER = 4;
    /** What each ASCII character is, for the tokenizer's loop. */
    private static final byte[] ASCII_CLASS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            byte k = 0;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                k = ALNUM;
            } else if (Texts.isSpace(c)) {
                k = SPACE;
            } else if (c == '\'' || c == '-' || c == '.' || c == '&') {
                k = JOINER;
            }
            ASCII_CLASS[c] = k;
        }
    }

    /**
     * Splits a paragraph into tokens.
     *
     * @param text   the text
     * @param start  the paragraph's first offset
     * @param end    the paragraph's end
     * @param quotes the quotation parts in this paragraph, in order, not overlapping
     * @return the tokens
     */
    static Tokens tokenize(String text, int start, int end, List<Placed> quotes) {
        return tokenize(text, start, end, quotes, new char[BUFFER]);
    }

    /**
     * The size of the buffer {@link #tokenize(String, int, int, List, char[])} reads a paragraph
     * through, a stretch at a time.
     */
    static final int BUFFER = 8192;

    /**
     * Splits a paragraph into tokens, reading its characters a stretch at a time through a buffer
     * the caller keeps from paragraph to paragraph.
     *
     * @param text   the text
     * @param start  the paragraph's first offset
     * @param end    the paragraph's end
     * @param quotes the quotation parts in this paragraph, in order, not overlapping
     * @param buffer at least two characters, overwritten
     * @return the tokens
     */
    static Tokens tokenize(String text, int start, int end, List<Placed> quotes, char[] buffer) {
        // about one token per five characters of wire copy: sized once instead of grown
        return tokenize(text, start, end, new Tokens(text, quotes, Math.max(10, (end - start) / 5 + 4)), buffer);
    }

    /**
     * Splits a paragraph into tokens on the arrays of {@code reuse}, which is left empty: no
     * {@link Tokens} that a caller still reads may be passed.
     *
     * @param text   the text {@code reuse} was made on
     * @param start  the paragraph's first offset
     * @param end    the paragraph's end
     * @param quotes the quotation parts in this paragraph, in order, not overlapping
     * @param buffer at least two characters, overwritten
     * @param reuse  tokens no longer read, made on the same text
     * @return the tokens
     */
    static Tokens tokenize(String text, int start, int end, List<Placed> quotes, char[] buffer, Tokens reuse) {
        return tokenize(text, start, end, new Tokens(quotes, reuse), buffer);
    }

    private static Tokens tokenize(String text, int start, int end, Tokens out, char[] buffer) {
        List<Placed> quotes = out.quotes;
        if (end <= start) {
            return out;
        }
        // cs[i - base] is text.charAt(i) for base <= i < filled; a word longer than the buffer
        // moves base along
        final char[] cs = buffer;
        int base = start;
        int filled = Math.min(end, start + cs.length);
        text.getChars(base, filled, cs, 0);
        int q = 0;
        // the next quotation part, asked for once (the list may make it when asked)
        @Nullable Placed next = quotes.isEmpty() ? null : quotes.get(0);
        int nextOpen = next == null ? Integer.MAX_VALUE : next.open();
        int i = start;
        while (i < end) {
            if (i >= nextOpen && next != null) {
                Placed p = next;
                out.add(Tokens.QUOTE, p.open(), Math.max(p.close(), p.open()));
                out.quoteAt[q++] = out.size - 1;
                out.placed = q;
                i = Math.max(i, p.close());
                next = q < quotes.size() ? quotes.get(q) : null;
                nextOpen = next == null ? Integer.MAX_VALUE : next.open();
                continue;
            }
            int limit = Math.min(end, nextOpen);
            if (i >= filled) {
                base = i;
                filled = Math.min(end, i + cs.length);
                text.getChars(base, filled, cs, 0);
            }
            char c = cs[i - base];
            int cls = c < 0x80 ? ASCII_CLASS[c] : Texts.isSpace(c) ? SPACE : Character.isLetterOrDigit(c) ? ALNUM : 0;
            if (cls == SPACE) {
                i++;
            } else if (cls == ALNUM) {
                int j = i + 1;
                while (j < limit) {
                    if (j + 1 >= filled && filled < end) {
                        base = j; // j and j + 1 in the buffer
                        filled = Math.min(end, j + cs.length);
                        text.getChars(base, filled, cs, 0);
                    }
                    char d = cs[j - base];
                    if (d < 0x80) {
                        int k = ASCII_CLASS[d];
                        if (k == ALNUM) {
                            j++;
                            continue;
                        }
                        if (k != JOINER) {
                            break;
                        }
                    } else if (Character.isLetterOrDigit(d)) {
                        j++;
                        continue;
                    } else if (d != '\u2019' && d != '\u2010' && d != '\u2011') {
                        break;
                    }
                    if (j + 1 < limit && isLetterOrDigit(cs[j + 1 - base])) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j < limit && cs[j - base] == '.' && isAbbreviation(text, i, j, limit)) {
                    j++;
                }
                out.add(isUpperCase(c) ? (byte) (Tokens.WORD | Tokens.CAPITALIZED) : Tokens.WORD, i, j);
                i = j;
            } else {
                out.add(Tokens.PUNCT, i, i + 1);
                i++;
            }
        }
        return out;
    }

    /** {@link Character#isUpperCase(char)}, with ASCII answered without the Unicode tables. */
    private static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII answered without the Unicode tables. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean hasDot(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAbbreviation(String text, int start, int dot, int limit) {
        if (hasDot(text, start, dot)) {
            // U.S., D.C., p.m., but not a web address at the end of a sentence: no part between
            // dots and hyphens is longer than two characters
            int partStart = start;
            for (int k = start; k <= dot; k++) {
                if (k == dot || text.charAt(k) == '.' || text.charAt(k) == '-') {
                    if (k - partStart > 2) {
                        return false;
                    }
                    partStart = k + 1;
                }
            }
            return true;
        }
        if (dot - start == 1 && Character.isUpperCase(text.charAt(start))) {
            return true; // an initial: John F. Kennedy
        }
        int dash = dot - 1;
        while (dash >= start && text.charAt(dash) != '-') {
            dash--;
        }
        if (dash > start && dash + 1 < dot) {
            // party and state: R-Wis., D-Ore.
            if (dot - (dash + 1) <= 2 || isAbbreviationWord(text, dash + 1, dot)) {
                return true;
            }
        }
        if (!isAbbreviationWord(text, start, dot)) {
            return false;
        }
        // "No." and "Co." end sentences too; keep them as abbreviations only before a digit or
        // a capitalised word.
        int k = Texts.skipSpace(text, dot + 1, limit);
        return k < limit;
    }
}
