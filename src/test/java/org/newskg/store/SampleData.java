package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.rdf.Vocab;

/** The hand-made test dataset, cut into one {@link SourceGraphs} per source file as the build would give it. */
public final class SampleData {

    public static final String RESOURCE = "newskg/sample.trig";

    private SampleData() {
    }

    public static List<SourceGraphs> batch() {
        return batchOf(read(RESOURCE));
    }

    public static DatasetGraph read(String resource) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = SampleData.class.getClassLoader().getResourceAsStream(resource)) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    /** Groups the named graphs of {@code dsg} by the nkg:sourceFile of the article each holds. */
    public static List<SourceGraphs> batchOf(DatasetGraph dsg) {
        Map<String, Map<String, Graph>> bySource = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(name -> {
            Graph graph = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(graph::add);
            String source = graph.find(Node.ANY, Vocab.SOURCE_FILE, Node.ANY).next().getObject().getLiteralLexicalForm();
            bySource.computeIfAbsent(source, s -> new LinkedHashMap<>()).put(name.getURI(), graph);
        });
        List<SourceGraphs> batch = new ArrayList<>();
        bySource.forEach((source, graphs) -> batch.add(new SourceGraphs(source, graphs)));
        return batch;
    }
}
