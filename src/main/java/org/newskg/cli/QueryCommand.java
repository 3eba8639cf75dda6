package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.newskg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg query}: runs one SPARQL query over the union of the store's graphs and prints the answer. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query (a .rq file or the query text) over the union of all graphs in the store.",
            "SELECT prints a table (or csv, tsv, json); ASK prints yes or no; CONSTRUCT and DESCRIBE print Turtle "
                + "(or JSON-LD with --format json)."},
        footer = {"", "Examples:", "  newskg query --store data/tdb2 queries/01-posts-in-a-body.rq",
            "  newskg query --format csv 'SELECT ?name WHERE { ?p a <https://w3id.org/newskg/ontology#Person> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?name }'"})
public final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A file holding a SPARQL query, or the query itself.")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cancel the query after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.matches("text|csv|tsv|json")) {
            throw new UserError("unknown format '" + format + "': use text, csv, tsv or json");
        }
        Query parsed = parse(queryText());
        try (GraphStore graphStore = store.openExisting()) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            run(graphStore, parsed, fmt, out);
            out.flush();
        }
        return 0;
    }

    private String queryText() throws IOException {
        Path file = Path.of(query.length() < 4096 && !query.contains("\n") ? query : ".");
        boolean looksLikeFile = query.endsWith(".rq") || query.endsWith(".sparql")
                || (!query.contains("{") && Files.isRegularFile(file));
        if (looksLikeFile) {
            if (!Files.isRegularFile(file)) {
                throw new UserError("no query file " + query);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        return query;
    }

    private static Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            // the parser's first line says what and where; its list of expected tokens is left out
            String message = e.getMessage() == null ? "cannot parse" : e.getMessage().strip().lines().findFirst().orElse("");
            throw new UserError("bad query: " + message);
        }
    }

    private void run(GraphStore graphStore, Query parsed, String fmt, PrintStream out) {
        Txn.executeRead(graphStore.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(graphStore.dataset()).query(parsed)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                if (parsed.isSelectType()) {
                    printSelect(qe.execSelect(), parsed, fmt, out);
                } else if (parsed.isAskType()) {
                    boolean answer = qe.execAsk();
                    switch (fmt) {
                        case "json" -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                        case "csv" -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
                        case "tsv" -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
                        default -> out.println(answer ? "yes" : "no");
                    }
                } else if (parsed.isConstructType() || parsed.isDescribeType()) {
                    Model model = parsed.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    printGraph(model, fmt, out);
                } else {
                    throw new UserError("unsupported query form");
                }
            } catch (QueryCancelledException e) {
                throw new UserError("query cancelled after " + timeoutSeconds + " s (raise --timeout)");
            }
        });
    }

    private static void printSelect(ResultSet rs, Query parsed, String fmt, OutputStream out) {
        switch (fmt) {
            case "csv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case "tsv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case "json" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            default -> ResultSetFormatter.out(out, rs, parsed.getPrologue());
        }
    }

    private static void printGraph(Model model, String fmt, OutputStream out) {
        switch (fmt) {
            case "json" -> RDFDataMgr.write(out, model, RDFFormat.JSONLD11);
            case "text" -> RDFDataMgr.write(out, model, Lang.TURTLE);
            default -> throw new UserError("a CONSTRUCT or DESCRIBE gives a graph: use --format text (Turtle) or json (JSON-LD)");
        }
    }
}
