package org.newskg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.ServerSettings;
import org.newskg.store.GraphStore;

/**
 * A load test on loopback: concurrent clients run the example queries against a built store
 * served by newskg while a writer adds article graphs to the same store in build-sized write
 * transactions. Every few requests a client asks for the statement counts of some article
 * graphs, including ones being written, and checks each is either absent or complete: a torn
 * read (half an article) is counted as an error. Bounded in time and in requests.
 *
 * <pre>
 * java -cp target/newskg.jar org.newskg.bench.LoadTest --store DIR --add GRAPHS.nq [--clients 16] [--seconds 60] [--max-requests 200000]
 * </pre>
 * {@code --add} is N-Quads of article graphs to add (for instance the export of a build of other
 * input); graphs already in the store are skipped, or with {@code --copy-suffix S} added again as
 * copies named with the suffix, so that the store's own export can feed the writer.
 */
public final class LoadTest {

    private static final int WRITE_BATCH = 100;

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Path storeDir = null;
        Path add = null;
        Path queriesDir = Path.of("queries");
        int clients = 16;
        int seconds = 60;
        long maxRequests = 200_000;
        String suffix = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> storeDir = Path.of(args[++i]);
                case "--add" -> add = Path.of(args[++i]);
                case "--queries" -> queriesDir = Path.of(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--max-requests" -> maxRequests = Long.parseLong(args[++i]);
                case "--copy-suffix" -> suffix = args[++i];
                default -> {
                    System.err.println("usage: LoadTest --store DIR --add GRAPHS.nq [--queries DIR] [--clients 16] "
                            + "[--seconds 60] [--max-requests 200000] [--copy-suffix -again]");
                    System.exit(2);
                }
            }
        }
        if (storeDir == null || add == null || !GraphStore.exists(storeDir)) {
            System.err.println("LoadTest: --store (a built store) and --add (N-Quads of article graphs) are needed");
            System.exit(2);
        }
        Map<String, String> queries = new LinkedHashMap<>();
        for (Path q : QueryLatency.queryFiles(queriesDir)) {
            queries.put(q.getFileName().toString(), Files.readString(q));
        }
        System.out.println(run(storeDir, add, queries, clients, seconds, maxRequests, suffix));
    }

    /** What a run measured. */
    public record Report(int clients, double seconds, long requests, long errors, long tornReads, long probes,
                         long graphsAdded, long statementsAdded, Map<String, Latencies> latencies, List<String> errorSamples) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "### Load test: %d clients, %.0f s, loopback%n%n", clients, seconds));
            s.append("| requests | requests/s | errors | torn reads | consistency probes | graphs added meanwhile | statements added |\n");
            s.append("|---:|---:|---:|---:|---:|---:|---:|\n");
            s.append(String.format(Locale.ROOT, "| %,d | %,.1f | %d | %d | %,d | %,d | %,d |%n%n", requests, requests / seconds,
                    errors, tornReads, probes, graphsAdded, statementsAdded));
            s.append("| query | requests | median ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|\n");
            latencies.forEach((name, l) -> s.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f |%n",
                    name, l.count(), l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99))));
            if (!errorSamples.isEmpty()) {
                s.append("\nFirst errors:\n");
                errorSamples.forEach(e -> s.append("- ").append(e).append('\n'));
            }
            return s.toString();
        }
    }

    /**
     * Runs the load test. Graphs of {@code add} already in the store are skipped, or, with a
     * {@code copySuffix}, added again as copies under their name plus the suffix (so the store's
     * own export can feed the writer).
     */
    public static Report run(Path storeDir, Path add, Map<String, String> queries, int clients, int seconds, long maxRequests,
            String copySuffix) throws Exception {
        // expected statement count of every graph the writer will add, known before it is written
        Map<String, Long> expected = new ConcurrentHashMap<>();
        List<String> pending = Collections.synchronizedList(new ArrayList<>());
        try (GraphStore store = GraphStore.open(storeDir);
             NewskgServer server = NewskgServer.start(store, ServerSettings.defaults().withPort(0))) {
            java.util.Set<String> present = store.graphNames();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong requests = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            AtomicLong torn = new AtomicLong();
            AtomicLong probes = new AtomicLong();
            AtomicLong added = new AtomicLong();
            AtomicLong addedStatements = new AtomicLong();
            ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
            Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
            List<String> names = new ArrayList<>(queries.keySet());
            names.add("(consistency probe)");
            names.forEach(n -> times.put(n, new ConcurrentLinkedQueue<>()));

            Thread writer = new Thread(() -> {
                Map<String, Graph> batch = new LinkedHashMap<>();
                try {
                    LoadComparison.forEachGraph(add, (given, graph) -> {
                        if (stop.get()) {
                            throw new StopWriting();
                        }
                        String name = present.contains(given) && copySuffix != null ? given + copySuffix : given;
                        if (present.contains(name) || expected.containsKey(name)) {
                            return;
                        }
                        batch.put(name, graph);
                        if (batch.size() >= WRITE_BATCH) {
                            write(store, batch, expected, pending, added, addedStatements);
                        }
                    });
                    if (!batch.isEmpty() && !stop.get()) {
                        write(store, batch, expected, pending, added, addedStatements);
                    }
                } catch (StopWriting done) {
                    // time is up
                }
            }, "load-test-writer");
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            CountDownLatch done = new CountDownLatch(clients);
            String endpoint = server.sparqlUrl();
            List<String> initialGraphs = new ArrayList<>(present);
            long start = System.nanoTime();
            writer.start();
            for (int c = 0; c < clients; c++) {
                Thread client = new Thread(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    int i = random.nextInt(names.size());
                    try {
                        while (System.nanoTime() < end && requests.incrementAndGet() <= maxRequests) {
                            String name = names.get(i++ % names.size());
                            long t0 = System.nanoTime();
                            try {
                                if (name.startsWith("(")) {
                                    probes.incrementAndGet();
                                    torn.addAndGet(probe(endpoint, initialGraphs, pending, expected, present, errorSamples));
                                } else {
                                    QueryLatency.ask(endpoint, queries.get(name));
                                }
                                times.get(name).add(System.nanoTime() - t0);
                            } catch (Exception e) {
                                errors.incrementAndGet();
                                if (errorSamples.size() < 10) {
                                    errorSamples.add(name + ": " + e);
                                }
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                }, "load-test-client-" + c);
                client.start();
            }
            done.await();
            double elapsed = (System.nanoTime() - start) / 1e9;
            stop.set(true);
            writer.join();
            Map<String, Latencies> latencies = new LinkedHashMap<>();
            List<Long> all = new ArrayList<>();
            times.forEach((n, q) -> all.addAll(q));
            names.forEach(n -> latencies.put(n, Latencies.of(times.get(n).stream().mapToLong(Long::longValue).toArray())));
            latencies.put("(all)", Latencies.of(all.stream().mapToLong(Long::longValue).toArray()));
            long total = Math.min(requests.get(), maxRequests);
            return new Report(clients, elapsed, total, errors.get(), torn.get(), probes.get(), added.get(), addedStatements.get(),
                    latencies, new ArrayList<>(errorSamples));
        }
    }

    private static final class StopWriting extends RuntimeException {
        StopWriting() {
            super(null, null, false, false);
        }
    }

    private static void write(GraphStore store, Map<String, Graph> batch, Map<String, Long> expected, List<String> pending,
            AtomicLong added, AtomicLong addedStatements) {
        long statements = 0;
        for (var e : batch.entrySet()) {
            expected.put(e.getKey(), (long) e.getValue().size());
            pending.add(e.getKey());
            statements += e.getValue().size();
        }
        store.write(List.of(), batch);   // one transaction, as the build writes a batch
        added.addAndGet(batch.size());
        addedStatements.addAndGet(statements);
        batch.clear();
    }

    /**
     * Asks for the statement counts of a few article graphs in one query: some recently written or
     * being written, some from the start. Each must be absent (not yet committed) or complete.
     * Returns the number of torn graphs seen.
     */
    private static long probe(String endpoint, List<String> initial, List<String> pending, Map<String, Long> expected,
            java.util.Set<String> present, ConcurrentLinkedQueue<String> errorSamples) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> chosen = new ArrayList<>();
        synchronized (pending) {
            for (int k = Math.max(0, pending.size() - 8); k < pending.size(); k++) {
                chosen.add(pending.get(k));
            }
            for (int k = 0; k < 4 && !pending.isEmpty(); k++) {
                chosen.add(pending.get(random.nextInt(pending.size())));
            }
        }
        for (int k = 0; k < 4 && !initial.isEmpty(); k++) {
            chosen.add(initial.get(random.nextInt(initial.size())));
        }
        if (chosen.isEmpty()) {
            return 0;
        }
        StringBuilder q = new StringBuilder("SELECT ?g (COUNT(*) AS ?n) { VALUES ?g {");
        // each graph once: a graph named twice in VALUES would count its statements twice
        new java.util.LinkedHashSet<>(chosen).forEach(g -> q.append(" <").append(g).append('>'));
        q.append(" } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
        JsonObject answer = JSON.parse(QueryLatency.ask(endpoint, q.toString()));
        long tornGraphs = 0;
        for (var binding : answer.get("results").getAsObject().get("bindings").getAsArray()) {
            JsonObject row = binding.getAsObject();
            String g = row.get("g").getAsObject().get("value").getAsString().value();
            long n = Long.parseLong(row.get("n").getAsObject().get("value").getAsString().value());
            Long want = expected.get(g);
            if (want != null && n != want) {
                tornGraphs++;
                if (errorSamples.size() < 10) {
                    errorSamples.add("torn read: " + g + " has " + n + " of " + want + " statements");
                }
            } else if (want == null && !present.contains(g) && errorSamples.size() < 10) {
                errorSamples.add("unknown graph in a probe: " + g);
            }
        }
        return tornGraphs;
    }
}
