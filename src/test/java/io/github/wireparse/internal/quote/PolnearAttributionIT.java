package io.github.wireparse.internal.quote;

import static io.github.wireparse.internal.quote.PolnearCorpus.snippet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Attribution;
import io.github.wireparse.Span;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures attributions of every kind against the hand-labelled attributions of PolNeAR (train
 * split), read in place from {@code ${wireparse.shared}/corpora/polnear-train}; skipped when the
 * corpus is absent.
 *
 * <p>Gold: every attribution relation of the first annotator's file, its Content being all its
 * fragments together; it is direct when every fragment lies in quotation marks
 * ({@link PolnearEvaluationIT#isDirect}), else indirect or mixed. Attributions in the headline
 * line are left out, since {@code Article.attributions()} covers the body only.
 * <ul>
 * <li>Content match: the bag-of-words token F1 of an extracted attribution's content against a
 * gold Content is at least 0.5 (strict: a partial quote matched against the mixed clause that
 * holds it usually falls short).</li>
 * <li>Two groups, each scored on its own: direct (extracted {@code DIRECT}, a split quote counted
 * once, against gold direct) and indirect/mixed (extracted {@code MIXED}, {@code INDIRECT} and
 * {@code PARTIAL} against gold indirect or mixed). Precision counts every extracted item of the
 * group: the share matching some gold Content of the group. Recall: the share of gold items some
 * extracted item of the group matches.</li>
 * <li>Source accuracy: over matched gold items with a Source, the share whose best-matching
 * extracted item has a speaker mention overlapping the annotated Source.</li>
 * <li>Attributed F1: an extracted item counts when it matches a gold item's content and, if that
 * gold item has a Source, its speaker overlaps the Source.</li>
 * </ul>
 * Set {@code -Dwireparse.eval.report=<file>} to write the misses for inspection.
 */
class PolnearAttributionIT {

    /**
     * Floors: the indirect/mixed ones just under the measured dev figures, the direct ones about
     * 0.01 under, so regressions fail the build. Measured: indirect/mixed precision 0.8754, recall
     * 0.3864, F1 0.5361, source accuracy 0.8885 (4,902 of 5,517), attributed F1 0.4811 on 14,528
     * gold items (6,202 extracted; before content ends stopped at `, but` with a subject of its
     * own, a dash and a conjunction, and a concession: precision 0.8751, recall 0.3856, F1 0.5353,
     * source accuracy 0.8861, attributed F1 0.4789 of 6,183 extracted); direct quotes precision
     * 0.8665, recall 0.9519, F1 0.9072, source accuracy 0.9571 on 3,532 gold items (3,918
     * extracted). Before issue 17's third round (more cues and constructions; attribution spans
     * and direct precision): indirect/mixed precision 0.8696, recall 0.3327, F1 0.4813, source
     * accuracy 0.8860, attributed F1 0.4302; direct precision 0.7704 (5,414 extracted), recall
     * 0.9584, F1 0.8542, source accuracy 0.9550. Before its second round: indirect/mixed precision
     * 0.8777, recall 0.2695, F1 0.4124, source accuracy 0.8758, attributed F1 0.3639.
     */
    private static final double MIN_INDIRECT_PRECISION = 0.874;

    private static final double MIN_INDIRECT_F1 = 0.535;
    private static final double MIN_INDIRECT_SOURCE = 0.887;
    private static final double MIN_INDIRECT_ATTRIBUTED_F1 = 0.480;
    private static final double MIN_DIRECT_PRECISION = 0.856;
    private static final double MIN_DIRECT_F1 = 0.897;
    private static final double MIN_DIRECT_SOURCE = 0.945;

    /** The token F1 a content must reach against a gold Content to match it. */
    private static final double MATCH = 0.5;

    private record Gold(
            List<Span> content, List<Span> sources, boolean direct, Map<String, Integer> bag, List<Span> cue) {}

    /** Counts for one group. */
    private static final class Score {
        int extracted;
        int precise;
        int attributedPrecise;
        int gold;
        int recalled;
        int attributedRecalled;
        int judged;
        int sourceRight;

        double precision() {
            return ratio(precise, extracted);
        }

        double recall() {
            return ratio(recalled, gold);
        }

        double f1() {
            return harmonic(precision(), recall());
        }

        double attributedF1() {
            return harmonic(ratio(attributedPrecise, extracted), ratio(attributedRecalled, gold));
        }

        double source() {
            return ratio(sourceRight, judged);
        }

        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "PolNeAR train %s: gold %d, extracted %d, precision %.4f,"
                            + " recall %.4f, F1 %.4f; source accuracy %.4f (%d of %d); attributed P %.4f"
                            + " R %.4f F1 %.4f",
                    name,
                    gold,
                    extracted,
                    precision(),
                    recall(),
                    f1(),
                    source(),
                    sourceRight,
                    judged,
                    ratio(attributedPrecise, extracted),
                    ratio(attributedRecalled, gold),
                    attributedF1());
        }
    }

    @Test
    void measuresAttributionsAgainstPolnear() throws IOException {
        Path root = PolnearCorpus.root();
        Score direct = new Score();
        Score indirect = new Score();
        String reportFile = System.getProperty("wireparse.eval.report", "");
        StringBuilder report = new StringBuilder();

        for (PolnearCorpus.Document d : PolnearCorpus.documents(root)) {
            String name = d.name();
            String text = d.text();
            Article a = Wireparse.parse(text);
            int bodyStart = a.headline().map(h -> h.span().end()).orElse(0);
            List<Gold> golds = new ArrayList<>();
            for (Gold g : readGold(d)) {
                if (g.content().get(g.content().size() - 1).end() > bodyStart) {
                    golds.add(g);
                }
            }
            List<Attribution> found = a.attributions();
            List<Map<String, Integer>> bags = new ArrayList<>();
            for (Attribution x : found) {
                bags.add(bag(x.text()));
            }
            // precision: each extracted item against the gold items of its group
            for (int i = 0; i < found.size(); i++) {
                Attribution x = found.get(i);
                boolean isDirect = x.kind() == Attribution.Kind.DIRECT;
                Score s = isDirect ? direct : indirect;
                s.extracted++;
                Gold best = null;
                double bestF = 0;
                for (Gold g : golds) {
                    if (g.direct() != isDirect) {
                        continue;
                    }
                    double tf = tokenF1(bags.get(i), g.bag());
                    if (tf > bestF) {
                        bestF = tf;
                        best = g;
                    }
                }
                if (best != null && bestF >= MATCH) {
                    s.precise++;
                    if (sourceRight(x, best)) {
                        s.attributedPrecise++;
                    }
                } else if (!reportFile.isEmpty()) {
                    report.append("FP ")
                            .append(x.kind())
                            .append(' ')
                            .append(name)
                            .append(" «")
                            .append(snippet(x.text()))
                            .append("» ")
                            .append(x.speaker().map(m -> m.text()).orElse("-"))
                            .append('\n');
                }
            }
            // recall and source accuracy: each gold item against the extracted items of its group
            for (Gold g : golds) {
                Score s = g.direct() ? direct : indirect;
                s.gold++;
                Attribution best = null;
                double bestF = 0;
                for (int i = 0; i < found.size(); i++) {
                    if ((found.get(i).kind() == Attribution.Kind.DIRECT) != g.direct()) {
                        continue;
                    }
                    double tf = tokenF1(bags.get(i), g.bag());
                    if (tf > bestF) {
                        bestF = tf;
                        best = found.get(i);
                    }
                }
                if (best == null || bestF < MATCH) {
                    if (!reportFile.isEmpty()) {
                        report.append("FN ")
                                .append(g.direct() ? "D " : "I ")
                                .append(name)
                                .append(" [")
                                .append(g.cue().isEmpty() ? "-" : g.cue().get(0).of(text))
                                .append("] ")
                                .append(snippet(g.content().get(0).of(text)))
                                .append('\n');
                    }
                    continue;
                }
                s.recalled++;
                if (sourceRight(best, g)) {
                    s.attributedRecalled++;
                }
                if (g.sources().isEmpty()) {
                    continue;
                }
                s.judged++;
                if (sourceRight(best, g)) {
                    s.sourceRight++;
                } else if (!reportFile.isEmpty()) {
                    report.append("SP ")
                            .append(name)
                            .append(" gold=")
                            .append(g.sources().get(0).of(text))
                            .append(" ours=")
                            .append(best.speaker().map(m -> m.text()).orElse("-"))
                            .append(" «")
                            .append(snippet(best.text()))
                            .append("»\n");
                }
            }
        }
        System.out.println(indirect.line("indirect/mixed attributions"));
        System.out.println(direct.line("direct quotes (split quotes once)"));
        if (!reportFile.isEmpty()) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Paths.get(reportFile)))) {
                w.print(report);
            }
        }
        assertThat(indirect.precision()).as("indirect/mixed precision").isGreaterThanOrEqualTo(MIN_INDIRECT_PRECISION);
        assertThat(indirect.f1()).as("indirect/mixed F1").isGreaterThanOrEqualTo(MIN_INDIRECT_F1);
        assertThat(indirect.source()).as("indirect/mixed source accuracy").isGreaterThanOrEqualTo(MIN_INDIRECT_SOURCE);
        assertThat(indirect.attributedF1())
                .as("indirect/mixed attributed F1")
                .isGreaterThanOrEqualTo(MIN_INDIRECT_ATTRIBUTED_F1);
        assertThat(direct.precision()).as("direct precision").isGreaterThanOrEqualTo(MIN_DIRECT_PRECISION);
        assertThat(direct.f1()).as("direct F1").isGreaterThanOrEqualTo(MIN_DIRECT_F1);
        assertThat(direct.source()).as("direct source accuracy").isGreaterThanOrEqualTo(MIN_DIRECT_SOURCE);
    }

    /** Whether the speaker overlaps the gold Source; right by default when the gold has none. */
    private static boolean sourceRight(Attribution x, Gold g) {
        if (g.sources().isEmpty()) {
            return true;
        }
        if (x.speaker().isEmpty()) {
            return false;
        }
        for (Span s : g.sources()) {
            if (s.overlaps(x.speaker().get().span())) {
                return true;
            }
        }
        return false;
    }

    private static List<Gold> readGold(PolnearCorpus.Document d) {
        String text = d.text();
        List<Gold> out = new ArrayList<>();
        for (PolnearCorpus.Relation r : PolnearCorpus.relations(d)) {
            List<Span> content = r.content();
            if (content.isEmpty()) {
                continue;
            }
            List<Span> source = r.source();
            boolean isDirect = true;
            StringBuilder words = new StringBuilder();
            for (Span c : content) {
                isDirect &= PolnearEvaluationIT.isDirect(c.of(text));
                words.append(c.of(text)).append(' ');
            }
            out.add(new Gold(content, source, isDirect, bag(words.toString()), r.cue()));
        }
        return out;
    }

    /** {@return the lower-case words (letters and digits) of a text, counted} */
    static Map<String, Integer> bag(String s) {
        Map<String, Integer> out = new HashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.merge(s.substring(start, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return out;
    }

    /** {@return the bag-of-words F1 of two token bags} */
    static double tokenF1(Map<String, Integer> a, Map<String, Integer> b) {
        int na = 0;
        int nb = 0;
        int common = 0;
        for (int v : a.values()) {
            na += v;
        }
        for (int v : b.values()) {
            nb += v;
        }
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        return harmonic((double) common / na, (double) common / nb);
    }

    private static double harmonic(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
