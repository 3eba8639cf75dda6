package org.newskg.extract.events;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.DateMention;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PlaceMention;
import org.newskg.text.Span;

/**
 * Something that happened, as one sentence of the article tells it.
 *
 * @param label        a short title (the headline's words, or the sentence's core)
 * @param date         the day it happened; empty for 近日, 日前 and undated mentions
 * @param organizations bodies and companies involved (who signed with whom, who was listed)
 * @param evidence     the sentence in the article text
 */
public record EventFact(EventType type, String label, Optional<DateMention> date, Optional<PlaceMention> place,
                        List<Participation> participants, List<OrgMention> organizations, Span evidence) {

    public EventFact {
        participants = List.copyOf(participants);
        organizations = List.copyOf(organizations);
    }
}
