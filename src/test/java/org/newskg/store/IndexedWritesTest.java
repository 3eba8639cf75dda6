package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Vocab;

/**
 * Writes through {@link GraphStore#indexedForWrites()} reach the full-text index once committed;
 * an index that cannot be written leaves the write in the store and is rebuilt at the next open.
 */
class IndexedWritesTest {

    private static final String EX = "http://example.org/iw/";

    @TempDir
    Path dir;

    private static Quad label(String graph, String subject, String label) {
        return Quad.create(NodeFactory.createURI(EX + graph), NodeFactory.createURI(EX + subject), Vocab.LABEL,
                NodeFactory.createLiteralLang(label, "zh"));
    }

    private static Set<String> names(GraphStore store, String words) {
        return TextIndexingTest.textQuery(store.textDataset(), Vocab.LABEL.getURI(), words);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void committedWritesReachTheIndexAndAbortedOnesDoNot() {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            DatasetGraph writes = store.indexedForWrites();
            Txn.executeWrite(writes, () -> writes.add(label("g1", "a", "司空晏清")));
            assertEquals(Set.of(EX + "a"), names(store, "司空"));

            writes.begin(org.apache.jena.query.TxnType.WRITE);
            writes.add(label("g1", "b", "闾丘云岫"));
            writes.abort();
            writes.end();
            assertEquals(Set.of(), names(store, "闾丘"), "an aborted write leaves the index alone");

            // a graph cleared through a graph view (as CLEAR GRAPH does) leaves the index
            Txn.executeWrite(writes, () -> writes.getGraph(NodeFactory.createURI(EX + "g1")).clear());
            assertEquals(Set.of(), names(store, "司空"));
        }
    }

    @Test
    void aWriteWhoseIndexUpdateFailsStaysAndTheIndexIsRebuiltAtTheNextOpen() throws IOException {
        Path storeDir = dir.resolve("tdb2");
        Quad second = label("g2", "c", "闾丘望舒");
        try (GraphStore store = GraphStore.open(storeDir)) {
            DatasetGraph writes = store.indexedForWrites();
            Txn.executeWrite(writes, () -> writes.add(label("g1", "a", "司空晏清")));
            assertEquals(Set.of(EX + "a"), names(store, "司空"));
            // the index's folder vanishes under the running store: the next index update cannot be written
            deleteTree(store.textIndexDirectory());
            Txn.executeWrite(writes, () -> writes.add(second));
            assertTrue(Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().contains(second)),
                    "the write committed");
            assertTrue(Files.exists(storeDir.resolve("text-index.stale")), "the index is marked for rebuilding");
        }
        try (GraphStore store = GraphStore.open(storeDir)) {
            assertEquals(Set.of(EX + "c"), names(store, "闾丘"), "the rebuilt index holds the write");
            assertEquals(Set.of(EX + "a"), names(store, "司空"));
            assertFalse(Files.exists(storeDir.resolve("text-index.stale")));
        }
    }

    @Test
    void theGraphsOfAWriteAreNotedOnlyForTheThreadThatWrote() {
        java.util.List<GraphChangeTracking.Changed> seen = new java.util.ArrayList<>();
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            DatasetGraph tracked = new GraphChangeTracking(store.datasetGraph(), changed -> { }, seen::add);
            Txn.executeWrite(tracked, () -> {
                tracked.add(label("g1", "a", "甲"));
                tracked.getDefaultGraph().add(label("g1", "b", "乙").asTriple());
                tracked.deleteAny(NodeFactory.createURI(EX + "g2"), Node.ANY, Node.ANY, Node.ANY);
            });
            Txn.executeRead(tracked, () -> assertTrue(tracked.find().hasNext()));
            Txn.executeWrite(tracked, () -> tracked.deleteAny(Node.ANY, Node.ANY, Vocab.LABEL, Node.ANY));
        }
        assertEquals(2, seen.size(), "one notice per committed write, none for the read");
        assertEquals(Set.of(NodeFactory.createURI(EX + "g1"), NodeFactory.createURI(EX + "g2"), Quad.defaultGraphIRI),
                seen.get(0).graphs());
        assertFalse(seen.get(0).all());
        assertTrue(seen.get(1).all(), "a delete over any graph touches them all");
    }
}
