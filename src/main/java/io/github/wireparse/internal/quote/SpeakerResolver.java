package io.github.wireparse.internal.quote;

import io.github.wireparse.Source;
import io.github.wireparse.internal.Texts;
import io.github.wireparse.internal.quote.Lexicon.WordList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves speaker phrases to sources, one per distinct speaker, named by the fullest mention:
 * <ul>
 * <li>a one-word name resolves to the fullest name in the story ending with it ("Kirby" → "John
 * Kirby") or, for family-name-first names, starting with it ("Kim" → "Kim Son Gyong");</li>
 * <li>"he" and "she" resolve to the person most recently quoted or named as a clause's subject;
 * "it" to the most recent organisation or description; "they" to the most recently quoted plural
 * description ("officials"); other pronouns stay unresolved;</li>
 * <li>a definite description ("the deputy director") resolves to an earlier, longer description
 * with the same head noun, or to a named speaker whose descriptor has that noun ("the spokesman"
 * → "John Kirby"); any other description is a source of its own.</li>
 * </ul>
 * Not thread-safe: one instance per story.
 */
final class SpeakerResolver {

    /** Words that mark an organisation rather than a person. */
    private static final Set<String> ORGANISATION_WORDS = Lexicon.words(WordList.ORGANISATION_WORDS);
    /** Determiners, left out of a description's content words. */
    private static final Set<String> DETERMINERS = Lexicon.words(WordList.DETERMINERS);
    /** Documents whose author is the real source. */
    private static final Set<String> DOCUMENTS = Lexicon.words(WordList.DOCUMENTS);
    /** Prepositions that end the head of a description. */
    private static final Set<String> HEAD_PREPOSITIONS = Lexicon.words(WordList.HEAD_PREPOSITIONS);

    private static final class Entity {
        final String name;
        final boolean person;
        final boolean description;
        final Set<String> words;
        final String head;
        final LinkedHashSet<String> descriptors = new LinkedHashSet<>();
        final List<Integer> quotes = new ArrayList<>();
        /** The position of this entity in {@link #entities}. */
        final int seq;
        /** The source's name as returned for each of its quotes, one instance per source. */
        final Optional<String> named;

        int last;
        /** Where each of its quotes starts, in the order resolved (reading order). */
        final List<Integer> ats = new ArrayList<>();
        /** The order in which this entity was first heard in reported speech; -1 if never. */
        int reported = -1;

        Entity(String name, boolean person, boolean description, int seq) {
            this.name = name;
            this.seq = seq;
            this.named = Optional.of(name);
            this.person = person;
            this.description = description;
            this.words = words(name);
            this.head = head(name);
        }
    }

    /** How many earlier entities and names a pronoun or description looks back over. */
    private static final int LOOK_BACK = 200;

    private final String text;
    private final List<NameRun> names;
    private final QuoteExtractor.Pool pool;
    /** Names of two words or more, by their last and by their first word. */
    private final java.util.Map<String, Names> byLast = new java.util.HashMap<>();

    private final java.util.Map<String, Names> byFirst = new java.util.HashMap<>();

    /** The names under one word, and the length of the longest of them. */
    private static final class Names {
        final List<NameRun> runs = new ArrayList<>();
        /** A name only extends to a longer one: a list with none is passed over. */
        int longest;
    }

    private static final Names NO_NAMES = new Names();
    private final List<Entity> entities = new ArrayList<>();
    private final java.util.Map<String, Entity> byName = new java.util.HashMap<>();
    /**
     * Named entities by the text after the last space of their name and before the first one, in
     * order of creation: a shorter name can only stand for an entity listed under its own last
     * (or first) word, so {@link #fullName} looks at those alone.
     */
    private final java.util.Map<String, List<Entity>> entitiesByLast = new java.util.HashMap<>();

    private final java.util.Map<String, List<Entity>> entitiesByFirst = new java.util.HashMap<>();
    /** Per-story caches of pure functions of a string. */
    private final java.util.Map<String, Boolean> persons = new java.util.HashMap<>();

    private final java.util.Map<String, Set<String>> wordSets = new java.util.HashMap<>();

    SpeakerResolver(String text, List<NameRun> names, QuoteExtractor.Pool pool) {
        this.text = text;
        this.names = names;
        this.pool = pool;
        for (NameRun r : names) {
            int sp = r.name().indexOf(' ');
            if (sp > 0) {
                add(byFirst, r.name().substring(0, sp), r);
                add(byLast, r.name().substring(r.name().lastIndexOf(' ') + 1), r);
            }
        }
    }

    /** Keeps at most {@link #LOOK_BACK} names per word, so a lookup does bounded work. */
    private static void add(java.util.Map<String, Names> map, String key, NameRun r) {
        Names names = map.computeIfAbsent(key, k -> new Names());
        if (names.runs.size() < LOOK_BACK) {
            names.runs.add(r);
            names.longest = Math.max(names.longest, r.name().length());
        }
    }

    /**
     * Resolves one quote's speaker and records the quote under its source.
     *
     * @param speaker the speaker phrase
     * @param quote   the quote's index in the article
     * @param at      where the quote starts
     * @return the source's name, if the speaker resolves to one
     */
    Optional<String> resolve(Speaker speaker, int quote, int at) {
        Entity e = entity(speaker, at);
        if (e == null) {
            return Optional.empty();
        }
        if (e.quotes.isEmpty() || e.quotes.get(e.quotes.size() - 1) != quote) {
            e.quotes.add(quote);
        }
        speaker.descriptor().ifPresent(d -> {
            String s = Texts.join(text, d.start(), d.end());
            if (!s.equals(e.name)) {
                e.descriptors.add(pool.string(s));
            }
        });
        e.last = Math.max(e.last, at);
        e.ats.add(at);
        return e.named;
    }

    /** {@return the sources in order of first quote} */
    List<Source> sources() {
        return sources(List.of());
    }

    /**
     * Resolves the speaker of reported speech, after every quote has been resolved, so the
     * quotes' sources do not depend on it.
     *
     * @param speaker the speaker phrase
     * @param at      where the reported speech starts
     * @return the source's name, if the speaker resolves to one
     */
    Optional<String> resolveReported(Speaker speaker, int at) {
        Entity e = entity(speaker, at);
        if (e == null) {
            return Optional.empty();
        }
        if (e.reported < 0) {
            e.reported = reportedCount++;
        }
        return e.named;
    }

    private int reportedCount;

    /**
     * What kind of source a speaker is: a document or organisation by the head of its
     * description or its name's words, a person for a personal pronoun or a person's name, and
     * unnamed for any other description ("officials", "a spokesperson").
     *
     * @param speaker the speaker phrase
     * @param source  the source it resolved to, if any
     * @return the kind of source
     */
    io.github.wireparse.Attribution.SourceType type(Speaker speaker, Optional<String> source) {
        Entity e = source.map(byName::get).orElse(null);
        if (e != null && !e.description) {
            return e.person
                    ? io.github.wireparse.Attribution.SourceType.PERSON
                    : io.github.wireparse.Attribution.SourceType.ORGANISATION;
        }
        String head =
                Texts.join(text, speaker.head().start(), speaker.head().end()).toLowerCase(Locale.ROOT);
        switch (speaker.kind()) {
            case PRONOUN -> {
                if (head.equals("it")) {
                    return io.github.wireparse.Attribution.SourceType.ORGANISATION;
                }
                return head.equals("they")
                        ? io.github.wireparse.Attribution.SourceType.UNNAMED
                        : io.github.wireparse.Attribution.SourceType.PERSON;
            }
            case NAME -> {
                return isPerson(source.orElse(head))
                        ? io.github.wireparse.Attribution.SourceType.PERSON
                        : io.github.wireparse.Attribution.SourceType.ORGANISATION;
            }
            default -> {
                String h = head(source.orElse(head));
                if (DOCUMENTS.contains(h)) {
                    return io.github.wireparse.Attribution.SourceType.DOCUMENT;
                }
                return ORGANISATION_WORDS.contains(h)
                        ? io.github.wireparse.Attribution.SourceType.ORGANISATION
                        : io.github.wireparse.Attribution.SourceType.UNNAMED;
            }
        }
    }

    /**
     * {@return the sources: of quotations in order of first quote, then those heard only in
     * reported speech in order of first attribution, each with its attributions}
     *
     * @param attributions the story's attributions, in reading order
     */
    List<Source> sources(List<io.github.wireparse.Attribution> attributions) {
        java.util.Map<String, List<Integer>> byNameIndexes = new java.util.HashMap<>();
        for (int i = 0; i < attributions.size(); i++) {
            Optional<String> src = attributions.get(i).source();
            if (src.isPresent()) {
                byNameIndexes.computeIfAbsent(src.get(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Entity> quoted = new ArrayList<>();
        List<Entity> reportedOnly = new ArrayList<>();
        for (Entity e : entities) {
            if (!e.quotes.isEmpty()) {
                quoted.add(e);
            } else if (e.reported >= 0 && byNameIndexes.containsKey(e.name)) {
                reportedOnly.add(e);
            }
        }
        quoted.sort((a, b) -> Integer.compare(a.quotes.get(0), b.quotes.get(0)));
        // reportedOnly holds only entities whose name is a key of byNameIndexes (tested above).
        reportedOnly.sort((a, b) -> Integer.compare(
                Objects.requireNonNull(byNameIndexes.get(a.name)).get(0),
                Objects.requireNonNull(byNameIndexes.get(b.name)).get(0)));
        List<Source> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Entity> list : List.of(quoted, reportedOnly)) {
            for (Entity e : list) {
                List<Integer> q = new ArrayList<>(e.quotes);
                q.sort(null);
                List<Integer> a = seen.add(e.name) ? byNameIndexes.getOrDefault(e.name, List.of()) : List.of();
                out.add(new Source(e.name, List.copyOf(e.descriptors), q, a));
            }
        }
        return out;
    }

    private @Nullable Entity entity(Speaker s, int at) {
        switch (s.kind()) {
            case PRONOUN -> {
                return pronoun(
                        Texts.join(text, s.head().start(), s.head().end()).toLowerCase(Locale.ROOT), at);
            }
            case NAME -> {
                String name = Sentences.stripPossessive(Texts.join(
                        text,
                        s.name().orElseThrow().start(),
                        s.name().orElseThrow().end()));
                return named(fullName(name, at));
            }
            default -> {
                return description(Texts.join(text, s.head().start(), s.head().end()));
            }
        }
    }

    private @Nullable Entity pronoun(String p, int at) {
        if (p.equals("he") || p.equals("she")) {
            // the person quoted last before "he": for a quote, every quote before it has been
            // resolved; for reported speech, resolved after all quotes, the quotes before it count
            Entity best = null;
            int bestAt = -1;
            for (Entity e : recent()) {
                if (e.person && !e.quotes.isEmpty()) {
                    int l = lastBefore(e, at);
                    if (l >= 0 && (best == null || l > bestAt)) {
                        best = e;
                        bestAt = l;
                    }
                }
            }
            NameRun run = null;
            int lo = 0;
            int hi = names.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (names.get(mid).offset() < at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo - 1; k >= 0 && k >= lo - LOOK_BACK; k--) {
                NameRun r = names.get(k);
                if (r.offset() <= bestAt) {
                    break;
                }
                if (r.subject()
                        && isPerson(r.name())
                        && (r.name().indexOf(' ') > 0
                                || !fullName(r.name(), r.offset()).equals(r.name()))) {
                    run = r;
                    break;
                }
            }
            if (run != null) {
                return named(fullName(run.name(), run.offset()));
            }
            return best;
        }
        if (p.equals("they")) {
            // the most recently quoted plural description: "officials", "the protesters"
            Entity best = null;
            for (Entity e : recent()) {
                if (e.description
                        && e.head.endsWith("s")
                        && !e.head.endsWith("ss")
                        && e.last < at
                        && (best == null || e.last > best.last)) {
                    best = e;
                }
            }
            return best;
        }
        if (p.equals("it")) {
            Entity best = null;
            for (Entity e : recent()) {
                if (!e.person && !e.quotes.isEmpty() && (best == null || e.last > best.last)) {
                    best = e;
                }
            }
            return best;
        }
        return null;
    }

    /**
     * {@return where the entity's last quote before {@code at} starts, or -1}; the positions are
     * in reading order, so a binary search finds it
     */
    private static int lastBefore(Entity e, int at) {
        List<Integer> ats = e.ats;
        int lo = 0;
        int hi = ats.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ats.get(mid) < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? -1 : ats.get(lo - 1);
    }

    /** {@return the fullest name in the story that a shorter name stands for} */
    @SuppressWarnings(
            "StringSplitter") // w[w.length - 1] is the last word: split's dropping of trailing empties is wanted
    private String fullName(String name, int at) {
        String[] w = name.split(" ");
        boolean single = w.length == 1;
        // Only named entities under the name's last (or, for one word, first) word can extend
        // it; of those, only the ones among the LOOK_BACK most recent entities count. The best
        // has the highest rank, then the latest mention, then the earliest creation.
        int window = entities.size() - LOOK_BACK;
        Entity bestEntity = null;
        int bestRank = 0;
        for (int pass = 0; pass < 2; pass++) {
            List<Entity> list = pass == 0
                    ? entitiesByLast.get(lastWord(name))
                    : single ? entitiesByFirst.get(firstWord(name)) : null;
            if (list == null) {
                continue;
            }
            for (int k = list.size() - 1; k >= 0; k--) {
                Entity e = list.get(k);
                if (e.seq < window) {
                    break;
                }
                int rank = extension(e.name, name, single);
                if (rank > 0
                        && (bestEntity == null
                                || rank > bestRank
                                || rank == bestRank
                                        && (e.last > bestEntity.last
                                                || e.last == bestEntity.last && e.seq < bestEntity.seq))) {
                    bestEntity = e;
                    bestRank = rank;
                }
            }
        }
        if (bestEntity != null) {
            return bestEntity.name;
        }
        NameRun best = null;
        for (int pass = 0; pass < 2; pass++) {
            Names candidates = pass == 0
                    ? byLast.getOrDefault(w[w.length - 1], NO_NAMES)
                    : single ? byFirst.getOrDefault(w[0], NO_NAMES) : NO_NAMES;
            if (candidates.longest <= name.length()) {
                continue; // extension() gives 0 for a name no longer than this one
            }
            for (NameRun r : candidates.runs) {
                int rank = extension(r.name(), name, single);
                if (rank == 0) {
                    continue;
                }
                if (best == null || rank > bestRank || rank == bestRank && nearer(r.offset(), best.offset(), at)) {
                    best = r;
                    bestRank = rank;
                }
            }
        }
        return best != null ? best.name() : name;
    }

    /** {@return the text after the last space} */
    private static String lastWord(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }

    /** {@return the text before the first space} */
    private static String firstWord(String name) {
        int sp = name.indexOf(' ');
        return sp < 0 ? name : name.substring(0, sp);
    }

    /** Whether {@code a} is a better mention position than {@code b} for a name at {@code at}. */
    private static boolean nearer(int a, int b, int at) {
        if (a < at && b < at) {
            return a > b;
        }
        if (a < at || b < at) {
            return a < at;
        }
        return a < b;
    }

    /**
     * {@return 2 when {@code full} is a longer name ending with {@code name}, 1 when it starts with
     * it (family name first), else 0}
     */
    private int extension(String full, String name, boolean single) {
        int off = full.length() - name.length();
        if (off <= 0) {
            return 0;
        }
        if (full.charAt(off - 1) == ' ' && full.startsWith(name, off)) {
            return 2;
        }
        if (single && full.charAt(name.length()) == ' ' && full.startsWith(name) && isPerson(full)) {
            return 1;
        }
        return 0;
    }

    /** {@return the entities most recently created, at most {@link #LOOK_BACK} of them} */
    private List<Entity> recent() {
        return entities.size() <= LOOK_BACK ? entities : entities.subList(entities.size() - LOOK_BACK, entities.size());
    }

    private Entity named(String name) {
        Entity known = byName.get(name);
        if (known != null) {
            return known;
        }
        Entity e = new Entity(name, isPerson(name), false, entities.size());
        entities.add(e);
        byName.put(name, e);
        entitiesByLast.computeIfAbsent(lastWord(name), k -> new ArrayList<>()).add(e);
        entitiesByFirst.computeIfAbsent(firstWord(name), k -> new ArrayList<>()).add(e);
        return e;
    }

    private Entity description(String desc) {
        String first = desc.split(" ", -1)[0].toLowerCase(Locale.ROOT);
        boolean definite = first.equals("the") || first.equals("this") || first.equals("that");
        Set<String> w = words(desc);
        String head = head(desc);
        if (definite) {
            Entity best = null;
            for (Entity e : recent()) {
                boolean match;
                if (e.description) {
                    match = e.head.equals(head) && e.words.containsAll(w) && !e.name.equals(desc);
                } else {
                    match = false;
                    for (String d : e.descriptors) {
                        Set<String> dw = wordSets.computeIfAbsent(d, SpeakerResolver::words);
                        if (dw.contains(head) && dw.containsAll(w)) {
                            match = true;
                        }
                    }
                }
                if (match && (best == null || e.last > best.last)) {
                    best = e;
                }
            }
            if (best != null) {
                return best;
            }
        }
        for (Entity e : recent()) {
            if (e.description && e.name.equals(desc)) {
                return e;
            }
        }
        Entity e = new Entity(desc, !ORGANISATION_WORDS.contains(head), true, entities.size());
        entities.add(e);
        return e;
    }

    private boolean isPerson(String name) {
        return persons.computeIfAbsent(name, SpeakerResolver::personName);
    }

    private static boolean personName(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split(" ", -1)) {
            if (ORGANISATION_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** {@return the content words of a phrase in lower case, without determiners} */
    private static Set<String> words(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : split(phrase.toLowerCase(Locale.ROOT))) {
            String x = Sentences.stripPossessive(w);
            if (!x.isEmpty() && !DETERMINERS.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * {@return the phrase split at runs of white space ({@code \\s}) and commas, exactly as
     * {@code phrase.split("[\\s,]+")} does (a leading empty string when the phrase starts with a
     * separator, no trailing empty strings), without a regular expression}
     */
    private static List<String> split(String phrase) {
        int n = phrase.length();
        List<String> out = null;
        int seg = 0;
        int i = 0;
        while (i < n) {
            if (separator(phrase.charAt(i))) {
                int j = i + 1;
                while (j < n && separator(phrase.charAt(j))) {
                    j++;
                }
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(phrase.substring(seg, i));
                seg = j;
                i = j;
            } else {
                i++;
            }
        }
        if (out == null) {
            return List.of(phrase);
        }
        out.add(phrase.substring(seg, n));
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ',';
    }

    /** {@return the head noun of a description: its last word before a preposition} */
    private static String head(String phrase) {
        List<String> w = split(phrase.toLowerCase(Locale.ROOT));
        String head = w.isEmpty() ? "" : w.get(w.size() - 1);
        for (int i = 1; i < w.size(); i++) {
            if (HEAD_PREPOSITIONS.contains(w.get(i))) {
                head = w.get(i - 1);
                break;
            }
        }
        return Sentences.stripPossessive(head);
    }
}
