package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.export.CytoscapeJson;
import org.newskg.export.EntityGraph;
import org.newskg.export.EntityGraphBuilder;
import org.newskg.export.GraphMlWriter;

/**
 * An entity's neighbourhood: Cytoscape.js JSON at {@link #JSON_PATH}{@code ?iri=…}, GraphML at
 * {@link #GRAPHML_PATH}{@code ?iri=…}. Mount the one servlet at both paths.
 */
public final class NeighbourhoodServlet extends ReadOnlyServlet {
    public static final String JSON_PATH = "/api/neighbourhood";
    public static final String GRAPHML_PATH = "/api/neighbourhood.graphml";

    private final DatasetGraph dsg;

    public NeighbourhoodServlet(Dataset dataset, String base) {
        this.dsg = dataset.asDatasetGraph();
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = req.getParameter("iri");
        if (iri == null || iri.isBlank()) {
            sendText(resp, 400, "text/plain", "missing parameter iri\n");
            return;
        }
        EntityGraph g = Txn.calculateRead(dsg,
                () -> new EntityGraphBuilder(dsg).neighbourhood(NodeFactory.createURI(iri.trim())));
        if (g.nodes().isEmpty()) {
            sendText(resp, 404, "text/plain", "no entity with that IRI\n");
            return;
        }
        if (req.getRequestURI().endsWith(".graphml")) {
            resp.setStatus(200);
            resp.setContentType("application/graphml+xml; charset=utf-8");
            resp.setHeader("Content-Disposition", "attachment; filename=\"neighbourhood.graphml\"");
            new GraphMlWriter().write(g, resp.getOutputStream());
        } else {
            sendText(resp, 200, "application/json", new CytoscapeJson().toJson(g).toString());
        }
    }
}
