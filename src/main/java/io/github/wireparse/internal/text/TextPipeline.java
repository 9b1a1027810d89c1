package io.github.wireparse.internal.text;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.Envelope;
import io.github.wireparse.Headline;
import io.github.wireparse.InputFormat;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.Paragraph;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.internal.InputLimit;
import io.github.wireparse.internal.Problems;
import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.dateline.DatelineParser;
import io.github.wireparse.internal.quote.QuoteExtractor;
import io.github.wireparse.internal.text.BoilerplateRules.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plain-text pipeline: blocks, then headline, byline and leading boilerplate, then the dateline,
 * then body paragraphs with inline boilerplate, then the trailer, then quotes. HTML input is reduced
 * to text and comes through here too.
 */
public final class TextPipeline {

    /** How many blocks may stand between the top of the story and its first paragraph. */
    private static final int MAX_LEADING_BLOCKS = 8;

    private static final int MAX_HEADLINE_LENGTH = 250;
    private static final int MAX_HEADLINE_LINES = 3;
    /** Agencies (issue 4): a mixed-case headline ending in an abbreviation is at most this long. */
    private static final int SHORT_HEADLINE = 120;

    private TextPipeline() {}

    /**
     * What the caller already knows about the text, for input that was not plain text to begin
     * with.
     *
     * @param format               the input's format
     * @param firstBlockIsHeadline whether the first block is known to be the headline
     * @param metadata             the page's metadata
     * @param problems             problems found before the text stage, already positioned
     * @param envelope             the transmission's envelope, for feed formats
     */
    public record Hints(
            InputFormat format,
            boolean firstBlockIsHeadline,
            Optional<PageMetadata> metadata,
            List<io.github.wireparse.Problem> problems,
            Optional<Envelope> envelope) {

        /** Hints for plain text: nothing known. */
        public static final Hints TEXT = new Hints(InputFormat.TEXT, false, Optional.empty(), List.of());

        /**
         * Hints without an envelope.
         *
         * @param format               the input's format
         * @param firstBlockIsHeadline whether the first block is known to be the headline
         * @param metadata             the page's metadata
         * @param problems             problems found before the text stage, already positioned
         */
        public Hints(
                InputFormat format,
                boolean firstBlockIsHeadline,
                Optional<PageMetadata> metadata,
                List<io.github.wireparse.Problem> problems) {
            this(format, firstBlockIsHeadline, metadata, problems, Optional.empty());
        }
    }

    /**
     * Parses plain text.
     *
     * @param text    the story
     * @param options the options
     * @return the article
     */
    public static Article parse(String text, ParseOptions options) {
        return parse(text, options, Hints.TEXT);
    }

    /**
     * Parses one story of a text that holds several (see {@link Digests}): the text outside
     * {@code [from, to)} is blanked, so the article's text is the whole text and its spans point
     * into it.
     *
     * @param text    the whole text
     * @param from    the story's first character
     * @param to      the story's end
     * @param options the options
     * @param hints   what is known
     * @return the story's article; its text is {@code text}
     */
    public static Article parseStory(String text, int from, int to, ParseOptions options, Hints hints) {
        Article a = parse(Digests.mask(text, from, to), options, hints);
        return new Article(
                text,
                a.format(),
                a.headline(),
                a.byline(),
                a.dateline(),
                a.paragraphs(),
                a.boilerplate(),
                a.quotes(),
                a.sources(),
                a.metadata(),
                Digests.relocate(text, a.problems(), options.maxProblems()),
                a.envelope(),
                a.attributions());
    }

    /**
     * Parses text with what the caller already knows about it.
     *
     * @param text    the story
     * @param options the options
     * @param hints   what is known
     * @return the article
     */
    public static Article parse(String text, ParseOptions options, Hints hints) {
        int length = text.length();
        int kept = InputLimit.keep(text, options.maxInputChars());
        if (kept < length) {
            text = text.substring(0, kept); // the article's text is the part parsed
        }
        Problems problems = new Problems(text, options.maxProblems());
        for (io.github.wireparse.Problem p : hints.problems()) {
            problems.add(p);
        }
        if (kept < length) {
            problems.add(
                    InputLimit.message(
                            hints.format() == InputFormat.TEXT ? "input" : "article text",
                            length,
                            kept,
                            "characters",
                            options.maxInputChars()),
                    kept);
        }
        checkInput(text, hints.format(), problems);

        List<Block> blocks = BlockSplitter.split(text);
        // Agencies (issue 4): split a sign-off (Reuter, Enditem, -0-) or a Reuters
        // "(Reporting by …)" off the last paragraph's block so that the trailer rules see it.
        blocks = TrailingItems.split(text, blocks);
        List<Boilerplate> boilerplate = new ArrayList<>();
        Optional<Headline> headline = Optional.empty();
        Optional<Byline> byline = Optional.empty();
        Optional<Dateline> dateline = Optional.empty();

        int i = 0;
        int n = blocks.size();

        // Leading region: headline, byline, timestamps, notes, until the first paragraph. The
        // headline may follow an editor's note or advisory, but never a byline.
        int firstBody = -1;
        int bodyStart = -1;
        BlockWords words = new BlockWords(text, blocks);
        for (int k = 0; i < n && k < MAX_LEADING_BLOCKS; k++) {
            Block b = blocks.get(i);
            if (headline.isEmpty()
                    && byline.isEmpty()
                    && ((i == 0 && hints.firstBlockIsHeadline()) || isHeadline(text, blocks, i, words))) {
                // A Yonhap version tag such as (LEAD) or (2nd LD) opening the headline is
                // advisory boilerplate; the headline is the text after it.
                int hs = b.start();
                int tagEnd = BoilerplateRules.headlineTagEnd(text, b.start(), b.end());
                if (tagEnd > b.start() && Texts.skipSpace(text, tagEnd, b.end()) < b.end()) {
                    boilerplate.add(new Boilerplate(
                            BoilerplateKind.ADVISORY, Texts.join(text, b.start(), tagEnd), b.start(), tagEnd));
                    hs = Texts.skipSpace(text, tagEnd, b.end());
                }
                headline = Optional.of(new Headline(Texts.join(text, hs, b.end()), hs, b.end()));
                i++;
                continue;
            }
            if (byline.isEmpty()) {
                Optional<Byline> by = BylineParser.parse(text, b.start(), b.end());
                if (by.isPresent()) {
                    byline = by;
                    i++;
                    continue;
                }
            }
            Optional<BoilerplateKind> kind = BoilerplateRules.classify(words.of(i), Position.LEADING);
            if (kind.isEmpty()) {
                // Feed copy (1989 AP): editor's-note, photo and related-story lines are notes to
                // editors, a release line an advisory; none of them ends the headline or byline search.
                kind = noteKind(words.of(i));
            }
            if (kind.isPresent()) {
                boilerplate.add(new Boilerplate(kind.get(), words.of(i), b.start(), b.end()));
                i++;
                continue;
            }
            Optional<DatelineParser.Match> m = DatelineParser.match(text, b.start(), b.end());
            if (m.isPresent()) {
                dateline = Optional.of(m.get().dateline());
                if (m.get().bodyStart() >= b.end()) {
                    i++; // the dateline stands on its own line; the body starts with the next block
                    firstBody = i;
                    bodyStart = i < n ? blocks.get(i).start() : -1;
                } else {
                    firstBody = i;
                    bodyStart = m.get().bodyStart();
                }
            } else {
                firstBody = i;
                bodyStart = b.start();
            }
            break;
        }
        if (firstBody < 0) {
            firstBody = i;
            bodyStart = i < n ? blocks.get(i).start() : -1;
        }

        // Trailer: walk back from the end over blocks that are trailing boilerplate, keeping
        // their kinds for the body loop.
        int trailerStart = n;
        BoilerplateKind[] trailing = new BoilerplateKind[n];
        while (trailerStart > firstBody) {
            Block b = blocks.get(trailerStart - 1);
            if (trailerStart - 1 == firstBody && bodyStart != b.start()) {
                break; // never take the dateline paragraph as trailer
            }
            Optional<BoilerplateKind> kind = BoilerplateRules.classify(words.of(trailerStart - 1), Position.TRAILING);
            if (kind.isEmpty()) {
                break;
            }
            trailing[--trailerStart] = kind.get();
        }

        List<Paragraph> paragraphs = new ArrayList<>();
        for (int k = firstBody; k < n; k++) {
            Block b = blocks.get(k);
            boolean afterDateline = k == firstBody && bodyStart != b.start();
            int start = afterDateline ? bodyStart : b.start();
            String w = afterDateline ? Texts.join(text, start, b.end()) : words.of(k);
            Optional<BoilerplateKind> kind = afterDateline
                    ? Optional.empty()
                    : k >= trailerStart ? Optional.of(trailing[k]) : BoilerplateRules.classify(w, Position.BODY);
            if (kind.isPresent()) {
                boilerplate.add(new Boilerplate(kind.get(), w, start, b.end()));
            } else {
                paragraphs.add(new Paragraph(w, start, b.end()));
            }
        }
        if (paragraphs.isEmpty() && !text.isBlank()) {
            problems.add("no body paragraphs found", 0);
        }

        QuoteExtractor.Result quotes = options.extractQuotes()
                ? QuoteExtractor.extract(text, paragraphs, problems)
                : new QuoteExtractor.Result(List.of(), List.of());
        return new Article(
                text,
                hints.format(),
                headline,
                byline,
                dateline,
                paragraphs,
                boilerplate,
                quotes.quotes(),
                quotes.sources(),
                hints.metadata(),
                problems.toList(),
                hints.envelope(),
                quotes.attributions());
    }

    private static Optional<BoilerplateKind> noteKind(String block) {
        if (block.length() > 300) {
            return Optional.empty();
        }
        return switch (FeedVocabulary.classify(block)) {
            case NOTE, PHOTO, RELATED -> Optional.of(BoilerplateKind.EDITORS_NOTE);
            case EMBARGO -> Optional.of(BoilerplateKind.ADVISORY);
            default -> Optional.empty();
        };
    }

    /** Each block's words (hard wraps joined), worked out once, on first use. */
    private static final class BlockWords {
        private final String text;
        private final List<Block> blocks;
        private final String[] joined;
        /** Whether the text has no carriage return, so {@link Texts#joinLines} may join it. */
        private final boolean noReturns;

        BlockWords(String text, List<Block> blocks) {
            this.text = text;
            this.blocks = blocks;
            this.joined = new String[blocks.size()];
            this.noReturns = text.indexOf('\r') < 0;
        }

        String of(int k) {
            if (joined[k] == null) {
                Block b = blocks.get(k);
                joined[k] =
                        noReturns ? Texts.joinLines(text, b.start(), b.end()) : Texts.join(text, b.start(), b.end());
            }
            return joined[k];
        }
    }

    private static boolean isHeadline(String text, List<Block> blocks, int index, BlockWords words) {
        if (index + 1 >= blocks.size()) {
            return false; // a headline always has a story under it
        }
        Block b = blocks.get(index);
        if (b.lines() > MAX_HEADLINE_LINES || b.end() - b.start() > MAX_HEADLINE_LENGTH) {
            return false;
        }
        char last = text.charAt(b.end() - 1);
        if (last == ',' || last == ':' || last == ';') {
            return false;
        }
        if (last == '.' && !endsInAbbreviationOrCapitals(text, b.start(), b.end())) {
            return false;
        }
        if (DatelineParser.startsWithDateline(text, b.start(), b.end())
                || BylineParser.looksLikeBylineStart(text, b.start(), b.end())
                || BylineParser.isVonByline(text, b.start(), b.end())) {
            return false;
        }
        return BoilerplateRules.classify(words.of(index), Position.LEADING).isEmpty()
                && noteKind(words.of(index)).isEmpty();
    }

    /**
     * Agencies (issue 4): a headline may end in a period when it is short and its last word is an
     * abbreviation ({@code … TO U.S.}, {@code … S.A.}) or when it is written all in capitals, as wire
     * headlines are ({@code … IEL U.S. NOTE.}); a sentence in mixed case ending in a period is body
     * text.
     */
    private static boolean endsInAbbreviationOrCapitals(String text, int start, int end) {
        int w = end - 1;
        while (w > start && !Texts.isSpace(text.charAt(w - 1))) {
            w--;
        }
        if (end - start <= SHORT_HEADLINE && text.lastIndexOf('.', end - 2) >= w) {
            return true; // an inner period in the last word: U.S., S.A., L.P.
        }
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Reports input that is empty, binary or HTML; never rejects it. */
    private static void checkInput(String text, InputFormat format, Problems problems) {
        if (text.isBlank()) {
            problems.add("empty input: no text to parse", 0);
            return;
        }
        int controls = 0;
        int first = -1;
        int len = text.length();
        for (int k = 0; k < len; k++) {
            char c = text.charAt(k);
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII, the common case
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                    || c == '\uFFFD'
                    || (c >= 0x7F && c < 0xA0)) {
                if (first < 0) {
                    first = k;
                }
                controls++;
            }
        }
        if (controls > 0) {
            problems.add(
                    "input contains " + controls + " control or undecodable characters"
                            + (controls * 100L > len ? "; it may be binary data" : ""),
                    first);
        }
        if (format == InputFormat.TEXT) {
            int s = Texts.skipSpace(text, 0, len);
            if (s < len && text.charAt(s) == '<' && text.indexOf('>', s) > s) {
                problems.add("input looks like HTML markup; parse it with parseHtml", s);
            }
        }
    }
}
