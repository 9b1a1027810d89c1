package io.github.wireparse.internal.html;

import io.github.wireparse.ParseOptions;
import io.github.wireparse.bench.Inputs;
import io.github.wireparse.internal.text.TextPipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Where HTML extraction spends its time: each stage of {@code parseHtml} timed on its own, per page
 * of the issue pages ({@link Inputs#issuePages()}), in this thread's CPU time (best of the later
 * rounds), as a ratio to jsoup's parse of the whole page. The stages run in a rotating order, so no
 * stage always finds the page in the cache. A diagnostic for speed work, not a target figure.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar
 * io.github.wireparse.internal.html.HtmlStages [rounds]}
 */
public final class HtmlStages {

    private HtmlStages() {}

    /**
     * Prints one line per stage.
     *
     * @param args the number of rounds (default 30)
     */
    public static void main(String[] args) {
        List<String> pages = Inputs.issuePages();
        int n = pages.size();
        ParseOptions quotes = ParseOptions.DEFAULTS;
        ParseOptions noQuotes = ParseOptions.DEFAULTS.withExtractQuotes(false);
        Document[] documents = new Document[n];
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            documents[i] = HtmlPipeline.parser(quotes).parseInput(pages.get(i), "");
            texts[i] = HtmlPipeline.parse(documents[i], quotes).text();
        }
        String[] names = {
            "jsoup's parse of the page (baseline)",
            "extraction from the parsed page",
            "  the same without quotes",
            "text pipeline on the rendered text",
            "  the same without quotes",
            "parseHtml, all stages"
        };
        List<IntUnaryOperator> stages = List.of(
                i -> Jsoup.parse(pages.get(i), "").childNodeSize(),
                i -> HtmlPipeline.parse(documents[i], quotes).paragraphs().size(),
                i -> HtmlPipeline.parse(documents[i], noQuotes).paragraphs().size(),
                i -> TextPipeline.parse(texts[i], quotes).paragraphs().size(),
                i -> TextPipeline.parse(texts[i], noQuotes).paragraphs().size(),
                i -> HtmlPipeline.parse(pages.get(i), "", quotes).paragraphs().size());
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        long[][] best = new long[stages.size()][n];
        for (long[] b : best) {
            Arrays.fill(b, Long.MAX_VALUE);
        }
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < stages.size(); k++) {
                    int s = (k + r + i) % stages.size();
                    long t0 = clock.getCurrentThreadCpuTime();
                    sink += stages.get(s).applyAsInt(i);
                    long t = clock.getCurrentThreadCpuTime() - t0;
                    if (r >= rounds / 3) {
                        best[s][i] = Math.min(best[s][i], t);
                    }
                }
            }
        }
        System.out.printf("%-40s %10s %16s%n", "stage", "total ms", "median page ×");
        for (int s = 0; s < stages.size(); s++) {
            double[] ratio = new double[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                ratio[i] = (double) best[s][i] / best[0][i];
                total += best[s][i];
            }
            Arrays.sort(ratio);
            System.out.printf("%-40s %10.1f %16.2f%n", names[s], total / 1e6, ratio[n / 2]);
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
