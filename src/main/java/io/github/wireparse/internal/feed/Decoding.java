package io.github.wireparse.internal.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns an input's bytes into text: a byte order mark first, then the format's own declaration (an
 * XML declaration's {@code encoding}), else UTF-8. Bytes that are not valid UTF-8 (7- and 8-bit
 * feed text, a Latin-1 byte in a dpa file) are read as Windows-1252, which is ISO-8859-1 with
 * printable characters where ISO-8859-1 has C1 controls, and the decoding says so; decoding never
 * fails.
 */
final class Decoding {

    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {}

    /**
     * The decoded text and what was off.
     *
     * @param text    the text, without a byte order mark
     * @param problem what was off in the bytes, with the offset in the text it concerns
     * @param offset  the offset {@code problem} refers to
     */
    record Decoded(String text, Optional<String> problem, int offset) {}

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8OrFallback(bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), Optional.empty(), 0);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), Optional.empty(), 0);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (m.find()) {
            Charset declared = charset(m.group(1));
            if (declared != null && !declared.equals(StandardCharsets.UTF_8) && isNonAsciiUtf8(bytes)) {
                // Declared single-byte, written in UTF-8 (seen in AFP's NewsML): multi-byte UTF-8
                // sequences do not happen by chance in Latin-1 text, so the bytes are believed.
                return new Decoded(
                        new String(bytes, StandardCharsets.UTF_8),
                        Optional.of("the document declares " + m.group(1) + " but its bytes are UTF-8; read as UTF-8"),
                        0);
            }
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                // A single-byte charset decodes every byte; a multi-byte one reports what it cannot.
                CharsetDecoder d = declared.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
                try {
                    return new Decoded(d.decode(ByteBuffer.wrap(bytes)).toString(), Optional.empty(), 0);
                } catch (CharacterCodingException e) {
                    return utf8OrFallback(bytes, 0);
                }
            }
            if (declared == null) {
                Decoded d = utf8OrFallback(bytes, 0);
                return new Decoded(
                        d.text(),
                        Optional.of("unknown encoding \"" + m.group(1) + "\" declared; read as "
                                + (d.problem().isPresent() ? "Windows-1252" : "UTF-8")),
                        0);
            }
        }
        return utf8OrFallback(bytes, 0);
    }

    /** {@return whether the bytes are valid UTF-8 with at least one multi-byte sequence} */
    private static boolean isNonAsciiUtf8(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            utf8.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static @Nullable Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Decoded utf8OrFallback(byte[] bytes, int from) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = utf8.decode(in, out, true);
        if (!result.isError()) {
            utf8.flush(out);
            out.flip();
            return new Decoded(out.toString(), Optional.empty(), 0);
        }
        int bad = in.position();
        // Not UTF-8: read the bytes as Windows-1252 (one character per byte, so the offset of the
        // first bad byte is its offset in the text too).
        String text = new String(bytes, from, bytes.length - from, WINDOWS_1252);
        int badByte = bytes[bad] & 0xFF;
        return new Decoded(
                text,
                Optional.of(String.format(
                        "byte 0x%02X at byte %d is not valid UTF-8; the input is read as Windows-1252 (ISO-8859-1)",
                        badByte, bad)),
                bad - from);
    }
}
