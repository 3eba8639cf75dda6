package org.newskg.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newskg.rdf.Vocab;
import org.newskg.store.GraphStore;

/**
 * The names of the roles a graph view and a page show (chair, speaker, location …): the Chinese and
 * English labels the ontology gives each property, read once from the ontology in the jar. A page
 * shows the Chinese name and offers the English one on hover.
 */
final class RoleNames {
    /** A role's two names. */
    record Name(String zh, String en) {
    }

    /** A post (a membership edge) has no property of its own; its edge is named by the post's title. */
    static final String MEMBERSHIP = "membership";
    private static final Name POST = new Name("职务", "post");
    private static final RoleNames SHIPPED = new RoleNames(GraphStore.ontologyGraph());

    private final Map<String, Name> names = new LinkedHashMap<>();

    RoleNames(Graph ontology) {
        Map<String, String> zh = new LinkedHashMap<>();
        Map<String, String> en = new LinkedHashMap<>();
        ontology.find(Node.ANY, Vocab.LABEL, Node.ANY).forEachRemaining((Triple t) -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Vocab.NKG) && t.getObject().isLiteral()) {
                String local = t.getSubject().getURI().substring(Vocab.NKG.length());
                String lang = t.getObject().getLiteralLanguage();
                (lang.startsWith("zh") ? zh : en).putIfAbsent(local, t.getObject().getLiteralLexicalForm());
            }
        });
        zh.forEach((local, name) -> names.put(local, new Name(name, en.getOrDefault(local, local))));
        names.put(MEMBERSHIP, POST);
    }

    /** The names of the ontology shipped in the jar. */
    static RoleNames shipped() {
        return SHIPPED;
    }

    /** A relation's names by its local name (chair → 主持人 / chair); one the ontology does not name keeps its own. */
    Name of(String relation) {
        return names.getOrDefault(relation, new Name(relation, relation));
    }

    /** The roles as JSON, {"chair": ["主持人", "chair"], …}, for the graph view's script. */
    String json() {
        JsonObject o = new JsonObject();
        names.forEach((local, n) -> {
            JsonArray pair = new JsonArray();
            pair.add(n.zh());
            pair.add(n.en());
            o.put(local, pair);
        });
        return o.toString();
    }
}
