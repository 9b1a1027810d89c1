package io.github.wireparse.internal.quote;

import static io.github.wireparse.internal.quote.PolnearCorpus.snippet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Quote;
import io.github.wireparse.Span;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures quote extraction against the hand-labelled attributions of PolNeAR (train split), read in
 * place from {@code ${wireparse.shared}/corpora/polnear-train}; skipped when the corpus is absent.
 *
 * <p>Gold direct quotes: each fragment of an attribution's Content that opens with a quotation mark
 * and closes with one (curly, straight, or the doubled apostrophes some papers use; trailing
 * punctuation allowed), from the first annotator's file of each
 * article; brat offsets are code points and are converted to UTF-16. Quotes in the headline line
 * are left out, since {@code Article.quotes()} covers the body only.
 * <ul>
 * <li>Recall: the share of gold direct quotes that some extracted quote overlaps.</li>
 * <li>Precision: the share of extracted quotes that overlap some gold Content (a direct quote, or a
 * paraphrase that holds the partial quote).</li>
 * <li>Speaker accuracy: over matched gold quotes that have a Source, the share whose first
 * overlapping extracted quote has a speaker mention overlapping that Source.</li>
 * <li>Printed for information: the share of extracted full quotes that overlap a gold direct
 * quote (a strict precision for full quotes).</li>
 * <li>Printed for information: for extracted partial quotes that lie in a labelled attribution
 * with a Source, the share whose speaker mention overlaps that Source.</li>
 * </ul>
 * Set {@code -Dwireparse.eval.report=<file>} to write the misses for inspection.
 */
class PolnearEvaluationIT {

    /**
     * Floors: the measured figures (precision 0.9750, recall 0.9812, F1 0.9781, speaker accuracy
     * 0.9537 on 5,430 gold quotes) minus about 0.02, so regressions fail the build.
     */
    private static final double MIN_PRECISION = 0.955;

    private static final double MIN_RECALL = 0.961;
    private static final double MIN_F1 = 0.958;
    private static final double MIN_SPEAKER = 0.933;

    private record Gold(Span content, List<Span> sources) {}

    @Test
    void measuresQuotesAgainstPolnear() throws IOException {
        Path root = PolnearCorpus.root();

        int gold = 0;
        int found = 0;
        int recalled = 0;
        int precise = 0;
        int judged = 0;
        int speakerRight = 0;
        int partialJudged = 0;
        int fullFound = 0;
        int fullDirect = 0;
        int partialRight = 0;
        String reportFile = System.getProperty("wireparse.eval.report", "");
        StringBuilder report = new StringBuilder();

        for (PolnearCorpus.Document d : PolnearCorpus.documents(root)) {
            String name = d.name();
            String text = d.text();
            List<Gold> contents = new ArrayList<>();
            List<Gold> direct = new ArrayList<>();
            readGold(d, contents, direct);

            Article a = Wireparse.parse(text);
            int bodyStart = a.headline().map(h -> h.span().end()).orElse(0);
            List<Quote> quotes = a.quotes();
            found += quotes.size();
            for (Quote q : quotes) {
                if (!q.partial()) {
                    fullFound++;
                    boolean isDirect = false;
                    for (Gold g : direct) {
                        if (g.content().overlaps(q.span())) {
                            isDirect = true;
                            break;
                        }
                    }
                    if (isDirect) {
                        fullDirect++;
                    } else if (!reportFile.isEmpty()) {
                        String holderText = "-";
                        for (Gold c : contents) {
                            if (c.content().overlaps(q.span())) {
                                holderText = snippet(c.content().of(text));
                                break;
                            }
                        }
                        report.append("FD ")
                                .append(name)
                                .append(" «")
                                .append(snippet(q.text()))
                                .append("» content=")
                                .append(holderText)
                                .append('\n');
                    }
                }
                Gold holder = null;
                for (Gold c : contents) {
                    if (c.content().overlaps(q.span())) {
                        holder = c;
                        break;
                    }
                }
                if (holder != null) {
                    precise++;
                    if (q.partial() && !holder.sources().isEmpty()) {
                        partialJudged++;
                        boolean right = false;
                        for (Span s : holder.sources()) {
                            right |= q.speaker().isPresent()
                                    && s.overlaps(q.speaker().get().span());
                        }
                        if (right) {
                            partialRight++;
                        } else if (!reportFile.isEmpty()) {
                            report.append("PS ")
                                    .append(name)
                                    .append(" gold=")
                                    .append(holder.sources().get(0).of(text))
                                    .append(" ours=")
                                    .append(q.speaker().map(m -> m.text()).orElse("-"))
                                    .append(" «")
                                    .append(snippet(q.text()))
                                    .append("»\n");
                        }
                    }
                } else if (!reportFile.isEmpty()) {
                    report.append("FP ")
                            .append(name)
                            .append(" «")
                            .append(q.text())
                            .append("» ")
                            .append(q.speaker().map(m -> m.text()).orElse("-"))
                            .append('\n');
                }
            }
            for (Gold g : direct) {
                if (g.content().end() <= bodyStart) {
                    continue;
                }
                gold++;
                Quote match = null;
                for (Quote q : quotes) {
                    if (q.span().overlaps(g.content())) {
                        match = q;
                        break;
                    }
                }
                if (match == null) {
                    if (!reportFile.isEmpty()) {
                        report.append("FN ")
                                .append(name)
                                .append(" ")
                                .append(snippet(g.content().of(text)))
                                .append('\n');
                    }
                    continue;
                }
                recalled++;
                if (g.sources().isEmpty()) {
                    continue;
                }
                judged++;
                boolean right = false;
                if (match.speaker().isPresent()) {
                    for (Span s : g.sources()) {
                        right |= s.overlaps(match.speaker().get().span());
                    }
                }
                if (right) {
                    speakerRight++;
                } else if (!reportFile.isEmpty()) {
                    StringBuilder src = new StringBuilder();
                    for (Span s : g.sources()) {
                        src.append(s.of(text)).append(' ');
                    }
                    report.append("SP ")
                            .append(name)
                            .append(" gold=")
                            .append(src)
                            .append("ours=")
                            .append(match.speaker().map(m -> m.text()).orElse("-"))
                            .append(" «")
                            .append(snippet(match.text()))
                            .append("»\n");
                }
            }
        }
        double precision = ratio(precise, found);
        double recall = ratio(recalled, gold);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double speaker = ratio(speakerRight, judged);
        System.out.printf(
                Locale.ROOT,
                "PolNeAR train quotes: gold direct quotes %d, extracted %d, "
                        + "precision %.4f (%d), recall %.4f (%d), F1 %.4f; speaker accuracy %.4f (%d of %d)%n",
                gold,
                found,
                precision,
                precise,
                recall,
                recalled,
                f1,
                speaker,
                speakerRight,
                judged);
        System.out.printf(
                Locale.ROOT,
                "PolNeAR train full quotes overlapping a gold direct quote: " + "%.4f (%d of %d)%n",
                ratio(fullDirect, fullFound),
                fullDirect,
                fullFound);
        System.out.printf(
                Locale.ROOT,
                "PolNeAR train partial quotes inside a labelled attribution: "
                        + "speaker matches its Source for %.4f (%d of %d)%n",
                ratio(partialRight, partialJudged),
                partialRight,
                partialJudged);
        if (!reportFile.isEmpty()) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Paths.get(reportFile)))) {
                w.print(report);
            }
        }
        assertThat(precision).as("quote precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(recall).as("quote recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(f1).as("quote F1").isGreaterThanOrEqualTo(MIN_F1);
        assertThat(speaker).as("speaker accuracy").isGreaterThanOrEqualTo(MIN_SPEAKER);
    }

    private static void readGold(PolnearCorpus.Document d, List<Gold> contents, List<Gold> direct) {
        for (PolnearCorpus.Relation r : PolnearCorpus.relations(d)) {
            for (Span c : r.content()) {
                contents.add(new Gold(c, r.source()));
                if (isDirect(c.of(d.text()))) {
                    direct.add(new Gold(c, r.source()));
                }
            }
        }
    }

    /**
     * A content fragment lies inside quotation marks when it opens with a mark and closes with one,
     * or, for a quotation the annotator cut into several fragments, when it opens with a mark and
     * holds no closing mark, or closes with a mark and holds no opening one.
     */
    static boolean isDirect(String content) {
        String s = content.replace('\u00A0', ' ').strip();
        int e = s.length();
        while (e > 0 && ".,;:?!)".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        if (s.length() < 3 || e < 2) {
            return false;
        }
        boolean opens = s.charAt(0) == '“' || s.charAt(0) == '"' || s.startsWith("''") || s.startsWith("``");
        boolean closes = s.charAt(e - 1) == '”' || s.charAt(e - 1) == '"' || e >= 3 && s.startsWith("''", e - 2);
        if (opens && closes) {
            return true;
        }
        String inner = s.substring(opens ? 1 : 0, closes ? e - 1 : s.length());
        boolean anyMark =
                inner.indexOf('“') >= 0 || inner.indexOf('”') >= 0 || inner.indexOf('"') >= 0 || inner.contains("''");
        return (opens || closes) && !anyMark;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
