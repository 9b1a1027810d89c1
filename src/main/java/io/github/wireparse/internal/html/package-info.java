/**
 * The HTML stage: reads a jsoup document's metadata (Open Graph, JSON-LD, meta tags), recognises
 * known site layouts, walks the page into text blocks, scores them to find the article, picks the
 * headline and byline, and renders the article as text for {@code internal.text}. Entry point:
 * {@link io.github.wireparse.internal.html.HtmlPipeline}.
 */
@NullMarked
package io.github.wireparse.internal.html;

import org.jspecify.annotations.NullMarked;
