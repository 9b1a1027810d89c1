/**
 * wireparse's internals, one package per stage of the pipeline; this package holds only the helpers
 * every stage shares (character classes and word shapes in {@link io.github.wireparse.internal.Texts}
 * and {@link io.github.wireparse.internal.WordShape}, line and offset indexes, the bounded problem
 * list). Not exported by the module; nothing here is API, and any of it may change in any release.
 *
 * <p>The stages, and the way their imports run (each may use the ones after it, never one before):
 * <ol>
 *   <li>{@code internal.html}: a jsoup document reduced to the article's text blocks, its metadata
 *       and headline, rendered as text for the text stage;</li>
 *   <li>{@code internal.text}: the text pipeline: blocks, headline, byline, boilerplate and
 *       trailers;</li>
 *   <li>{@code internal.dateline} and {@code internal.quote}: the dateline parser with its place
 *       and agency tables; quotation marks, attribution rules and speaker resolution;</li>
 *   <li>this package: shared helpers.</li>
 * </ol>
 * {@code internal.format} writes a parsed article as JSON or NITF, and reads only the model;
 * {@code internal.warc} reads WARC archives into pages (with jwarc) and uses no other stage.
 */
@NullMarked
package io.github.wireparse.internal;

import org.jspecify.annotations.NullMarked;
