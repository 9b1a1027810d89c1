package io.github.wireparse.internal.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * What the public writers ({@code ArticleJson}, {@code ArticleNinjs}, {@code ArticleNitf}) share:
 * writing to a string, and telling a missing Jackson apart from a failed write.
 */
public final class Writing {

    private Writing() {}

    /** Writes something to a writer. */
    @FunctionalInterface
    public interface To {
        /**
         * Writes.
         *
         * @param out where to write
         * @throws IOException if {@code out} fails
         */
        void write(Writer out) throws IOException;
    }

    /**
     * {@return what {@code write} writes, as a string}
     *
     * @param write the write, into a {@link StringWriter}, which does not fail
     */
    public static String asString(To write) {
        StringWriter out = new StringWriter();
        try {
            write.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes with Jackson's streaming API; Jackson missing from the class or module path becomes
     * an {@link IllegalStateException} that says so.
     *
     * @param writer the public writer's name, for the message
     * @param write  the write
     * @param out    where to write
     * @throws IOException           if {@code out} fails
     * @throws IllegalStateException if Jackson is not on the class or module path
     */
    public static void withJackson(String writer, To write, Writer out) throws IOException {
        try {
            write.write(out);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    writer + " needs com.fasterxml.jackson.core:"
                            + "jackson-core, a dependency of wireparse, and it is missing from the class or "
                            + "module path",
                    e);
        }
    }
}
