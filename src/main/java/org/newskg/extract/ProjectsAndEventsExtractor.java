package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.dates.DateRecognizer;
import org.newskg.extract.events.EventClassifier;
import org.newskg.extract.events.EventFact;
import org.newskg.extract.events.EventRelater;
import org.newskg.extract.money.MoneyRecognizer;
import org.newskg.extract.projects.ProjectFact;
import org.newskg.extract.projects.ProjectRecognizer;
import org.newskg.extract.projects.ProjectRelater;

/**
 * Dates, money, projects and events of one article. Built once (it loads its word lists), then safe to
 * share between threads: every recogniser and relater it holds is immutable.
 */
public final class ProjectsAndEventsExtractor {

    /** What was read: the date, money and project mentions, and the project and event facts. */
    public record Reading(List<Mention> mentions, List<ProjectFact> projects, List<EventFact> events) {

        public Reading {
            mentions = List.copyOf(mentions);
            projects = List.copyOf(projects);
            events = List.copyOf(events);
        }
    }

    private final DateRecognizer dates = new DateRecognizer();
    private final MoneyRecognizer money = new MoneyRecognizer();
    private final ProjectRecognizer projects = new ProjectRecognizer();
    private final ProjectRelater projectRelater = new ProjectRelater();
    private final EventRelater eventRelater = new EventRelater(new EventClassifier());

    public ProjectsAndEventsExtractor() {
    }

    /** entityMentions: the persons, roles, organisations and places already recognised in this article. */
    public Reading read(ArticleText text, List<Mention> entityMentions) {
        List<DateMention> dateMentions = dates.recognize(text.article());
        List<MoneyMention> moneyMentions = money.recognize(text.text());
        List<ProjectMention> projectMentions = projects.recognize(text);
        List<ProjectFact> projectFacts = projectRelater.relate(text.text(), projectMentions, moneyMentions, entityMentions);
        List<EventFact> events = eventRelater.relate(text.article(), dateMentions, entityMentions);
        List<Mention> mentions = new ArrayList<>(dateMentions);
        mentions.addAll(moneyMentions);
        mentions.addAll(projectMentions);
        mentions.sort((x, y) -> x.span().compareTo(y.span()));
        return new Reading(mentions, projectFacts, events);
    }
}
