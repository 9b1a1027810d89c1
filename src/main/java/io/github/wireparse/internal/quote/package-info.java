/**
 * The quote stage: finds quotations (straight, curly, TeX and guillemet marks, quotes running over
 * paragraphs), attributes each to a speaker and cue verb by rules over the words around it, and
 * resolves speakers across the story into sources. Entry point:
 * {@link io.github.wireparse.internal.quote.QuoteExtractor}.
 *
 * <p>The parts, in the order a story goes through them: {@code QuoteScanner} pairs the marks;
 * {@code QuoteTokens} splits each paragraph into words with every quotation as one token;
 * {@code Attribution} holds the rules that find each quote's cue and speaker, with
 * {@code SpeakerPhrases} (the speaker-phrase chunker) and {@code Sentences} (sentence and
 * segment bounds) as its helpers; {@code SpeakerResolver} merges speakers into sources, using the
 * story's names ({@code NameRun}). The word lists all of them consult live in resource files under
 * {@code io/github/wireparse/quote/}, one entry per line, loaded once by {@code Lexicon}.
 */
@NullMarked
package io.github.wireparse.internal.quote;

import org.jspecify.annotations.NullMarked;
