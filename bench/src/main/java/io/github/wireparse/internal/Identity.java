package io.github.wireparse.internal;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleJson;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.Wireparse;
import io.github.wireparse.bench.Inputs;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Shows that a speed change leaves the output alone: the SHA-256 of the JSON (text included) of the
 * article of every HTML page of the benchmarks (the html set and the issue pages), then of those and
 * every text story (the mixed set and the seed). Run it before and after a change; the lines must
 * not differ.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.github.wireparse.internal.Identity}
 */
public final class Identity {

    private Identity() {}

    /**
     * Prints the two hashes.
     *
     * @param args unused
     * @throws IOException never: the JSON goes to memory
     * @throws NoSuchAlgorithmException never: every JVM has SHA-256
     */
    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        ArticleJson json = ArticleJson.create().withText(true);
        ArticleParser parser = Wireparse.parser();
        MessageDigest html = MessageDigest.getInstance("SHA-256");
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        List<String> pages = new ArrayList<>(Inputs.html());
        pages.addAll(Inputs.issuePages());
        for (String page : pages) {
            byte[] out = json(json, parser.parseHtml(page, ""));
            html.update(out);
            all.update(out);
        }
        List<String> texts = new ArrayList<>(Inputs.mixedText());
        texts.add(Inputs.seed());
        for (String t : texts) {
            all.update(json(json, parser.parse(t)));
        }
        System.out.println("html  " + HexFormat.of().formatHex(html.digest()) + " (" + pages.size() + " pages)");
        System.out.println("all   " + HexFormat.of().formatHex(all.digest()) + " (and " + texts.size() + " stories)");
    }

    private static byte[] json(ArticleJson json, Article article) throws IOException {
        StringWriter w = new StringWriter();
        json.toJson(article, "x", w);
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
