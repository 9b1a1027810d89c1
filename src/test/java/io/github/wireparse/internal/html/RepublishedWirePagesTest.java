package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wireparse.Article;
import io.github.wireparse.Byline;
import io.github.wireparse.Headline;
import io.github.wireparse.PageDate;
import io.github.wireparse.PageMetadata;
import io.github.wireparse.Wireparse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written pages of {@code src/test/resources/html/republished/}: wire stories as news
 * sites republished them around 2008, each built around one way the headline, byline or date
 * goes wrong (see that folder's README). {@code expected.tsv} says, per page, the headline, the
 * byline's persons and the published date the page shows a reader.
 */
class RepublishedWirePagesTest {

    private static final Path DIR = Path.of("src/test/resources/html/republished");

    static Stream<Arguments> pages() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(Arguments.of(f[0], f[1], f[2], f[3], f[4]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsTheHeadlineBylineAndDateAReaderSees(
            String file, String url, String headline, String authors, String published) throws IOException {
        Article a = Wireparse.parseHtml(Files.readString(DIR.resolve(file), StandardCharsets.UTF_8), url);
        assertThat(a.headline().map(Headline::text)).as("headline").contains(headline);
        List<String> want = authors.equals("-") ? List.of() : Arrays.asList(authors.split("; "));
        assertThat(a.byline().map(Byline::authors).orElse(List.of()))
                .as("authors")
                .isEqualTo(want);
        assertThat(a.metadata().flatMap(PageMetadata::published).map(PageDate::isoText))
                .as("published")
                .isEqualTo(published.equals("-") ? java.util.Optional.empty() : java.util.Optional.of(published));
        // The headline is not repeated as the body's first paragraph.
        assertThat(a.paragraphs()).isNotEmpty();
        assertThat(a.paragraphs().get(0).text()).isNotEqualTo(headline);
    }
}
