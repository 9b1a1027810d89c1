package io.github.wireparse.cli;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.Mention;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Problem;
import io.github.wireparse.Quote;
import io.github.wireparse.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders an article as a readable outline: one labelled line per part, numbered paragraphs,
 * quotes with who said them, boilerplate and problems.
 */
final class Outline {

    private Outline() {}

    static String of(Article a) {
        StringBuilder sb = new StringBuilder();
        line(sb, "headline", a.headline().map(h -> h.text()).orElse("(none)"));
        line(sb, "byline", a.byline().map(Outline::byline).orElse("(none)"));
        line(sb, "dateline", a.dateline().map(Outline::dateline).orElse("(none)"));
        sb.append("paragraphs (").append(a.paragraphs().size()).append(")\n");
        int i = 1;
        for (Paragraph p : a.paragraphs()) {
            sb.append(String.format(Locale.ROOT, "%4d  %s%n", i++, p.text()));
        }
        if (!a.quotes().isEmpty()) {
            sb.append("quotes (").append(a.quotes().size()).append(")\n");
            i = 1;
            for (Quote q : a.quotes()) {
                sb.append(String.format(
                        Locale.ROOT,
                        "%4d  p%d %s “%s” — %s%s%n",
                        i++,
                        q.paragraphs().isEmpty() ? 0 : q.paragraphs().get(0) + 1,
                        q.partial() ? "partial" : "full",
                        q.text(),
                        q.source().or(() -> q.speaker().map(Mention::text)).orElse("(unattributed)"),
                        q.cue().map(c -> " (" + c.text() + ")").orElse("")));
            }
        }
        if (!a.sources().isEmpty()) {
            sb.append("sources (").append(a.sources().size()).append(")\n");
            for (Source s : a.sources()) {
                sb.append("      ")
                        .append(s.name())
                        .append(": ")
                        .append(s.quotes().size())
                        .append(s.quotes().size() == 1 ? " quote" : " quotes");
                if (!s.descriptors().isEmpty()) {
                    sb.append(" — ").append(String.join("; ", s.descriptors()));
                }
                sb.append('\n');
            }
        }
        if (!a.boilerplate().isEmpty()) {
            sb.append("boilerplate (").append(a.boilerplate().size()).append(")\n");
            for (Boilerplate b : a.boilerplate()) {
                sb.append("      [")
                        .append(b.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .append("] ")
                        .append(b.text())
                        .append('\n');
            }
        }
        if (!a.problems().isEmpty()) {
            sb.append("problems (").append(a.problems().size()).append(")\n");
            for (Problem p : a.problems()) {
                sb.append("      ").append(p).append('\n');
            }
        }
        return sb.toString();
    }

    private static String byline(Byline b) {
        List<String> parts = new ArrayList<>();
        parts.add(b.authors().isEmpty() ? b.text() : String.join("; ", b.authors()));
        b.title().ifPresent(parts::add);
        b.organisation().ifPresent(parts::add);
        return String.join(" · ", parts);
    }

    private static String dateline(Dateline d) {
        List<String> parts = new ArrayList<>();
        if (!d.cities().isEmpty()) {
            parts.add("city " + String.join("/", d.cities()));
        }
        d.region().ifPresent(r -> parts.add("region " + r));
        d.countryCode().ifPresent(c -> parts.add("country " + c));
        d.agency().map(Enum::name).or(d::credit).ifPresent(x -> parts.add("agency " + x));
        d.date().ifPresent(x -> parts.add("date " + x.text()));
        return d.text() + (parts.isEmpty() ? "" : "   [" + String.join(" · ", parts) + "]");
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "%-10s  %s%n", label, value));
    }
}
