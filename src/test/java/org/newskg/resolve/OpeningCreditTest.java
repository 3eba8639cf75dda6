package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.ArticleGraphs;
import org.newskg.extract.Extractor;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Vocab;
import org.newskg.text.Article;

/** The outlet of an opening credit reports the story: no entity of the article, unless the story names it too. */
class OpeningCreditTest {

    private static final Iris IRIS = new Iris("https://example.org/kg/");
    private static final ArticleGraphs GRAPHS = new ArticleGraphs(new Extractor(HanlpSegmenter.instance()),
            new EntityResolver(IRIS), new ArticleGraphWriter(IRIS));

    private static Graph graphOf(String body) {
        Article a = new Article("c-01", "c.jsonl", 1, "", List.of(), body, Optional.of(LocalDate.of(2024, 5, 10)),
                Optional.of(2024), Optional.empty(), Optional.empty());
        return GRAPHS.ofArticle(a).get(0).graph();
    }

    private static boolean mentions(Graph g, String orgName) {
        Node org = NodeFactory.createURI(IRIS.entity("org", orgName));
        return g.contains(org, Vocab.MENTIONED_IN, Node.ANY);
    }

    @Test
    void theCreditsOutletIsNoMentionButTheStorysOrganisationsAre() {
        Graph g = graphOf("新华社杭州4月8日电（记者 郑某某）浙江省商务厅8日发布数据，一季度全省外贸进出口增长6%。");
        assertFalse(mentions(g, "新华社"), "新华社 only signs the story");
        assertTrue(mentions(g, "浙江省商务厅"), "the body's organisation stays");
    }

    @Test
    void anOutletTheStoryItselfNamesIsKept() {
        Graph g = graphOf("新华社北京5月2日电 新华社与浙江省商务厅当日签署合作协议。");
        assertTrue(mentions(g, "新华社"), "named again in the story, it is a mention");
    }
}
