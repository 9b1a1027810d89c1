package io.github.wireparse.internal.warc;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * One page taken from a WARC {@code response} record: its payload's bytes (transfer and content
 * encodings removed) and what the record and its HTTP header say about them.
 *
 * @param record    the record's number in its file, from 1, counting records of every type
 * @param targetUri the record's {@code WARC-Target-URI}
 * @param date      the record's {@code WARC-Date}, if it has a valid one
 * @param offset    where the record starts in the file, in bytes (compressed bytes for
 *                  {@code .warc.gz})
 * @param format    HTML or text, from the HTTP {@code Content-Type}
 * @param charset   the charset the HTTP {@code Content-Type} names, if it names a known one
 * @param body      the payload
 */
// A page is read once and parsed, never compared or hashed; wrapping the payload (up to 64 MB)
// would buy nothing.
@SuppressWarnings("ArrayRecordComponent")
public record WarcPage(
        long record,
        String targetUri,
        Optional<Instant> date,
        long offset,
        InputFormat format,
        Optional<Charset> charset,
        byte[] body) {

    /**
     * Parses the page: HTML decoded by the HTTP header's charset, else by the page's own
     * (byte order mark, {@code <meta charset>}, else UTF-8); text by the header's charset, else
     * UTF-8 (UTF-16 after its byte order mark), malformed bytes becoming U+FFFD.
     *
     * @param parser the parser
     * @return the article
     */
    public Article parse(ArticleParser parser) {
        if (format == InputFormat.HTML) {
            try {
                ByteArrayInputStream in = new ByteArrayInputStream(body);
                return charset.isPresent()
                        ? parser.parseHtml(in, charset.get(), targetUri)
                        : parser.parseHtml(in, targetUri);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array never fails to read
            }
        }
        return parser.parse(new String(body, charset.orElseGet(this::byBom)));
    }

    private Charset byBom() {
        if (body.length >= 2
                && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                        || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return StandardCharsets.UTF_16;
        }
        return StandardCharsets.UTF_8;
    }
}
