package io.github.wireparse.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    record Kind(String group, String what) {
    }

    /** One row: the bytes at an offset, {@code -1} for any byte. */
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
    static final int HEAD = SIGNATURES.stream().mapToInt(s -> s.offset() + s.bytes().length)
            .max().orElse(0);

    private NotNews() {
    }

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
        try (InputStream in = NotNews.class.getResourceAsStream("not-news.tsv")) {
            if (in == null) {
                throw new IllegalStateException("not-news.tsv is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false; // the column names
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4 || f[2].length() % 2 != 0) {
                    throw new IllegalStateException("bad row in not-news.tsv: " + line);
                }
                int[] bytes = new int[f[2].length() / 2];
                for (int i = 0; i < bytes.length; i++) {
                    String hex = f[2].substring(2 * i, 2 * i + 2);
                    bytes[i] = hex.equals("??") ? -1 : HexFormat.fromHexDigits(hex);
                }
                l.add(new Signature(new Kind(f[0], f[3]), Integer.parseInt(f[1]), bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(l);
    }
}
