package io.github.wireparse.cli;

import io.github.wireparse.Article;
import io.github.wireparse.ArticleParser;
import io.github.wireparse.FeedStory;
import io.github.wireparse.InputFormat;
import io.github.wireparse.Problem;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input and parses it: the bytes (gunzipped when they are gzip), skipped when they are
 * plainly not news, else by format as the library detects it from the content (HTML also by
 * extension), with every story a feed file holds. Text in a given charset is
 * decoded strictly, so that a file in the wrong charset is reported rather than parsed as
 * replacement characters; without one, text that is not UTF-8 is read as Windows-1252 with a
 * problem.
 */
final class Reading {

    /** Inputs larger than this (after decompression) are refused rather than parsed. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private Reading() {}

    /** Why an input could not be read or decoded; the message is shown after its path. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /**
     * What reading one input gave: its stories, or what kind of file it is when that is plainly
     * not news (then there are no stories).
     *
     * @param articles the stories, in order
     * @param notNews  what the file is, when it was skipped as not news
     */
    record Parsed(List<Article> articles, Optional<NotNews.Kind> notNews) {}

    /**
     * Reads and parses one input. A file that starts like an image, an archive, an executable or
     * another kind of file that is plainly not news is not read further (see {@link NotNews});
     * gzip is unpacked first, and what it holds is looked at the same way.
     *
     * @param input   the input
     * @param stdin   standard input, read when the input is {@code -}
     * @param parser  the parser
     * @param choice  text, HTML, or empty to detect
     * @param charset the charset to decode with, or empty for UTF-8 (text, falling back to
     *                Windows-1252) or the page's own (HTML)
     * @return the stories, or what kind of file was skipped
     * @throws Failure if the input cannot be read, or does not decode in the given charset
     */
    static Parsed parse(
            Input input,
            InputStream stdin,
            ArticleParser parser,
            Optional<InputFormat> choice,
            Optional<Charset> charset)
            throws Failure {
        if (input.error().isPresent()) {
            throw new Failure(input.error().get());
        }
        byte[] bytes;
        try {
            InputStream raw;
            if (input.file().isPresent()) {
                Path file = input.file().get();
                if (Files.isDirectory(file)) {
                    throw new IOException("is a folder");
                }
                raw = Files.newInputStream(file);
            } else {
                raw = new FilterInputStream(stdin) {
                    @Override
                    public void close() {
                        // standard input stays open
                    }
                };
            }
            try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
                InputStream content = in;
                byte[] head = peek(in);
                if (head.length > 1 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b) {
                    content = new BufferedInputStream(new GZIPInputStream(in), 1 << 16);
                    head = peek(content);
                }
                Optional<NotNews.Kind> kind = NotNews.recognise(head);
                if (kind.isPresent()) {
                    return new Parsed(List.of(), kind);
                }
                if (content == in
                        && input.file().isPresent()
                        && Files.isRegularFile(input.file().get())
                        && Files.size(input.file().get()) > MAX_BYTES) {
                    throw new IOException(
                            "too large (" + Files.size(input.file().get()) + " bytes; the limit is " + MAX_BYTES + ")");
                }
                bytes = readAll(content);
            }
        } catch (IOException | RuntimeException e) {
            throw new Failure(describe(e));
        }
        String name = input.file().map(p -> p.getFileName().toString()).orElse("");
        String base =
                input.file().map(p -> p.toAbsolutePath().toUri().toString()).orElse("");
        return new Parsed(route(bytes, name, base, parser, choice, charset), Optional.empty());
    }

    /**
     * Turns an input's bytes into its stories: the one place that decides how. The format is the
     * library's content detection ({@link InputFormat#detect(byte[])}) unless {@code choice} or an
     * HTML file name says otherwise. HTML goes to the HTML parser, in the page's own charset unless
     * one is given. Feed formats (ANPA-1312, IPTC 7901, NITF, NewsML, ninjs) go to
     * {@link ArticleParser#parseAll(byte[])}, which decodes them as each format declares and yields
     * every story a file holds (SOH…EOT messages, NewsML-G2 items, API feed items). Plain text, and
     * any input when a charset is given, is decoded by {@link #decodeText} and then read by
     * {@link ArticleParser#parseAll(String)}, which still recognises a transmission's header shapes.
     *
     * @param bytes   the input's bytes, unpacked
     * @param name    the file's name, for its extension; empty for standard input
     * @param baseUri the base URI for an HTML page's links
     * @param parser  the parser
     * @param choice  text, HTML, or empty to detect
     * @param charset the charset to decode with, or empty to work it out
     * @return the stories, in order, at least one
     * @throws Failure if the input does not decode in the given charset
     */
    static List<Article> route(
            byte[] bytes,
            String name,
            String baseUri,
            ArticleParser parser,
            Optional<InputFormat> choice,
            Optional<Charset> charset)
            throws Failure {
        InputFormat format = choice.orElseGet(() -> detect(name, bytes));
        if (format == InputFormat.HTML) {
            try {
                ByteArrayInputStream in = new ByteArrayInputStream(bytes);
                return List.of(
                        charset.isPresent()
                                ? parser.parseHtml(in, charset.get(), baseUri)
                                : parser.parseHtml(in, baseUri));
            } catch (IOException e) {
                throw new Failure(describe(e));
            }
        }
        if (format != InputFormat.TEXT && charset.isEmpty()) {
            return parser.parseAll(bytes).map(FeedStory::article).toList();
        }
        Decoded text = decodeText(bytes, charset);
        List<Article> stories =
                parser.parseAll(text.text()).map(FeedStory::article).toList();
        if (text.problem().isEmpty()) {
            return stories;
        }
        List<Article> out = new ArrayList<>(stories.size());
        for (Article a : stories) {
            out.add(withProblem(a, text.problem().get()));
        }
        return out;
    }

    /**
     * Decoded text, and what was off in the bytes.
     *
     * @param text    the text
     * @param problem how the bytes were not what they should be, if they were not
     */
    record Decoded(String text, Optional<Problem> problem) {}

    /**
     * Decodes plain text. A given charset is taken at its word: bytes that do not decode in it
     * are a failure. Otherwise UTF-16 when a byte order mark says so, else UTF-8; text that is
     * not valid UTF-8 (an 8-bit feed, a Latin-1 file) is decoded as Windows-1252 (which
     * ISO-8859-1 text also reads as), with a problem saying where the first byte that is not
     * UTF-8 stands. Undecodable default input is never a failure.
     *
     * @param bytes   the bytes
     * @param charset the charset, or empty to work it out
     * @return the text and any problem
     * @throws Failure if the bytes do not decode in the given charset
     */
    static Decoded decodeText(byte[] bytes, Optional<Charset> charset) throws Failure {
        if (charset.isPresent()) {
            return new Decoded(decode(bytes, charset.get()), Optional.empty());
        }
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            try {
                return new Decoded(decode(bytes, StandardCharsets.UTF_16), Optional.empty());
            } catch (Failure e) {
                String text = new String(bytes, StandardCharsets.UTF_16);
                return new Decoded(
                        text,
                        Optional.of(Problem.inText(
                                "malformed UTF-16; the bytes that do not decode became U+FFFD", 0, 1, 1)));
            }
        }
        Strict utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.text().isPresent()) {
            return new Decoded(utf8.text().get(), Optional.empty());
        }
        boolean bom =
                bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int from = bom ? 3 : 0;
        char[] chars = new char[bytes.length - from];
        for (int i = from; i < bytes.length; i++) {
            chars[i - from] = WINDOWS_1252[bytes[i] & 0xff];
        }
        String text = new String(chars);
        int at = Math.max(0, Math.min(utf8.badByte() - from, text.length()));
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        long line =
                1 + text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return new Decoded(
                text,
                Optional.of(Problem.inText(
                        "not valid UTF-8 (byte " + utf8.badByte() + "); read as Windows-1252",
                        at,
                        (int) Math.min(line, Integer.MAX_VALUE),
                        at - lineStart + 1)));
    }

    /** Each byte's character in Windows-1252; its five unassigned bytes keep their Latin-1 one. */
    private static final char[] WINDOWS_1252 = windows1252();

    private static char[] windows1252() {
        CharsetDecoder d = Charset.forName("windows-1252")
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            try {
                table[b] = d.decode(ByteBuffer.wrap(new byte[] {(byte) b})).get(0);
            } catch (CharacterCodingException e) {
                table[b] = (char) b;
            }
        }
        return table;
    }

    /** {@return the article with one more problem, first} */
    static Article withProblem(Article a, Problem p) {
        List<Problem> problems = new ArrayList<>(a.problems().size() + 1);
        problems.add(p);
        problems.addAll(a.problems());
        return new Article(
                a.text(),
                a.format(),
                a.headline(),
                a.byline(),
                a.dateline(),
                a.paragraphs(),
                a.boilerplate(),
                a.quotes(),
                a.sources(),
                a.metadata(),
                problems,
                a.envelope(),
                a.attributions());
    }

    /** Looks at an input's first bytes without taking them. */
    private static byte[] peek(InputStream in) throws IOException {
        in.mark(NotNews.HEAD);
        byte[] head = in.readNBytes(NotNews.HEAD);
        in.reset();
        return head;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > MAX_BYTES) {
                throw new IOException("too large (more than " + MAX_BYTES + " bytes)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * A strict decoding: the text, or where the first byte that does not decode stands.
     *
     * @param text      the text, when every byte decoded
     * @param badByte   the offset of the first byte that did not
     * @param malformed whether that byte is malformed (else unmappable)
     */
    private record Strict(Optional<String> text, int badByte, boolean malformed) {}

    private static Strict strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int)
                Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isUnderflow()) {
            r = decoder.flush(out);
        }
        if (r.isError() || r.isOverflow()) {
            return new Strict(Optional.empty(), in.position(), !r.isUnmappable());
        }
        out.flip();
        return new Strict(Optional.of(out.toString()), -1, false);
    }

    /**
     * Decodes strictly: malformed or unmappable bytes are a failure naming the byte offset.
     */
    static String decode(byte[] bytes, Charset charset) throws Failure {
        Strict s = strict(bytes, charset);
        if (s.text().isEmpty()) {
            throw new Failure("cannot decode as " + charset.name() + ": "
                    + (s.malformed() ? "malformed" : "unmappable") + " input at byte "
                    + s.badByte() + " (use --charset)");
        }
        return s.text().get();
    }

    /**
     * Tells an input's format: HTML by extension ({@code .htm}, {@code .html}, {@code .xhtml},
     * also before {@code .gz}), else by content, as the library detects it
     * ({@link InputFormat#detect(byte[])}: transmissions, feed XML and JSON, HTML, plain text).
     */
    static InputFormat detect(String name, byte[] bytes) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return InputFormat.HTML;
        }
        return InputFormat.detect(bytes);
    }

    /** {@return a short, readable reason for a read failure} */
    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason(); // its message would repeat the path
        }
        if (e instanceof CharacterCodingException) {
            return "cannot decode: " + e;
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
