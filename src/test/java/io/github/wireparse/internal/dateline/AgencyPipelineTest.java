package io.github.wireparse.internal.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.Headline;
import io.github.wireparse.Wireparse;
import io.github.wireparse.testing.Invariants;
import org.junit.jupiter.api.Test;

/** How the pipeline places agency datelines, tags and trailers. */
class AgencyPipelineTest {

    @Test
    void recognisesDatelineOnlyAtTheStartOfTheFirstParagraph() {
        Article a = Wireparse.parse("Council meets\n\nThe council met on Monday.\n\n"
                + "WASHINGTON (AP) — This paragraph opens with a dateline shape.\n");
        Invariants.check(a);
        assertThat(a.dateline()).isEmpty();
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void splitsYonhapTagOffTheHeadline() {
        Article a = Wireparse.parse("(2nd LD) Exports rise again\n\nSEOUL, May 4 (Yonhap) -- Exports rose.\n");
        Invariants.check(a);
        assertThat(a.headline()).map(Headline::text).contains("Exports rise again");
        assertThat(a.boilerplate())
                .extracting(Boilerplate::kind, Boilerplate::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BoilerplateKind.ADVISORY, "(2nd LD)"));
    }

    @Test
    void treatsReuterSignOffAndEndOfTextCharacterAsEndMark() {
        String text = "GRAIN TERMINAL TO EXPAND\n\n    SALVADOR, Feb 26 - The terminal said it\n"
                + "will expand.\n    It gave no cost.\n Reuter\n\u0003";
        Article a = Wireparse.parse(text);
        Invariants.check(a);
        assertThat(a.paragraphs()).hasSize(2);
        Boilerplate last = a.boilerplate().get(a.boilerplate().size() - 1);
        assertThat(last.kind()).isEqualTo(BoilerplateKind.END_MARK);
        assertThat(last.span().end()).isEqualTo(text.length());
    }

    @Test
    void splitsReportingLineOffTheLastParagraph() {
        Article a = Wireparse.parse("Oil rises\n\nLONDON, June 14 (Reuters) - Oil rose on Friday.\n\n"
                + "Traders were cautious. (Reporting by Tom Carver; Editing by Sam Roe)\n");
        Invariants.check(a);
        assertThat(a.paragraphs().get(1).text()).isEqualTo("Traders were cautious.");
        assertThat(a.boilerplate()).extracting(Boilerplate::kind).containsExactly(BoilerplateKind.CONTRIBUTOR_LINE);
    }

    @Test
    void splitsTrailerLinesGluedToTheLastParagraph() {
        Article a = Wireparse.parse(
                "Exports rise\n\nSEOUL, May 4 (Yonhap) -- Exports rose.\n" + "Imports fell.\nkdh@example.kr\n(END)\n");
        Invariants.check(a);
        assertThat(a.paragraphs()).extracting(p -> p.text()).containsExactly("Exports rose. Imports fell.");
        assertThat(a.boilerplate())
                .extracting(Boilerplate::kind)
                .containsExactly(BoilerplateKind.OTHER, BoilerplateKind.END_MARK);
    }

    @Test
    void keepsHeadlineEndingInAbbreviation() {
        Article a = Wireparse.parse("CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.\n\n"
                + "    PEKING, March 3 - China called for a better deal.\n");
        assertThat(a.headline()).map(Headline::text).contains("CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.");
        assertThat(a.dateline()).isPresent();
    }

    @Test
    void parsesShuffledAgencyShapesWithoutException() {
        String[] pieces = {
            "SEOUL",
            "SEOUL, ",
            "May 4",
            " (Yonhap) ",
            "--",
            " -",
            "—",
            "_",
            ":",
            ".-",
            "(ANSA)",
            "/TASS/.",
            "[India]",
            ",",
            " ",
            "\n",
            "\n\n",
            "   ",
            "Reuter",
            "\u0003",
            "Enditem",
            "(LEAD)",
            "(2nd LD)",
            "(Reporting by A; Editing by B)",
            "(Adds quote)",
            "By Jane Doe, PA",
            "Jane Doe, The Canadian Press",
            "The council met.",
            "U.S.",
            "Jan. 1(Xinhua)",
            "2024",
            "1996-08-20",
            "(",
            ")",
            "/",
            "[",
            "]",
            "-0-",
            "KAZAN, March 5.",
            "Pune, Oct 2 (PTI)"
        };
        java.util.Random random = new java.util.Random(4);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(14);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            Article a = Wireparse.parse(sb.toString());
            Invariants.check(a);
        }
    }

    @Test
    void staysFastOnHugeBlocksEndingInAgencyShapes() {
        String[] tails = {" Reuter", " (Reporting by A; Editing by B)", " Enditem", "\n-0-", ")", "(((("};
        for (String tail : tails) {
            String text = "OSLO, March 3 (Reuters) - " + "word (x) / [y] ".repeat(300_000) + tail;
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(20), () -> Invariants.check(Wireparse.parse(text)));
        }
    }
}
