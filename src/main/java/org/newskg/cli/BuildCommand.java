package org.newskg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.build.ArticleGraphs;
import org.newskg.build.BuildRunner;
import org.newskg.build.Progress;
import org.newskg.extract.Extractor;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.Iris;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code build}: reads pages, extracts, and loads the graph into a TDB2 store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads page files (or folders of them, or JSON Lines), extracts the graph and loads it into a TDB2 store.",
            "Running it again on the same input changes nothing; new input adds to the graph; a changed file replaces its articles."},
        footer = {"", "Example:", "  java -jar target/newskg.jar build --store data/tdb2 seeds/"})
public final class BuildCommand implements Callable<Integer> {

    @Option(names = "--store", defaultValue = "data/tdb2", description = "TDB2 store folder (default: ${DEFAULT-VALUE}); created if missing.")
    Path store;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for pages that state none.")
    String date;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, description = "Base IRI the entities are minted under (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--threads", description = "Extraction threads (default: one per core).")
    Integer threads;

    @Option(names = "--batch-articles", paramLabel = "N", defaultValue = "" + BuildRunner.DEFAULT_ARTICLES_PER_TRANSACTION,
            description = "Articles per transaction when adding to a store that holds articles (default: ${DEFAULT-VALUE}; "
                    + "a page file's articles go in together); a build stopped at any moment keeps every transaction "
                    + "committed before. A first build into an empty store is one transaction.")
    int batchArticles;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Page files (.txt, .html), JSON Lines (.jsonl, .jsonl.gz), or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Optional<LocalDate> publication;
        try {
            publication = Optional.ofNullable(date).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new UserError("--date " + date + " is not a date of the form YYYY-MM-DD");
        }
        if (batchArticles < 1) {
            throw new UserError("--batch-articles " + batchArticles + " must be 1 or more");
        }
        refuseWhenNoInputExists(inputs);
        try (GraphStore graphStore = StoreOpener.open(store, "build")) {
            return build(graphStore, inputs, publication, base, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    batchArticles, Progress.toStderr(), System.out, System.err);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a store built under another base, a bad --base
            throw new UserError(e.getMessage(), e);
        }
    }

    /**
     * A build of which no INPUT exists would only make an empty store: refused before the store is
     * touched. Where some exist, the missing ones are reported with the build's other problems.
     */
    static void refuseWhenNoInputExists(List<Path> inputs) {
        if (inputs.stream().noneMatch(Files::exists)) {
            throw new UserError(inputs.get(0) + ": no such file or folder"
                    + (inputs.size() > 1 ? " (nor any other INPUT)" : "") + ": check the INPUT paths");
        }
    }

    /** Builds {@code inputs} into an open store, prints the summary; 0 when every input loaded, 1 otherwise. */
    static int build(GraphStore store, List<Path> inputs, Optional<LocalDate> date, String base, int threads,
                     Progress progress, PrintStream out, PrintStream err) {
        return build(store, inputs, date, base, threads, BuildRunner.DEFAULT_ARTICLES_PER_TRANSACTION, progress, out, err);
    }

    /** As {@link #build(GraphStore, List, Optional, String, int, Progress, PrintStream, PrintStream)}, committing every {@code batchArticles} articles. */
    static int build(GraphStore store, List<Path> inputs, Optional<LocalDate> date, String base, int threads, int batchArticles,
                     Progress progress, PrintStream out, PrintStream err) {
        Iris iris = new Iris(base);
        store.useBase(base);
        store.ensureOntology();
        store.ensureMergedGraph();
        ArticleGraphs graphs = new ArticleGraphs(new Extractor(HanlpSegmenter.instance()), new EntityResolver(iris),
                new ArticleGraphWriter(iris));
        BuildRunner.Report report = new BuildRunner(store, graphs, date, progress, threads, batchArticles).run(inputs);
        report.problems().forEach(p -> err.println("error: " + p));
        out.printf("built %d articles from %d files in %.1f s%n", report.articles(), report.files(),
                report.elapsed().toMillis() / 1000.0);
        if (!report.inputKinds().isEmpty()) {
            out.println("read: " + report.inputKinds().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey() + (e.getValue() == 1 ? "" : "s"))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        out.printf("statements: %d (%+d)%n", report.statementsAfter(), report.statementsAfter() - report.statementsBefore());
        Map<String, Long> classes = store.entitiesByClass();
        classes.forEach((cls, n) -> out.printf("  %-22s %d%n", cls, n));
        if (report.failed()) {
            err.printf("%d input problem(s); the rest was loaded%n", report.problems().size());
            return 1;
        }
        return 0;
    }
}
