package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Vocab;

/** The bulk path gives the same store as ordinary writes, and nothing at all when abandoned. */
class BulkLoadTest {

    @TempDir
    Path dir;

    private static Map<String, Graph> sampleGraphs() {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        SampleData.batch().forEach(source -> graphs.putAll(source.graphs()));
        return graphs;
    }

    private static java.util.Set<Quad> quads(GraphStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            java.util.Set<Quad> all = new java.util.HashSet<>();
            // the ontology's blank nodes differ from one parse to the next: compare the articles' graphs
            store.datasetGraph().find().forEachRemaining(q -> {
                if (!q.getGraph().getURI().equals(GraphStore.ONTOLOGY_GRAPH)) {
                    all.add(q);
                }
            });
            return all;
        });
    }

    @Test
    void bulkLoadEqualsOrdinaryWritesAndAnswersQueriesByEveryIndex() {
        try (GraphStore ordinary = GraphStore.open(dir.resolve("a")); GraphStore bulk = GraphStore.open(dir.resolve("b"))) {
            ordinary.ensureOntology();
            ordinary.write(java.util.List.of(), sampleGraphs());
            assertTrue(bulk.isEmpty());
            try (BulkLoad load = bulk.bulkLoad()) {
                load.addAll(sampleGraphs());
                load.commit();
            }
            assertEquals(quads(ordinary), quads(bulk));
            assertEquals(ordinary.countQuads(), bulk.countQuads());
            assertTrue(bulk.hasOntology());
            // a lookup by object and by predicate goes through the secondary indexes the loader built
            String q = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s <" + Vocab.LABEL.getURI() + "> ?o } }";
            assertEquals(count(ordinary, q), count(bulk, q));
            assertTrue(count(bulk, q) > 0);
        }
    }

    private static long count(GraphStore store, String query) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (var exec = QueryExecutionFactory.create(query, store.dataset())) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void aGraphNameGivenTwiceKeepsTheLastGraphWhole() {
        Node s = NodeFactory.createURI("https://w3id.org/newskg/person/测试人");
        Graph first = GraphFactory.createDefaultGraph();
        first.add(Triple.create(s, Vocab.LABEL, NodeFactory.createLiteralLang("旧名", "zh")));
        first.add(Triple.create(s, Vocab.ALT_LABEL, NodeFactory.createLiteralLang("别名", "zh")));
        Graph second = GraphFactory.createDefaultGraph();
        second.add(Triple.create(s, Vocab.LABEL, NodeFactory.createLiteralLang("新名", "zh")));
        String g = "https://w3id.org/newskg/article/twice";
        try (GraphStore store = GraphStore.open(dir.resolve("c"))) {
            try (BulkLoad load = store.bulkLoad()) {
                load.add(g, first);
                load.add(g, second);
                load.commit();
            }
            Node name = NodeFactory.createURI(g);
            long inGraph = Txn.calculateRead(store.datasetGraph(),
                    () -> org.apache.jena.atlas.iterator.Iter.count(store.datasetGraph().find(name, Node.ANY, Node.ANY, Node.ANY)));
            assertEquals(1, inGraph);
            assertTrue(Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().contains(name, s, Vocab.LABEL,
                    NodeFactory.createLiteralLang("新名", "zh"))));
        }
    }

    @Test
    void anAbandonedLoadLeavesTheStoreEmptyAndUsable() {
        try (GraphStore store = GraphStore.open(dir.resolve("d"))) {
            try (BulkLoad load = store.bulkLoad()) {
                load.addAll(sampleGraphs());
                // no commit: as if the build failed half-way
            }
            assertTrue(store.isEmpty());
            store.ensureOntology();
            store.write(java.util.List.of(), sampleGraphs());
            assertFalse(store.isEmpty());
        }
    }

    @Test
    void refusesAStoreThatHoldsArticles() {
        try (GraphStore store = GraphStore.open(dir.resolve("e"))) {
            store.ensureOntology();
            store.write(java.util.List.of(), sampleGraphs());
            IllegalStateException e = assertThrows(IllegalStateException.class, store::bulkLoad);
            assertTrue(e.getMessage().contains("holds articles"));
        }
    }

    @Test
    void aStoreWithOnlyTheOntologyAndBaseKeepsThemThroughABulkLoad() {
        try (GraphStore store = GraphStore.open(dir.resolve("f"))) {
            store.useBase("https://example.org/kg/");
            store.ensureOntology();
            try (BulkLoad load = store.bulkLoad()) {
                load.addSource(new SourceGraphs("a.txt", sampleGraphs()));
                load.commit();
            }
            assertEquals(java.util.Optional.of("https://example.org/kg/"), store.storeBase());
            assertTrue(store.hasOntology());
            assertEquals(sampleGraphs().keySet(), store.graphNames());
        }
    }

    @Test
    void aSourceFileGivenTwiceIsReplacedAsAWhole() {
        java.util.List<SourceGraphs> batch = SampleData.batch();
        SourceGraphs alpha = batch.get(0);
        // the second file of the same name holds one article under another name
        String replacement = "https://w3id.org/newskg/article/replacement";
        Graph again = alpha.graphs().values().iterator().next();
        java.util.Set<String> expected = new java.util.HashSet<>(sampleGraphs().keySet());
        expected.removeAll(alpha.graphs().keySet());
        expected.add(replacement);
        try (GraphStore store = GraphStore.open(dir.resolve("g"))) {
            try (BulkLoad load = store.bulkLoad()) {
                batch.forEach(load::addSource);
                load.addSource(new SourceGraphs(alpha.sourceFile(), Map.of(replacement, again)));
                load.commit();
            }
            // every article of the first file is gone, as after a rebuild of that file
            assertEquals(expected, store.graphNames());
        }
    }
}
