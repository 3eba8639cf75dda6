package org.newskg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.newskg.store.GraphStore;

/**
 * A sample of the merged graph to read by eye after a change, class by class: each entity's place in
 * the sample is the hash of its IRI and a seed, so a rebuild of the same input draws the same entities
 * and a change shows as entities leaving or joining it. Writes one TSV line per entity (class, label,
 * article count, IRI) with an empty column for the reader's verdict.
 *   usage: ClassSample --store DIR [--per-class 40] [--seed newskg] [--out sample.tsv]
 */
public final class ClassSample {

    /** The classes a researcher counts, by the SPARQL pattern that selects their members. */
    static final Map<String, String> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put("place", "?s a nkg:Place");
        CLASSES.put("government body", "?s a nkg:GovernmentBody");
        CLASSES.put("company", "?s a nkg:Company");
        CLASSES.put("person", "?s a nkg:Person");
        CLASSES.put("post", "?s a org:Membership");
        CLASSES.put("event", "?s a/rdfs:subClassOf* nkg:Event");
        CLASSES.put("project", "?s a nkg:Project");
    }

    private ClassSample() {
    }

    public static void main(String[] args) throws IOException {
        Path store = null;
        int perClass = 40;
        String seed = "newskg";
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> store = Path.of(args[++i]);
                case "--per-class" -> perClass = Integer.parseInt(args[++i]);
                case "--seed" -> seed = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: ClassSample --store DIR [--per-class 40] [--seed newskg] [--out sample.tsv]");
            }
        }
        if (store == null) {
            throw new IllegalArgumentException("--store DIR is required");
        }
        PrintStream sink = out == null ? System.out
                : new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8);
        sink.println("class\tlabel\tarticles\tiri\tright (y/n)");
        try (GraphStore graphStore = GraphStore.open(store)) {
            for (Map.Entry<String, String> c : CLASSES.entrySet()) {
                String query = query(c.getValue(), perClass, seed);
                Txn.executeRead(graphStore.dataset(), () -> {
                    try (QueryExecution qe = QueryExecution.dataset(graphStore.dataset()).query(query).build()) {
                        qe.execSelect().forEachRemaining(row -> sink.println(c.getKey() + "\t"
                                + row.getLiteral("l").getString().replace('\t', ' ').replace('\n', ' ') + "\t"
                                + (row.contains("n") ? row.getLiteral("n").getLexicalForm() : "") + "\t"
                                + row.getResource("s").getURI() + "\t"));
                    }
                });
            }
        }
        if (out != null) {
            sink.close();
        }
    }

    /** Members of a class in the merged graph, ordered by the hash of IRI and seed. */
    static String query(String pattern, int limit, String seed) {
        return """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?s ?l ?n WHERE {
                  GRAPH <https://w3id.org/newskg/merged> { %s ; rdfs:label ?l OPTIONAL { ?s nkg:articleCount ?n } }
                } ORDER BY SHA1(CONCAT(STR(?s), "%s")) LIMIT %d""".formatted(pattern, seed.replace("\"", ""), limit);
    }
}
