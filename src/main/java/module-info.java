/**
 * wireparse: turns raw wire-service news articles into typed, immutable records. See the
 * {@link io.github.wireparse} package for the anatomy of a wire story and the model.
 *
 * <p>picocli is optional: only the command-line tool needs it. jackson-core is required: the
 * library reads ninjs JSON with its streaming parser, and {@link io.github.wireparse.ArticleJson}
 * writes JSON with it.
 */
module io.github.wireparse {
    requires transitive org.jsoup;
    requires java.xml;
    requires static info.picocli;
    requires com.fasterxml.jackson.core;

    exports io.github.wireparse;

    // picocli fills the command's annotated fields by reflection.
    opens io.github.wireparse.cli to info.picocli;
}
