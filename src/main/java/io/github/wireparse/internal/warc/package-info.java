/**
 * WARC input: reads {@code .warc} and {@code .warc.gz} web archives (WARC/1.0 and 1.1) with jwarc
 * ({@code org.netpreserve:jwarc}, an optional dependency) and hands each HTTP {@code response}
 * record with an HTML or text payload to the parser as a page, with its target URI, date and
 * offset. {@link io.github.wireparse.internal.warc.WarcPages} walks one file; records that are not
 * pages, that the crawler truncated or that cannot be read are counted and reported, never thrown.
 * Used by {@link io.github.wireparse.WarcArticles} and the command-line tool. Reads the public
 * model only; nothing here is API.
 */
@NullMarked
package io.github.wireparse.internal.warc;

import org.jspecify.annotations.NullMarked;
