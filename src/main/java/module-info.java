/**
 * wireparse: turns raw wire-service news articles into typed, immutable records. See the
 * {@link io.github.wireparse} package for the anatomy of a wire story and the model.
 */
module io.github.wireparse {
    requires transitive org.jsoup;

    exports io.github.wireparse;
}
