package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Vocab;

/** The merged graph holds each entity once with its article count, and follows every write. */
class MergedGraphTest {

    private static final String P = "https://w3id.org/newskg/person/";
    private static final Node MERGED = NodeFactory.createURI(GraphStore.MERGED_GRAPH);

    @TempDir
    Path dir;

    private static Set<String> merged(GraphStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> out = new TreeSet<>();
            store.datasetGraph().find(MERGED, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject() + " " + q.getPredicate() + " " + q.getObject()));
            return out;
        });
    }

    private static long articleCount(GraphStore store, String iri) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            var it = store.datasetGraph().find(MERGED, NodeFactory.createURI(iri), Vocab.ARTICLE_COUNT, Node.ANY);
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0L;
        });
    }

    private static long count(GraphStore store, Node s, Node p) {
        return Txn.calculateRead(store.datasetGraph(), () -> org.apache.jena.atlas.iterator.Iter.count(
                store.datasetGraph().find(MERGED, s, p, Node.ANY)));
    }

    @Test
    void eachEntityOnceWithTheNumberOfArticlesAndWithoutArticleOnlyStatements() {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            store.replaceSources(SampleData.batch());
            assertEquals(3, articleCount(store, P + "赵明远"));
            assertEquals(2, articleCount(store, P + "孙晓棠"));
            assertEquals(2, articleCount(store, "https://w3id.org/newskg/membership/h1"));
            Node zhao = NodeFactory.createURI(P + "赵明远");
            assertEquals(1, count(store, zhao, Vocab.LABEL), "one label though three articles give it");
            assertEquals(0, count(store, Node.ANY, Vocab.MENTIONED_IN));
            assertEquals(0, count(store, Node.ANY, Vocab.EVIDENCE));
            assertEquals(0, count(store, NodeFactory.createURI("https://w3id.org/newskg/article/k1"), Node.ANY),
                    "an article's own statements stay in its graph");
            // the chair and the attendee of an event are its participants too
            Node meeting = NodeFactory.createURI("https://w3id.org/newskg/event/k1-1");
            assertEquals(2, count(store, meeting, Vocab.PARTICIPANT));
            assertTrue(merged(store).contains(meeting + " " + Vocab.nkg("chair") + " " + zhao));
        }
    }

    @Test
    void replacingAndDroppingArticlesUpdatesTheCountsAndLetsUnmentionedEntitiesGo() {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            store.replaceSources(SampleData.batch());
            // 102_beta.txt now holds nothing about the signing: its article goes, and who was only there goes too
            Graph k3 = GraphFactory.createDefaultGraph();
            Node article = NodeFactory.createURI("https://w3id.org/newskg/article/k3");
            k3.add(article, Vocab.TYPE, Vocab.ARTICLE);
            k3.add(article, Vocab.SOURCE_FILE, NodeFactory.createLiteralString("102_beta.txt"));
            store.replaceSources(List.of(new SourceGraphs("102_beta.txt", Map.of(article.getURI(), k3))));
            assertEquals(2, articleCount(store, P + "赵明远"));
            assertEquals(1, articleCount(store, P + "孙晓棠"));
            assertEquals(0, count(store, NodeFactory.createURI("https://w3id.org/newskg/org/北辰新材料集团有限公司"), Node.ANY));
            assertEquals(0, count(store, NodeFactory.createURI("https://w3id.org/newskg/event/k3-1"), Node.ANY));
        }
    }

    @Test
    void aBulkLoadAWriteAndARebuildGiveTheSameMergedGraph() {
        Set<String> written;
        try (GraphStore store = GraphStore.open(dir.resolve("written"))) {
            store.replaceSources(SampleData.batch());
            written = merged(store);
            store.rebuildMergedGraph();
            assertEquals(written, merged(store));
        }
        try (GraphStore store = GraphStore.open(dir.resolve("bulk"))) {
            try (BulkLoad load = store.bulkLoad()) {
                SampleData.batch().forEach(load::addSource);
                load.commit();
            }
            assertEquals(written, merged(store));
        }
        assertFalse(written.isEmpty());
    }

    @Test
    void aStoreWithoutAMergedGraphGetsOneWhenAsked() {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            store.replaceSources(SampleData.batch());
            Set<String> expected = merged(store);
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().deleteAny(MERGED, Node.ANY, Node.ANY, Node.ANY));
            assertTrue(store.ensureMergedGraph());
            assertEquals(expected, merged(store));
            assertFalse(store.ensureMergedGraph(), "nothing to do the second time");
        }
    }

    /** Random writes, replacements and drops over a few shared subjects: the merged graph always equals a rebuild. */
    @Test
    void followingByDifferenceAgreesWithARebuildAfterEveryWrite() {
        java.util.Random random = new java.util.Random(20261123);
        List<Node> subjects = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            subjects.add(NodeFactory.createURI(P + "s" + i));
        }
        List<Node> predicates = List.of(Vocab.LABEL, Vocab.ALT_LABEL, Vocab.nkg("chair"), Vocab.nkg("attendee"), Vocab.PARTICIPANT,
                Vocab.EVIDENCE, Vocab.TYPE);
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            for (int step = 0; step < 40; step++) {
                String source = "f" + random.nextInt(4) + ".txt";
                Map<String, Graph> graphs = new java.util.HashMap<>();
                int articles = random.nextInt(3);   // none: the source's articles go
                for (int a = 0; a < articles; a++) {
                    Node article = NodeFactory.createURI("https://w3id.org/newskg/article/" + source + "-" + a);
                    Graph g = GraphFactory.createDefaultGraph();
                    g.add(article, Vocab.TYPE, Vocab.ARTICLE);
                    g.add(article, Vocab.SOURCE_FILE, NodeFactory.createLiteralString(source));
                    for (int k = 0; k < 6; k++) {
                        Node s = subjects.get(random.nextInt(subjects.size()));
                        Node o = random.nextBoolean() ? subjects.get(random.nextInt(subjects.size()))
                                : NodeFactory.createLiteralLang("名" + random.nextInt(3), "zh");
                        g.add(s, predicates.get(random.nextInt(predicates.size())), o);
                        if (random.nextInt(3) > 0) {
                            g.add(s, Vocab.MENTIONED_IN, article);
                        }
                    }
                    graphs.put(article.getURI(), g);
                }
                store.replaceSources(List.of(new SourceGraphs(source, graphs)));
                Set<String> followed = merged(store);
                store.rebuildMergedGraph();
                assertEquals(merged(store), followed, "after step " + step);
            }
        }
    }
}
