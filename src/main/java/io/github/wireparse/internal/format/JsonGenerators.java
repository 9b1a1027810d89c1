package io.github.wireparse.internal.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** Makes the Jackson generators the JSON and ninjs writers write with. */
final class JsonGenerators {

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonGenerators() {}

    /**
     * {@return a generator onto {@code out}, which closing it flushes but does not close}
     *
     * @param out    where to write
     * @param pretty whether to indent objects over several lines, two spaces a level, with a
     *               space after each colon; else all on one line
     * @throws IOException if the generator cannot be made
     */
    static JsonGenerator create(Writer out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        if (pretty) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(
                            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(indenter)
                    .withObjectIndenter(indenter));
        }
        return g;
    }
}
