package io.github.wireparse.cli;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Tells files that are plainly not news (images, audio and video, PDF, archives, executables,
 * fonts, databases) from the magic bytes they start with, by the table in {@code not-news.tsv}.
 * What no row matches is read as a story; a false "not news" costs a story, so the table holds
 * only signatures that text and markup do not begin with.
 */
final class NotNews {

    /**
     * What a file was recognised as.
     *
     * @param group the group the summary counts it under: {@code image}, {@code archive}, …
     * @param what  what the file is, such as {@code PNG image}
     */
    record Kind(String group, String what) {}

    /** One row: the bytes at an offset, {@code -1} for any byte. */
    @SuppressWarnings("ArrayRecordComponent") // a row of a constant table, never compared or hashed
    private record Signature(Kind kind, int offset, int[] bytes) {

        boolean matches(byte[] b) {
            if (b.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] >= 0 && (b[offset + i] & 0xff) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Signature> SIGNATURES = load();

    /** How many leading bytes {@link #recognise} looks at, at most. */
    static final int HEAD = SIGNATURES.stream()
            .mapToInt(s -> s.offset() + s.bytes().length)
            .max()
            .orElse(0);

    private NotNews() {}

    /**
     * Recognises a file that is plainly not news.
     *
     * @param bytes the file's bytes, or at least its first {@link #HEAD}
     * @return what it is, or empty when it may be news
     */
    static Optional<Kind> recognise(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (s.matches(bytes)) {
                return Optional.of(s.kind());
            }
        }
        return Optional.empty();
    }

    private static List<Signature> load() {
        List<Signature> l = new ArrayList<>();
        for (List<String> row : Tsv.rows("cli/not-news.tsv", "bytes", "offset", "group", "what")) {
            String hex = row.get(0);
            if (hex.length() % 2 != 0) {
                throw new IllegalStateException("odd number of hex digits in not-news.tsv: " + hex);
            }
            int[] bytes = new int[hex.length() / 2];
            for (int i = 0; i < bytes.length; i++) {
                String pair = hex.substring(2 * i, 2 * i + 2);
                bytes[i] = pair.equals("??") ? -1 : HexFormat.fromHexDigits(pair);
            }
            l.add(new Signature(new Kind(row.get(2), row.get(3)), Integer.parseInt(row.get(1)), bytes));
        }
        return List.copyOf(l);
    }
}
