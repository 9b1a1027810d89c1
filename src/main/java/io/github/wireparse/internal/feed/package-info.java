/**
 * Reading wire copy as agencies transmit it: format detection from the first characters
 * ({@link io.github.wireparse.internal.feed.FormatDetector}), decoding
 * ({@link io.github.wireparse.internal.feed.Decoding}), and one reader per format, each of which
 * takes the story's envelope from the format's header or metadata and hands the body to the
 * existing pipelines: the text pipeline for ANPA-1312 and IPTC 7901 bodies
 * ({@link io.github.wireparse.internal.feed.Transmissions}), the HTML path's block walk for
 * markup bodies of NITF, NewsML, NewsML-G2 ({@link io.github.wireparse.internal.feed.XmlFeeds})
 * and ninjs ({@link io.github.wireparse.internal.feed.NinjsFeeds}).
 * {@link io.github.wireparse.internal.feed.FeedReader} ties them together. Not exported.
 */
@NullMarked
package io.github.wireparse.internal.feed;

import org.jspecify.annotations.NullMarked;
