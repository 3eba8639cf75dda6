package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Vocab;

class UnionCountsTest {

    private static final String EX = "http://example.org/";

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    @Test
    void aTripleInSeveralGraphsCountsOnceAndTypesCountSubjectsOncePerClass() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Node g1 = iri("g1");
        Node g2 = iri("g2");
        Txn.executeWrite(dsg, () -> {
            for (Node g : new Node[] {g1, g2}) {
                dsg.add(g, iri("a"), Vocab.TYPE, iri("Person"));
                dsg.add(g, iri("a"), iri("name"), NodeFactory.createLiteralString("甲"));
            }
            dsg.add(g2, iri("a"), Vocab.TYPE, iri("Agent"));
            dsg.add(g2, iri("b"), Vocab.TYPE, iri("Person"));
            dsg.add(g1, iri("b"), iri("age"), NodeFactory.createLiteralDT("42", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
        UnionCounts c = Txn.calculateRead(dsg, () -> UnionCounts.of(dsg).orElseThrow());
        assertEquals(5, c.triples());
        assertEquals(Map.of(EX + "Person", 2L, EX + "Agent", 1L), c.entitiesByClass());
        assertEquals(Map.of(Vocab.TYPE.getURI(), 3L, EX + "name", 1L, EX + "age", 1L), c.triplesByProperty());
    }

    @Test
    void agreesWithSparqlOnRandomGraphs() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Random random = new Random(20261123);
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 3000; i++) {
                Node g = iri("g" + random.nextInt(8));
                Node s = iri("s" + random.nextInt(60));
                if (random.nextInt(3) == 0) {
                    dsg.add(g, s, Vocab.TYPE, iri("C" + random.nextInt(5)));
                } else {
                    Node o = random.nextBoolean() ? iri("s" + random.nextInt(60))
                            : NodeFactory.createLiteralString("v" + random.nextInt(20));
                    dsg.add(g, s, iri("p" + random.nextInt(6)), o);
                }
            }
        });
        UnionCounts c = Txn.calculateRead(dsg, () -> UnionCounts.of(dsg).orElseThrow());
        long triples = Txn.calculateRead(dsg, () -> counts(dsg,
                "SELECT (\"all\" AS ?k) (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }").values()
                .iterator().next());
        assertTrue(triples > 500, "the random graphs overlap but are not trivial: " + triples);
        assertEquals(triples, c.triples());
        assertEquals(Txn.calculateRead(dsg, () -> counts(dsg,
                "SELECT ?k (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?k ?o WHERE { GRAPH ?g { ?s ?k ?o } } } GROUP BY ?k")),
                c.triplesByProperty());
        assertEquals(Txn.calculateRead(dsg, () -> counts(dsg,
                "SELECT ?k (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?k } } GROUP BY ?k")),
                c.entitiesByClass());
    }

    @Test
    void anyOtherDatasetHasNoIndexCounts() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        assertTrue(Txn.calculateRead(mem, () -> UnionCounts.of(mem)).isEmpty());
    }

    private static Map<String, Long> counts(DatasetGraph dsg, String query) {
        Map<String, Long> out = new TreeMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            qe.select().forEachRemaining(row -> out.put(row.get("k").isURI() ? row.get("k").getURI() : row.get("k").getLiteralLexicalForm(),
                    ((Number) row.get("n").getLiteralValue()).longValue()));
        }
        return out;
    }
}
