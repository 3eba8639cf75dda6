package org.newskg.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an entity graph as GraphML (directed), with label, type, group, iri, relation and role as attributes. */
public final class GraphMlWriter {
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";

    public void write(EntityGraph graph, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            key(w, "label", "node", "label");
            key(w, "type", "node", "type");
            key(w, "group", "node", "group");
            key(w, "iri", "node", "iri");
            key(w, "relation", "edge", "relation");
            key(w, "role", "edge", "role");
            w.writeStartElement("graph");
            w.writeAttribute("id", "newskg");
            w.writeAttribute("edgedefault", "directed");
            // GraphML ids are NMTOKENs, which an IRI with '/' or '%' is not: nodes are numbered.
            java.util.Map<String, String> ids = new java.util.HashMap<>();
            for (EntityGraph.EntityNode n : graph.nodes()) {
                String id = "n" + ids.size();
                ids.put(n.iri(), id);
                w.writeStartElement("node");
                w.writeAttribute("id", id);
                data(w, "label", n.label());
                data(w, "type", n.type());
                data(w, "group", n.group());
                data(w, "iri", n.iri());
                w.writeEndElement();
            }
            int i = 0;
            for (EntityGraph.EntityEdge e : graph.edges()) {
                if (!ids.containsKey(e.source()) || !ids.containsKey(e.target())) {
                    continue;
                }
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + (i++));
                w.writeAttribute("source", ids.get(e.source()));
                w.writeAttribute("target", ids.get(e.target()));
                data(w, "relation", e.relation());
                if (!e.role().isEmpty()) {
                    data(w, "role", e.role());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML writing failed", e);
        }
    }

    public String toString(EntityGraph graph) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void key(XMLStreamWriter w, String id, String scope, String name) throws XMLStreamException {
        w.writeStartElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", scope);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", "string");
        w.writeEndElement();
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }
}
