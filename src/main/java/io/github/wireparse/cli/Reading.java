package io.github.wireparse.cli;

import io.github.wireparse.Article;
import io.github.wireparse.InputFormat;
import io.github.wireparse.WireParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input and parses it: the bytes (gunzipped when they are gzip), text or HTML by
 * extension and content, decoded strictly so that a file in the wrong charset is reported rather
 * than parsed as replacement characters.
 */
final class Reading {

    /** Inputs larger than this (after decompression) are refused rather than parsed. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private Reading() {
    }

    /** Why an input could not be read or decoded; the message is shown after its path. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /**
     * Reads and parses one input.
     *
     * @param input   the input
     * @param stdin   standard input, read when the input is {@code -}
     * @param parser  the parser
     * @param choice  text, HTML, or empty to detect
     * @param charset the charset to decode with, or empty for UTF-8 (text) or the page's own
     *                (HTML)
     * @return the article
     * @throws Failure if the input cannot be read or decoded
     */
    static Article parse(Input input, InputStream stdin, WireParser parser,
            Optional<InputFormat> choice, Optional<Charset> charset) throws Failure {
        if (input.error().isPresent()) {
            throw new Failure(input.error().get());
        }
        byte[] bytes;
        try {
            byte[] raw = input.file().isPresent() ? readFile(input.file().get()) : readAll(stdin);
            bytes = raw.length > 1 && raw[0] == (byte) 0x1f && raw[1] == (byte) 0x8b
                    ? readAll(new GZIPInputStream(new ByteArrayInputStream(raw))) : raw;
        } catch (IOException | RuntimeException e) {
            throw new Failure(describe(e));
        }
        String name = input.file().map(p -> p.getFileName().toString()).orElse("");
        InputFormat format = choice.orElseGet(() -> detect(name, bytes));
        if (format == InputFormat.HTML) {
            String base = input.file().map(p -> p.toAbsolutePath().toUri().toString()).orElse("");
            try {
                ByteArrayInputStream in = new ByteArrayInputStream(bytes);
                return charset.isPresent() ? parser.parseHtml(in, charset.get(), base)
                        : parser.parseHtml(in, base);
            } catch (IOException | RuntimeException e) {
                throw new Failure(describe(e));
            }
        }
        return parser.parse(decode(bytes, charset.orElseGet(() -> byBom(bytes))));
    }

    /** UTF-16 when a UTF-16 byte order mark says so, else UTF-8. */
    private static Charset byBom(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return StandardCharsets.UTF_16;
        }
        return StandardCharsets.UTF_8;
    }

    private static byte[] readFile(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder");
        }
        if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
            throw new IOException("too large (" + Files.size(file) + " bytes; the limit is "
                    + MAX_BYTES + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(in);
        }
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
     * Decodes strictly: malformed or unmappable bytes are a failure naming the byte offset.
     */
    static String decode(byte[] bytes, Charset charset) throws Failure {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isUnderflow()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            throw new Failure("cannot decode as " + charset.name() + ": "
                    + (r.isMalformed() ? "malformed" : "unmappable") + " input at byte "
                    + in.position() + " (use --charset)");
        }
        if (r.isOverflow()) {
            throw new Failure("cannot decode as " + charset.name());
        }
        out.flip();
        return out.toString();
    }

    /**
     * Tells HTML from text: by extension ({@code .htm}, {@code .html}, {@code .xhtml}, also before
     * {@code .gz}), else by content, when the first non-blank character is {@code <} and the first
     * kilobytes hold a typical HTML tag.
     */
    static InputFormat detect(String name, byte[] bytes) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return InputFormat.HTML;
        }
        int limit = Math.min(bytes.length, 4096);
        int i = 0;
        if (limit >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            i = 3;
        }
        while (i < limit && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        if (i >= limit || bytes[i] != '<') {
            return InputFormat.TEXT;
        }
        String head = new String(bytes, i, limit - i, StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"<!doctype html", "<html", "<head", "<body", "<meta",
            "<div", "<p>", "<p ", "<article", "<title"}) {
            if (head.contains(tag)) {
                return InputFormat.HTML;
            }
        }
        return InputFormat.TEXT;
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
