/**
 * wireparse's public API: a parser and the immutable records it returns.
 *
 * <h2>The anatomy of a wire story</h2>
 *
 * <p>News agencies write in a rigid house style, and wireparse names its parts after it:
 *
 * <pre>
 * North Korea criticizes the US for increasing alleged arms shipments   &lt;- headline
 *
 * By KIM TONG-HYUNG and HYUNG-JIN KIM                                    &lt;- byline: authors,
 * Associated Press                                                          title, organisation
 *
 * Published 10:21 PM EST, November 7, 2022                               &lt;- boilerplate (timestamp)
 *
 * SEOUL, South Korea (AP) — North Korea accused the United States on     &lt;- dateline, then the
 * Tuesday of cooking up a “conspiracy story” …                              first paragraph
 *
 * “We consider such moves …,” an unidentified deputy director … said.    &lt;- paragraph with a quote:
 *                                                                           words, speaker, cue
 * ___                                                                    &lt;- boilerplate (separator)
 * Associated Press writer Jane Doe in Tokyo contributed to this report.  &lt;- boilerplate (contributor)
 * Follow AP’s coverage of the Asia-Pacific region at …                   &lt;- boilerplate (promo)
 * </pre>
 *
 * <ul>
 *   <li>The <b>headline</b> stands alone on the first line. Yonhap prefixes tags such as
 *       {@code (LEAD)}, which are boilerplate of kind {@link io.github.wireparse.BoilerplateKind#ADVISORY}.</li>
 *   <li>The <b>byline</b> ({@code By NAME and NAME, AP Business Writers}) names the authors in
 *       capitals, with a title or the organisation after them, sometimes on a second line.</li>
 *   <li>The <b>dateline</b> opens the first paragraph: the city in capitals, a state or country
 *       unless the city stands alone ({@code NEW YORK}, {@code LONDON}), sometimes a date
 *       ({@code OSLO, March 3 (Reuters) -}), the agency's credit in parentheses and a dash. It is
 *       only looked for at the start of the body, never in the middle of the story.</li>
 *   <li>The <b>body</b> is a run of short paragraphs, one to three sentences each. In wire-feed
 *       text they are hard-wrapped and indented; in scraped text they are separated by blank
 *       lines.</li>
 *   <li><b>Quotes</b> are attributed with {@code said} ({@code says} in features), before, after or
 *       inside the quotation. A quote that runs over paragraphs leaves each paragraph open and
 *       reopens the next; a partial quote is a fragment inside the writer's own sentence.</li>
 *   <li><b>Boilerplate</b> travels with the story without being part of it: editor's notes and
 *       timestamps before the body, photo captions and {@code ADVERTISEMENT} markers inside it, and
 *       after it separators ({@code ___}), contributor lines, corrections, copyright, coverage
 *       promos and page chrome ({@code The Latest}, {@code To Top}).</li>
 * </ul>
 *
 * <h2>The model</h2>
 *
 * <p>{@link io.github.wireparse.Article} holds the parts. Every element carries a
 * {@link io.github.wireparse.Span} of UTF-16 offsets into {@link io.github.wireparse.Article#text()},
 * so callers can highlight or round-trip, and nothing is silently lost: every non-whitespace
 * character lies in exactly one of headline, byline, dateline, a paragraph or a boilerplate item.
 *
 * <p>Rules that hold across the package: no method takes or returns null; a single value that may
 * be missing is an {@link java.util.Optional}; lists are unmodifiable and may be empty; records are
 * values (equal when their parts are equal); parsers are immutable and thread-safe. Bad input never
 * throws: it gives an article with {@linkplain io.github.wireparse.Article#problems() problems},
 * each with a line and column. A null argument throws {@link java.lang.NullPointerException} naming
 * the argument.
 */
@NullMarked
package io.github.wireparse;

import org.jspecify.annotations.NullMarked;
