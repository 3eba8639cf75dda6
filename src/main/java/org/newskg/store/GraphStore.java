package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.rdf.Vocab;

/**
 * The TDB2 store of the graph: one named graph per article, the ontology in its own graph, and a
 * small metadata graph. Every change is one write transaction, so readers (the server) never see
 * half a batch, and a crash leaves the store as it was before the batch.
 */
public final class GraphStore implements AutoCloseable {

    /** Where the ontology lives in the store. */
    public static final String ONTOLOGY_GRAPH = Vocab.ONTOLOGY_GRAPH;
    /** A small graph of facts about the store itself (the base IRI it was built with). */
    public static final String META_GRAPH = "https://w3id.org/newskg/meta";
    /** Every entity once, merged from the article graphs (see {@link MergedGraph}). */
    public static final String MERGED_GRAPH = Vocab.MERGED_GRAPH;
    /** The base IRI entities are minted under unless a build says otherwise. */
    public static final String DEFAULT_BASE = org.newskg.resolve.Iris.DEFAULT_BASE;

    static final String ONTOLOGY_RESOURCE = "ontology/newskg.ttl";
    static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private static final Node ONTOLOGY_GRAPH_NODE = NodeFactory.createURI(ONTOLOGY_GRAPH);
    private static final Node META_GRAPH_NODE = NodeFactory.createURI(META_GRAPH);
    private static final Node URI_SPACE = NodeFactory.createURI("http://rdfs.org/ns/void#uriSpace");

    static final Map<String, String> PREFIXES = Map.of(
            "nkg", Vocab.NKG, "org", Vocab.ORG, "schema", Vocab.SCHEMA, "skos", Vocab.SKOS,
            "rdfs", Vocab.RDFS, "xsd", Vocab.XSD, "foaf", Vocab.FOAF, "owl", Vocab.OWL, "prov", Vocab.PROV);

    private final Path directory;
    private volatile DatasetGraph dsg;
    private DatasetGraph textDataset;
    private org.apache.jena.query.text.TextIndex textIndex;

    private GraphStore(Path directory, DatasetGraph dsg) {
        this.directory = directory;
        this.dsg = dsg;
    }

    /**
     * Opens the store at {@code dir}, creating an empty one if there is none.
     *
     * @throws StoreInUseException when another process (a server, a build) holds the store
     */
    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + dir, e);
        }
        try {
            return new GraphStore(dir, DatabaseMgr.connectDatasetGraph(Location.create(dir)));
        } catch (DBOpEnvException e) {
            throw StoreInUseException.of(dir, e).orElseThrow(() -> e);
        }
    }

    /** Whether {@code dir} holds a TDB2 store (a directory with at least one {@code Data-NNNN} generation). */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
        } catch (IOException e) {
            return false;
        }
    }

    public Path directory() {
        return directory;
    }

    /** The store as a Jena dataset (for Fuseki and for queries); callers use transactions. */
    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** Where the full-text index of labels and article text lives: inside the store's folder. */
    public Path textIndexDirectory() {
        return directory.resolve("text-index");
    }

    /**
     * The store with its full-text index, the dataset the server serves: queries see the union of
     * the graphs and find the index through its context. Writes through it pass the index by
     * ({@link #indexedForWrites()} keeps it in step). A missing or stale index is built first.
     */
    public synchronized DatasetGraph textDataset() {
        if (textDataset == null) {
            boolean fresh = !Files.isDirectory(textIndexDirectory()) || Files.exists(staleMarker());
            dsg.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
            // the index stands beside the store, found by text:query through the dataset's context,
            // not wrapped around it: a wrapped index joins every TDB2 transaction, and a server's
            // finished reads would roll back a writer's pending index entries
            textIndex = TextIndexing.openIndex(textIndexDirectory());
            dsg.getContext().set(org.apache.jena.query.text.TextQuery.textIndex, textIndex);
            textDataset = dsg;
            if (fresh) {
                TextIndexing.reindex(dsg, textIndex);
                deleteStaleMarker();
            }
        }
        return textDataset;
    }

    /**
     * The store with its full-text index, for writes from outside a build (the server's update
     * endpoint): the graphs each write transaction touches are noted, and once it has committed
     * the index is brought in step with them. Queries through it behave as through
     * {@link #textDataset()}.
     */
    public synchronized DatasetGraph indexedForWrites() {
        return new GraphChangeTracking(textDataset(), this::beforeCommitOverHttp, this::refreshTextIndex);
    }

    /** Inside the write transaction: the merged graph follows what the write changed, the index is marked behind. */
    private void beforeCommitOverHttp(GraphChangeTracking.Changed changed) {
        indexWriteStarting();
        if (changed.all()) {
            MergedGraph.rebuild(dsg);
        } else if (changed.graphs().stream().anyMatch(MergedGraph::isArticleGraph)) {
            MergedGraph.refresh(dsg, changed.subjects());
        }
    }

    private void refreshTextIndex(GraphChangeTracking.Changed changed) {
        try {
            if (changed.all()) {
                TextIndexing.reindex(dsg, textIndex);
            } else {
                TextIndexing.refreshGraphs(dsg, textIndex, changed.graphs());
            }
        } catch (RuntimeException e) {
            indexNotUpdated(e);   // the write has committed and stands
        } finally {
            indexWriteDone();
        }
    }

    private Path staleMarker() {
        return directory.resolve("text-index.stale");
    }

    private void markTextIndexStale() {
        try {
            Files.writeString(staleMarker(), "rebuild the full-text index\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds the full-text index from the store, after a build has written past it: the
     * index is derived data, so rebuilding it whole keeps it consistent with every replacement.
     */
    public void reindexText() {
        // opening a missing or stale index rebuilds it already
        boolean rebuiltOnOpen = textDataset == null && (!Files.isDirectory(textIndexDirectory()) || Files.exists(staleMarker()));
        textDataset();
        if (!rebuiltOnOpen) {
            TextIndexing.reindex(dsg, textIndex);
        }
        if (indexWritesPending.get() == 0 && !indexFailed) {
            deleteStaleMarker();
        }
    }

    /** Index writes begun and not yet finished; while any is, the marker says the index may be behind. */
    private final java.util.concurrent.atomic.AtomicInteger indexWritesPending = new java.util.concurrent.atomic.AtomicInteger();
    /** An index update failed in this process: the marker stays until the index is rebuilt. */
    private volatile boolean indexFailed;

    /**
     * Before a write the index must follow: the marker goes down first, so that a process killed
     * between the store's commit and the index's finds the index rebuilt when the store is next opened.
     */
    private void indexWriteStarting() {
        textDataset();   // opened (and rebuilt if it was stale) before the marker is set
        if (indexWritesPending.getAndIncrement() == 0) {
            markTextIndexStale();
        }
    }

    private void indexWriteDone() {
        if (indexWritesPending.decrementAndGet() == 0 && !indexFailed) {
            deleteStaleMarker();
        }
    }

    /** The index is derived data: after a failed update it is rebuilt whole when the store is next opened. */
    private void indexNotUpdated(RuntimeException e) {
        indexFailed = true;
        System.err.println("warning: full-text index not updated (" + e + "); it is rebuilt when the store is next opened");
    }

    private void deleteStaleMarker() {
        try {
            Files.deleteIfExists(staleMarker());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the ontology from the classpath into its graph, replacing what was there. */
    public void ensureOntology() {
        Graph ontology = readResource(ONTOLOGY_RESOURCE);
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(ONTOLOGY_GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY);
            ontology.find().forEach(t -> dsg.add(ONTOLOGY_GRAPH_NODE, t.getSubject(), t.getPredicate(),
                    CanonicalLiterals.canonical(t.getObject())));
            PREFIXES.forEach((prefix, ns) -> dsg.prefixes().add(prefix, ns));
        });
    }

    /**
     * Builds the merged graph from the article graphs if the store has articles but no merged graph
     * (a store written before the merged graph existed). Returns whether it did.
     */
    public boolean ensureMergedGraph() {
        boolean missing = Txn.calculateRead(dsg, () -> !dsg.find(MergedGraph.NAME, Node.ANY, Node.ANY, Node.ANY).hasNext()
                && dsg.find(Node.ANY, Node.ANY, Vocab.MENTIONED_IN, Node.ANY).hasNext());
        if (missing) {
            rebuildMergedGraph();
        }
        return missing;
    }

    /** Recomputes the whole merged graph from the article graphs (after writes that bypassed the build). */
    public void rebuildMergedGraph() {
        Txn.executeWrite(dsg, () -> MergedGraph.rebuild(dsg));
    }

    /** Whether the ontology graph is in the store. */
    public boolean hasOntology() {
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(ONTOLOGY_GRAPH_NODE)
                && dsg.find(ONTOLOGY_GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /**
     * Replaces what the store holds from each source file of {@code batch} by the batch's graphs, in
     * one write transaction. For each source file, every named graph whose article has
     * {@code nkg:sourceFile "<file>"} is dropped; then its new graphs are added (a graph of the
     * same name is cleared first). Loading the same batch twice leaves the store unchanged.
     */
    public void replaceSources(List<SourceGraphs> batch) {
        write(batch, Map.of());
    }

    /**
     * One write transaction: the sources of {@code wholeSources} replaced as by
     * {@link #replaceSources}, and each graph of {@code articleGraphs} (articles that stand alone,
     * such as JSON Lines records) replacing the graph of the same name.
     */
    public void write(List<SourceGraphs> wholeSources, Map<String, Graph> articleGraphs) {
        for (SourceGraphs source : wholeSources) {
            source.graphs().keySet().forEach(iri -> checkNotReserved(source.sourceFile(), iri));
        }
        articleGraphs.keySet().forEach(iri -> checkNotReserved("article", iri));
        Set<String> dropped = new LinkedHashSet<>();
        Map<String, Graph> written = new java.util.LinkedHashMap<>();
        boolean indexed = textDataset != null || Files.isDirectory(textIndexDirectory());
        if (indexed) {
            indexWriteStarting();
        }
        try {
            writeGraphs(wholeSources, articleGraphs, dropped, written);
            if (indexed) {
                // the index follows the committed change
                try {
                    TextIndexing.replaceGraphs(textIndex, dropped, written);
                } catch (RuntimeException e) {
                    indexNotUpdated(e);   // the store is right
                }
            }
        } finally {
            if (indexed) {
                indexWriteDone();
            }
        }
    }

    private void writeGraphs(List<SourceGraphs> wholeSources, Map<String, Graph> articleGraphs, Set<String> dropped,
                             Map<String, Graph> written) {
        Txn.executeWrite(dsg, () -> {
            // the merged graph follows by difference, in the same transaction
            MergedGraph.Delta delta = new MergedGraph.Delta();
            for (SourceGraphs source : wholeSources) {
                for (Node old : graphsFromSource(source.sourceFile())) {
                    delta.dropping(dsg, old);
                    dsg.deleteAny(old, Node.ANY, Node.ANY, Node.ANY);
                    dropped.add(old.getURI());
                }
                source.graphs().forEach((iri, graph) -> putGraph(iri, graph, delta));
                written.putAll(source.graphs());
            }
            articleGraphs.forEach((iri, graph) -> putGraph(iri, graph, delta));
            written.putAll(articleGraphs);
            delta.apply(dsg);
        });
    }

    /** Whether {@code graphIri} names one of the store's own graphs (ontology, metadata, merged), no article's. */
    public static boolean isReserved(String graphIri) {
        return graphIri.equals(ONTOLOGY_GRAPH) || graphIri.equals(META_GRAPH) || graphIri.equals(MERGED_GRAPH);
    }

    /**
     * The TDB2 database under {@code dsg} and any wrappers around it (a text index, a change
     * tracker); empty when there is none.
     */
    public static Optional<DatasetGraphTDB> tdb2Under(DatasetGraph dsg) {
        DatasetGraph base = dsg;
        while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper w) {
            base = w.getWrapped();
        }
        return TDBInternal.isTDB2(base) ? Optional.of(TDBInternal.getDatasetGraphTDB(base)) : Optional.empty();
    }

    private static void checkNotReserved(String what, String graphIri) {
        if (isReserved(graphIri)) {
            throw new IllegalArgumentException(what + ": graph name " + graphIri + " is reserved");
        }
    }

    /**
     * Replaces the named graph {@code iri} by {@code graph}, noting both in {@code delta}; call
     * inside a write transaction.
     */
    private void putGraph(String iri, Graph graph, MergedGraph.Delta delta) {
        Node name = NodeFactory.createURI(iri);
        delta.dropping(dsg, name);
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEach(t -> {
            Triple stored = Triple.create(t.getSubject(), t.getPredicate(), CanonicalLiterals.canonical(t.getObject()));
            dsg.add(name, stored.getSubject(), stored.getPredicate(), stored.getObject());
            delta.writing(name, stored);
        });
    }

    /** The names of the graphs whose article came from {@code sourceFile}; call inside a transaction. */
    private Set<Node> graphsFromSource(String sourceFile) {
        Node file = NodeFactory.createLiteralString(sourceFile);
        Set<Node> names = new LinkedHashSet<>();
        dsg.findNG(Node.ANY, Node.ANY, Vocab.SOURCE_FILE, file).forEachRemaining(q -> names.add(q.getGraph()));
        return names;
    }

    /** The source files the store holds articles from. */
    public Set<String> sourceFiles() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> files = new java.util.TreeSet<>();
            dsg.findNG(Node.ANY, Node.ANY, Vocab.SOURCE_FILE, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    files.add(q.getObject().getLiteralLexicalForm());
                }
            });
            return files;
        });
    }

    static Node metaGraphNode() {
        return META_GRAPH_NODE;
    }

    static Node uriSpace() {
        return URI_SPACE;
    }

    /** Whether the store holds no statement at all (not even the ontology). */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    /**
     * Starts a bulk load into this store, which must hold no article yet: the fastest way to load
     * a first build, one transaction for the whole load (see {@link BulkLoad}). The ontology and the
     * recorded base IRI are cleared first and go in again with the load, since TDB2's loader only
     * builds indexes fast into empty tables.
     */
    public BulkLoad bulkLoad() {
        if (!graphNames().isEmpty()) {
            throw new IllegalStateException(directory + " holds articles: a bulk load only fills a new store");
        }
        Optional<String> base = storeBase();
        // the loader writes past the full-text index, which is rebuilt after it (see reindexText)
        markTextIndexStale();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            dsg.getDefaultGraph().clear();
        });
        return new BulkLoad(this, base);
    }

    /** The names of the articles' graphs (the ontology, metadata and merged graphs left out). */
    public Set<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> names = new java.util.HashSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (MergedGraph.isArticleGraph(g)) {
                    names.add(g.getURI());
                }
            });
            return names;
        });
    }

    /** Every quad in the store, ontology and metadata included. */
    public long countQuads() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }

    /** Writes the whole store (ontology included); {@link ExportFormat#TURTLE} writes the union of the graphs. */
    public void export(OutputStream out, ExportFormat format) {
        Txn.executeRead(dsg, () -> {
            switch (format) {
                case NQUADS -> {
                    // streamed: N-Quads of any size without holding them in memory, one graph after
                    // another, so a reader can take the dump a graph at a time
                    StreamRDF sink = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
                    sink.start();
                    dsg.getDefaultGraph().find().forEachRemaining(t -> sink.quad(Quad.create(Quad.defaultGraphIRI, t)));
                    dsg.listGraphNodes().forEachRemaining(g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad));
                    sink.finish();
                }
                case TURTLE -> RDFWriter.source(dsg.getUnionGraph()).format(format.rdfFormat()).output(out);
                default -> RDFWriter.source(dsg).format(format.rdfFormat()).output(out);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the database into a fresh generation and deletes the old one (after large builds). */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    /** Runs the SHACL shapes of {@code ontology/shapes.ttl} over the union of all graphs. */
    public ValidationReport validate() {
        Shapes shapes = Shapes.parse(readResource(SHAPES_RESOURCE));
        return Txn.calculateRead(dsg, () -> ShaclValidator.get().validate(shapes, dsg.getUnionGraph()));
    }

    /** Records the base IRI the store's entities were minted under. */
    public void storeBase(String base) {
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(META_GRAPH_NODE, META_GRAPH_NODE, URI_SPACE, Node.ANY);
            dsg.add(META_GRAPH_NODE, META_GRAPH_NODE, URI_SPACE, NodeFactory.createLiteralString(base));
        });
    }

    /**
     * Records {@code base} for a build, refusing a base other than the one the store was built
     * under: IRIs minted under two bases would split every entity in two.
     */
    public void useBase(String base) {
        Optional<String> recorded = storeBase();
        if (recorded.isPresent() && !recorded.get().equals(base)) {
            throw new IllegalStateException(directory + " was built under base " + recorded.get()
                    + "; build with --base " + recorded.get() + " or into a new store");
        }
        if (recorded.isEmpty()) {
            storeBase(base);
        }
    }

    /** How many entities of each class of the ontology's namespace the articles' graphs hold. */
    public Map<String, Long> entitiesByClass() {
        String query = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } "
                + "FILTER(?g != <" + ONTOLOGY_GRAPH + "> && ?g != <" + META_GRAPH + ">) "
                + "FILTER(STRSTARTS(STR(?c), \"" + Vocab.NKG + "\") || ?c = <" + Vocab.ORG + "Membership>) } "
                + "GROUP BY ?c ORDER BY DESC(?n)";
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            try (var exec = org.apache.jena.query.QueryExecutionFactory.create(query, dataset())) {
                exec.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("c").getURI();
                    counts.put(iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1),
                            row.getLiteral("n").getLong());
                });
            }
            return counts;
        });
    }

    /** The base IRI recorded by {@link #storeBase(String)}, if any. */
    public Optional<String> storeBase() {
        return Txn.calculateRead(dsg, () -> {
            Quad quad = Iter.first(dsg.find(META_GRAPH_NODE, META_GRAPH_NODE, URI_SPACE, Node.ANY), q -> q.getObject().isLiteral());
            return Optional.ofNullable(quad).map(q -> q.getObject().getLiteralLexicalForm());
        });
    }

    /**
     * Drops the in-memory state of the database and reads it again from disk. After an abandoned
     * bulk load TDB2's index objects are left as the loader had them, so they are rebuilt from the
     * files, which hold only what was committed.
     */
    void reconnect() {
        TDBInternal.expel(dsg);
        dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory));
    }

    /** Releases the database so that another store object (or process) can open the directory. */
    @Override
    public synchronized void close() {
        if (textIndex != null) {
            textIndex.close();
            textIndex = null;
            textDataset = null;
        }
        TDBInternal.expel(dsg);
    }

    static Graph readResource(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = GraphStore.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource on the classpath: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Shapes and ontology as read from the classpath (for tools that validate outside a store). */
    public static Graph ontologyGraph() {
        return readResource(ONTOLOGY_RESOURCE);
    }

    public static Graph shapesGraph() {
        return readResource(SHAPES_RESOURCE);
    }

}
