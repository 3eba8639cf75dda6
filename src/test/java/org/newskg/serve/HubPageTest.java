package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Vocab;

/** A resource named in many articles gets a page of bounded size that says what it left out. */
class HubPageTest {

    private static final String BASE = "https://example.org/kg/";
    private static final int ARTICLES = 150;
    private static final int EVENTS = 130;
    private static String page;

    @BeforeAll
    static void render() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node person = NodeFactory.createURI(BASE + "person/林远山");
        for (int i = 0; i < ARTICLES; i++) {
            Node article = NodeFactory.createURI(BASE + "article/a" + i);
            dsg.add(article, article, Vocab.TYPE, Vocab.ARTICLE);
            dsg.add(article, person, Vocab.TYPE, Vocab.PERSON);
            dsg.add(article, person, Vocab.LABEL, NodeFactory.createLiteralLang("林远山", "zh"));
            dsg.add(article, person, Vocab.MENTIONED_IN, article);
            if (i < EVENTS) {
                Node event = NodeFactory.createURI(BASE + "event/a" + i + "-1");
                dsg.add(article, event, Vocab.TYPE, Vocab.nkg("Meeting"));
                dsg.add(article, event, Vocab.LABEL, NodeFactory.createLiteralLang("会议" + i, "zh"));
                dsg.add(article, event, Vocab.DATE, NodeFactory.createLiteralDT(
                        String.format("2024-%02d-%02d", 1 + i / 28, 1 + i % 28), XSDDatatype.XSDdate));
                dsg.add(article, event, Vocab.nkg("chair"), person);
                dsg.add(article, event, Vocab.MENTIONED_IN, article);
            }
        }
        page = new HtmlRenderer(new GraphLookup(dsg), new LocalLinks(BASE)).entityPage(person);
    }

    private static int count(String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theLatestEventsAreShownAndTheRestCounted() {
        assertEquals(HtmlRenderer.MAX_ROWS, count("<tr class=\"event\">"));
        int first = page.indexOf("2024-05-18");   // the latest of the 130 dates
        int older = page.indexOf("2024-03-01");
        assertTrue(first > 0 && (older < 0 || first < older), "latest first");
        assertTrue(page.contains("另有 " + (EVENTS - HtmlRenderer.MAX_ROWS) + " 行"), "the events left out are counted");
    }

    @Test
    void aValueStatedByManyArticlesIsOneRowAndMentionsAreCapped() {
        assertEquals(1, count("<td><span lang=\"zh\">林远山</span></td>"), "one row for the repeated label");
        assertTrue(page.contains("… " + (ARTICLES - HtmlRenderer.MAX_SOURCES) + " more"), "its other sources are counted");
        assertTrue(page.contains("另有 " + (ARTICLES - HtmlRenderer.MAX_ROWS) + " 行"), "mentions beyond the cap are counted");
        assertTrue(page.contains("?format=ttl\">Turtle</a>"), "and the full description is linked");
        assertTrue(page.length() < 200_000, "bounded: " + page.length());
    }
}
