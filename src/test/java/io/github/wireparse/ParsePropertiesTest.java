package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.testing.Invariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests: stories generated from parts are parsed back into those parts, and any string at
 * all parses without an exception into an article that keeps every invariant.
 *
 * <p>Tries are kept modest so the build stays quick; jqwik remembers failing samples in
 * {@code target/jqwik-database} and tries them first on the next run.
 */
class ParsePropertiesTest {

    private static final WireParser PARSER = WireParser.create();

    // ---------------------------------------------------------------------------------------------
    // Generated stories.

    /** Plain words that no boilerplate, byline or dateline rule keys on. */
    private static final List<String> WORDS = List.of("council", "river", "farmers", "budget",
            "school", "bridge", "harvest", "election", "village", "hospital", "museum", "winter",
            "market", "workers", "voters", "coast", "storm", "factory", "railway", "teachers",
            "approved", "rejected", "opened", "closed", "built", "planned", "delayed", "expanded",
            "new", "old", "large", "small", "regional", "national", "local", "early", "late",
            "on", "in", "near", "after", "before", "with", "for", "the", "a", "its", "their");
    private static final List<String> NAMES = List.of("Maria Lopez", "John Carter", "Aiko Tanaka",
            "Samuel Osei", "Elena Petrova", "Priya Nair", "Lars Berg", "Fatima Haddad");

    /** A dateline shape, and the city and agency the parse should report for it. */
    record GenDateline(String text, String city, Agency agency) {
    }

    /**
     * One generated body paragraph; {@code quote} is what stands between its quotation marks, if it
     * quotes someone.
     */
    record GenParagraph(String text, Optional<String> quote) {
    }

    /** A generated story and what it was made of; {@code boilerplate} lists the kinds in order. */
    record Story(String text, String headline, Optional<String> byline, GenDateline dateline,
            List<GenParagraph> paragraphs, List<BoilerplateKind> boilerplate, boolean wireFeed) {
    }

    /**
     * Boilerplate placed around the body: a timestamp under the headline, an advertisement marker
     * after the first paragraph, and the trailer.
     */
    record GenBoilerplate(boolean timestamp, boolean advertisement, List<BoilerplateKind> trailer) {
    }

    @Property(tries = 150)
    void recoversGeneratedStoryParts(@ForAll("stories") Story story) {
        Article a = PARSER.parse(story.text());
        Invariants.check(a);

        assertThat(a.headline()).map(Headline::text).as("headline").contains(story.headline());
        assertThat(a.byline().isPresent()).as("byline found").isEqualTo(story.byline().isPresent());
        story.byline().ifPresent(b -> assertThat(a.byline()).map(Byline::text).contains(b));
        assertThat(a.dateline()).as("dateline").isPresent();
        assertThat(a.dateline().flatMap(Dateline::city)).as("dateline city")
                .contains(story.dateline().city());
        assertThat(a.dateline().flatMap(Dateline::agency)).as("dateline agency")
                .contains(story.dateline().agency());
        assertThat(a.paragraphs()).extracting(Paragraph::text).as("paragraphs")
                .containsExactlyElementsOf(story.paragraphs().stream().map(GenParagraph::text).toList());
        assertThat(a.boilerplate()).extracting(Boilerplate::kind).as("boilerplate")
                .containsExactlyElementsOf(story.boilerplate());
        for (Quote q : a.quotes()) {
            // Whatever quote extraction finds must be words someone in the story was quoted saying.
            assertThat(story.paragraphs().stream().flatMap(p -> p.quote().stream()))
                    .as("quote «%s» was generated", q.text()).anyMatch(g -> g.contains(q.text()));
        }
    }

    @Provide
    Arbitrary<Story> stories() {
        Arbitrary<String> headline = sentence(3, 10, false);
        Arbitrary<Optional<String>> byline = Arbitraries.of(NAMES)
                .map(n -> "By " + n.toUpperCase(java.util.Locale.ROOT)).optional(0.4);
        Arbitrary<List<GenParagraph>> paragraphs = paragraph().list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<BoilerplateKind>> trailer = Arbitraries.of(BoilerplateKind.SEPARATOR,
                BoilerplateKind.CONTRIBUTOR_LINE, BoilerplateKind.COPYRIGHT).list().ofMaxSize(3);
        Arbitrary<GenBoilerplate> boilerplate = Combinators.combine(Arbitraries.of(false, true),
                Arbitraries.of(false, true), trailer).as(GenBoilerplate::new);
        return Combinators.combine(headline, byline, dateline(), paragraphs, boilerplate,
                Arbitraries.of(false, true), Arbitraries.of("\n", "\r\n"))
                .as(ParsePropertiesTest::render);
    }

    private static Story render(String headline, Optional<String> byline, GenDateline dateline,
            List<GenParagraph> paragraphs, GenBoilerplate extra, boolean wireFeed, String eol) {
        List<String> blocks = new ArrayList<>();
        List<BoilerplateKind> kinds = new ArrayList<>();
        blocks.add(headline);
        byline.ifPresent(blocks::add);
        if (extra.timestamp()) {
            blocks.add("Published 10:21 PM EST, November 7, 2022");
            kinds.add(BoilerplateKind.TIMESTAMP);
        }
        int top = blocks.size();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).text();
            blocks.add(i == 0 ? dateline.text() + " " + p : p);
            if (i == 0 && extra.advertisement() && paragraphs.size() > 1) {
                blocks.add("ADVERTISEMENT");
                kinds.add(BoilerplateKind.ADVERTISEMENT);
            }
        }
        kinds.addAll(extra.trailer());
        for (BoilerplateKind k : extra.trailer()) {
            blocks.add(switch (k) {
                case SEPARATOR -> "___";
                case CONTRIBUTOR_LINE -> "Associated Press writer " + NAMES.get(blocks.size() % NAMES.size())
                        + " contributed to this report.";
                default -> "Copyright 2026 The Associated Press. All rights reserved.";
            });
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            String b = blocks.get(i);
            boolean body = i >= top;
            if (wireFeed && body) {
                // Wire feed: each paragraph opens indented, hard-wrapped lines continue flush.
                sb.append("   ").append(wrap(b, 64, eol)).append(eol);
            } else {
                sb.append(b).append(eol).append(eol);
            }
        }
        return new Story(sb.toString(), headline, byline, dateline, paragraphs, kinds, wireFeed);
    }

    private static String wrap(String s, int width, String eol) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String w : s.split(" ")) {
            if (col > 0 && col + 1 + w.length() > width) {
                out.append(eol);
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(w);
            col += w.length();
        }
        return out.toString();
    }

    private static Arbitrary<GenDateline> dateline() {
        Arbitrary<String> city = Arbitraries.of("SEOUL", "NEW YORK", "LONDON", "BUENOS AIRES",
                "LITTLE ROCK", "NAIROBI", "ST. LOUIS", "O'FALLON");
        Arbitrary<String> shape = Arbitraries.of("%s (AP) —", "%s, South Korea (AP) —", "%s, Ark. (AP) —",
                "%s (AP) _", "%s (AP) --", "%s (Reuters) -", "%s (Reuters) —");
        return Combinators.combine(city, shape).as((c, s) -> new GenDateline(String.format(s, c), c,
                s.contains("Reuters") ? Agency.REUTERS : Agency.AP));
    }

    /**
     * A paragraph of two to four sentences (so a wire-feed paragraph wraps over at least two
     * lines), one in three quoting a named person.
     */
    private static Arbitrary<GenParagraph> paragraph() {
        Arbitrary<List<String>> sentences = sentence(6, 14, true).list().ofMinSize(2).ofMaxSize(4);
        Arbitrary<String> name = Arbitraries.of(NAMES);
        return Combinators.combine(sentences, name, Arbitraries.integers().between(0, 2))
                .as((ss, n, shape) -> {
                    String plain = String.join(" ", ss);
                    if (shape == 0) {
                        String q = ss.get(0).substring(0, ss.get(0).length() - 1);
                        String rest = String.join(" ", ss.subList(1, ss.size()));
                        return new GenParagraph("“" + q + ",” " + n + " said. " + rest,
                                Optional.of(q + ","));
                    }
                    if (shape == 1) {
                        String q = String.join(" ", ss.subList(1, ss.size()));
                        return new GenParagraph(ss.get(0) + " " + n + " said: “" + q + "”",
                                Optional.of(q));
                    }
                    return new GenParagraph(plain, Optional.empty());
                });
    }

    private static Arbitrary<String> sentence(int min, int max, boolean period) {
        return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(ws -> {
            String s = String.join(" ", ws);
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            return period ? s + "." : s;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Arbitrary input.

    @Property(tries = 300)
    void anyStringParsesKeepingInvariants(@ForAll String s) {
        Invariants.check(PARSER.parse(s));
    }

    @Property(tries = 300)
    void storyLikeNoiseParsesKeepingInvariants(@ForAll("noise") String s) {
        Article a = PARSER.parse(s);
        Invariants.check(a);
        assertThat(a.text()).isSameAs(s);
    }

    @Property(tries = 150)
    void htmlLikeNoiseParsesKeepingInvariants(@ForAll("htmlNoise") String s) {
        Invariants.check(PARSER.parseHtml(s, ""));
    }

    /** Strings made of the pieces the rules look for, in any order and amount. */
    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("\n", "\r\n", "\r", "\n\n", "   ", "\t", "\u00A0", "\u2028", "\uFEFF",
                        "“", "”", "\"", "``", "''", "‘", "’", "'", "—", "–", "--", " _ ", "___", "(AP)",
                        "(Reuters)", " — ", "By ", "said", " said ", ",", ".", ":", "Published ",
                        "Updated 10:21 PM EST, November 7, 2022", "ADVERTISEMENT", "Share", "FILE - ",
                        "(AP Photo/Ann Smith)", "Copyright 2026 ", "contributed to this report.",
                        "Eds: ", "SEOUL, South Korea", "NEW YORK", "<p>", "\u0000", "\uD800", "\uDC00"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8));
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    /** Markup-like strings: tags, entities, text and stray brackets. */
    @Provide
    Arbitrary<String> htmlNoise() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<h1>", "</h1>", "<div>", "</div>", "<br>", "<script>",
                        "</script>", "<article>", "</article>", "<!--", "-->", "&amp;", "&nbsp;",
                        "<", ">", "\n", "“", "”", "(AP) — ", "By ", "<meta name=\"author\" content=\"x\">"),
                Arbitraries.strings().ofMaxLength(10));
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
