package io.github.wireparse.cli;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Problem;

/**
 * Renders an article as a readable outline.
 */
final class Outline {

    private Outline() {
    }

    static String of(Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append("headline:  ").append(a.headline().map(h -> h.text()).orElse("(none)")).append('\n');
        sb.append("byline:    ").append(a.byline().map(b -> String.join("; ", b.authors())).orElse("(none)")).append('\n');
        sb.append("dateline:  ").append(a.dateline().map(d -> d.text()).orElse("(none)")).append('\n');
        int i = 1;
        for (Paragraph p : a.paragraphs()) {
            sb.append(String.format("%3d %s%n", i++, p.text()));
        }
        for (Boilerplate b : a.boilerplate()) {
            sb.append("[").append(b.kind()).append("] ").append(b.text()).append('\n');
        }
        for (Problem p : a.problems()) {
            sb.append("problem: ").append(p).append('\n');
        }
        return sb.toString();
    }
}
