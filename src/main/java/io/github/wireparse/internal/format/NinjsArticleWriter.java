package io.github.wireparse.internal.format;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wireparse.Article;
import io.github.wireparse.ArticleNinjs;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.BoilerplateKind;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.Envelope;
import io.github.wireparse.PageDate;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.Paragraph;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an {@link Article} as one IPTC ninjs ("news in JSON") object, version 2.2 or 3.1, with
 * Jackson's streaming generator. The mapping is documented on {@link ArticleNinjs}; only
 * properties with a value are written (ninjs has no nulls), so the smallest object is
 * {@code {"uri": …, "standard": …, "type": "text"}}.
 *
 * <p>Property names are those of ninjs 2.2 ({@code versioncreated}, {@code contenttype}); 3.1
 * spells the same properties in camel case ({@code versionCreated}, {@code contentType}), which
 * {@link #name} applies.
 */
public final class NinjsArticleWriter {

    /** The ninjs 2.2 names that ninjs 3.1 spells differently. */
    private static final Map<String, String> V3_NAMES = Map.ofEntries(
            Map.entry("firstcreated", "firstCreated"),
            Map.entry("versioncreated", "versionCreated"),
            Map.entry("embargoed", "embargoedUntil"),
            Map.entry("ednote", "edNote"),
            Map.entry("copyrightnotice", "copyrightNotice"),
            Map.entry("contenttype", "contentType"),
            Map.entry("charcount", "charCount"),
            Map.entry("wordcount", "wordCount"),
            Map.entry("infosources", "infoSources"));

    /** The first instant RFC 3339 can write, and the first it cannot (years 0000 to 9999). */
    private static final Instant FIRST_RFC3339 = Instant.parse("0000-01-01T00:00:00Z");

    private static final Instant END_RFC3339 = Instant.parse("+10000-01-01T00:00:00Z");

    /** Where ISO 3166-1 alpha-2 country codes have URIs, as the ninjs examples use them. */
    private static final String COUNTRY_URI = "http://cvx.iptc.org/iso3166-1a2/";

    /**
     * The values of one item's scalar properties, gathered before anything is written so that
     * what the input's own envelope states (see {@link #envelope}) can take precedence over what
     * was read from the story.
     *
     * @param uri            {@code uri}
     * @param version        {@code version}, the item's version
     * @param firstCreated   {@code firstcreated}
     * @param versionCreated {@code versioncreated}
     * @param embargoed      {@code embargoed} (3.1: {@code embargoedUntil})
     * @param urgency        {@code urgency}, 1 (highest) to 9
     * @param slugline       {@code slugline}
     * @param edNote         {@code ednote}
     * @param subjects       {@code subjects}, each written as {@code {"name": …}}
     */
    @SuppressWarnings("InvalidParam") // the {@code} words are ninjs property names, not parameters
    record Item(
            String uri,
            Optional<String> version,
            Optional<Instant> firstCreated,
            Optional<Instant> versionCreated,
            Optional<Instant> embargoed,
            Optional<Integer> urgency,
            Optional<String> slugline,
            Optional<String> edNote,
            List<String> subjects) {}

    private final JsonGenerator g;
    private final ArticleNinjs.Version version;

    private NinjsArticleWriter(JsonGenerator g, ArticleNinjs.Version version) {
        this.g = g;
        this.version = version;
    }

    /**
     * Writes one article as one ninjs object; compact output has no line break at all.
     *
     * @param article   the article
     * @param id        the input's name; the {@code uri} is made from it (see {@link #uri})
     * @param uriPrefix what goes before the percent-encoded id when the id is not an absolute URI
     * @param version   which ninjs version to write
     * @param pretty    whether to indent the object over several lines
     * @param out       where to write; flushed, not closed
     * @throws IOException if {@code out} fails
     */
    public static void write(
            Article article, String id, String uriPrefix, ArticleNinjs.Version version, boolean pretty, Writer out)
            throws IOException {
        try (JsonGenerator g = JsonGenerators.create(out, pretty)) {
            new NinjsArticleWriter(g, version).writeItem(article, envelope(item(article, id, uriPrefix), article));
        }
    }

    /**
     * {@return the item's scalar properties as the story itself gives them: the uri from the id,
     * dates from an HTML page's metadata, editor's notes from the boilerplate}
     */
    static Item item(Article a, String id, String uriPrefix) {
        Optional<PageMetadata> m = a.metadata();
        // ninjs dates are instants: only a page date with its time and offset is one.
        Optional<Instant> published = m.flatMap(PageMetadata::published).flatMap(PageDate::instant);
        Optional<Instant> modified =
                m.flatMap(PageMetadata::modified).flatMap(PageDate::instant).or(() -> published);
        String notes = joined(a, BoilerplateKind.EDITORS_NOTE, "\n");
        return new Item(
                uri(id, uriPrefix),
                Optional.empty(),
                published,
                modified,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                notes.isEmpty() ? Optional.empty() : Optional.of(notes),
                m.map(PageMetadata::keywords).orElse(List.of()));
    }

    /**
     * The envelope that wire-feed input carries (ANPA/IPTC 7901 headers, NITF head, NewsML and
     * ninjs item metadata) overrides the item's scalar properties as the story gave them: a guid
     * that is an absolute URI → {@code uri}; the item's version → {@code version}; the
     * transmission time → {@code versioncreated} (and {@code firstcreated} when the story gave
     * none); urgency, or the priority through {@code format/priorities.tsv} → {@code urgency}
     * (1–9); slug (keyword) line → {@code slugline}; the editor's notes, one per line, before any
     * the story's boilerplate adds → {@code ednote}; subject codes → {@code subjects}. An embargo
     * stated as free text has no date-time and is left out.
     */
    static Item envelope(Item item, Article a) {
        if (a.envelope().isEmpty()) {
            return item;
        }
        Envelope e = a.envelope().get();
        String uri = e.guid().filter(NinjsArticleWriter::isAbsoluteUri).orElse(item.uri());
        Optional<String> version = e.itemVersion().or(item::version);
        Optional<Instant> versionCreated = e.transmittedAt().or(item::versionCreated);
        Optional<Instant> firstCreated = item.firstCreated().or(e::transmittedAt);
        Optional<Integer> urgency = Urgencies.of(e).or(item::urgency);
        Optional<String> slugline = e.slug().map(Envelope.Field::text).or(item::slugline);
        List<String> notes = new ArrayList<>();
        for (Envelope.Field f : e.editorsNotes()) {
            notes.add(f.text());
        }
        item.edNote().ifPresent(n -> {
            // A trailing line break adds no empty note: String.split drops trailing empty lines.
            @SuppressWarnings("StringSplitter")
            String[] lines = n.split("\n");
            for (String line : lines) {
                if (!notes.contains(line)) {
                    notes.add(line);
                }
            }
        });
        Optional<String> edNote = notes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", notes));
        List<String> subjects = new ArrayList<>();
        for (Envelope.Field f : e.subjects()) {
            subjects.add(f.text());
        }
        for (String k : item.subjects()) {
            if (!subjects.contains(k)) {
                subjects.add(k);
            }
        }
        return new Item(
                uri,
                version,
                firstCreated,
                versionCreated,
                item.embargoed(),
                urgency,
                slugline,
                edNote,
                List.copyOf(subjects));
    }

    private static boolean isAbsoluteUri(String s) {
        try {
            return new URI(s).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * {@return the ninjs {@code uri} for an id: the id itself when it is already an absolute URI
     * (a feed item's guid, a page's URL), else the prefix followed by the id percent-encoded as
     * a URI path, so that {@code stories/a b.txt} becomes {@code <prefix>stories/a%20b.txt}}
     */
    public static String uri(String id, String uriPrefix) {
        try {
            URI u = new URI(id);
            if (u.isAbsolute()) {
                return id;
            }
        } catch (URISyntaxException e) {
            // not a URI: encode it below
        }
        StringBuilder sb = new StringBuilder(uriPrefix);
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private void writeItem(Article a, Item item) throws IOException {
        g.writeStartObject();
        g.writeStringField("uri", item.uri());
        g.writeObjectFieldStart("standard");
        g.writeStringField("name", "ninjs");
        g.writeStringField("version", version.number());
        g.writeStringField("schema", "http://www.iptc.org/std/ninjs/ninjs-schema_" + version.number() + ".json#");
        g.writeEndObject();
        g.writeStringField("type", "text");
        string("version", item.version());
        instant("firstcreated", item.firstCreated());
        instant("versioncreated", item.versionCreated());
        instant("embargoed", item.embargoed());
        if (item.urgency().isPresent()) {
            g.writeNumberField("urgency", item.urgency().get());
        }
        string("language", a.metadata().flatMap(PageMetadata::language));
        string("slugline", item.slugline());
        string("ednote", item.edNote());
        String copyright = joined(a, BoilerplateKind.COPYRIGHT, " ");
        if (!copyright.isEmpty()) {
            g.writeStringField(name("copyrightnotice"), copyright);
        }
        string("by", a.byline().map(NinjsArticleWriter::by));
        dateline(a.dateline());
        Optional<String> headline =
                a.headline().map(h -> h.text()).or(() -> a.metadata().flatMap(PageMetadata::title));
        if (headline.isPresent()) {
            g.writeArrayFieldStart("headlines");
            text("main", Optional.empty(), headline.get());
            g.writeEndArray();
        }
        Optional<String> summary = a.metadata().flatMap(PageMetadata::description);
        if (summary.isPresent()) {
            g.writeArrayFieldStart("descriptions");
            text("summary", Optional.empty(), summary.get());
            g.writeEndArray();
        }
        bodies(a);
        if (!item.subjects().isEmpty()) {
            g.writeArrayFieldStart("subjects");
            for (String s : item.subjects()) {
                g.writeStartObject();
                g.writeStringField("name", s);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** {@code located} (the dateline's place as written) and its country in {@code places}. */
    private void dateline(Optional<Dateline> dateline) throws IOException {
        if (dateline.isEmpty()) {
            return;
        }
        Dateline d = dateline.get();
        String place = String.join("/", d.cities());
        if (d.region().isPresent()) {
            place = place.isEmpty()
                    ? d.region().get()
                    : place + ", " + d.region().get();
        }
        if (!place.isEmpty()) {
            g.writeStringField("located", place);
        }
        if (d.countryCode().isPresent()) {
            g.writeArrayFieldStart("places");
            g.writeStartObject();
            g.writeStringField("rel", "located");
            g.writeStringField("uri", COUNTRY_URI + d.countryCode().get().toLowerCase(Locale.ROOT));
            g.writeStringField("literal", d.countryCode().get());
            g.writeEndObject();
            g.writeEndArray();
        }
        if (d.credit().isPresent()) {
            g.writeArrayFieldStart(name("infosources"));
            g.writeStartObject();
            g.writeStringField("name", d.credit().get());
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    /**
     * {@code bodies}: the story as plain text (paragraphs separated by a blank line, the dateline
     * opening the first, as the story reads) and as HTML, one {@code <p>} per paragraph.
     */
    private void bodies(Article a) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            paragraphs.add(p.text());
        }
        if (a.dateline().isPresent()) {
            Dateline d = a.dateline().get();
            if (paragraphs.isEmpty()) {
                paragraphs.add(d.text());
            } else if (d.end() <= a.paragraphs().get(0).start()) {
                paragraphs.set(0, d.text() + " " + paragraphs.get(0));
            }
        }
        if (paragraphs.isEmpty()) {
            return;
        }
        String plain = String.join("\n\n", paragraphs);
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            if (html.length() > 0) {
                html.append('\n');
            }
            html.append("<p>");
            escape(p, html);
            html.append("</p>");
        }
        g.writeArrayFieldStart("bodies");
        g.writeStartObject();
        g.writeStringField("role", "main");
        g.writeStringField(name("contenttype"), "text/plain");
        g.writeNumberField(name("charcount"), plain.codePointCount(0, plain.length()));
        g.writeNumberField(name("wordcount"), words(plain));
        g.writeStringField("value", plain);
        g.writeEndObject();
        text("richtext", Optional.of("text/html"), html.toString());
        g.writeEndArray();
    }

    private void text(String role, Optional<String> contentType, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", role);
        if (contentType.isPresent()) {
            g.writeStringField(name("contenttype"), contentType.get());
        }
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    /** {@code by}: the authors as a phrase ({@code A, B and C}), then the byline's title. */
    static String by(Byline b) {
        List<String> names = b.authors();
        if (names.isEmpty()) {
            String t = b.text();
            return t.regionMatches(true, 0, "by ", 0, 3) ? t.substring(3).strip() : t;
        }
        String who = names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return b.title().map(t -> who + ", " + t).orElse(who);
    }

    private static String joined(Article a, BoilerplateKind kind, String separator) {
        StringBuilder sb = new StringBuilder();
        for (Boilerplate b : a.boilerplate()) {
            if (b.kind() == kind) {
                if (sb.length() > 0) {
                    sb.append(separator);
                }
                sb.append(b.text());
            }
        }
        return sb.toString();
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** Escapes text for HTML; characters XML cannot carry become U+FFFD, so XHTML tools read it. */
    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || Character.isSurrogate(c)
                            || c == 0xFFFE
                            || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    private void string(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name(name), value.get());
        }
    }

    /** Writes an RFC 3339 date-time; a year outside 0000–9999 has no such form and is left out. */
    private void instant(String name, Optional<Instant> value) throws IOException {
        if (value.isPresent()
                && !value.get().isBefore(FIRST_RFC3339)
                && value.get().isBefore(END_RFC3339)) {
            g.writeStringField(name(name), value.get().toString());
        }
    }

    /** {@return a ninjs 2.2 property name as the version written spells it} */
    private String name(String v2) {
        return version == ArticleNinjs.Version.V3_1 ? V3_NAMES.getOrDefault(v2, v2) : v2;
    }
}
