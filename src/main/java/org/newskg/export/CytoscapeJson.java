package org.newskg.export;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The entity graph as Cytoscape.js elements JSON: {"elements":{"nodes":[{data}],"edges":[{data}]}}. */
public final class CytoscapeJson {

    public JsonObject toJson(EntityGraph graph) {
        JsonArray nodes = new JsonArray();
        for (EntityGraph.EntityNode n : graph.nodes()) {
            JsonObject data = new JsonObject();
            data.put("id", n.iri());
            data.put("label", n.label());
            data.put("type", n.type());
            data.put("group", n.group());
            JsonObject el = new JsonObject();
            el.put("data", data);
            nodes.add(el);
        }
        JsonArray edges = new JsonArray();
        int i = 0;
        for (EntityGraph.EntityEdge e : graph.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", "e" + (i++));
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("relation", e.relation());
            data.put("label", e.role().isEmpty() ? e.relation() : e.role());
            if (!e.role().isEmpty()) {
                data.put("role", e.role());
            }
            JsonObject el = new JsonObject();
            el.put("data", data);
            edges.add(el);
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject root = new JsonObject();
        root.put("elements", elements);
        return root;
    }
}
