package io.github.wireparse.examples;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.Envelope;
import io.github.wireparse.FeedStory;
import io.github.wireparse.Headline;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints an outline of every story in a feed file, or in every file of a folder of mixed feed
 * files (ANPA-1312, IPTC 7901, NITF, NewsML, NewsML-G2, ninjs, plain text): format, headline,
 * byline, dateline and the transmission's envelope (slug, version, priority, editor's notes).
 * The format of each file is detected from its content; a file with several stories (SOH…EOT
 * messages, newsItems, API feed items) gives one outline per story.
 *
 * <p>Usage: {@code FeedOutline FILE-OR-FOLDER}
 */
public final class FeedOutline {

    private FeedOutline() {}

    /**
     * Runs the example.
     *
     * @param args a feed file or a folder of them
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: FeedOutline FILE-OR-FOLDER");
        }
        Path root = Path.of(args[0]);
        List<Path> files;
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.list(root)) {
                files = s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().endsWith(".md")) // a folder's README
                        .sorted()
                        .toList();
            }
        } else {
            files = List.of(root);
        }
        ArticleParser parser = Wireparse.parser();
        int withEnvelope = 0;
        for (Path file : files) {
            List<FeedStory> stories;
            try (Stream<FeedStory> s = parser.parseAll(file)) {
                stories = s.toList();
            }
            for (FeedStory story : stories) {
                Article a = story.article();
                System.out.println(file.getFileName() + "#" + story.index() + "  [" + a.format() + "]");
                System.out.println(
                        "  Headline: " + a.headline().map(Headline::text).orElse("-"));
                System.out.println("  Byline:   " + a.byline().map(Byline::text).orElse("-"));
                System.out.println(
                        "  Dateline: " + a.dateline().map(Dateline::text).orElse("-"));
                System.out.println("  Paragraphs: " + a.paragraphs().size());
                if (a.envelope().isPresent()) {
                    withEnvelope++;
                    Envelope e = a.envelope().get();
                    System.out.println("  Slug:     " + text(e.slug()));
                    System.out.println("  Version:  " + text(e.version()));
                    System.out.println("  Priority: " + text(e.priority()) + ", urgency " + text(e.urgency()));
                    e.editorsNotes().forEach(n -> System.out.println("  Note:     " + n.text()));
                }
                a.problems().forEach(p -> System.out.println("  Problem:  " + p.message()));
            }
        }
        if (withEnvelope == 0) {
            throw new IllegalStateException("no story with an envelope in " + root);
        }
    }

    private static String text(Optional<Envelope.Field> field) {
        return field.map(Envelope.Field::text).orElse("-");
    }
}
