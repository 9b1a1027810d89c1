package io.github.wireparse.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * One pass over the whole page collecting what the metadata reader and the site rules look at, so
 * that neither has to search the page again: meta tags, the canonical link, JSON-LD scripts and the
 * first elements carrying the class names of known layouts.
 */
final class PageScan {

    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    Element canonical;
    /** apnews.com, Brightspot: {@code div.RichTextStoryBody}. */
    Element richTextStoryBody;
    /** apnews.com, Titanium: {@code div[data-key=article]}. */
    Element dataKeyArticle;
    /** apnews.com, Titanium: {@code div.CardHeadline} or {@code [data-key=card-headline]}. */
    Element cardHeadline;
    /** apnews.com, Titanium: {@code div.Article}. */
    Element divArticle;
    /** hNews: the first {@code .hnews} or {@code .hentry} element. */
    Element hentry;

    private PageScan() {
    }

    /**
     * Scans a page.
     *
     * @param doc the page
     * @return what was found
     */
    static PageScan scan(Document doc) {
        PageScan s = new PageScan();
        doc.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    s.visit(el);
                }
            }
        });
        return s;
    }

    private void visit(Element el) {
        String tag = el.normalName();
        switch (tag) {
            case "meta" -> metas.add(el);
            case "link" -> {
                if (canonical == null && el.attr("rel").equalsIgnoreCase("canonical") && el.hasAttr("href")) {
                    canonical = el;
                }
            }
            case "script" -> {
                if (el.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(el);
                }
            }
            default -> {
                if (el.attributesSize() == 0) {
                    return;
                }
                if (dataKeyArticle == null && tag.equals("div") && "article".equals(el.attr("data-key"))) {
                    dataKeyArticle = el;
                }
                if (cardHeadline == null && "card-headline".equals(el.attr("data-key"))) {
                    cardHeadline = el;
                }
                String cls = el.className();
                if (cls.isEmpty()) {
                    return;
                }
                if (richTextStoryBody == null && tag.equals("div") && cls.contains("RichTextStoryBody")
                        && el.hasClass("RichTextStoryBody")) {
                    richTextStoryBody = el;
                }
                if (cardHeadline == null && cls.contains("CardHeadline") && el.hasClass("CardHeadline")) {
                    cardHeadline = el;
                }
                if (divArticle == null && tag.equals("div") && cls.contains("Article") && el.hasClass("Article")) {
                    divArticle = el;
                }
                if (hentry == null && (cls.contains("hnews") && el.hasClass("hnews")
                        || cls.contains("hentry") && el.hasClass("hentry"))) {
                    hentry = el;
                }
            }
        }
    }
}
