package io.github.wireparse;

import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * A hand-built article with quotes, for the serializers' tests: quotes come from the quotes issue,
 * so the writers are tested against the model directly. Our own words, AP style, hard-wrapped as a
 * wire feed would be, with a character outside the Basic Multilingual Plane in the headline so
 * that UTF-16 offsets differ from code-point offsets.
 */
final class QuotedArticles {

    static final String TEXT = "Mayor rejects library cuts \uD83D\uDCDA\n"
            + "\n"
            + "By JANE DOE, AP Business Writer\n"
            + "\n"
            + "SPRINGFIELD, Ill., March 3, 2025 (AP) — The mayor said Monday the plan was “dead on\n"
            + "   arrival,” and her aides agreed.\n"
            + "\n"
            + "“We will not cut the libraries,” Mayor Ann Lee said. “Not this year.\n"
            + "\n"
            + "“Not next year either.”\n"
            + "\n"
            + "Associated Press writer Bob Roe contributed to this report.";

    private QuotedArticles() {}

    static Span span(String s) {
        int at = TEXT.indexOf(s);
        if (at < 0) {
            throw new IllegalArgumentException(s);
        }
        return new Span(at, at + s.length());
    }

    static Mention mention(String s) {
        Span at = span(s);
        return new Mention(s, at.start(), at.end());
    }

    static Article article() {
        Span p0 = new Span(span("The mayor said").start(), span("aides agreed.").end());
        Span p1 = new Span(span("“We will").start(), span("Not this year.").end());
        Span p2 = span("“Not next year either.”");
        Span s0 = span("dead on\n   arrival,");
        Quote q0 = new Quote(
                "dead on arrival,",
                s0.start(),
                s0.end(),
                List.of(0),
                true,
                Optional.of(mention("The mayor")),
                Optional.empty(),
                Optional.of("Ann Lee"),
                Optional.of(mention("said")));
        Span s1 = span("We will not cut the libraries,");
        int said = span("said. “Not").start();
        Quote q1 = new Quote(
                "We will not cut the libraries,",
                s1.start(),
                s1.end(),
                List.of(1),
                false,
                Optional.of(mention("Mayor Ann Lee")),
                Optional.empty(),
                Optional.of("Ann Lee"),
                Optional.of(new Mention("said", said, said + 4)));
        Quote q2 = new Quote(
                "Not this year. Not next year either.",
                span("Not this year.").start(),
                span("either.").end(),
                List.of(1, 2),
                false,
                Optional.of(mention("Mayor Ann Lee")),
                Optional.empty(),
                Optional.of("Ann Lee"),
                Optional.empty());
        String headline = "Mayor rejects library cuts \uD83D\uDCDA";
        String byline = "By JANE DOE, AP Business Writer";
        String dateline = "SPRINGFIELD, Ill., March 3, 2025 (AP) —";
        String contributor = "Associated Press writer Bob Roe contributed to this report.";
        return new Article(
                TEXT,
                InputFormat.TEXT,
                Optional.of(new Headline(
                        headline, span(headline).start(), span(headline).end())),
                Optional.of(new Byline(
                        byline,
                        span(byline).start(),
                        span(byline).end(),
                        List.of("JANE DOE"),
                        Optional.of("AP Business Writer"),
                        Optional.empty())),
                Optional.of(new Dateline(
                        dateline,
                        span(dateline).start(),
                        span(dateline).end(),
                        List.of("SPRINGFIELD"),
                        Optional.of("Ill."),
                        Optional.of("US"),
                        Optional.of(Agency.AP),
                        Optional.of("AP"),
                        Optional.of(new DatelineDate("March 3, 2025", MonthDay.of(3, 3), Optional.of(Year.of(2025)))),
                        List.of(span("SPRINGFIELD")),
                        Optional.of(span("Ill.")),
                        Optional.of(
                                new Span(span("(AP)").start() + 1, span("(AP)").end() - 1)),
                        Optional.of(span("March 3, 2025")))),
                List.of(
                        new Paragraph(
                                "The mayor said Monday the plan was “dead on arrival,” and her " + "aides agreed.",
                                p0.start(),
                                p0.end()),
                        new Paragraph(
                                "“We will not cut the libraries,” Mayor Ann Lee said. “Not this " + "year.",
                                p1.start(),
                                p1.end()),
                        new Paragraph("“Not next year either.”", p2.start(), p2.end())),
                List.of(new Boilerplate(
                        BoilerplateKind.CONTRIBUTOR_LINE,
                        contributor,
                        span(contributor).start(),
                        span(contributor).end())),
                List.of(q0, q1, q2),
                List.of(new Source("Ann Lee", List.of("Mayor"), List.of(0, 1, 2))),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of());
    }
}
