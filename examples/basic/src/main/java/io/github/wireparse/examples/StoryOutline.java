package io.github.wireparse.examples;

import io.github.wireparse.Article;
import io.github.wireparse.Dateline;
import io.github.wireparse.Headline;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Prints the outline of a story: headline, dateline, how many paragraphs, the boilerplate.
 *
 * <p>Usage: {@code StoryOutline FILE}
 */
public final class StoryOutline {

    private StoryOutline() {}

    /**
     * Runs the example.
     *
     * @param args the story file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StoryOutline FILE");
        }
        Article article = Wireparse.parser().parse(Path.of(args[0]));
        System.out.println(
                "Headline:   " + article.headline().map(Headline::text).orElse("-"));
        System.out.println("Dateline:   "
                + article.dateline()
                        .map(d -> d.city().orElse("?") + " / " + d.region().orElse("-") + " / "
                                + d.countryCode().orElse("??") + " / "
                                + d.agency().map(Enum::name).orElse("-"))
                        .orElse("-"));
        System.out.println("Paragraphs: " + article.paragraphs().size());
        article.boilerplate().forEach(b -> System.out.println("  " + b.kind() + ": " + b.text()));
        article.problems().forEach(p -> System.out.println("Problem: " + p));
        if (article.paragraphs().isEmpty()
                || article.dateline().map(Dateline::text).isEmpty()) {
            throw new IllegalStateException("the seed story should have a dateline and paragraphs");
        }
    }
}
