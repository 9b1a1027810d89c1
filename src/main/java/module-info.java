/**
 * wireparse: turns raw wire-service news articles into typed, immutable records. See the
 * {@link io.github.wireparse} package for the anatomy of a wire story and the model.
 *
 * <p>jackson-core is required: the library reads ninjs JSON input with its streaming parser, and
 * {@link io.github.wireparse.ArticleJson} writes JSON with it. jwarc is optional: only WARC input
 * ({@link io.github.wireparse.WarcArticles}) needs it. jwarc's jar names no module, so its module is
 * the automatic module {@code jwarc}, named after the jar. The command-line tool is a separate
 * artifact, {@code wireparse-cli}.
 */
// jwarc's jar has no module-info and no Automatic-Module-Name, so it is the automatic module
// "jwarc"; requiring it is deliberate (and static: only WARC input needs it).
@SuppressWarnings("requires-automatic")
module io.github.wireparse {
    requires transitive org.jsoup;
    requires java.xml;
    requires com.fasterxml.jackson.core;
    requires static jwarc;
    // JSpecify's nullness annotations: static, as nothing reads them at run time (the JVM ignores
    // an annotation whose class is absent); transitive, as they are part of the exported
    // signatures, so a module that reads this one reads them too when compiling.
    requires static transitive org.jspecify;

    exports io.github.wireparse;
}
