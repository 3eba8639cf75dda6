package org.newskg.store;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The fast way to fill an empty store: TDB2's parallel loader, which writes the node table
 * and builds every index in threads of its own while the build's threads extract. It runs as one
 * write transaction, so a crash in the middle leaves the store without articles, never half-loaded,
 * and the build can simply be run again. The prefixes, the ontology and the base IRI go in first;
 * the merged graph is gathered on the way (see {@link MergedGraph.Collector}) and goes in last.
 *
 * <p>Graphs are added as wholes; a graph name given twice keeps the last graph, as
 * {@link GraphStore#write} would (the repeats are put in by an ordinary write after the commit).
 * Use from one thread: TDB2 transactions belong to the thread that began them.
 */
public final class BulkLoad implements AutoCloseable {

    private static final MonitorOutput QUIET = (format, args) -> { };

    private final GraphStore store;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Set<String> names = new HashSet<>();
    private final Map<String, Graph> repeats = new LinkedHashMap<>();
    private final Set<String> sources = new HashSet<>();
    private final List<SourceGraphs> repeatedSources = new java.util.ArrayList<>();
    private final MergedGraph.Collector merged = new MergedGraph.Collector();
    private long statements;
    private boolean finished;

    BulkLoad(GraphStore store, java.util.Optional<String> base) {
        this.store = store;
        this.loader = LoaderFactory.parallelLoader(store.datasetGraph(), QUIET);
        loader.startBulk();
        this.stream = loader.stream();
        GraphStore.PREFIXES.forEach(stream::prefix);
        Node ontology = NodeFactory.createURI(GraphStore.ONTOLOGY_GRAPH);
        GraphStore.ontologyGraph().find().forEachRemaining(t -> stream.quad(
                Quad.create(ontology, t.getSubject(), t.getPredicate(), CanonicalLiterals.canonical(t.getObject()))));
        base.ifPresent(b -> stream.quad(Quad.create(GraphStore.metaGraphNode(), GraphStore.metaGraphNode(),
                GraphStore.uriSpace(), NodeFactory.createLiteralString(b))));
    }

    /**
     * Adds the graphs of one input file. A file name given twice (two folders holding files of
     * the same name) replaces the first one's articles as {@link GraphStore#write} would, after the commit.
     */
    public void addSource(SourceGraphs source) {
        check();
        if (!sources.add(source.sourceFile())) {
            repeatedSources.add(source);
            return;
        }
        addAll(source.graphs());
    }

    /** Adds one article's graph, named by the article's IRI. */
    public void add(String graphIri, Graph graph) {
        check();
        if (GraphStore.isReserved(graphIri)) {
            throw new IllegalArgumentException("graph name " + graphIri + " is reserved");
        }
        if (!names.add(graphIri)) {
            repeats.put(graphIri, graph);   // replaced after the commit, as a write would replace it
            return;
        }
        Node name = NodeFactory.createURI(graphIri);
        graph.find().forEachRemaining(t -> {
            Triple canonical = Triple.create(t.getSubject(), t.getPredicate(), CanonicalLiterals.canonical(t.getObject()));
            stream.quad(Quad.create(name, canonical));
            merged.add(name, canonical, this::addMerged);
        });
        statements += graph.size();
    }

    /** Adds every graph of {@code graphs}. */
    public void addAll(Map<String, Graph> graphs) {
        graphs.forEach(this::add);
    }

    private void addMerged(Quad q) {
        stream.quad(q);
        statements++;
    }

    /** The statements added so far, those of the merged graph included. */
    public long statements() {
        return statements;
    }

    /** Builds the remaining indexes and commits; then applies graph names that came twice. */
    public void commit() {
        check();
        merged.finish(this::addMerged);
        finished = true;
        loader.finishBulk();
        if (!repeats.isEmpty() || !repeatedSources.isEmpty()) {
            store.write(repeatedSources, repeats);
        }
    }

    /** Without {@link #commit()}, abandons the load: the store stays empty. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                loader.finishException(new IllegalStateException("bulk load abandoned"));
            } finally {
                store.reconnect();
            }
        }
    }

    private void check() {
        if (finished) {
            throw new IllegalStateException("bulk load already finished");
        }
    }
}
