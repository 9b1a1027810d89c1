package io.github.wireparse.internal.format;

import io.github.wireparse.Article;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.DatelineDate;
import io.github.wireparse.Envelope;
import io.github.wireparse.Mention;
import io.github.wireparse.PageDate;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Quote;
import io.github.wireparse.Span;
import io.github.wireparse.internal.Resources;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link Article} as an IPTC NITF 3.6 document with the JDK's {@link XMLStreamWriter}.
 *
 * <p>Block elements are indented two spaces per level; mixed content ({@code hl1}, {@code byline},
 * {@code dateline}, {@code p}, {@code tagline}) is written inline, so no whitespace is added to the
 * story's words. Characters XML 1.0 cannot carry (control characters, unpaired surrogates) become
 * U+FFFD.
 */
public final class NitfArticleWriter {

    /** The value of the root element's {@code version} attribute. */
    public static final String VERSION = "-//IPTC//DTD NITF 3.6//EN";

    private static final ThreadLocal<XMLOutputFactory> FACTORY =
            ThreadLocal.withInitial(XMLOutputFactory::newDefaultFactory);

    private static final DateTimeFormatter NORM =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssZ", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final XMLStreamWriter w;
    private final Article a;

    private NitfArticleWriter(XMLStreamWriter w, Article a) {
        this.w = w;
        this.a = a;
    }

    /**
     * Writes one article as one NITF document, XML declaration included, ending with a line break.
     *
     * @param article the article
     * @param id      the document id ({@code docdata/doc-id/@id-string})
     * @param out     where to write; flushed, not closed
     * @throws IOException if {@code out} fails
     */
    public static void write(Article article, String id, Writer out) throws IOException {
        try {
            XMLStreamWriter w = FACTORY.get().createXMLStreamWriter(out);
            new NitfArticleWriter(w, article).document(id);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write NITF: " + e.getMessage(), e);
        }
        out.flush();
    }

    private void document(String id) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        newline(0);
        w.writeStartElement("nitf");
        w.writeAttribute("version", VERSION);
        head(id);
        body();
        newline(0);
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
    }

    private void head(String id) throws XMLStreamException {
        open("head", 1);
        Optional<String> title =
                a.headline().map(h -> h.text()).or(() -> a.metadata().flatMap(PageMetadata::title));
        if (title.isPresent()) {
            leaf("title", 2, title.get());
        }
        Optional<Envelope> e = a.envelope();
        if (e.isPresent()) {
            envelopeMeta(e.get());
        }
        open("docdata", 2);
        empty("doc-id", 3, "id-string", id);
        for (Boilerplate b : a.boilerplate()) {
            if (b.kind() == BoilerplateKind.CORRECTION) {
                empty("correction", 3, "info", b.text());
            }
        }
        Optional<Integer> urgency = e.flatMap(Urgencies::of);
        if (urgency.isPresent()) {
            empty("urgency", 3, "ed-urg", Integer.toString(Math.min(8, urgency.get())));
        }
        Optional<PageMetadata> m = a.metadata();
        Optional<Instant> issued = m.flatMap(PageMetadata::published)
                .flatMap(PageDate::instant)
                .or(() -> e.flatMap(Envelope::transmittedAt));
        if (issued.isPresent()) {
            empty("date.issue", 3, "norm", NORM.format(issued.get()));
        }
        if (e.isPresent()) {
            for (Envelope.Field note : e.get().editorsNotes()) {
                empty("ed-msg", 3, "info", note.text());
            }
            if (e.get().slug().isPresent()) {
                empty("du-key", 3, "key", e.get().slug().get().text());
            }
        }
        List<String> keywords = new ArrayList<>();
        m.ifPresent(x -> keywords.addAll(x.keywords()));
        if (!keywords.isEmpty()) {
            open("key-list", 3);
            for (String k : keywords) {
                empty("keyword", 4, "key", k);
            }
            close(3);
        }
        close(2);
        close(1);
    }

    /**
     * The envelope's fields that NITF's {@code docdata} has no element for, as {@code head/meta}
     * name and content pairs a NITF reader keeps (service, priority, category, version, word count,
     * transmission time, embargo, guid, item version), then the subject codes as
     * {@code tobject.subject} reference numbers, as given.
     */
    private void envelopeMeta(Envelope e) throws XMLStreamException {
        meta("format", Optional.of(e.format().name().toLowerCase(Locale.ROOT)));
        meta("service", e.service().map(Envelope.Field::text));
        meta("priority", e.priority().map(Envelope.Field::text));
        meta("category", e.category().map(Envelope.Field::text));
        meta("version", e.version().map(Envelope.Field::text));
        meta("wordcount", e.wordCount().map(Envelope.Field::text));
        meta("transmitted", e.transmitted().map(Envelope.Field::text));
        meta("embargo", e.embargo().map(Envelope.Field::text));
        meta("guid", e.guid());
        meta("item-version", e.itemVersion());
        if (!e.subjects().isEmpty()) {
            open("tobject", 2);
            w.writeAttribute("tobject.type", "news");
            for (Envelope.Field s : e.subjects()) {
                empty("tobject.subject", 3, "tobject.subject.refnum", s.text());
            }
            close(2);
        }
    }

    private void meta(String name, Optional<String> content) throws XMLStreamException {
        if (content.isPresent()) {
            newline(2);
            w.writeEmptyElement("meta");
            w.writeAttribute("name", name);
            w.writeAttribute("content", clean(content.get()));
        }
    }

    private void body() throws XMLStreamException {
        open("body", 1);
        bodyHead();
        open("body.content", 2);
        for (int i = 0; i < a.paragraphs().size(); i++) {
            newline(3);
            w.writeStartElement("p");
            paragraph(a.paragraphs().get(i));
            w.writeEndElement();
        }
        close(2);
        List<String> contributors = new ArrayList<>();
        for (Boilerplate b : a.boilerplate()) {
            if (b.kind() == BoilerplateKind.CONTRIBUTOR_LINE) {
                contributors.add(b.text());
            }
        }
        if (!contributors.isEmpty()) {
            open("body.end", 2);
            newline(3);
            w.writeStartElement("tagline");
            w.writeAttribute("type", "std");
            text(String.join("\n", contributors));
            w.writeEndElement();
            close(2);
        }
        close(1);
    }

    private void bodyHead() throws XMLStreamException {
        List<Boilerplate> notes = new ArrayList<>();
        for (Boilerplate b : a.boilerplate()) {
            if (b.kind() == BoilerplateKind.EDITORS_NOTE || b.kind() == BoilerplateKind.COPYRIGHT) {
                notes.add(b);
            }
        }
        Optional<String> distributor = a.dateline()
                .flatMap(d -> d.agency().map(x -> x.displayName()).or(d::credit))
                .or(() -> a.byline().flatMap(Byline::organisation));
        if (a.headline().isEmpty()
                && notes.isEmpty()
                && a.byline().isEmpty()
                && distributor.isEmpty()
                && a.dateline().isEmpty()
                && a.envelope().flatMap(Envelope::summary).isEmpty()) {
            return;
        }
        open("body.head", 2);
        Optional<String> subheadline =
                a.envelope().flatMap(Envelope::subheadline).map(Envelope.Field::text);
        if (a.headline().isPresent()) {
            open("hedline", 3);
            leaf("hl1", 4, a.headline().get().text());
            if (subheadline.isPresent()) {
                leaf("hl2", 4, subheadline.get());
            }
            close(3);
        }
        for (Boilerplate b : notes) {
            open("note", 3);
            w.writeAttribute("noteclass", b.kind() == BoilerplateKind.COPYRIGHT ? "cpyrt" : "editorsnote");
            open("body.content", 4);
            leaf("p", 5, b.text());
            close(4);
            close(3);
        }
        if (a.byline().isPresent()) {
            newline(3);
            w.writeStartElement("byline");
            byline(a.byline().get());
            w.writeEndElement();
        }
        if (distributor.isPresent()) {
            leaf("distributor", 3, distributor.get());
        }
        if (a.dateline().isPresent()) {
            newline(3);
            w.writeStartElement("dateline");
            dateline(a.dateline().get());
            w.writeEndElement();
        }
        Optional<String> summary = a.envelope().flatMap(Envelope::summary).map(Envelope.Field::text);
        if (summary.isPresent()) {
            open("abstract", 3);
            leaf("p", 4, summary.get());
            close(3);
        }
        close(2);
    }

    private void byline(Byline b) throws XMLStreamException {
        String t = b.text();
        List<Part> parts = new ArrayList<>();
        for (String author : b.authors()) {
            parts.add(new Part("person", author, null, null));
        }
        b.title().ifPresent(x -> parts.add(new Part("byttl", x, null, null)));
        if (!inline(t, parts)) {
            for (Part p : parts) {
                element(p);
            }
        }
    }

    private void dateline(Dateline d) throws XMLStreamException {
        String t = d.text();
        int base = d.start();
        // Each part with its place in the dateline's text, from the part's own span.
        List<Part> location = new ArrayList<>();
        List<Integer> locationAt = new ArrayList<>();
        for (int i = 0; i < d.cities().size(); i++) {
            location.add(new Part("city", d.cities().get(i), null, null));
            locationAt.add(d.citySpans().get(i).start() - base);
        }
        boolean state = d.region().isPresent()
                && isSubdivision(d.countryCode(), d.region().get());
        if (d.region().isPresent()) {
            location.add(new Part(
                    state ? "state" : "country",
                    d.region().get(),
                    state ? null : "iso-cc",
                    state ? null : d.countryCode().orElse(null)));
            locationAt.add(d.regionSpan().orElseThrow().start() - base);
        }
        Part trailingCountry =
                d.countryCode().isPresent() && (state || d.region().isEmpty())
                        ? new Part("country", "", "iso-cc", d.countryCode().get())
                        : null;
        Part date = d.date()
                .map(x -> new Part("story.date", x.text(), x.year().isPresent() ? "norm" : null, norm(x)))
                .orElse(null);
        int dateAt = d.dateSpan().map(x -> x.start() - base).orElse(-1);

        // Weave the elements into the text in text order, whatever order the dateline writes the
        // places in ("SURABAYA, Indonesia/JAKARTA").
        List<Part> placed = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < location.size(); i++) {
            insertSorted(placed, at, location.get(i), locationAt.get(i));
        }
        // NITF's location cannot hold the date: a date between two places is written apart
        boolean found = date == null
                || placed.isEmpty()
                || dateAt < at.get(0)
                || dateAt
                        >= at.get(at.size() - 1)
                                + placed.get(placed.size() - 1).text.length();
        for (int i = 1; i < placed.size() && found; i++) {
            found = at.get(i) >= at.get(i - 1) + placed.get(i - 1).text.length();
        }
        if (!found) {
            if (!location.isEmpty() || trailingCountry != null) {
                w.writeStartElement("location");
                for (Part p : location) {
                    element(p);
                }
                if (trailingCountry != null) {
                    element(trailingCountry);
                }
                w.writeEndElement();
            }
            if (date != null) {
                element(date);
            }
            return;
        }
        if (location.isEmpty() && trailingCountry != null) {
            w.writeStartElement("location");
            element(trailingCountry);
            w.writeEndElement();
        }
        // Weave in text order: the location (first place to last) and the date, each at its place.
        int locStart = placed.isEmpty() ? -1 : at.get(0);
        boolean dateFirst = date != null && (locStart < 0 || dateAt < locStart);
        int pos = 0;
        if (dateFirst && date != null) { // dateFirst implies date != null; said again for NullAway
            text(t.substring(pos, dateAt));
            element(date);
            pos = dateAt + date.text.length();
        }
        if (locStart >= 0) {
            text(t.substring(pos, locStart));
            w.writeStartElement("location");
            pos = locStart;
            for (int i = 0; i < placed.size(); i++) {
                text(t.substring(pos, at.get(i)));
                element(placed.get(i));
                pos = at.get(i) + placed.get(i).text.length();
            }
            if (trailingCountry != null) {
                element(trailingCountry);
            }
            w.writeEndElement();
        }
        if (date != null && !dateFirst) {
            text(t.substring(pos, dateAt));
            element(date);
            pos = dateAt + date.text.length();
        }
        text(t.substring(pos));
    }

    private static void insertSorted(List<Part> placed, List<Integer> at, Part part, int pos) {
        int k = 0;
        while (k < at.size() && at.get(k) < pos) {
            k++;
        }
        placed.add(k, part);
        at.add(k, pos);
    }

    private static @Nullable String norm(DatelineDate d) {
        return d.year()
                .map(y -> String.format(
                        Locale.ROOT,
                        "%04d%02d%02d",
                        y.getValue(),
                        d.monthDay().getMonthValue(),
                        d.monthDay().getDayOfMonth()))
                .orElse(null);
    }

    /** Country names a dateline may write where a state would stand, lower case. */
    private static final Set<String> COUNTRY_NAMES = Resources.set("format/country-region-names.txt");

    /** The U.S. states AP datelines spell out rather than abbreviate. */
    private static final Set<String> UNABBREVIATED_STATES = Resources.set("format/unabbreviated-states.txt");

    /** The countries whose datelines name a state after the city, as ISO 3166-1 alpha-2 codes. */
    private static final Set<String> FEDERATIONS = Resources.set("format/federations.txt");

    /**
     * Tells a state or province from a country: in the federations whose datelines name a state
     * after the city (U.S., Canada, Australia) any region that is not the country's own name; when
     * the country is not known, an abbreviation ({@code Ill.}, {@code N.Y.}) or one of the states
     * AP spells out.
     */
    private static boolean isSubdivision(Optional<String> countryCode, String region) {
        String r = region.toLowerCase(Locale.ROOT);
        if (countryCode.isPresent()) {
            return FEDERATIONS.contains(countryCode.get()) && !COUNTRY_NAMES.contains(r);
        }
        return (r.endsWith(".") && !COUNTRY_NAMES.contains(r)) || UNABBREVIATED_STATES.contains(r);
    }

    /**
     * Writes {@code t} with each part's text, found in order, wrapped in the part's element.
     * Writes nothing and returns false if a part is not found.
     */
    private boolean inline(String t, List<Part> parts) throws XMLStreamException {
        int[] starts = new int[parts.size()];
        int cursor = 0;
        for (int i = 0; i < parts.size(); i++) {
            String s = parts.get(i).text;
            int at = s.isEmpty() ? -1 : t.indexOf(s, cursor);
            if (at < 0) {
                return false;
            }
            starts[i] = at;
            cursor = at + s.length();
        }
        int pos = 0;
        for (int i = 0; i < parts.size(); i++) {
            text(t.substring(pos, starts[i]));
            element(parts.get(i));
            pos = starts[i] + parts.get(i).text.length();
        }
        text(t.substring(pos));
        return true;
    }

    /**
     * Writes a paragraph's text with each quotation, clipped to the paragraph, as a {@code q}
     * element. Quote spans point into the article text while the paragraph's text has its hard
     * wraps joined, so the two are aligned character by character, skipping whitespace.
     */
    private void paragraph(Paragraph p) throws XMLStreamException {
        String pt = p.text();
        Span ps = p.span();
        List<int[]> cuts = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        int last = ps.start();
        for (Quote q : a.quotes()) {
            Span qs = q.span();
            int start = Math.max(qs.start(), ps.start());
            int end = Math.min(qs.end(), ps.end());
            if (qs.start() < ps.start()) {
                // A running quote goes on in this paragraph, which reopens it with a mark.
                while (start < end && isOpeningMark(a.text().charAt(start))) {
                    start++;
                }
            }
            if (start >= end || start < last) {
                continue;
            }
            cuts.add(new int[] {start, end});
            quotes.add(q);
            last = end;
        }
        if (cuts.isEmpty()) {
            text(pt);
            return;
        }
        int[] map = align(a.text(), ps, pt, cuts);
        int pos = 0;
        for (int i = 0; i < quotes.size(); i++) {
            int from = Math.max(map[2 * i], pos);
            int to = Math.max(map[2 * i + 1], from);
            text(pt.substring(pos, from));
            w.writeStartElement("q");
            Quote q = quotes.get(i);
            Optional<String> source = q.source().or(() -> q.speaker().map(Mention::text));
            if (source.isPresent()) {
                w.writeAttribute("quote-source", clean(source.get()));
            }
            text(pt.substring(from, to));
            w.writeEndElement();
            pos = to;
        }
        text(pt.substring(pos));
    }

    private static boolean isOpeningMark(char c) {
        return c == '“'
                || c == '"'
                || c == '‘'
                || c == '\''
                || c == '`'
                || c == '«'
                || c == '„'
                || Character.isWhitespace(c);
    }

    /**
     * Maps offsets into the article text (the cut points, in order) to offsets into the
     * paragraph's text. Non-whitespace characters are matched one to one; whitespace is skipped on
     * either side.
     */
    static int[] align(String source, Span span, String text, List<int[]> cuts) {
        int[] wanted = new int[cuts.size() * 2];
        for (int i = 0; i < cuts.size(); i++) {
            wanted[2 * i] = cuts.get(i)[0];
            wanted[2 * i + 1] = cuts.get(i)[1];
        }
        int[] out = new int[wanted.length];
        int k = 0;
        int i = span.start();
        int j = 0;
        int end = Math.min(span.end(), source.length());
        while (k < wanted.length) {
            if (i >= wanted[k] || i >= end) {
                // At a start, skip the paragraph's whitespace so the quote begins on its first
                // character; at an end, the position reached is right after the last one.
                int at = j;
                if (k % 2 == 0) {
                    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                        at++;
                    }
                }
                out[k++] = Math.min(at, text.length());
                continue;
            }
            char c = source.charAt(i);
            if (j < text.length() && text.charAt(j) == c) {
                i++;
                j++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (j < text.length()
                    && (Character.isWhitespace(text.charAt(j)) || Character.isSpaceChar(text.charAt(j)))) {
                j++;
            } else {
                i++;
                j = Math.min(j + 1, text.length());
            }
        }
        return out;
    }

    private void element(Part p) throws XMLStreamException {
        if (p.text.isEmpty()) {
            w.writeEmptyElement(p.name);
        } else {
            w.writeStartElement(p.name);
        }
        if (p.attribute != null && p.value != null) {
            w.writeAttribute(p.attribute, clean(p.value));
        }
        if (!p.text.isEmpty()) {
            text(p.text);
            w.writeEndElement();
        }
    }

    private void open(String name, int depth) throws XMLStreamException {
        newline(depth);
        w.writeStartElement(name);
    }

    private void close(int depth) throws XMLStreamException {
        newline(depth);
        w.writeEndElement();
    }

    private void leaf(String name, int depth, String text) throws XMLStreamException {
        newline(depth);
        w.writeStartElement(name);
        text(text);
        w.writeEndElement();
    }

    private void empty(String name, int depth, String attribute, String value) throws XMLStreamException {
        newline(depth);
        w.writeEmptyElement(name);
        w.writeAttribute(attribute, clean(value));
    }

    private void newline(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void text(String s) throws XMLStreamException {
        if (!s.isEmpty()) {
            w.writeCharacters(clean(s));
        }
    }

    /** Replaces the characters XML 1.0 cannot carry with U+FFFD. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** An element to wrap around a stretch of text, with at most one attribute. */
    private record Part(
            String name,
            String text,
            @Nullable String attribute,
            @Nullable String value) {}
}
