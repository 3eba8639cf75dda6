package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.rdf.Vocab;

/**
 * Answers a GET for {@code <base>rest} at {@code /rest}: an HTML page or RDF, by content negotiation
 * (Accept, or {@code ?format=html|ttl|jsonld|nt|rdf}). Mount it at each of {@link #PATH_SPECS}.
 */
public final class ResourcePages extends ReadOnlyServlet {
    /** The path specs the resource IRIs of the graph live under. */
    public static final List<String> PATH_SPECS = List.of("/article/*", "/person/*", "/org/*", "/place/*",
            "/role/*", "/membership/*", "/project/*", "/event/*", "/ontology", "/ontology/*");

    private final DatasetGraph dsg;
    private final LocalLinks links;

    public ResourcePages(Dataset dataset, String base) {
        this.dsg = dataset.asDatasetGraph();
        this.links = new LocalLinks(base);
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String iri = links.iriForPath(req.getRequestURI());
        Node node = NodeFactory.createURI(iri);
        ContentNegotiation.Format f = ContentNegotiation.choose(req.getParameter("format"), req.getHeader("Accept"));
        if (f == null) {
            sendText(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "text/plain",
                    "Not acceptable; available: " + ContentNegotiation.mediaTypes() + "\n");
            return;
        }
        boolean ontology = iri.equals(Vocab.ONTOLOGY_GRAPH);
        Txn.executeRead(dsg, () -> {
            try {
                GraphLookup look = new GraphLookup(dsg);
                boolean known = ontology ? dsg.containsGraph(node) : look.exists(node);
                if (!known) {
                    sendHtml(resp, HttpServletResponse.SC_NOT_FOUND, HtmlRenderer.notFound(iri));
                    return;
                }
                if (f == ContentNegotiation.Format.HTML) {
                    sendHtml(resp, 200, new HtmlRenderer(look, links).entityPage(node));
                } else {
                    Graph g = ontology ? look.namedGraph(node) : look.describe(node);
                    RdfResponses.write(resp, 200, g, f);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
