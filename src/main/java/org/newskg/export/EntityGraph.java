package org.newskg.export;

import java.util.List;

/** The entity graph for visualisation tools: entities as nodes, relations between them as edges. */
public record EntityGraph(List<EntityNode> nodes, List<EntityEdge> edges) {

    /** An entity: its IRI, label, most specific class (local name) and drawing group. */
    public record EntityNode(String iri, String label, String type, String group) {
    }

    /**
     * A relation: {@code relation} is membership, or the local name of the predicate
     * (attendee, chair, involvedOrganization, location, place, …); {@code role} the post of a membership.
     */
    public record EntityEdge(String source, String target, String relation, String role) {
    }

    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
