package io.github.wireparse.internal.feed;

import io.github.wireparse.Article;
import io.github.wireparse.InputFormat;
import io.github.wireparse.ParseOptions;
import io.github.wireparse.Problem;
import io.github.wireparse.internal.Problems;
import io.github.wireparse.internal.html.HtmlPipeline;
import io.github.wireparse.internal.text.Digests;
import io.github.wireparse.internal.text.TextPipeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The content-detecting entry: decodes an input, detects its format, splits it into its stories
 * and reads each with its format's reader. Plain text goes to the text pipeline as it always has,
 * HTML to the HTML path.
 */
public final class FeedReader {

    private FeedReader() {}

    /**
     * One story of an input, read when asked.
     *
     * @param index   the story's number in the input, from 1
     * @param offset  where it starts in the decoded input, in characters
     * @param article reads the story
     */
    public record Entry(int index, int offset, Supplier<Article> article) {}

    /**
     * Splits an input given as bytes into its stories.
     *
     * @param bytes   the input
     * @param options the options
     * @return the stories, at least one
     */
    public static List<Entry> entries(byte[] bytes, ParseOptions options) {
        Decoding.Decoded d = Decoding.decode(bytes);
        InputFormat format = FormatDetector.detect(d.text());
        if (format == InputFormat.HTML) {
            return List.of(new Entry(1, 0, () -> html(bytes, d.text(), options)));
        }
        return entries(d.text(), format, options, d.problem(), d.offset());
    }

    /**
     * Splits an input given as text into its stories. Text that is neither a transmission nor a
     * feed document is one story, read by the text pipeline exactly as {@code parse(String)} always
     * has (HTML given as a string included).
     *
     * @param text    the input
     * @param options the options
     * @return the stories, at least one
     */
    public static List<Entry> entries(String text, ParseOptions options) {
        InputFormat format = FormatDetector.detect(text);
        if (format == InputFormat.HTML) {
            format = InputFormat.TEXT;
        }
        return entries(text, format, options, Optional.empty(), 0);
    }

    /**
     * {@return the first story of an input, with a problem saying how many there were when there
     * were several}
     *
     * @param entries the input's stories
     */
    public static Article first(List<Entry> entries) {
        Article a = entries.get(0).article().get();
        if (entries.size() > 1) {
            a = withProblems(
                    a,
                    List.of(Problem.inText(
                            "the input holds " + entries.size()
                                    + " stories; this is the first; parseAll reads them all",
                            0,
                            1,
                            1)),
                    true);
        }
        return a;
    }

    private static Article html(byte[] bytes, String decoded, ParseOptions options) {
        try {
            return HtmlPipeline.parse(bytes, null, "", options);
        } catch (IOException | RuntimeException e) {
            return HtmlPipeline.parse(decoded, "", options);
        }
    }

    private static List<Entry> entries(
            String text, InputFormat format, ParseOptions options, Optional<String> decodeProblem, int decodeOffset) {
        List<Entry> out = new ArrayList<>();
        switch (format) {
            case ANPA, IPTC7901 -> {
                List<int[]> messages = Transmissions.messages(text);
                for (int[] range : messages) {
                    String msg = text.substring(range[0], range[1]);
                    Optional<String> problem =
                            decodeProblem.filter(p -> decodeOffset >= range[0] && decodeOffset < range[1]);
                    int at = decodeOffset - range[0];
                    if (Digests.mayHold(msg)) {
                        // It may be a digest: read now, to know how many stories it holds.
                        List<Transmissions.Story> stories = transmission(msg, format, options);
                        for (int i = 0; i < stories.size(); i++) {
                            Transmissions.Story story = stories.get(i);
                            int end =
                                    i + 1 < stories.size() ? stories.get(i + 1).offset() : Integer.MAX_VALUE;
                            Optional<String> own = problem.filter(p -> at >= story.offset() && at < end);
                            out.add(new Entry(
                                    out.size() + 1,
                                    range[0] + story.offset(),
                                    () -> own.isEmpty()
                                            ? story.article()
                                            : withProblem(story.article(), own.get(), at)));
                        }
                    } else {
                        out.add(new Entry(out.size() + 1, range[0], () -> {
                            Article a =
                                    transmission(msg, format, options).get(0).article();
                            return problem.isEmpty() ? a : withProblem(a, problem.get(), at);
                        }));
                    }
                }
            }
            case NITF, NEWSML, NEWSML_G2 -> {
                XmlFeeds.Result r = XmlFeeds.read(text, options);
                for (FeedItem item : r.items()) {
                    out.add(entry(out.size() + 1, item, decodeProblem));
                }
                if (out.isEmpty()) {
                    List<String> why = new ArrayList<>(r.problems());
                    if (why.isEmpty()) {
                        why.add("the XML document holds no story");
                    }
                    out.add(fallback(text, options, why, decodeProblem));
                }
            }
            case NINJS -> {
                NinjsFeeds.Result r = NinjsFeeds.read(text, options);
                for (FeedItem item : r.items()) {
                    out.add(entry(out.size() + 1, item, decodeProblem));
                }
                if (out.isEmpty()) {
                    out.add(fallback(
                            text,
                            options,
                            List.of(r.problem().orElse("the JSON holds no story") + "; read as plain text"),
                            decodeProblem));
                }
            }
            default -> {
                // A digest (several datelined stories in one text) is read story by story; the
                // split is looked for only in text the pipeline reads whole.
                List<int[]> stories = text.length() <= options.maxInputChars()
                        ? Digests.split(text)
                        : List.of(new int[] {0, text.length()});
                if (stories.size() == 1) {
                    out.add(new Entry(1, 0, () -> {
                        Article a = TextPipeline.parse(text, options);
                        return decodeProblem.isEmpty() ? a : withProblem(a, decodeProblem.get(), decodeOffset);
                    }));
                } else {
                    for (int[] range : stories) {
                        boolean here = decodeOffset >= range[0] && decodeOffset < range[1];
                        out.add(new Entry(out.size() + 1, range[0], () -> {
                            Article a =
                                    TextPipeline.parseStory(text, range[0], range[1], options, TextPipeline.Hints.TEXT);
                            return decodeProblem.isEmpty() || !here
                                    ? a
                                    : withProblem(a, decodeProblem.get(), decodeOffset);
                        }));
                    }
                }
            }
        }
        return out;
    }

    /** Reads one transmission message; each message says what it is, else the file's first one decides. */
    private static List<Transmissions.Story> transmission(String msg, InputFormat format, ParseOptions options) {
        boolean iptc = Transmissions.isIptc7901(msg) || !Transmissions.isAnpa(msg) && format == InputFormat.IPTC7901;
        return iptc ? Transmissions.iptc7901(msg, options) : Transmissions.anpa(msg, options);
    }

    private static Entry entry(int index, FeedItem item, Optional<String> decodeProblem) {
        return new Entry(index, item.offset(), () -> {
            Article a = item.parse().get();
            return decodeProblem.isEmpty() ? a : withProblem(a, decodeProblem.get(), 0);
        });
    }

    /** A document that is not what it looked like: the problems, then the plain-text reading. */
    private static Entry fallback(String text, ParseOptions options, List<String> why, Optional<String> decodeProblem) {
        return new Entry(1, 0, () -> {
            Problems p = new Problems(text, options.maxProblems());
            decodeProblem.ifPresent(s -> p.add(s, 0));
            for (String s : why) {
                p.add(s, 0);
            }
            return TextPipeline.parse(
                    text, options, new TextPipeline.Hints(InputFormat.TEXT, false, Optional.empty(), p.toList()));
        });
    }

    private static Article withProblem(Article a, String message, int offset) {
        Problems p = new Problems(a.text(), Integer.MAX_VALUE);
        p.add(message, Math.max(0, Math.min(offset, a.text().length())));
        return withProblems(a, p.toList(), true);
    }

    private static Article withProblems(Article a, List<Problem> extra, boolean first) {
        List<Problem> all = new ArrayList<>();
        if (first) {
            all.addAll(extra);
            all.addAll(a.problems());
        } else {
            all.addAll(a.problems());
            all.addAll(extra);
        }
        return new Article(
                a.text(),
                a.format(),
                a.headline(),
                a.byline(),
                a.dateline(),
                a.paragraphs(),
                a.boilerplate(),
                a.quotes(),
                a.sources(),
                a.metadata(),
                all,
                a.envelope(),
                a.attributions());
    }
}
