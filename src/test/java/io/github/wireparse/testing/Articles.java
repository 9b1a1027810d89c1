package io.github.wireparse.testing;

import io.github.wireparse.Article;

/** Helpers for comparing articles in tests. */
public final class Articles {

    private Articles() {}

    /**
     * {@return the article without its "malformed HTML" problems: {@code parseHtml(String)} checks
     * the markup and reports them, {@code parseHtml(Document)} gets a page already parsed and
     * cannot, and apart from them the two must give the same article}
     *
     * @param a the article
     */
    public static Article withoutMarkupProblems(Article a) {
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
                a.problems().stream()
                        .filter(p -> !p.message().startsWith("malformed HTML"))
                        .toList(),
                a.envelope(),
                a.attributions());
    }
}
