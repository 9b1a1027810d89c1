package io.github.wireparse.internal.quote;

import io.github.wireparse.Span;
import java.util.Optional;

/**
 * A speaker phrase as written, found by {@link SpeakerPhrases}.
 *
 * @param whole      the whole phrase, with title and appositive
 * @param kind       what kind of phrase it is
 * @param name       the name inside it, titles left out, for {@link Kind#NAME}
 * @param head       the phrase without its appositive
 * @param descriptor the descriptor: the appositive, or the title before the name
 */
record Speaker(Span whole, Kind kind, Optional<Span> name, Span head, Optional<Span> descriptor) {

    /** What kind of phrase a speaker is. */
    enum Kind {
        /** A name, possibly with a title before it or a descriptor after it. */
        NAME,
        /** A personal pronoun. */
        PRONOUN,
        /** A description with no name ("the deputy director"). */
        DESCRIPTION
    }
}
