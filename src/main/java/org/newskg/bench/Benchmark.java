package org.newskg.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.newskg.cli.Main;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.ServerSettings;
import org.newskg.store.ExportFormat;
import org.newskg.store.GraphStore;

/**
 * Measures newskg on a JSON Lines corpus and prints Markdown tables: extraction throughput beside
 * HanLP's own segmentation with recognition; for the corpus and N concatenated copies of it, the
 * build's wall time and peak heap, the example queries' latency against the built store, and
 * loading speed beside TDB2's parallel bulk loader on the same N-Quads.
 *
 * <pre>
 * java -Xmx2g -cp target/newskg.jar org.newskg.bench.Benchmark --corpus CORPUS.jsonl.gz --copies 1,2 --work /tmp/newskg-bench
 * </pre>
 * Everything it writes goes under {@code --work}.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = null;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "newskg-bench");
        List<Integer> copies = List.of(1);
        Path queries = Path.of("queries");
        int runs = 50;
        int sample = 0;
        int rounds = 3;
        String only = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--copies" -> copies = java.util.Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--queries" -> queries = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Math.max(1, Integer.parseInt(args[++i]));
                case "--only" -> only = args[++i];
                default -> {
                    System.err.println("usage: Benchmark --corpus FILE.jsonl[.gz] [--copies 1,2] [--work DIR] "
                            + "[--queries DIR] [--runs 50] [--sample ARTICLES] [--rounds 3] [--only extraction|scale]");
                    System.exit(2);
                }
            }
        }
        if (corpus == null) {
            System.err.println("Benchmark: --corpus FILE is needed");
            System.exit(2);
        }
        Files.createDirectories(work);
        StringBuilder report = new StringBuilder();
        int cores = Runtime.getRuntime().availableProcessors();
        report.append(String.format(Locale.ROOT, "## newskg benchmark: %s, %d cores, max heap %d MiB, Java %s%n%n",
                corpus.getFileName(), cores, Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version")));

        // each table is printed as soon as it is measured
        flush(report);
        if (!only.equals("scale")) {
            extraction(corpus, cores, sample, rounds, report);
            flush(report);
        }
        if (!only.equals("extraction")) {
            for (int n : copies) {
                scale(corpus, n, work, queries, runs, report);
                flush(report);
            }
        }
    }

    private static final int WARM_UP_TEXTS = 3000;

    private static void extraction(Path corpus, int cores, int sample, int rounds, StringBuilder report) throws Exception {
        List<String> texts = CorpusTexts.texts(corpus);
        if (sample > 0 && sample < texts.size()) {
            texts = texts.subList(0, sample);
        }
        // warm-up: dictionaries loaded and code compiled before anything is timed (with a few hundred
        // texts the first timed run was still partly interpreted: 2.4x on 2 cores)
        List<String> warmUp = texts.subList(0, Math.min(WARM_UP_TEXTS, texts.size()));
        ParallelThroughput.run(warmUp, cores, ExtractionJobs::newskg);
        ParallelThroughput.run(warmUp, cores, ExtractionJobs::hanlp);
        ParallelThroughput.run(warmUp, 1, ExtractionJobs::newskg);
        ParallelThroughput.run(warmUp, 1, ExtractionJobs::hanlp);
        // the jobs take turns, round after round, and each figure is the median round's: on a shared
        // machine the speed drifts over minutes, and a ratio of two runs far apart measures the drift
        List<ParallelThroughput.Result> h1 = new java.util.ArrayList<>(), hN = new java.util.ArrayList<>();
        List<ParallelThroughput.Result> o1 = new java.util.ArrayList<>(), oN = new java.util.ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            h1.add(ParallelThroughput.run(texts, 1, ExtractionJobs::hanlp));
            o1.add(ParallelThroughput.run(texts, 1, ExtractionJobs::newskg));
            hN.add(ParallelThroughput.run(texts, cores, ExtractionJobs::hanlp));
            oN.add(ParallelThroughput.run(texts, cores, ExtractionJobs::newskg));
        }
        var hanlp1 = median(h1);
        var hanlpN = median(hN);
        var ours1 = median(o1);
        var oursN = median(oN);
        long chars = hanlp1.chars();
        report.append(String.format(Locale.ROOT, "### Extraction (%,d articles, %,d characters; median of %d alternating rounds)%n%n",
                texts.size(), chars, rounds));
        report.append("| job | threads | wall s | chars/s | chars/s per core | vs HanLP per core | speed-up on all cores |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|\n");
        row(report, "HanLP segment + name/place/org recognition", hanlp1, hanlp1, hanlp1);
        row(report, "HanLP segment + name/place/org recognition", hanlpN, hanlpN, hanlp1);
        row(report, "newskg extraction (segmentation included)", ours1, hanlp1, ours1);
        row(report, "newskg extraction (segmentation included)", oursN, hanlpN, ours1);
        report.append('\n');
    }

    private static ParallelThroughput.Result median(List<ParallelThroughput.Result> runs) {
        List<ParallelThroughput.Result> sorted = new java.util.ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingLong(ParallelThroughput.Result::nanos));
        return sorted.get(sorted.size() / 2);
    }

    private static void flush(StringBuilder report) {
        System.out.print(report);
        System.out.flush();
        report.setLength(0);
    }

    private static void row(StringBuilder report, String job, ParallelThroughput.Result r,
            ParallelThroughput.Result hanlpSameThreads, ParallelThroughput.Result oneThread) {
        report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %,.0f | %,.0f | %.2f | %.2f |%n", job, r.threads(),
                r.nanos() / 1e9, r.charsPerSecond(), r.charsPerSecondPerThread(),
                r.charsPerSecondPerThread() / hanlpSameThreads.charsPerSecondPerThread(),
                r.charsPerSecond() / oneThread.charsPerSecond()));
    }

    private static void scale(Path corpus, int copies, Path work, Path queries, int runs, StringBuilder report) throws Exception {
        Path input = work.resolve("corpus-x" + copies + ".jsonl.gz");
        long records = CorpusTexts.writeCopies(corpus, copies, input);
        Path store = work.resolve("store-x" + copies);
        deleteTree(store);

        long buildNanos;
        long serveNanos;
        long sampledPeak;
        long poolPeaks;
        long quads;
        int exit;
        List<String[]> queryRows = new ArrayList<>();
        Path export = work.resolve("export-x" + copies + ".nq");
        System.gc();
        try (HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            exit = Main.run("build", "--store", store.toString(), input.toString());
            buildNanos = System.nanoTime() - start;
            long serveStart = System.nanoTime();
            try (GraphStore graphStore = GraphStore.open(store);
                 NewskgServer server = NewskgServer.start(graphStore, ServerSettings.defaults().withPort(0))) {
                QueryLatency.ask(server.sparqlUrl(), "ASK { ?s ?p ?o }");
                serveNanos = System.nanoTime() - serveStart;
                sampledPeak = heap.sampledPeak();
                poolPeaks = heap.poolPeaks();
                quads = graphStore.countQuads();
                for (Path q : QueryLatency.queryFiles(queries)) {
                    try {
                        String text = Files.readString(q);
                        Latencies l = QueryLatency.measure(server.sparqlUrl(), text, 3, runs, 20_000_000_000L, true);
                        Latencies again = QueryLatency.measure(server.sparqlUrl(), text, 1, runs, 5_000_000_000L, false);
                        queryRows.add(new String[] {q.getFileName().toString(), Integer.toString(l.count()),
                            fmt(l.percentileMillis(50)), fmt(l.percentileMillis(95)), fmt(l.percentileMillis(99)),
                            fmt(again.percentileMillis(50)), fmt(again.percentileMillis(95))});
                    } catch (java.io.IOException e) {
                        // a query over the server's timeout is a result, not the end of the benchmark
                        queryRows.add(new String[] {q.getFileName().toString(), "0", e.getMessage(), "", "", "", ""});
                    }
                }
                try (OutputStream out = Files.newOutputStream(export)) {
                    graphStore.export(out, ExportFormat.NQUADS);
                }
            }
        }
        report.append(String.format(Locale.ROOT, "### Corpus x%d (%,d articles)%n%n", copies, records));
        report.append("| build exit | build s | serve start s | build+serve s | statements | peak heap sampled MiB | heap pools' peaks MiB |\n");
        report.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        report.append(String.format(Locale.ROOT, "| %d | %.1f | %.2f | %.1f | %,d | %d | %d |%n%n", exit, buildNanos / 1e9,
                serveNanos / 1e9, (buildNanos + serveNanos) / 1e9, quads, sampledPeak >> 20, poolPeaks >> 20));

        report.append(String.format(Locale.ROOT, "Query latency over HTTP, JSON results (up to %d runs after 3 warm-up runs, "
                + "at most 20 s of runs per query). Evaluated: every run a text of its own, so the result cache cannot "
                + "answer; asked again: the same text repeated, answered from memory.%n%n", runs));
        report.append("| query | runs | median ms | p95 ms | p99 ms | asked again: median ms | p95 ms |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        queryRows.forEach(r -> report.append("| ").append(String.join(" | ", r)).append(" |\n"));
        report.append('\n');

        List<LoadComparison.Result> loads = new ArrayList<>();
        loads.add(LoadComparison.tdb2("parallel", export, fresh(work.resolve("load-parallel-x" + copies))));
        loads.add(LoadComparison.newskgBulk(export, fresh(work.resolve("load-bulk-x" + copies))));
        loads.add(LoadComparison.newskg(export, fresh(work.resolve("load-batched-x" + copies)), 500));
        double parallel = loads.get(0).perSecond();
        report.append(String.format(Locale.ROOT, "Loading the store's N-Quads (%s) into an empty store%n%n", export.getFileName()));
        report.append("| loader | statements | s | statements/s | vs TDB2 parallel |\n|---|---:|---:|---:|---:|\n");
        for (LoadComparison.Result r : loads) {
            report.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.2f |%n", r.loader(), r.statements(),
                    r.nanos() / 1e9, r.perSecond(), r.perSecond() / parallel));
        }
        report.append('\n');
        for (String dir : List.of("load-parallel-x", "load-bulk-x", "load-batched-x")) {
            deleteTree(work.resolve(dir + copies));
        }
    }

    private static String fmt(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    private static Path fresh(Path dir) throws java.io.IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        return dir;
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
