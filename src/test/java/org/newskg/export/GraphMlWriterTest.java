package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class GraphMlWriterTest {
    static final String DATA = """
            @prefix nkg: <https://w3id.org/newskg/ontology#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/newskg/article/g1> {
              <https://w3id.org/newskg/person/慕容秋> a nkg:Person ; rdfs:label "慕容秋"@zh .
              <https://w3id.org/newskg/person/夏侯川> a nkg:Person ; rdfs:label "夏侯川"@zh .
              <https://w3id.org/newskg/org/南岭县人民政府> a nkg:GovernmentBody ; rdfs:label "南岭县人民政府"@zh .
              <https://w3id.org/newskg/org/南岭港务集团有限公司> a nkg:Company , nkg:Organization ; rdfs:label "南岭港务集团有限公司"@zh .
              <https://w3id.org/newskg/place/南岭县> a nkg:Place ; rdfs:label "南岭县"@zh .
              <https://w3id.org/newskg/role/县长> a org:Role ; rdfs:label "县长"@zh .
              <https://w3id.org/newskg/membership/g1> a org:Membership ; org:member <https://w3id.org/newskg/person/慕容秋> ;
                org:role <https://w3id.org/newskg/role/县长> ; org:organization <https://w3id.org/newskg/org/南岭县人民政府> .
              <https://w3id.org/newskg/project/南岭港三期> a nkg:Project ; rdfs:label "南岭港三期工程 <&> \\"港\\""@zh ;
                nkg:location <https://w3id.org/newskg/place/南岭县> ;
                nkg:involvedOrganization <https://w3id.org/newskg/org/南岭港务集团有限公司> .
              <https://w3id.org/newskg/event/g1-1> a nkg:Signing , nkg:Event ; rdfs:label "南岭港三期签约"@zh ;
                nkg:place <https://w3id.org/newskg/place/南岭县> ;
                nkg:attendee <https://w3id.org/newskg/person/慕容秋> , <https://w3id.org/newskg/person/夏侯川> ;
                nkg:involvedOrganization <https://w3id.org/newskg/org/南岭港务集团有限公司> .
            }
            """;

    static Schema schema() throws SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return f.newSchema(new StreamSource(GraphMlWriterTest.class.getResourceAsStream("/graphml-structure.xsd")));
    }

    static EntityGraph build() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TRIG).parse(ds);
        return Txn.calculateRead(ds, () -> new EntityGraphBuilder(ds).all());
    }

    @Test
    void entityGraphHasTheEntitiesAndTheirRelations() {
        EntityGraph g = build();
        // persons 2, body, company, place, project, event; no role, membership or article nodes
        assertEquals(7, g.nodes().size());
        Map<String, String> types = new HashMap<>();
        g.nodes().forEach(n -> types.put(n.label(), n.type()));
        assertEquals("Company", types.get("南岭港务集团有限公司"));
        assertEquals("Signing", types.get("南岭港三期签约"));
        assertTrue(g.edges().contains(new EntityGraph.EntityEdge("https://w3id.org/newskg/person/慕容秋",
                "https://w3id.org/newskg/org/南岭县人民政府", "membership", "县长")));
        // membership 1, project location + involvement 2, event place + 2 attendees + involvement 4
        assertEquals(7, g.edges().size());
    }

    @Test
    void graphMlValidatesAndRoundTripsCounts() throws Exception {
        EntityGraph g = build();
        String xml = new GraphMlWriter().toString(g);
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));

        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = doc.getElementsByTagNameNS(GraphMlWriter.NS, "node");
        NodeList edges = doc.getElementsByTagNameNS(GraphMlWriter.NS, "edge");
        assertEquals(g.nodes().size(), nodes.getLength());
        assertEquals(g.edges().size(), edges.getLength());
        // labels with markup characters come back intact
        boolean found = false;
        for (int i = 0; i < nodes.getLength(); i++) {
            NodeList data = ((Element) nodes.item(i)).getElementsByTagNameNS(GraphMlWriter.NS, "data");
            for (int j = 0; j < data.getLength(); j++) {
                found |= data.item(j).getTextContent().equals("南岭港三期工程 <&> \"港\"");
            }
        }
        assertTrue(found, xml);
    }

    @Test
    void gexfRoundTripsCountsAndAttributes() throws Exception {
        EntityGraph g = build();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new GexfWriter().write(g, out);
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(g.nodes().size(), doc.getElementsByTagNameNS(GexfWriter.NS, "node").getLength());
        NodeList edges = doc.getElementsByTagNameNS(GexfWriter.NS, "edge");
        assertEquals(g.edges().size(), edges.getLength());
        boolean role = false;
        for (int i = 0; i < edges.getLength(); i++) {
            role |= ((Element) edges.item(i)).getAttribute("label").equals("县长");
        }
        assertTrue(role);
    }

    @Test
    void schemaRejectsAnEdgeToAnUndeclaredNode() throws Exception {
        EntityGraph broken = new EntityGraph(List.of(new EntityGraph.EntityNode("a", "A", "Person", "person")), List.of());
        String xml = new GraphMlWriter().toString(broken).replace("</graph>",
                "<edge source=\"n0\" target=\"n9\"/></graph>");
        assertThrows(SAXException.class, () -> schema().newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
    }
}
