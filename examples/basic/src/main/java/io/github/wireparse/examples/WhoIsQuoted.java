package io.github.wireparse.examples;

import io.github.wireparse.Article;
import io.github.wireparse.Mention;
import io.github.wireparse.Quote;
import io.github.wireparse.Source;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Answers "who is quoted, and how often": every source of a story with its quotes, each with the
 * speaker as written and the attribution cue.
 *
 * <p>Usage: {@code WhoIsQuoted FILE}
 */
public final class WhoIsQuoted {

    private WhoIsQuoted() {}

    /**
     * Runs the example.
     *
     * @param args the story file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: WhoIsQuoted FILE");
        }
        Article article = Wireparse.parser().parse(Path.of(args[0]));
        for (Source source : article.sources()) {
            System.out.printf(
                    "%s — %d quote(s)%s%n",
                    source.name(),
                    source.quotes().size(),
                    source.descriptors().isEmpty() ? "" : " (" + String.join("; ", source.descriptors()) + ")");
            for (int index : source.quotes()) {
                Quote q = article.quotes().get(index);
                System.out.printf(
                        "    %s “%s” — %s, %s%n",
                        q.partial() ? "partial" : "full   ",
                        q.text(),
                        q.speaker().map(Mention::text).orElse("?"),
                        q.cue().map(Mention::text).orElse("?"));
            }
        }
        long unattributed =
                article.quotes().stream().filter(q -> q.source().isEmpty()).count();
        System.out.println(article.quotes().size() + " quotes, "
                + article.sources().size() + " sources, " + unattributed + " without a source");
        if (article.quotes().isEmpty()) {
            throw new IllegalStateException("the seed story quotes several people");
        }
    }
}
