package org.newskg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.Vocab;

/**
 * The merged graph: every entity, post and event once, with what all articles say of it (types,
 * names, links, amounts, dates) and {@code nkg:articleCount}, the number of articles that mention
 * it. It is derived from the article graphs and kept in step with them by every write, so questions
 * about the whole graph (who holds which post, the most mentioned bodies) read one graph instead of
 * joining across twenty thousand. What stays with its article only: the article's own statements
 * (headline, text), the evidence sentences and their offsets, and the {@code nkg:mentionedIn} links.
 * What it adds: a chair, speaker or other sub-property of {@code nkg:participant} is also stated as
 * {@code nkg:participant}, so "who took part" is one property to follow.
 */
final class MergedGraph {

    static final Node NAME = NodeFactory.createURI(Vocab.MERGED_GRAPH);
    private static final Node ARTICLE_COUNT = Vocab.ARTICLE_COUNT;

    private static final Set<Node> ARTICLE_ONLY = Set.of(Vocab.EVIDENCE, Vocab.EVIDENCE_START, Vocab.EVIDENCE_END,
            Vocab.MENTIONED_IN);

    /** The sub-properties of nkg:participant in the ontology, at any depth. */
    private static final Set<Node> PARTICIPATIONS = subPropertiesOf(Vocab.PARTICIPANT);

    private MergedGraph() {
    }

    private static Set<Node> subPropertiesOf(Node top) {
        Graph ontology = GraphStore.ontologyGraph();
        Node subPropertyOf = NodeFactory.createURI(Vocab.RDFS + "subPropertyOf");
        Set<Node> found = new HashSet<>();
        List<Node> frontier = new ArrayList<>(List.of(top));
        while (!frontier.isEmpty()) {
            Node p = frontier.remove(frontier.size() - 1);
            ontology.find(Node.ANY, subPropertyOf, p).forEachRemaining(t -> {
                if (found.add(t.getSubject())) {
                    frontier.add(t.getSubject());
                }
            });
        }
        found.remove(top);
        return Set.copyOf(found);
    }

    /** The merged statements an article's statement gives: itself, and its participation as nkg:participant. */
    private static void mergedOf(Triple t, Consumer<Triple> out) {
        out.accept(t);
        if (PARTICIPATIONS.contains(t.getPredicate())) {
            out.accept(Triple.create(t.getSubject(), Vocab.PARTICIPANT, t.getObject()));
        }
    }

    /** Whether a quad of graph {@code g} about {@code subject} is an article's statement the merged graph takes. */
    private static boolean merged(Node g, Node subject, Node predicate) {
        return isArticleGraph(g) && !subject.equals(g) && !ARTICLE_ONLY.contains(predicate);
    }

    /** Whether {@code g} names an article's graph (not the ontology, metadata or merged graph). */
    static boolean isArticleGraph(Node g) {
        return g.isURI() && !Quad.isDefaultGraph(g) && !GraphStore.isReserved(g.getURI());
    }

    /**
     * Recomputes the merged statements of each of {@code subjects} from the article graphs; inside a
     * write transaction, after the article graphs changed. A subject no article speaks of any more
     * leaves the merged graph.
     */
    static void refresh(DatasetGraph dsg, Collection<Node> subjects) {
        List<Triple> add = new ArrayList<>();
        for (Node s : subjects) {
            dsg.deleteAny(NAME, s, Node.ANY, Node.ANY);
            Set<Node> articles = new HashSet<>();
            Set<Triple> seen = new HashSet<>();
            Iterator<Quad> it = dsg.find(Node.ANY, s, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getPredicate().equals(Vocab.MENTIONED_IN) && isArticleGraph(q.getGraph())) {
                    articles.add(q.getObject());
                } else if (merged(q.getGraph(), s, q.getPredicate())) {
                    mergedOf(q.asTriple(), t -> {
                        if (seen.add(t)) {
                            add.add(t);
                        }
                    });
                }
            }
            if (!articles.isEmpty()) {
                add.add(Triple.create(s, ARTICLE_COUNT, count(articles.size())));
            }
            add.forEach(t -> dsg.add(NAME, t.getSubject(), t.getPredicate(), t.getObject()));
            add.clear();
        }
    }

    /**
     * What one write transaction changes in the article graphs, gathered as it writes, so that the
     * merged graph can follow by difference: a statement an old graph gave goes only if no article
     * graph states it any more, and the article counts move by the graphs that came and went. A
     * subject mentioned in thousands of articles then costs what the change touches, not a pass
     * over all its mentions.
     */
    static final class Delta {
        private final Set<Triple> removed = new HashSet<>();
        private final Set<Triple> added = new HashSet<>();
        private final Map<Node, Integer> mentions = new HashMap<>();

        /** The stored graph {@code g} is about to be deleted or replaced; inside the write transaction. */
        void dropping(DatasetGraph dsg, Node g) {
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> note(g, q.asTriple(), removed, -1));
        }

        /** {@code t} is being stored in graph {@code g}, its literal as stored. */
        void writing(Node g, Triple t) {
            note(g, t, added, +1);
        }

        private void note(Node g, Triple t, Set<Triple> into, int sign) {
            if (t.getSubject().equals(g)) {
                return;
            }
            if (t.getPredicate().equals(Vocab.MENTIONED_IN)) {
                mentions.merge(t.getSubject(), sign, Integer::sum);
            } else if (!ARTICLE_ONLY.contains(t.getPredicate())) {
                mergedOf(t, into::add);
            }
        }

        /** Brings the merged graph in step; inside the write transaction, after the article graphs were written. */
        void apply(DatasetGraph dsg) {
            for (Triple t : removed) {
                if (!added.contains(t) && !stillStated(dsg, t)) {
                    dsg.delete(NAME, t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
            for (Triple t : added) {
                dsg.add(NAME, t.getSubject(), t.getPredicate(), t.getObject());
            }
            mentions.forEach((s, change) -> {
                if (change != 0) {
                    long before = 0;
                    Iterator<Quad> it = dsg.find(NAME, s, ARTICLE_COUNT, Node.ANY);
                    if (it.hasNext()) {
                        before = ((Number) it.next().getObject().getLiteralValue()).longValue();
                    }
                    dsg.deleteAny(NAME, s, ARTICLE_COUNT, Node.ANY);
                    if (before + change > 0) {
                        dsg.add(NAME, s, ARTICLE_COUNT, count((int) (before + change)));
                    }
                }
            });
        }

        /** Whether an article graph still gives {@code t} (for a participation: any participation of the pair). */
        private static boolean stillStated(DatasetGraph dsg, Triple t) {
            if (t.getPredicate().equals(Vocab.PARTICIPANT)) {
                for (Node p : PARTICIPATIONS) {
                    if (statedInAnArticle(dsg, t.getSubject(), p, t.getObject())) {
                        return true;
                    }
                }
            }
            return statedInAnArticle(dsg, t.getSubject(), t.getPredicate(), t.getObject());
        }

        private static boolean statedInAnArticle(DatasetGraph dsg, Node s, Node p, Node o) {
            Iterator<Quad> it = dsg.find(Node.ANY, s, p, o);
            while (it.hasNext()) {
                if (isArticleGraph(it.next().getGraph())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Rebuilds the whole merged graph from the article graphs; inside a write transaction. */
    static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(NAME, Node.ANY, Node.ANY, Node.ANY);
        Collector collector = new Collector();
        List<Quad> out = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            collector.add(q.getGraph(), q.asTriple(), out::add);
        }
        collector.finish(out::add);
        out.forEach(dsg::add);
    }

    /**
     * The merged graph of a stream of article graphs, for a bulk load: each merged statement is
     * given once, as its first article gives it, and the article counts at the end. Holds one entry
     * per distinct merged statement and per entity, never the articles.
     */
    static final class Collector {
        private final Set<Triple> seen = new HashSet<>();
        private final Map<Node, Set<Node>> articles = new HashMap<>();

        void add(Node g, Triple t, Consumer<Quad> out) {
            if (t.getPredicate().equals(Vocab.MENTIONED_IN)) {
                if (isArticleGraph(g) && !t.getSubject().equals(g)) {
                    articles.computeIfAbsent(t.getSubject(), k -> new HashSet<>(4)).add(t.getObject());
                }
            } else if (merged(g, t.getSubject(), t.getPredicate())) {
                mergedOf(t, m -> {
                    if (seen.add(m)) {
                        out.accept(Quad.create(NAME, m));
                    }
                });
            }
        }

        void finish(Consumer<Quad> out) {
            articles.forEach((s, a) -> out.accept(Quad.create(NAME, s, ARTICLE_COUNT, count(a.size()))));
        }
    }

    private static Node count(int n) {
        return NodeFactory.createLiteral(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
