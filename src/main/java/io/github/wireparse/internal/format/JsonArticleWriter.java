package io.github.wireparse.internal.format;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wireparse.Article;
import io.github.wireparse.Attribution;
import io.github.wireparse.Boilerplate;
import io.github.wireparse.Byline;
import io.github.wireparse.Dateline;
import io.github.wireparse.Envelope;
import io.github.wireparse.Mention;
import io.github.wireparse.PageDate;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.Paragraph;
import io.github.wireparse.Problem;
import io.github.wireparse.Quote;
import io.github.wireparse.Source;
import io.github.wireparse.Span;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes an {@link Article} as the JSON object documented in {@code docs/article.schema.json},
 * with Jackson's streaming generator. Field names here are a published format: change them only
 * with the schema, docs/formats.md and the changelog.
 */
public final class JsonArticleWriter {

    private JsonArticleWriter() {}

    /**
     * Writes one article as one JSON object; compact output has no line break at all.
     *
     * @param article     the article
     * @param id          the value of the {@code id} field
     * @param pretty      whether to indent the object over several lines
     * @param includeText whether to add the article's full text as {@code text}
     * @param out         where to write; flushed, not closed
     * @throws IOException if {@code out} fails
     */
    public static void write(Article article, String id, boolean pretty, boolean includeText, Writer out)
            throws IOException {
        try (JsonGenerator g = JsonGenerators.create(out, pretty)) {
            article(g, article, id, includeText);
        }
    }

    private static void article(JsonGenerator g, Article a, String id, boolean includeText) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("format", a.format().name().toLowerCase(Locale.ROOT));
        g.writeFieldName("headline");
        if (a.headline().isPresent()) {
            g.writeStartObject();
            g.writeStringField("text", a.headline().get().text());
            span(g, a.headline().get().span());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        g.writeFieldName("byline");
        if (a.byline().isPresent()) {
            byline(g, a.byline().get());
        } else {
            g.writeNull();
        }
        g.writeFieldName("dateline");
        if (a.dateline().isPresent()) {
            dateline(g, a.dateline().get());
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("paragraphs");
        for (Paragraph p : a.paragraphs()) {
            g.writeStartObject();
            g.writeStringField("text", p.text());
            span(g, p.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            quote(g, q);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sources");
        for (Source s : a.sources()) {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            strings(g, "descriptors", s.descriptors());
            integers(g, "quotes", s.quotes());
            integers(g, "attributions", s.attributions());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("attributions");
        for (Attribution at : a.attributions()) {
            attribution(g, at);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("boilerplate");
        for (Boilerplate b : a.boilerplate()) {
            g.writeStartObject();
            g.writeStringField("kind", b.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("text", b.text());
            span(g, b.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("metadata");
        if (a.metadata().isPresent()) {
            metadata(g, a.metadata().get());
        } else {
            g.writeNull();
        }
        g.writeFieldName("envelope");
        if (a.envelope().isPresent()) {
            envelope(g, a.envelope().get());
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("problems");
        for (Problem p : a.problems()) {
            g.writeStartObject();
            g.writeStringField("message", p.message());
            g.writeStringField("location", p.location() instanceof Problem.InMarkup ? "markup" : "text");
            g.writeNumberField("line", p.line());
            g.writeNumberField("column", p.column());
            if (p.offset().isPresent()) {
                g.writeNumberField("offset", p.offset().getAsInt());
            } else {
                g.writeNullField("offset");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (includeText) {
            g.writeStringField("text", a.text());
        }
        g.writeEndObject();
    }

    private static void byline(JsonGenerator g, Byline b) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", b.text());
        strings(g, "authors", b.authors());
        string(g, "title", b.title());
        string(g, "organisation", b.organisation());
        span(g, b.span());
        g.writeEndObject();
    }

    private static void dateline(JsonGenerator g, Dateline d) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", d.text());
        strings(g, "cities", d.cities());
        string(g, "city", d.city());
        string(g, "region", d.region());
        string(g, "country", d.countryCode());
        string(g, "agency", d.agency().map(Enum::name));
        string(g, "credit", d.credit());
        string(g, "date", d.date().map(x -> x.monthDay().toString()));
        g.writeFieldName("year");
        if (d.date().isPresent() && d.date().get().year().isPresent()) {
            g.writeNumber(d.date().get().year().get().getValue());
        } else {
            g.writeNull();
        }
        span(g, d.span());
        g.writeObjectFieldStart("spans");
        g.writeArrayFieldStart("cities");
        for (Span c : d.citySpans()) {
            g.writeStartObject();
            span(g, c);
            g.writeEndObject();
        }
        g.writeEndArray();
        spanOrNull(g, "region", d.regionSpan());
        spanOrNull(g, "credit", d.creditSpan());
        spanOrNull(g, "date", d.dateSpan());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void spanOrNull(JsonGenerator g, String name, Optional<Span> s) throws IOException {
        g.writeFieldName(name);
        if (s.isPresent()) {
            g.writeStartObject();
            span(g, s.get());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
    }

    private static void attribution(JsonGenerator g, Attribution a) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", a.kind().name().toLowerCase(Locale.ROOT));
        g.writeStringField("text", a.text());
        span(g, a.span());
        g.writeArrayFieldStart("segments");
        for (Span s : a.segments()) {
            g.writeStartObject();
            span(g, s);
            g.writeEndObject();
        }
        g.writeEndArray();
        mention(g, "speaker", a.speaker());
        string(g, "source", a.source());
        string(g, "sourceType", a.sourceType().map(t -> t.name().toLowerCase(Locale.ROOT)));
        mention(g, "cue", a.cue());
        integers(g, "quotes", a.quotes());
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", q.text());
        span(g, q.span());
        g.writeNumberField(
                "paragraph", q.paragraphs().isEmpty() ? 0 : q.paragraphs().get(0));
        integers(g, "paragraphs", q.paragraphs());
        g.writeBooleanField("partial", q.partial());
        mention(g, "speaker", q.speaker());
        string(g, "descriptor", q.descriptor().map(Mention::text));
        string(g, "source", q.source());
        mention(g, "cue", q.cue());
        g.writeEndObject();
    }

    private static void metadata(JsonGenerator g, PageMetadata m) throws IOException {
        g.writeStartObject();
        string(g, "canonicalUrl", m.canonicalUrl());
        string(g, "siteName", m.siteName());
        string(g, "title", m.title());
        string(g, "description", m.description());
        string(g, "published", m.published().map(PageDate::isoText));
        string(g, "publishedOrigin", m.published().map(d -> origin(d.origin())));
        string(g, "modified", m.modified().map(PageDate::isoText));
        string(g, "modifiedOrigin", m.modified().map(d -> origin(d.origin())));
        strings(g, "authors", m.authors());
        string(g, "section", m.section());
        strings(g, "keywords", m.keywords());
        string(g, "language", m.language());
        string(g, "textDirection", m.textDirection().map(t -> t.name().toLowerCase(Locale.ROOT)));
        string(g, "imageUrl", m.imageUrl());
        g.writeEndObject();
    }

    private static String origin(PageDate.Origin o) {
        return o.name().toLowerCase(Locale.ROOT);
    }

    private static void envelope(JsonGenerator g, Envelope e) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", e.format().name().toLowerCase(Locale.ROOT));
        field(g, "service", e.service());
        field(g, "priority", e.priority());
        field(g, "urgency", e.urgency());
        field(g, "category", e.category());
        field(g, "slug", e.slug());
        field(g, "version", e.version());
        field(g, "wordCount", e.wordCount());
        field(g, "transmitted", e.transmitted());
        string(g, "transmittedAt", e.transmittedAt().map(Instant::toString));
        field(g, "embargo", e.embargo());
        fields(g, "editorsNotes", e.editorsNotes());
        fields(g, "photos", e.photos());
        fields(g, "related", e.related());
        fields(g, "subjects", e.subjects());
        string(g, "guid", e.guid());
        string(g, "itemVersion", e.itemVersion());
        field(g, "subheadline", e.subheadline());
        field(g, "summary", e.summary());
        fields(g, "otherLines", e.otherLines());
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, String name, Optional<Envelope.Field> f) throws IOException {
        g.writeFieldName(name);
        if (f.isPresent()) {
            field(g, f.get());
        } else {
            g.writeNull();
        }
    }

    private static void fields(JsonGenerator g, String name, List<Envelope.Field> fs) throws IOException {
        g.writeArrayFieldStart(name);
        for (Envelope.Field f : fs) {
            field(g, f);
        }
        g.writeEndArray();
    }

    /** An envelope field: its text, and its span where the input is text (else null). */
    private static void field(JsonGenerator g, Envelope.Field f) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", f.text());
        if (f.span().isPresent()) {
            span(g, f.span().get());
        } else {
            g.writeNullField("start");
            g.writeNullField("end");
        }
        g.writeEndObject();
    }

    private static void mention(JsonGenerator g, String name, Optional<Mention> m) throws IOException {
        g.writeFieldName(name);
        if (m.isPresent()) {
            g.writeStartObject();
            g.writeStringField("text", m.get().text());
            span(g, m.get().span());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
    }

    private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void integers(JsonGenerator g, String name, List<Integer> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (int v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }
}
