package org.newskg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.newskg.store.BulkLoad;
import org.newskg.store.GraphStore;
import org.newskg.store.SourceGraphs;
import org.newskg.text.Article;
import org.newskg.text.InputProblem;
import org.newskg.text.JsonLinesReader;
import org.newskg.text.Page;
import org.newskg.text.PageReader;

/**
 * Builds input files into the store. Extraction runs on every core; the store is written from
 * one thread in batches, each one transaction, so a build stopped at any moment leaves whole
 * articles only. A page file's articles replace, as a whole, what the store held from that
 * file; a JSON Lines record replaces its own article.
 */
public final class BuildRunner {

    /** What a build did. */
    /**
     * @param inputKinds how many inputs of each kind were read: newspaper pages, web articles, JSON Lines records
     */
    public record Report(int files, int articles, long statementsBefore, long statementsAfter,
                         List<String> problems, Duration elapsed, java.util.SortedMap<String, Integer> inputKinds) {

        public boolean failed() {
            return !problems.isEmpty();
        }
    }

    /** The outcome of one unit of work: a page file, or a chunk of a JSON Lines file. */
    private record Unit(String sourceFile, boolean wholeSource, List<ArticleGraphs.Named> graphs, List<String> problems) {
    }

    /** Articles written per transaction when adding to a store that holds articles, unless a build says otherwise. */
    public static final int DEFAULT_ARTICLES_PER_TRANSACTION = 500;
    private static final int RECORDS_PER_TASK = 32;

    private final GraphStore store;
    private final ArticleGraphs articleGraphs;
    private final PageReader pages = new PageReader();
    private final JsonLinesReader jsonLines = new JsonLinesReader();
    private final PublicationDates dates;
    private final Progress progress;
    private int filesDone;
    /** Articles extracted so far, counted by the workers, for the progress bar. */
    private final java.util.concurrent.atomic.AtomicInteger extracted = new java.util.concurrent.atomic.AtomicInteger();
    private final int threads;
    /** Inputs read, by kind ({@link org.newskg.text.PageKind#label()}, or JSON Lines records). */
    private final java.util.Map<String, Integer> inputKinds = new java.util.concurrent.ConcurrentHashMap<>();
    private final int articlesPerTransaction;

    public BuildRunner(GraphStore store, ArticleGraphs articleGraphs, PublicationDates dates,
                       Progress progress, int threads) {
        this(store, articleGraphs, dates, progress, threads, DEFAULT_ARTICLES_PER_TRANSACTION);
    }

    /**
     * A build that, adding to a store that already holds articles, commits every
     * {@code articlesPerTransaction} articles (a page's articles are never split between two
     * transactions). A first build into an empty store is one bulk transaction whatever this says.
     */
    public BuildRunner(GraphStore store, ArticleGraphs articleGraphs, PublicationDates dates,
                       Progress progress, int threads, int articlesPerTransaction) {
        if (articlesPerTransaction < 1) {
            throw new IllegalArgumentException("articles per transaction must be 1 or more, not " + articlesPerTransaction);
        }
        this.store = store;
        this.articleGraphs = articleGraphs;
        this.dates = dates;
        this.progress = progress;
        this.threads = Math.max(1, threads);
        this.articlesPerTransaction = articlesPerTransaction;
    }

    public Report run(List<Path> inputs) {
        long started = System.nanoTime();
        long before = store.countQuads();
        InputFiles.Listing listing = InputFiles.list(inputs);
        List<String> problems = Collections.synchronizedList(new ArrayList<>(listing.problems()));
        progress.start(listing.files().size());
        // a store without articles is filled by the bulk loader: one transaction, indexes built at the end
        BulkLoad bulk = store.graphNames().isEmpty() ? store.bulkLoad() : null;
        Batch batch = new Batch(bulk);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Unit>> inFlight = new ArrayDeque<>();
        try {
            for (Path file : listing.files()) {
                if (InputFiles.isJsonLines(file)) {
                    submitJsonLines(file, workers, inFlight, batch, problems);
                } else {
                    inFlight.add(workers.submit(() -> readPage(file)));
                    drain(inFlight, threads * 4, batch, problems);
                }
                if (InputFiles.isJsonLines(file)) {
                    filesDone++; // a page file counts as done when its unit is drained
                    progress.update(filesDone, extracted.get());
                }
            }
            drain(inFlight, 0, batch, problems);
            batch.flush();
            if (bulk != null) {
                bulk.commit();
                progress.committed(batch.articles);
            }
        } finally {
            workers.shutdownNow();
            if (bulk != null) {
                bulk.close();
            }
            progress.finish();
        }
        if (bulk != null) {
            store.reindexText(); // the bulk loader writes past the full-text index
        }
        return new Report(listing.files().size(), batch.articles, before, store.countQuads(),
                List.copyOf(problems), Duration.ofNanos(System.nanoTime() - started), new java.util.TreeMap<>(inputKinds));
    }

    private void submitJsonLines(Path file, ExecutorService workers, Deque<Future<Unit>> inFlight,
                                 Batch batch, List<String> problems) {
        String source = file.getFileName().toString();
        try (Stream<Article> stream = jsonLines.articles(file, p -> problems.add(p.getMessage()))) {
            Iterator<Article> records = stream.iterator();
            while (records.hasNext()) {
                List<Article> chunk = new ArrayList<>(RECORDS_PER_TASK);
                while (records.hasNext() && chunk.size() < RECORDS_PER_TASK) {
                    chunk.add(records.next());
                }
                inFlight.add(workers.submit(() -> extractRecords(source, chunk)));
                drain(inFlight, threads * 4, batch, problems);
            }
        } catch (InputProblem e) {
            problems.add(e.getMessage());
        }
    }

    private Unit readPage(Path file) {
        String source = file.getFileName().toString();
        Page page;
        try {
            page = pages.read(file, dates.of(file));
        } catch (InputProblem e) {
            return new Unit(source, true, List.of(), List.of(e.getMessage()));
        } catch (RuntimeException e) {
            return new Unit(source, true, List.of(), List.of(file + ": cannot be read: " + e));
        }
        try {
            List<ArticleGraphs.Named> graphs = articleGraphs.ofPage(page);
            inputKinds.merge(page.kind().label(), 1, Integer::sum);
            extracted.addAndGet(graphs.size());
            return new Unit(source, true, graphs, List.of());
        } catch (RuntimeException e) {
            return new Unit(source, true, List.of(), List.of(file + ": extraction failed: " + e));
        }
    }

    private Unit extractRecords(String source, List<Article> records) {
        List<ArticleGraphs.Named> graphs = new ArrayList<>(records.size());
        List<String> problems = new ArrayList<>();
        for (Article a : records) {
            try {
                graphs.addAll(articleGraphs.ofArticle(a));
                inputKinds.merge("JSON Lines record", 1, Integer::sum);
                extracted.incrementAndGet();
            } catch (RuntimeException e) {
                problems.add(source + ": record " + a.key() + ": extraction failed: " + e);
            }
        }
        return new Unit(source, false, graphs, problems);
    }

    /** Hands finished units to the batch until at most {@code keep} remain in flight. */
    private void drain(Deque<Future<Unit>> inFlight, int keep, Batch batch, List<String> problems) {
        while (inFlight.size() > keep) {
            Unit unit;
            try {
                unit = inFlight.removeFirst().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("build interrupted", e);
            } catch (ExecutionException e) {
                problems.add("extraction failed: " + e.getCause());
                continue;
            }
            problems.addAll(unit.problems());
            if (unit.wholeSource()) {
                filesDone++;
                progress.update(filesDone, extracted.get());
            }
            // a page that could not be read keeps what the store already holds from it
            if (!unit.wholeSource() || !unit.graphs().isEmpty() || unit.problems().isEmpty()) {
                batch.add(unit);
            }
        }
    }

    /** Units waiting for their transaction. */
    private final class Batch {
        private final BulkLoad bulk;
        private final List<SourceGraphs> wholeSources = new ArrayList<>();
        private final Map<String, Graph> records = new LinkedHashMap<>();
        private int pending;
        int articles;

        Batch(BulkLoad bulk) {
            this.bulk = bulk;
        }

        void add(Unit unit) {
            Map<String, Graph> graphs = new LinkedHashMap<>();
            unit.graphs().forEach(n -> graphs.put(n.graphIri(), n.graph()));
            if (unit.wholeSource()) {
                // a page file's articles replace what the store held from it: one transaction for all of them
                wholeSources.add(new SourceGraphs(unit.sourceFile(), graphs));
                counted(graphs.size());
            } else {
                // records stand alone, so a transaction ends after exactly its number of articles
                for (Map.Entry<String, Graph> g : graphs.entrySet()) {
                    records.put(g.getKey(), g.getValue());
                    counted(1);
                }
            }
        }

        private void counted(int added) {
            pending += added;
            articles += added;
            if (pending >= articlesPerTransaction) {
                flush();
            }
        }

        void flush() {
            if (wholeSources.isEmpty() && records.isEmpty()) {
                return;
            }
            if (bulk != null) {
                wholeSources.forEach(bulk::addSource);
                bulk.addAll(records);
            } else {
                store.write(wholeSources, records);
                progress.committed(articles);
            }
            wholeSources.clear();
            records.clear();
            pending = 0;
        }
    }
}
