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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.ingest.ArticleGraphs;
import org.newskg.extract.Extractor;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Vocab;
import org.newskg.text.Article;

/** A body named in common words only is one where the story's region says whose it is, and no body elsewhere. */
class BodiesOfNoRegionTest {

    private static final Iris IRIS = new Iris("https://example.org/kg/");
    private static final ArticleGraphs GRAPHS = new ArticleGraphs(new Extractor(HanlpSegmenter.instance()),
            new EntityResolver(IRIS), new ArticleGraphWriter(IRIS));

    private static Graph graphOf(String body) {
        Article a = new Article("r-01", "r.jsonl", 1, "", List.of(), body, Optional.of(LocalDate.of(2024, 5, 10)),
                Optional.of(2024), Optional.empty(), Optional.empty());
        return GRAPHS.ofArticle(a).get(0).graph();
    }

    private static boolean mentionsOrgEndingWith(Graph g, String ending) {
        return g.find(Node.ANY, Vocab.MENTIONED_IN, Node.ANY).toList().stream()
                .anyMatch(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(IRIS.entity("org", ""))
                        && decoded(t.getSubject().getURI()).endsWith(ending));
    }

    private static String decoded(String iri) {
        return java.net.URLDecoder.decode(iri, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aMinistryOfNoStateInAStoryOfNoRegionIsNoBody() {
        Graph g = graphOf("当天，交通管理局发布通告，要求各方做好准备。");
        assertFalse(mentionsOrgEndingWith(g, "交通管理局"), "whose 交通管理局, no reader could tell");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "会议要求，县委、县政府要切实担起责任。|县委",
        "各社区党委积极组织志愿者上门服务。|社区党委",
        "受灾地区物资储备局连夜调运帐篷。|物资储备局",
        "当天，区商务服务中心组织企业参展。|商务服务中心",
    })
    void aBodyNoReaderCouldFindAgainIsNoBody(String body, String ending) {
        assertFalse(mentionsOrgEndingWith(graphOf(body), ending), "no region, no place of its own: " + ending);
    }

    @Test
    void aForeignAreasGovernmentKeepsItsName() {
        Graph g = graphOf("当天，华盛顿地区政府发布通告，要求各方做好准备。");
        assertFalse(mentionsOrgEndingWith(g, "人民政府"), "人民政府 is the name of Chinese governments only");
    }

    @Test
    void theMarketRegulatorIsNoBodyOfABareLevel() {
        Graph g = graphOf("当天，市场监管总局发布通告，要求各方做好准备。");
        assertTrue(mentionsOrgEndingWith(g, "市场监督管理总局") || mentionsOrgEndingWith(g, "市场监管总局"), "市场 is no 市");
    }

    @Test
    void aKnownMinistryNamedInCommonWordsStays() {
        Graph g = graphOf("当天，日本经济产业省发布数据，出口连续三个月下降。");
        assertTrue(mentionsOrgEndingWith(g, "经济产业省"), "a known body, not a province");
    }

    @Test
    void theSameBodyOfAStatedPlaceStays() {
        Graph g = graphOf("当天，杭州市交通管理局发布通告，要求各方做好准备。");
        assertTrue(mentionsOrgEndingWith(g, "杭州市交通管理局"), "a place of its own names it");
    }
}
