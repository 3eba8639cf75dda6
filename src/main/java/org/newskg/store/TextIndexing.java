package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newskg.rdf.Vocab;

/**
 * Full-text search over the store: a jena-text dataset around a TDB2 dataset, with a Lucene index in
 * its own folder. Names (rdfs:label, skos:altLabel) are indexed as CJK bigrams, so that part of a
 * name (宫本 in 宫本杲, 工商 in 工商联) finds it; article text (schema:text) and headlines are indexed
 * as SmartCN words. Writes through the returned dataset keep the index in step; data bulk-loaded
 * under it needs {@link #reindex(DatasetGraph)}. Index entries carry their named graph, so the store
 * must be queried with the union default graph ({@code TDB2.symUnionDefaultGraph}) for hits in
 * article graphs to count.
 * <p>SPARQL: {@code ?s text:query (rdfs:label "宫本")}, {@code ?a text:query (schema:text "港口")}.
 */
public final class TextIndexing {
    public static final String TEXT_NS = "http://jena.apache.org/text#";
    public static final String FIELD_LABEL = "label";
    public static final String FIELD_ALT = "altLabel";
    public static final String FIELD_TEXT = "text";
    public static final String FIELD_HEADLINE = "headline";

    static {
        // one row per matching entity in text:query, wherever the index is used
        DistinctTextQuery.register();
    }

    private TextIndexing() {
    }

    /** The entity definition: one Lucene field per indexed predicate, each with its analyser. */
    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition("uri", FIELD_LABEL, Vocab.LABEL);
        def.set(FIELD_ALT, Vocab.ALT_LABEL);
        def.set(FIELD_TEXT, Vocab.TEXT);
        def.set(FIELD_HEADLINE, Vocab.HEADLINE);
        def.setGraphField("graph");
        def.setUidField("uid");
        def.setLangField("lang");
        Analyzer bigrams = new CJKAnalyzer();
        def.setAnalyzer(FIELD_LABEL, bigrams);
        def.setAnalyzer(FIELD_ALT, bigrams);
        Analyzer words = new SmartChineseAnalyzer();
        def.setAnalyzer(FIELD_TEXT, words);
        def.setAnalyzer(FIELD_HEADLINE, words);
        return def;
    }

    /** Wraps a dataset with a Lucene index stored in {@code indexDir} (created if missing). */
    public static DatasetGraph wrap(DatasetGraph base, Path indexDir) {
        try {
            Files.createDirectories(indexDir);
            return wrap(base, FSDirectory.open(indexDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps a dataset with an index in the given Lucene directory (a ByteBuffersDirectory in tests). */
    public static DatasetGraph wrap(DatasetGraph base, Directory dir) {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        TextIndex index = TextDatasetFactory.createLuceneIndex(dir, config);
        return TextDatasetFactory.create(base, index, true);
    }

    /**
     * Keeps the index in step with a write that replaced whole graphs: every entry of the
     * {@code dropped} graphs and of the graphs being {@code written} is deleted, then the written
     * graphs' indexed statements are added. Runs as a write transaction of the text dataset, which
     * commits the index with it and keeps it apart from the readers of a running server.
     */
    public static synchronized void replaceGraphs(TextIndex textIndex, java.util.Collection<String> dropped,
                                                  java.util.Map<String, org.apache.jena.graph.Graph> written) {
        if (!(textIndex instanceof TextIndexLucene index)) {
            throw new IllegalArgumentException("not a Lucene index: " + textIndex.getClass().getName());
        }
        EntityDefinition def = index.getDocDef();
        try {
            org.apache.lucene.index.IndexWriter writer = index.getIndexWriter();
            for (String g : dropped) {
                writer.deleteDocuments(new org.apache.lucene.index.Term(def.getGraphField(), g));
            }
            for (String g : written.keySet()) {
                writer.deleteDocuments(new org.apache.lucene.index.Term(def.getGraphField(), g));
            }
            written.forEach((g, graph) -> {
                Node name = org.apache.jena.graph.NodeFactory.createURI(g);
                graph.find().forEachRemaining(t -> {
                    Entity e = TextQueryFuncs.entityFromQuad(def, Quad.create(name, t));
                    if (e != null) {
                        index.addEntity(e);
                    }
                });
            });
            index.prepareCommit();
            index.commit();
        } catch (IOException e) {
            index.rollback();
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings the index in step with what the store now holds in the graphs named (after a write
     * elsewhere has committed): their entries are replaced by their current indexed statements,
     * and a graph no longer in the store loses its entries. The store is read and the index
     * written under one lock, so when two writers' refreshes overlap the later read wins.
     */
    public static synchronized void refreshGraphs(DatasetGraph base, TextIndex index, java.util.Collection<Node> graphs) {
        EntityDefinition def = index.getDocDef();
        java.util.Map<String, org.apache.jena.graph.Graph> current = new java.util.LinkedHashMap<>();
        Txn.executeRead(base, () -> {
            for (Node g : graphs) {
                if (!g.isURI() || g.equals(MergedGraph.NAME)) {
                    // graph names in the index are IRIs (the default graph has one too); the merged
                    // graph repeats the articles' names and is never indexed
                    continue;
                }
                org.apache.jena.graph.Graph indexed = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
                for (String field : def.fields()) {
                    for (Node p : def.getPredicates(field)) {
                        base.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> indexed.add(q.asTriple()));
                    }
                }
                current.put(g.getURI(), indexed);
            }
        });
        replaceGraphs(index, java.util.List.of(), current);
    }

    /** Opens (or creates) the Lucene index in {@code indexDir}, standing on its own. */
    public static TextIndex openIndex(Path indexDir) {
        try {
            Files.createDirectories(indexDir);
            TextIndexConfig config = new TextIndexConfig(entityDefinition());
            config.setAnalyzer(new CJKAnalyzer());
            config.setValueStored(true);
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(indexDir), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int REINDEX_BATCH = 512;

    private static void submit(java.util.concurrent.ExecutorService pool, java.util.concurrent.Semaphore inFlight,
                               java.util.List<java.util.concurrent.Future<?>> done, TextIndex index,
                               java.util.List<Entity> batch, java.util.concurrent.atomic.AtomicLong n) {
        if (batch.isEmpty()) {
            return;
        }
        inFlight.acquireUninterruptibly();
        done.add(pool.submit(() -> {
            try {
                batch.forEach(index::addEntity);
                n.addAndGet(batch.size());
            } finally {
                inFlight.release();
            }
        }));
    }

    /**
     * Rebuilds the index from the store: everything in the index is dropped and every quad with an
     * indexed predicate is added again. Returns the number of values indexed.
     */
    public static long reindex(DatasetGraph textDataset) {
        if (!(textDataset instanceof DatasetGraphText text)) {
            throw new IllegalArgumentException("not a text dataset: " + textDataset.getClass().getName());
        }
        return reindex(text.getBase(), text.getTextIndex());
    }

    /** Rebuilds {@code index} from the statements of {@code base}. Returns the number of values indexed. */
    public static synchronized long reindex(DatasetGraph base, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        java.util.concurrent.atomic.AtomicLong n = new java.util.concurrent.atomic.AtomicLong();
        // analysing text (SmartCN) is the cost: the store is read in one thread, and batches of
        // values are analysed and added on every core (Lucene's IndexWriter takes documents from many threads)
        int workers = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(workers * 4);
        java.util.List<java.util.concurrent.Future<?>> done = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try {
            if (index instanceof TextIndexLucene lucene) {
                lucene.getIndexWriter().deleteAll();
            }
            Txn.executeRead(base, () -> {
                java.util.List<Entity> batch = new java.util.ArrayList<>(REINDEX_BATCH);
                for (String field : def.fields()) {
                    for (Node p : def.getPredicates(field)) {
                        Iterator<Quad> it = base.find(Node.ANY, Node.ANY, p, Node.ANY);
                        while (it.hasNext()) {
                            Quad q = it.next();
                            // the merged graph repeats the articles' names: the articles' entries find them
                            if (q.getGraph().equals(MergedGraph.NAME)) {
                                continue;
                            }
                            Entity e = TextQueryFuncs.entityFromQuad(def, q);
                            if (e != null) {
                                batch.add(e);
                                if (batch.size() == REINDEX_BATCH) {
                                    submit(pool, inFlight, done, index, batch, n);
                                    batch = new java.util.ArrayList<>(REINDEX_BATCH);
                                }
                            }
                        }
                    }
                }
                submit(pool, inFlight, done, index, batch, n);
            });
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
            index.prepareCommit();
            index.commit();
        } catch (IOException e) {
            index.rollback();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            index.rollback();
            throw new IllegalStateException("reindexing interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            index.rollback();
            throw new IllegalStateException("reindexing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return n.get();
    }
}
