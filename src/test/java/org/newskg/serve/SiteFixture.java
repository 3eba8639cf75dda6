package org.newskg.serve;

import java.nio.file.Path;
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
import org.newskg.store.GraphStore;

/**
 * {@link LdFixture}'s articles written into a TDB2 store on disk (the ontology, merged graph and
 * full-text index made as a build makes them) and served by {@link NewskgServer} on a free port.
 */
final class SiteFixture implements AutoCloseable {
    final GraphStore store;
    final NewskgServer server;

    SiteFixture(Path dir) {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.ensureOntology();
        store.write(List.of(), articleGraphs());
        store.storeBase(LdFixture.BASE);
        server = NewskgServer.start(store, ServerSettings.defaults().withPort(0));
    }

    private static Map<String, Graph> articleGraphs() {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.fromString(LdFixture.TRIG, Lang.TRIG).parse(parsed);
        Map<String, Graph> graphs = new LinkedHashMap<>();
        parsed.listGraphNodes().forEachRemaining((Node g) -> {
            if (!g.getURI().equals(Vocab.ONTOLOGY_GRAPH)) {
                Graph copy = GraphFactory.createDefaultGraph();
                parsed.getGraph(g).find().forEachRemaining(copy::add);
                graphs.put(g.getURI(), copy);
            }
        });
        return graphs;
    }

    /** The server's root, without the closing slash. */
    String root() {
        return server.url().substring(0, server.url().length() - 1);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
