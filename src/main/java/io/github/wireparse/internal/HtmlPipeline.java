package io.github.wireparse.internal;

import io.github.wireparse.Article;
import io.github.wireparse.InputFormat;
import io.github.wireparse.ParseOptions;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reduces an HTML page to its article's blocks, renders them as text separated by blank lines and
 * runs the text pipeline on that.
 */
public final class HtmlPipeline {

    private HtmlPipeline() {
    }

    /**
     * Extracts the article of a page.
     *
     * @param document the page
     * @param options  the options
     * @return the article
     */
    public static Article parse(Document document, ParseOptions options) {
        StringBuilder sb = new StringBuilder();
        Element h1 = document.selectFirst("h1");
        boolean headline = h1 != null && !h1.text().isBlank();
        if (headline) {
            sb.append(h1.text());
        }
        for (Element p : document.select("p")) {
            String t = p.text().trim();
            if (!t.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(t);
            }
        }
        return TextPipeline.parse(sb.toString(), options,
                new TextPipeline.Hints(InputFormat.HTML, headline, Optional.empty(), List.of()));
    }
}
