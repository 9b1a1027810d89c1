package io.github.wireparse.internal.feed;

import io.github.wireparse.Article;
import io.github.wireparse.Envelope.Field;
import io.github.wireparse.InputFormat;
import io.github.wireparse.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads ninjs 1.x, 2.x and 3.x items, alone, in an array, or wrapped in an API response (AP Media
 * API {@code data.item} and {@code data.items}, a feed's {@code item} list): the envelope from the
 * item's properties, the body from {@code body_html} (or {@code body_xhtml}, or ninjs 3's
 * {@code bodies}) through the HTML path's block walk, else {@code body_text} as plain text.
 */
final class NinjsFeeds {

    private NinjsFeeds() {}

    /**
     * The items found, or why there are none.
     *
     * @param items   the stories; empty when the JSON is not ninjs
     * @param problem what went wrong, if anything
     * @param offset  the character offset the problem refers to
     */
    record Result(List<FeedItem> items, Optional<String> problem, int offset) {}

    static Result read(String json, ParseOptions options) {
        JsonTree.Result tree = JsonTree.read(json);
        if (tree.value().isEmpty()) {
            return new Result(List.of(), tree.problem(), tree.offset());
        }
        List<Map<String, Object>> items = new ArrayList<>();
        collect(tree.value().get(), items, 0);
        if (items.isEmpty()) {
            return new Result(
                    List.of(),
                    Optional.of("the JSON is not a ninjs item nor a response holding one "
                            + "(no object with a headline, body, uri or guid and a type)"),
                    0);
        }
        List<String> problems = new ArrayList<>();
        tree.problem().ifPresent(problems::add);
        List<FeedItem> out = new ArrayList<>();
        for (Map<String, Object> item : items) {
            out.add(new FeedItem(0, () -> item(item, options, problems)));
        }
        return new Result(out, Optional.empty(), 0);
    }

    /** Finds the ninjs items: the value itself, an array's items, or a response's wrapped items. */
    @SuppressWarnings("unchecked")
    private static void collect(Object v, List<Map<String, Object>> out, int depth) {
        if (depth > 4) {
            return;
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                collect(o, out, depth + 1);
            }
            return;
        }
        if (!(v instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> m = (Map<String, Object>) v;
        if (isItem(m)) {
            out.add(m);
            return;
        }
        for (String wrapper : new String[] {"data", "item", "items"}) {
            Object w = m.get(wrapper);
            if (w != null) {
                collect(w, out, depth + 1);
            }
        }
    }

    /** A ninjs item has content (a headline or a body) and an identity (uri, guid) or a type. */
    private static boolean isItem(Map<String, Object> m) {
        boolean content = m.get("headline") instanceof String
                || m.containsKey("headlines")
                || m.containsKey("body_html")
                || m.containsKey("body_text")
                || m.containsKey("body_xhtml")
                || m.containsKey("bodies");
        boolean identity = m.containsKey("uri") || m.containsKey("guid") || m.get("type") instanceof String;
        return content && identity;
    }

    private static Article item(Map<String, Object> m, ParseOptions options, List<String> problems) {
        RenderedStory s = new RenderedStory();
        for (String p : problems) {
            s.problem(p);
        }
        EnvelopeBuilder env = new EnvelopeBuilder(InputFormat.NINJS);
        s.headline = string(m, "headline").orElse(null);
        if (s.headline == null) {
            s.headline = firstValue(m.get("headlines"), "main").orElse(null);
            env.subheadline =
                    EnvelopeBuilder.meta(secondValue(m.get("headlines")).orElse(null));
        }
        s.byline = string(m, "byline").or(() -> string(m, "by")).orElse(null);
        string(m, "slugline").ifPresent(v -> env.slug = Field.of(v));
        Optional<String> apItemId = m.get("altids") instanceof Map<?, ?> alt && alt.get("itemid") instanceof String id
                ? Optional.of(id)
                : Optional.empty();
        string(m, "guid").or(() -> apItemId).or(() -> string(m, "uri")).ifPresent(v -> env.guid = v);
        string(m, "version").ifPresent(v -> env.itemVersion = v);
        string(m, "urgency").ifPresent(v -> env.urgency = Field.of(v));
        string(m, "priority").or(() -> string(m, "editorialpriority")).ifPresent(v -> env.priority = Field.of(v));
        string(m, "versioncreated").ifPresent(v -> {
            env.transmitted = Field.of(v);
            env.transmittedAt = Dates.iso(v).orElse(null);
        });
        string(m, "embargoed").ifPresent(v -> env.embargo = Field.of(v));
        string(m, "ednote").ifPresent(v -> env.editorsNotes.add(Field.of(v)));
        string(m, "description_text").ifPresent(v -> env.summary = Field.of(v));
        if (env.summary == null) {
            firstValue(m.get("descriptions"), "summary").ifPresent(v -> env.summary = Field.of(v));
        }
        for (Object svc : list(m.get("service"))) {
            code(svc).ifPresent(v -> {
                if (env.service == null) {
                    env.service = Field.of(v);
                } else {
                    env.other("service", v);
                }
            });
        }
        for (Object subj : list(m.get("subject"))) {
            code(subj).ifPresent(v -> env.subjects.add(Field.of(v)));
        }
        string(m, "located").ifPresent(v -> s.dateline = v);
        string(m, "title").ifPresent(v -> env.other("title", v));
        string(m, "copyrightnotice").ifPresent(v -> env.other("copyright", v));
        string(m, "source").or(() -> string(m, "provider")).ifPresent(v -> env.other("source", v));
        for (Object k : list(m.get("keywords"))) {
            if (k instanceof String ks) {
                env.other("keyword", ks);
            }
        }
        if (m.get("associations") instanceof Map<?, ?> assoc) {
            for (Object a : assoc.values()) {
                if (a instanceof Map<?, ?> am) {
                    Object type = am.get("type");
                    Object id = am.get("guid") != null ? am.get("guid") : am.get("uri");
                    if (("picture".equals(type) || "graphic".equals(type) || "video".equals(type))
                            && id instanceof String ids) {
                        env.photos.add(Field.of(ids));
                    }
                }
            }
        }
        Optional<String> html =
                string(m, "body_html").or(() -> string(m, "body_xhtml")).or(() -> bodyOf(m.get("bodies"), "html"));
        Optional<String> text = string(m, "body_text").or(() -> bodyOf(m.get("bodies"), "text"));
        if (html.isPresent()) {
            s.markupBody(html.get());
        } else if (text.isPresent()) {
            s.textBody(text.get());
        }
        if (html.isEmpty() && text.isEmpty() && m.get("renditions") instanceof Map<?, ?> r && !r.isEmpty()) {
            // AP Media API: the story's text is in renditions to download (NITF, ANPA).
            s.problem("the ninjs item carries no body, only renditions to fetch: "
                    + String.join(", ", r.keySet().stream().map(String::valueOf).toList()));
        }
        return s.parse(InputFormat.NINJS, options, env);
    }

    /** A string property, or a number written as text; blank counts as absent. */
    private static Optional<String> string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof String str && !str.isBlank()) {
            return Optional.of(str.strip());
        }
        return Optional.empty();
    }

    private static List<?> list(@Nullable Object v) {
        return v instanceof List<?> l ? l : List.of();
    }

    /** A subject's or service's code (or name, or URI), as given. */
    private static Optional<String> code(@Nullable Object v) {
        if (v instanceof String s) {
            return Optional.of(s);
        }
        if (v instanceof Map<?, ?> m) {
            for (String k : new String[] {"code", "uri", "name"}) {
                if (m.get(k) instanceof String s && !s.isBlank()) {
                    return Optional.of(s.strip());
                }
            }
        }
        return Optional.empty();
    }

    /** ninjs 3's {@code [{"value": …, "role": …}]}: the value with a role, else the first. */
    private static Optional<String> firstValue(@Nullable Object v, String role) {
        String first = null;
        for (Object o : list(v)) {
            if (o instanceof Map<?, ?> m && m.get("value") instanceof String s) {
                if (m.get("role") instanceof String r && r.endsWith(role)) {
                    return Optional.of(s);
                }
                first = first == null ? s : first;
            }
        }
        return Optional.ofNullable(first);
    }

    private static Optional<String> secondValue(@Nullable Object v) {
        List<?> l = list(v);
        if (l.size() > 1 && l.get(1) instanceof Map<?, ?> m && m.get("value") instanceof String s) {
            return Optional.of(s);
        }
        return Optional.empty();
    }

    /** ninjs 3's {@code bodies}: the value whose content type names the kind. */
    private static Optional<String> bodyOf(@Nullable Object v, String kind) {
        for (Object o : list(v)) {
            if (o instanceof Map<?, ?> m && m.get("value") instanceof String s) {
                Object type = m.get("contenttype");
                if (type instanceof String t ? t.contains(kind) : kind.equals("text")) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }
}
