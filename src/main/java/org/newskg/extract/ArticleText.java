package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.Token;
import org.newskg.text.Article;

/** An article with its segmentation: what every recogniser of one article reads. */
public record ArticleText(Article article, List<Token> tokens) {

    public ArticleText {
        tokens = List.copyOf(tokens);
    }

    public String text() {
        return article.text();
    }
}
