package org.newskg.resolve;

import java.util.Set;
import java.util.TreeSet;

/**
 * One real-world thing as the graph names it.
 *
 * @param iri       stable IRI, minted from the kind and the canonical name
 * @param className local name of its most specific class (Person, GovernmentBody, Company, Place, Project…)
 * @param label     the canonical name, the only {@code rdfs:label}
 * @param altLabels every other surface form seen, for {@code skos:altLabel}
 */
public record Entity(String iri, String className, String label, Set<String> altLabels) {

    public Entity {
        TreeSet<String> alts = new TreeSet<>(altLabels);
        alts.remove(label);
        altLabels = Set.copyOf(alts);
    }

    /** This entity with more surface forms. */
    Entity withAltLabels(Set<String> more) {
        TreeSet<String> all = new TreeSet<>(altLabels);
        all.addAll(more);
        return new Entity(iri, className, label, all);
    }
}
