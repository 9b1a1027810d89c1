package io.github.wireparse.internal.quote;

import io.github.wireparse.Attribution.Kind;
import io.github.wireparse.Attribution.SourceType;
import io.github.wireparse.Mention;
import io.github.wireparse.Quote;
import io.github.wireparse.Span;
import io.github.wireparse.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts a story's quotations and reported speech together into its attributions, in reading order:
 * <ul>
 * <li>reported speech ({@link ReportedSpeech}) is {@link Kind#INDIRECT}, or {@link Kind#MIXED} when
 * its content holds quoted fragments; those fragments then belong to it and make no attribution of
 * their own; so does a partial quote whose cue stands before it in its sentence, with the clause
 * from the cue to the clause's end as content ({@link ReportedSpeech#aroundPartial});</li>
 * <li>every other partial quote is {@link Kind#PARTIAL}, every other full quote
 * {@link Kind#DIRECT}, unless it is part of the writer's clause: a quote with a speaker that runs
 * on into lower-case words of the writer ({@code “…unlikely” that Sanders can win}), or whose cue
 * and "that" stand before it with words between ({@code noted that, after taxes, “…”}), is
 * {@link Kind#MIXED}, the clause being its content (an indirect clause found for the words before
 * the quote is then left out);</li>
 * <li>a full quote split by its own attribution ({@code “First part,” she said, “second
 * part.”}: the second part takes the first part's speaker or cue and the words between the parts hold
 * the cue and end with a comma) is one attribution with two segments;</li>
 * <li>so is a full quote and the sentence quotes after it in its paragraph that take its speaker
 * ({@code “S1,” she said. “S2.”}, the words between being the first one's attribution sentence or
 * none): one utterance, as PolNeAR annotates it, a segment per quote.</li>
 * </ul>
 * Quotes keep the source the quote rules gave them; reported speech is resolved after every quote,
 * so adding it changes no quote. Stateless.
 */
final class Attributions {

    /** The most characters between the two parts of a split quote. */
    private static final int SPLIT_GAP = 160;

    /** The most characters between a quote and the next sentence quote that goes on its utterance. */
    private static final int CONTINUE_GAP = 320;

    private Attributions() {}

    /**
     * Builds the attributions of a story.
     *
     * @param text      the story's text
     * @param quotes    the quotes kept, in reading order
     * @param found     what the quote rules found for each kept quote
     * @param kept      for each raw quotation, its index in {@code quotes}, or -1
     * @param reported  the reported speech, in reading order
     * @param resolver  the story's speaker resolver, every quote already resolved
     * @param pool      the story's shared strings
     * @return the attributions, in reading order
     */
    static List<io.github.wireparse.Attribution> build(
            String text,
            List<Quote> quotes,
            List<Attribution.Found> found,
            int[] kept,
            List<ReportedSpeech.Found> reported,
            SpeakerResolver resolver,
            QuoteExtractor.Pool pool) {
        record Placed(int start, io.github.wireparse.Attribution a) {}
        List<Placed> out = new ArrayList<>();
        boolean[] absorbed = new boolean[quotes.size()];
        List<Span> clauses = new ArrayList<>();
        for (ReportedSpeech.Found r : reported) {
            List<Integer> held = new ArrayList<>();
            for (int raw : r.quotes()) {
                if (raw >= 0 && raw < kept.length && kept[raw] >= 0 && !absorbed[kept[raw]]) {
                    held.add(kept[raw]);
                }
            }
            int at = r.segments().get(0).start();
            Optional<Speaker> sp = r.speaker();
            Optional<String> source = sp.flatMap(s -> resolver.resolveReported(s, at));
            for (int q : held) {
                absorbed[q] = true;
            }
            out.add(new Placed(
                    at,
                    new io.github.wireparse.Attribution(
                            held.isEmpty() ? Kind.INDIRECT : Kind.MIXED,
                            content(text, r.segments(), pool),
                            at,
                            r.segments().get(r.segments().size() - 1).end(),
                            r.segments(),
                            sp.map(s -> mention(text, s.whole(), pool)),
                            source.map(pool::string),
                            sp.map(s -> resolver.type(s, source)),
                            Optional.of(mention(text, r.cue(), pool)),
                            held)));
        }
        for (int q = 0; q < quotes.size(); q++) {
            if (absorbed[q]) {
                continue;
            }
            Quote quote = quotes.get(q);
            Attribution.Found f = found.get(q);
            List<Span> segments = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            segments.add(quote.span());
            held.add(q);
            String words = quote.text();
            if (!quote.partial()
                    && q + 1 < quotes.size()
                    && !absorbed[q + 1]
                    && isSplit(text, quote, quotes.get(q + 1), found.get(q + 1))) {
                Quote next = quotes.get(q + 1);
                segments.add(next.span());
                held.add(q + 1);
                words = words + " " + next.text();
                q++;
            }
            while (!quote.partial()
                    && q + 1 < quotes.size()
                    && !absorbed[q + 1]
                    && continues(text, quote, quotes.get(q), quotes.get(q + 1), found.get(q + 1))) {
                Quote next = quotes.get(q + 1);
                segments.add(next.span());
                held.add(q + 1);
                words = words + " " + next.text();
                q++;
            }
            Optional<SourceType> type = f.speaker().map(s -> resolver.type(s, quote.source()));
            Kind kind = quote.partial() ? Kind.PARTIAL : Kind.DIRECT;
            if (kind == Kind.DIRECT && segments.size() == 1) {
                int from = afterThat(text, quote);
                int to = continuation(text, quote);
                if (from < quote.start() || to > quote.end()) {
                    // "“…unlikely” that Sanders can win", "said that, in short, “…”": the quote is
                    // part of the writer's clause, so the clause is the content
                    kind = Kind.MIXED;
                    Span clause = new Span(Math.min(from, quote.start()), Math.max(to, quote.end()));
                    segments.set(0, clause);
                    clauses.add(clause);
                    words = Texts.join(text, clause.start(), clause.end());
                }
            }
            out.add(new Placed(
                    quote.start(),
                    new io.github.wireparse.Attribution(
                            kind,
                            pool.string(words),
                            segments.get(0).start(),
                            segments.get(segments.size() - 1).end(),
                            segments,
                            quote.speaker(),
                            quote.source(),
                            type,
                            quote.cue(),
                            held)));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<io.github.wireparse.Attribution> list = new ArrayList<>(out.size());
        clauses.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Placed p : out) {
            if (p.a().kind() == Kind.INDIRECT && within(clauses, p.a().span())) {
                continue; // the words before a quote that a quote's clause now holds
            }
            list.add(p.a());
        }
        return List.copyOf(list);
    }

    /**
     * Whether {@code next} may join the utterance that {@code first} opened and {@code last} has
     * reached so far: a full quote, with the first quote's cue (or a speaker the first inherited),
     * in the paragraph where {@code last} ends and at most {@code maxGap} characters after it.
     */
    private static boolean mayJoin(Quote first, Quote last, Quote next, Attribution.Found f, int maxGap) {
        boolean sameCue = first.cue().isPresent() && first.cue().equals(next.cue());
        return !next.partial()
                && (f.inherited() || sameCue)
                && first.cue().isPresent()
                && last.paragraphs()
                        .get(last.paragraphs().size() - 1)
                        .equals(next.paragraphs().get(0))
                && next.start() - last.end() <= maxGap;
    }

    /**
     * Whether a full quote and the next one are the two parts of one utterance: the second took
     * the first one's speaker or has the same cue, in the same paragraph, and the words between them are the first
     * one's cue, ending with a comma.
     */
    private static boolean isSplit(String text, Quote first, Quote second, Attribution.Found f) {
        if (!mayJoin(first, first, second, f, SPLIT_GAP)) {
            return false;
        }
        Mention cue = first.cue().get();
        if (cue.start() < first.end() || cue.end() > second.start()) {
            return false;
        }
        int e = second.start() - 1;
        while (e > cue.end()
                && !Character.isLetterOrDigit(text.charAt(e - 1))
                && text.charAt(e - 1) != ','
                && text.charAt(e - 1) != '.'
                && text.charAt(e - 1) != ':') {
            e--;
        }
        return e > cue.end() - 1 && text.charAt(e - 1) == ',';
    }

    /**
     * Whether a full quote goes on the utterance that {@code first} opens and {@code last} (a quote
     * of it) ends: in the same paragraph, it took the first one's speaker or has its cue, and the
     * words between it and the last quote are the sentence of the first one's cue, ending right
     * before it ({@code “S1,” she told a meeting in Ames. “S2.”}), or no words at all
     * ({@code “S1.” “S2.”}).
     */
    private static boolean continues(String text, Quote first, Quote last, Quote next, Attribution.Found f) {
        if (!mayJoin(first, last, next, f, CONTINUE_GAP)) {
            return false;
        }
        Mention cue = first.cue().get();
        boolean cueBetween = cue.start() >= last.end() && cue.end() <= next.start();
        int from = cueBetween ? cue.end() : last.end();
        boolean stop = !cueBetween;
        for (int i = from; i < next.start(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!cueBetween) {
                    return false;
                }
                stop = false;
            } else if (c == '.' || c == '!' || c == '?') {
                stop = true;
            }
        }
        return stop;
    }

    /**
     * Where the writer's clause that a full quote continues ends: the quote has a speaker, holds no closing
     * punctuation and a lower-case word that is not its attribution follows its closing mark
     * ({@code “…extremely unlikely” that Sanders can win, he said.}); the clause runs to the
     * sentence's end or to the comma before the quote's speaker or cue after it. Else the quote's
     * end.
     */
    private static int continuation(String text, Quote quote) {
        int end = quote.end();
        if (quote.speaker().isEmpty() || end == 0 || ",.?!:;-\u2014\u2013\u2026".indexOf(text.charAt(end - 1)) >= 0) {
            return end;
        }
        int i = end;
        while (i < text.length() && i - end < 3 && isMark(text.charAt(i))) {
            i++;
        }
        if (i == end || i >= text.length() || text.charAt(i) != ' ') {
            return end;
        }
        int w = i + 1;
        if (w >= text.length() || !Character.isLowerCase(text.charAt(w))) {
            return end;
        }
        int attribution = Integer.MAX_VALUE;
        for (Optional<Mention> m : List.of(quote.cue(), quote.speaker())) {
            if (m.isPresent() && m.get().start() >= end) {
                attribution = Math.min(attribution, m.get().start());
            }
        }
        if (attribution <= w + 1) {
            return end; // “…” he said: the attribution, with no comma
        }
        int stop = w;
        int limit = Math.min(text.length(), w + CONTINUE_GAP);
        while (stop < limit && stop < attribution) {
            char c = text.charAt(stop);
            if (c == '\n'
                    || (c == '.' || c == '?' || c == '!' || c == ';')
                            && (stop + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(stop + 1)))) {
                break;
            }
            stop++;
        }
        if (stop >= limit) {
            return end;
        }
        if (attribution != Integer.MAX_VALUE && stop == attribution) {
            int comma = text.lastIndexOf(',', stop);
            if (comma <= w) {
                return end;
            }
            stop = comma;
        }
        while (stop > w
                && !Character.isLetterOrDigit(text.charAt(stop - 1))
                && !isMark(text.charAt(stop - 1))
                && text.charAt(stop - 1) != ')') {
            stop--;
        }
        return stop;
    }

    /**
     * Where the writer's clause that holds a full quote starts when the quote's cue stands before it
     * followed by "that" ({@code he noted that, for the first time, “…”}): right after "that". Else
     * the quote's start.
     */
    private static int afterThat(String text, Quote quote) {
        if (quote.cue().isEmpty() || quote.cue().get().end() > quote.start()) {
            return quote.start();
        }
        int c = quote.cue().get().end();
        int j = c;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j + 4 > text.length()
                || !text.regionMatches(true, j, "that", 0, 4)
                || j + 4 < text.length() && Character.isLetterOrDigit(text.charAt(j + 4))) {
            return quote.start();
        }
        int from = j + 4;
        for (int k = from; k < quote.start(); k++) {
            char ch = text.charAt(k);
            if (ch == '\n' || ch == '.' || ch == '?' || ch == '!' || k - from > CONTINUE_GAP) {
                return quote.start();
            }
        }
        while (from < quote.start() && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        // with no words between "that" and the quote, the quote itself opens the clause
        return from >= quote.start() ? quote.start() : from;
    }

    /** Whether a span lies inside one of the clauses, sorted by start (a binary search). */
    private static boolean within(List<Span> clauses, Span span) {
        int lo = 0;
        int hi = clauses.size() - 1;
        int at = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (clauses.get(mid).start() <= span.start()) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return at >= 0 && span.isWithin(clauses.get(at));
    }

    /** Whether a character is a quotation mark of any style. */
    private static boolean isMark(char c) {
        return c == '"'
                || c == '\''
                || c == '\u201C'
                || c == '\u201D'
                || c == '\u2018'
                || c == '\u2019'
                || c == '\u00AB'
                || c == '\u00BB'
                || c == '`';
    }

    private static String content(String text, List<Span> segments, QuoteExtractor.Pool pool) {
        if (segments.size() == 1) {
            return pool.string(
                    Texts.join(text, segments.get(0).start(), segments.get(0).end()));
        }
        StringBuilder sb = new StringBuilder();
        for (Span s : segments) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Texts.join(text, s.start(), s.end()));
        }
        return pool.string(sb.toString());
    }

    private static Mention mention(String text, Span span, QuoteExtractor.Pool pool) {
        return new Mention(pool.string(Texts.join(text, span.start(), span.end())), span.start(), span.end());
    }
}
