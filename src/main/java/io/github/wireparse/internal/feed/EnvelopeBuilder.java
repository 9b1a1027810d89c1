package io.github.wireparse.internal.feed;

import io.github.wireparse.Envelope;
import io.github.wireparse.Envelope.Field;
import io.github.wireparse.InputFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Collects an {@link Envelope}'s fields while a reader goes through a transmission. */
final class EnvelopeBuilder {

    final InputFormat format;

    @Nullable
    Field service;

    @Nullable
    Field priority;

    @Nullable
    Field urgency;

    @Nullable
    Field category;

    @Nullable
    Field slug;

    @Nullable
    Field version;

    @Nullable
    Field wordCount;

    @Nullable
    Field transmitted;

    @Nullable
    Instant transmittedAt;

    @Nullable
    Field embargo;

    final List<Field> editorsNotes = new ArrayList<>();
    final List<Field> photos = new ArrayList<>();
    final List<Field> related = new ArrayList<>();
    final List<Field> subjects = new ArrayList<>();

    @Nullable
    String guid;

    @Nullable
    String itemVersion;

    @Nullable
    Field subheadline;

    @Nullable
    Field summary;

    final List<Field> otherLines = new ArrayList<>();

    EnvelopeBuilder(InputFormat format) {
        this.format = format;
    }

    /** {@return a field without a span, or null for a blank value} */
    static @Nullable Field meta(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String v = XNode.collapse(value);
        return v.isEmpty() ? null : Field.of(v);
    }

    /** Adds a metadata line to {@link Envelope#otherLines()} as {@code name: value}. */
    void other(String name, @Nullable String value) {
        Field f = meta(value);
        if (f != null) {
            otherLines.add(Field.of(name + ": " + f.text()));
        }
    }

    /** Adds a field to a list unless it is null. */
    static void add(List<Field> list, @Nullable Field f) {
        if (f != null) {
            list.add(f);
        }
    }

    Envelope build() {
        return new Envelope(
                format,
                Optional.ofNullable(service),
                Optional.ofNullable(priority),
                Optional.ofNullable(urgency),
                Optional.ofNullable(category),
                Optional.ofNullable(slug),
                Optional.ofNullable(version),
                Optional.ofNullable(wordCount),
                Optional.ofNullable(transmitted),
                Optional.ofNullable(transmittedAt),
                Optional.ofNullable(embargo),
                editorsNotes,
                photos,
                related,
                subjects,
                Optional.ofNullable(guid),
                Optional.ofNullable(itemVersion),
                Optional.ofNullable(subheadline),
                Optional.ofNullable(summary),
                otherLines);
    }
}
