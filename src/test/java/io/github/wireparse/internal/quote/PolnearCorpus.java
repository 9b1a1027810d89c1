package io.github.wireparse.internal.quote;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wireparse.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the PolNeAR train split in place from {@code ${wireparse.shared}/corpora/polnear-train},
 * for the evaluations that measure against it ({@link PolnearEvaluationIT},
 * {@link PolnearAttributionIT}): each article of {@code metadata.tsv} with the brat annotation file
 * of its first annotator, and the attribution relations (brat events) that file labels.
 */
final class PolnearCorpus {

    private PolnearCorpus() {}

    /**
     * One article.
     *
     * @param name        its name in {@code metadata.tsv}
     * @param text        its text
     * @param annotations the lines of its first annotator's {@code .ann} file
     */
    record Document(String name, String text, List<String> annotations) {}

    /**
     * One attribution relation, each role's fragments as UTF-16 spans into the article's text
     * (brat offsets count code points); a role the relation lacks is an empty list.
     *
     * @param content the Content's fragments
     * @param source  the Source's fragments
     * @param cue     the Cue's fragments
     */
    record Relation(List<Span> content, List<Span> source, List<Span> cue) {}

    /**
     * {@return the corpus folder; skips the calling test, with a message, when it is absent}
     */
    static Path root() {
        String shared = System.getProperty("wireparse.shared", "");
        Path root = Paths.get(shared, "corpora", "polnear-train");
        assumeTrue(
                !shared.isEmpty() && Files.isRegularFile(root.resolve("metadata.tsv")),
                "PolNeAR corpus not found under wireparse.shared (" + root + "); evaluation skipped");
        return root;
    }

    /**
     * {@return the articles {@code metadata.tsv} lists, in its order, leaving out those whose text
     * or first annotator's file is missing}
     *
     * @param root the corpus folder
     */
    static List<Document> documents(Path root) throws IOException {
        List<Document> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(root.resolve("metadata.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            String name = f[1];
            String annotator = f[3].split("\\|")[0].trim();
            Path txt = root.resolve("text").resolve(name + ".txt");
            Path ann = root.resolve("attributions").resolve(name + "_" + annotator + ".ann");
            if (!Files.isRegularFile(txt) || !Files.isRegularFile(ann)) {
                continue;
            }
            out.add(new Document(
                    name,
                    Files.readString(txt, StandardCharsets.UTF_8),
                    Files.readAllLines(ann, StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** {@return the article's attribution relations, in the order of its annotation file} */
    static List<Relation> relations(Document d) {
        int[] utf16 = codePointOffsets(d.text());
        Map<String, List<Span>> spans = new HashMap<>();
        for (String l : d.annotations()) {
            String[] f = l.split("\t");
            if (f.length < 2 || !f[0].startsWith("T")) {
                continue;
            }
            int sp = f[1].indexOf(' ');
            if (sp < 0) {
                continue;
            }
            List<Span> list = new ArrayList<>();
            for (String range : f[1].substring(sp + 1).split(";")) {
                String[] se = range.trim().split(" ");
                int s = Integer.parseInt(se[0]);
                int e = Integer.parseInt(se[1]);
                if (s < utf16.length && e < utf16.length && s <= e) {
                    list.add(new Span(utf16[s], utf16[e]));
                }
            }
            spans.put(f[0], list);
        }
        List<Relation> out = new ArrayList<>();
        for (String l : d.annotations()) {
            String[] f = l.split("\t");
            if (f.length < 2 || !f[0].startsWith("E")) {
                continue;
            }
            Map<String, String> roles = new HashMap<>();
            for (String part : f[1].split(" ")) {
                int c = part.indexOf(':');
                if (c > 0) {
                    roles.put(part.substring(0, c), part.substring(c + 1));
                }
            }
            out.add(new Relation(
                    spans.getOrDefault(roles.getOrDefault("Content", ""), List.of()),
                    spans.getOrDefault(roles.getOrDefault("Source", ""), List.of()),
                    spans.getOrDefault(roles.getOrDefault("Cue", ""), List.of())));
        }
        return out;
    }

    private static int[] codePointOffsets(String text) {
        int n = text.codePointCount(0, text.length());
        int[] out = new int[n + 1];
        int i = 0;
        for (int cp = 0; cp < n; cp++) {
            out[cp] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        out[n] = text.length();
        return out;
    }

    /** {@return a text on one line, cut after 120 characters, for a report} */
    static String snippet(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }
}
