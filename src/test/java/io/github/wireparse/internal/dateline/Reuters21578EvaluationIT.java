package io.github.wireparse.internal.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.Dateline;
import io.github.wireparse.Headline;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.Invariants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures the parser on the 1987 Reuters newswire (Reuters-21578), read in place from the shared
 * corpora folder (never copied into the project).
 *
 * <p>Each {@code <REUTERS>} document with a {@code <BODY>} is rebuilt as the wire delivered it:
 * {@code TITLE}, a blank line, then {@code DATELINE} immediately followed by {@code BODY}, with SGML
 * entities unescaped ({@code &lt;}, {@code &amp;}, and numeric ones such as the closing
 * {@code &#3;}, which stays in the text as the control character it is). Four figures are measured,
 * each only over the stories that have the part:
 * <ul>
 *   <li><b>headline</b>: the parsed headline equals the {@code TITLE} (white space runs compared as
 *       one space);</li>
 *   <li><b>city</b>: over stories whose {@code DATELINE} element opens with a place (letters,
 *       spaces, periods, apostrophes, hyphens; starting with a capital) before its first comma, or
 *       before its date or dash when it has no comma: the parsed dateline's first city equals that
 *       place;</li>
 *   <li><b>date</b>: over stories whose {@code DATELINE} element holds a valid {@code Month D} (or
 *       {@code D Month}): the parsed dateline's date has that month and day;</li>
 *   <li><b>sign-off</b>: over stories whose body's last line ends in the word {@code Reuter}
 *       (any case, optional {@code s} and dots): a boilerplate item of kind {@code END_MARK} covers
 *       that word, and no paragraph does.</li>
 * </ul>
 * The test fails when a figure drops below its floor (the measured level minus a small margin).
 */
class Reuters21578EvaluationIT {

    /*
     * Floors: the level measured when this test was written, minus 0.2 percentage points (see
     * docs/evaluation.md, "Datelines: Reuters-21578"). Measured: headline 12530/12530, city 12493/12509 (0.9987), date
     * 12461/12476 (0.9988), sign-off 12400/12400.
     */
    private static final double HEADLINE_FLOOR = 0.998;
    private static final double CITY_FLOOR = 0.9965;
    private static final double DATE_FLOOR = 0.9965;
    private static final double SIGNOFF_FLOOR = 0.998;

    private static final Pattern DOC = Pattern.compile("<REUTERS[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern DATELINE = Pattern.compile("<DATELINE>(.*?)</DATELINE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,5})|lt|gt|amp|quot|apos);");
    private static final Pattern GOLD_DATE = Pattern.compile(
            "(?<![A-Za-z])([A-Za-z]{3,9})\\.? {1,3}(\\d{1,2})(?!\\d)|(?<!\\d)(\\d{1,2}) ([A-Za-z]{3,9})\\b");
    private static final Pattern GOLD_PLACE = Pattern.compile("[A-Z][A-Za-z.'\\- ]*");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)(reuters?)\\.{0,3}[\\s\\p{Cc}]*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("january", 1),
            Map.entry("feb", 2),
            Map.entry("february", 2),
            Map.entry("mar", 3),
            Map.entry("march", 3),
            Map.entry("apr", 4),
            Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("june", 6),
            Map.entry("jul", 7),
            Map.entry("july", 7),
            Map.entry("aug", 8),
            Map.entry("august", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("september", 9),
            Map.entry("oct", 10),
            Map.entry("october", 10),
            Map.entry("nov", 11),
            Map.entry("november", 11),
            Map.entry("dec", 12),
            Map.entry("december", 12));

    private static final class Score {
        final String name;
        int hit;
        int total;
        final List<String> misses = new ArrayList<>();

        Score(String name) {
            this.name = name;
        }

        void add(boolean ok, String detail) {
            total++;
            if (ok) {
                hit++;
            } else if (misses.size() < 200) {
                misses.add(detail);
            }
        }

        double share() {
            return total == 0 ? 1.0 : (double) hit / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-9s %6d / %6d = %.4f", name, hit, total, share());
        }
    }

    @Test
    void parsesReutersHeadlinesDatelinesAndSignOffs() throws IOException {
        String shared = System.getProperty("wireparse.shared", "");
        Path folder = Path.of(shared.isEmpty() ? "../shared" : shared, "corpora", "reuters21578");
        assumeTrue(
                Files.isDirectory(folder), "Reuters-21578 corpus not found at " + folder + "; skipping the evaluation");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".sgm"))
                    .sorted()
                    .toList();
        }
        assumeTrue(!files.isEmpty(), "no .sgm files in " + folder + "; skipping the evaluation");

        Score headline = new Score("headline");
        Score city = new Score("city");
        Score date = new Score("date");
        Score signOff = new Score("sign-off");
        int docs = 0;
        int stories = 0;
        for (Path f : files) {
            String sgml = Files.readString(f, StandardCharsets.ISO_8859_1);
            Matcher d = DOC.matcher(sgml);
            while (d.find()) {
                docs++;
                String doc = d.group(1);
                Matcher body = BODY.matcher(doc);
                if (!body.find()) {
                    continue;
                }
                stories++;
                String title =
                        find(TITLE, doc).map(Reuters21578EvaluationIT::unescape).orElse("");
                String dl = find(DATELINE, doc)
                        .map(Reuters21578EvaluationIT::unescape)
                        .orElse("");
                String bodyText = unescape(body.group(1));
                String story = title + "\n\n" + dl + bodyText;
                Article a = Wireparse.parse(story);
                Invariants.check(a);
                String id = f.getFileName() + "#" + docs;

                if (!title.isBlank()) {
                    String want = squash(title);
                    String got = a.headline()
                            .map(Headline::text)
                            .map(Reuters21578EvaluationIT::squash)
                            .orElse("-");
                    headline.add(want.equals(got), id + " want «" + want + "» got «" + got + "»");
                }
                Optional<Dateline> parsed = a.dateline();
                goldPlace(dl).ifPresent(want -> {
                    String got = parsed.flatMap(Dateline::city).orElse("-");
                    city.add(want.equals(got), id + " want «" + want + "» got «" + got + "» in «" + dl.strip() + "»");
                });
                goldDate(dl).ifPresent(want -> {
                    Optional<MonthDay> got = parsed.flatMap(Dateline::date).map(x -> x.monthDay());
                    date.add(
                            got.equals(Optional.of(want)),
                            id + " want " + want + " got "
                                    + got.map(MonthDay::toString).orElse("-") + " in «" + dl.strip() + "»");
                });
                Matcher so = SIGN_OFF.matcher(bodyText);
                if (so.find()) {
                    int at = title.length() + 2 + dl.length() + so.start(1);
                    boolean inMark = a.boilerplate().stream()
                            .anyMatch(b -> b.kind() == BoilerplateKind.END_MARK
                                    && b.span().start() <= at
                                    && at < b.span().end());
                    boolean inParagraph =
                            a.paragraphs().stream().map(Paragraph::span).anyMatch(s -> s.start() <= at && at < s.end());
                    signOff.add(
                            inMark && !inParagraph,
                            id + " last: «"
                                    + a.boilerplate().stream()
                                            .map(Boilerplate::text)
                                            .reduce((x, y) -> y)
                                            .orElse("-")
                                    + "» para: «"
                                    + a.paragraphs().stream()
                                            .map(Paragraph::text)
                                            .reduce((x, y) -> y)
                                            .map(t -> t.substring(Math.max(0, t.length() - 60)))
                                            .orElse("-")
                                    + "»");
                }
            }
        }
        System.out.println("Reuters-21578: " + docs + " documents, " + stories + " with a body");
        for (Score s : List.of(headline, city, date, signOff)) {
            System.out.println("  " + s);
            if (Boolean.getBoolean("wireparse.eval.verbose")) {
                s.misses.forEach(m -> System.out.println("    miss " + m));
            }
        }
        assertThat(headline.share()).as(headline.toString()).isGreaterThanOrEqualTo(HEADLINE_FLOOR);
        assertThat(city.share()).as(city.toString()).isGreaterThanOrEqualTo(CITY_FLOOR);
        assertThat(date.share()).as(date.toString()).isGreaterThanOrEqualTo(DATE_FLOOR);
        assertThat(signOff.share()).as(signOff.toString()).isGreaterThanOrEqualTo(SIGNOFF_FLOOR);
    }

    private static Optional<String> find(Pattern p, String doc) {
        Matcher m = p.matcher(doc);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String r;
            if (m.group(1) != null) {
                r = String.valueOf((char) Integer.parseInt(m.group(1)));
            } else {
                String e = m.group();
                r = switch (e) {
                    case "&lt;" -> "<";
                    case "&gt;" -> ">";
                    case "&amp;" -> "&";
                    case "&quot;" -> "\"";
                    default -> "'";
                };
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String squash(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The place the DATELINE element opens with, when it opens with one. */
    private static Optional<String> goldPlace(String dl) {
        String s = dl.strip();
        while (s.startsWith("*")) {
            s = s.substring(1);
        }
        int cut = s.indexOf(',');
        if (cut < 0) {
            Matcher dm = GOLD_DATE.matcher(s);
            cut = dm.find() && monthDay(dm).isPresent() ? dm.start() : s.indexOf(" -");
        }
        if (cut <= 0) {
            return Optional.empty();
        }
        String place = s.substring(0, cut).strip();
        return GOLD_PLACE.matcher(place).matches() ? Optional.of(place) : Optional.empty();
    }

    /** The first valid month and day the DATELINE element holds. */
    private static Optional<MonthDay> goldDate(String dl) {
        Matcher m = GOLD_DATE.matcher(dl);
        while (m.find()) {
            Optional<MonthDay> md = monthDay(m);
            if (md.isPresent()) {
                return md;
            }
        }
        return Optional.empty();
    }

    private static Optional<MonthDay> monthDay(Matcher m) {
        String month = m.group(1) != null ? m.group(1) : m.group(4);
        String day = m.group(1) != null ? m.group(2) : m.group(3);
        Integer mm = MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (mm == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(mm, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
