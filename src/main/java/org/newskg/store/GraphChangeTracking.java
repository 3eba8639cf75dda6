package org.newskg.store;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * A view of a dataset that notes which graphs the writes of each transaction touch and, once the
 * transaction has committed, hands their names to a listener. Every write of SPARQL Update and of
 * the graph store protocol ends in the few dataset methods overridden here (the graph views it
 * returns write through them too), so the graphs are known exactly, also for an update whose graph
 * is a variable bound in its WHERE clause. Reads and transactions pass straight to the dataset
 * (ARQ runs queries on a wrapper with the wrapped dataset's engine), and nothing is done in a read
 * transaction. The listener runs after the commit, outside the transaction: it sees the committed
 * state, and whatever it does cannot undo the write.
 */
final class GraphChangeTracking extends DatasetGraphWrapper {

    /**
     * The graphs a transaction changed.
     *
     * @param graphs   their names ({@link Quad#defaultGraphIRI} for the default graph)
     * @param all      whether a write reached every graph at once (CLEAR ALL, a whole-dataset PUT)
     * @param subjects the subjects of the statements added or removed (all of them unless {@code all})
     */
    record Changed(Set<Node> graphs, boolean all, Set<Node> subjects) {
        Changed {
            graphs = Set.copyOf(graphs);
            subjects = Set.copyOf(subjects);
        }
    }

    /** What the current transaction of one thread has touched so far. */
    private static final class Touched {
        final Set<Node> graphs = new LinkedHashSet<>();
        final Set<Node> subjects = new java.util.HashSet<>();
        boolean all;

        Changed changed() {
            return new Changed(graphs, all, subjects);
        }
    }

    private final Consumer<Changed> beforeCommit;
    private final Consumer<Changed> afterCommit;
    // writes belong to the thread that holds the write transaction
    private final ThreadLocal<Touched> touched = new ThreadLocal<>();

    /**
     * @param beforeCommit runs inside the write transaction, after its writes, to bring data derived
     *                     from the changed statements in step in the same commit
     * @param afterCommit  runs once the transaction has committed
     */
    GraphChangeTracking(DatasetGraph base, Consumer<Changed> beforeCommit, Consumer<Changed> afterCommit) {
        super(base);
        this.beforeCommit = beforeCommit;
        this.afterCommit = afterCommit;
    }

    private Touched current() {
        Touched t = touched.get();
        if (t == null) {
            t = new Touched();
            touched.set(t);
        }
        return t;
    }

    /** Notes the subjects of what matches a pattern, before it is deleted. */
    private void touchMatches(Node g, Node s, Node p, Node o) {
        Touched t = current();
        if (s != null && s.isConcrete()) {
            t.subjects.add(s);
        } else {
            getWrapped().find(g, s, p, o).forEachRemaining(q -> t.subjects.add(q.getSubject()));
        }
    }

    private void touch(Node graph) {
        Touched t = current();
        if (graph == null || Quad.isDefaultGraph(graph)) {
            t.graphs.add(Quad.defaultGraphIRI);
        } else if (graph.isConcrete() && !Quad.isUnionGraph(graph)) {
            t.graphs.add(graph);
        } else {
            t.all = true;   // a pattern or the union graph: any graph may have changed
        }
    }

    private void touchAll() {
        touch(Node.ANY);
    }

    /** Notes one statement's graph and subject. */
    private void touch(Node graph, Node subject) {
        touch(graph);
        current().subjects.add(subject);
    }

    @Override
    public void add(Quad quad) {
        touch(quad.getGraph(), quad.getSubject());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        touch(g, s);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        touch(quad.getGraph(), quad.getSubject());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        touch(g, s);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        touch(g);
        touchMatches(g, s, p, o);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        touch(graphName);
        touchMatches(graphName, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> current().subjects.add(t.getSubject()));
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        touch(graphName);
        touchMatches(graphName, Node.ANY, Node.ANY, Node.ANY);
        super.removeGraph(graphName);
    }

    @Override
    public void clear() {
        touchAll();
        super.clear();
    }

    /** A view whose writes come back through this dataset, so that they are noted. */
    @Override
    public Graph getGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) ? getDefaultGraph() : GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public void begin() {
        touched.remove();
        super.begin();
    }

    @Override
    public void begin(TxnType type) {
        touched.remove();
        super.begin(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        touched.remove();
        super.begin(mode);
    }

    @Override
    public void commit() {
        Touched t = touched.get();
        boolean changed = t != null && (t.all || !t.graphs.isEmpty());
        if (changed) {
            beforeCommit.accept(t.changed());
        }
        touched.remove();
        super.commit();
        if (changed) {
            afterCommit.accept(t.changed());
        }
    }

    @Override
    public void abort() {
        touched.remove();
        super.abort();
    }

    @Override
    public void end() {
        touched.remove();
        super.end();
    }
}
