package org.newskg.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.Vocab;
import org.newskg.serve.GraphLookup;

/**
 * Builds the entity graph from the store: persons, organisations, places, projects and events as
 * nodes; memberships collapsed to person→organisation edges with the role as attribute, and every
 * direct link between two entities (participation, involvement, location) as an edge.
 * Callers hold a read transaction.
 */
public final class EntityGraphBuilder {
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("Person", "person");
        GROUPS.put("GovernmentBody", "body");
        GROUPS.put("Company", "company");
        for (String o : List.of("University", "ResearchInstitute", "Association", "ChamberOfCommerce",
                "MediaOrganization", "Organization")) {
            GROUPS.put(o, "organization");
        }
        GROUPS.put("Place", "place");
        GROUPS.put("Project", "project");
        for (String e : List.of("Meeting", "Inspection", "Signing", "Award", "Ceremony", "Event")) {
            GROUPS.put(e, "event");
        }
    }

    private final DatasetGraph dsg;
    private final GraphLookup look;

    public EntityGraphBuilder(DatasetGraph dsg) {
        this.dsg = dsg;
        this.look = new GraphLookup(dsg);
    }

    /** The whole entity graph of the store. */
    public EntityGraph all() {
        Map<Node, EntityGraph.EntityNode> nodes = new LinkedHashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(q -> {
            Node s = q.getSubject();
            if (!nodes.containsKey(s)) {
                EntityGraph.EntityNode n = node(s);
                if (n != null) {
                    nodes.put(s, n);
                }
            }
        });
        Set<EntityGraph.EntityEdge> edges = new LinkedHashSet<>();
        for (Node s : nodes.keySet()) {
            directEdges(s, nodes, edges);
        }
        dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.MEMBERSHIP)
                .forEachRemaining(q -> membershipEdges(q.getSubject(), nodes, edges));
        return new EntityGraph(new ArrayList<>(nodes.values()), dropDangling(nodes, edges));
    }

    /** An entity and everything one relation away from it. */
    public EntityGraph neighbourhood(Node center) {
        Map<Node, EntityGraph.EntityNode> nodes = new LinkedHashMap<>();
        EntityGraph.EntityNode c = node(center);
        if (c == null) {
            return new EntityGraph(List.of(), List.of());
        }
        nodes.put(center, c);
        Set<EntityGraph.EntityEdge> edges = new LinkedHashSet<>();
        for (Quad q : look.out(center)) {
            addNeighbour(q.getObject(), nodes);
        }
        for (Quad q : look.in(center)) {
            Node s = q.getSubject();
            if (look.types(s).contains(Vocab.MEMBERSHIP)) {
                look.objects(s, Vocab.MEMBER).forEach(n -> addNeighbour(n, nodes));
                look.objects(s, Vocab.ORGANIZATION_PROP).forEach(n -> addNeighbour(n, nodes));
                membershipEdges(s, nodes, edges);
            } else {
                addNeighbour(s, nodes);
            }
        }
        for (Node s : List.copyOf(nodes.keySet())) {
            directEdges(s, nodes, edges);
        }
        return new EntityGraph(new ArrayList<>(nodes.values()), dropDangling(nodes, edges));
    }

    private void addNeighbour(Node n, Map<Node, EntityGraph.EntityNode> nodes) {
        if (n.isURI() && !nodes.containsKey(n)) {
            EntityGraph.EntityNode e = node(n);
            if (e != null) {
                nodes.put(n, e);
            }
        }
    }

    /** Links from s to other nodes of the set, by any predicate but typing and provenance. */
    private void directEdges(Node s, Map<Node, EntityGraph.EntityNode> nodes, Set<EntityGraph.EntityEdge> edges) {
        for (Quad q : look.out(s)) {
            Node o = q.getObject();
            if (q.getPredicate().equals(Vocab.TYPE) || q.getPredicate().equals(Vocab.MENTIONED_IN) || !nodes.containsKey(o)) {
                continue;
            }
            edges.add(new EntityGraph.EntityEdge(s.getURI(), o.getURI(), GraphLookup.localName(q.getPredicate()), ""));
        }
    }

    private void membershipEdges(Node m, Map<Node, EntityGraph.EntityNode> nodes, Set<EntityGraph.EntityEdge> edges) {
        List<String> roles = new ArrayList<>();
        look.objects(m, Vocab.ROLE_PROP).forEach(r -> roles.add(look.label(r)));
        String role = String.join("、", roles);
        for (Node p : look.objects(m, Vocab.MEMBER)) {
            for (Node o : look.objects(m, Vocab.ORGANIZATION_PROP)) {
                if (nodes.containsKey(p) && nodes.containsKey(o)) {
                    edges.add(new EntityGraph.EntityEdge(p.getURI(), o.getURI(), "membership", role));
                }
            }
        }
    }

    private static List<EntityGraph.EntityEdge> dropDangling(Map<Node, EntityGraph.EntityNode> nodes,
            Set<EntityGraph.EntityEdge> edges) {
        List<EntityGraph.EntityEdge> l = new ArrayList<>();
        for (EntityGraph.EntityEdge e : edges) {
            if (!e.source().equals(e.target())) {
                l.add(e);
            }
        }
        return l;
    }

    /** The node for an entity, or null when the resource is no entity (article, role, membership). */
    EntityGraph.EntityNode node(Node s) {
        if (!s.isURI()) {
            return null;
        }
        String best = null;
        for (Node t : look.types(s)) {
            if (t.isURI() && t.getURI().startsWith(Vocab.NKG)) {
                String local = t.getURI().substring(Vocab.NKG.length());
                // the more specific class wins over the generic ones
                if (GROUPS.containsKey(local) && (best == null || best.equals("Organization") || best.equals("Event"))) {
                    best = local;
                }
            }
        }
        return best == null ? null : new EntityGraph.EntityNode(s.getURI(), look.label(s), best, GROUPS.get(best));
    }

    public static String groupOf(String type) {
        return GROUPS.getOrDefault(type, "other");
    }
}
