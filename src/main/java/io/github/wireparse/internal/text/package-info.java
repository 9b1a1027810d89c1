/**
 * The text stage: splits a story into blocks (paragraphs, hard-wrapped or indented lines joined),
 * finds the headline, byline and dateline block, classifies boilerplate (editor's notes, contributor
 * lines, trailers, copyright, separators) and hands the body to the quote stage. HTML input arrives
 * here too, rendered as text by {@code internal.html}. Entry point:
 * {@link io.github.wireparse.internal.text.TextPipeline}.
 */
@NullMarked
package io.github.wireparse.internal.text;

import org.jspecify.annotations.NullMarked;
