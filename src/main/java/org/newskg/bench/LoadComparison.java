package org.newskg.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.store.GraphStore;

/**
 * Loads the same N-Quads into fresh stores by newskg's own path ({@link GraphStore#write}, in
 * batches of article graphs as the build gives them) and by TDB2's bulk loaders, timing each.
 */
public final class LoadComparison {

    /** One load: which loader, how many statements, how long. */
    public record Result(String loader, long statements, long nanos) {
        public double perSecond() {
            return statements / (nanos / 1e9);
        }
    }

    private static final MonitorOutput QUIET = (fmt, args) -> { };

    private LoadComparison() {
    }

    /** Loads {@code nquads} through {@link GraphStore#write}, {@code batch} article graphs a transaction. */
    public static Result newskg(Path nquads, Path storeDir, int batch) {
        try (GraphStore store = GraphStore.open(storeDir)) {
            long start = System.nanoTime();
            long[] count = {0};
            Map<String, Graph> pending = new LinkedHashMap<>();
            forEachGraph(nquads, (name, graph) -> {
                pending.put(name, graph);
                count[0] += graph.size();
                if (pending.size() >= batch) {
                    store.write(List.of(), pending);
                    pending.clear();
                }
            });
            if (!pending.isEmpty()) {
                store.write(List.of(), pending);
            }
            return new Result("newskg", count[0], System.nanoTime() - start);
        }
    }

    /** Loads {@code nquads} into an empty store through {@link GraphStore#bulkLoad()} (ontology included, as a build does). */
    public static Result newskgBulk(Path nquads, Path storeDir) {
        try (GraphStore store = GraphStore.open(storeDir)) {
            long start = System.nanoTime();
            try (var load = store.bulkLoad()) {
                forEachGraph(nquads, load::add);
                load.commit();
                return new Result("newskg bulk", load.statements(), System.nanoTime() - start);
            }
        }
    }

    /** Loads {@code nquads} with one of TDB2's loaders ({@code parallel}, {@code sequential}, {@code basic}). */
    public static Result tdb2(String kind, Path nquads, Path storeDir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(storeDir));
        try {
            DataLoader loader = switch (kind) {
                case "parallel" -> LoaderFactory.parallelLoader(dsg, QUIET);
                case "sequential" -> LoaderFactory.sequentialLoader(dsg, QUIET);
                case "basic" -> LoaderFactory.basicLoader(dsg, QUIET);
                default -> throw new IllegalArgumentException("unknown loader " + kind);
            };
            long start = System.nanoTime();
            loader.startBulk();
            try {
                RDFParser.source(nquads).lang(Lang.NQUADS).parse(loader.stream());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return new Result("TDB2 " + kind + " loader", loader.countQuads() + loader.countTriples(), System.nanoTime() - start);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * Streams {@code nquads} as one graph per graph name, holding one graph at a time: the quads of
     * a graph must be contiguous, as in the export of a store.
     */
    static void forEachGraph(Path nquads, java.util.function.BiConsumer<String, Graph> action) {
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            Node current;
            Graph graph;

            @Override
            public void quad(Quad q) {
                if (!q.getGraph().equals(current)) {
                    flush();
                    current = q.getGraph();
                    graph = GraphFactory.createDefaultGraph();
                }
                graph.add(q.asTriple());
            }

            @Override
            public void finish() {
                flush();
            }

            private void flush() {
                // the ontology, metadata and merged graphs are the loader's own work, not articles
                if (graph != null && current.isURI() && !GraphStore.isReserved(current.getURI())) {
                    action.accept(current.getURI(), graph);
                }
                graph = null;
            }
        });
    }

    /** Quick comparison on synthetic graphs: {@code LoadComparison WORKDIR [ARTICLES]}. */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        java.nio.file.Files.createDirectories(work);
        Path nq = work.resolve("synthetic.nq");
        long quads = SyntheticGraphs.write(nq, articles, 42);
        System.out.println("quads " + quads);
        List<String> which = args.length > 2 ? List.of(args[2].split(",")) : List.of("parallel", "newskg", "sequential", "basic");
        int run = 0;
        for (String kind : which) {
            Path dir = work.resolve("store-" + kind + "-" + (run++));
            Result r = kind.equals("bulk") ? newskgBulk(nq, dir) : kind.startsWith("newskg") ? newskg(nq, dir, kind.contains(":") ? Integer.parseInt(kind.split(":")[1]) : 500) : tdb2(kind, nq, dir);
            System.out.printf("%-24s %,d statements in %.1f s: %,.0f /s%n", r.loader(), r.statements(), r.nanos() / 1e9, r.perSecond());
        }
    }
}
