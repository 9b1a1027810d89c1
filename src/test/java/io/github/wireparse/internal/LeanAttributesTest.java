package io.github.wireparse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the lean copy of a page ({@link MarkupCheck}): jsoup parses it without the attributes
 * nothing reads, so an attribute the pipeline starts to read must be added to
 * {@link MarkupCheck#READ_ATTRIBUTES}, or the lean parse silently lacks it. This test reads the
 * pipeline's sources and checks every attribute they name ({@code attr("…")}, {@code hasAttr},
 * {@code absUrl}, {@code [name…]} in a selector) against that list.
 */
class LeanAttributesTest {

    private static final Pattern READ = Pattern.compile(
            "\\b(?:attr|hasAttr|absUrl|attribute)\\(\"([A-Za-z][\\w:-]*)\"\\)");
    private static final Pattern SELECTOR = Pattern.compile("select(?:First)?\\(\"([^\"]*)\"\\)");
    private static final Pattern SELECTOR_ATTRIBUTE = Pattern.compile("\\[([A-Za-z][\\w:-]*)");

    /**
     * Attributes read only on tags whose attributes the lean copy keeps whole
     * ({@link MarkupCheck#KEEP_ATTRIBUTES}), with those tags.
     */
    private static final Map<String, Set<String>> READ_ON_KEPT_TAGS = Map.of(
            "href", Set.of("link", "base"));

    @Test
    void everyAttributeThePipelineReadsIsKeptInTheLeanCopy() throws IOException {
        Map<String, String> named = new TreeMap<>();
        Path internal = Path.of("src/main/java/io/github/wireparse/internal");
        try (Stream<Path> files = Files.list(internal)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.getFileName().toString().equals("MarkupCheck.java")) {
                    continue;
                }
                String src = Files.readString(f);
                Matcher m = READ.matcher(src);
                while (m.find()) {
                    named.putIfAbsent(m.group(1).toLowerCase(), f.getFileName().toString());
                }
                Matcher s = SELECTOR.matcher(src);
                while (s.find()) {
                    Matcher a = SELECTOR_ATTRIBUTE.matcher(s.group(1));
                    while (a.find()) {
                        named.putIfAbsent(a.group(1).toLowerCase(), f.getFileName().toString());
                    }
                }
            }
        }
        assertThat(named).as("attributes named in the pipeline's sources").isNotEmpty();
        for (Map.Entry<String, String> e : named.entrySet()) {
            String name = e.getKey();
            if (READ_ON_KEPT_TAGS.containsKey(name)) {
                assertThat(MarkupCheck.KEEP_ATTRIBUTES).as("tags %s keep '%s' whole", READ_ON_KEPT_TAGS.get(name), name)
                        .containsAll(READ_ON_KEPT_TAGS.get(name));
                continue;
            }
            assertThat(MarkupCheck.READ_ATTRIBUTES)
                    .as("'%s' is read in %s but left out of the lean copy: add it to MarkupCheck.READ_ATTRIBUTES",
                            name, e.getValue())
                    .contains(name);
        }
    }
}
