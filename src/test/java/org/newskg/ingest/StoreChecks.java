package org.newskg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.store.GraphStore;

/** What the reliability tests read back from a store. */
final class StoreChecks {

    static final String PREFIXES = "PREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
            + "PREFIX schema: <http://schema.org/>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private StoreChecks() {
    }

    static List<QuerySolution> select(GraphStore store, String query) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            List<QuerySolution> rows = new ArrayList<>();
            // the union of the article graphs as the default graph, as the server queries it
            try (var exec = org.apache.jena.query.QueryExecution.create().query(PREFIXES + query).dataset(store.dataset())
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                // copied inside the transaction: TDB2 fetches a result's terms lazily
                exec.execSelect().forEachRemaining(row -> {
                    org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    rows.add(copy);
                });
            }
            return rows;
        });
    }

    static long count(Path storeDir) {
        try (GraphStore store = GraphStore.open(storeDir)) {
            return store.countQuads();
        }
    }

    /**
     * Problems with articles that are not whole: a named graph without an article, an article
     * without its text, an entity typed in an article's graph without its mentionedIn that article.
     */
    static List<String> brokenArticles(GraphStore store) {
        List<String> problems = new ArrayList<>();
        String notMeta = "FILTER(?g != <" + GraphStore.ONTOLOGY_GRAPH + "> && ?g != <" + GraphStore.META_GRAPH + "> && ?g != <"
                + GraphStore.MERGED_GRAPH + ">)";
        select(store, "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } " + notMeta
                + " FILTER NOT EXISTS { GRAPH ?g { ?a a nkg:Article } } }")
                .forEach(r -> problems.add("graph without an article: " + r.get("g")));
        select(store, "SELECT ?g { GRAPH ?g { ?a a nkg:Article } FILTER NOT EXISTS { GRAPH ?g { ?a schema:text ?t } } }")
                .forEach(r -> problems.add("article without text: " + r.get("g")));
        select(store, "SELECT ?g ?e { GRAPH ?g { ?a a nkg:Article . ?e a ?c } "
                + "FILTER(?c IN (nkg:Person, nkg:Place, nkg:GovernmentBody, nkg:Company, nkg:Organization)) "
                + "FILTER NOT EXISTS { GRAPH ?g { ?e nkg:mentionedIn ?a } } }")
                .forEach(r -> problems.add("entity without mentionedIn: " + r.get("e") + " in " + r.get("g")));
        return problems;
    }

    /** Labels carried by more than one person or organisation IRI (the same entity twice). */
    static List<String> duplicateEntities(GraphStore store) {
        List<String> dups = new ArrayList<>();
        select(store, "SELECT ?c ?label (COUNT(DISTINCT ?e) AS ?n) { ?e a ?c ; rdfs:label ?label "
                + "FILTER(?c IN (nkg:Person, nkg:GovernmentBody, nkg:Company)) } GROUP BY ?c ?label HAVING (COUNT(DISTINCT ?e) > 1)")
                .forEach(r -> dups.add(r.get("label") + " x" + r.get("n")));
        return dups;
    }

    /**
     * Whether the merged graph is what the article graphs give: rebuilt from scratch, it stays the
     * same. Rebuilds it, so call it last.
     */
    static boolean mergedGraphIsUpToDate(GraphStore store) {
        Set<Quad> kept = mergedQuads(store);
        store.rebuildMergedGraph();
        return kept.equals(mergedQuads(store));
    }

    private static Set<Quad> mergedQuads(GraphStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> quads = new HashSet<>();
            store.datasetGraph().find(org.apache.jena.graph.NodeFactory.createURI(GraphStore.MERGED_GRAPH),
                    org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(quads::add);
            return quads;
        });
    }

    /** Each article's named graph's quads (and the metadata graph's), by graph IRI; the derived merged graph is left out. */
    static Map<String, Set<Quad>> graphs(Path storeDir) {
        try (GraphStore store = GraphStore.open(storeDir)) {
            return Txn.calculateRead(store.datasetGraph(), () -> {
                Map<String, Set<Quad>> byGraph = new HashMap<>();
                store.datasetGraph().find().forEachRemaining(q -> {
                    if (q.getGraph().isURI() && !q.getGraph().getURI().equals(GraphStore.ONTOLOGY_GRAPH)
                            && !q.getGraph().getURI().equals(GraphStore.MERGED_GRAPH)) {
                        byGraph.computeIfAbsent(q.getGraph().getURI(), g -> new HashSet<>()).add(q);
                    }
                });
                return byGraph;
            });
        }
    }

    /** How many articles of the store came from the input file named {@code sourceFile}. */
    static long articlesFrom(Path storeDir, String sourceFile) {
        try (GraphStore store = GraphStore.open(storeDir)) {
            return select(store, "SELECT ?a { ?a a nkg:Article ; nkg:sourceFile \"" + sourceFile + "\" }").size();
        }
    }

    /** The labels of the persons mentioned in the articles from {@code sourceFile}. */
    static Set<String> personsFrom(Path storeDir, String sourceFile) {
        try (GraphStore store = GraphStore.open(storeDir)) {
            Set<String> names = new HashSet<>();
            select(store, "SELECT ?name { ?a nkg:sourceFile \"" + sourceFile + "\" . ?p a nkg:Person ; "
                    + "nkg:mentionedIn ?a ; rdfs:label ?name }").forEach(r -> names.add(r.getLiteral("name").getString()));
            return names;
        }
    }

    /** Whether any person in the store has {@code name} as label. */
    static boolean hasPerson(Path storeDir, String name) {
        try (GraphStore store = GraphStore.open(storeDir)) {
            return !select(store, "SELECT ?p { ?p a nkg:Person ; rdfs:label \"" + name + "\"@zh } LIMIT 1").isEmpty();
        }
    }
}
