package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One parser shared by several threads gives exactly the results of a sequential run. */
class ConcurrentParseTest {

    private static final int STORIES = 3_000;
    private static final int THREADS = 4;

    @Test
    void sharedParserGivesSequentialResultsUnderConcurrency() throws Exception {
        ArticleParser parser = Wireparse.parser();
        List<String> stories = stories();
        List<Article> sequential = new ArrayList<>();
        for (String s : stories) {
            sequential.add(parser.parse(s));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            // Each story is parsed from another thread than its neighbours, in shuffled order.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < stories.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, new Random(3));
            Article[] concurrent = new Article[stories.size()];
            for (int i : order) {
                futures.add(pool.submit(() -> concurrent[i] = parser.parse(stories.get(i))));
            }
            for (Future<Article> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
            for (int i = 0; i < stories.size(); i++) {
                assertThat(concurrent[i]).as("story %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sharedParserGivesSequentialResultsForHtmlUnderConcurrency() throws Exception {
        ArticleParser parser = Wireparse.parser();
        List<String> pages = new ArrayList<>();
        for (String s : stories().subList(0, 500)) {
            String[] parts = s.split("\n\n");
            StringBuilder sb =
                    new StringBuilder("<html><body><h1>").append(parts[0]).append("</h1>");
            for (int i = 1; i < parts.length; i++) {
                sb.append("<p>").append(parts[i]).append("</p>");
            }
            pages.add(sb.append("</body></html>").toString());
        }
        List<Article> sequential =
                pages.stream().map(p -> parser.parseHtml(p, "")).toList();
        List<Article> concurrent =
                pages.parallelStream().map(p -> parser.parseHtml(p, "")).toList();
        assertThat(concurrent).isEqualTo(sequential);
    }

    /** Stories of varied shape: scraped and wire-feed layout, quotes, bylines, trailers. */
    private static List<String> stories() {
        Random r = new Random(11);
        String[] cities = {"SEOUL, South Korea (AP) — ", "NEW YORK (AP) _ ", "LONDON (Reuters) - ", ""};
        String[] quotes = {
            "“We will rebuild,” said Ana Ruiz. ",
            "``It is done,'' he said. ",
            "Officials said the road was closed. ",
            "She called it “a fair deal” on Monday. "
        };
        List<String> out = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            StringBuilder sb = new StringBuilder("Story number ").append(i).append(" in the set\n\n");
            if (r.nextBoolean()) {
                sb.append("By ANA RUIZ\nAssociated Press\n\n");
            }
            sb.append(cities[r.nextInt(cities.length)]);
            int paragraphs = 1 + r.nextInt(8);
            for (int p = 0; p < paragraphs; p++) {
                for (int s = 0; s < 1 + r.nextInt(3); s++) {
                    sb.append(quotes[r.nextInt(quotes.length)]);
                }
                sb.append(r.nextInt(4) == 0 ? "\n   " : "\n\n");
            }
            if (r.nextBoolean()) {
                sb.append("___\n\nCopyright 2026 The Associated Press. All rights reserved.\n");
            }
            out.add(sb.toString());
        }
        return out;
    }
}
