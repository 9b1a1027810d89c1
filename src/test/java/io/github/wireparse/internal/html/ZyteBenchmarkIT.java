package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Body-text accuracy on the article-extraction benchmark pages in {@code ../shared/corpora/
 * zyte-benchmark/}, scored as the benchmark's own {@code evaluate.py} does: word tokens
 * ({@code \w+}), shingles of four tokens, true/false positives and negatives per page normalised to
 * sum to one, precision and recall averaged over the pages, F1 from those averages.
 */
class ZyteBenchmarkIT {

    /** The measured F1 (0.9732) minus a small margin; raise it when the extractor improves. */
    static final double F1_FLOOR = 0.963;

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Per-page true positives, false positives and false negatives, normalised. */
    record Counts(double tp, double fp, double fn) {}

    /** Averaged scores. */
    record Scores(double precision, double recall, double f1, int pages) {}

    static Path corpus() {
        String shared = System.getProperty("wireparse.shared", "");
        return shared.isEmpty() ? Path.of("/nonexistent") : Path.of(shared, "corpora", "zyte-benchmark");
    }

    @Test
    void extractsBodyTextAboveFloor() throws IOException {
        Path dir = corpus();
        Assumptions.assumeTrue(
                Files.isRegularFile(dir.resolve("ground-truth.json")),
                "zyte-benchmark corpus not found under wireparse.shared (" + dir + "); skipping");
        Scores s = score(dir, null);
        System.out.printf(
                "zyte-benchmark: pages=%d precision=%.4f recall=%.4f F1=%.4f%n",
                s.pages(), s.precision(), s.recall(), s.f1());
        assertThat(s.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    }

    /**
     * Scores every page of the corpus.
     *
     * @param dir     the corpus folder
     * @param perPage receives each page's id and counts when not null
     * @return the averaged scores
     * @throws IOException if a file cannot be read
     */
    static Scores score(Path dir, Map<String, Counts> perPage) throws IOException {
        String gt = Files.readString(dir.resolve("ground-truth.json"), StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> truth = (Map<String, Object>) Json.read(gt).orElseThrow();
        ArticleParser parser = Wireparse.parser();
        List<Counts> all = new ArrayList<>();
        for (Map.Entry<String, Object> e : truth.entrySet()) {
            Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(page)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) e.getValue();
            String expected = item.get("articleBody") instanceof String b ? b : "";
            String url = item.get("url") instanceof String u ? u : "";
            Article a;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                a = parser.parseHtml(in, url);
            }
            Counts c = shingles(expected, body(a));
            all.add(c);
            if (perPage != null) {
                perPage.put(e.getKey(), c);
            }
        }
        return average(all);
    }

    /** {@return the dateline and body paragraphs of an article, as the benchmark's articleBody} */
    static String body(Article a) {
        StringBuilder sb = new StringBuilder();
        a.dateline().ifPresent(d -> sb.append(d.text()).append(' '));
        for (Paragraph p : a.paragraphs()) {
            sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }

    static Counts shingles(String truth, String pred) {
        Map<List<String>, Integer> t = ngrams(truth);
        Map<List<String>, Integer> p = ngrams(pred);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    private static Map<List<String>, Integer> ngrams(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        int n = 4;
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + n));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }

    static Scores average(List<Counts> all) {
        double p = 0;
        int pn = 0;
        double r = 0;
        int rn = 0;
        for (Counts c : all) {
            if (c.tp() + c.fp() > 0) {
                p += c.fp() == 0 && c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fp());
                pn++;
            }
            if (c.tp() + c.fn() > 0) {
                r += c.fp() == 0 && c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fn());
                rn++;
            }
        }
        double precision = pn == 0 ? 0 : p / pn;
        double recall = rn == 0 ? 0 : r / rn;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Scores(precision, recall, f1, all.size());
    }
}
