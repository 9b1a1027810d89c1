package io.github.wireparse.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.Envelope;
import io.github.wireparse.Headline;
import io.github.wireparse.InputFormat;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Span;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 19 real feed files of {@code shared/corpora/wire-feeds} (superdesk-core's test fixtures, see
 * the corpora MANIFEST), each read through the content-detecting entry point, checked against what
 * the file says and, where they speak of the story, against superdesk-core's own feed-parser tests
 * ({@code tests/io/feed_parsers/*.py}). Skipped when the shared folder is absent.
 */
class WireFeedsCorpusIT {

    private static final Path FEEDS =
            Path.of(System.getProperty("wireparse.shared", "../shared")).resolve("corpora/wire-feeds");

    private static Article read(String name) throws IOException {
        Path file = FEEDS.resolve(name);
        assumeTrue(
                Files.isRegularFile(file),
                name + " not found under " + FEEDS.toAbsolutePath() + " (system property wireparse.shared); skipping");
        return Wireparse.parse(file);
    }

    private static String headline(Article a) {
        return a.headline().map(Headline::text).orElse("(none)");
    }

    private static String byline(Article a) {
        return a.byline().map(Byline::text).orElse("(none)");
    }

    private static String dateline(Article a) {
        return a.dateline().map(Dateline::text).orElse("(none)");
    }

    private static String first(Article a) {
        return a.paragraphs().isEmpty() ? "(none)" : a.paragraphs().get(0).text();
    }

    private static String last(Article a) {
        List<Paragraph> p = a.paragraphs();
        return p.isEmpty() ? "(none)" : p.get(p.size() - 1).text();
    }

    private static Envelope envelope(Article a) {
        assertThat(a.envelope()).as("envelope").isPresent();
        return a.envelope().get();
    }

    private static String text(java.util.Optional<Envelope.Field> f) {
        return f.map(Envelope.Field::text).orElse("(none)");
    }

    private static List<String> texts(List<Envelope.Field> fields) {
        return fields.stream().map(Envelope.Field::text).toList();
    }

    private static List<String> boilerplate(Article a, BoilerplateKind kind) {
        return a.boilerplate().stream()
                .filter(b -> b.kind() == kind)
                .map(Boilerplate::text)
                .toList();
    }

    /** Every span of a text transmission's envelope points at its own text in the input. */
    private static void assertSpansPointIntoInput(Article a) {
        Envelope e = envelope(a);
        List<Envelope.Field> all = new java.util.ArrayList<>(e.editorsNotes());
        all.addAll(e.photos());
        all.addAll(e.related());
        e.slug().ifPresent(all::add);
        e.version().ifPresent(all::add);
        e.service().ifPresent(all::add);
        e.transmitted().ifPresent(all::add);
        for (Envelope.Field f : all) {
            assertThat(f.span()).as("span of %s", f.text()).isPresent();
            Span s = f.span().get();
            // values over several lines (dpa's take keys, notebook) differ only in their white space
            assertThat(a.text().substring(s.start(), s.end()).replaceAll("\\s+", " "))
                    .isEqualTo(f.text().replaceAll("\\s+", " "));
        }
        a.headline()
                .ifPresent(
                        h -> assertThat(a.text().substring(h.start(), h.end())).isEqualTo(h.text()));
        for (Paragraph p : a.paragraphs()) {
            assertThat(a.text().substring(p.start(), p.end())).doesNotContain("\u0002", "\u0003", "^");
        }
    }

    // ---- ANPA-1312 (AP) ----------------------------------------------------------------------

    @Test
    void readsApAnpaStoryWithWritethruNotesPhotosBylineAndTrailer() throws IOException {
        Article a = read("ap_anpa-1.tst");
        assertThat(a.format()).isEqualTo(InputFormat.ANPA);
        assertThat(headline(a)).isEqualTo("Deng has 30 points, short-handed Heat beat Hawks 115-111");
        assertThat(a.byline()).hasValueSatisfying(b -> {
            assertThat(b.authors()).containsExactly("CHARLES ODUM");
            assertThat(b.title()).contains("AP Sports Writer");
        });
        assertThat(dateline(a)).isEqualTo("ATLANTA (AP) _");
        assertThat(a.dateline().get().cities()).containsExactly("ATLANTA");
        assertThat(first(a)).startsWith("Luol Deng scored 30 points and Josh McRoberts had 19");
        assertThat(last(a)).isEqualTo("Hawks: Host Milwaukee on Saturday night.");
        assertThat(a.paragraphs()).extracting(Paragraph::text).doesNotContain("___", "TIP-INS", "UP NEXT");
        assertThat(boilerplate(a, BoilerplateKind.SEPARATOR)).containsExactly("___", "TIP-INS", "UP NEXT");
        assertThat(boilerplate(a, BoilerplateKind.TIMESTAMP)).containsExactly("AP-WF-02-20-16 0337GMT");
        Envelope e = envelope(a);
        assertThat(text(e.service())).isEqualTo("z6715");
        assertThat(text(e.priority())).isEqualTo("r");
        assertThat(text(e.category())).isEqualTo("z");
        assertThat(text(e.slug())).isEqualTo("BC-BKN--Heat-Hawks");
        assertThat(text(e.version())).isEqualTo("1stLd-Writethru");
        assertThat(e.words()).hasValue(500);
        assertThat(texts(e.editorsNotes())).containsExactly("Eds: Heat 115, Hawks 111. Updates. With AP Photos.");
        assertThat(texts(e.photos())).containsExactly("AP Photo GATK105, GATK106, GATK103, GATK107, GATK104, GATK102");
        assertThat(text(e.summary())).startsWith("Luol Deng scored 30 points").endsWith("his left knee.");
        assertThat(text(e.transmitted())).isEqualTo("AP-WF-02-20-16 0337GMT");
        assertThat(e.transmittedAt()).contains(Instant.parse("2016-02-20T03:37:00Z"));
        assertThat(texts(e.otherLines())).contains("BC-BKN--Heat-Hawks, 1st Ld-Writethru,416");
        assertThat(a.quotes()).anySatisfy(q -> assertThat(q.text()).startsWith("I gave it a couple days"));
        assertSpansPointIntoInput(a);
    }

    @Test
    void readsApAnpaTableStoryWithAgencyBylineAndCapitalSubheads() throws IOException {
        Article a = read("ap_anpa-2.tst");
        assertThat(a.format()).isEqualTo(InputFormat.ANPA);
        assertThat(headline(a)).isEqualTo("Baseball Expanded Standings");
        assertThat(a.byline()).hasValueSatisfying(b -> {
            assertThat(b.authors()).isEmpty();
            assertThat(b.organisation()).contains("Associated Press");
        });
        Envelope e = envelope(a);
        // superdesk: slugline BBO--BaseballExpanded (the header line's keyword without its cycle)
        assertThat(text(e.slug())).isEqualTo("BC-BBO--BaseballExpanded");
        assertThat(text(e.category())).isEqualTo("z");
        assertThat(e.version()).isEmpty();
        assertThat(texts(e.otherLines())).contains("All Times EDT");
        assertThat(boilerplate(a, BoilerplateKind.SEPARATOR)).contains("AMERICAN LEAGUE", "NATIONAL LEAGUE", "___");
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains("East Division", "Texas 7, Toronto 6");
        assertThat(last(a)).isEqualTo("San Francisco at San Diego, 10:10 p.m.");
        assertThat(boilerplate(a, BoilerplateKind.TIMESTAMP)).containsExactly("AP-WF-05-17-16 0620GMT");
        assertSpansPointIntoInput(a);
    }

    @Test
    void readsApAnpaShortWritethruWithoutByline() throws IOException {
        Article a = read("ap_anpa-3.tst");
        assertThat(headline(a)).isEqualTo("$210 lobster is found dead");
        assertThat(a.byline()).isEmpty();
        assertThat(dateline(a)).isEqualTo("CHATHAM, Mass. (AP) _");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly("A lobster died.");
        Envelope e = envelope(a);
        assertThat(text(e.slug())).isEqualTo("BC-US--GiantLobsterDeath");
        assertThat(text(e.version())).isEqualTo("1stLd-Writethru");
        assertThat(text(e.category())).isEqualTo("d");
        assertThat(texts(e.editorsNotes())).containsExactly("Eds: APNewsNow. Changes short headline. New approach.");
        assertThat(text(e.transmitted())).isEqualTo("AP-WF-08-29-16 1626GMT");
        assertSpansPointIntoInput(a);
    }

    @Test
    void readsApNewsAlertWithoutHeadlineLine() throws IOException {
        Article a = read("ap_anpa-5.tst");
        assertThat(a.headline()).isEmpty();
        assertThat(dateline(a)).isEqualTo("HONOLULU (AP) _");
        assertThat(first(a)).startsWith("Hawaii files court challenge to Trump administration's definition");
        Envelope e = envelope(a);
        assertThat(text(e.priority())).isEqualTo("b");
        assertThat(text(e.slug())).isEqualTo("BC-US--APNewsAlert");
        assertThat(e.words()).hasValue(358);
        assertThat(boilerplate(a, BoilerplateKind.TIMESTAMP)).containsExactly("AP-WF-06-29-17 2350GMT");
    }

    @Test
    void readsAnpaStoryWithTwoAuthorsAndContributorSeparator() throws IOException {
        Article a = read("anpa-1.tst");
        assertThat(a.format()).isEqualTo(InputFormat.ANPA);
        // superdesk anpa_tests: headline, byline, body starting BUENOS, word count 1049, category l
        assertThat(headline(a)).isEqualTo("For Argentine chemo patients, mirrors can hurt");
        assertThat(byline(a)).startsWith("By PAUL BYRNE and ALMUDENA CALATRAVA");
        assertThat(a.byline().get().authors()).containsExactly("PAUL BYRNE", "ALMUDENA CALATRAVA");
        assertThat(dateline(a)).isEqualTo("BUENOS AIRES, Argentina (AP) _");
        assertThat(first(a)).startsWith("For cancer patients dealing with the physical and psychological trauma");
        Envelope e = envelope(a);
        assertThat(e.words()).hasValue(1049);
        assertThat(text(e.category())).isEqualTo("l");
        assertThat(text(e.priority())).isEqualTo("f");
        assertThat(text(e.service())).isEqualTo("W2870");
        assertThat(text(e.slug())).contains("Argentina-Cancer");
        assertThat(texts(e.editorsNotes())).containsExactly("Eds: With AP Photos.");
        assertThat(e.transmittedAt()).contains(Instant.parse("2013-11-13T15:09:00Z"));
        assertThat(boilerplate(a, BoilerplateKind.SEPARATOR)).containsExactly("___");
        assertSpansPointIntoInput(a);
    }

    @Test
    void readsAnpaInvestigationWithEditorsNoteLine() throws IOException {
        Article a = read("anpa-2.tst");
        assertThat(headline(a)).isEqualTo("Prairies vanish in the US push for green energy");
        assertThat(a.byline().get().authors()).containsExactly("CHET BROKAW", "JACK GILLUM");
        assertThat(dateline(a)).isEqualTo("ROSCOE, South Dakota (AP) _");
        assertThat(first(a)).startsWith("Robert Malsam nearly went broke in the 1980s");
        Envelope e = envelope(a);
        // superdesk ap_anpa_test: take key 1stLd-Writethru; ednote "This is part of an AP investigation..."
        assertThat(text(e.version())).isEqualTo("1stLd-Writethru");
        assertThat(texts(e.editorsNotes()))
                .hasSize(2)
                .last()
                .asString()
                .startsWith("EDITOR'S NOTE _ ")
                .endsWith("This is part of an Associated Press investigation into the hidden costs of green energy.");
        assertThat(texts(e.photos())).containsExactly("AP Photo SDDD101, SDDD102, GFX0456");
        assertThat(boilerplate(a, BoilerplateKind.CONTRIBUTOR_LINE))
                .singleElement()
                .asString()
                .startsWith("Gillum reported from Washington.");
        assertSpansPointIntoInput(a);
    }

    // ---- IPTC 7901 (dpa) ---------------------------------------------------------------------

    @Test
    void readsDpaIptc7901HeaderKeywordHeadlineAndNotebook() throws IOException {
        Article a = read("IPTC7901.txt");
        assertThat(a.format()).isEqualTo(InputFormat.IPTC7901);
        // superdesk dpa_test / iptc7901_tests: headline, slugline, priority 4, category i, 211 words,
        // body starting "Negotiations", dateline Berlin / dpa, ednote holding the notebook
        assertThat(headline(a)).isEqualTo("Germany Social Democrats: Coalition talks with Merkel could fail");
        assertThat(dateline(a)).isEqualTo("Berlin (dpa) -");
        assertThat(a.dateline().get().cities()).containsExactly("Berlin");
        assertThat(first(a)).startsWith("Negotiations between German conservatives headed by Chancellor Angela Merkel");
        assertThat(last(a)).endsWith("before Christmas.");
        Envelope e = envelope(a);
        assertThat(text(e.service())).isEqualTo("eca062");
        assertThat(text(e.priority())).isEqualTo("4");
        assertThat(text(e.category())).isEqualTo("i");
        assertThat(e.words()).hasValue(211);
        assertThat(text(e.slug())).isEqualTo("Germany-politics");
        assertThat(e.editorsNotes())
                .singleElement()
                .satisfies(
                        n -> assertThat(n.text()).startsWith("# dpa NOTEBOOK").contains("## dpa Contacts"));
        assertThat(boilerplate(a, BoilerplateKind.END_MARK)).containsExactly("dpa wsz jln npr");
        assertThat(text(e.transmitted())).isEqualTo("131137 GMT Nov 13");
        assertThat(a.quotes()).anySatisfy(q -> assertThat(q.text()).startsWith("One cannot yet say"));
        assertSpansPointIntoInput(a);
    }

    @Test
    void readsDpaFourLineHeadWithTakeKeysAndByline() throws IOException {
        Article a = read("dpa_four_line.txt");
        assertThat(a.format()).isEqualTo(InputFormat.IPTC7901);
        // superdesk dpa_test: headline, slugline Switzerland/migration/UN, take key "REFILE 1ST LEAD"
        assertThat(headline(a)).isEqualTo("Switzerland joins list of countries resisting UN migration pact");
        assertThat(byline(a)).isEqualTo("By dpa correspondents");
        assertThat(dateline(a)).isEqualTo("Geneva (dpa) -");
        Envelope e = envelope(a);
        assertThat(text(e.slug())).isEqualTo("Switzerland/migration/UN");
        assertThat(text(e.version())).isEqualTo("REFILE 1ST LEAD");
        assertThat(e.editorsNotes())
                .singleElement()
                .satisfies(n -> assertThat(n.text())
                        .contains("## Note to editors")
                        .contains("adds head of UNGA in grafs 7-11"));
        // One byte of the file (0xA0) is not UTF-8: read as Windows-1252, with a problem.
        assertThat(a.problems()).anySatisfy(p -> assertThat(p.message()).contains("not valid UTF-8"));
        assertSpansPointIntoInput(a);
    }

    @Test
    void readsDpaTwoLineHeadWithExtraTakeKey() throws IOException {
        Article a = read("dpa_two_line.txt");
        assertThat(headline(a)).isEqualTo("Peace talks on Yemen to take place in Sweden next month, Mattis says");
        assertThat(dateline(a)).isEqualTo("Washington (dpa) -");
        assertThat(first(a)).startsWith("US Defence Secretary Jim Mattis says he expects");
        assertThat(last(a)).endsWith("it has decreased considerably.");
        Envelope e = envelope(a);
        assertThat(text(e.slug())).isEqualTo("Yemen/conflict");
        assertThat(text(e.version())).isEqualTo("EXTRA");
        assertThat(boilerplate(a, BoilerplateKind.TIMESTAMP)).containsExactly("212101 GMT Nov 18");
    }

    // ---- NITF ----------------------------------------------------------------------------------

    @Test
    void readsApNitfHeadlineBylineTitleAndBody() throws IOException {
        Article a = read("ap-nitf.xml");
        assertThat(a.format()).isEqualTo(InputFormat.NITF);
        assertThat(headline(a)).isEqualTo("Can trading pollution like stocks help fight climate change?");
        assertThat(a.byline()).hasValueSatisfying(b -> {
            assertThat(b.authors()).containsExactly("BERNARD CONDON");
            assertThat(b.title()).contains("AP Business Writer");
        });
        assertThat(dateline(a)).isEqualTo("NEW YORK (AP) —");
        assertThat(first(a)).startsWith("The gas produced by hog manure at farms across the U.S.");
        assertThat(last(a)).startsWith("Bernard Condon can be reached at");
        assertThat(boilerplate(a, BoilerplateKind.SEPARATOR)).containsExactly("___");
        Envelope e = envelope(a);
        assertThat(texts(e.editorsNotes())).containsExactly("For global distribution");
        assertThat(e.transmittedAt()).contains(Instant.parse("2015-12-10T19:10:44Z"));
        assertThat(a.quotes()).isNotEmpty();
    }

    @Test
    void readsEfeNitfMetadataAbstractAndBodyDateline() throws IOException {
        Article a = read("efe_nitf.xml");
        assertThat(a.format()).isEqualTo(InputFormat.NITF);
        // superdesk efe_nitf_tests: headline, subject codes, priority/category from head meta
        assertThat(headline(a)).isEqualTo("Honduran president announces Cabinet changes");
        assertThat(dateline(a)).isEqualTo("Tegucigalpa, Jan 2 (EFE).-");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly("Test body.");
        Envelope e = envelope(a);
        assertThat(text(e.priority())).isEqualTo("R");
        assertThat(text(e.category())).isEqualTo("POL");
        assertThat(text(e.urgency())).isEqualTo("5");
        assertThat(e.guid()).contains("22751909");
        assertThat(e.words()).hasValue(279);
        assertThat(text(e.subheadline())).isEqualTo("HONDURAS GOVERNMENT");
        assertThat(text(e.summary())).isEqualTo("Test Abstract");
        assertThat(texts(e.subjects())).containsExactly("11006005", "F01001000");
        // The byline element holds editors' initials, not a name: kept in the envelope.
        assertThat(a.byline()).isEmpty();
        assertThat(texts(e.otherLines())).contains("byline: gr/bp");
    }

    // ---- NewsML-G2 and NewsML 1 ----------------------------------------------------------------

    @Test
    void readsAnsaNewsMlG2WithPlainTextInlineData() throws IOException {
        Article a = read("ansa-newsmlg2-text.xml");
        assertThat(a.format()).isEqualTo(InputFormat.NEWSML_G2);
        assertThat(headline(a)).isEqualTo("Catalan independence declaration unacceptable - Alfano");
        assertThat(dateline(a)).isEqualTo("(ANSA) - Rome, October 11 -");
        assertThat(first(a)).startsWith("Italian Foreign Minister Angelino Alfano has said");
        assertThat(last(a)).startsWith("Catalan leader Carles Puigdemont signed a declaration");
        assertThat(a.paragraphs()).hasSize(4);
        Envelope e = envelope(a);
        assertThat(text(e.subheadline())).isEqualTo("Foreign minister expresses faith in Spanish government");
        assertThat(e.guid()).contains("tag:ansa.it,2017-10-11:40e5fb1034e7e2b21942ea09718fc85a");
        assertThat(e.itemVersion()).contains("1");
        assertThat(text(e.urgency())).isEqualTo("5");
        assertThat(e.transmittedAt()).contains(Instant.parse("2017-10-11T09:41:00Z"));
        assertThat(texts(e.photos())).singleElement().asString().endsWith(".jpg");
    }

    @Test
    void readsReutersNewsMlG2WithXhtmlBody() throws IOException {
        Article a = read("tag_reuters.com,2018_newsml_MTZXEE13ZXCZES_2");
        assertThat(a.format()).isEqualTo(InputFormat.NEWSML_G2);
        assertThat(headline(a)).isEqualTo("UPDATE 2-Primeira Liga Results");
        assertThat(dateline(a)).isEqualTo("Jan 3 (OPTA) -");
        assertThat(first(a))
                .startsWith("Results and fixtures for the Primeira Liga on Wednesday")
                .contains("Marítimo");
        Envelope e = envelope(a);
        assertThat(text(e.slug())).isEqualTo("SOCCER-PORTUGAL/RESULTS (UPDATE 2)");
        assertThat(text(e.priority())).isEqualTo("4");
        assertThat(text(e.service())).isEqualTo("svc:RTR_TNS");
        assertThat(e.itemVersion()).contains("2");
        assertThat(texts(e.subjects())).contains("subj:15054000", "N2:SOC");
        assertThat(e.words()).hasValue(845);
    }

    @Test
    void readsAfpNewsMlOneDeclaredLatin1ButWrittenInUtf8() throws IOException {
        Article a = read("afp20.xml");
        assertThat(a.format()).isEqualTo(InputFormat.NEWSML);
        assertThat(headline(a)).isEqualTo("Décès de Naomi Musenga: l'opératrice du Samu définitivement condamnée");
        assertThat(dateline(a)).isEqualTo("Strasbourg, 10 juil 2024 (AFP)");
        assertThat(first(a)).startsWith("L'opératrice du Samu condamnée pour non-assistance");
        assertThat(last(a)).isEqualTo("L'opératrice, Corinne M.");
        Envelope e = envelope(a);
        assertThat(text(e.slug())).isEqualTo("procès-santé-secours");
        assertThat(e.guid()).contains("urn:newsml:afp.com:20240710:240710125902.qpsp2jzk:1");
        assertThat(e.transmittedAt()).contains(Instant.parse("2024-07-10T13:00:37Z"));
        assertThat(a.problems()).anySatisfy(p -> assertThat(p.message()).contains("declares iso-8859-1"));
    }

    // ---- ninjs ---------------------------------------------------------------------------------

    @Test
    void readsNinjsOneWithBylineEdNoteAndService() throws IOException {
        Article a = read("ninjs1.json");
        assertThat(a.format()).isEqualTo(InputFormat.NINJS);
        assertThat(headline(a)).isEqualTo("headline");
        assertThat(a.byline().get().authors()).containsExactly("Peter", "Jane");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly("The story so far.");
        Envelope e = envelope(a);
        assertThat(texts(e.editorsNotes())).containsExactly("ed note");
        assertThat(text(e.slug())).isEqualTo("slugline");
        assertThat(text(e.service())).isEqualTo("m");
        assertThat(text(e.urgency())).isEqualTo("3");
        assertThat(text(e.priority())).isEqualTo("6");
        assertThat(text(e.summary())).isEqualTo("abstract");
        assertThat(texts(e.subjects())).containsExactly("01000000");
        assertThat(e.guid()).hasValueSatisfying(g -> assertThat(g).startsWith("urn:newsml:localhost:2017-08-24"));
    }

    @Test
    void readsNinjsTwoWithReutersTrailerAndFeatureMedia() throws IOException {
        Article a = read("ninjs2.json");
        assertThat(headline(a)).isEqualTo("Oil prices edge up on first drop in US drilling in months");
        assertThat(a.byline().get().authors()).containsExactly("Henning Gloystein");
        assertThat(first(a)).startsWith("Oil prices edged up on Monday,");
        assertThat(boilerplate(a, BoilerplateKind.CONTRIBUTOR_LINE))
                .containsExactly("(Reporting by Henning Gloystein; Editing by Richard Pullin)");
        Envelope e = envelope(a);
        assertThat(text(e.slug())).isEqualTo("GLOBAL-OIL");
        assertThat(texts(e.photos())).containsExactly("20170809001313906811");
    }

    @Test
    void readsNinjsSpecificationExampleFromItsXhtmlBody() throws IOException {
        Article a = read("ninjsExSimpleText1.json");
        assertThat(headline(a)).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
        assertThat(a.byline().get().authors()).containsExactly("Paulo Santalucia", "Frances d'Emilio");
        assertThat(dateline(a)).isEqualTo("GROSSETO, Italy (AP) --");
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(last(a)).endsWith("Schettino has denied wrongdoing.");
    }

    @Test
    void readsBbcNinjsItemInsideItsFeedResponse() throws IOException {
        Article a = read("bbc-ninjs-text-test.json");
        assertThat(a.format()).isEqualTo(InputFormat.NINJS);
        assertThat(headline(a)).isEqualTo("advisory");
        assertThat(a.byline().get().authors()).containsExactly("John Doe");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly("body");
        assertThat(text(envelope(a).summary())).isEqualTo("LDRS WALES v.1");
    }

    @Test
    void readsApMediaApiItemWhoseTextIsOnlyInRenditions() throws IOException {
        Article a = read("ap_media_text_item.json");
        assertThat(a.format()).isEqualTo(InputFormat.NINJS);
        assertThat(headline(a)).isEqualTo("BC-BBN--Top Ten");
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.problems())
                .anySatisfy(p -> assertThat(p.message()).contains("renditions").contains("nitf"));
        Envelope e = envelope(a);
        assertThat(e.guid()).contains("5ee9b4b40ea5fe9c9ca60f890fb2e1d9");
        assertThat(text(e.priority())).isEqualTo("r");
        assertThat(text(e.urgency())).isEqualTo("4");
        assertThat(texts(e.subjects())).contains("s");
    }
}
