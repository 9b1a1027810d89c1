package io.github.wireparse.internal.feed;

import io.github.wireparse.Article;
import io.github.wireparse.Envelope.Field;
import io.github.wireparse.InputFormat;
import io.github.wireparse.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads NITF 3.x, NewsML-G2 and NewsML 1.x documents: the envelope from their metadata, the
 * headline, byline and dateline from their elements, the body from their markup through the HTML
 * path's block walk.
 */
final class XmlFeeds {

    private XmlFeeds() {}

    /**
     * The stories of a document, and the problems of reading it.
     *
     * @param format   the format the root element names
     * @param items    the stories, in document order; empty when the document has none
     * @param problems what went wrong reading the XML
     */
    record Result(InputFormat format, List<FeedItem> items, List<String> problems) {}

    static Result read(String xml, ParseOptions options) {
        XmlTree.Result tree = XmlTree.read(xml);
        List<String> problems = new ArrayList<>(tree.problems());
        if (tree.root().isEmpty()) {
            return new Result(InputFormat.TEXT, List.of(), problems);
        }
        XNode root = tree.root().get();
        List<FeedItem> items = new ArrayList<>();
        InputFormat format;
        switch (root.name) {
            case "nitf" -> {
                format = InputFormat.NITF;
                items.add(new FeedItem(0, () -> nitf(root, options, problems)));
            }
            case "newsMessage", "newsItem" -> {
                format = InputFormat.NEWSML_G2;
                List<XNode> newsItems = root.name.equals("newsItem") ? List.of(root) : root.descendants("newsItem");
                for (XNode item : newsItems) {
                    items.add(new FeedItem(Math.max(0, item.offset), () -> newsMlG2(root, item, options, problems)));
                }
                if (newsItems.isEmpty()) {
                    problems.add("the NewsML-G2 message holds no newsItem");
                }
            }
            case "NewsML" -> {
                format = InputFormat.NEWSML;
                List<XNode> newsItems = root.children("NewsItem");
                for (XNode item : newsItems) {
                    items.add(new FeedItem(Math.max(0, item.offset), () -> newsMl1(root, item, options, problems)));
                }
                if (newsItems.isEmpty()) {
                    problems.add("the NewsML document holds no NewsItem");
                }
            }
            default -> {
                format = InputFormat.TEXT;
                problems.add("XML root element <" + root.name + "> is not NITF, NewsML or NewsML-G2");
            }
        }
        return new Result(format, items, problems);
    }

    private static RenderedStory story(List<String> problems) {
        RenderedStory s = new RenderedStory();
        for (String p : problems) {
            s.problem(p);
        }
        return s;
    }

    // ---- NITF ----------------------------------------------------------------------------

    private static Article nitf(XNode root, ParseOptions options, List<String> problems) {
        RenderedStory s = story(problems);
        EnvelopeBuilder env = new EnvelopeBuilder(InputFormat.NITF);
        Optional<XNode> head = root.child("head");
        if (head.isPresent()) {
            XNode h = head.get();
            for (XNode meta : h.children("meta")) {
                String name = meta.attr("name").orElse("");
                String content = meta.attr("content").orElse("");
                switch (NitfMetaNames.field(name)) {
                    case "priority" -> env.priority = EnvelopeBuilder.meta(content);
                    case "category" -> env.category = EnvelopeBuilder.meta(content);
                    case "slug" -> env.slug = EnvelopeBuilder.meta(content);
                    default -> env.other(name, content);
                }
            }
            for (XNode subject : h.descendants("tobject.subject")) {
                subject.attr("tobject.subject.refnum").ifPresent(c -> env.subjects.add(Field.of(c)));
            }
            Optional<XNode> docdata = h.child("docdata");
            if (docdata.isPresent()) {
                XNode d = docdata.get();
                d.child("doc-id").flatMap(x -> x.attr("id-string")).ifPresent(v -> env.guid = v);
                d.child("urgency").flatMap(x -> x.attr("ed-urg")).ifPresent(v -> env.urgency = Field.of(v));
                d.child("date.issue").flatMap(x -> x.attr("norm")).ifPresent(v -> {
                    env.transmitted = Field.of(v);
                    env.transmittedAt = Dates.iso(v).orElse(null);
                });
                d.child("date.release").flatMap(x -> x.attr("norm")).ifPresent(v -> env.embargo = Field.of(v));
                for (XNode m : d.children("ed-msg")) {
                    EnvelopeBuilder.add(
                            env.editorsNotes,
                            EnvelopeBuilder.meta(m.attr("info").orElse(m.text())));
                }
                for (XNode k : d.descendants("keyword")) {
                    k.attr("key").ifPresent(v -> env.other("keyword", v));
                }
                d.child("doc.copyright")
                        .ifPresent(c -> env.other(
                                "copyright",
                                (c.attr("holder").orElse("") + " "
                                                + c.attr("year").orElse(""))
                                        .strip()));
                d.child("evloc")
                        .ifPresent(e -> env.other(
                                "event location",
                                (e.attr("city").orElse("") + " "
                                                + e.attr("iso-cc").orElse(""))
                                        .strip()));
            }
            h.child("pubdata").ifPresent(p -> {
                if (p.attr("unit-of-measure").orElse("word").equals("word")) {
                    p.attr("item-length").ifPresent(v -> env.wordCount = Field.of(stripZeros(v)));
                }
                if (env.transmitted == null) {
                    p.attr("date.publication").ifPresent(v -> {
                        env.transmitted = Field.of(v);
                        env.transmittedAt = Dates.iso(v).orElse(null);
                    });
                }
            });
            if (s.headline == null) {
                h.child("title").map(XNode::text).filter(t -> !t.isEmpty()).ifPresent(t -> s.headline = t);
            }
        }
        Optional<XNode> body = root.child("body");
        if (body.isPresent()) {
            Optional<XNode> bh = body.get().child("body.head");
            if (bh.isPresent()) {
                XNode b = bh.get();
                Optional<XNode> hedline = b.child("hedline");
                Optional<String> hl1 =
                        hedline.flatMap(x -> x.child("hl1")).map(XNode::text).filter(t -> !t.isEmpty());
                if (hl1.isPresent()) {
                    s.headline = hl1.get();
                }
                for (XNode hl2 : hedline.map(x -> x.children("hl2")).orElse(List.of())) {
                    String t = hl2.text();
                    if (!t.isEmpty() && !t.equals(s.headline) && env.subheadline == null) {
                        env.subheadline = Field.of(t);
                    }
                }
                for (XNode note : b.children("note")) {
                    EnvelopeBuilder.add(env.editorsNotes, EnvelopeBuilder.meta(note.text()));
                }
                Optional<XNode> byline = b.child("byline");
                if (byline.isPresent()) {
                    XNode by = byline.get();
                    String names = by.ownText();
                    for (XNode p : by.children("person")) {
                        names = names.isEmpty() ? p.text() : names + " " + p.text();
                    }
                    String title = by.child("byttl").map(XNode::text).orElse("");
                    if (names.isEmpty()) {
                        names = by.text();
                        title = "";
                    }
                    s.byline = title.isEmpty() ? names : names + ", " + title;
                }
                b.child("distributor").ifPresent(d -> env.other("distributor", d.text()));
                b.child("dateline").ifPresent(d -> {
                    String place = d.child("location").map(XNode::text).orElse(d.ownText());
                    if (!place.isEmpty()) {
                        s.dateline = place;
                    }
                    d.child("story.date")
                            .ifPresent(sd ->
                                    env.other("story date", sd.attr("norm").orElse(sd.text())));
                });
                b.child("abstract").ifPresent(a -> env.summary = EnvelopeBuilder.meta(a.text()));
            }
            for (XNode content : body.get().children("body.content")) {
                s.markupBody(content.innerMarkup());
            }
            body.get().child("body.end").ifPresent(end -> {
                for (Object c : end.children) {
                    if (c instanceof XNode n && !n.text().isEmpty()) {
                        s.trailer.add(n.text());
                    }
                }
            });
        }
        if (body.isEmpty() || body.get().children("body.content").isEmpty()) {
            s.problem("the NITF document has no <body.content>");
        }
        return s.parse(InputFormat.NITF, options, env);
    }

    private static String stripZeros(String v) {
        String s = v.strip().replaceFirst("^0+(?=\\d)", "");
        return s;
    }

    // ---- NewsML-G2 -----------------------------------------------------------------------

    private static Article newsMlG2(XNode root, XNode item, ParseOptions options, List<String> problems) {
        RenderedStory s = story(problems);
        EnvelopeBuilder env = new EnvelopeBuilder(InputFormat.NEWSML_G2);
        if (root.name.equals("newsMessage")) {
            root.child("header").ifPresent(h -> {
                h.child("sent").map(XNode::text).filter(t -> !t.isEmpty()).ifPresent(t -> {
                    env.transmitted = Field.of(t);
                    env.transmittedAt = Dates.iso(t).orElse(null);
                });
                h.child("priority")
                        .map(XNode::text)
                        .filter(t -> !t.isEmpty())
                        .ifPresent(t -> env.priority = Field.of(t));
                h.child("sender").ifPresent(x -> env.other("sender", x.text()));
            });
        }
        item.attr("guid").ifPresent(v -> env.guid = v);
        item.attr("version").ifPresent(v -> env.itemVersion = v);
        item.child("rightsInfo")
                .flatMap(r -> r.child("copyrightNotice"))
                .ifPresent(c -> env.other("copyright", c.text()));
        item.child("itemMeta").ifPresent(m -> {
            m.child("service")
                    .ifPresent(x ->
                            env.service = EnvelopeBuilder.meta(x.attr("qcode").orElse(x.text())));
            for (XNode n : m.children("edNote")) {
                EnvelopeBuilder.add(env.editorsNotes, EnvelopeBuilder.meta(n.text()));
            }
            m.child("embargoed").map(XNode::text).filter(t -> !t.isEmpty()).ifPresent(t -> env.embargo = Field.of(t));
            m.child("title").ifPresent(x -> env.other("title", x.text()));
            m.child("versionCreated").map(XNode::text).filter(t -> !t.isEmpty()).ifPresent(t -> {
                if (env.transmitted == null) {
                    env.transmitted = Field.of(t);
                    env.transmittedAt = Dates.iso(t).orElse(null);
                }
            });
            for (XNode sig : m.children("signal")) {
                sig.attr("qcode").ifPresent(q -> env.other("signal", q));
            }
        });
        item.child("contentMeta").ifPresent(c -> {
            c.child("urgency").map(XNode::text).filter(t -> !t.isEmpty()).ifPresent(t -> env.urgency = Field.of(t));
            for (XNode h : c.children("headline")) {
                String role = h.attr("role").orElse("");
                String t = h.text();
                if (t.isEmpty()) {
                    continue;
                }
                if (role.isEmpty() || role.endsWith(":main")) {
                    if (s.headline == null) {
                        s.headline = t;
                    }
                } else if (env.subheadline == null) {
                    env.subheadline = Field.of(t);
                }
            }
            c.child("slugline").map(XNode::text).filter(t -> !t.isEmpty()).ifPresent(t -> env.slug = Field.of(t));
            c.child("by").map(XNode::text).filter(t -> !t.isEmpty()).ifPresent(t -> s.byline = t);
            c.child("dateline").map(XNode::text).filter(t -> !t.isEmpty()).ifPresent(t -> s.dateline = t);
            for (XNode d : c.children("description")) {
                String role = d.attr("role").orElse("");
                if (env.summary == null && (role.isEmpty() || role.contains("summary") || role.contains("abstract"))) {
                    env.summary = EnvelopeBuilder.meta(d.text());
                } else {
                    env.other("description", d.text());
                }
            }
            for (XNode subj : c.children("subject")) {
                Optional<String> code = subj.attr("qcode").or(() -> subj.attr("literal"));
                code.ifPresent(v -> env.subjects.add(Field.of(v)));
            }
            c.child("creditline").ifPresent(x -> env.other("credit", x.text()));
            for (XNode loc : c.children("located")) {
                env.other("located", loc.attr("literal").orElse(loc.text()));
            }
        });
        item.child("contentSet").ifPresent(cs -> {
            for (Object o : cs.children) {
                if (!(o instanceof XNode part)) {
                    continue;
                }
                if (part.name.equals("inlineXML")) {
                    Optional<XNode> nitfBody = part.path("nitf", "body", "body.content");
                    Optional<XNode> htmlBody = part.path("html", "body");
                    s.markupBody(nitfBody.or(() -> htmlBody).orElse(part).innerMarkup());
                    part.attr("wordcount").ifPresent(w -> env.wordCount = Field.of(w));
                } else if (part.name.equals("inlineData")) {
                    String type = part.attr("contenttype").orElse("text/plain");
                    if (type.startsWith("text/plain")) {
                        s.textBody(part.rawText());
                    } else {
                        s.markupBody(part.rawText());
                    }
                    part.attr("wordcount").filter(w -> !w.equals("0")).ifPresent(w -> env.wordCount = Field.of(w));
                } else if (part.name.equals("remoteContent")) {
                    String type = part.attr("contenttype").orElse("");
                    if (type.startsWith("image/") || type.startsWith("video/")) {
                        part.attr("href").or(() -> part.attr("residref")).ifPresent(h -> env.photos.add(Field.of(h)));
                    }
                }
            }
        });
        if (item.child("contentSet").isEmpty()) {
            s.problem("the NewsML-G2 item has no contentSet");
        }
        return s.parse(InputFormat.NEWSML_G2, options, env);
    }

    // ---- NewsML 1.x ----------------------------------------------------------------------

    private static Article newsMl1(XNode root, XNode item, ParseOptions options, List<String> problems) {
        RenderedStory s = story(problems);
        EnvelopeBuilder env = new EnvelopeBuilder(InputFormat.NEWSML);
        root.child("NewsEnvelope").ifPresent(e -> {
            e.child("DateAndTime").map(XNode::text).filter(t -> !t.isEmpty()).ifPresent(t -> {
                env.transmitted = Field.of(t);
                env.transmittedAt = Dates.iso(t).orElse(null);
            });
            e.child("Priority").flatMap(p -> p.attr("FormalName")).ifPresent(p -> env.priority = Field.of(p));
        });
        item.path("Identification", "NewsIdentifier").ifPresent(id -> {
            id.child("PublicIdentifier")
                    .map(XNode::text)
                    .filter(t -> !t.isEmpty())
                    .ifPresent(t -> env.guid = t);
            id.child("RevisionId").map(XNode::text).filter(t -> !t.isEmpty()).ifPresent(t -> env.itemVersion = t);
        });
        item.path("Identification", "NameLabel").ifPresent(n -> env.other("name label", n.text()));
        item.child("NewsManagement").ifPresent(m -> {
            m.child("Urgency").flatMap(u -> u.attr("FormalName")).ifPresent(u -> env.urgency = Field.of(u));
            m.child("StatusWillChange").ifPresent(x -> env.other("status will change", x.text()));
        });
        Optional<XNode> component = item.child("NewsComponent");
        if (component.isPresent()) {
            XNode c = component.get();
            c.child("NewsLines").ifPresent(lines -> {
                for (Object o : lines.children) {
                    if (!(o instanceof XNode line)) {
                        continue;
                    }
                    String t = line.text();
                    if (t.isEmpty()) {
                        continue;
                    }
                    switch (line.name) {
                        case "HeadLine" -> s.headline = s.headline == null ? t : s.headline;
                        case "SubHeadLine" -> env.subheadline = Field.of(t);
                        case "ByLine" -> s.byline = t;
                        case "DateLine" -> s.dateline = t;
                        case "SlugLine" -> env.slug = Field.of(t);
                        default -> env.other(line.name, t);
                    }
                }
            });
            for (XNode subject : c.descendants("SubjectCode")) {
                for (Object o : subject.children) {
                    if (o instanceof XNode code) {
                        code.attr("FormalName").ifPresent(v -> env.subjects.add(Field.of(v)));
                    }
                }
            }
            for (XNode content : c.descendants("ContentItem")) {
                String media = content.child("MediaType")
                        .flatMap(m -> m.attr("FormalName"))
                        .orElse("Text");
                Optional<XNode> data = content.child("DataContent");
                if (!media.equalsIgnoreCase("Text")) {
                    content.attr("Href").ifPresent(h -> env.photos.add(Field.of(h)));
                    continue;
                }
                if (data.isPresent()) {
                    boolean markup = false;
                    for (Object o : data.get().children) {
                        markup |= o instanceof XNode;
                    }
                    if (markup) {
                        s.markupBody(data.get().innerMarkup());
                    } else {
                        s.textBody(data.get().rawText());
                    }
                }
            }
        } else {
            s.problem("the NewsML item has no NewsComponent");
        }
        return s.parse(InputFormat.NEWSML, options, env);
    }
}
