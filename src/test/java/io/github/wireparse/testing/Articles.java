package io.github.wireparse.testing;

import io.github.wireparse.Article;
import java.util.List;

/** Helpers for comparing articles in tests. */
public final class Articles {

    private Articles() {
    }

    /**
     * {@return the article with an empty problem list: what two ways of reading the same page must
     * agree on, when only one of them reports markup errors}
     *
     * @param a the article
     */
    public static Article withoutProblems(Article a) {
        return new Article(a.text(), a.format(), a.headline(), a.byline(), a.dateline(),
                a.paragraphs(), a.boilerplate(), a.quotes(), a.sources(), a.metadata(), List.of());
    }
}
