package io.github.wireparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link NotNews}: the magic bytes of files that are plainly not news, and none of news's. */
class NotNewsTest {

    private static byte[] hex(String h) {
        return HexFormat.of().parseHex(h);
    }

    @Test
    void recognisesEveryRowOfItsTableFromTheRowsOwnSignature() throws IOException {
        List<String> rows = new ArrayList<>();
        try (InputStream in = NotNews.class.getResourceAsStream("not-news.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .skip(1)
                    .forEach(rows::add);
        }
        assertThat(rows).hasSizeGreaterThan(30);
        for (String row : rows) {
            String[] f = row.split("\t");
            int offset = Integer.parseInt(f[1]);
            byte[] sample = new byte[offset + f[0].length() / 2 + 16];
            byte[] sig = hex(f[0].replace("??", "41"));
            System.arraycopy(sig, 0, sample, offset, sig.length);
            Optional<NotNews.Kind> kind = NotNews.recognise(sample);
            assertThat(kind).as(row).isPresent();
            assertThat(kind.get().group()).as(row).isEqualTo(f[2]);
        }
    }

    @Test
    void recognisesARealZipArchive() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("story.txt"));
            z.write("Story".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(NotNews.recognise(zip.toByteArray()))
                .map(NotNews.Kind::group)
                .contains("archive");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "BMW recalls 10,000 cars\n\nMUNICH (AP) —",
                "MZ Motorrad returns",
                "ID3 tags explained",
                "PK. Sharma wins",
                "<?xml version=\"1.0\"?><nitf>",
                "{\"uri\": \"x\"}",
                "\u0001\u0016\u0016\u0002 r z BC-Heat",
                "WARC/1.0\r\nWARC-Type: response",
                "true story",
                "OTTOMAN EMPIRE",
                "%PDF is a format",
                "BZh? no"
            })
    void leavesTextAndMarkupAndFeedsToBeRead(String text) {
        assertThat(NotNews.recognise(text.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void looksNoFurtherThanItsHead() {
        assertThat(NotNews.HEAD).isEqualTo(262);
    }
}
