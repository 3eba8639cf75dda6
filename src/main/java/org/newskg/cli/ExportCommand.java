package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.export.EntityGraphFiles;
import org.newskg.store.ExportFormat;
import org.newskg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newskg export}: writes the whole store, ontology included, as one RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole store, ontology included, to a file or to standard output.",
            "nquads and trig keep each article's named graph; turtle writes the union of all graphs; "
                + "jsonld writes the named graphs as JSON-LD. A file name ending in .gz is gzipped.",
            "graphml, gexf and cyjs write the entity graph (persons, organisations, places, projects, events "
                + "as nodes with label and type; posts, participation, involvement and location as edges) "
                + "for Gephi and Cytoscape."},
        footer = {"", "Example:", "  newskg export --store data/tdb2 --format nquads --out graph.nq"})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nquads",
            description = "nquads, trig, turtle, jsonld, graphml, gexf or cyjs (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        boolean entityGraph = EntityGraphFiles.supports(format);
        ExportFormat exportFormat = null;
        if (!entityGraph) {
            try {
                exportFormat = ExportFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage() + " (or graphml, gexf, cyjs)");
            }
        }
        try (GraphStore graphStore = store.openExisting()) {
            if (!graphStore.hasOntology()) {
                graphStore.ensureOntology();
            }
            ExportFormat rdf = exportFormat;
            OutputFile.Content dump = entityGraph
                    ? sink -> EntityGraphFiles.write(graphStore.datasetGraph(), format, sink)
                    : sink -> graphStore.export(sink, rdf);
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                dump.to(stdout);
                stdout.flush();
            } else {
                OutputFile.write(out, out.getFileName().toString().endsWith(".gz") ? OutputFile.gzipped(dump) : dump);
                System.err.println("wrote " + out + " (" + format.toLowerCase() + (entityGraph ? ")"
                        : ", " + graphStore.countQuads() + " statements)"));
            }
        }
        return 0;
    }
}
