/**
 * The quote stage: finds quotations (straight, curly, TeX and guillemet marks, quotes running over
 * paragraphs), attributes each to a speaker and cue verb by rules over the words around it, and
 * resolves speakers across the story into sources. Entry point:
 * {@link io.github.wireparse.internal.quote.QuoteExtractor}.
 */
package io.github.wireparse.internal.quote;
