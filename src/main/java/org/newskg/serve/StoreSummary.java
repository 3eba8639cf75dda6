package org.newskg.serve;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.newskg.rdf.Vocab;
import org.newskg.store.GraphStore;

/**
 * What the home page says about the store: statements and entities by class (subclasses counted
 * under their class, through the ontology graph).
 */
public record StoreSummary(long statements, Map<String, Long> entitiesByClass) {

    /** The classes counted, by local name, in the order shown. */
    static final Map<String, String> CLASSES = classes();

    private static Map<String, String> classes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Article", Vocab.NKG + "Article");
        m.put("Person", Vocab.NKG + "Person");
        m.put("Organization", Vocab.NKG + "Organization");
        m.put("GovernmentBody", Vocab.NKG + "GovernmentBody");
        m.put("Company", Vocab.NKG + "Company");
        m.put("Place", Vocab.NKG + "Place");
        m.put("Project", Vocab.NKG + "Project");
        m.put("Event", Vocab.NKG + "Event");
        m.put("Membership", Vocab.ORG + "Membership");
        return m;
    }

    public static StoreSummary of(GraphStore store) {
        long statements = store.countQuads();
        StringBuilder values = new StringBuilder();
        CLASSES.values().forEach(c -> values.append('<').append(c).append("> "));
        String sparql = "PREFIX rdfs: <" + Vocab.RDFS + ">\n"
                + "SELECT ?cls (COUNT(DISTINCT ?s) AS ?n) WHERE {\n"
                + "  VALUES ?cls { " + values + "}\n"
                + "  ?t rdfs:subClassOf* ?cls . ?s a ?t .\n"
                + "} GROUP BY ?cls";
        Map<String, Long> counts = new LinkedHashMap<>();
        CLASSES.keySet().forEach(k -> counts.put(k, 0L));
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(sparql)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String cls = row.getResource("cls").getURI();
                    CLASSES.forEach((name, iri) -> {
                        if (iri.equals(cls)) {
                            counts.put(name, row.getLiteral("n").getLong());
                        }
                    });
                }
            }
        });
        return new StoreSummary(statements, Map.copyOf(counts));
    }
}
