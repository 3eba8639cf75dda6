package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.rdf.Vocab;

/** SPARQL 1.1 service description of the read-only endpoint, at {@link #PATH}. */
public final class ServiceDescription extends ReadOnlyServlet {
    public static final String PATH = "/service-description";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final LocalLinks links;

    public ServiceDescription(String base) {
        this.links = new LocalLinks(base);
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        ContentNegotiation.Format f = ContentNegotiation.choose(req.getParameter("format"), req.getHeader("Accept"));
        if (f == null || f == ContentNegotiation.Format.HTML) {
            f = ContentNegotiation.Format.TURTLE;
        }
        RdfResponses.write(resp, 200, describe(origin(req)), f);
    }

    public Graph describe(String origin) {
        Graph g = GraphFactory.createDefaultGraph();
        Node svc = NodeFactory.createURI(origin + PATH + "#service");
        g.add(Triple.create(svc, Vocab.TYPE, sd("Service")));
        g.add(Triple.create(svc, sd("endpoint"), NodeFactory.createURI(origin + "/newskg/sparql")));
        g.add(Triple.create(svc, sd("supportedLanguage"), sd("SPARQL11Query")));
        g.add(Triple.create(svc, sd("feature"), sd("UnionDefaultGraph")));
        for (String fmt : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML"}) {
            g.add(Triple.create(svc, sd("resultFormat"), NodeFactory.createURI(FORMATS + fmt)));
        }
        Node dataset = NodeFactory.createBlankNode();
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(Triple.create(svc, sd("defaultDataset"), dataset));
        g.add(Triple.create(dataset, Vocab.TYPE, sd("Dataset")));
        g.add(Triple.create(dataset, sd("defaultGraph"), defaultGraph));
        g.add(Triple.create(defaultGraph, Vocab.TYPE, sd("Graph")));
        g.add(Triple.create(dataset, NodeFactory.createURI(VoidDescription.VOID + "inDataset"),
                NodeFactory.createURI(links.base() + ".well-known/void#dataset")));
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
