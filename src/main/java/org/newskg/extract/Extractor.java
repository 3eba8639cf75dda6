package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.nlp.Segmenter;
import org.newskg.text.Article;

/**
 * The annotate and relate stages for one article: HanLP's segmentation (glued appointment words
 * split back), then the recognisers
 * of people, titles, organisations and places, then those of dates, money, projects and events,
 * which read the entities the first found. Thread-safe: one instance serves every worker.
 */
public final class Extractor {

    private final Segmenter segmenter;
    private final PeopleAndOrgsExtractor people;
    private final ProjectsAndEventsExtractor happenings;

    public Extractor(Segmenter segmenter) {
        this.segmenter = segmenter;
        this.people = new PeopleAndOrgsExtractor();
        this.happenings = new ProjectsAndEventsExtractor();
    }

    public ArticleFacts extract(Article article) {
        ArticleText text = new ArticleText(article, people.repaired(segmenter.segment(article.text())));
        PeopleAndOrgsExtractor.Reading entities = people.read(text);
        ProjectsAndEventsExtractor.Reading rest = happenings.read(text, entities.mentions());
        List<Mention> mentions = new ArrayList<>(entities.mentions());
        mentions.addAll(rest.mentions());
        mentions.sort(Comparator.comparing(Mention::span));
        return new ArticleFacts(article, mentions, entities.memberships(), rest.projects(), rest.events());
    }
}
