/**
 * Writers of output formats: an {@link io.github.wireparse.Article} rendered as another
 * standard's document (IPTC ninjs here; the JSON and NITF writers may join later). Not exported
 * by the module; the public entry points are the {@code Article…} facades of
 * {@link io.github.wireparse}.
 */
package io.github.wireparse.internal.format;
