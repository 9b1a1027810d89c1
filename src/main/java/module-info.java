/**
 * wireparse: turns raw wire-service news articles into typed, immutable records. See the
 * {@link io.github.wireparse} package for the anatomy of a wire story and the model.
 *
 * <p>picocli and Jackson are optional: only the command-line tool needs picocli, and only
 * {@link io.github.wireparse.ArticleJson} needs {@code com.fasterxml.jackson.core}.
 */
module io.github.wireparse {
    requires transitive org.jsoup;
    requires java.xml;
    requires static info.picocli;
    requires static com.fasterxml.jackson.core;

    exports io.github.wireparse;

    // picocli fills the command's annotated fields by reflection.
    opens io.github.wireparse.cli to info.picocli;
}
