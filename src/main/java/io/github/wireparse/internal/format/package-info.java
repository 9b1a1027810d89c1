/**
 * Output formats: a parsed article written as wireparse's JSON
 * ({@link io.github.wireparse.internal.format.JsonArticleWriter}), as NITF XML
 * ({@link io.github.wireparse.internal.format.NitfArticleWriter}) or as IPTC ninjs
 * ({@link io.github.wireparse.internal.format.NinjsArticleWriter}). Reads the public model only;
 * not exported by the module: the public entry points are the {@code Article…} facades of
 * {@link io.github.wireparse}.
 */
@NullMarked
package io.github.wireparse.internal.format;

import org.jspecify.annotations.NullMarked;
