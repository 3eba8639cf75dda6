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
import org.newskg.ingest.ArticleGraphs;
import org.newskg.ingest.BuildRunner;
import org.newskg.ingest.DatesFile;
import org.newskg.ingest.DatesFileProblem;
import org.newskg.ingest.InputFiles;
import org.newskg.ingest.Progress;
import org.newskg.ingest.PublicationDates;
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

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = {"Publication date of every page file, over its dates.tsv line and the date the page states.",
                "Without it, a page is dated by the dates.tsv beside it (file-name<TAB>yyyy-MM-dd lines), else by its own "
                        + "masthead or 发布时间 line; JSON Lines records keep their \"date\" field."})
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
        refuseWhenNothingToRead(inputs);
        PublicationDates dates = publicationDates(publication, inputs);
        try (GraphStore graphStore = StoreOpener.open(store, "build")) {
            return build(graphStore, inputs, dates, base, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    batchArticles, Progress.toStderr(), System.out, System.err);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a store built under another base, a bad --base
            throw new UserError(e.getMessage(), e);
        }
    }

    /**
     * A build of which no INPUT exists, or which is given only dates files, would only make an
     * empty store: refused before the store is touched. Where some INPUT is a page or a folder, the
     * missing ones are reported with the build's other problems.
     */
    static void refuseWhenNothingToRead(List<Path> inputs) {
        boolean nothing = inputs.stream().allMatch(p -> !Files.exists(p) || DatesFile.isDatesFile(p) && !Files.isDirectory(p));
        if (nothing) {
            Path first = inputs.get(0);
            String why = Files.exists(first) ? "a dates file, not a page: give its folder, and it dates the pages there"
                    : "no such file or folder: check the INPUT paths";
            throw new UserError(first + ": " + why + (inputs.size() > 1 ? " (no other INPUT is a page or a folder either)" : ""));
        }
    }

    /** The dates of the pages of {@code inputs}; a bad dates file line stops the build before the store is opened. */
    static PublicationDates publicationDates(Optional<LocalDate> date, List<Path> inputs) {
        try {
            return PublicationDates.read(date, InputFiles.list(inputs).files());
        } catch (DatesFileProblem e) {
            throw new UserError(e.getMessage() + ": correct or remove that line (file-name<TAB>yyyy-MM-dd); nothing was built", e);
        }
    }

    /** Builds {@code inputs} into an open store, prints the summary; 0 when every input loaded, 1 otherwise. */
    static int build(GraphStore store, List<Path> inputs, PublicationDates dates, String base, int threads,
                     Progress progress, PrintStream out, PrintStream err) {
        return build(store, inputs, dates, base, threads, BuildRunner.DEFAULT_ARTICLES_PER_TRANSACTION, progress, out, err);
    }

    /** As {@link #build(GraphStore, List, PublicationDates, String, int, Progress, PrintStream, PrintStream)}, committing every {@code batchArticles} articles. */
    static int build(GraphStore store, List<Path> inputs, PublicationDates dates, String base, int threads, int batchArticles,
                     Progress progress, PrintStream out, PrintStream err) {
        Iris iris = new Iris(base);
        store.useBase(base);
        store.ensureOntology();
        store.ensureMergedGraph();
        ArticleGraphs graphs = new ArticleGraphs(new Extractor(HanlpSegmenter.instance()), new EntityResolver(iris),
                new ArticleGraphWriter(iris));
        BuildRunner.Report report = new BuildRunner(store, graphs, dates, progress, threads, batchArticles).run(inputs);
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
