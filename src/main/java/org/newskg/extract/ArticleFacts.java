package org.newskg.extract;

import java.util.List;
import org.newskg.extract.events.EventFact;
import org.newskg.extract.people.Membership;
import org.newskg.extract.projects.ProjectFact;
import org.newskg.text.Article;

/** Everything read out of one article: its mentions, and the facts that relate them. */
public record ArticleFacts(Article article, List<Mention> mentions, List<Membership> memberships,
                           List<ProjectFact> projects, List<EventFact> events) {

    public ArticleFacts {
        mentions = List.copyOf(mentions);
        memberships = List.copyOf(memberships);
        projects = List.copyOf(projects);
        events = List.copyOf(events);
    }

    public <T extends Mention> List<T> mentionsOf(Class<T> kind) {
        return mentions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
