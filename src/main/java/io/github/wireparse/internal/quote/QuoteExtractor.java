package io.github.wireparse.internal.quote;

import io.github.wireparse.Mention;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Quote;
import io.github.wireparse.Source;
import io.github.wireparse.Span;
import io.github.wireparse.internal.Indexes;
import io.github.wireparse.internal.Problems;
import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.WordShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the direct quotations of a story's body, their speakers, cues and sources.
 *
 * <p>The work is done in three linear passes: {@link QuoteScanner} pairs the quotation marks,
 * {@link Attribution} finds each quote's speaker phrase and cue in the words around it (with the
 * chunker {@link SpeakerPhrases} and the word lists of {@link Lexicon}), and
 * {@link SpeakerResolver} merges the speakers into sources. The rules chosen:
 * <ul>
 * <li><b>Quoted words.</b> A quote's text is exactly what stands between its outer marks, with
 * the white space at both ends trimmed; punctuation the writer put inside the marks stays, so
 * {@code “…the future,” said X} keeps its trailing comma. A running quote over several paragraphs
 * is one quote: its parts (without the reopening marks) are joined by single spaces, and its span
 * runs from its first quoted character to its last. Line breaks inside the quoted words (hard wraps)
 * are joined by single spaces, as in {@link Paragraph#text()}.</li>
 * <li><b>Full or partial.</b> A quote is full when it opens its sentence or follows a colon, a comma
 * or a dash, or when it is a whole sentence right after a cue verb ({@code he said “We won.”});
 * otherwise it is partial.</li>
 * <li><b>Speaker.</b> The speaker phrase as written nearest the quote, with a title before the
 * name and an appositive after it ("National Security Council spokesman John Kirby", "Kim Son
 * Gyong, vice minister for …"); the descriptor is the appositive when there is one, else the
 * title before the name. A partial quote takes the subject of its clause; a participle cue
 * ("calling", "denouncing") takes the subject of the main clause. A full quote with no attribution
 * of its own takes the speaker and cue of the quote just before it in the same paragraph or the
 * paragraph before ({@code “S1,” X said. “S2.”}), else of the sentence before it ({@code X said
 * the tax was unfair. “It is wrong.”}), else of the quote right after it.</li>
 * <li><b>Source.</b> One per distinct speaker, named by its fullest mention; see
 * {@link SpeakerResolver} for surnames, family-name-first names, pronouns and descriptions.</li>
 * <li><b>Not speech.</b> A partial quote with no cue in its clause and no attribution after it
 * (a scare-quoted term) is not a quotation and is left out; so is a partial quote of up to six
 * words in title case that does not end a sentence ({@code “Evening Ledger”}), a title in marks
 * after a
 * preposition, a possessive or a word such as "book" or "show" ({@code appeared on “Morning
 * Ledger”}), and a nickname between the parts of a name ({@code Mike “Bulldog” Harlan}). A full quote
 * with no speaker is kept, without speaker, when it reads like speech: it ends with a full stop,
 * comma, question or exclamation mark or dash, or has at least six words; else it is left out
 * too, and so is one of a single word or in title case ({@code “A Season of Rain,”}).</li>
 * <li><b>Unbalanced marks.</b> A quotation still open at the end of a paragraph that the next
 * paragraph does not reopen ends with its paragraph; a closing mark with no opening one is
 * skipped; an opening mark inside an open quote starts a new quote; each is reported as a
 * problem.</li>
 * </ul>
 */
public final class QuoteExtractor {

    /** A full quote with no speaker needs this many words to count as speech. */
    private static final int SPEECH_WORDS = 6;
    /** An unattributed quote of up to this many words, all capitalised, is a title. */
    private static final int TITLE_WORDS = 8;

    private QuoteExtractor() {}

    /**
     * The quotes of a story and the sources they resolve to.
     *
     * @param quotes  the quotes, in reading order
     * @param sources the distinct speakers, in order of first quote
     */
    public record Result(List<Quote> quotes, List<Source> sources, List<io.github.wireparse.Attribution> attributions) {

        /**
         * The quotes and sources with no attributions listed.
         *
         * @param quotes  the quotes, in reading order
         * @param sources the distinct speakers, in order of first quote
         */
        public Result(List<Quote> quotes, List<Source> sources) {
            this(quotes, sources, List.of());
        }
    }

    /**
     * One story's shared values, so a parsed article keeps one instance of each repeated string
     * (cue words, speaker texts, source names, descriptors), however many quotes repeat it. (The
     * records keep their index lists compact themselves, see {@link Indexes}.) Not thread-safe:
     * one per story.
     */
    static final class Pool {

        private final java.util.Map<String, String> strings = new java.util.HashMap<>();

        /** {@return the first string equal to {@code s} seen in this story} */
        String string(String s) {
            String known = strings.putIfAbsent(s, s);
            return known == null ? s : known;
        }
    }

    /**
     * Extracts the quotes of a story's body.
     *
     * @param text       the text the paragraphs' spans refer to
     * @param paragraphs the body paragraphs
     * @param problems   where to report unbalanced quotation marks
     * @return the quotes, sources and attributions of every kind
     */
    public static Result extract(String text, List<Paragraph> paragraphs, Problems problems) {
        return extract(text, paragraphs, problems, true);
    }

    /**
     * Extracts the quotes of a story's body, with or without reported speech: without it the
     * attributions are the quotations alone, as before indirect speech was found (the benchmarks
     * measure what finding it costs).
     *
     * @param text       the text the paragraphs' spans refer to
     * @param paragraphs the body paragraphs
     * @param problems   where to report unbalanced quotation marks
     * @param findReported whether to find reported (indirect and mixed) speech
     * @return the quotes, sources and attributions
     */
    static Result extract(String text, List<Paragraph> paragraphs, Problems problems, boolean findReported) {
        List<QuoteScanner.Raw> raws = QuoteScanner.scan(text, paragraphs, problems);
        if (paragraphs.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        Attribution.Result attributed = Attribution.attribute(text, paragraphs, raws);
        Pool pool = new Pool();
        SpeakerResolver resolver = new SpeakerResolver(text, attributed.names(), pool);
        List<Quote> quotes = new ArrayList<>();
        List<Attribution.Found> found = attributed.found();
        int[] kept = new int[raws.size()];
        java.util.Arrays.fill(kept, -1);
        List<Attribution.Found> keptFound = new ArrayList<>();
        int[] firstParagraph = new int[raws.size()];
        for (int q = 0; q < raws.size(); q++) {
            QuoteScanner.Raw raw = raws.get(q);
            firstParagraph[q] = raw.firstParagraph();
            Attribution.Found f = found.get(q);
            // the kept attributions are in keptFound: let the others go as the quotes are made
            // (the scans stay: reported speech re-tokenizes paragraphs with their quote marks)
            found.set(q, null);
            String words = words(text, raw);
            if (!f.attributed() && (f.partial() || !readsLikeSpeech(words))) {
                continue;
            }
            int index = quotes.size();
            kept[q] = index;
            keptFound.add(f);
            // The source first, so a speaker written as the source's name shares its string.
            Optional<String> source = f.speaker().flatMap(s -> resolver.resolve(s, index, raw.start()));
            source.ifPresent(pool::string);
            Optional<Mention> speaker = f.speaker().map(s -> mention(text, s.whole(), pool));
            Optional<Mention> descriptor =
                    f.speaker().flatMap(Speaker::descriptor).map(d -> mention(text, d, pool));
            Optional<Mention> cue = f.cue().map(c -> mention(text, c, pool));
            List<Integer> paras;
            if (raw.firstParagraph() == raw.lastParagraph()) {
                paras = List.of(raw.firstParagraph());
            } else {
                paras = new ArrayList<>();
                int last = -1;
                for (QuoteScanner.Part part : raw.parts()) {
                    if (paras.isEmpty() || last != part.paragraph()) {
                        paras.add(part.paragraph());
                        last = part.paragraph();
                    }
                }
            }
            quotes.add(new Quote(words, raw.start(), raw.end(), paras, f.partial(), speaker, descriptor, source, cue));
        }
        boolean[] full = new boolean[raws.size()];
        for (int q = 0; q < raws.size(); q++) {
            full[q] = kept[q] >= 0 && !quotes.get(kept[q]).partial();
        }
        List<ReportedSpeech.Found> reported = new ArrayList<>(ReportedSpeech.find(attributed.tokens(), full));
        // a partial quote outside every reported clause: the clause after its cue holds it
        boolean[] inside = new boolean[raws.size()];
        for (ReportedSpeech.Found r : reported) {
            for (int q : r.quotes()) {
                inside[q] = true;
            }
        }
        for (int q = 0; findReported && q < raws.size(); q++) {
            int k = kept[q];
            if (k < 0 || inside[q] || !quotes.get(k).partial()) {
                continue;
            }
            Attribution.Found f = keptFound.get(k);
            if (f.cue().isEmpty()
                    || f.cue().get().end() > quotes.get(k).start()
                    || f.speaker().isEmpty()) {
                continue;
            }
            int p = firstParagraph[q];
            Optional<ReportedSpeech.Found> r = ReportedSpeech.aroundPartial(
                    attributed.tokens().get(p), p, q, f.cue().get(), f.speaker(), full);
            if (r.isPresent()) {
                reported.add(r.get());
                for (int held : r.get().quotes()) {
                    inside[held] = true;
                }
            }
        }
        List<io.github.wireparse.Attribution> attributions =
                Attributions.build(text, quotes, keptFound, kept, reported, resolver, pool);
        return new Result(List.copyOf(quotes), resolver.sources(attributions), attributions);
    }

    private static String words(String text, QuoteScanner.Raw raw) {
        if (raw.parts().size() == 1) {
            QuoteScanner.Part part = raw.parts().get(0);
            return Texts.join(text, part.start(), part.end());
        }
        StringBuilder sb = new StringBuilder();
        for (QuoteScanner.Part part : raw.parts()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Texts.join(text, part.start(), part.end()));
        }
        return sb.toString();
    }

    /**
     * Whether an unattributed full quote reads like speech: two words or more, not a title (every
     * longer word capitalised), and ending with speech punctuation or long enough.
     */
    private static boolean readsLikeSpeech(String words) {
        WordShape shape = WordShape.of(words);
        int n = shape.words();
        boolean title = shape.longWordsCapitalised();
        int len = words.length();
        if (n < 2 || title && n <= TITLE_WORDS) {
            return false;
        }
        char last = words.charAt(len - 1);
        return ".,?!\u2014\u2013-".indexOf(last) >= 0 || n >= SPEECH_WORDS;
    }

    private static Mention mention(String text, Span span, Pool pool) {
        return new Mention(pool.string(Texts.join(text, span.start(), span.end())), span.start(), span.end());
    }
}
