package org.newskg.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an entity graph as GEXF 1.3 (Gephi's own format), with type, group and IRI of nodes and relation and role of edges. */
public final class GexfWriter {
    public static final String NS = "http://gexf.net/1.3";

    public void write(EntityGraph graph, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("version", "1.3");
            w.writeStartElement("graph");
            w.writeAttribute("mode", "static");
            w.writeAttribute("defaultedgetype", "directed");
            attributes(w, "node", "type", "group", "iri");
            attributes(w, "edge", "relation", "role");
            Map<String, String> ids = new HashMap<>();
            w.writeStartElement("nodes");
            for (EntityGraph.EntityNode n : graph.nodes()) {
                String id = "n" + ids.size();
                ids.put(n.iri(), id);
                w.writeStartElement("node");
                w.writeAttribute("id", id);
                w.writeAttribute("label", n.label());
                w.writeStartElement("attvalues");
                value(w, "type", n.type());
                value(w, "group", n.group());
                value(w, "iri", n.iri());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            int i = 0;
            for (EntityGraph.EntityEdge e : graph.edges()) {
                if (!ids.containsKey(e.source()) || !ids.containsKey(e.target())) {
                    continue;
                }
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + (i++));
                w.writeAttribute("source", ids.get(e.source()));
                w.writeAttribute("target", ids.get(e.target()));
                w.writeAttribute("label", e.role().isEmpty() ? e.relation() : e.role());
                w.writeStartElement("attvalues");
                value(w, "relation", e.relation());
                value(w, "role", e.role());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GEXF writing failed", e);
        }
    }

    private static void attributes(XMLStreamWriter w, String cls, String... names) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        for (String n : names) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", n);
            w.writeAttribute("title", n);
            w.writeAttribute("type", "string");
        }
        w.writeEndElement();
    }

    private static void value(XMLStreamWriter w, String key, String v) throws XMLStreamException {
        w.writeEmptyElement("attvalue");
        w.writeAttribute("for", key);
        w.writeAttribute("value", v == null ? "" : v);
    }
}
