package io.github.wireparse;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a news agency's transmission says about a story besides the story itself: the header of an
 * ANPA-1312 or IPTC 7901 message, or the metadata of an NITF, NewsML, NewsML-G2 or ninjs item.
 * Present on {@link Article#envelope()} when the input carried one.
 *
 * <p>Every value is kept as the agency wrote it ({@code r} for an ANPA regular priority, {@code 4}
 * for an IPTC one, {@code 1stLd-Writethru}); nothing is mapped to another vocabulary. A header
 * line that fits none of the fields is kept in {@link #otherLines()}, never dropped.
 *
 * <p>Spans: for text transmissions (ANPA-1312, IPTC 7901) each {@link Field} has the span of its
 * text in {@link Article#text()}, which is the decoded input itself. For XML and JSON input
 * (NITF, NewsML, NewsML-G2, ninjs) the article's text is rendered from the document's elements, so
 * envelope fields, which come from attributes and metadata elements, have no span; the article's
 * other parts have spans into that rendered body text.
 *
 * @param format        the transmission format the envelope was read from
 * @param service       the service or selector: an ANPA selector ({@code z6715}), an IPTC 7901
 *                      service and message number ({@code eca062}), a ninjs or NewsML-G2 service
 * @param priority      the priority as given: an ANPA letter ({@code r}, {@code b}, {@code u},
 *                      {@code f}), an IPTC digit
 * @param urgency       the urgency as given (NITF, NewsML-G2, ninjs)
 * @param category      the category as given ({@code z}, {@code i}, {@code POL})
 * @param slug          the slug or keyword ({@code BC-BKN--Heat-Hawks}, {@code Germany-politics})
 * @param version       the version or take ({@code 1stLd-Writethru}, {@code Urgent},
 *                      {@code Bulletin}, {@code REFILE 1ST LEAD})
 * @param wordCount     the word count as given
 * @param transmitted   the transmission time as given ({@code AP-WF-02-20-16 0337GMT},
 *                      {@code 2017-10-11T10:41:00+0100})
 * @param transmittedAt the transmission time as an instant, when the text states it in full
 * @param embargo       the embargo or release time as given, when stated
 * @param editorsNotes  the editor's notes, each as its own element
 *                      ({@code Eds: Heat 115, Hawks 111. Updates. With AP Photos.}); unmodifiable
 * @param photos        photo and graphic references ({@code AP Photo GATK105, GATK106});
 *                      unmodifiable
 * @param related       references to related stories ({@code With BC-XX--Other-Story});
 *                      unmodifiable
 * @param subjects      subject codes as given; unmodifiable
 * @param guid          the item's identifier (XML and JSON formats)
 * @param itemVersion   the item's version number (XML and JSON formats)
 * @param subheadline   the subheadline, where the format has one
 * @param summary       the summary or abstract, where the format has one
 * @param otherLines    header lines and metadata the other fields do not hold; unmodifiable
 */
public record Envelope(
        InputFormat format,
        Optional<Field> service,
        Optional<Field> priority,
        Optional<Field> urgency,
        Optional<Field> category,
        Optional<Field> slug,
        Optional<Field> version,
        Optional<Field> wordCount,
        Optional<Field> transmitted,
        Optional<Instant> transmittedAt,
        Optional<Field> embargo,
        List<Field> editorsNotes,
        List<Field> photos,
        List<Field> related,
        List<Field> subjects,
        Optional<String> guid,
        Optional<String> itemVersion,
        Optional<Field> subheadline,
        Optional<Field> summary,
        List<Field> otherLines) {

    /**
     * Checks the components and copies the lists, so the record is immutable.
     *
     * @param format the value of {@link #format()}
     * @param service the value of {@link #service()}
     * @param priority the value of {@link #priority()}
     * @param urgency the value of {@link #urgency()}
     * @param category the value of {@link #category()}
     * @param slug the value of {@link #slug()}
     * @param version the value of {@link #version()}
     * @param wordCount the value of {@link #wordCount()}
     * @param transmitted the value of {@link #transmitted()}
     * @param transmittedAt the value of {@link #transmittedAt()}
     * @param embargo the value of {@link #embargo()}
     * @param editorsNotes the value of {@link #editorsNotes()}
     * @param photos the value of {@link #photos()}
     * @param related the value of {@link #related()}
     * @param subjects the value of {@link #subjects()}
     * @param guid the value of {@link #guid()}
     * @param itemVersion the value of {@link #itemVersion()}
     * @param subheadline the value of {@link #subheadline()}
     * @param summary the value of {@link #summary()}
     * @param otherLines the value of {@link #otherLines()}
     * @throws NullPointerException if a component is null
     */
    public Envelope {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(wordCount, "wordCount");
        Objects.requireNonNull(transmitted, "transmitted");
        Objects.requireNonNull(transmittedAt, "transmittedAt");
        Objects.requireNonNull(embargo, "embargo");
        editorsNotes = List.copyOf(Objects.requireNonNull(editorsNotes, "editorsNotes"));
        photos = List.copyOf(Objects.requireNonNull(photos, "photos"));
        related = List.copyOf(Objects.requireNonNull(related, "related"));
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(itemVersion, "itemVersion");
        Objects.requireNonNull(subheadline, "subheadline");
        Objects.requireNonNull(summary, "summary");
        otherLines = List.copyOf(Objects.requireNonNull(otherLines, "otherLines"));
    }

    /**
     * {@return the word count as a number, when {@link #wordCount()} is one}
     */
    public OptionalInt words() {
        if (wordCount.isEmpty()) {
            return OptionalInt.empty();
        }
        String s = wordCount.get().text().trim();
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(s));
    }

    /**
     * One value of an envelope, as the transmission gives it.
     *
     * @param text the value's text, without the format's control characters and line-end codes
     * @param span where the value stands in {@link Article#text()}, for text transmissions; empty
     *             for values read from XML or JSON metadata
     */
    public record Field(String text, Optional<Span> span) {

        /**
         * Checks the components.
         *
         * @param text the value of {@link #text()}
         * @param span the value of {@link #span()}
         * @throws NullPointerException if a component is null
         */
        public Field {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }

        /**
         * Returns a field read from XML or JSON metadata, which has no span.
         *
         * @param text the value
         * @return the field
         * @throws NullPointerException if {@code text} is null
         */
        public static Field of(String text) {
            return new Field(text, Optional.empty());
        }

        /**
         * Returns a field read from a text transmission, with its span.
         *
         * @param text  the value
         * @param start the offset of its first character in the article's text
         * @param end   the offset after its last character
         * @return the field
         * @throws NullPointerException     if {@code text} is null
         * @throws IllegalArgumentException if the span is invalid
         */
        public static Field of(String text, int start, int end) {
            return new Field(text, Optional.of(new Span(start, end)));
        }
    }
}
