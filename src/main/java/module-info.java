/**
 * wireparse: turns raw wire-service news articles into typed, immutable records. See the
 * {@link io.github.wireparse} package for the anatomy of a wire story and the model.
 *
 * <p>picocli and jwarc are optional: only the command-line tool needs picocli, and only WARC
 * input ({@link io.github.wireparse.WarcArticles} and the tool's WARC reading) needs jwarc. jwarc's
 * jar names no module, so its module is the automatic module {@code jwarc}, named after the jar.
 * jackson-core is required: the library reads ninjs JSON with its streaming parser, and
 * {@link io.github.wireparse.ArticleJson} writes JSON with it.
 */
// jwarc's jar has no module-info and no Automatic-Module-Name, so it is the automatic module
// "jwarc"; requiring it is deliberate (and static: only WARC input needs it).
@SuppressWarnings("requires-automatic")
module io.github.wireparse {
    requires transitive org.jsoup;
    requires java.xml;
    requires static info.picocli;
    requires com.fasterxml.jackson.core;
    requires static jwarc;

    exports io.github.wireparse;

    // picocli fills the command's annotated fields by reflection.
    opens io.github.wireparse.cli to info.picocli;
}
