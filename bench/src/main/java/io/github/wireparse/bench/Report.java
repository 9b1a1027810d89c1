package io.github.wireparse.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a JMH CSV result ({@code -rf csv}) into the figures BENCHMARKS.md gives: ratios against
 * the same-run baselines, MB/s, growth of the time per kilobyte, and allocation per parse (when
 * the run used {@code -prof gc}).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.github.wireparse.bench.Report
 * target/jmh-result.csv}
 */
public final class Report {

    private Report() {}

    /**
     * Prints the report.
     *
     * @param args the CSV file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        Map<String, Double> score = new HashMap<>();
        Map<String, Double> error = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            List<String> f = csv(line);
            if (f.size() < 7 || f.get(0).equals("Benchmark")) {
                continue;
            }
            String name = f.get(0).replace("io.github.wireparse.bench.", "").replace(":·", ":");
            StringBuilder key = new StringBuilder(name);
            for (int i = 7; i < f.size(); i++) {
                if (!f.get(i).isEmpty()) {
                    key.append(' ').append(f.get(i));
                }
            }
            score.put(key.toString(), Double.parseDouble(f.get(4)));
            error.put(key.toString(), f.get(5).isEmpty() || f.get(5).equals("NaN") ? 0 : Double.parseDouble(f.get(5)));
        }

        System.out.println("## Text parse (time per operation over the whole input; MB = 10^6 UTF-8 bytes)");
        System.out.println(
                "| input | bytes | regex split µs | parse µs | ratio | MB/s | no-quotes µs | ratio | MB/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String in : List.of("seed", "mixed")) {
            long bytes = "seed".equals(in) ? Inputs.utf8Bytes(Inputs.seed()) : Inputs.utf8Bytes(Inputs.mixedText());
            Double base = score.get("TextParseBenchmark.baselineRegexSplit " + in);
            Double q = score.get("TextParseBenchmark.parseWithQuotes " + in);
            Double nq = score.get("TextParseBenchmark.parseWithoutQuotes " + in);
            if (base == null || q == null || nq == null) {
                continue;
            }
            System.out.printf(
                    "| %s | %,d | %.1f | %.1f | %.2f× | %.1f | %.1f | %.2f× | %.1f |%n",
                    in, bytes, base, q, q / base, bytes / q, nq, nq / base, bytes / nq);
        }

        Double html = score.get("HtmlBenchmark.parseHtml");
        Double jsoup = score.get("HtmlBenchmark.baselineJsoupParse");
        if (html != null && jsoup != null) {
            System.out.println();
            System.out.println("## HTML");
            System.out.printf(
                    "jsoup parse %.0f µs, wireparse parseHtml %.0f µs: ratio %.2f×%n", jsoup, html, html / jsoup);
        }

        System.out.println();
        System.out.println("## Growth (time per KB, large story against small story of the same shape)");
        System.out.println("| pair | small µs/KB | large µs/KB | ratio |");
        System.out.println("|---|---:|---:|---:|");
        String[][] pairs = {
            {"plain-4KB", "plain-4MB"}, {"quotes-10", "quotes-10000"}, {"paragraphs-10", "paragraphs-10000"}
        };
        for (String[] p : pairs) {
            Double small = score.get("GrowthBenchmark.parse " + p[0]);
            Double large = score.get("GrowthBenchmark.parse " + p[1]);
            if (small == null || large == null) {
                continue;
            }
            double ks = Inputs.utf8Bytes(GrowthBenchmark.story(p[0])) / 1024.0;
            double kl = Inputs.utf8Bytes(GrowthBenchmark.story(p[1])) / 1024.0;
            System.out.printf(
                    "| %s → %s | %.2f | %.2f | %.2f |%n",
                    p[0], p[1], small / ks, large / kl, (large / kl) / (small / ks));
        }

        List<String> alloc = new ArrayList<>();
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (e.getKey().contains("gc.alloc.rate.norm")) {
                alloc.add(String.format("| %s | %,.0f |", e.getKey().replace(":gc.alloc.rate.norm", ""), e.getValue()));
            }
        }
        if (!alloc.isEmpty()) {
            alloc.sort(null);
            System.out.println();
            System.out.println("## Allocation per operation (-prof gc, gc.alloc.rate.norm)");
            System.out.println("| benchmark | bytes/op |");
            System.out.println("|---|---:|");
            alloc.forEach(System.out::println);
        }
        if (error.isEmpty()) {
            System.out.println("(no rows read)");
        }
    }

    private static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
