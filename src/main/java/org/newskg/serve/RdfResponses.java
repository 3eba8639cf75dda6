package org.newskg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.rdf.Vocab;

/** Writes a graph as the negotiated RDF syntax. */
final class RdfResponses {
    private RdfResponses() {
    }

    static void write(HttpServletResponse resp, int status, Graph g, ContentNegotiation.Format f) throws IOException {
        g.getPrefixMapping().setNsPrefix("nkg", Vocab.NKG).setNsPrefix("org", Vocab.ORG)
                .setNsPrefix("schema", Vocab.SCHEMA).setNsPrefix("skos", Vocab.SKOS)
                .setNsPrefix("rdfs", Vocab.RDFS).setNsPrefix("xsd", Vocab.XSD)
                .setNsPrefix("void", "http://rdfs.org/ns/void#")
                .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
        resp.setStatus(status);
        resp.setContentType(f.mediaType + "; charset=utf-8");
        RDFDataMgr.write(resp.getOutputStream(), g, f.lang);
    }
}
