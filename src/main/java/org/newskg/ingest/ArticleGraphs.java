package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Extractor;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.ResolvedArticle;
import org.newskg.text.Article;
import org.newskg.text.Page;

/**
 * The flow from a page to the named graphs of its articles: annotate and relate each article,
 * resolve the page's entities together, write each article's statements.
 */
public final class ArticleGraphs {

    /** One article's statements, to be stored under {@code graphIri}. */
    public record Named(String graphIri, Graph graph, ArticleFacts facts) {
    }

    private final Extractor extractor;
    private final EntityResolver resolver;
    private final ArticleGraphWriter writer;

    public ArticleGraphs(Extractor extractor, EntityResolver resolver, ArticleGraphWriter writer) {
        this.extractor = extractor;
        this.resolver = resolver;
        this.writer = writer;
    }

    public List<Named> ofPage(Page page) {
        return of(page.text(), page.articles());
    }

    /** An article that stands alone (a JSON Lines record) is its own page. */
    public List<Named> ofArticle(Article article) {
        return of(article.text(), List.of(article));
    }

    private List<Named> of(String pageText, List<Article> articles) {
        List<ArticleFacts> facts = new ArrayList<>(articles.size());
        for (Article a : articles) {
            facts.add(extractor.extract(a));
        }
        List<Named> out = new ArrayList<>(articles.size());
        for (ResolvedArticle r : resolver.resolvePage(pageText, facts)) {
            out.add(new Named(r.articleIri(), writer.write(r), r.facts()));
        }
        return out;
    }
}
