package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.rdf.Vocab;

/** The ontology file declares every public term with two labels and a comment. */
class OntologyTest {

    private static final Graph ONTOLOGY = load("ontology/newskg.ttl");

    @ParameterizedTest
    @ValueSource(strings = {
        // VOCABULARY.md
        "nkg:Article", "nkg:Person", "nkg:Organization", "nkg:GovernmentBody", "nkg:Company", "nkg:Place",
        "nkg:Project", "nkg:Event", "nkg:Meeting", "nkg:Inspection", "nkg:Signing", "nkg:Award", "nkg:Ceremony",
        "nkg:mentionedIn", "nkg:sourceFile", "nkg:investment", "nkg:location", "nkg:date", "nkg:place",
        "nkg:participant", "org:Membership", "org:Role", "org:member", "org:organization", "org:role",
        "schema:headline", "schema:datePublished", "schema:author", "schema:text", "schema:NewsArticle",
        "foaf:Person", "org:Organization", "skos:altLabel", "rdfs:label",
        // the extensions the build emits
        "nkg:University", "nkg:ResearchInstitute", "nkg:Association", "nkg:ChamberOfCommerce",
        "nkg:MediaOrganization", "nkg:chair", "nkg:speaker", "nkg:leader", "nkg:attendee",
        "nkg:involvedOrganization", "nkg:endDate", "nkg:evidence", "nkg:evidenceStart", "nkg:evidenceEnd",
        "nkg:revenue", "nkg:outputValue", "nkg:taxRevenue", "nkg:completedInvestment", "nkg:otherAmount",
        "schema:url"})
    void everyTermIsDeclaredWithLabelsAndComment(String curie) {
        Node term = expand(curie);
        assertTrue(ONTOLOGY.find(term, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .anyMatch(t -> t.equals(OWL2.Class.asNode()) || t.equals(OWL2.ObjectProperty.asNode())
                        || t.equals(OWL2.DatatypeProperty.asNode()) || t.equals(OWL2.AnnotationProperty.asNode())),
                curie + " is declared");
        assertTrue(hasLabel(term, "zh"), curie + " has a Chinese label");
        assertTrue(hasLabel(term, "en"), curie + " has an English label");
        assertTrue(ONTOLOGY.contains(term, RDFS.comment.asNode(), Node.ANY), curie + " has a comment");
    }

    @Test
    void subclassesAndSubpropertiesFollowTheVocabulary() {
        assertSub("nkg:Article", "schema:NewsArticle", RDFS.subClassOf.asNode());
        assertSub("nkg:Person", "foaf:Person", RDFS.subClassOf.asNode());
        assertSub("nkg:Organization", "org:Organization", RDFS.subClassOf.asNode());
        for (String c : List.of("GovernmentBody", "Company", "University", "ResearchInstitute", "Association",
                "ChamberOfCommerce", "MediaOrganization")) {
            assertSub("nkg:" + c, "nkg:Organization", RDFS.subClassOf.asNode());
        }
        for (String c : List.of("Meeting", "Inspection", "Signing", "Award", "Ceremony")) {
            assertSub("nkg:" + c, "nkg:Event", RDFS.subClassOf.asNode());
        }
        for (String p : List.of("chair", "speaker", "leader", "attendee", "involvedOrganization")) {
            assertSub("nkg:" + p, "nkg:participant", RDFS.subPropertyOf.asNode());
        }
    }

    @Test
    void ontologyIriIsDeclared() {
        assertTrue(ONTOLOGY.contains(Vocab.uri(Vocab.ONTOLOGY_GRAPH), RDF.type.asNode(), OWL2.Ontology.asNode()));
    }

    @Test
    void shapesParse() {
        Shapes shapes = Shapes.parse(load("ontology/shapes.ttl"));
        List<String> targets = new ArrayList<>();
        shapes.getTargetShapes().forEach(s -> s.getTargets().forEach(t -> targets.add(t.getObject().getURI())));
        for (Node c : List.of(Vocab.ARTICLE, Vocab.PERSON, Vocab.ORGANIZATION, Vocab.PLACE, Vocab.PROJECT,
                Vocab.EVENT, Vocab.MEMBERSHIP)) {
            assertTrue(targets.contains(c.getURI()), "a shape targets " + c);
        }
        assertEquals(8, shapes.numRootShapes());
    }

    private static void assertSub(String sub, String sup, Node relation) {
        assertTrue(ONTOLOGY.contains(expand(sub), relation, expand(sup)), sub + " under " + sup);
    }

    private static boolean hasLabel(Node term, String lang) {
        return ONTOLOGY.find(term, RDFS.label.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage()));
    }

    private static Node expand(String curie) {
        String prefix = curie.substring(0, curie.indexOf(':'));
        String local = curie.substring(curie.indexOf(':') + 1);
        String ns = switch (prefix) {
            case "nkg" -> Vocab.NKG;
            case "org" -> Vocab.ORG;
            case "schema" -> Vocab.SCHEMA;
            case "foaf" -> Vocab.FOAF;
            case "skos" -> Vocab.SKOS;
            case "rdfs" -> Vocab.RDFS;
            default -> throw new IllegalArgumentException(curie);
        };
        return Vocab.uri(ns + local);
    }

    static Graph load(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyTest.class.getClassLoader().getResourceAsStream(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return g;
    }
}
