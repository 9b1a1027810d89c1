package io.github.wireparse.internal.html;

import io.github.wireparse.ParseOptions;
import io.github.wireparse.bench.Inputs;
import io.github.wireparse.internal.text.TextPipeline;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What HTML extraction allocates, stage by stage, per page of the issue pages
 * ({@link Inputs#issuePages()}): bytes this thread allocated for each stage (the fewest of the
 * later rounds, so that the JIT's escape analysis has had its chance), summed over the pages and
 * as the median page's ratio to jsoup's parse of the whole page. Allocation does not depend on
 * the machine's load, so this is the figure to watch while cutting allocation; JMH's {@code -prof
 * gc} gives the same totals for the whole {@code parseHtml}.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar
 * io.github.wireparse.internal.html.HtmlAllocation [rounds]}
 */
public final class HtmlAllocation {

    private HtmlAllocation() {}

    /**
     * Prints one line per stage.
     *
     * @param args the number of rounds (default 12)
     */
    public static void main(String[] args) {
        List<String> pages = Inputs.issuePages();
        int n = pages.size();
        ParseOptions quotes = ParseOptions.DEFAULTS;
        Document[] documents = new Document[n];
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            documents[i] = Jsoup.parse(pages.get(i), "");
            texts[i] = HtmlPipeline.parse(documents[i], quotes).text();
        }
        String[] names = {
            "jsoup's parse of the page (baseline)",
            "page scan and strict walk",
            "metadata (after the scan)",
            "extraction from the parsed page, all of it",
            "  of which the text pipeline on the rendered text",
            "parseHtml, all stages"
        };
        PageScan[] scans = new PageScan[n];
        List<IntUnaryOperator> stages = List.of(
                i -> Jsoup.parse(pages.get(i), "").childNodeSize(),
                i -> {
                    scans[i] = new PageScan();
                    Element head = documents[i].head();
                    scans[i].visitSubtree(head);
                    return HtmlBlocks.walk(documents[i].body(), true, scans[i])
                            .blocks
                            .size();
                },
                i -> MetadataExtractor.extract(documents[i], scans[i]).authors().size(),
                i -> HtmlPipeline.parse(documents[i], quotes).paragraphs().size(),
                i -> TextPipeline.parse(texts[i], quotes).paragraphs().size(),
                i -> HtmlPipeline.parse(pages.get(i), "", quotes).paragraphs().size());
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long[][] least = new long[stages.size()][n];
        for (long[] b : least) {
            Arrays.fill(b, Long.MAX_VALUE);
        }
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < stages.size(); s++) {
                    long a0 = mx.getThreadAllocatedBytes(id);
                    sink += stages.get(s).applyAsInt(i);
                    long a = mx.getThreadAllocatedBytes(id) - a0;
                    if (r >= rounds / 2) {
                        least[s][i] = Math.min(least[s][i], a);
                    }
                }
            }
        }
        System.out.printf(
                "%-50s %12s %14s %14s%n", "stage (" + n + " pages)", "total MB", "median page KB", "median page ×");
        for (int s = 0; s < stages.size(); s++) {
            double[] ratio = new double[n];
            long[] bytes = new long[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                ratio[i] = (double) least[s][i] / least[0][i];
                bytes[i] = least[s][i];
                total += least[s][i];
            }
            Arrays.sort(ratio);
            Arrays.sort(bytes);
            System.out.printf("%-50s %12.2f %14.1f %14.3f%n", names[s], total / 1e6, bytes[n / 2] / 1e3, ratio[n / 2]);
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
