package io.github.wireparse.cli;

import java.util.Locale;

/** The output formats of the command-line tool. */
enum Format {
    /** A readable outline, the default on a terminal. */
    OUTLINE(".outline"),
    /** One pretty-printed JSON object per story. */
    JSON(".json"),
    /** One JSON object per line, one line per story: JSON Lines, the batch default. */
    JSONL(".json"),
    /** One IPTC NITF 3.6 XML document per story. */
    NITF(".xml"),
    /** One IPTC ninjs item per line (version 2.2, or 3.1 with {@code --ninjs-version}). */
    NINJS(".json");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** {@return the extension appended to an input's name for its file under {@code --output}} */
    String extension() {
        return extension;
    }

    /** {@return the name as the command line takes it} */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
