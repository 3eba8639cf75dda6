package org.newskg.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Mention;

/**
 * An article's facts with every named thing resolved to its entity.
 *
 * @param entityIris the entity each person, organisation, place and project mention stands for
 * @param entities   the entities of this article by IRI, their surface forms merged
 * @param authors    the article's reporters as persons
 */
public record ResolvedArticle(ArticleFacts facts, String articleIri, RegionContext region,
                              Map<Mention, String> entityIris, Map<String, Entity> entities, List<Entity> authors) {

    public ResolvedArticle {
        entityIris = Map.copyOf(entityIris);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
        authors = List.copyOf(authors);
    }

    public Optional<Entity> entityOf(Mention mention) {
        return Optional.ofNullable(entityIris.get(mention)).map(entities::get);
    }
}
