package io.github.wireparse.examples;

import io.github.wireparse.Article;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lists every paragraph with its span, and checks that each span cuts exactly the paragraph's
 * first and last words out of the input: the round trip callers rely on to highlight text.
 *
 * <p>Usage: {@code ParagraphSpans FILE}
 */
public final class ParagraphSpans {

    private ParagraphSpans() {}

    /**
     * Runs the example.
     *
     * @param args the story file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ParagraphSpans FILE");
        }
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Article article = Wireparse.parse(text);
        int i = 0;
        for (Paragraph p : article.paragraphs()) {
            String original = p.span().of(text);
            String preview = p.text().length() > 60 ? p.text().substring(0, 57) + "..." : p.text();
            System.out.printf("%2d %-12s %s%n", ++i, p.span(), preview);
            if (!original.replaceAll("\\s+", " ").equals(p.text())) {
                throw new IllegalStateException("span " + p.span() + " does not hold paragraph " + i);
            }
        }
    }
}
