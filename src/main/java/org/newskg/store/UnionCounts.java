package org.newskg.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.newskg.rdf.Vocab;

/**
 * Counts over the union of a TDB2 store's named graphs, a triple stated in several graphs counted
 * once, read straight off the quad indexes. In subject-first (SPOG) order the copies of a triple
 * are neighbours, as are the graphs typing one subject in predicate-first (POSG) order, so
 * "distinct" is a comparison with the previous record: one pass, nothing held per triple, and no
 * node decoded but the properties and classes named in the result. The same figures by SPARQL
 * (COUNT over SELECT DISTINCT) take seconds per million statements.
 *
 * @param triples           distinct triples in all named graphs together
 * @param triplesByProperty distinct triples per property, by property IRI
 * @param entitiesByClass   distinct subjects typed with each class (rdf:type as stated, no
 *                          subclass reasoning), by class IRI
 */
public record UnionCounts(long triples, Map<String, Long> triplesByProperty, Map<String, Long> entitiesByClass) {

    // Tuples of the quad table come in its primary order, graph-subject-predicate-object.
    private static final int S = 1;
    private static final int P = 2;
    private static final int O = 3;

    /**
     * The counts of {@code dsg}, which must be (or wrap) a TDB2 dataset; empty for any other kind
     * of dataset. The caller holds a read transaction.
     */
    public static Optional<UnionCounts> of(DatasetGraph dsg) {
        Optional<DatasetGraphTDB> found = GraphStore.tdb2Under(dsg);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DatasetGraphTDB tdb = found.get();
        TupleTable quads = tdb.getQuadTable().getNodeTupleTable().getTupleTable();
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        TupleIndex spog = quads.selectIndex("SPOG");
        TupleIndex posg = quads.selectIndex("POSG");
        if (spog == null || posg == null) {
            return Optional.empty();
        }
        Map<NodeId, long[]> byProperty = new LinkedHashMap<>();
        long triples = 0;
        Tuple<NodeId> previous = null;
        for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            if (previous == null || !sameAt(previous, t, S, P, O)) {
                triples++;
                byProperty.computeIfAbsent(t.get(P), k -> new long[1])[0]++;
            }
            previous = t;
        }
        Map<NodeId, long[]> byClass = new LinkedHashMap<>();
        NodeId type = nodes.getNodeIdForNode(Vocab.TYPE);
        if (type != null && !NodeId.isDoesNotExist(type)) {
            previous = null;
            Tuple<NodeId> typed = TupleFactory.tuple(NodeId.NodeIdAny, NodeId.NodeIdAny, type, NodeId.NodeIdAny);
            for (Iterator<Tuple<NodeId>> it = posg.find(typed); it.hasNext(); ) {
                Tuple<NodeId> t = it.next();
                if (previous == null || !sameAt(previous, t, O, S)) {
                    byClass.computeIfAbsent(t.get(O), k -> new long[1])[0]++;
                }
                previous = t;
            }
        }
        return Optional.of(new UnionCounts(triples, named(byProperty, nodes), named(byClass, nodes)));
    }

    private static boolean sameAt(Tuple<NodeId> a, Tuple<NodeId> b, int... positions) {
        for (int i : positions) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** By IRI, sorted; a blank-node or literal "class" (not written by newskg) is left out. */
    private static Map<String, Long> named(Map<NodeId, long[]> counts, NodeTable nodes) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((id, n) -> {
            Node node = nodes.getNodeForNodeId(id);
            if (node.isURI()) {
                out.merge(node.getURI(), n[0], Long::sum);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }
}
