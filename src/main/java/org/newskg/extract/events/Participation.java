package org.newskg.extract.events;

import org.newskg.extract.Mention;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PersonMention;

/** Someone, a person or an organisation, taking part in an event in a role. */
public record Participation(Mention who, ParticipantRole role) {

    public Participation {
        if (!(who instanceof PersonMention) && !(who instanceof OrgMention)) {
            throw new IllegalArgumentException("a participant is a person or an organisation, not " + who.type());
        }
    }
}
