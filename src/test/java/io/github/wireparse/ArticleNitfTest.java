package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** {@link ArticleNitf}: NITF 3.6 read back with the JDK's DOM parser. */
class ArticleNitfTest {

    static Document read(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    static List<String> names(Element e) {
        return children(e).stream().map(Element::getTagName).toList();
    }

    static Element only(Document d, String tag) {
        NodeList l = d.getElementsByTagName(tag);
        assertThat(l.getLength()).as("number of <%s>", tag).isEqualTo(1);
        return (Element) l.item(0);
    }

    static List<Element> list(Document d, String tag) {
        NodeList l = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    static Stream<Path> fixtures() throws IOException {
        return ArticleJsonTest.fixtures();
    }

    /** Checks the skeleton every document has, and the body paragraphs against the article's. */
    static Document checkStructure(Article a, String id) {
        Document d = read(ArticleNitf.create().toXml(a, id));
        Element nitf = d.getDocumentElement();
        assertThat(nitf.getTagName()).isEqualTo("nitf");
        assertThat(nitf.getAttribute("version")).isEqualTo("-//IPTC//DTD NITF 3.6//EN");
        assertThat(names(nitf)).containsExactly("head", "body");
        Element head = children(nitf).get(0);
        assertThat(names(head)).endsWith("docdata");
        Element docId = only(d, "doc-id");
        assertThat(docId.getAttribute("id-string")).isEqualTo(id);
        Element body = children(nitf).get(1);
        List<String> parts = names(body);
        assertThat(parts).contains("body.content");
        assertThat(parts).isSubsetOf("body.head", "body.content", "body.end");
        assertThat(parts.indexOf("body.content")).isGreaterThan(parts.indexOf("body.head"));
        Element content = children(body).get(parts.indexOf("body.content"));
        for (Element note : list(d, "note")) {
            assertThat(((Element) note.getParentNode()).getTagName()).isEqualTo("body.head");
            assertThat(names(note)).containsExactly("body.content");
            assertThat(note.getAttribute("noteclass")).isIn("editorsnote", "cpyrt");
        }
        List<Element> ps = children(content);
        assertThat(ps).extracting(Element::getTagName).allMatch("p"::equals);
        assertThat(ps)
                .extracting(Element::getTextContent)
                .containsExactlyElementsOf(
                        a.paragraphs().stream().map(p -> clean(p.text())).toList());
        if (a.headline().isPresent()) {
            assertThat(only(d, "hl1").getTextContent())
                    .isEqualTo(clean(a.headline().get().text()));
            assertThat(only(d, "title").getTextContent())
                    .isEqualTo(clean(a.headline().get().text()));
        }
        if (a.dateline().isPresent()) {
            assertThat(only(d, "dateline").getTextContent())
                    .isEqualTo(clean(a.dateline().get().text()));
        }
        if (a.byline().isPresent()) {
            assertThat(only(d, "byline").getTextContent())
                    .isEqualTo(clean(a.byline().get().text()));
        }
        return d;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void writesEveryFixtureAsWellFormedNitf(Path file) {
        checkStructure(ArticleJsonTest.parse(file), file.getFileName().toString());
    }

    @Test
    void writesSeedHeadlineDistributorAndDatelineLocation() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/seed/ap-north-korea-arms.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Document d = checkStructure(Wireparse.parse(text), "ap-north-korea-arms.txt");
        assertThat(only(d, "distributor").getTextContent()).isEqualTo("Associated Press");
        Element location = only(d, "location");
        assertThat(names(location)).containsExactly("city", "country");
        assertThat(only(d, "city").getTextContent()).isEqualTo("SEOUL");
        assertThat(only(d, "country").getTextContent()).isEqualTo("South Korea");
        assertThat(only(d, "country").getAttribute("iso-cc")).isEqualTo("KR");
        assertThat(d.getElementsByTagName("story.date").getLength()).isZero();
        assertThat(d.getElementsByTagName("body.end").getLength()).isZero();
    }

    @Test
    void wrapsQuotesInQElementsWithTheirSource() {
        Document d = checkStructure(QuotedArticles.article(), "mayor.txt");
        NodeList qs = d.getElementsByTagName("q");
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < qs.getLength(); i++) {
            Element q = (Element) qs.item(i);
            assertThat(q.getAttribute("quote-source")).isEqualTo("Ann Lee");
            assertThat(((Element) q.getParentNode()).getTagName()).isEqualTo("p");
            quoted.add(q.getTextContent());
        }
        // The running quote is cut at the paragraph break: one q in each paragraph it lies in.
        assertThat(quoted)
                .containsExactly(
                        "dead on arrival,",
                        "We will not cut the libraries,",
                        "Not this year.",
                        "Not next year either.");
        Element p0 = list(d, "p").get(0);
        assertThat(p0.getTextContent())
                .isEqualTo("The mayor said Monday the plan was “dead on arrival,” and her aides agreed.");
    }

    @Test
    void marksBylinePersonTitleAndDatelineStateAndDate() {
        Document d = checkStructure(QuotedArticles.article(), "mayor.txt");
        assertThat(names(only(d, "byline"))).containsExactly("person", "byttl");
        assertThat(only(d, "person").getTextContent()).isEqualTo("JANE DOE");
        assertThat(only(d, "byttl").getTextContent()).isEqualTo("AP Business Writer");
        assertThat(names(only(d, "location"))).containsExactly("city", "state", "country");
        assertThat(only(d, "state").getTextContent()).isEqualTo("Ill.");
        assertThat(only(d, "country").getAttribute("iso-cc")).isEqualTo("US");
        Element date = only(d, "story.date");
        assertThat(date.getTextContent()).isEqualTo("March 3, 2025");
        assertThat(date.getAttribute("norm")).isEqualTo("20250303");
        assertThat(names(only(d, "body.head"))).containsExactly("hedline", "byline", "distributor", "dateline");
    }

    @Test
    void writesAbbreviatedRegionAsState() {
        Article a = Wireparse.parse("Zoo welcomes twin pandas\n\n"
                + "SPRINGFIELD, Ill. (AP) — The city zoo welcomed twin pandas on Friday.");
        Document d = checkStructure(a, "zoo.txt");
        assertThat(only(d, "state").getTextContent()).isEqualTo("Ill.");
        assertThat(list(d, "country"))
                .allSatisfy(c -> assertThat(c.getTextContent()).isEmpty());
    }

    @Test
    void marksTheCityWhereTheDatelineWritesItNotWhereItsWordsFirstOccur() {
        // The credit that opens this dateline holds the city's text too: the city element must
        // wrap the place after the dash, and the credit stay plain text.
        Article a = Wireparse.parse("Police detain suspects\n\n"
                + "(Anadolu) - Anadolu, Sep 14 - Police detained four suspects on Monday.");
        Document d = checkStructure(a, "anadolu.txt");
        Element dateline = only(d, "dateline");
        assertThat(dateline.getFirstChild().getNodeValue()).isEqualTo("(Anadolu) - ");
        assertThat(only(d, "city").getTextContent()).isEqualTo("Anadolu");
        assertThat(only(d, "story.date").getTextContent()).isEqualTo("Sep 14");
        assertThat(dateline.getTextContent()).isEqualTo("(Anadolu) - Anadolu, Sep 14 -");
    }

    @Test
    void marksEachOfTwoPlacesWhenTheSecondIsWrittenInsideTheFirst() {
        Article a = Wireparse.parse(
                "Ferry links resume\n\n" + "SAN JOSE DEL CABO/SAN JOSE, Costa Rica (AP) — Ferries resumed on Monday.");
        Document d = checkStructure(a, "ferry.txt");
        assertThat(list(d, "city"))
                .extracting(Element::getTextContent)
                .containsExactly("SAN JOSE DEL CABO", "SAN JOSE");
        assertThat(only(d, "dateline").getTextContent()).isEqualTo("SAN JOSE DEL CABO/SAN JOSE, Costa Rica (AP) —");
    }

    @Test
    void putsContributorLinesInTheTagline() {
        Document d = checkStructure(QuotedArticles.article(), "mayor.txt");
        Element tagline = only(d, "tagline");
        assertThat(((Element) tagline.getParentNode()).getTagName()).isEqualTo("body.end");
        assertThat(tagline.getTextContent()).isEqualTo("Associated Press writer Bob Roe contributed to this report.");
    }

    @Test
    void replacesCharactersXmlCannotCarry() {
        Article a = Wireparse.parse("Noise \u0000\u0001 here\n\nAnd \uD800 a lone surrogate.");
        Document d = read(ArticleNitf.create().toXml(a, "bin\u0000"));
        assertThat(d.getDocumentElement().getTextContent()).doesNotContain("\u0000", "\u0001");
        assertThat(only(d, "doc-id").getAttribute("id-string")).isEqualTo("bin\uFFFD");
    }

    @Test
    void writesEmptyArticleAsSkeleton() {
        Document d = checkStructure(Wireparse.parse(""), "empty.txt");
        assertThat(names(d.getDocumentElement())).containsExactly("head", "body");
        assertThat(children(children(only(d, "body")).get(0))).isEmpty();
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> ArticleNitf.create().toXml(null, "x"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("article");
    }
}
