package org.newskg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.rdf.Vocab;

/**
 * Reads over every graph of the store at once (the union the queries see), through the
 * node-level API so that no user input is ever pasted into a query. Callers hold a read transaction.
 */
public final class GraphLookup {
    private final DatasetGraph dsg;

    public GraphLookup(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    public List<Quad> out(Node s) {
        return collect(dsg.find(Node.ANY, s, Node.ANY, Node.ANY));
    }

    public List<Quad> in(Node o) {
        return collect(dsg.find(Node.ANY, Node.ANY, Node.ANY, o));
    }

    public List<Quad> find(Node s, Node p, Node o) {
        return collect(dsg.find(Node.ANY, s, p, o));
    }

    public boolean exists(Node iri) {
        return dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext()
                || dsg.find(Node.ANY, Node.ANY, Node.ANY, iri).hasNext();
    }

    public Set<Node> objects(Node s, Node p) {
        Set<Node> r = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> r.add(q.getObject()));
        return r;
    }

    public Node first(Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    public Set<Node> types(Node s) {
        return objects(s, Vocab.TYPE);
    }

    /** A readable name: the Chinese label, any label, an article's headline, or the IRI's last segment. */
    public String label(Node n) {
        if (!n.isURI() && !n.isBlank()) {
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }
        String any = null;
        for (Node l : objects(n, Vocab.LABEL)) {
            if (l.isLiteral()) {
                if (l.getLiteralLanguage().startsWith("zh")) {
                    return l.getLiteralLexicalForm();
                }
                if (any == null) {
                    any = l.getLiteralLexicalForm();
                }
            }
        }
        if (any != null) {
            return any;
        }
        Node h = first(n, Vocab.HEADLINE);
        if (h != null && h.isLiteral()) {
            return h.getLiteralLexicalForm();
        }
        return localName(n);
    }

    public static String localName(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String u = n.getURI();
        int i = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return i >= 0 && i < u.length() - 1 ? u.substring(i + 1) : u;
    }

    /** The triples about a resource: what it says, what points to it, and the labels of its neighbours. */
    public Graph describe(Node iri) {
        Graph g = GraphFactory.createDefaultGraph();
        List<Node> neighbours = new ArrayList<>();
        for (Quad q : out(iri)) {
            g.add(q.asTriple());
            if (q.getObject().isURI()) {
                neighbours.add(q.getObject());
            }
        }
        for (Quad q : in(iri)) {
            g.add(q.asTriple());
            neighbours.add(q.getSubject());
        }
        for (Node n : neighbours) {
            for (Node l : objects(n, Vocab.LABEL)) {
                g.add(Triple.create(n, Vocab.LABEL, l));
            }
        }
        return g;
    }

    /** Every triple of one named graph (the ontology document). */
    public Graph namedGraph(Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private static List<Quad> collect(Iterator<Quad> it) {
        List<Quad> l = new ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
