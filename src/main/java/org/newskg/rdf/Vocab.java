package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of the graph's public vocabulary (VOCABULARY.md) and of the vocabularies it reuses. */
public final class Vocab {

    public static final String NKG = "https://w3id.org/newskg/ontology#";
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/newskg/ontology";
    /** The graph holding every entity once, merged from all articles, with its article count. */
    public static final String MERGED_GRAPH = "https://w3id.org/newskg/merged";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    public static final Node TYPE = uri(RDF + "type");
    public static final Node LABEL = uri(RDFS + "label");
    public static final Node ALT_LABEL = uri(SKOS + "altLabel");

    // classes
    public static final Node ARTICLE = nkg("Article");
    public static final Node PERSON = nkg("Person");
    public static final Node ORGANIZATION = nkg("Organization");
    public static final Node GOVERNMENT_BODY = nkg("GovernmentBody");
    public static final Node COMPANY = nkg("Company");
    public static final Node PLACE = nkg("Place");
    public static final Node PROJECT = nkg("Project");
    public static final Node EVENT = nkg("Event");
    public static final Node MEMBERSHIP = uri(ORG + "Membership");
    public static final Node ROLE = uri(ORG + "Role");

    // properties
    public static final Node MENTIONED_IN = nkg("mentionedIn");
    public static final Node ARTICLE_COUNT = nkg("articleCount");
    public static final Node SOURCE_FILE = nkg("sourceFile");
    public static final Node INVESTMENT = nkg("investment");
    public static final Node LOCATION = nkg("location");
    public static final Node DATE = nkg("date");
    public static final Node PLACE_PROP = nkg("place");
    public static final Node PARTICIPANT = nkg("participant");
    public static final Node INVOLVED_ORGANIZATION = nkg("involvedOrganization");
    public static final Node EVIDENCE = nkg("evidence");
    public static final Node EVIDENCE_START = nkg("evidenceStart");
    public static final Node EVIDENCE_END = nkg("evidenceEnd");
    public static final Node HEADLINE = uri(SCHEMA + "headline");
    public static final Node DATE_PUBLISHED = uri(SCHEMA + "datePublished");
    public static final Node AUTHOR = uri(SCHEMA + "author");
    public static final Node TEXT = uri(SCHEMA + "text");
    public static final Node URL = uri(SCHEMA + "url");
    public static final Node MEMBER = uri(ORG + "member");
    public static final Node ORGANIZATION_PROP = uri(ORG + "organization");
    public static final Node ROLE_PROP = uri(ORG + "role");

    private Vocab() {
    }

    public static Node nkg(String local) {
        return uri(NKG + local);
    }

    public static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
