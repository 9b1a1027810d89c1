package io.github.wireparse.internal.quote;

import io.github.wireparse.internal.Resources;
import io.github.wireparse.internal.quote.QuoteTokens.Token;
import io.github.wireparse.internal.quote.QuoteTokens.Tokens;
import io.github.wireparse.internal.quote.QuoteTokens.WordIndex;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The word lists of the quote stage, read once from the resource files under
 * {@code io/github/wireparse/quote/}, and one {@link WordIndex} over all of them, so a token is
 * looked up once however many lists a rule asks about. Each list is a {@link WordList} constant;
 * its bit in the index is its own ({@link WordList#bit}), not the place of an argument.
 * Immutable and thread-safe.
 */
final class Lexicon {

    /** The word lists, each with the resource file that holds it. */
    enum WordList {
        /** Finite reporting verbs: "said", "told", "argues". */
        CUE_VERBS("cue-verbs.txt"),
        /** Participles of reporting verbs: "saying", "calling". */
        CUE_PARTICIPLES("cue-participles.txt"),
        /** Particles that belong to the cue verb before them: "calling on", "pointed out". */
        CUE_PARTICLES("cue-particles.txt"),
        /** Verbs that make a cue with a particle: "pointed", "went", "shot". */
        PARTICLE_VERBS("particle-verbs.txt"),
        /** Listeners after "told" that belong to the cue: "reporters". */
        LISTENERS("listeners.txt"),
        /** Personal pronouns that can be a speaker. */
        PRONOUNS("pronouns.txt"),
        /** Relative pronouns: "who", "which". */
        RELATIVES("relative-pronouns.txt"),
        /** Determiners and quantifiers that may open a description. */
        DETERMINERS("determiners.txt"),
        /** Words opening a clause that are not part of its subject. */
        CLAUSE_LEADERS("clause-leaders.txt"),
        /** Words at the end of a subject that belong to the verb or a time phrase. */
        SUBJECT_TRAILERS("subject-trailers.txt"),
        /** Time words between an inverted cue and its speaker. */
        TIME_WORDS("time-words.txt"),
        /** Words that end an inverted speaker phrase. */
        SPEAKER_STOPS("speaker-stops.txt"),
        /** Words opening an introductory phrase before a subject. */
        INTRO_WORDS("intro-words.txt"),
        /** Auxiliaries and common verbs that end a subject noun phrase. */
        SUBJECT_ENDERS("subject-enders.txt"),
        /** Titles that may stand before a name. */
        TITLES("titles.txt"),
        /** Honorifics dropped from a name without becoming its descriptor. */
        HONORIFICS("honorifics.txt"),
        /** Words that mark an organisation or a place rather than a person. */
        ORGANISATION_WORDS("organisation-words.txt"),
        /** Words that open a prepositional phrase, never a subject. */
        PREPOSITIONS("prepositions.txt"),
        /** Documents whose author is the real source. */
        DOCUMENTS("documents.txt"),
        /** Verbs whose subject is a text, not a person. */
        DOCUMENT_VERBS("document-verbs.txt"),
        /** Words that open a subordinate clause. */
        CLAUSE_OPENERS("clause-openers.txt"),
        /** Modal verbs and negations: a cue after one reports no speech. */
        MODALS("modals.txt"),
        /** Nouns of time that end a phrase opening a sentence. */
        TIME_NOUNS("time-nouns.txt"),
        /** Words before a past participle that make it passive. */
        PASSIVE_LEADS("passive-leads.txt"),
        /** Cue verbs after which the following phrase can be the speaker. */
        INVERTING_CUES("inverting-cues.txt"),
        /** Words a title in quotation marks follows. */
        TITLE_LEADS("title-leads.txt"),
        /** Titles that are also first names. */
        NAME_TITLES("name-titles.txt"),
        /** Small words inside a name: "of", "van". */
        NAME_CONNECTORS("name-connectors.txt"),
        /** Prepositions that end the head of a description. */
        HEAD_PREPOSITIONS("head-prepositions.txt"),
        /** Reporting verbs that take a content clause: "said", "warned", "wrote". */
        REPORTING_VERBS("reporting-verbs.txt");

        /** The resource file, under {@code io/github/wireparse/quote/}. */
        final String resource;
        /** This list's bit in the index. */
        final int bit;

        @SuppressWarnings("EnumOrdinal") // a list's bit is its position: WordIndex numbers its sets so
        WordList(String resource) {
            this.resource = resource;
            this.bit = 1 << ordinal();
        }
    }

    /** The words of each list. */
    private static final Map<WordList, Set<String>> SETS = load();

    /** Every list in one index. */
    private static final WordIndex INDEX = index();

    private Lexicon() {}

    private static Map<WordList, Set<String>> load() {
        Map<WordList, Set<String>> out = new EnumMap<>(WordList.class);
        for (WordList l : WordList.values()) {
            out.put(l, Resources.set("quote/" + l.resource));
        }
        return out;
    }

    // unchecked: an array of Set<String>, built from the lists' own sets; EnumOrdinal: WordIndex
    // gives set i the bit 1 << i, so each list's set goes at its ordinal, as its bit says
    @SuppressWarnings({"unchecked", "EnumOrdinal"})
    private static WordIndex index() {
        WordList[] lists = WordList.values();
        Set<String>[] sets = (Set<String>[]) new Set<?>[lists.length + 1];
        for (WordList l : lists) {
            sets[l.ordinal()] = SETS.get(l); // WordIndex gives set i the bit 1 << i, as WordList does
        }
        sets[lists.length] = twoWordVerbs(); // the bit TWO_WORD_VERBS
        return new WordIndex(sets);
    }

    /**
     * The bit, in the index, of the verbs that open a two-word entry of the reporting verbs
     * ("confirmed that", "urged to"): not a list of its own but the first words of those entries,
     * so a rule asking whether a word opens one looks it up with the other lists, once per word.
     */
    private static final int TWO_WORD_VERBS = 1 << WordList.values().length;

    private static Set<String> twoWordVerbs() {
        Set<String> out = new java.util.HashSet<>();
        for (String entry : Objects.requireNonNull(SETS.get(WordList.REPORTING_VERBS))) {
            int sp = entry.indexOf(' ');
            if (sp > 0) {
                out.add(entry.substring(0, sp));
            }
        }
        return Set.copyOf(out);
    }

    /**
     * {@return whether a token's lower-case form opens a two-word entry of the reporting verbs
     * ("confirmed" of "confirmed that")}
     *
     * @param tok the token
     */
    static boolean opensTwoWordEntry(Token tok) {
        return tok.in(INDEX, TWO_WORD_VERBS);
    }

    /**
     * {@return whether token {@code i} is a reporting verb or opens a two-word entry of the
     * reporting verbs: a word that may be a reported clause's cue}, looked up with no token made
     *
     * @param t the tokens
     * @param i the token's index
     */
    static boolean mayBeCue(Tokens t, int i) {
        return t.in(i, INDEX, WordList.REPORTING_VERBS.bit | TWO_WORD_VERBS);
    }

    /**
     * {@return whether token {@code i} is a word whose lower-case form is in any of four lists,
     * looked up with no token made}
     *
     * @param t the tokens
     * @param i the token's index
     * @param a one list
     * @param b another
     * @param c a third
     * @param d a fourth
     */
    static boolean in(Tokens t, int i, WordList a, WordList b, WordList c, WordList d) {
        return t.in(i, INDEX, a.bit | b.bit | c.bit | d.bit);
    }

    /**
     * {@return the words of a list}
     *
     * @param list the list
     */
    static Set<String> words(WordList list) {
        return Objects.requireNonNull(SETS.get(list)); // load() puts every list in SETS
    }

    /**
     * {@return whether a token's lower-case form is in a list}
     *
     * @param tok  the token
     * @param list the list
     */
    static boolean in(Token tok, WordList list) {
        return tok.in(INDEX, list.bit);
    }

    /**
     * {@return whether a token's lower-case form is in either list}
     *
     * @param tok the token
     * @param a   one list
     * @param b   another
     */
    static boolean in(Token tok, WordList a, WordList b) {
        return tok.in(INDEX, a.bit | b.bit);
    }

    /**
     * {@return whether a token's lower-case form is in any of three lists}
     *
     * @param tok the token
     * @param a   one list
     * @param b   another
     * @param c   a third
     */
    static boolean in(Token tok, WordList a, WordList b, WordList c) {
        return tok.in(INDEX, a.bit | b.bit | c.bit);
    }

    /**
     * {@return whether a token's lower-case form is in any of four lists}
     *
     * @param tok the token
     * @param a   one list
     * @param b   another
     * @param c   a third
     * @param d   a fourth
     */
    static boolean in(Token tok, WordList a, WordList b, WordList c, WordList d) {
        return tok.in(INDEX, a.bit | b.bit | c.bit | d.bit);
    }

    /**
     * {@return whether a token's lower-case form without a possessive ending ("korea’s" is
     * "korea") is in a list}
     *
     * @param tok  the token
     * @param list the list
     */
    static boolean normalIn(Token tok, WordList list) {
        return tok.normalIn(INDEX, list.bit);
    }
}
